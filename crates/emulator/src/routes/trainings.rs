//! Trainings (read-only seed data).

use crate::errors::HResult;
use crate::paging;
use crate::request::Ctx;
use crate::request::Handler;
use crate::state::State;

/// Handler of a `trainings.*` operation.
pub fn handler(id: &str) -> Option<Handler> {
    match id {
        "trainings.list" => Some(Handler::Read(list)),
        _ => None,
    }
}

fn list(ctx: &Ctx, st: &State) -> HResult {
    paging::page(ctx, &st.trainings)
}
