//! The catalogue of operations: the generated tables of `api/operations.rs` behind the
//! functions the rest of the crate and the bindings use (`operation.rs` holds only the types,
//! so the generated table and the types do not import each other).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::api::operations::{NOTES, OPERATIONS};
use crate::operation::{Operation, OperationNotes};

const NO_NOTES: OperationNotes = OperationNotes {
    skeleton: None,
    response_fields: &[],
    aliases: &[],
    never_answers: None,
    lookup_key: None,
    read_back: None,
};

/// The notes of `op`: by position in the table (operations are `&'static` entries of it), or
/// by id for an operation built by hand.
pub(crate) fn notes(op: &Operation) -> &'static OperationNotes {
    let base = OPERATIONS.as_ptr() as usize;
    let at = op as *const Operation as usize;
    let size = std::mem::size_of::<Operation>();
    let index = if at >= base && (at - base).is_multiple_of(size) && (at - base) / size < OPERATIONS.len() {
        Some((at - base) / size)
    } else {
        OPERATIONS.iter().position(|o| o.id == op.id)
    };
    index.and_then(|i| NOTES.get(i)).unwrap_or(&NO_NOTES)
}

/// Every operation the SDK covers.
pub fn operations() -> &'static [Operation] {
    OPERATIONS
}

/// Looks an operation up by its dotted id (through a map built once).
pub fn operation(id: &str) -> Option<&'static Operation> {
    static BY_ID: OnceLock<HashMap<&'static str, &'static Operation>> = OnceLock::new();
    BY_ID.get_or_init(|| OPERATIONS.iter().map(|o| (o.id, o)).collect()).get(id).copied()
}
