//! Test support: the first articles of each topic of the BBC corpus beside
//! the checkout, for tests that check a fast path against its reference on
//! real text. The corpus is test data only and may be absent.

/// Calls `f` with the text of the first `per_topic` files (by name) of each
/// BBC topic folder; says so and calls nothing when the corpus is absent.
pub(super) fn each_article(per_topic: usize, mut f: impl FnMut(&str)) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/bbc");
    let Ok(topics) = std::fs::read_dir(dir) else {
        eprintln!("skipped: {dir} is absent");
        return;
    };
    for topic in topics.flatten().filter(|t| t.path().is_dir()) {
        let mut files: Vec<_> = std::fs::read_dir(topic.path())
            .expect("topic dir reads")
            .flatten()
            .map(|f| f.path())
            .collect();
        files.sort();
        for path in files.iter().take(per_topic) {
            // One corpus file is not UTF-8: it has nothing to check here.
            if let Ok(text) = std::fs::read_to_string(path) {
                f(&text);
            }
        }
    }
}
