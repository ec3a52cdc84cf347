//! The built-in passes. See [`crate::pass`] for how passes compose.

mod dedup;
mod quotes;

pub use dedup::Dedup;
pub use quotes::Quotes;

use crate::pass::Pass;

/// The default pipeline, in order.
pub fn default_passes() -> Vec<Box<dyn Pass>> {
    vec![Box::new(Dedup::default()), Box::new(Quotes::default())]
}
