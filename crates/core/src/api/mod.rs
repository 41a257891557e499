//! Generated placeholder.
pub mod operations;
