//! Support shared by the integration tests that read the corpus.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.txt` file under `dir`, recursively, appended to `out`; nothing
/// when `dir` cannot be read.
pub fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files_under(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}
