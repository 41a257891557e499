//! A narrated tour of the SDK against an in-process emulator with read-model lag switched
//! on. No credentials, no network: `cargo run --example quickstart`.

use std::time::{Duration, Instant};

use cloudpirates::models::{
    ClusterType, CreateClusterRequest, CreateInvitationRequest, CreateWorkspaceRequest, WorkspaceMemberRole,
};
use cloudpirates::{Client, PageParams, RawRequest};
use cloudpirates_emulator::seed::{DEMO_CLUSTER_ID, DEMO_WORKSPACE_ID};
use cloudpirates_emulator::{Emulator, EmulatorConfig};
use futures_util::StreamExt;

fn step(n: u32, text: &str) {
    println!("\n{n}. {text}");
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let lag = 300;
    let emu = Emulator::start(EmulatorConfig::default().with_lag_ms(lag)).await?;
    println!(
        "CloudPirates emulator at {} (reads trail writes by {lag} ms, as the real API's read models do)",
        emu.base_url()
    );

    let client = Client::builder().base_url(emu.base_url()).api_key(emu.api_key()).build()?;
    println!("client: {client:?}   <- no secret in Debug");

    step(1, "Who am I?");
    let me = client.auth().me().await?;
    println!(
        "   {} {} <{}>",
        me.first_name.unwrap_or_default(),
        me.last_name.unwrap_or_default(),
        me.email.unwrap_or_default()
    );

    step(2, "Create a workspace and read it straight back");
    let key = format!("tour-{}", std::process::id());
    let ws = client.workspaces().create(&CreateWorkspaceRequest::new("Tour", &key)).await?;
    let t = Instant::now();
    let read = client.workspaces().get(&ws.workspace_id).await?;
    println!(
        "   created {} ({}); read back in {} ms although the read model lags {lag} ms: the SDK waited only for its own write",
        read.workspace_name,
        read.workspace_id,
        t.elapsed().as_millis()
    );
    let t = Instant::now();
    let err = client.clusters().get(DEMO_WORKSPACE_ID, "000000000000000000000000").await.unwrap_err();
    println!("   a cluster nobody wrote: {err} after {} ms (a true 404 is never hidden)", t.elapsed().as_millis());

    step(3, "Invite a member");
    let inv = client
        .workspaces()
        .invitations()
        .create(
            &ws.workspace_id,
            &CreateInvitationRequest::new("crew@cloudpirates.test", WorkspaceMemberRole::Member)
                .with_message("Welcome aboard"),
        )
        .await?;
    println!("   invited {} as {:?}", inv.email.unwrap_or_default(), inv.role.unwrap_or(WorkspaceMemberRole::Member));

    step(4, "Page through a list");
    let page = client.trainings().list(PageParams::new(10, 0)).await?;
    println!(
        "   first page: {} of {:?} trainings, next offset {:?}",
        page.items.len(),
        page.info.total,
        page.info.next_offset
    );
    let all: Vec<_> = client.trainings().list_all(PageParams { limit: Some(10), offset: None }).collect().await;
    println!("   list_all streamed {} trainings, fetching pages lazily", all.len());

    step(5, "Create a cluster");
    let cluster = client
        .clusters()
        .create(&ws.workspace_id, &CreateClusterRequest::new("tour-cluster", ClusterType::External))
        .await?;
    let token_len = cluster.access_token.as_deref().map_or(0, str::len);
    println!(
        "   cluster {} created; its agent access token ({token_len} characters) is shown once and not printed here",
        cluster.cluster_id.clone().unwrap_or_default()
    );

    step(6, "Read Kubernetes events of the demo cluster");
    let events = client.observability().list_events(DEMO_WORKSPACE_ID, DEMO_CLUSTER_ID, PageParams::new(3, 0)).await?;
    for e in &events.items {
        println!(
            "   [{:?}] {} {}",
            e.r#type.unwrap_or(cloudpirates::models::KubernetesEventType::Normal),
            e.reason.clone().unwrap_or_default(),
            e.message.clone().unwrap_or_default()
        );
    }

    step(7, "Typed errors");
    let err = client.workspaces().create(&CreateWorkspaceRequest::new("Bad", "Invalid Key!")).await.unwrap_err();
    println!("   business rule: {err}; path={:?}", err.business_error().and_then(|b| b.path.clone()));
    let op = cloudpirates::operation("workspaces.create").expect("described");
    let err = client
        .execute(op, RawRequest { body: Some(br#"{"name":"old-style body"}"#.to_vec()), ..Default::default() })
        .await
        .unwrap_err();
    for v in err.validation_errors() {
        println!("   validation: {} (keyword {}, params {})", v.message, v.keyword, v.params);
    }
    let err = client
        .clusters()
        .create(&ws.workspace_id, &CreateClusterRequest::new("m", ClusterType::Managed))
        .await
        .unwrap_err();
    println!("   MANAGED cluster: {err} -> {}", err.class_name());

    step(8, "Clean up");
    client.clusters().delete(&ws.workspace_id, cluster.cluster_id.as_deref().unwrap_or_default()).await?;
    client.workspaces().delete(&ws.workspace_id).await?;
    println!("   deleted the cluster and the workspace");
    tokio::time::sleep(Duration::from_millis(10)).await;
    emu.shutdown();
    println!("\nDone.");
    Ok(())
}
