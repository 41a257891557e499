//! Generated placeholder.
use crate::operation::*;
/// Every operation.
pub static OPERATIONS: &[Operation] = &[];
