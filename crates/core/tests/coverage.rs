//! The typed API covers the OpenAPI description exactly, and `operations.rs` calls every
//! operation.

use std::collections::BTreeSet;

const SPEC: &str = include_str!("../../../openapi/cloudpirates.yaml");
const CALLS: &str = include_str!("operations.rs");

fn spec_ids() -> BTreeSet<String> {
    SPEC.lines()
        .filter_map(|l| l.trim().strip_prefix("operationId:"))
        .map(|s| s.trim().trim_matches(|c| c == '"' || c == '\'').to_owned())
        .collect()
}

#[test]
fn every_operation_id_has_a_method_and_every_method_an_operation_id() {
    let spec = spec_ids();
    assert_eq!(spec.len(), 72);
    let core: BTreeSet<String> = cloudpirates::operations().iter().map(|o| o.id.to_owned()).collect();
    let missing: Vec<_> = spec.difference(&core).collect();
    let extra: Vec<_> = core.difference(&spec).collect();
    assert!(missing.is_empty(), "operations without a method: {missing:?}");
    assert!(extra.is_empty(), "methods without an operationId: {extra:?}");
}

#[test]
fn the_operations_test_calls_every_operation() {
    // Chains may be wrapped over several lines: compare without white space.
    let calls: String = CALLS.chars().filter(|c| !c.is_whitespace()).collect();
    let missing: Vec<String> = spec_ids()
        .into_iter()
        .filter(|id| {
            let chain: String = id.split('.').map(|s| format!(".{s}(")).collect::<Vec<_>>().join(")");
            !calls.contains(&chain)
        })
        .collect();
    assert!(missing.is_empty(), "operations never called in tests/operations.rs: {missing:?}");
}
