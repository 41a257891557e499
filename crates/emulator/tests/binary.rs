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
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
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
}
