//! Page headers: any `x-Total`/`x-Limit`/`x-Offset`/`Link` give page info whose next page is
//! after the current one.
#![no_main]
use libfuzzer_sys::fuzz_target;
use reqwest::header::{HeaderMap, HeaderValue};

fuzz_target!(|data: &[u8]| {
    let parts: Vec<&[u8]> = data.splitn(5, |b| *b == b'\n').collect();
    let mut h = HeaderMap::new();
    for (name, v) in ["x-total", "x-limit", "x-offset", "link"].iter().zip(parts.iter()) {
        if let Ok(v) = HeaderValue::from_bytes(v) {
            h.insert(*name, v);
        }
    }
    let requested = parts.get(4).map_or(0, |p| p.len() as u64 * 7);
    let base = url::Url::parse("https://api.cloudpirates.io/v1").unwrap();
    let info = cloudpirates::__private::page_info(&h, &base, requested, data.len() % 30);
    if let Some(next) = info.next_offset {
        assert!(next > info.offset.unwrap_or(requested));
    }
});
