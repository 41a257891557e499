//! A seeded soak: thousands of mixed operations under read-model lag, 5xx, 429 and
//! connection resets. Prints and checks: spurious errors shown to the caller, duplicated
//! writes, and acknowledged writes that went missing. Figures in docs/reliability.md.

mod common;

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use cloudpirates::models::{ClusterType, CreateClusterRequest, CreateWorkspaceRequest, RenameWorkspaceRequest};
use cloudpirates::{Consistency, ErrorKind, PageParams, RequestOptions};
use cloudpirates_emulator::seed::{DEMO_CLUSTER_ID as CL, DEMO_WORKSPACE_ID as WS};
use cloudpirates_emulator::{EmulatorConfig, FaultKind, FaultRule, MethodClass, WriteOutcome};
use common::*;
use tokio::sync::Mutex;

const OPERATIONS: u64 = 2_000;
const WORKERS: u64 = 16;

fn rule(kind: FaultKind, rate: f64, methods: MethodClass) -> FaultRule {
    let mut r = FaultRule::new(kind, rate);
    r.methods = methods;
    r
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn soak_under_lag_and_faults() {
    let env = start_with(EmulatorConfig::fast().with_seed(7)).await;
    env.set_lag(100);
    let mut later = rule(FaultKind::ServiceUnavailable, 0.03, MethodClass::Writes);
    later.outcome = WriteOutcome::Later;
    later.delay_ms = 50;
    let mut applied = rule(FaultKind::GatewayTimeout, 0.02, MethodClass::Writes);
    applied.outcome = WriteOutcome::Applied;
    let mut dropped = rule(FaultKind::InternalError, 0.02, MethodClass::Reads);
    dropped.outcome = WriteOutcome::Dropped;
    env.set_faults(vec![
        later,
        applied,
        dropped,
        rule(FaultKind::BadGateway, 0.02, MethodClass::Reads),
        rule(FaultKind::TooManyRequests, 0.03, MethodClass::All),
        rule(FaultKind::Reset, 0.02, MethodClass::Reads),
    ]);
    let client = env.builder().max_retries(6).build().unwrap();
    let before = env.counters().await;

    let done = Arc::new(AtomicU64::new(0));
    let spurious = Arc::new(AtomicU64::new(0));
    let unknown = Arc::new(AtomicU64::new(0));
    let acked_ws = Arc::new(Mutex::new(HashSet::new()));
    let acked_cl = Arc::new(Mutex::new(HashSet::new()));
    let deleted_cl = Arc::new(Mutex::new(HashSet::new()));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for w in 0..WORKERS {
        let (c, done, spurious, unknown) = (client.clone(), done.clone(), spurious.clone(), unknown.clone());
        let (acked_ws, acked_cl, deleted_cl) = (acked_ws.clone(), acked_cl.clone(), deleted_cl.clone());
        tasks.push(tokio::spawn(async move {
            let mut i = 0u64;
            let report = |r: Result<(), cloudpirates::Error>| match r {
                Ok(()) => {}
                Err(e) if e.kind() == ErrorKind::OutcomeUnknown => {
                    unknown.fetch_add(1, Ordering::Relaxed);
                }
                Err(e) => {
                    eprintln!("spurious: {e}");
                    spurious.fetch_add(1, Ordering::Relaxed);
                }
            };
            while done.fetch_add(1, Ordering::Relaxed) < OPERATIONS {
                i += 1;
                match i % 5 {
                    0 => {
                        let key = format!("soak-{w}-{i}");
                        match c.workspaces().create(&CreateWorkspaceRequest::new("Soak", &key)).await {
                            Ok(ws) => {
                                acked_ws.lock().await.insert(ws.workspace_id.clone());
                                done.fetch_add(2, Ordering::Relaxed);
                                report(c.workspaces().get(&ws.workspace_id).await.map(|_| ()));
                                report(
                                    c.workspaces()
                                        .rename(&ws.workspace_id, &RenameWorkspaceRequest::new("Soak 2"))
                                        .await
                                        .map(|_| ()),
                                );
                            }
                            Err(e) => report(Err(e)),
                        }
                    }
                    1 => {
                        match c
                            .clusters()
                            .create(WS, &CreateClusterRequest::new(format!("soak-{w}-{i}"), ClusterType::External))
                            .await
                        {
                            Ok(cl) => {
                                let id = cl.cluster_id.unwrap();
                                acked_cl.lock().await.insert(id.clone());
                                done.fetch_add(1, Ordering::Relaxed);
                                report(c.clusters().get(WS, &id).await.map(|_| ()));
                                if i.is_multiple_of(2) {
                                    done.fetch_add(1, Ordering::Relaxed);
                                    let r = c.clusters().delete(WS, &id).await;
                                    if r.is_ok() {
                                        deleted_cl.lock().await.insert(id);
                                    }
                                    report(r);
                                }
                            }
                            Err(e) => report(Err(e)),
                        }
                    }
                    2 => report(c.auth().me().await.map(|_| ())),
                    3 => report(
                        c.observability().list_events(WS, CL, PageParams::new(20, (i % 5) * 20)).await.map(|_| ()),
                    ),
                    _ => report(c.clusters().list(WS).await.map(|_| ())),
                }
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let elapsed = started.elapsed();
    let injected = env.control("config").await["faults_injected"].clone();
    env.set_faults(vec![]);
    tokio::time::sleep(Duration::from_millis(300)).await; // executed-later writes land
    let after = env.counters().await;
    let created = |kind: &str| {
        after["resources"][kind]["created"].as_u64().unwrap() - before["resources"][kind]["created"].as_u64().unwrap()
    };

    // Acknowledged writes that are missing: every acknowledged create (not deleted by the
    // soak itself) must still be there, read without any consistency help.
    let eventual =
        client.with_options(RequestOptions { consistency: Some(Consistency::Eventual), ..Default::default() });
    let mut missing = 0;
    for id in acked_ws.lock().await.iter() {
        if eventual.workspaces().get(id).await.is_err() {
            missing += 1;
        }
    }
    let deleted = deleted_cl.lock().await.clone();
    for id in acked_cl.lock().await.iter().filter(|id| !deleted.contains(*id)) {
        if eventual.clusters().get(WS, id).await.is_err() {
            missing += 1;
        }
    }
    // Duplicates: the server created more resources than calls were made that could have
    // created one (acknowledged ones plus those reported as outcome unknown).
    let acked = (acked_ws.lock().await.len() + acked_cl.lock().await.len()) as u64;
    let could_have = acked + unknown.load(Ordering::Relaxed);
    let server_created = created("workspaces") + created("clusters");
    let duplicates = server_created.saturating_sub(could_have);
    let spurious = spurious.load(Ordering::Relaxed);
    println!(
        "soak: {OPERATIONS} operations in {:.1} s; spurious errors: {spurious}; duplicates: {duplicates}; acknowledged writes missing: {missing}; outcome-unknown reported: {}; faults injected: {}",
        elapsed.as_secs_f64(),
        unknown.load(Ordering::Relaxed),
        injected
    );
    assert!(server_created >= acked);
    assert_eq!(spurious, 0, "errors shown to the caller that the SDK should have ridden out");
    assert_eq!(duplicates, 0, "writes the server applied more than once");
    assert_eq!(missing, 0, "acknowledged writes that are gone");
}
