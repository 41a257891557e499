use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[test]
fn every_operation_of_the_document_is_routed() {
    assert!(cloudpirates_emulator::routes::unhandled().is_empty(), "{:?}", cloudpirates_emulator::routes::unhandled());
    assert_eq!(
        cloudpirates_emulator::routes::operations().len(),
        cloudpirates_emulator::schema::spec().operations.len()
    );
    assert!(cloudpirates_emulator::routes::operations().len() >= 72);
}

#[test]
fn binary_prints_one_json_line_and_stops_when_stdin_closes() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cloudpirates-emulator"))
        .args([
            "--port",
            "0",
            "--seed",
            "3",
            "--lag-ms",
            "0",
            "--fault",
            "429=0,retry_after=1",
            "--applications-happy-path",
            "--watch-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn emulator binary");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let v: serde_json::Value = serde_json::from_str(&line).expect("json line");
    assert!(v["base_url"].as_str().unwrap().starts_with("http://127.0.0.1:"));
    assert_eq!(v["email"], "demo@cloudpirates.test");
    assert!(v["api_key"].is_string() && v["password"].is_string());
    // a raw HTTP request against the printed origin
    let origin = v["origin"].as_str().unwrap().trim_start_matches("http://").to_string();
    let mut s = std::net::TcpStream::connect(&origin).unwrap();
    use std::io::{Read, Write};
    write!(s, "GET /_emulator/config HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    assert!(resp.starts_with("HTTP/1.1 200"));
    assert!(resp.contains("\"applications_happy_path\":true"));
    drop(child.stdin.take());
    let status = child.wait().unwrap();
    assert!(status.success());
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert!(err.contains("stdin reached end of file"), "says why it stopped: {err}");
}

/// Started as scripts, containers and `nohup` start servers (stdin closed or /dev/null), it
/// serves until it is stopped.
#[test]
fn binary_serves_with_no_stdin_until_killed() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cloudpirates-emulator"))
        .args(["--port", "0", "--no-stdin-watch"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn emulator binary");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let v: serde_json::Value = serde_json::from_str(&line).expect("json line");
    let origin = v["origin"].as_str().unwrap().trim_start_matches("http://").to_string();
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(child.try_wait().unwrap().is_none(), "still running with stdin at end of file");
    let mut s = std::net::TcpStream::connect(&origin).unwrap();
    use std::io::{Read, Write};
    write!(s, "GET /_emulator/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn help_describes_every_flag() {
    let out = Command::new(env!("CARGO_BIN_EXE_cloudpirates-emulator")).arg("--help").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let src = include_str!("../src/bin/main.rs");
    // every flag the parser matches is named in the help text
    for flag in src.split('"').filter(|w| w.starts_with("--") && w.len() > 2 && !w.contains(' ')) {
        assert!(text.contains(flag), "--help does not describe {flag}");
    }
}
