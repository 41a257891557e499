//! Deterministic seed data: identities with known credentials, a workspace with a monitored
//! cluster (Kubernetes objects and events), application templates, billing data, trainings.

use std::collections::BTreeMap;

use rand::Rng;
use serde::Serialize;
use serde_json::{Value, json};

use crate::state::*;

/// API key of the primary seeded identity (`demo@cloudpirates.test`).
pub const DEMO_API_KEY: &str = "cpk_demo_5f3c1e9a7b2d4c6e8f0a1b3c5d7e9f10";
/// Id of the seeded workspace "Demo Workspace" (key `demo`).
pub const DEMO_WORKSPACE_ID: &str = "6571f2b1e4b0a1a2b3c4d5e6";
/// Id of the seeded cluster "production" in the demo workspace.
pub const DEMO_CLUSTER_ID: &str = "6571f2b1e4b0a1a2b3c4d5e8";

/// Credentials of a seeded identity.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Credentials {
    /// Identity id.
    pub identity_id: String,
    /// E-mail (login name).
    pub email: String,
    /// Password.
    pub password: String,
    /// API key secret (`Authorization: ApiKey <apiKey>`).
    pub api_key: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Role in the seeded workspace, if any.
    pub demo_workspace_role: Option<String>,
}

/// (id, email, password, api key, first name, last name, role in the demo workspace)
type SeedIdentity =
    (&'static str, &'static str, &'static str, &'static str, &'static str, &'static str, Option<&'static str>);

const IDENTITIES: [SeedIdentity; 3] = [
    (
        "6571f2b1e4b0a1a2b3c4d501",
        "demo@cloudpirates.test",
        "Demo-Passw0rd!",
        DEMO_API_KEY,
        "Demo",
        "Pirate",
        Some("OWNER"),
    ),
    (
        "6571f2b1e4b0a1a2b3c4d502",
        "second@cloudpirates.test",
        "Second-Passw0rd!",
        "cpk_second_8e1d2c3b4a5f60718293a4b5c6d7e8f9",
        "Second",
        "Sailor",
        None,
    ),
    (
        "6571f2b1e4b0a1a2b3c4d503",
        "viewer@cloudpirates.test",
        "Viewer-Passw0rd!",
        "cpk_viewer_0a9b8c7d6e5f40312233445566778899",
        "Vera",
        "Viewer",
        Some("VIEWER"),
    ),
];

/// The seeded identities: `demo` (OWNER of the demo workspace), `second` (no workspace; use it
/// to accept invitations) and `viewer` (VIEWER of the demo workspace).
pub fn seeded_credentials() -> Vec<Credentials> {
    IDENTITIES
        .iter()
        .map(|(id, email, pw, key, f, l, role)| Credentials {
            identity_id: id.to_string(),
            email: email.to_string(),
            password: pw.to_string(),
            api_key: key.to_string(),
            first_name: f.to_string(),
            last_name: l.to_string(),
            demo_workspace_role: role.map(str::to_string),
        })
        .collect()
}

const SEED_TIME: u64 = 1_717_200_000; // 2024-06-01T00:00:00Z

/// Template catalogue: (name, chart, description, app versions).
const TEMPLATES: [(&str, &str, &str, [&str; 3]); 17] = [
    ("MariaDB", "mariadb", "Open source relational database", ["11.4.2", "12.0.2", "12.1.0"]),
    ("PostgreSQL", "postgres", "Advanced open source relational database", ["16.4.0", "17.0.0", "17.2.0"]),
    ("MongoDB", "mongodb", "Document database", ["7.0.12", "8.0.1", "8.0.4"]),
    ("TimescaleDB", "timescaledb", "PostgreSQL for time series", ["2.15.0", "2.16.1", "2.17.2"]),
    ("Redis", "redis", "In-memory data store", ["7.2.5", "7.4.0", "7.4.1"]),
    ("Valkey", "valkey", "High-performance key/value store", ["7.2.6", "8.0.1", "8.0.2"]),
    ("Memcached", "memcached", "Distributed memory caching", ["1.6.27", "1.6.29", "1.6.32"]),
    ("MinIO", "minio", "S3 compatible object storage", ["2024.6.1", "2024.8.3", "2024.10.2"]),
    ("RustFS", "rustfs", "S3 compatible object storage written in Rust", ["1.0.0", "1.1.0", "1.2.0"]),
    ("Ghost", "ghost", "Publishing platform", ["5.88.0", "5.96.0", "5.101.0"]),
    ("Nginx", "nginx", "Web server and reverse proxy", ["1.26.1", "1.27.0", "1.27.3"]),
    ("Keycloak", "keycloak", "Identity and access management", ["24.0.5", "25.0.6", "26.0.7"]),
    ("RabbitMQ", "rabbitmq", "Message broker", ["3.13.6", "4.0.2", "4.0.5"]),
    (
        "RabbitMQ Cluster Operator",
        "rabbitmq-cluster-operator",
        "Operator for RabbitMQ clusters",
        ["2.9.0", "2.10.0", "2.11.0"],
    ),
    ("Kafka", "kafka", "Event streaming platform", ["3.7.1", "3.8.0", "3.9.0"]),
    ("Zookeeper", "zookeeper", "Coordination service", ["3.8.4", "3.9.2", "3.9.3"]),
    ("Etcd", "etcd", "Distributed key/value store", ["3.5.14", "3.5.16", "3.5.17"]),
];

/// Trainings seeded unless configured otherwise.
pub const DEFAULT_TRAININGS: usize = 48;

/// Builds the seeded state for `seed`, with `trainings` trainings.
pub fn seeded_state(seed: u64, trainings: usize) -> State {
    let mut st = State::empty(seed);
    let created = iso(SEED_TIME);
    for c in seeded_credentials() {
        st.identities.insert(
            c.identity_id.clone(),
            Identity {
                identity_id: c.identity_id.clone(),
                email: c.email.clone(),
                password: c.password.clone(),
                first_name: c.first_name.clone(),
                last_name: c.last_name.clone(),
                activated: true,
                created_at: created.clone(),
                mfa: Vec::new(),
            },
        );
        let key_id = format!("6571f2b1e4b0a1a2b3c4{}", &c.identity_id[20..]).replace("d5", "a5");
        st.api_key_secrets.insert(c.api_key.clone(), key_id.clone());
        st.api_keys.insert(
            key_id.clone(),
            ApiKey {
                id: key_id,
                identity_id: c.identity_id.clone(),
                label: "seeded key".into(),
                secret: c.api_key.clone(),
                created_at: created.clone(),
            },
            0,
            0,
        );
    }
    let ids: Vec<String> = IDENTITIES.iter().map(|i| i.0.to_string()).collect();
    let (demo, second, viewer) = (ids[0].clone(), ids[1].clone(), ids[2].clone());

    // workspace
    let member_id = |n: u8| format!("6571f2b1e4b0a1a2b3c4e{n:03}");
    st.workspaces.insert(
        DEMO_WORKSPACE_ID.into(),
        Workspace {
            workspace_id: DEMO_WORKSPACE_ID.into(),
            workspace_key: "demo".into(),
            workspace_domain: "demo.cloudpirates.app".into(),
            workspace_name: "Demo Workspace".into(),
            members: vec![
                Member {
                    workspace_member_id: member_id(1),
                    identity_id: demo.clone(),
                    role: Role::Owner,
                    created_at: created.clone(),
                },
                Member {
                    workspace_member_id: member_id(3),
                    identity_id: viewer.clone(),
                    role: Role::Viewer,
                    created_at: created.clone(),
                },
            ],
            created_at: created.clone(),
        },
        0,
        0,
    );

    // cluster with Kubernetes objects and events
    let token = st.new_token("cpct_");
    st.clusters.insert(
        DEMO_CLUSTER_ID.into(),
        Cluster {
            cluster_id: DEMO_CLUSTER_ID.into(),
            workspace_id: DEMO_WORKSPACE_ID.into(),
            cluster_name: "production".into(),
            cluster_type: "EXTERNAL".into(),
            server_info: json!({"gitVersion": "v1.30.2", "major": "1", "minor": "30", "platform": "linux/amd64"}),
            access_token: token,
            created_at: created.clone(),
        },
        0,
        0,
    );
    let objects = k8s_objects(&mut st);
    let events = k8s_events(&mut st, &objects);
    st.k8s.insert(DEMO_CLUSTER_ID.into(), objects);
    st.events.insert(DEMO_CLUSTER_ID.into(), events);

    // templates
    for (i, (name, chart, desc, versions)) in TEMPLATES.iter().enumerate() {
        let tid = format!("6571f2b1e4b0a1a2b3c4f{:03}", i + 1);
        let major = |v: &str| v.split('.').next().unwrap_or("0").parse::<u64>().unwrap_or(0);
        let lo = versions[0];
        let hi_major = major(versions[2]) + 1;
        let presets: Vec<Value> = ["single", "small", "medium", "large", "HA"]
            .iter()
            .enumerate()
            .map(|(j, p)| {
                let range = if j == 4 {
                    format!(">={} <{hi_major}.0.0", versions[1])
                } else {
                    format!(">={lo} <{hi_major}.0.0")
                };
                json!({
                    "applicationTemplatePresetId": format!("{}{:x}", &tid[..23], j + 10),
                    "presetName": p,
                    "supportedVersionRange": range,
                    "valuesSchema": {
                        "type": "object",
                        "additionalProperties": true,
                        "properties": {
                            "replicaCount": {"type": "integer", "minimum": 1, "maximum": 9},
                            "persistence": {"type": "object", "properties": {"size": {"type": "string"}}},
                            "resources": {"type": "object"}
                        }
                    }
                })
            })
            .collect();
        let versions_json: Vec<Value> = versions
            .iter()
            .enumerate()
            .map(|(k, v)| json!({"version": v, "appVersion": v, "chartVersion": format!("0.{}.{}", i + 1, k), "releaseDate": iso(SEED_TIME - (2 - k as u64) * 86_400 * 60)}))
            .collect();
        st.templates.push(Template {
            doc: json!({
                "applicationTemplateId": tid,
                "name": name,
                "description": desc,
                "logoUrl": format!("https://cdn.cloudpirates.io/logos/{chart}.svg"),
                "source": {"type": "HELM_CHART", "repositoryUrl": "oci://registry-1.docker.io/cloudpirates", "chartName": chart},
                "presets": presets,
                "versions": versions_json,
            }),
        });
    }

    // one seeded application (MariaDB single on the demo cluster)
    let t0 = st.templates[0].doc.clone();
    st.applications.insert(
        "6571f2b1e4b0a1a2b3c4d5f1".into(),
        Application {
            application_id: "6571f2b1e4b0a1a2b3c4d5f1".into(),
            workspace_id: DEMO_WORKSPACE_ID.into(),
            name: "mariadb-main".into(),
            application_template_id: t0["applicationTemplateId"].as_str().unwrap_or_default().into(),
            application_template_preset_id: t0["presets"][0]["applicationTemplatePresetId"]
                .as_str()
                .unwrap_or_default()
                .into(),
            cluster_id: DEMO_CLUSTER_ID.into(),
            app_version: "12.0.2".into(),
            application_values: json!({"replicaCount": 1}),
            status: "RUNNING".into(),
            created_at: created.clone(),
        },
        0,
        0,
    );

    // billing
    let address = |l1: &str, pc: &str, city: &str| json!({"addressLine1": l1, "postalCode": pc, "city": city, "countryCode": "DE"});
    let profiles = [
        (
            "6571f2b1e4b0a1a2b3c4b001",
            &demo,
            "CloudPirates Demo GmbH",
            address("Hafenstrasse 1", "20457", "Hamburg"),
            vec![demo.clone()],
            14usize,
            52usize,
        ),
        ("6571f2b1e4b0a1a2b3c4b002", &demo, "Spare profile", address("Nebenweg 2", "10115", "Berlin"), vec![], 0, 0),
        (
            "6571f2b1e4b0a1a2b3c4b003",
            &second,
            "Second Sailor Ltd",
            address("Kaiserstrasse 9", "60311", "Frankfurt"),
            vec![second.clone()],
            3,
            6,
        ),
    ];
    for (id, owner, name, addr, assigned, n_inv, n_tx) in profiles {
        st.billing_profiles.insert(
            id.into(),
            BillingProfile {
                billing_profile_id: id.into(),
                owner_identity_id: owner.clone(),
                billing_profile_name: name.into(),
                billing_profile_address: addr,
                purchase_order_number: if n_inv > 0 { Some("PO-2024-001".into()) } else { None },
                email_addresses: if n_inv > 0 { vec!["billing@cloudpirates.test".into()] } else { vec![] },
                send_invoices_by_email: true,
                identity_ids: assigned,
                created_at: created.clone(),
            },
            0,
            0,
        );
        let mut invoices = Vec::new();
        for k in 0..n_inv {
            let number = format!("RE-2024-{:05}", 1000 + k + (id.ends_with('3') as usize) * 500);
            let issued = SEED_TIME + k as u64 * 30 * 86_400;
            let status = if k + 1 == n_inv {
                "Pending"
            } else if k + 2 == n_inv && n_inv > 4 {
                "Overdue"
            } else {
                "Paid"
            };
            let amount = 4900 + st.rng.random_range(0..20_000u64);
            invoices.push(json!({
                "invoiceId": format!("{}{:04x}", &id[..20], 0x100 + k),
                "billingProfileId": id,
                "invoiceNumber": number,
                "issueDate": iso(issued),
                "dueDate": iso(issued + 14 * 86_400),
                "status": status,
                "currency": "EUR",
                "amount": amount as f64 / 100.0,
                "purchaseOrderNumber": "PO-2024-001",
                "lineItems": [{"description": "Managed observability", "quantity": 1, "unitPrice": amount as f64 / 100.0}],
            }));
        }
        let mut txs = Vec::new();
        let types = ["INVOICE_CHARGE", "PAYMENT_RECEIVED", "CREDIT_APPLIED", "REFUND_PROCESSED"];
        for k in 0..n_tx {
            let ty = types[if k % 2 == 0 {
                0
            } else if k % 9 == 1 {
                2
            } else if k % 13 == 3 {
                3
            } else {
                1
            }];
            let inv = invoices.get(k / 4).map(|i| i["invoiceId"].clone()).unwrap_or(Value::Null);
            let amount = (1000 + st.rng.random_range(0..30_000u64)) as f64 / 100.0;
            txs.push(json!({
                "transactionId": format!("{}{:04x}", &id[..20], 0x800 + k),
                "billingProfileId": id,
                "date": iso(SEED_TIME + k as u64 * 7 * 86_400),
                "type": ty,
                "amount": if ty == "INVOICE_CHARGE" { -amount } else { amount },
                "currency": "EUR",
                "invoiceId": inv,
                "paymentMethod": "WIRE_TRANSFER",
                "status": "BOOKED",
            }));
        }
        st.invoices.insert(id.into(), invoices);
        st.transactions.insert(id.into(), txs);
    }

    // trainings
    let topics = [
        "Kubernetes Basics",
        "Helm in Practice",
        "GitOps with ArgoCD",
        "Observability",
        "Kubernetes Security",
        "Platform Engineering",
    ];
    st.trainings.reserve(trainings);
    for k in 0..trainings as u64 {
        let start = SEED_TIME + (k % 520) * 7 * 86_400;
        // 24 hex digits like every id; the first 999 keep the ids they always had
        let id = if k < 999 {
            format!("6571f2b1e4b0a1a2b3c4c{:03}", k + 1)
        } else {
            format!("6571f2b1e4b0a1a2{:08x}", k + 1)
        };
        st.trainings.push(json!({
            "trainingId": id,
            "title": format!("{} #{}", topics[(k % 6) as usize], k / 6 + 1),
            "startDate": iso(start),
            "endDate": iso(start + 2 * 86_400),
            "language": if k % 3 == 0 { "en" } else { "de" },
            "seats": 12,
            "status": if k < 20 { "COMPLETED" } else { "SCHEDULED" },
        }));
    }
    st
}

fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn uid(st: &mut State) -> String {
    let a: u64 = st.rng.random();
    let b: u64 = st.rng.random();
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xffff,
        b >> 48,
        b & 0xffff_ffff_ffff
    )
}

fn suffix(st: &mut State, n: usize) -> String {
    const ALPHA: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    (0..n).map(|_| ALPHA[st.rng.random_range(0..ALPHA.len())] as char).collect()
}

fn object(
    st: &mut State,
    kind: &'static str,
    name: &str,
    ns: Option<&str>,
    lbl: BTreeMap<String, String>,
    spec: Value,
    status: Value,
) -> K8sObject {
    let (api, k) = match kind {
        "NODE" => ("v1", "Node"),
        "NAMESPACE" => ("v1", "Namespace"),
        "POD" => ("v1", "Pod"),
        "SERVICE" => ("v1", "Service"),
        "DEPLOYMENT" => ("apps/v1", "Deployment"),
        "STATEFULSET" => ("apps/v1", "StatefulSet"),
        "DAEMONSET" => ("apps/v1", "DaemonSet"),
        "JOB" => ("batch/v1", "Job"),
        _ => ("batch/v1", "CronJob"),
    };
    let mut metadata = json!({"name": name, "uid": uid(st), "creationTimestamp": iso(SEED_TIME), "labels": lbl, "resourceVersion": st.rng.random_range(1000..999_999u32).to_string()});
    if let Some(ns) = ns {
        metadata["namespace"] = json!(ns);
    }
    K8sObject {
        kind,
        name: name.to_string(),
        namespace: ns.map(str::to_string),
        labels: lbl,
        manifest: json!({"apiVersion": api, "kind": k, "metadata": metadata, "spec": spec, "status": status}),
    }
}

fn k8s_objects(st: &mut State) -> Vec<K8sObject> {
    let mut out = Vec::new();
    for (n, role) in
        [("control-plane-1", "control-plane"), ("worker-1", "worker"), ("worker-2", "worker"), ("worker-3", "worker")]
    {
        let o = object(
            st,
            "NODE",
            n,
            None,
            labels(&[
                ("kubernetes.io/hostname", n),
                ("node-role.kubernetes.io/role", role),
                ("topology.kubernetes.io/zone", if n.ends_with('2') { "eu-central-1b" } else { "eu-central-1a" }),
            ]),
            json!({"podCIDR": "10.244.0.0/24"}),
            json!({"capacity": {"cpu": "4", "memory": "16Gi", "pods": "110"}, "nodeInfo": {"kubeletVersion": "v1.30.2"}, "conditions": [{"type": "Ready", "status": "True"}]}),
        );
        out.push(o);
    }
    for ns in ["default", "kube-system", "production", "staging"] {
        let o = object(
            st,
            "NAMESPACE",
            ns,
            None,
            labels(&[("kubernetes.io/metadata.name", ns)]),
            json!({}),
            json!({"phase": "Active"}),
        );
        out.push(o);
    }
    for (ns, env) in [("production", "prod"), ("staging", "staging")] {
        for (app, tier, image, replicas) in
            [("nginx", "frontend", "nginx:1.27.0", 2u32), ("api", "backend", "ghcr.io/cloudpirates/api:2.4.1", 2)]
        {
            let lbl = labels(&[("app", app), ("env", env), ("tier", tier)]);
            let dep = object(
                st,
                "DEPLOYMENT",
                app,
                Some(ns),
                lbl.clone(),
                json!({"replicas": replicas, "selector": {"matchLabels": {"app": app}}, "template": {"spec": {"containers": [{"name": app, "image": image}]}}}),
                json!({"replicas": replicas, "readyReplicas": replicas, "availableReplicas": replicas}),
            );
            out.push(dep);
            let rs = suffix(st, 10);
            for _ in 0..replicas {
                let name = format!("{app}-{rs}-{}", suffix(st, 5));
                let node = format!("worker-{}", st.rng.random_range(1..4));
                let mut pl = lbl.clone();
                pl.insert("pod-template-hash".into(), rs.clone());
                let ip = format!("10.244.{}.{}", st.rng.random_range(1..4), st.rng.random_range(2..250));
                let pod = object(
                    st,
                    "POD",
                    &name,
                    Some(ns),
                    pl,
                    json!({"nodeName": node, "containers": [{"name": app, "image": image}]}),
                    json!({"phase": "Running", "podIP": ip}),
                );
                out.push(pod);
            }
            let svc = object(
                st,
                "SERVICE",
                app,
                Some(ns),
                lbl.clone(),
                json!({"type": "ClusterIP", "selector": {"app": app}, "ports": [{"port": 80, "targetPort": 8080}]}),
                json!({}),
            );
            out.push(svc);
        }
    }
    let pg = labels(&[("app", "postgres"), ("env", "prod"), ("tier", "database")]);
    let o = object(
        st,
        "STATEFULSET",
        "postgres",
        Some("production"),
        pg.clone(),
        json!({"replicas": 1, "serviceName": "postgres"}),
        json!({"readyReplicas": 1}),
    );
    out.push(o);
    let o = object(
        st,
        "POD",
        "postgres-0",
        Some("production"),
        pg,
        json!({"nodeName": "worker-2"}),
        json!({"phase": "Running"}),
    );
    out.push(o);
    let ne = labels(&[("app", "node-exporter"), ("tier", "monitoring")]);
    let o =
        object(st, "DAEMONSET", "node-exporter", Some("kube-system"), ne.clone(), json!({}), json!({"numberReady": 3}));
    out.push(o);
    for w in 1..=3 {
        let name = format!("node-exporter-{}", suffix(st, 5));
        let o = object(
            st,
            "POD",
            &name,
            Some("kube-system"),
            ne.clone(),
            json!({"nodeName": format!("worker-{w}")}),
            json!({"phase": "Running"}),
        );
        out.push(o);
    }
    let bl = labels(&[("app", "backup"), ("env", "prod")]);
    let o =
        object(st, "CRONJOB", "backup", Some("production"), bl.clone(), json!({"schedule": "0 3 * * *"}), json!({}));
    out.push(o);
    let o = object(
        st,
        "JOB",
        "backup-28573920",
        Some("production"),
        bl,
        json!({"completions": 1}),
        json!({"succeeded": 1}),
    );
    out.push(o);
    out
}

fn k8s_events(st: &mut State, objects: &[K8sObject]) -> Vec<Value> {
    let reasons = [
        ("Started", "NORMAL", "Started container {c}", "kubelet"),
        ("Pulled", "NORMAL", "Container image \"{c}\" already present on machine", "kubelet"),
        ("Scheduled", "NORMAL", "Successfully assigned {ns}/{n} to worker-1", "default-scheduler"),
        ("Killing", "NORMAL", "Stopping container {c}", "kubelet"),
        ("Unhealthy", "WARNING", "Readiness probe failed: HTTP probe failed with statuscode: 503", "kubelet"),
        ("BackOff", "WARNING", "Back-off restarting failed container {c}", "kubelet"),
        ("FailedScheduling", "WARNING", "0/4 nodes are available: insufficient memory", "default-scheduler"),
        ("ScalingReplicaSet", "NORMAL", "Scaled up replica set {n} to 2", "deployment-controller"),
    ];
    let pods: Vec<&K8sObject> = objects.iter().filter(|o| o.kind == "POD" || o.kind == "DEPLOYMENT").collect();
    let mut events = Vec::new();
    let total = 150u64;
    for k in 0..total {
        let o = pods[st.rng.random_range(0..pods.len())];
        let (reason, ty, msg, comp) = reasons[st.rng.random_range(0..reasons.len())];
        let ns = o.namespace.clone().unwrap_or_default();
        let msg =
            msg.replace("{c}", o.name.split('-').next().unwrap_or("app")).replace("{ns}", &ns).replace("{n}", &o.name);
        let last = SEED_TIME + 86_400 * 30 - k * 600;
        let count = st.rng.random_range(1..6u64);
        let event_id = format!("6571f2b1e4b0{:012x}", 0xe000_0000u64 + k);
        events.push(json!({
            "workspaceId": DEMO_WORKSPACE_ID,
            "clusterId": DEMO_CLUSTER_ID,
            "resourceId": o.manifest["metadata"]["uid"],
            "eventId": event_id,
            "firstTimestamp": iso(last - (count - 1) * 60),
            "lastTimestamp": iso(last),
            "count": count,
            "message": msg,
            "reason": reason,
            "type": ty,
            "involvedObject": {"kind": o.manifest["kind"], "name": o.name, "uid": o.manifest["metadata"]["uid"], "namespace": ns},
            "source": {"component": comp, "host": "worker-1"},
        }));
    }
    events
}
