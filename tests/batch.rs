//! The batch example's own tests (its directory walk, its JSON writer),
//! run with the crate's tests: the example is compiled here as a module.

#[allow(dead_code)]
#[path = "../examples/batch.rs"]
mod batch;
