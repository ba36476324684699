//! The benchmark's baseline: read and parse every `.ftl` file under a directory with
//! fluent-syntax, nothing else. `cargo run --release --example bare_parse -- DIR [--threads]`
//! prints files, bytes, messages and terms, and wall time. With `--threads`, files are parsed on all
//! cores (rayon), as polyguide does.

use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| ".".into()));
    let threads = args.any(|a| a == "--threads");
    let start = Instant::now();
    let mut files = Vec::new();
    walk(&dir, &mut files);
    let parse = |path: &PathBuf| -> (usize, usize) {
        let Ok(text) = std::fs::read_to_string(path) else {
            return (0, 0);
        };
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        // Messages and terms, the unit the benchmark's "messages per second" counts.
        let entries = resource
            .body
            .iter()
            .filter(|e| {
                matches!(
                    e,
                    fluent_syntax::ast::Entry::Message(_) | fluent_syntax::ast::Entry::Term(_)
                )
            })
            .count();
        (text.len(), entries)
    };
    let (bytes, entries) = if threads {
        files
            .par_iter()
            .map(parse)
            .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
    } else {
        files
            .iter()
            .map(parse)
            .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
    };
    let elapsed = start.elapsed().as_secs_f64();
    println!(
        "files {} bytes {} messages {} seconds {:.3} threads {}",
        files.len(),
        bytes,
        entries,
        elapsed,
        if threads {
            rayon::current_num_threads()
        } else {
            1
        }
    );
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.filter_map(Result::ok) {
        let Ok(t) = e.file_type() else { continue };
        let p = e.path();
        if t.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "ftl") {
            out.push(p);
        }
    }
}
