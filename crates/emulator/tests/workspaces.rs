mod common;
use common::*;
use serde_json::json;

async fn invite_and_accept(
    t: &T,
    owner: Auth<'_>,
    ws: &str,
    email: &str,
    password: &str,
    role: &str,
) -> (String, String) {
    let r = t.post(&format!("/v1/workspaces/{ws}/invitations"), owner, json!({"email": email, "role": role})).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let inv = r.body["invitationId"].as_str().unwrap().to_string();
    let listed = t.control("GET", "/_emulator/invitations", None).await;
    assert!(listed.as_array().unwrap().iter().any(|i| i["invitationId"] == inv.as_str()));
    let tok = t.bearer(email, password).await;
    let r = t.post("/v1/workspaces/invitations/accept", Auth::Bearer(&tok), json!({"invitationId": inv})).await;
    assert_eq!(r.status, 200, "{}", r.body);
    (r.body["workspaceMemberId"].as_str().unwrap().to_string(), tok)
}

#[tokio::test]
async fn creator_is_owner_and_invitation_flow() {
    let t = start_default().await;
    let r =
        t.post("/v1/workspaces", Auth::Key(DEMO_KEY), json!({"workspaceName": "Team", "workspaceKey": "team-a"})).await;
    assert_eq!(r.status, 201);
    let ws = r.body["workspaceId"].as_str().unwrap().to_string();
    assert_eq!(r.body["members"][0]["role"], "OWNER");
    assert_eq!(r.body["members"][0]["identityId"], "6571f2b1e4b0a1a2b3c4d501");
    // duplicate key
    let dup =
        t.post("/v1/workspaces", Auth::Key(DEMO_KEY), json!({"workspaceName": "Team", "workspaceKey": "team-a"})).await;
    assert_eq!(dup.status, 409);
    // invalid key: business-rule shape
    let bad = t
        .post("/v1/workspaces", Auth::Key(DEMO_KEY), json!({"workspaceName": "Team", "workspaceKey": "invalid key!"}))
        .await;
    assert_eq!(
        bad.body,
        json!({"status": 400, "message": "WorkspaceKey {workspaceKey} is invalid", "params": {"workspaceKey": "invalid key!"}, "path": "workspaceKey", "expected": "valid workspaceKey"})
    );
    // second is not a member
    let r = t.get(&format!("/v1/workspaces/{ws}"), Auth::Key(SECOND_KEY)).await;
    assert_eq!(r.body, json!({"status": 403, "message": "Forbidden"}));
    let (member_id, tok) =
        invite_and_accept(&t, Auth::Key(DEMO_KEY), &ws, "second@cloudpirates.test", "Second-Passw0rd!", "VIEWER").await;
    assert_eq!(t.get(&format!("/v1/workspaces/{ws}"), Auth::Bearer(&tok)).await.status, 200);
    // duplicate invitation and inviting a member -> 409
    let r = t
        .post(
            &format!("/v1/workspaces/{ws}/invitations"),
            Auth::Key(DEMO_KEY),
            json!({"email": "second@cloudpirates.test", "role": "MEMBER"}),
        )
        .await;
    assert_eq!(r.status, 409);
    let r = t
        .post(
            &format!("/v1/workspaces/{ws}/invitations"),
            Auth::Key(DEMO_KEY),
            json!({"email": "x@y.test", "role": "MEMBER"}),
        )
        .await;
    assert_eq!(r.status, 201);
    let r = t
        .post(
            &format!("/v1/workspaces/{ws}/invitations"),
            Auth::Key(DEMO_KEY),
            json!({"email": "x@y.test", "role": "MEMBER"}),
        )
        .await;
    assert_eq!(r.status, 409);
    let r = t
        .post(
            &format!("/v1/workspaces/{ws}/invitations"),
            Auth::Key(DEMO_KEY),
            json!({"email": "z@y.test", "role": "Member"}),
        )
        .await;
    assert_eq!(r.body["keyword"], "enum");
    let full = t.get(&format!("/v1/workspaces/{ws}"), Auth::Key(DEMO_KEY)).await;
    assert_eq!(full.body["openMemberInvitations"].as_array().unwrap().len(), 1);
    // role change by workspaceMemberId; identityId gives 404
    let r = t
        .req(
            "PUT",
            &format!("/v1/workspaces/{ws}/members/6571f2b1e4b0a1a2b3c4d502/role"),
            Auth::Key(DEMO_KEY),
            Some(json!({"role": "MEMBER"})),
        )
        .await;
    assert_eq!(r.status, 404);
    let r = t
        .req(
            "PUT",
            &format!("/v1/workspaces/{ws}/members/{member_id}/role"),
            Auth::Key(DEMO_KEY),
            Some(json!({"role": "MEMBER"})),
        )
        .await;
    assert_eq!((r.status, r.body["role"].clone()), (200, json!("MEMBER")));
    let r = t.req("DELETE", &format!("/v1/workspaces/{ws}/members/{member_id}"), Auth::Key(DEMO_KEY), None).await;
    assert_eq!(r.status, 204);
    assert_eq!(t.get(&format!("/v1/workspaces/{ws}"), Auth::Key(SECOND_KEY)).await.status, 403);
}

/// The docs restrict API keys on a fixed list of routes (catalogue 5.7); accepting an
/// invitation is not on it, so the invitee may accept with either credential.
#[tokio::test]
async fn accept_requires_the_invitee_with_either_credential() {
    let t = start_default().await;
    let r = t
        .post(
            &format!("/v1/workspaces/{WS}/invitations"),
            Auth::Key(DEMO_KEY),
            json!({"email": "second@cloudpirates.test", "role": "MEMBER"}),
        )
        .await;
    let inv = r.body["invitationId"].as_str().unwrap().to_string();
    let viewer = t.bearer("viewer@cloudpirates.test", "Viewer-Passw0rd!").await;
    let r = t.post("/v1/workspaces/invitations/accept", Auth::Bearer(&viewer), json!({"invitationId": inv})).await;
    assert_eq!(r.status, 403, "not the invitee");
    let r = t.post("/v1/workspaces/invitations/accept", Auth::Bearer(&viewer), json!({"invitationId": "nope"})).await;
    assert_eq!(r.status, 404);
    let r = t.post("/v1/workspaces/invitations/accept", Auth::Key(SECOND_KEY), json!({"invitationId": inv})).await;
    assert_eq!(r.status, 200, "the invitee's API key is accepted: {:?}", r.body);
    assert_eq!(r.body["role"], "MEMBER");
}

#[tokio::test]
async fn role_matrix() {
    let t = start_default().await;
    let r = t
        .post("/v1/workspaces", Auth::Key(DEMO_KEY), json!({"workspaceName": "Matrix", "workspaceKey": "matrix"}))
        .await;
    let ws = r.body["workspaceId"].as_str().unwrap().to_string();
    let (member_id, member_tok) =
        invite_and_accept(&t, Auth::Key(DEMO_KEY), &ws, "second@cloudpirates.test", "Second-Passw0rd!", "MEMBER").await;
    let (_, viewer_tok) =
        invite_and_accept(&t, Auth::Key(DEMO_KEY), &ws, "viewer@cloudpirates.test", "Viewer-Passw0rd!", "VIEWER").await;
    let member = Auth::Bearer(&member_tok);
    let viewer = Auth::Bearer(&viewer_tok);
    let forbidden_role = json!({"code": 403, "message": "Forbidden"});

    // everyone can view
    for who in [member, viewer] {
        assert_eq!(t.get(&format!("/v1/workspaces/{ws}"), who).await.status, 200);
        assert_eq!(t.get(&format!("/v1/workspaces/{ws}/members"), who).await.status, 200);
        assert_eq!(t.get(&format!("/v1/workspaces/{ws}/clusters"), who).await.status, 200);
        assert_eq!(t.get(&format!("/v1/workspaces/{ws}/applications"), who).await.status, 200);
    }
    // services: MEMBER yes, VIEWER no
    let r = t
        .post(&format!("/v1/workspaces/{ws}/clusters"), member, json!({"clusterName": "c1", "clusterType": "EXTERNAL"}))
        .await;
    assert_eq!(r.status, 201);
    let cid = r.body["clusterId"].as_str().unwrap().to_string();
    let r = t
        .post(&format!("/v1/workspaces/{ws}/clusters"), viewer, json!({"clusterName": "c2", "clusterType": "EXTERNAL"}))
        .await;
    assert_eq!(r.body, forbidden_role);
    let r = t
        .req("PUT", &format!("/v1/workspaces/{ws}/clusters/{cid}/name"), viewer, Some(json!({"clusterName": "x"})))
        .await;
    assert_eq!(r.body, forbidden_role);
    let r = t.req("DELETE", &format!("/v1/workspaces/{ws}/clusters/{cid}"), viewer, None).await;
    assert_eq!(r.body, forbidden_role);
    // owner-only actions
    for who in [member, viewer] {
        let r = t
            .post(&format!("/v1/workspaces/{ws}/invitations"), who, json!({"email": "q@q.test", "role": "MEMBER"}))
            .await;
        assert_eq!(r.body, forbidden_role);
        let r = t
            .req("PUT", &format!("/v1/workspaces/{ws}/members/{member_id}/role"), who, Some(json!({"role": "VIEWER"})))
            .await;
        assert_eq!(r.body, forbidden_role);
        let r = t.req("DELETE", &format!("/v1/workspaces/{ws}/members/{member_id}"), who, None).await;
        assert_eq!(r.body, forbidden_role);
        let r = t.req("PUT", &format!("/v1/workspaces/{ws}/name"), who, Some(json!({"workspaceName": "n"}))).await;
        assert_eq!(r.body, forbidden_role);
        let r = t.req("DELETE", &format!("/v1/workspaces/{ws}"), who, None).await;
        assert_eq!(r.body, forbidden_role);
    }
    // non-member: ReBAC shape
    let r = t.get(&format!("/v1/workspaces/{WS}/clusters"), member).await;
    assert_eq!(r.body, json!({"status": 403, "message": "Forbidden"}));
    // owner can rename and delete
    let r = t
        .req(
            "PUT",
            &format!("/v1/workspaces/{ws}/name"),
            Auth::Key(DEMO_KEY),
            Some(json!({"workspaceName": "Renamed"})),
        )
        .await;
    assert_eq!(
        (r.status, r.body["workspaceName"].clone(), r.body["workspaceId"].clone()),
        (200, json!("Renamed"), json!(ws))
    );
    assert_eq!(t.req("DELETE", &format!("/v1/workspaces/{ws}"), Auth::Key(DEMO_KEY), None).await.status, 204);
    assert_eq!(t.get(&format!("/v1/workspaces/{ws}"), Auth::Key(DEMO_KEY)).await.status, 403);
}
