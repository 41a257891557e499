//! Benchmarks of the CloudPirates Rust core against raw reqwest doing the same requests.
//!
//! Not a test: run it through `bench/run.sh` (or `cargo run --release -p cloudpirates-bench`).
//!
//! ```text
//! cloudpirates-bench [--secs S] [--rounds R] [--only me|pages] [--items N] [--page-size P]
//!     [--impls sdk,reqwest,reqwest+Identity] [--conc 1,64]
//!     measures every Rust case against the emulator at CP_BASE_URL / CP_API_KEY (started with
//!     `--trainings 100000` for the pagination case), or else against one started in-process
//!     with N trainings. Prints one JSON line per case on stdout, a human summary on stderr.
//! cloudpirates-bench paginate --impl sdk|reqwest --base-url U --api-key K [--page-size P]
//!     one pagination run (a subprocess, so that peak RSS is its own); prints one JSON line.
//! cloudpirates-bench count --impl sdk|reqwest|reqwest+Identity --calls N --conc C
//!     --base-url U --api-key K
//!     exactly N calls of `auth.me` from C tasks after one warm-up call per task, for
//!     instruction counts under `valgrind --tool=callgrind` (bench/callgrind.sh).
//! ```

use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use serde::Deserialize;
use serde_json::json;

type Args = HashMap<String, String>;

fn parse_args(v: &[String]) -> Args {
    let mut m = HashMap::new();
    let mut i = 0;
    while i < v.len() {
        if let Some(k) = v[i].strip_prefix("--") {
            match v.get(i + 1) {
                Some(val) if !val.starts_with("--") => {
                    m.insert(k.to_string(), val.clone());
                    i += 2;
                }
                _ => {
                    m.insert(k.to_string(), String::new());
                    i += 1;
                }
            }
        } else {
            i += 1;
        }
    }
    m
}

fn arg<T: std::str::FromStr>(a: &Args, k: &str, d: T) -> T {
    a.get(k).and_then(|v| v.parse().ok()).unwrap_or(d)
}

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let (cmd, rest) = match argv.first().map(String::as_str) {
        Some("paginate") => ("paginate", &argv[1..]),
        Some("count") => ("count", &argv[1..]),
        _ => ("all", &argv[..]),
    };
    let a = parse_args(rest);
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    match cmd {
        "paginate" => rt.block_on(paginate_cmd(&a)),
        "count" => rt.block_on(count_cmd(&a)),
        _ => rt.block_on(all(&a)),
    }
}

// ---------------------------------------------------------------- statistics

fn median(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let n = s.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 { s[n / 2] } else { (s[n / 2 - 1] + s[n / 2]) / 2.0 }
}

fn emit(rec: serde_json::Value) {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{rec}").unwrap();
    out.flush().unwrap();
}

fn record(case: &str, imp: &str, conc: usize, unit: &str, rounds: &[f64]) -> serde_json::Value {
    let min = rounds.iter().cloned().fold(f64::INFINITY, f64::min);
    let max = rounds.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    json!({"lang": "rust", "case": case, "impl": imp, "conc": conc, "unit": unit,
           "rounds": rounds, "median": median(rounds), "min": min, "max": max})
}

// ---------------------------------------------------------------- auth.me

#[derive(Deserialize)]
#[allow(dead_code)]
struct Me {
    #[serde(rename = "identityId")]
    identity_id: Option<String>,
    email: Option<String>,
    #[serde(rename = "firstName")]
    first_name: Option<String>,
    #[serde(rename = "lastName")]
    last_name: Option<String>,
}

#[derive(Clone)]
enum Impl {
    Sdk(cloudpirates::Client),
    Raw {
        http: reqwest::Client,
        url: String,
        auth: String,
    },
    /// Raw reqwest, decoding into the core's own `models::Identity` (an open model with a
    /// map of unknown fields): splits decode cost from the core's per-call overhead.
    RawTyped {
        http: reqwest::Client,
        url: String,
        auth: String,
    },
}

impl Impl {
    async fn me(&self) -> bool {
        match self {
            Impl::Sdk(c) => c.auth().me().await.is_ok(),
            Impl::Raw { http, url, auth } => raw_me::<Me>(http, url, auth).await,
            Impl::RawTyped { http, url, auth } => raw_me::<cloudpirates::models::Identity>(http, url, auth).await,
        }
    }
}

/// `GET /auth/me` by hand with reqwest, the body decoded into `T`.
async fn raw_me<T: serde::de::DeserializeOwned>(http: &reqwest::Client, url: &str, auth: &str) -> bool {
    let r = http
        .get(url)
        .header(reqwest::header::AUTHORIZATION, auth)
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await;
    match r {
        Ok(r) if r.status().is_success() => r.json::<T>().await.is_ok(),
        _ => false,
    }
}

/// CPU time this process has used (user + system, all threads), in microseconds.
fn process_cpu_us() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 * 1e6 + ts.tv_nsec as f64 / 1e3
}

/// What one measured window of `throughput` gives.
struct Window {
    /// calls per second
    rate: f64,
    /// calls that failed
    errors: u64,
    /// the client's CPU time per call, µs
    cpu_us: f64,
    /// every counted call's latency in µs, in call order (only at concurrency 1)
    lat_us: Vec<f64>,
}

/// Calls `me` from `conc` tasks for `secs` seconds (after a short warm-up); answers calls/s,
/// errors, the client's CPU time per call in µs (this process holds only the client: the
/// server is another process, so this is the client's own cost, immune to scheduling noise),
/// and at concurrency 1 the latency of every counted call.
async fn throughput(imp: &Impl, conc: usize, secs: f64) -> Window {
    let count = Arc::new(AtomicU64::new(0));
    let errors = Arc::new(AtomicU64::new(0));
    let counting = Arc::new(AtomicBool::new(false));
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for _ in 0..conc {
        let (imp, count, errors, counting, stop) =
            (imp.clone(), count.clone(), errors.clone(), counting.clone(), stop.clone());
        let timed = conc == 1;
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let t0 = Instant::now();
                let ok = imp.me().await;
                if counting.load(Ordering::Relaxed) {
                    if ok {
                        count.fetch_add(1, Ordering::Relaxed);
                        if timed {
                            lat.push(t0.elapsed().as_secs_f64() * 1e6);
                        }
                    } else {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
            lat
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await; // warm-up: connections opened
    let start = Instant::now();
    let cpu0 = process_cpu_us();
    counting.store(true, Ordering::Relaxed);
    tokio::time::sleep(Duration::from_secs_f64(secs)).await;
    counting.store(false, Ordering::Relaxed);
    let cpu = process_cpu_us() - cpu0;
    let elapsed = start.elapsed().as_secs_f64();
    let n = count.load(Ordering::Relaxed);
    stop.store(true, Ordering::Relaxed);
    let mut lat_us = Vec::new();
    for t in tasks {
        lat_us.extend(t.await.unwrap_or_default());
    }
    Window { rate: n as f64 / elapsed, errors: errors.load(Ordering::Relaxed), cpu_us: cpu / n.max(1) as f64, lat_us }
}

/// The `q`-quantile (0..=1) of `v` by nearest rank; NaN when empty.
fn percentile(v: &[f64], q: f64) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let rank = ((q * s.len() as f64).ceil() as usize).clamp(1, s.len());
    s[rank - 1]
}

fn sdk_client(base: &str, key: &str) -> cloudpirates::Client {
    cloudpirates::Client::builder().api_key(key.to_string()).base_url(base.to_string()).build().expect("client")
}

fn raw_client(conc: usize) -> reqwest::Client {
    reqwest::Client::builder().pool_max_idle_per_host(conc.max(1) * 2).tcp_nodelay(true).build().expect("reqwest")
}

async fn bench_me(base: &str, key: &str, secs: f64, rounds: usize, impls: &str, concs: &[usize]) {
    for &conc in concs {
        // one client of each kind per concurrency level, as an application would hold
        let sdk = Impl::Sdk(sdk_client(base, key));
        let raw = Impl::Raw {
            http: raw_client(conc),
            url: format!("{}/auth/me", base.trim_end_matches('/')),
            auth: format!("ApiKey {key}"),
        };
        let typed = Impl::RawTyped {
            http: raw_client(conc),
            url: format!("{}/auth/me", base.trim_end_matches('/')),
            auth: format!("ApiKey {key}"),
        };
        let mut res: Vec<(&str, Vec<f64>)> = vec![("sdk", vec![]), ("reqwest", vec![]), ("reqwest+Identity", vec![])];
        let mut cpu: Vec<Vec<f64>> = vec![vec![]; 3];
        // per round: (p50, p99) of the calls' latency, at concurrency 1
        let mut lat: Vec<(Vec<f64>, Vec<f64>)> = vec![(vec![], vec![]); 3];
        for round in 0..rounds {
            // alternate the order so that drift in machine load does not favour one side
            let order: [usize; 3] = if round % 2 == 0 { [0, 1, 2] } else { [2, 1, 0] };
            for i in order {
                if !impls.is_empty() && !impls.split(',').any(|n| n == res[i].0) {
                    continue;
                }
                let imp = [&sdk, &raw, &typed][i];
                let w = throughput(imp, conc, secs).await;
                cpu[i].push(w.cpu_us);
                if w.errors > 0 {
                    eprintln!("  warning: {} errors in {} c={conc}", w.errors, res[i].0);
                }
                res[i].1.push(w.rate);
                if !w.lat_us.is_empty() {
                    lat[i].0.push(percentile(&w.lat_us, 0.50));
                    lat[i].1.push(percentile(&w.lat_us, 0.99));
                }
            }
        }
        for (name, v) in res.iter().filter(|(_, v)| !v.is_empty()) {
            eprintln!(
                "rust me {name:8} c={conc:<3} median {:>9.0} req/s  rounds {:?}",
                median(v),
                v.iter().map(|x| x.round()).collect::<Vec<_>>()
            );
            emit(record("me", name, conc, "req/s", v));
        }
        for ((name, _), v) in res.iter().zip(&cpu).filter(|(_, v)| !v.is_empty()) {
            eprintln!(
                "rust me {name:8} c={conc:<3} median {:>9.1} µs CPU/call  rounds {:?}",
                median(v),
                v.iter().map(|x| (x * 10.0).round() / 10.0).collect::<Vec<_>>()
            );
            emit(record("me_cpu", name, conc, "µs CPU/call", v));
        }
        for ((name, _), (p50, p99)) in res.iter().zip(&lat).filter(|(_, (p, _))| !p.is_empty()) {
            eprintln!(
                "rust me {name:8} c={conc:<3} latency p50 {:.0} µs, p99 {:.0} µs (median of rounds)",
                median(p50),
                median(p99)
            );
            emit(json!({"lang": "rust", "case": "me_lat", "impl": name, "conc": conc, "unit": "µs",
                        "p50": p50, "p99": p99}));
        }
    }
}

/// `count`: exactly `calls` calls from `conc` tasks (after one warm-up call per task, so that
/// every connection is open), nothing else; the difference of two runs' instruction counts is
/// the cost of the calls alone.
async fn count_cmd(a: &Args) {
    let imp_name = a.get("impl").cloned().unwrap_or_else(|| "sdk".into());
    let calls: u64 = arg(a, "calls", 1000);
    let conc: usize = arg(a, "conc", 1);
    let base = a.get("base-url").cloned().expect("--base-url");
    let key = a.get("api-key").cloned().expect("--api-key");
    let url = format!("{}/auth/me", base.trim_end_matches('/'));
    let auth = format!("ApiKey {key}");
    let imp = match imp_name.as_str() {
        "sdk" => Impl::Sdk(sdk_client(&base, &key)),
        "reqwest" => Impl::Raw { http: raw_client(conc), url, auth },
        "reqwest+Identity" => Impl::RawTyped { http: raw_client(conc), url, auth },
        other => panic!("unknown --impl {other}"),
    };
    let next = Arc::new(AtomicU64::new(0));
    let failed = Arc::new(AtomicU64::new(0));
    let warm = futures_util::future::join_all((0..conc).map(|_| imp.me())).await;
    assert!(warm.iter().all(|ok| *ok), "warm-up calls failed");
    let tasks: Vec<_> = (0..conc)
        .map(|_| {
            let (imp, next, failed) = (imp.clone(), next.clone(), failed.clone());
            tokio::spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < calls {
                    if !imp.me().await {
                        failed.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.expect("task");
    }
    assert_eq!(failed.load(Ordering::Relaxed), 0, "calls failed");
    println!("{}", json!({"impl": imp_name, "calls": calls, "conc": conc}));
}

// ---------------------------------------------------------------- pagination

fn rss_kb(field: &str) -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

async fn paginate_cmd(a: &Args) {
    let imp = a.get("impl").cloned().unwrap_or_else(|| "sdk".into());
    let base = a.get("base-url").cloned().expect("--base-url");
    let key = a.get("api-key").cloned().expect("--api-key");
    let page: u32 = arg(a, "page-size", 20);
    let sdk = sdk_client(&base, &key);
    let http = raw_client(1);
    let auth = format!("ApiKey {key}");
    let url = format!("{}/trainings", base.trim_end_matches('/'));
    // baseline after the client exists and one request has been made (connection, TLS-free)
    let _ = http.get(&url).query(&[("limit", "1")]).header("Authorization", &auth).send().await;
    let _ = sdk.trainings().list(cloudpirates::PageParams::new(1, 0)).await;
    let _ = std::fs::write("/proc/self/clear_refs", "5"); // reset VmHWM to current RSS
    let before = rss_kb("VmRSS:");
    let start = Instant::now();
    let mut items = 0u64;
    let mut pages = 0u64;
    if imp == "sdk" {
        let s = sdk.trainings().list_all(cloudpirates::PageParams { limit: Some(page), offset: None });
        futures_util::pin_mut!(s);
        while let Some(t) = s.next().await {
            let t = t.expect("sdk page");
            std::hint::black_box(&t);
            items += 1;
        }
        pages = items.div_ceil(page as u64);
    } else {
        let mut offset = 0u64;
        loop {
            let r = http
                .get(&url)
                .query(&[("limit", page.to_string()), ("offset", offset.to_string())])
                .header(reqwest::header::AUTHORIZATION, &auth)
                .header(reqwest::header::ACCEPT, "application/json")
                .send()
                .await
                .expect("send");
            assert!(r.status().is_success(), "status {}", r.status());
            let total: u64 =
                r.headers().get("x-total").and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok()).unwrap_or(0);
            // the SDK's `Training` model is an open JSON object (the spec gives it no fields): same here
            let rows: Vec<serde_json::Map<String, serde_json::Value>> = r.json().await.expect("decode");
            pages += 1;
            let n = rows.len() as u64;
            for t in rows {
                std::hint::black_box(&t);
                items += 1;
            }
            offset += page as u64;
            if n == 0 || offset >= total {
                break;
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let peak = rss_kb("VmHWM:");
    emit(json!({"impl": imp, "items": items, "pages": pages, "secs": secs,
                "rss_before_mb": before as f64 / 1024.0, "peak_mb": peak as f64 / 1024.0,
                "growth_mb": peak.saturating_sub(before) as f64 / 1024.0}));
}

async fn bench_pages(pages_url: &str, key: &str, rounds: usize, page: u32) {
    let exe = std::env::current_exe().unwrap();
    let mut res: Vec<(&str, Vec<f64>, Vec<f64>, u64)> =
        vec![("sdk", vec![], vec![], 0), ("reqwest", vec![], vec![], 0)];
    for round in 0..rounds {
        let order: [usize; 2] = if round % 2 == 0 { [0, 1] } else { [1, 0] };
        for i in order {
            let args: Vec<String> = [
                "paginate",
                "--impl",
                res[i].0,
                "--base-url",
                pages_url,
                "--api-key",
                key,
                "--page-size",
                &page.to_string(),
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            let exe = exe.clone();
            let out = tokio::task::spawn_blocking(move || std::process::Command::new(exe).args(args).output())
                .await
                .unwrap()
                .expect("spawn paginate");
            let line = String::from_utf8_lossy(&out.stdout);
            let v: serde_json::Value = match serde_json::from_str(line.trim()) {
                Ok(v) => v,
                Err(_) => {
                    eprintln!("paginate {} failed: {}", res[i].0, String::from_utf8_lossy(&out.stderr));
                    continue;
                }
            };
            res[i].1.push(v["secs"].as_f64().unwrap());
            res[i].2.push(v["growth_mb"].as_f64().unwrap());
            res[i].3 = v["items"].as_u64().unwrap();
        }
    }
    for (name, t, m, items) in &res {
        eprintln!(
            "rust pages {name:8} {items} items median {:.2} s, peak RSS growth median {:.1} MB (rounds {:?} s / {:?} MB)",
            median(t),
            median(m),
            t,
            m
        );
        let mut r = record("pages", name, 1, "s", t);
        r["items"] = json!(items);
        r["growth_mb"] = json!(m);
        r["growth_mb_median"] = json!(median(m));
        emit(r);
    }
}

// ---------------------------------------------------------------- everything

async fn all(a: &Args) {
    let secs: f64 = arg(a, "secs", 3.0);
    let rounds: usize = arg(a, "rounds", 3);
    let page: u32 = arg(a, "page-size", 20);
    let items: u64 = arg(a, "items", 100_000);
    let only = a.get("only").cloned().unwrap_or_default();
    let mut _emu = None;
    let (base, key) = match (std::env::var("CP_BASE_URL"), std::env::var("CP_API_KEY")) {
        (Ok(b), Ok(k)) => (b, k),
        _ => {
            let cfg = cloudpirates_emulator::EmulatorConfig::fast().with_trainings(items as usize);
            let e = cloudpirates_emulator::Emulator::start_blocking(cfg).expect("emulator");
            let r = (e.base_url().to_string(), e.api_key().to_string());
            _emu = Some(e);
            r
        }
    };
    if only.is_empty() || only == "me" {
        let impls = a.get("impls").cloned().unwrap_or_default();
        let concs: Vec<usize> =
            a.get("conc").map_or(vec![1, 64], |c| c.split(',').filter_map(|x| x.parse().ok()).collect());
        bench_me(&base, &key, secs, rounds, &impls, &concs).await;
    }
    if only.is_empty() || only == "pages" {
        bench_pages(&base, &key, rounds, page).await;
    }
}
