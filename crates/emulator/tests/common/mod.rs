//! Shared helpers for the emulator's HTTP tests.
#![allow(dead_code)]

use cloudpirates_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use reqwest::Method;
use serde_json::{Value, json};

pub const DEMO_KEY: &str = "cpk_demo_5f3c1e9a7b2d4c6e8f0a1b3c5d7e9f10";
pub const SECOND_KEY: &str = "cpk_second_8e1d2c3b4a5f60718293a4b5c6d7e8f9";
pub const VIEWER_KEY: &str = "cpk_viewer_0a9b8c7d6e5f40312233445566778899";
pub const WS: &str = "6571f2b1e4b0a1a2b3c4d5e6";
pub const CLUSTER: &str = "6571f2b1e4b0a1a2b3c4d5e8";

#[derive(Clone, Copy)]
pub enum Auth<'a> {
    None,
    Key(&'a str),
    Bearer(&'a str),
}

pub struct Resp {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string)
    }
}

pub struct T {
    pub emu: EmulatorHandle,
    pub http: reqwest::Client,
}

pub async fn start(cfg: EmulatorConfig) -> T {
    let emu = Emulator::start(cfg).await.expect("start emulator");
    T { emu, http: reqwest::Client::new() }
}

pub async fn start_default() -> T {
    start(EmulatorConfig::fast()).await
}

impl T {
    pub async fn req(&self, method: &str, path: &str, auth: Auth<'_>, body: Option<Value>) -> Resp {
        self.try_req(method, path, auth, body).await.expect("request failed")
    }

    pub async fn try_req(
        &self,
        method: &str,
        path: &str,
        auth: Auth<'_>,
        body: Option<Value>,
    ) -> Result<Resp, reqwest::Error> {
        let url = format!("{}{}", self.emu.origin(), path);
        let mut rb = self.http.request(Method::from_bytes(method.as_bytes()).unwrap(), url);
        match auth {
            Auth::None => {}
            Auth::Key(k) => rb = rb.header("Authorization", format!("ApiKey {k}")),
            Auth::Bearer(t) => rb = rb.header("Authorization", format!("Bearer {t}")),
        }
        if let Some(b) = body {
            rb = rb.json(&b);
        }
        let r = rb.send().await?;
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let bytes = r.bytes().await?;
        let body = if bytes.is_empty() { Value::Null } else { serde_json::from_slice(&bytes).unwrap_or(Value::Null) };
        Ok(Resp { status, headers, body })
    }

    pub async fn get(&self, path: &str, auth: Auth<'_>) -> Resp {
        self.req("GET", path, auth, None).await
    }

    pub async fn post(&self, path: &str, auth: Auth<'_>, body: Value) -> Resp {
        self.req("POST", path, auth, Some(body)).await
    }

    pub async fn login(&self, email: &str, password: &str) -> Value {
        let r = self.post("/v1/auth/login", Auth::None, json!({"email": email, "password": password})).await;
        assert_eq!(r.status, 200, "login {email}: {}", r.body);
        r.body
    }

    pub async fn bearer(&self, email: &str, password: &str) -> String {
        self.login(email, password).await["accessToken"].as_str().expect("access token").to_string()
    }

    pub async fn demo_bearer(&self) -> String {
        self.bearer("demo@cloudpirates.test", "Demo-Passw0rd!").await
    }

    pub async fn second_bearer(&self) -> String {
        self.bearer("second@cloudpirates.test", "Second-Passw0rd!").await
    }

    pub async fn control(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let r = self.req(method, path, Auth::None, body).await;
        assert_eq!(r.status, 200, "{method} {path}: {}", r.body);
        r.body
    }

    pub async fn set_config(&self, patch: Value) -> Value {
        self.control("PUT", "/_emulator/config", Some(patch)).await
    }

    pub async fn counters(&self) -> Value {
        self.control("GET", "/_emulator/counters", None).await
    }
}
