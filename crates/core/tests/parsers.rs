//! Property tests of every parser of server input: whatever a server sends, parsing never
//! panics and keeps its documented promises.

use cloudpirates::__private::{page_info, parse_link_header, parse_retry_after};
use cloudpirates::Error;
use proptest::prelude::*;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

fn headers(pairs: &[(&'static str, &[u8])]) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (k, v) in pairs {
        if let Ok(v) = HeaderValue::from_bytes(v) {
            h.append(HeaderName::from_static(k), v);
        }
    }
    h
}

/// Header-ish text: printable ASCII with the characters Link and numbers are made of.
fn header_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,200}",
        r#"(<[/a-z0-9?=&.:_-]{0,40}>; ?rel="?(first|prev|next|last|self)"?[,\n ]{0,3}){0,6}"#,
        "[0-9eE.+-]{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn link_headers_never_panic(raw in header_text()) {
        let links = parse_link_header(&raw);
        for l in [links.first, links.prev, links.next, links.last].into_iter().flatten() {
            prop_assert!(raw.contains(l.as_str()), "a link is a part of the header: {l}");
        }
    }

    #[test]
    fn retry_after_never_panics_and_is_never_negative(secs in header_text(), ms in header_text(), f in any::<f64>()) {
        for h in [
            headers(&[("retry-after", secs.as_bytes())]),
            headers(&[("retry-after-ms", ms.as_bytes())]),
            headers(&[("retry-after", f.to_string().as_bytes())]),
            headers(&[("retry-after-ms", f.to_string().as_bytes()), ("retry-after", secs.as_bytes())]),
        ] {
            if let Some(d) = parse_retry_after(&h) {
                // a hint is a duration a caller can add to an instant without overflow
                prop_assert!(std::time::Instant::now().checked_add(d).is_some());
            }
        }
    }

    #[test]
    fn page_headers_never_panic_and_next_moves_forward(
        total in header_text(), limit in header_text(), offset in header_text(), link in header_text(),
        requested in any::<u64>(), items in 0usize..500,
    ) {
        let h = headers(&[
            ("x-total", total.as_bytes()), ("x-limit", limit.as_bytes()),
            ("x-offset", offset.as_bytes()), ("link", link.as_bytes()),
        ]);
        let base = url::Url::parse("https://api.cloudpirates.io/v1").unwrap();
        let info = page_info(&h, &base, requested, items);
        let current = info.offset.unwrap_or(requested);
        if let Some(next) = info.next_offset {
            prop_assert!(next > current, "the next page is after this one");
            prop_assert!(items > 0, "an empty page ends the list");
        }
    }

    #[test]
    fn error_bodies_never_panic_and_stay_bounded(status in 100u16..1000, body in proptest::collection::vec(any::<u8>(), 0..20_000)) {
        let e = Error::from_response(status, &body, Some("req-1".into()));
        prop_assert_eq!(e.status(), Some(status));
        prop_assert!(e.body().map_or(0, str::len) <= cloudpirates::MAX_ERROR_BODY + 64);
        let _ = (e.to_string(), format!("{e:?}"), e.to_json(), e.class_name());
    }

    #[test]
    fn json_shaped_error_bodies_never_panic(
        status in 400u16..600,
        message in "[ -~]{0,60}",
        keyword in prop_oneof![Just("required".to_owned()), Just("enum".to_owned()), "[a-z]{0,8}"],
        as_array in any::<bool>(), code_key in any::<bool>(),
    ) {
        let item = serde_json::json!({
            if code_key { "code" } else { "status" }: status, "message": message, "keyword": keyword,
            "instancePath": "/x", "params": {"missingProperty": "x"}, "path": "p", "expected": 1,
        });
        let body = if as_array { serde_json::json!([item, item]) } else { item };
        let e = Error::from_response(status, body.to_string().as_bytes(), None);
        prop_assert_eq!(e.status(), Some(status));
    }
}
