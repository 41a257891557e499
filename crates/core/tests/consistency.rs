//! Read-your-writes and the retry rules, proven against the emulator's lag and faults.

mod common;

use std::time::{Duration, Instant};

use cloudpirates::models::{
    BillingAddress, ClusterType, CreateBillingProfileRequest, CreateClusterRequest, CreateWorkspaceRequest,
    RenameWorkspaceRequest,
};
use cloudpirates::{Consistency, ErrorKind, RequestOptions};
use cloudpirates_emulator::{FaultKind, FaultRule, MethodClass, WriteOutcome};
use common::*;

fn ws(key: &str) -> CreateWorkspaceRequest {
    CreateWorkspaceRequest::new(format!("Workspace {key}"), key.to_owned())
}

#[tokio::test]
async fn own_writes_are_readable_at_once_under_lag() {
    let env = start().await;
    env.set_lag(300);
    let c = env.client();
    let created = c.workspaces().create(&ws(&unique_key("ryw"))).await.unwrap();
    let start = Instant::now();
    let got = c.workspaces().get(&created.workspace_id).await.expect("own write is visible");
    assert_eq!(got.workspace_name, created.workspace_name);
    // The member list of the new workspace answered 403 until the lag passed.
    let members = c.workspaces().members().list(&created.workspace_id).await.expect("members of own workspace");
    assert_eq!(members.items.len(), 1);
    assert!(start.elapsed() < Duration::from_secs(3));

    // Without the ledger (eventual mode) the same read fails with the read model's 404.
    let fresh = c.workspaces().create(&ws(&unique_key("ev"))).await.unwrap();
    let eventual = c.with_options(RequestOptions { consistency: Some(Consistency::Eventual), ..Default::default() });
    let err = eventual.workspaces().get(&fresh.workspace_id).await.unwrap_err();
    assert!(matches!(err.status(), Some(403 | 404)), "{err}");
}

#[tokio::test]
async fn a_true_404_comes_back_at_once() {
    let env = start().await;
    env.set_lag(500);
    let c = env.client();
    c.workspaces().create(&ws(&unique_key("other"))).await.unwrap();
    let start = Instant::now();
    let err =
        c.clusters().get(cloudpirates_emulator::seed::DEMO_WORKSPACE_ID, "000000000000000000000000").await.unwrap_err();
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.class_name(), "NotFoundError");
    assert_eq!(err.attempts(), 1);
    // A workspace this client never wrote: the 403 of a non-member comes back at once too.
    let err = c.workspaces().get("000000000000000000000000").await.unwrap_err();
    assert_eq!((err.status(), err.attempts()), (Some(403), 1));
    assert!(start.elapsed() < Duration::from_millis(200), "{:?}", start.elapsed());
}

#[tokio::test]
async fn two_hundred_create_then_read_cycles_surface_no_error() {
    let env = start().await;
    env.set_lag(500);
    let c = env.client();
    let mut tasks = Vec::new();
    for i in 0..200u32 {
        let c = c.clone();
        tasks.push(tokio::spawn(async move {
            match i % 4 {
                0 => {
                    let w = c.workspaces().create(&ws(&unique_key("cyc"))).await?;
                    c.workspaces().get(&w.workspace_id).await.map(|_| ())
                }
                1 => {
                    let w = c.workspaces().create(&ws(&unique_key("mem"))).await?;
                    c.workspaces().members().list(&w.workspace_id).await.map(|_| ())
                }
                2 => {
                    let cl = c
                        .clusters()
                        .create(
                            cloudpirates_emulator::seed::DEMO_WORKSPACE_ID,
                            &CreateClusterRequest::new(format!("c{i}"), ClusterType::External),
                        )
                        .await?;
                    c.clusters()
                        .get(cloudpirates_emulator::seed::DEMO_WORKSPACE_ID, cl.cluster_id.as_deref().unwrap())
                        .await
                        .map(|_| ())
                }
                _ => {
                    let addr = BillingAddress::new("Main St 1", "10115", "Berlin", "DE");
                    let p =
                        c.billing().profiles().create(&CreateBillingProfileRequest::new(format!("p{i}"), addr)).await?;
                    c.billing().profiles().get(p.billing_profile_id.as_deref().unwrap()).await.map(|_| ())
                }
            }
        }));
    }
    let mut errors = 0;
    for t in tasks {
        if let Err(e) = t.await.unwrap() {
            eprintln!("error: {e}");
            errors += 1;
        }
    }
    assert_eq!(errors, 0);
}

#[tokio::test]
async fn strong_mode_waits_out_stale_reads_after_rename_and_delete() {
    let env = start().await;
    let c = env.client().with_options(RequestOptions { consistency: Some(Consistency::Strong), ..Default::default() });
    let w = c.workspaces().create(&ws(&unique_key("strong"))).await.unwrap();
    env.set_lag(300);
    c.workspaces().rename(&w.workspace_id, &RenameWorkspaceRequest::new("Renamed")).await.unwrap();
    assert_eq!(c.workspaces().get(&w.workspace_id).await.unwrap().workspace_name, "Renamed");
    c.workspaces().delete(&w.workspace_id).await.unwrap();
    let err = c.workspaces().get(&w.workspace_id).await.unwrap_err();
    assert!(matches!(err.status(), Some(403 | 404)), "strong read after own delete sees the delete: {err}");
}

#[tokio::test]
async fn a_post_answered_503_is_never_resent_and_reports_outcome_unknown() {
    let env = start().await;
    let c = env.client();
    let before = env.counters().await;
    for (kind, outcome) in
        [(FaultKind::ServiceUnavailable, WriteOutcome::Later), (FaultKind::GatewayTimeout, WriteOutcome::Applied)]
    {
        let mut rule = FaultRule::new(kind, 1.0);
        rule.methods = MethodClass::Writes;
        rule.path_prefix = Some("/v1/workspaces".into());
        rule.outcome = outcome;
        rule.delay_ms = 100;
        rule.max = Some(1);
        env.set_faults(vec![rule]);
        let err = c.workspaces().create(&ws(&unique_key("unk"))).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::OutcomeUnknown, "{err}");
        assert!(err.may_have_executed());
        assert_eq!(err.attempts(), 1, "a POST is not re-sent");
        assert_eq!(err.class_name(), "OutcomeUnknownError");
    }
    tokio::time::sleep(Duration::from_millis(400)).await;
    let after = env.counters().await;
    let created = |v: &serde_json::Value| v["resources"]["workspaces"]["created"].as_u64().unwrap_or(0);
    assert_eq!(created(&after) - created(&before), 2, "each call created exactly one workspace: {after}");
}

#[tokio::test]
async fn idempotent_calls_are_retried_through_5xx_and_resets() {
    let env = start().await;
    let c = env.client();
    for kind in [
        FaultKind::InternalError,
        FaultKind::BadGateway,
        FaultKind::ServiceUnavailable,
        FaultKind::GatewayTimeout,
        FaultKind::Reset,
    ] {
        let mut rule = FaultRule::new(kind, 1.0);
        rule.methods = MethodClass::Reads;
        rule.max = Some(2);
        env.set_faults(vec![rule]);
        let me = c.auth().me().await.unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        assert!(me.extra.len() + 1 > 0);
    }
    // A POST answered 500 is reported as is, without a retry.
    let mut rule = FaultRule::new(FaultKind::InternalError, 1.0);
    rule.methods = MethodClass::Writes;
    rule.max = Some(1);
    rule.outcome = WriteOutcome::Dropped;
    env.set_faults(vec![rule]);
    let err = c.workspaces().create(&ws(&unique_key("p500"))).await.unwrap_err();
    assert_eq!((err.status(), err.attempts(), err.class_name()), (Some(500), 1, "InternalServerError"));
}

#[tokio::test]
async fn retry_after_is_honoured_and_a_long_hint_fails_at_once() {
    let env = start().await;
    let c = env.client();
    let mut rule = FaultRule::new(FaultKind::TooManyRequests, 1.0);
    rule.retry_after = Some(1);
    rule.max = Some(1);
    env.set_faults(vec![rule.clone()]);
    let start = Instant::now();
    c.auth().me().await.unwrap();
    assert!(start.elapsed() >= Duration::from_secs(1), "slept at least the hint: {:?}", start.elapsed());

    rule.retry_after = Some(120);
    env.set_faults(vec![rule]);
    let start = Instant::now();
    let err = c.auth().me().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::RateLimited);
    assert_eq!(err.retry_after(), Some(Duration::from_secs(120)));
    assert!(start.elapsed() < Duration::from_millis(500));
}

#[tokio::test]
async fn the_deadline_is_never_exceeded() {
    let env = start().await;
    let mut rule = FaultRule::new(FaultKind::Slow, 1.0);
    rule.delay_ms = 2_000;
    env.set_faults(vec![rule]);
    let c = env.builder().timeout(Duration::from_millis(400)).build().unwrap();
    let start = Instant::now();
    let err = c.auth().me().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    assert!(start.elapsed() < Duration::from_millis(700), "{:?}", start.elapsed());
}

#[tokio::test]
async fn a_retried_delete_treats_404_as_done() {
    let env = start().await;
    let c = env.client();
    let ws_id = cloudpirates_emulator::seed::DEMO_WORKSPACE_ID;
    let cl = c.clusters().create(ws_id, &CreateClusterRequest::new("to-delete", ClusterType::External)).await.unwrap();
    let mut rule = FaultRule::new(FaultKind::GatewayTimeout, 1.0);
    rule.methods = MethodClass::Writes;
    rule.outcome = WriteOutcome::Applied;
    rule.max = Some(1);
    env.set_faults(vec![rule]);
    c.clusters()
        .delete(ws_id, cl.cluster_id.as_deref().unwrap())
        .await
        .expect("the second attempt's 404 means the first one deleted it");
    let counters = env.counters().await;
    assert_eq!(counters["writes"]["clusters.delete"], 1, "{counters}");
}

#[tokio::test]
async fn waiters_resolve_what_the_ledger_cannot_see() {
    use cloudpirates::waiters::{WaitOptions, wait_until, wait_until_deleted, wait_until_exists};
    let env = start().await;
    env.set_lag(200);
    let c = env.client();
    let eventual = c.with_options(RequestOptions { consistency: Some(Consistency::Eventual), ..Default::default() });
    let opts = WaitOptions {
        min_delay: Duration::from_millis(20),
        max_delay: Duration::from_millis(100),
        max_wait: Duration::from_secs(5),
    };

    // An item appearing in a list.
    let w = c.workspaces().create(&ws(&unique_key("wait"))).await.unwrap();
    let id = w.workspace_id.clone();
    let seen = wait_until(
        opts,
        || {
            let e = eventual.clone();
            async move { e.workspaces().list().await }
        },
        |p| p.items.iter().any(|x| x.workspace_id.as_deref() == Some(id.as_str())),
    )
    .await
    .unwrap();
    assert!(seen.satisfied && seen.polls > 1, "{} polls", seen.polls);

    // Resolving an outcome-unknown write: it was applied later, and the waiter finds it.
    let mut rule = FaultRule::new(FaultKind::ServiceUnavailable, 1.0);
    rule.methods = MethodClass::Writes;
    rule.outcome = WriteOutcome::Later;
    rule.delay_ms = 100;
    rule.max = Some(1);
    env.set_faults(vec![rule]);
    let err = c
        .clusters()
        .create(
            cloudpirates_emulator::seed::DEMO_WORKSPACE_ID,
            &CreateClusterRequest::new("maybe", ClusterType::External),
        )
        .await
        .unwrap_err();
    assert!(err.may_have_executed());
    let found = wait_until(
        opts,
        || {
            let e = eventual.clone();
            async move { e.clusters().list(cloudpirates_emulator::seed::DEMO_WORKSPACE_ID).await }
        },
        |p| p.items.iter().any(|x| x.cluster_name.as_deref() == Some("maybe")),
    )
    .await
    .unwrap();
    assert!(found.satisfied, "the write was applied later");

    // Existence and deletion without the ledger's help.
    let w2 = c.workspaces().create(&ws(&unique_key("wait2"))).await.unwrap();
    let got = wait_until_exists(opts, || {
        let (e, id) = (eventual.clone(), w2.workspace_id.clone());
        async move { e.workspaces().get(&id).await }
    })
    .await
    .unwrap();
    assert_eq!(got.workspace_id, w2.workspace_id);
    let cl = c
        .clusters()
        .create(
            cloudpirates_emulator::seed::DEMO_WORKSPACE_ID,
            &CreateClusterRequest::new("gone", ClusterType::External),
        )
        .await
        .unwrap();
    let cid = cl.cluster_id.unwrap();
    tokio::time::sleep(Duration::from_millis(250)).await;
    c.clusters().delete(cloudpirates_emulator::seed::DEMO_WORKSPACE_ID, &cid).await.unwrap();
    wait_until_deleted(opts, || {
        let (e, id) = (eventual.clone(), cid.clone());
        async move { e.clusters().get(cloudpirates_emulator::seed::DEMO_WORKSPACE_ID, &id).await }
    })
    .await
    .unwrap();
    // A deleted workspace answers 403 to its former owner: gone as well.
    c.workspaces().delete(&w2.workspace_id).await.unwrap();
    wait_until_deleted(opts, || {
        let (e, id) = (eventual.clone(), w2.workspace_id.clone());
        async move { e.workspaces().get(&id).await }
    })
    .await
    .unwrap();
    // A wait that runs out reports the last value.
    let short = WaitOptions { max_wait: Duration::from_millis(100), ..opts };
    let never = wait_until(
        short,
        || {
            let c = c.clone();
            async move { c.auth().me().await }
        },
        |_| false,
    )
    .await
    .unwrap();
    assert!(!never.satisfied);
}

#[tokio::test]
async fn every_call_reports_its_attempts_and_waits() {
    use std::sync::{Arc, Mutex};
    let env = start().await;
    let reports = Arc::new(Mutex::new(Vec::new()));
    let sink = reports.clone();
    let c = env.builder().on_call(move |r| sink.lock().unwrap().push(r.clone())).build().unwrap();
    let mut rule = FaultRule::new(FaultKind::BadGateway, 1.0);
    rule.max = Some(1);
    env.set_faults(vec![rule]);
    c.auth().me().await.unwrap();
    c.clusters().get(cloudpirates_emulator::seed::DEMO_WORKSPACE_ID, "nope").await.unwrap_err();
    let r = reports.lock().unwrap().clone();
    assert_eq!(r.len(), 2);
    assert_eq!((r[0].operation, r[0].status, r[0].attempts), ("auth.me", Some(200), 2));
    assert!(r[0].waited > Duration::ZERO);
    assert_eq!(
        (r[1].operation, r[1].status, r[1].error, r[1].attempts),
        ("clusters.get", Some(404), Some(ErrorKind::Api), 1)
    );
}

/// A 404 below a path this client just wrote is true once the written path itself is
/// visible: one read of it and one more of the path, not the whole consistency window
/// (counted in requests).
#[tokio::test]
async fn a_true_404_below_an_own_write_comes_back_after_one_more_read() {
    let env = start().await;
    env.set_lag(150);
    let c = env.client();
    let w = c.workspaces().create(&ws(&unique_key("below"))).await.unwrap();
    c.workspaces().get(&w.workspace_id).await.unwrap(); // rides out the lag: now visible
    let before = env.counters().await["requests"].clone();
    let e = c.clusters().get(&w.workspace_id, "no-such-cluster").await.unwrap_err();
    let after = env.counters().await["requests"].clone();
    let n = |v: &serde_json::Value, op: &str| v[op].as_u64().unwrap_or(0);
    assert_eq!(e.status(), Some(404));
    assert_eq!(n(&after, "clusters.get") - n(&before, "clusters.get"), 2, "the missing cluster is read twice");
    assert_eq!(n(&after, "workspaces.get") - n(&before, "workspaces.get"), 1, "its written workspace is read once");
    assert_eq!((e.attempts(), e.waited()), (3, Duration::ZERO));

    // while the written workspace itself is not visible yet, the lag is still ridden out
    let w2 = c.workspaces().create(&ws(&unique_key("below2"))).await.unwrap();
    let e = c.clusters().get(&w2.workspace_id, "no-such-cluster").await.unwrap_err();
    assert!(e.waited() > Duration::ZERO, "waited for the workspace to appear before trusting the 404");
    assert!(e.attempts() < 12, "{} attempts", e.attempts());
}
