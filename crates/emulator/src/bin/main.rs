//! `cloudpirates-emulator`: runs the emulator on 127.0.0.1 and prints one JSON line with the
//! base URL and the seeded credentials, then serves until it is stopped (or, with
//! `--watch-stdin`, until stdin closes).

use std::io::Write;

use cloudpirates_emulator::{Emulator, EmulatorConfig, FaultRule};

const USAGE: &str = "usage: cloudpirates-emulator [OPTIONS]

Runs a local CloudPirates API on 127.0.0.1, prints one JSON line (base_url, origin, api_key,
email, password, identity_id, identities) and serves until it is stopped (SIGINT/SIGTERM/kill).

Options:
  --port N                  TCP port on 127.0.0.1; 0 (default) picks a free port
  --seed N                  seed of the seeded data, generated ids and fault randomness (default 42)
  --trainings N             how many trainings to seed (default 48; large values make a long list)
  --lag-ms N                read-model lag after a write, in milliseconds (default 150, as the
                            real API lags; 0 for speed)
  --access-token-ttl SECS   lifetime of issued access tokens (default 900)
  --applications-happy-path applications.create succeeds instead of answering 501
  --application-updates M   applications.update_values/update_version answer:
                            gateway_timeout (default) | service_unavailable | succeed
  --application-update-delay-ms N
                            how long those two hang before their 504/503 (default 30000)
  --no-activation           registered identities can log in without activation
                            (by default they must be activated: POST /_emulator/activate)
  --protect-last-owner      refuse (409) demoting or removing a workspace's last OWNER
  --no-link-quirks          no documented Link quirks on the trainings list
  --write-responses M       body of successful writes: full (default) | empty | empty_object |
                            no_content | minimal (only the *Id fields)
  --fault SPEC              inject a fault; SPEC = KIND[=RATE][,methods=reads|writes|all]
                            [,path=/v1/...][,every=N][,skip=N][,max=N][,retry_after=S]
                            [,outcome=applied|later|dropped][,delay_ms=N]
                            KIND: 429 500 502 503 504 reset slow (repeatable)
  --fault-rate KIND=RATE    shorthand for --fault KIND=RATE (repeatable)
  --faults-json JSON        a JSON array of fault rules (as GET /_emulator/config shows them)
  --watch-stdin             also stop when stdin reaches end of file (for a parent process that
                            holds a pipe open: the emulator goes away with it)
  --no-stdin-watch          accepted for compatibility; stdin is not watched unless asked
  -h, --help                this text

Every runtime setting can also be changed while it runs: PUT /_emulator/config.";

fn main() {
    let mut cfg = EmulatorConfig::default();
    let mut watch_stdin = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (a.clone(), None),
        };
        let mut value =
            || inline.clone().or_else(|| args.next()).unwrap_or_else(|| die(&format!("{flag} needs a value")));
        match flag.as_str() {
            "--port" => cfg.port = value().parse().unwrap_or_else(|_| die("bad --port")),
            "--seed" => cfg.seed = value().parse().unwrap_or_else(|_| die("bad --seed")),
            "--trainings" => cfg.trainings = value().parse().unwrap_or_else(|_| die("bad --trainings")),
            "--lag-ms" => cfg.runtime.lag_ms = value().parse().unwrap_or_else(|_| die("bad --lag-ms")),
            "--access-token-ttl" => {
                cfg.runtime.access_token_ttl_secs = value().parse().unwrap_or_else(|_| die("bad --access-token-ttl"))
            }
            "--applications-happy-path" => cfg.runtime.applications_happy_path = true,
            "--application-update-delay-ms" => {
                cfg.runtime.application_update_delay_ms =
                    value().parse().unwrap_or_else(|_| die("bad --application-update-delay-ms"))
            }
            "--no-activation" => cfg.runtime.require_activation = false,
            "--protect-last-owner" => cfg.runtime.protect_last_owner = true,
            "--no-link-quirks" => cfg.runtime.link_quirks = false,
            "--application-updates" => {
                cfg.runtime.application_update_mode = serde_json::from_value(serde_json::Value::String(value()))
                    .unwrap_or_else(|_| die("bad --application-updates"))
            }
            "--fault" | "--fault-rate" => {
                cfg.runtime.faults.push(FaultRule::parse_cli(&value()).unwrap_or_else(|e| die(&e)))
            }
            "--faults-json" => {
                let mut rules: Vec<FaultRule> =
                    serde_json::from_str(&value()).unwrap_or_else(|e| die(&format!("bad --faults-json: {e}")));
                cfg.runtime.faults.append(&mut rules);
            }
            "--write-responses" => {
                cfg.runtime.write_responses = serde_json::from_value(serde_json::Value::String(value()))
                    .unwrap_or_else(|_| die("bad --write-responses"))
            }
            "--watch-stdin" => watch_stdin = true,
            "--no-stdin-watch" => {}
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            _ => die(&format!("unknown argument {a}")),
        }
    }
    let handle = Emulator::start_blocking(cfg).unwrap_or_else(|e| die(&format!("cannot start: {e}")));
    let creds = handle.credentials();
    let line = serde_json::json!({
        "base_url": handle.base_url(),
        "origin": handle.origin(),
        "api_key": creds[0].api_key,
        "email": creds[0].email,
        "password": creds[0].password,
        "identity_id": creds[0].identity_id,
        "identities": creds,
    });
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
    drop(out);
    if watch_stdin {
        // serve until stdin closes (the parent process went away) or we are killed
        let mut buf = [0u8; 256];
        let why = loop {
            match std::io::Read::read(&mut std::io::stdin(), &mut buf) {
                Ok(0) => break "stdin reached end of file".to_string(),
                Err(e) => break format!("stdin could not be read ({e})"),
                Ok(_) => {}
            }
        };
        eprintln!("cloudpirates-emulator: stopping: {why} (--watch-stdin)");
    } else {
        loop {
            std::thread::park();
        }
    }
    drop(handle);
}

fn die(msg: &str) -> ! {
    eprintln!("cloudpirates-emulator: {msg}\n{USAGE}");
    std::process::exit(2);
}
