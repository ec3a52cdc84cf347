//! Parses one article and prints its JSON (the contract in the README).
//!
//!     cargo run --release --example parse                # the bundled sample
//!     cargo run --release --example parse -- FILE.txt    # one file
//!     cargo run --release --example parse -- -           # stdin

use std::io::{Read, Write};
use std::process::ExitCode;

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/sample/ndtv-lavrov-de-mistura.txt"
);

fn main() -> ExitCode {
    let arg = std::env::args_os().nth(1);
    let (name, bytes) = match arg.as_deref() {
        None => (SAMPLE.to_string(), std::fs::read(SAMPLE)),
        Some(a) if a == "-" => {
            let mut buf = Vec::new();
            let r = std::io::stdin().read_to_end(&mut buf).map(|_| buf);
            ("<stdin>".to_string(), r)
        }
        Some(a) => (a.to_string_lossy().into_owned(), std::fs::read(a)),
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            eprintln!("parse: {name}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let article = match newsparse::parse_bytes(&bytes) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("parse: {name}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let json = match serde_json::to_string_pretty(&article) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("parse: {name}: cannot serialize: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout().lock();
    if writeln!(out, "{json}").and_then(|_| out.flush()).is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
