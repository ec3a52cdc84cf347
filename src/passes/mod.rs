//! The built-in passes. See [`crate::pass`] for how passes compose.

mod boilerplate;
mod dedup;
mod quotes;

pub use boilerplate::{Boilerplate, Kind, Rule};
pub use dedup::{normalized_eq, Dedup};
pub use quotes::Quotes;

use crate::pass::Pass;

/// The default pipeline, in order: boilerplate first, so that a repeated
/// trailer is not taken for a duplicate; quotes last, over kept paragraphs.
pub fn default_passes() -> Vec<Box<dyn Pass>> {
    vec![
        Box::new(Boilerplate::default()),
        Box::new(Dedup::default()),
        Box::new(Quotes::default()),
    ]
}
