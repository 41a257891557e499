//! Offset pagination: the `x-Total`/`x-Limit`/`x-Offset` headers, a tolerant `Link` parser,
//! and the rule that decides the next page.

use reqwest::header::HeaderMap;
use url::Url;

/// `limit` and `offset` of a paginated list call. `None` leaves the server's default
/// (limit 20, offset 0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PageParams {
    /// Page size.
    pub limit: Option<u32>,
    /// Items to skip.
    pub offset: Option<u64>,
}

impl PageParams {
    /// A page of `limit` items starting at `offset`.
    pub fn new(limit: u32, offset: u64) -> Self {
        PageParams { limit: Some(limit), offset: Some(offset) }
    }

    pub(crate) fn push_query(&self, q: &mut Vec<(String, String)>) {
        if let Some(l) = self.limit {
            q.push(("limit".into(), l.to_string()));
        }
        if let Some(o) = self.offset {
            q.push(("offset".into(), o.to_string()));
        }
    }
}

/// The `Link` relations of a page, as path-relative or absolute URLs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    /// `rel="first"`
    pub first: Option<String>,
    /// `rel="prev"`
    pub prev: Option<String>,
    /// `rel="next"`
    pub next: Option<String>,
    /// `rel="last"`
    pub last: Option<String>,
}

/// What the server said about a page, and the offset of the next one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageInfo {
    /// `x-Total`: items available.
    pub total: Option<u64>,
    /// `x-Limit`: page size applied.
    pub limit: Option<u64>,
    /// `x-Offset`: offset applied.
    pub offset: Option<u64>,
    /// Offset of the next page, `None` on the last page.
    pub next_offset: Option<u64>,
    /// The parsed `Link` header.
    pub links: Links,
}

/// One page of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// Counters and navigation.
    pub info: PageInfo,
}

impl<T> Page<T> {
    /// True when a further page exists.
    pub fn has_next_page(&self) -> bool {
        self.info.next_offset.is_some()
    }
}

/// Parses a `Link` header, tolerating missing commas, line breaks and odd spacing.
/// Unknown relations are ignored; the first occurrence of a relation wins.
pub fn parse_link_header(raw: &str) -> Links {
    let mut links = Links::default();
    let mut rest = raw;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('>') else { break };
        let target = after[..end].trim().to_owned();
        let params_and_more = &after[end + 1..];
        // Parameters run until the next `<` (a missing comma is tolerated).
        let params_end = params_and_more.find('<').unwrap_or(params_and_more.len());
        let params = &params_and_more[..params_end];
        for rel in rels(params) {
            let slot = match rel.as_str() {
                "first" => &mut links.first,
                "prev" | "previous" => &mut links.prev,
                "next" => &mut links.next,
                "last" => &mut links.last,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(target.clone());
            }
        }
        rest = &params_and_more[params_end..];
    }
    links
}

fn rels(params: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in params.split([';', ',']) {
        let part = part.trim();
        let Some((k, v)) = part.split_once('=') else { continue };
        if k.trim().eq_ignore_ascii_case("rel") {
            let v = v.trim().trim_matches('"');
            out.extend(v.split_whitespace().map(|s| s.to_ascii_lowercase()));
        }
    }
    out
}

fn header_u64(headers: &HeaderMap, name: &str) -> Option<u64> {
    headers.get(name)?.to_str().ok()?.trim().parse().ok()
}

/// Reads a link's `offset` (and checks it stays on the API's origin).
fn link_offset(link: &str, base: &Url) -> Option<u64> {
    let url = base.join(link.trim()).ok()?;
    if url.origin() != base.origin() {
        return None;
    }
    url.query_pairs().find(|(k, _)| k == "offset").and_then(|(_, v)| v.parse().ok())
}

/// Builds the page info from the response headers of a list call that asked for
/// `requested_offset` and received `item_count` items.
///
/// The next offset comes from the counters when all three are present (`x-Offset +
/// x-Limit < x-Total`), otherwise from a same-origin `next` link; it must advance past the
/// current offset, and an empty page always ends the list.
pub fn page_info(headers: &HeaderMap, base: &Url, requested_offset: u64, item_count: usize) -> PageInfo {
    let total = header_u64(headers, "x-total");
    let limit = header_u64(headers, "x-limit");
    let offset = header_u64(headers, "x-offset");
    let links =
        headers.get_all(reqwest::header::LINK).iter().filter_map(|v| v.to_str().ok()).map(parse_link_header).fold(
            Links::default(),
            |mut acc, l| {
                acc.first = acc.first.or(l.first);
                acc.prev = acc.prev.or(l.prev);
                acc.next = acc.next.or(l.next);
                acc.last = acc.last.or(l.last);
                acc
            },
        );
    let current = offset.unwrap_or(requested_offset);
    let next_offset = if item_count == 0 {
        None
    } else {
        match (total, limit) {
            (Some(total), Some(limit)) if limit > 0 => {
                let next = current.saturating_add(limit);
                (next < total).then_some(next)
            }
            _ => links.next.as_deref().and_then(|l| link_offset(l, base)),
        }
    };
    let next_offset = next_offset.filter(|n| *n > current);
    PageInfo { total, limit, offset, next_offset, links }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn base() -> Url {
        Url::parse("https://api.cloudpirates.io/v1").unwrap()
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn parses_the_documented_example() {
        let l = parse_link_header(
            r#"</v1/trainings?limit=20&offset=0>; rel="first", </v1/trainings?limit=20&offset=20>; rel="prev", </v1/trainings?limit=20&offset=40>; rel="next", </v1/trainings?limit=20&offset=80>; rel="last""#,
        );
        assert_eq!(l.first.as_deref(), Some("/v1/trainings?limit=20&offset=0"));
        assert_eq!(l.prev.as_deref(), Some("/v1/trainings?limit=20&offset=20"));
        assert_eq!(l.next.as_deref(), Some("/v1/trainings?limit=20&offset=40"));
        assert_eq!(l.last.as_deref(), Some("/v1/trainings?limit=20&offset=80"));
    }

    #[test]
    fn tolerates_missing_commas_and_line_breaks() {
        let raw = "</api/trainings?limit=20&offset=0>; rel=\"first\",\n  </api/trainings?limit=20&offset=20>; rel=\"prev\"\n  </api/trainings?limit=20&offset=60>; rel=\"next\",\n</api/trainings?limit=20&offset=80>; rel=\"last\"";
        let l = parse_link_header(raw);
        assert_eq!(l.prev.as_deref(), Some("/api/trainings?limit=20&offset=20"));
        assert_eq!(l.next.as_deref(), Some("/api/trainings?limit=20&offset=60"));
        assert_eq!(l.last.as_deref(), Some("/api/trainings?limit=20&offset=80"));
    }

    #[test]
    fn api_prefix_links_are_followed_when_counters_are_missing() {
        let h = headers(&[("link", r#"</api/trainings?limit=20&offset=20>; rel="next""#)]);
        assert_eq!(page_info(&h, &base(), 0, 20).next_offset, Some(20));
    }

    #[test]
    fn counters_win_over_an_inconsistent_link() {
        // The documented example: offset 20 and 40 cannot both neighbour one page.
        let h = headers(&[
            ("x-total", "100"),
            ("x-limit", "20"),
            ("x-offset", "20"),
            ("link", r#"</v1/t?limit=20&offset=20>; rel="prev", </v1/t?limit=20&offset=60>; rel="next""#),
        ]);
        assert_eq!(page_info(&h, &base(), 20, 20).next_offset, Some(40));
    }

    #[test]
    fn last_page_has_no_next() {
        let h = headers(&[("x-total", "100"), ("x-limit", "20"), ("x-offset", "80")]);
        assert_eq!(page_info(&h, &base(), 80, 20).next_offset, None);
        let h = headers(&[("x-total", "0"), ("x-limit", "20"), ("x-offset", "0")]);
        assert_eq!(page_info(&h, &base(), 0, 0).next_offset, None);
    }

    #[test]
    fn foreign_origin_and_non_advancing_links_are_ignored() {
        let h = headers(&[("link", r#"<https://evil.example/v1/t?offset=40>; rel="next""#)]);
        assert_eq!(page_info(&h, &base(), 0, 20).next_offset, None);
        let h = headers(&[("link", r#"</v1/t?offset=0>; rel="next""#)]);
        assert_eq!(page_info(&h, &base(), 0, 20).next_offset, None);
        let h = headers(&[("link", r#"</v1/t?offset=20>; rel="next""#)]);
        assert_eq!(page_info(&h, &base(), 40, 20).next_offset, None);
    }

    #[test]
    fn an_empty_page_ends_the_list() {
        let h = headers(&[("x-total", "100"), ("x-limit", "20"), ("x-offset", "0")]);
        assert_eq!(page_info(&h, &base(), 0, 0).next_offset, None);
    }

    #[test]
    fn no_headers_means_a_single_page() {
        assert_eq!(page_info(&HeaderMap::new(), &base(), 0, 5), PageInfo::default());
    }

    proptest::proptest! {
        #[test]
        fn link_parser_never_panics(s in "\\PC*") {
            let _ = parse_link_header(&s);
        }

        #[test]
        fn link_parser_never_panics_on_link_like_input(s in "[<>;,=\" a-z/?&0-9\n]{0,120}") {
            let l = parse_link_header(&s);
            if let Some(n) = l.next { let _ = link_offset(&n, &base()); }
        }

        #[test]
        fn next_offset_always_advances(total in 0u64..10_000, limit in 0u64..500, offset in 0u64..10_000, items in 0usize..50) {
            let h = headers(&[("x-total", &total.to_string()), ("x-limit", &limit.to_string()), ("x-offset", &offset.to_string())]);
            let info = page_info(&h, &base(), offset, items);
            if let Some(n) = info.next_offset {
                proptest::prop_assert!(n > offset && n < total);
            }
        }
    }
}
