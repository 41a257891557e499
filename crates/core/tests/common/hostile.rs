//! A scripted HTTP/1.1 server for tests of broken and hostile servers: each request is
//! recorded and answered by a closure (a status, headers and body; or a hang).
#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// What to answer.
pub enum Answer {
    /// Status, extra headers, body (sent with Content-Length).
    Full(u16, Vec<(String, String)>, Vec<u8>),
    /// Status and a chunked body of `n` bytes, with no Content-Length.
    Chunked(u16, usize),
    /// Never answer.
    Hang,
}

pub fn json(status: u16, body: &str) -> Answer {
    Answer::Full(status, vec![("content-type".into(), "application/json".into())], body.as_bytes().to_vec())
}

pub fn with_header(status: u16, name: &str, value: &str) -> Answer {
    Answer::Full(status, vec![(name.into(), value.into())], Vec::new())
}

type Script = dyn Fn(&Seen) -> Answer + Send + Sync;

/// A running scripted server.
pub struct Hostile {
    pub origin: String,
    pub seen: Arc<Mutex<Vec<Seen>>>,
}

impl Hostile {
    pub async fn start(script: impl Fn(&Seen) -> Answer + Send + Sync + 'static) -> Hostile {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let origin = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let script: Arc<Script> = Arc::new(script);
        let log = seen.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (script, log) = (script.clone(), log.clone());
                tokio::spawn(async move {
                    let _ = serve(stream, script, log).await;
                });
            }
        });
        Hostile { origin, seen }
    }

    pub fn base_url(&self) -> String {
        format!("{}/v1", self.origin)
    }

    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    pub fn count(&self, path_suffix: &str) -> usize {
        self.requests().iter().filter(|r| r.path.ends_with(path_suffix)).count()
    }
}

async fn serve(mut stream: TcpStream, script: Arc<Script>, log: Arc<Mutex<Vec<Seen>>>) -> std::io::Result<()> {
    let mut buf = Vec::new();
    loop {
        // read one request head
        let head_end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            let mut chunk = [0u8; 4096];
            let n = stream.read(&mut chunk).await?;
            if n == 0 {
                return Ok(());
            }
            buf.extend_from_slice(&chunk[..n]);
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
        let mut lines = head.split("\r\n");
        let mut first = lines.next().unwrap_or("").split(' ');
        let method = first.next().unwrap_or("").to_owned();
        let path = first.next().unwrap_or("").to_owned();
        let headers: Vec<(String, String)> =
            lines.filter_map(|l| l.split_once(':').map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))).collect();
        let len = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.parse::<usize>().ok())
            .unwrap_or(0);
        while buf.len() < head_end + len {
            let mut chunk = [0u8; 4096];
            let n = stream.read(&mut chunk).await?;
            if n == 0 {
                return Ok(());
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        let body = buf[head_end..head_end + len].to_vec();
        buf.drain(..head_end + len);
        let seen = Seen { method, path, headers, body };
        log.lock().unwrap().push(seen.clone());
        match script(&seen) {
            Answer::Hang => {
                tokio::time::sleep(Duration::from_secs(3600)).await;
                return Ok(());
            }
            Answer::Full(status, extra, body) => {
                let mut out = format!("HTTP/1.1 {status} X\r\ncontent-length: {}\r\n", body.len());
                for (k, v) in extra {
                    out.push_str(&format!("{k}: {v}\r\n"));
                }
                out.push_str("\r\n");
                stream.write_all(out.as_bytes()).await?;
                stream.write_all(&body).await?;
            }
            Answer::Chunked(status, n) => {
                stream
                    .write_all(format!("HTTP/1.1 {status} X\r\ntransfer-encoding: chunked\r\n\r\n").as_bytes())
                    .await?;
                let block = vec![b'a'; 64 * 1024];
                let mut left = n;
                while left > 0 {
                    let k = left.min(block.len());
                    stream.write_all(format!("{k:x}\r\n").as_bytes()).await?;
                    stream.write_all(&block[..k]).await?;
                    stream.write_all(b"\r\n").await?;
                    left -= k;
                }
                stream.write_all(b"0\r\n\r\n").await?;
            }
        }
    }
}
