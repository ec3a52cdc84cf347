//! Parses many articles on all cores and writes one JSON object a line.
//!
//!     cargo run --release --example batch -- DIR            # every .txt under DIR
//!     cargo run --release --example batch -- FILE.jsonl     # {"text": "..."} a line
//!     cargo run --release --example batch -- --threads 1 --out out.jsonl DIR
//!
//! Each output line is the article JSON of the contract (see `parse`) with an
//! `id` field first: the file path, or `FILE:LINE` for JSON Lines input.
//! Output keeps input order. Inputs that fail (not UTF-8, empty, bad JSON)
//! are reported on stderr and counted; they never stop the run. Progress goes
//! to stderr every second when it is a terminal or once the run passes two
//! seconds, and a summary line ends every run.

#[path = "support/compact_json.rs"]
mod compact_json;

use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

/// Work is handed out in chunks of about this many input bytes, small enough
/// to balance threads and large enough that the queue costs nothing. The
/// output buffers, reused from chunk to chunk, are about twice this: kept
/// small, they are page-faulted in once and stay in cache.
const CHUNK_BYTES: u64 = 64 << 10;
/// The most bytes written at once. A pipe holds 64 KiB: a larger write
/// fills it and then waits on the reader page by page, while smaller ones
/// mostly find room (on a 2-core machine, `dd` moved 10 MB through a pipe
/// to a reader in 10 ms in 128 KiB writes, in 3.6 ms in 32 KiB ones).
const WRITE_BYTES: usize = 16 << 10;
/// Most items in a chunk, so that a chunk of tiny files still reports often.
const CHUNK_ITEMS: usize = 256;
/// What a file counts for in a chunk's bytes. Its size is not known until
/// it is read: asking for it by path (`DirEntry::metadata`) is a second
/// walk of the path, a third of the time the files take to read. A news
/// article is a couple of KiB, so files go some thirty to a chunk.
const FILE_BYTES_GUESS: u64 = 2 << 10;

const USAGE: &str = "usage: batch [--threads N] [--out FILE] INPUT...
  INPUT  a directory (every .txt file under it, recursively)
         or a JSON Lines file ({\"text\": \"...\"} a line)";

struct Options {
    threads: usize,
    out: Option<PathBuf>,
    inputs: Vec<PathBuf>,
}

fn options() -> Result<Options, String> {
    let mut threads = None;
    let mut out = None;
    let mut inputs = Vec::new();
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        match a.to_str() {
            Some("-h" | "--help") => return Err(USAGE.to_string()),
            Some("--threads" | "-j") => {
                let n = args.next().ok_or("--threads needs a number")?;
                let n = n
                    .to_str()
                    .and_then(|s| s.parse().ok())
                    .filter(|&n: &usize| n > 0)
                    .ok_or_else(|| format!("--threads: not a positive number: {n:?}"))?;
                threads = Some(n);
            }
            Some("--out" | "-o") => out = Some(args.next().ok_or("--out needs a file")?.into()),
            _ => inputs.push(PathBuf::from(a)),
        }
    }
    if inputs.is_empty() {
        return Err(USAGE.to_string());
    }
    // Asked only when not given: finding the cores reads the process's
    // cgroup files, several system calls a one-thread run has no use for.
    let threads =
        threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    Ok(Options {
        threads,
        out,
        inputs,
    })
}

/// One article to parse: a file (its path, a range of [`Work::names`]),
/// or a line of a JSON Lines buffer.
enum Item {
    File(Range<usize>),
    Line {
        buf: usize,
        line: usize,
        range: Range<usize>,
    },
}

/// Everything to parse, cut into chunks.
struct Work {
    items: Vec<Item>,
    /// The paths of the files, one after another: one buffer where a path
    /// apiece was an allocation, and a free at the end. Text when all of
    /// it is UTF-8 (checked once, not once a file for the file's id).
    names: Result<String, Vec<u8>>,
    /// JSON Lines files, read whole; `Item::Line` points into them.
    bufs: Vec<(PathBuf, Vec<u8>)>,
    chunks: Vec<Range<usize>>,
    /// The input bytes of each chunk (guessed for files), to size its
    /// output buffer.
    chunk_bytes: Vec<u64>,
}

/// Appends the path of every `.txt` file under `dir` to `names`, and its
/// range there to `out`, in byte order of the paths.
///
/// The order is made a directory at a time: two paths under `dir` first
/// differ where their entries of `dir` do, and compare there as the
/// entries' names do with a separator after a directory's. Sorting the
/// names of one directory, short and mostly told apart by their first
/// eight bytes, costs less than sorting the whole paths, which share
/// their start.
fn collect_txt(
    dir: &Path,
    names: &mut Vec<u8>,
    out: &mut Vec<Range<usize>>,
) -> std::io::Result<()> {
    let dir_bytes = dir.as_os_str().as_encoded_bytes();
    // The path `DirEntry::path` makes, `dir.join(name)`, written into
    // `names` for the files.
    let sep = !dir_bytes
        .last()
        .is_some_and(|&b| std::path::is_separator(char::from(b)));
    // The entries to visit: their sort keys one after another in `keys`,
    // each key's range there and, for a directory, its path in `dirs`.
    let (mut keys, mut entries, mut dirs) = (Vec::new(), Vec::new(), Vec::new());
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let is_dir = e.file_type()?.is_dir();
        let name = e.file_name();
        // `Path::extension() == Some("txt")`, read off the name's bytes:
        // `.txt` alone is a name with no extension.
        let name = name.as_encoded_bytes();
        if is_dir || (name.len() > 4 && name.ends_with(b".txt")) {
            let start = keys.len();
            keys.extend_from_slice(name);
            let dir = is_dir.then(|| {
                keys.extend_from_slice(std::path::MAIN_SEPARATOR_STR.as_bytes());
                dirs.push(e.path());
                dirs.len() - 1
            });
            entries.push((start..keys.len(), dir));
        }
    }
    // The key of an entry is its name, and a separator after a directory's
    // (what follows the name in the paths under it): sorted on its first
    // eight bytes as a number, ties (rare) broken on the whole key.
    let mut order: Vec<(u64, usize)> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let key = &keys[e.0.clone()];
            let mut head = [0u8; 8];
            let n = key.len().min(8);
            head[..n].copy_from_slice(&key[..n]);
            (u64::from_be_bytes(head), i)
        })
        .collect();
    let key = |i: usize| &keys[entries[i].0.clone()];
    order.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| key(a.1).cmp(key(b.1))));
    for (_, i) in order {
        let (range, sub) = &entries[i];
        if let Some(sub) = *sub {
            collect_txt(&dirs[sub], names, out)?;
            continue;
        }
        let name = &keys[range.clone()];
        let start = names.len();
        names.extend_from_slice(dir_bytes);
        if sep {
            names.extend_from_slice(std::path::MAIN_SEPARATOR_STR.as_bytes());
        }
        names.extend_from_slice(name);
        debug_assert_eq!(path_of(&names[start..]), dir.join(path_of(name)));
        debug_assert_eq!(path_of(&names[start..]).extension(), Some("txt".as_ref()));
        out.push(start..names.len());
    }
    Ok(())
}

/// The path whose bytes (as `OsStr::as_encoded_bytes` gives them) are `b`.
#[cfg(unix)]
fn path_of(b: &[u8]) -> &Path {
    use std::os::unix::ffi::OsStrExt;
    Path::new(std::ffi::OsStr::from_bytes(b))
}

/// The path whose bytes (as `OsStr::as_encoded_bytes` gives them) are `b`;
/// a path that is not Unicode is read as the empty path, which fails to
/// open and is reported.
#[cfg(not(unix))]
fn path_of(b: &[u8]) -> &Path {
    Path::new(std::str::from_utf8(b).unwrap_or(""))
}

impl Work {
    /// The path of the file at `range` of [`Work::names`], and its id: the
    /// path as text, read off the names' text when it is a slice of it.
    fn file(&self, range: &Range<usize>) -> (&Path, std::borrow::Cow<'_, str>) {
        let bytes = match &self.names {
            Ok(text) => match text.get(range.clone()) {
                Some(path) => return (Path::new(path), std::borrow::Cow::Borrowed(path)),
                None => text.as_bytes(),
            },
            Err(bytes) => bytes,
        };
        let path = path_of(&bytes[range.clone()]);
        (path, path.to_string_lossy())
    }
}

fn gather(inputs: &[PathBuf]) -> Result<Work, String> {
    let mut names = Vec::new();
    let mut work = Work {
        items: Vec::new(),
        names: Ok(String::new()),
        bufs: Vec::new(),
        chunks: Vec::new(),
        chunk_bytes: Vec::new(),
    };
    let mut sizes = Vec::new();
    for input in inputs {
        let meta = std::fs::metadata(input).map_err(|e| format!("{}: {e}", input.display()))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            // In byte order of the paths: stable across runs.
            collect_txt(input, &mut names, &mut files)
                .map_err(|e| format!("{}: {e}", input.display()))?;
            debug_assert!(files
                .windows(2)
                .all(|w| names[w[0].clone()] < names[w[1].clone()]));
            sizes.extend(files.iter().map(|_| FILE_BYTES_GUESS));
            work.items.extend(files.into_iter().map(Item::File));
        } else if input.extension().is_some_and(|x| x == "txt") {
            let start = names.len();
            names.extend_from_slice(input.as_os_str().as_encoded_bytes());
            work.items.push(Item::File(start..names.len()));
            sizes.push(meta.len());
        } else {
            let bytes = std::fs::read(input).map_err(|e| format!("{}: {e}", input.display()))?;
            let buf = work.bufs.len();
            let mut start = 0;
            for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
                let range = start..start + line.len();
                start = range.end + 1;
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                sizes.push(line.len() as u64);
                work.items.push(Item::Line {
                    buf,
                    line: n + 1,
                    range,
                });
            }
            work.bufs.push((input.clone(), bytes));
        }
    }
    work.names = String::from_utf8(names).map_err(|e| e.into_bytes());
    let (mut start, mut bytes) = (0, 0);
    for (i, len) in sizes.iter().enumerate() {
        bytes += len;
        if bytes >= CHUNK_BYTES || i + 1 - start >= CHUNK_ITEMS {
            work.chunks.push(start..i + 1);
            work.chunk_bytes.push(bytes);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < sizes.len() {
        work.chunks.push(start..sizes.len());
        work.chunk_bytes.push(bytes);
    }
    Ok(work)
}

#[derive(Default, Clone, Copy)]
struct Stats {
    articles: u64,
    bytes: u64,
    quotes: u64,
    speakers: u64,
    failures: u64,
}

impl Stats {
    fn add(&mut self, o: &Stats) {
        self.articles += o.articles;
        self.bytes += o.bytes;
        self.quotes += o.quotes;
        self.speakers += o.speakers;
        self.failures += o.failures;
    }

    fn line(&self, secs: f64) -> String {
        let mb = self.bytes as f64 / 1e6;
        format!(
            "{} articles, {:.1} MB, {:.1} MB/s, {} quotes, {} speakers resolved, {} failures",
            self.articles,
            mb,
            mb / secs.max(1e-9),
            self.quotes,
            self.speakers,
            self.failures
        )
    }
}

/// What a worker hands back for one chunk.
struct Done {
    chunk: usize,
    json: Vec<u8>,
    errors: Vec<String>,
    stats: Stats,
}

#[derive(Deserialize)]
struct JsonLine {
    text: String,
}

/// Appends the file at `path` to `buf`, whose first `at` bytes are kept,
/// returning the file's length.
///
/// `buf` keeps its length from chunk to chunk, so its bytes are zeroed
/// only when it grows: the file is read until a read returns nothing, most
/// often in two reads, the second one empty. Its size is never asked for:
/// that is a system call as dear as the empty read, and by path
/// (`fs::metadata`) a walk of the path as dear as the open.
fn read_file(path: &Path, buf: &mut Vec<u8>, at: usize) -> std::io::Result<usize> {
    const ROOM: usize = 64 << 10;
    let mut file = std::fs::File::open(path)?;
    if buf.len() < at + ROOM {
        buf.resize(at + ROOM, 0);
    }
    let mut n = at;
    loop {
        if n == buf.len() {
            buf.resize(2 * n, 0);
        }
        match file.read(&mut buf[n..]) {
            Ok(0) => return Ok(n - at),
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

/// Where an item's text is once it is read: a range of the chunk's file
/// buffer, a JSON line's decoded text, or the message for stderr.
enum Text {
    File(Range<usize>),
    Line(String),
    Failed(String),
}

/// Reads `item`: a file is appended to `buf`, whose first `at` bytes are
/// kept.
fn read_item(work: &Work, item: &Item, buf: &mut Vec<u8>, at: usize, stats: &mut Stats) -> Text {
    match item {
        Item::File(range) => {
            let (path, id) = work.file(range);
            match read_file(path, buf, at) {
                Ok(len) => {
                    stats.bytes += len as u64;
                    Text::File(at..at + len)
                }
                Err(e) => Text::Failed(format!("{id}: {e}")),
            }
        }
        Item::Line { buf, line, range } => {
            let (path, bytes) = &work.bufs[*buf];
            let raw = &bytes[range.clone()];
            stats.bytes += raw.len() as u64;
            match serde_json::from_slice::<JsonLine>(raw) {
                Ok(rec) => Text::Line(rec.text),
                Err(e) => Text::Failed(format!("{}:{line}: {e}", path.display())),
            }
        }
    }
}

/// The id of an item: its file path, or `FILE:LINE`.
fn item_id<'w>(work: &'w Work, item: &Item) -> std::borrow::Cow<'w, str> {
    match item {
        Item::File(range) => work.file(range).1,
        Item::Line { buf, line, .. } => {
            std::borrow::Cow::Owned(format!("{}:{line}", work.bufs[*buf].0.display()))
        }
    }
}

/// Output buffers the writer is done with, for the next chunks: reused,
/// they are not page-faulted in again for every chunk.
type Spare = Mutex<Vec<Vec<u8>>>;

/// Parses the items of chunk `chunk` into `json` (a spare buffer, empty).
fn parse_chunk(
    work: &Work,
    pipeline: &newsparse::Parser,
    chunk: usize,
    mut json: Vec<u8>,
    buf: &mut Vec<u8>,
) -> Done {
    let range = work.chunks[chunk].clone();
    // The JSON of an article is about twice its text, with some
    // hundred bytes of its own: room for the chunk's saves growing the
    // buffer through its doublings.
    let items = (range.len() as u64) << 9;
    let want = usize::try_from(2 * work.chunk_bytes[chunk] + items).unwrap_or(0);
    json.reserve(want);
    let mut done = Done {
        chunk,
        json,
        errors: Vec::new(),
        stats: Stats::default(),
    };
    let mut rest = &work.items[range];
    while !rest.is_empty() {
        rest = parse_group(work, pipeline, rest, buf, &mut done);
    }
    done
}

/// Parses the first items of `items` into `done`, as many as make about
/// [`CHUNK_BYTES`] of text (at least one), and returns the others.
///
/// It goes a stage at a time over them: every file read, then the grammar
/// over every text, then each pass over every article, then their JSON.
/// Each stage's code then stays in the instruction cache from one article
/// to the next, instead of the whole pipeline (and the kernel's file
/// reading between articles) passing through it for each one. Their texts
/// are all held at once: one buffer of files from chunk to chunk, a string
/// per JSON line.
fn parse_group<'w>(
    work: &Work,
    pipeline: &newsparse::Parser,
    items: &'w [Item],
    buf: &mut Vec<u8>,
    done: &mut Done,
) -> &'w [Item] {
    let mut reads = Vec::new();
    let (mut at, mut held) = (0, 0);
    for item in items {
        if held >= CHUNK_BYTES as usize {
            break;
        }
        let r = read_item(work, item, buf, at, &mut done.stats);
        match &r {
            Text::File(r) => {
                at = r.end;
                held += r.len();
            }
            Text::Line(text) => held += text.len(),
            Text::Failed(_) => {}
        }
        reads.push(r);
    }
    let (items, rest) = items.split_at(reads.len());
    let grammar = newsparse::Parser::structure_only();
    let mut articles = Vec::with_capacity(items.len());
    let mut ids = Vec::with_capacity(items.len());
    for (item, r) in items.iter().zip(&reads) {
        let parsed = match r {
            Text::File(r) => grammar.parse_bytes(&buf[r.clone()]),
            Text::Line(text) => grammar.parse(text),
            Text::Failed(e) => {
                done.stats.failures += 1;
                done.errors.push(e.clone());
                continue;
            }
        };
        match parsed {
            Ok(a) => {
                ids.push(item);
                articles.push(a);
            }
            Err(e) => {
                done.stats.failures += 1;
                done.errors.push(format!("{}: {e}", item_id(work, item)));
            }
        }
    }
    pipeline.run_passes(&mut articles);
    for (item, a) in ids.iter().zip(&articles) {
        done.stats.articles += 1;
        done.stats.quotes += a.quotes.len() as u64;
        done.stats.speakers += a.attributed_quotes() as u64;
        compact_json::write_record(&mut done.json, &item_id(work, item), a);
        done.json.push(b'\n');
    }
    rest
}

fn worker(
    work: &Work,
    pipeline: &newsparse::Parser,
    next: &AtomicUsize,
    spare: &Spare,
    tx: mpsc::Sender<Done>,
) {
    let mut buf = Vec::new();
    loop {
        let chunk = next.fetch_add(1, Ordering::Relaxed);
        if chunk >= work.chunks.len() {
            return;
        }
        let json = spare
            .lock()
            .ok()
            .and_then(|mut s| s.pop())
            .unwrap_or_default();
        if tx
            .send(parse_chunk(work, pipeline, chunk, json, &mut buf))
            .is_err()
        {
            return;
        }
    }
}

/// The writer's side of a run: chunks in input order to the output,
/// errors to stderr, progress now and then.
struct Sink<'a> {
    out: Box<dyn Write + 'a>,
    started: Instant,
    tty: bool,
    chunks: usize,
    turn: usize,
    total: Stats,
    write_err: Option<std::io::Error>,
    last_progress: Instant,
    progress_shown: bool,
}

/// How much of `json` (whole lines) to write next: the lines that fit in
/// [`WRITE_BYTES`], else the first line. Whole lines pass through the
/// standard output's line buffer with no copy.
fn piece_len(json: &[u8]) -> usize {
    if json.len() <= WRITE_BYTES {
        return json.len();
    }
    match memchr::memrchr(b'\n', &json[..WRITE_BYTES]) {
        Some(k) => k + 1,
        None => {
            memchr::memchr(b'\n', &json[WRITE_BYTES..]).map_or(json.len(), |k| WRITE_BYTES + k + 1)
        }
    }
}

impl Sink<'_> {
    /// Writes chunk `self.turn`; false when the output has failed and no
    /// more work should be handed out.
    fn deliver(&mut self, done: &mut Done) -> bool {
        self.turn += 1;
        self.total.add(&done.stats);
        if self.progress_shown && self.tty {
            eprint!("\r\x1b[K");
        }
        for e in &done.errors {
            eprintln!("batch: {e}");
        }
        if self.write_err.is_none() {
            let mut rest = &done.json[..];
            while !rest.is_empty() {
                let n = piece_len(rest);
                if let Err(e) = self.out.write_all(&rest[..n]) {
                    self.write_err = Some(e);
                    break;
                }
                rest = &rest[n..];
            }
        }
        done.json.clear();
        self.write_err.is_none()
    }

    fn progress(&mut self) {
        let secs = self.started.elapsed().as_secs_f64();
        if (self.tty || secs > 2.0) && self.last_progress.elapsed() >= Duration::from_secs(1) {
            self.last_progress = Instant::now();
            let done = format!(
                "batch: {}/{} chunks, {}",
                self.turn,
                self.chunks,
                self.total.line(secs)
            );
            if self.tty {
                eprint!("\r\x1b[K{done}");
            } else {
                eprintln!("{done}");
            }
            self.progress_shown = true;
        }
    }

    fn finish(&mut self) {
        if self.progress_shown && self.tty {
            eprint!("\r\x1b[K");
        }
    }
}

fn run(opts: Options) -> Result<(), String> {
    let started = Instant::now();
    let work = gather(&opts.inputs)?;
    let out: Box<dyn Write> = match &opts.out {
        Some(p) => Box::new(std::fs::File::create(p).map_err(|e| format!("{}: {e}", p.display()))?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut sink = Sink {
        out,
        started,
        tty: std::io::stderr().is_terminal(),
        chunks: work.chunks.len(),
        turn: 0,
        total: Stats::default(),
        write_err: None,
        last_progress: Instant::now(),
        progress_shown: false,
    };
    let threads = opts.threads.min(work.chunks.len()).max(1);
    let pipeline = newsparse::Parser::new();
    if threads == 1 {
        // One thread: parse on this one, in order, with no second thread,
        // channel or reordering, and one output buffer for every chunk.
        let (mut buf, mut json) = (Vec::new(), Vec::new());
        for chunk in 0..work.chunks.len() {
            let mut done = parse_chunk(&work, &pipeline, chunk, json, &mut buf);
            let ok = sink.deliver(&mut done);
            json = done.json;
            sink.progress();
            if !ok {
                break;
            }
        }
    } else {
        let next = AtomicUsize::new(0);
        let spare = Spare::default();
        std::thread::scope(|s| {
            let (tx, rx) = mpsc::channel();
            for _ in 0..threads {
                let tx = tx.clone();
                let (work, pipeline, next, spare) = (&work, &pipeline, &next, &spare);
                s.spawn(move || worker(work, pipeline, next, spare, tx));
            }
            drop(tx);
            // Chunks finish out of order; hold them until their turn.
            let mut pending = BTreeMap::new();
            loop {
                match rx.recv_timeout(Duration::from_millis(250)) {
                    Ok(done) => {
                        pending.insert(done.chunk, done);
                    }
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                    Err(mpsc::RecvTimeoutError::Disconnected) => break,
                }
                while let Some(mut done) = pending.remove(&sink.turn) {
                    if !sink.deliver(&mut done) {
                        // Stop handing out work: the output is gone.
                        next.store(usize::MAX / 2, Ordering::Relaxed);
                    }
                    if let Ok(mut s) = spare.lock() {
                        s.push(done.json);
                    }
                }
                sink.progress();
            }
        });
    }
    sink.finish();
    let Sink {
        mut out,
        write_err,
        total,
        ..
    } = sink;
    if let Some(e) = write_err.or_else(|| out.flush().err()) {
        return Err(format!("cannot write output: {e}"));
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "batch: {} in {:.2} s on {} thread{}",
        total.line(secs),
        secs,
        threads,
        if threads == 1 { "" } else { "s" }
    );
    Ok(())
}

fn main() -> ExitCode {
    let opts = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("batch: {e}");
            return ExitCode::from(2);
        }
    };
    match run(opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("batch: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Output goes out in whole lines, at most [`WRITE_BYTES`] at a time
    /// unless one line is longer, and every byte goes out once, in order.
    #[test]
    fn pieces_are_whole_lines() {
        let mut json = Vec::new();
        for len in [10, WRITE_BYTES / 2, WRITE_BYTES - 1, 3 * WRITE_BYTES, 7, 1] {
            json.extend(std::iter::repeat_n(b'x', len));
            json.push(b'\n');
        }
        json.extend_from_slice(b"no newline");
        let mut rest = &json[..];
        let mut out = Vec::new();
        while !rest.is_empty() {
            let n = piece_len(rest);
            let piece = &rest[..n];
            let lines = piece.iter().filter(|&&b| b == b'\n').count();
            assert!(n <= WRITE_BYTES || lines <= 1, "{n} bytes of {lines} lines");
            assert!(piece.ends_with(b"\n") || n == rest.len());
            out.extend_from_slice(piece);
            rest = &rest[n..];
        }
        assert_eq!(out, json);
    }

    /// Names that sort differently alone and as paths (`a` before `a.b`,
    /// but `a.b/` before `a/`), that share their first eight bytes, and
    /// files beside directories of the same stem: the walk gives every
    /// `.txt` file, in byte order of the whole paths.
    #[test]
    fn walk_is_in_path_order() {
        let root = std::env::temp_dir().join(format!("newsparse-walk-{}", std::process::id()));
        let files = [
            "a.txt",
            "a/x.txt",
            "a/a.txt",
            "a.b/y.txt",
            "a-b/c/z.txt",
            "a-b/c.txt",
            "ab.txt",
            "a b/q.txt",
            "a b.txt",
            "A.txt",
            "abcdefghij/1.txt",
            "abcdefghi/2.txt",
            "abcdefghij.txt",
            "abcdefghijk.txt",
            "abcdefghi.txt",
            "abcdefgh.txt",
            "zz.txt",
            "é.txt",
        ];
        let skipped = [".txt", "x.TXT", "a/notes"];
        for f in files.iter().chain(&skipped) {
            let path = root.join(f);
            fs_setup(&path);
        }
        let (mut names, mut found) = (Vec::new(), Vec::new());
        let walked = collect_txt(&root, &mut names, &mut found);
        let got: Vec<&[u8]> = found.iter().map(|r| &names[r.clone()]).collect();
        let mut want: Vec<Vec<u8>> = files
            .iter()
            .map(|f| root.join(f).into_os_string().into_encoded_bytes())
            .collect();
        want.sort();
        let _ = std::fs::remove_dir_all(&root);
        walked.expect("the tree is readable");
        assert_eq!(got, want.iter().map(Vec::as_slice).collect::<Vec<_>>());
    }

    fn fs_setup(path: &Path) {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("temp dir");
        }
        std::fs::write(path, "Title\n\nText.\n").expect("temp file");
    }
}
