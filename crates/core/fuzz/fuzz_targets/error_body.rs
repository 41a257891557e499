//! Error bodies: any status and bytes give a typed error with a bounded body.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let status = u16::from_le_bytes([data[0], data[1]]) % 1000;
    let e = cloudpirates::Error::from_response(status, &data[2..], None);
    assert_eq!(e.status(), Some(status));
    assert!(e.body().map_or(0, str::len) <= cloudpirates::MAX_ERROR_BODY + 64);
    let _ = (e.to_string(), format!("{e:?}"), e.to_json(), e.class_name());
});
