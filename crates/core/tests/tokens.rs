//! Consistency tokens: read-your-writes handed from one client to another (over real HTTP to
//! the emulator with a 500 ms lag), and tokens from outside: forged, tampered, expired,
//! oversized and garbage.

mod common;

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use cloudpirates::models::{CreateWorkspaceRequest, RenameWorkspaceRequest};
use cloudpirates::{Client, Consistency, ConsistencyConfig, ErrorKind, MAX_TOKEN_LEN, RequestOptions, WithResponse};
use common::*;

fn with_token(c: &Client, token: &str) -> Client {
    c.with_options(RequestOptions { consistency_token: Some(token.to_owned()), ..Default::default() })
}

fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis() as u64
}

/// A token written by hand in the documented format (`cpt1.` + base64url JSON).
fn forged(entries: &str) -> String {
    format!("cpt1.{}", B64.encode(entries))
}

#[tokio::test]
async fn a_token_carries_read_your_writes_to_another_client() {
    let env = start().await;
    env.set_lag(500);
    let writer = env.client();
    let reader = env.builder().consistency(Consistency::Eventual).build().unwrap();

    // Without a token, the other client meets the lag.
    let ws = writer.workspaces().create(&CreateWorkspaceRequest::new("T", &unique_key("tok"))).await.unwrap();
    let e = reader.workspaces().get(&ws.workspace_id).await.unwrap_err();
    assert!(matches!(e.status(), Some(403 | 404)), "{e}");

    // Per call: the token of the write itself (from the raw response), even on an eventual client.
    let (ws, meta) = writer
        .workspaces()
        .create(&CreateWorkspaceRequest::new("T", &unique_key("tok")))
        .with_response()
        .await
        .unwrap();
    let token = meta.consistency_token.expect("a write's raw response carries its token");
    assert_eq!(
        with_token(&reader, &token).workspaces().get(&ws.workspace_id).await.unwrap().workspace_id,
        ws.workspace_id
    );

    // Merged into a client: every later read waits, below the written path too.
    let ws = writer.workspaces().create(&CreateWorkspaceRequest::new("T", &unique_key("tok"))).await.unwrap();
    let other = env.client();
    other.merge_consistency_token(&writer.consistency_token()).unwrap();
    assert_eq!(other.workspaces().members().list(&ws.workspace_id).await.unwrap().items.len(), 1);

    // An update: a strong read waits until the new name shows; the token holds no value.
    let name = format!("renamed-{}", unique_key("n"));
    let (_, meta) = writer
        .workspaces()
        .rename(&ws.workspace_id, &RenameWorkspaceRequest::new(&name))
        .with_response()
        .await
        .unwrap();
    let token = meta.consistency_token.unwrap();
    assert!(!String::from_utf8(B64.decode(&token[5..]).unwrap()).unwrap().contains(&name), "no request value");
    let strong = env.builder().consistency(Consistency::Strong).build().unwrap();
    assert_eq!(with_token(&strong, &token).workspaces().get(&ws.workspace_id).await.unwrap().workspace_name, name);
}

#[tokio::test]
async fn signed_tokens_refuse_what_is_not_signed_with_the_key() {
    let env = start().await;
    let writer = env.builder().consistency_token_key("app-secret").build().unwrap();
    writer.workspaces().create(&CreateWorkspaceRequest::new("S", &unique_key("sig"))).await.unwrap();
    let token = writer.consistency_token();
    assert_eq!(token.matches('.').count(), 2, "signed: cpt1.<payload>.<signature>");

    let reader = env.builder().consistency_token_key("app-secret").build().unwrap();
    reader.merge_consistency_token(&token).unwrap();
    let unsigned = &token[..token.rfind('.').unwrap()];
    let e = reader.merge_consistency_token(unsigned).unwrap_err();
    assert!(e.kind() == ErrorKind::InvalidInput && e.message().contains("not signed"), "{e}");
    let wrong_key = env.builder().consistency_token_key("other").build().unwrap();
    assert!(wrong_key.merge_consistency_token(&token).unwrap_err().message().contains("does not match"));
    let mut tampered: Vec<u8> = token.clone().into_bytes();
    tampered[7] = if tampered[7] == b'A' { b'B' } else { b'A' };
    let e = reader.merge_consistency_token(std::str::from_utf8(&tampered).unwrap()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    assert!(!e.message().contains("app-secret") && !format!("{reader:?}").contains("app-secret"));
    // a forged unsigned token fails the call before anything is sent
    let e = with_token(&reader, &forged(r#"[["/workspaces/x",1,"w",null]]"#)).workspaces().get("x").await.unwrap_err();
    assert_eq!((e.kind(), e.attempts()), (ErrorKind::InvalidInput, 0));
}

#[tokio::test]
async fn garbage_and_oversized_tokens_are_typed_errors() {
    let env = start().await;
    let c = env.client();
    let huge = format!("cpt1.{}", "A".repeat(MAX_TOKEN_LEN));
    for t in
        ["", "nope", "cpt1.", "cpt1.%%%", "cpt2.W10", &forged("{}"), &forged(r#"[["no-slash",1,"w",null]]"#), &huge]
    {
        let e = c.merge_consistency_token(t).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput, "{t:?}");
        assert!(e.message().starts_with("consistency token refused"), "{e}");
    }
    c.merge_consistency_token(&forged("[]")).unwrap();
}

#[tokio::test]
async fn an_unsigned_token_never_makes_a_read_wait_longer_than_the_usual_wait() {
    let env = start().await;
    let max_wait = Duration::from_millis(400);
    let c = env
        .builder()
        .consistency_config(ConsistencyConfig { max_wait, ..ConsistencyConfig::default() })
        .build()
        .unwrap();
    // A write far in the future (a forged or badly skewed clock) on a path that does not exist.
    let token = forged(&format!(r#"[["/workspaces/ws_none",{},"w",null]]"#, now_ms() + 3_600_000));
    let t = Instant::now();
    let e = with_token(&c, &token).workspaces().get("ws_none").await.unwrap_err();
    assert!(matches!(e.status(), Some(403 | 404)), "{e}");
    assert!(e.waited() > Duration::ZERO, "the token made the read wait");
    assert!(t.elapsed() < max_wait + Duration::from_millis(600), "bounded by max_wait: {:?}", t.elapsed());

    // A token past the window is ignored: no wait at all, and no error.
    let old = forged(&format!(r#"[["/workspaces/ws_none",{},"w",null]]"#, now_ms() - 3_600_000));
    let e = with_token(&c, &old).workspaces().get("ws_none").await.unwrap_err();
    assert_eq!((e.attempts(), e.waited()), (1, Duration::ZERO));
}

#[tokio::test]
async fn a_new_invitation_shows_in_its_workspace_for_the_writer_and_for_token_holders() {
    use cloudpirates::models::{ClusterType, CreateClusterRequest, CreateInvitationRequest, WorkspaceMemberRole};
    let env = start().await;
    env.set_lag(500);
    let writer = env.client();
    let reader = env.builder().consistency(Consistency::Eventual).build().unwrap();
    for round in 0..2 {
        let ws = writer.workspaces().create(&CreateWorkspaceRequest::new("I", &unique_key("inv"))).await.unwrap();
        // The workspace shows first: the invitation then lags behind in a visible workspace.
        tokio::time::sleep(Duration::from_millis(600)).await;
        let email = format!("{}@example.test", unique_key("invitee"));
        let inv = writer
            .workspaces()
            .invitations()
            .create(&ws.workspace_id, &CreateInvitationRequest::new(&email, WorkspaceMemberRole::Member))
            .await
            .unwrap();
        let id = inv.invitation_id.clone().expect("an invitation id");
        let cl = writer
            .clusters()
            .create(&ws.workspace_id, &CreateClusterRequest::new("c", ClusterType::External))
            .await
            .unwrap();
        let shows = |w: &cloudpirates::models::Workspace| {
            w.open_member_invitations.iter().flatten().any(|i| i.invitation_id.as_deref() == Some(id.as_str()))
        };
        let token = writer.consistency_token();
        let r = with_token(&reader, &token);
        let (workspaces, clusters) = (r.workspaces(), r.clusters());
        let (got, cluster) = tokio::join!(
            workspaces.get(&ws.workspace_id),
            clusters.get(&ws.workspace_id, cl.cluster_id.as_deref().unwrap())
        );
        assert!(shows(&got.unwrap()), "round {round}: the token holder sees the invitation at once");
        assert_eq!(cluster.unwrap().cluster_id, cl.cluster_id);
        assert!(shows(&writer.workspaces().get(&ws.workspace_id).await.unwrap()), "and so does the writer");
    }
}
