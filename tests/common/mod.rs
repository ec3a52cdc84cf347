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

/// The articles the corpus-wide checks read (bbc, the multi-site set and
/// PolNeAR dev, beside the checkout), sorted; None, saying so, when the
/// corpus is absent.
// (Each test crate builds this module; not every one asks for these.)
#[allow(dead_code)]
pub fn corpus_articles() -> Option<Vec<PathBuf>> {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    if !root.is_dir() {
        eprintln!("skipping: corpus {} is absent", root.display());
        return None;
    }
    let mut files = Vec::new();
    for dir in ["bbc", "newspaper", "polnear/dev/text"] {
        files_under(&root.join(dir), &mut files);
    }
    files.sort();
    Some(files)
}
