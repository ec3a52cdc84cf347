//! The built-in passes. See [`crate::pass`] for how passes compose.

mod boilerplate;
mod dedup;

pub use boilerplate::{Boilerplate, Kind, Rule};
pub use dedup::{normalized_eq, Dedup};

use crate::pass::Pass;

/// The default pipeline, in order.
pub fn default_passes() -> Vec<Box<dyn Pass>> {
    vec![Box::new(Boilerplate::default()), Box::new(Dedup::default())]
}
