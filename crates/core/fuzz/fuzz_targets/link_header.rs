//! `Link` headers: any text parses, and every link found is a part of the header.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let links = cloudpirates::__private::parse_link_header(text);
        for l in [links.first, links.prev, links.next, links.last].into_iter().flatten() {
            assert!(text.contains(l.as_str()));
        }
    }
});
