//! `Retry-After` and `retry-after-ms`: any value parses to nothing or to a duration that can be
//! added to an instant.
#![no_main]
use libfuzzer_sys::fuzz_target;
use reqwest::header::{HeaderMap, HeaderValue};

fuzz_target!(|data: &[u8]| {
    let (a, b) = data.split_at(data.len() / 2);
    let mut h = HeaderMap::new();
    if let Ok(v) = HeaderValue::from_bytes(a) {
        h.insert("retry-after", v);
    }
    if let Ok(v) = HeaderValue::from_bytes(b) {
        h.insert("retry-after-ms", v);
    }
    if let Some(d) = cloudpirates::__private::parse_retry_after(&h) {
        assert!(std::time::Instant::now().checked_add(d).is_some());
    }
});
