//! A seeded soak that can fail: thousands of mixed operations, with a client built with the
//! defaults a user gets, under read-model lag, 5xx, 429, resets and timeouts on reads and on
//! writes. Every acknowledged create, rename and delete is read back afterwards. Prints and
//! checks: spurious errors shown to the caller, duplicated writes, and acknowledged writes that
//! were lost. `scripts/soak-mutants.sh` proves it fails against two broken builds. Figures in
//! docs/reliability.md.

mod common;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use cloudpirates::models::{ClusterType, CreateClusterRequest, CreateWorkspaceRequest, RenameWorkspaceRequest};
use cloudpirates::{Client, Consistency, ErrorKind, PageParams, RequestOptions};
use cloudpirates_emulator::seed::{DEMO_CLUSTER_ID as CL, DEMO_WORKSPACE_ID as WS};
use cloudpirates_emulator::{EmulatorConfig, FaultRule, WriteOutcome};
use common::*;
use tokio::sync::Mutex;

/// Operations per worker (so the mix does not depend on scheduling).
const PER_WORKER: u64 = 125;
const WORKERS: u64 = 16;
const SEED: u64 = 7;

/// Reads whose count depends on timing (they ride out the lag), kept out of the fault rules so
/// the same seed gives the same faults.
const TIMED_READS: &str = "workspaces.get+clusters.get";

fn rule(spec: &str) -> FaultRule {
    FaultRule::parse_cli(&format!("{spec},except={TIMED_READS}")).unwrap()
}

/// Realistic faults: rates of a bad day, on reads and on writes.
fn faults() -> Vec<FaultRule> {
    let mut slow = rule("slow=0.01,methods=writes,delay_ms=3500");
    slow.outcome = WriteOutcome::Applied; // answers after the client's deadline, then applies
    vec![
        rule("503=0.03,methods=writes,outcome=later,delay_ms=50"),
        rule("504=0.02,methods=writes,outcome=applied"),
        rule("reset=0.01,methods=writes,outcome=applied"),
        rule("reset=0.01,methods=writes,outcome=dropped"),
        slow,
        rule("500=0.02,methods=reads"),
        rule("502=0.02,methods=reads"),
        rule("429=0.03,methods=all"),
        rule("reset=0.02,methods=reads"),
    ]
}

#[derive(Default)]
struct Ledger {
    spurious: Vec<String>,
    unknown: u64,
    created_ws: HashMap<String, String>, // id -> expected name
    created_cl: HashSet<String>,
    deleted_cl: HashSet<String>,
    /// Resources a write with an unknown outcome touched: their state is not checked.
    uncertain: HashSet<String>,
}

/// An error the SDK owes the caller: the write may or may not have been applied.
fn honest(e: &cloudpirates::Error) -> bool {
    e.kind() == ErrorKind::OutcomeUnknown || e.may_have_executed()
}

/// The client a user gets: default retries, backoff, budget and consistency. Only the call
/// deadline is shortened (from 60 s to 3 s) so that a write can time out inside a CI run.
fn user_client(env: &Env) -> Client {
    Client::builder()
        .base_url(env.emu.base_url())
        .api_key(env.emu.api_key())
        .timeout(Duration::from_secs(3))
        .build()
        .unwrap()
}

async fn run(seed: u64) -> (String, Ledger, BTreeMap<String, u64>, Env) {
    let env = start_with(EmulatorConfig::fast().with_seed(seed)).await;
    env.set_lag(100);
    env.set_faults(faults());
    let client = user_client(&env);
    let state = Arc::new(Mutex::new(Ledger::default()));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for w in 0..WORKERS {
        let (c, state) = (client.clone(), state.clone());
        tasks.push(tokio::spawn(async move {
            let report = |r: Result<(), cloudpirates::Error>, state: &Arc<Mutex<Ledger>>| {
                let state = state.clone();
                async move {
                    match r {
                        Ok(()) => {}
                        Err(e) if honest(&e) => state.lock().await.unknown += 1,
                        Err(e) => state.lock().await.spurious.push(e.to_string()),
                    }
                }
            };
            for i in 0..PER_WORKER {
                match i % 5 {
                    0 => {
                        let key = format!("soak-{w}-{i}");
                        match c.workspaces().create(&CreateWorkspaceRequest::new("Soak", &key)).await {
                            Ok(ws) => {
                                let id = ws.workspace_id.clone();
                                state.lock().await.created_ws.insert(id.clone(), "Soak".into());
                                report(c.workspaces().get(&id).await.map(|_| ()), &state).await;
                                let renamed = c.workspaces().rename(&id, &RenameWorkspaceRequest::new("Soak 2")).await;
                                match &renamed {
                                    Ok(_) => drop(state.lock().await.created_ws.insert(id, "Soak 2".into())),
                                    Err(e) if honest(e) => drop(state.lock().await.uncertain.insert(id)),
                                    Err(_) => {}
                                }
                                report(renamed.map(|_| ()), &state).await;
                            }
                            Err(e) => report(Err(e), &state).await,
                        }
                    }
                    1 => {
                        let body = CreateClusterRequest::new(format!("soak-{w}-{i}"), ClusterType::External);
                        match c.clusters().create(WS, &body).await {
                            Ok(cl) => {
                                let id = cl.cluster_id.unwrap();
                                state.lock().await.created_cl.insert(id.clone());
                                report(c.clusters().get(WS, &id).await.map(|_| ()), &state).await;
                                if i % 2 == 0 {
                                    let r = c.clusters().delete(WS, &id).await;
                                    match &r {
                                        Ok(()) => drop(state.lock().await.deleted_cl.insert(id)),
                                        Err(e) if honest(e) => drop(state.lock().await.uncertain.insert(id)),
                                        Err(_) => {}
                                    }
                                    report(r, &state).await;
                                }
                            }
                            Err(e) => report(Err(e), &state).await,
                        }
                    }
                    2 => report(c.auth().me().await.map(|_| ()), &state).await,
                    3 => {
                        report(
                            c.observability().list_events(WS, CL, PageParams::new(20, (i % 5) * 20)).await.map(|_| ()),
                            &state,
                        )
                        .await
                    }
                    _ => report(c.clusters().list(WS).await.map(|_| ()), &state).await,
                }
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let elapsed = started.elapsed();
    let cfg = env.control("config").await;
    let injected: BTreeMap<String, u64> =
        serde_json::from_value(cfg["faults_injected_by_kind"].clone()).unwrap_or_default();
    env.set_faults(vec![]);
    tokio::time::sleep(Duration::from_millis(4000)).await; // executed-later and slow writes land
    let state = Arc::try_unwrap(state).ok().unwrap().into_inner();
    (format!("{:.1} s", elapsed.as_secs_f64()), state, injected, env)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn soak_under_lag_and_faults() {
    let (elapsed, state, injected, env) = run(SEED).await;
    let after = env.counters().await;
    let created = |kind: &str| after["resources"][kind]["created"].as_u64().unwrap();

    // Read back every acknowledged write, with no consistency help: created and renamed
    // workspaces show their last acknowledged name, created clusters exist, deleted ones are gone.
    let client = user_client(&env)
        .with_options(RequestOptions { consistency: Some(Consistency::Eventual), ..Default::default() });
    let mut lost = Vec::new();
    for (id, name) in state.created_ws.iter().filter(|(id, _)| !state.uncertain.contains(*id)) {
        match client.workspaces().get(id).await {
            Ok(ws) if &ws.workspace_name == name => {}
            Ok(ws) => lost.push(format!("workspace {id}: name {:?}, acknowledged {name:?}", ws.workspace_name)),
            Err(e) => lost.push(format!("workspace {id}: {e}")),
        }
    }
    for id in state.created_cl.iter().filter(|id| !state.uncertain.contains(*id)) {
        let got = client.clusters().get(WS, id).await;
        match (state.deleted_cl.contains(id), got) {
            (false, Ok(_)) => {}
            (true, Err(e)) if e.status() == Some(404) => {}
            (false, Err(e)) => lost.push(format!("cluster {id}: {e}")),
            (true, Ok(_)) => lost.push(format!("cluster {id}: acknowledged as deleted, still there")),
            (true, Err(e)) => lost.push(format!("cluster {id}: {e}")),
        }
    }
    // Duplicates: the server created more resources than calls were made that could have
    // created one (acknowledged ones plus those reported as outcome unknown), or created two
    // clusters for one call (each call's name is unique; workspace keys are unique anyway).
    let acked = (state.created_ws.len() + state.created_cl.len()) as u64;
    let server_created = created("workspaces") + created("clusters");
    let mut names: HashMap<String, u64> = HashMap::new();
    let mut all = client.clusters().list_all(WS);
    while let Some(cl) = futures_util::StreamExt::next(&mut all).await {
        if let Some(name) = cl.expect("list the clusters").cluster_name.filter(|n| n.starts_with("soak-")) {
            *names.entry(name).or_default() += 1;
        }
    }
    let twice: u64 = names.values().filter(|n| **n > 1).map(|n| n - 1).sum();
    let duplicates = server_created.saturating_sub(acked + state.unknown).max(twice);
    let total: u64 = injected.values().sum();
    println!(
        "soak: {} operations in {elapsed} (seed {SEED}, default retries); spurious errors: {}; duplicates: {duplicates}; acknowledged writes lost: {}; outcome-unknown reported: {}; acknowledged writes read back: {}; faults injected: {total} {injected:?}",
        PER_WORKER * WORKERS,
        state.spurious.len(),
        lost.len(),
        state.unknown,
        (state.created_ws.len() + state.created_cl.len()).saturating_sub(state.uncertain.len()),
    );
    for s in state.spurious.iter().chain(lost.iter()).take(10) {
        println!("  {s}");
    }
    assert!(server_created >= acked);
    assert!(total > 50, "the faults were injected");
    assert_eq!(state.spurious.len(), 0, "errors shown to the caller that the SDK should have ridden out");
    assert_eq!(duplicates, 0, "writes the server applied more than once");
    assert!(lost.is_empty(), "acknowledged writes that were lost: {lost:?}");
}

/// The same seed gives the same faults, however the concurrent requests interleave.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_seed_gives_the_same_faults() {
    let env_a = start_with(EmulatorConfig::fast().with_seed(3)).await;
    let env_b = start_with(EmulatorConfig::fast().with_seed(3)).await;
    let mut by_env = Vec::new();
    for env in [&env_a, &env_b] {
        env.set_faults(faults());
        let c = user_client(env);
        let calls = (0..200u64).map(|i| {
            let c = c.clone();
            async move {
                match i % 3 {
                    0 => c.auth().me().await.map(|_| ()),
                    1 => c.clusters().list(WS).await.map(|_| ()),
                    _ => c
                        .clusters()
                        .rename(WS, CL, &cloudpirates::models::RenameClusterRequest::new(format!("n{i}")))
                        .await
                        .map(|_| ()),
                }
            }
        });
        let _ = futures_util::future::join_all(calls).await;
        let cfg = env.control("config").await;
        by_env.push((cfg["faults_injected"].clone(), cfg["faults_injected_by_kind"].clone()));
    }
    assert_eq!(by_env[0], by_env[1], "same seed, same faults");
}
