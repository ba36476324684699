//! Benchmark of `polyguide lsp` on mozilla.org's localization repository: replays a
//! translator's keystrokes in one locale file through the server over stdio and reports the
//! time from each `didChange` to the `publishDiagnostics` of that version, and the server's
//! memory with the whole corpus loaded.
//!
//!   cargo bench --bench lsp [-- KEYSTROKES]        (default 300)
//!
//! The corpus (`../shared/corpus/www-l10n`, or `POLYGUIDE_CORPUS`) is copied to a temporary
//! directory first; the server runs there as `polyguide lsp --l10n-toml l10n-pontoon.toml
//! --l10n-toml l10n-vendor.toml`, the edited file is `fr/mozorg/newsletters.ftl` (the
//! largest of the locale, 26 KB; the locale has 136 files).

#[path = "../tests/common/lsp.rs"]
mod client;

use client::{file_uri, Client};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const FILE: &str = "fr/mozorg/newsletters.ftl";

fn main() {
    let keystrokes: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(300);
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = std::env::var_os("POLYGUIDE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| here.join("../shared/corpus/www-l10n"));
    if !corpus.is_dir() {
        eprintln!("no corpus at {} (set POLYGUIDE_CORPUS)", corpus.display());
        std::process::exit(2);
    }
    let work = tempfile::tempdir().expect("temporary directory");
    let root = work.path().join("www");
    copy_dir(&corpus, &root).expect("copy the corpus");

    let started = Instant::now();
    let args = [
        "--l10n-toml",
        "l10n-pontoon.toml",
        "--l10n-toml",
        "l10n-vendor.toml",
    ];
    let mut client = Client::start(&root, &args, &root);
    let path = root.join(FILE);
    let uri = file_uri(&path);
    let mut text = std::fs::read_to_string(&path).expect("the edited file");
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "fluent", "version": 1, "text": text}}),
    );
    let first = client.diagnostics(&uri);
    let ready = started.elapsed();

    let mut times = Vec::with_capacity(keystrokes);
    for (i, (range, new)) in edits(&text, keystrokes).into_iter().enumerate() {
        let version = i as i64 + 2;
        let change = json!({"range": range.to_json(&text), "text": new});
        text = apply(&text, &range, &new);
        let sent = Instant::now();
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}),
        );
        client.wait(|m| {
            (m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri.as_str()
                && m["params"]["version"] == version)
                .then_some(())
        });
        times.push(sent.elapsed());
        client.forget();
    }
    let memory = memory_of(client.pid());
    let (opened, all_memory) = open_in_every_locale(&mut client, &root);
    assert_eq!(client.shutdown().code(), Some(0));
    report(&times, ready, first.len(), &memory);
    println!("after opening {FILE_ELSEWHERE} in all {opened} locales that have it: {all_memory}");
}

/// A file most locales translate, opened in each: every locale's definitions loaded.
const FILE_ELSEWHERE: &str = "LOCALE/footer.ftl";

/// Opens [`FILE_ELSEWHERE`] in every locale directory that has it and waits for each one's
/// findings: the server then holds what every locale defines. Returns the count and the
/// server's memory then.
fn open_in_every_locale(client: &mut Client, root: &Path) -> (usize, String) {
    let mut locales: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("corpus root")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("footer.ftl").is_file() && p.file_name().is_some_and(|n| n != "en"))
        .collect();
    locales.sort();
    for dir in &locales {
        let path = dir.join("footer.ftl");
        let uri = file_uri(&path);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        client.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "fluent", "version": 1, "text": text}}),
        );
        client.diagnostics(&uri);
        client.forget();
    }
    (locales.len(), memory_of(client.pid()))
}

/// A byte range of the text before an edit.
struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// As a protocol range (UTF-16 positions) in `before`.
    fn to_json(&self, before: &str) -> serde_json::Value {
        json!({"start": pos(before, self.start), "end": pos(before, self.end)})
    }
}

fn pos(text: &str, at: usize) -> serde_json::Value {
    let line = text[..at].matches('\n').count();
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    json!({"line": line, "character": text[start..at].encode_utf16().count()})
}

fn apply(text: &str, span: &Span, new: &str) -> String {
    format!("{}{new}{}", &text[..span.start], &text[span.end..])
}

/// A translator's keystrokes: at the end of successive entries' first lines, type a word
/// (a variable reference half the time, misspelt then corrected), then delete it again.
fn edits(text: &str, count: usize) -> Vec<(Span, String)> {
    let ends: Vec<usize> = text
        .match_indices('\n')
        .map(|(i, _)| i)
        .filter(|&i| {
            text[..i]
                .rsplit('\n')
                .next()
                .is_some_and(|l| l.contains(" = "))
        })
        .collect();
    let mut out = Vec::new();
    let mut k = 0;
    while out.len() < count {
        let at = ends[k % ends.len()];
        let word = if k % 2 == 0 { " { $nmae }" } else { " encore" };
        for (i, c) in word.char_indices() {
            out.push((
                Span {
                    start: at + i,
                    end: at + i,
                },
                c.to_string(),
            ));
        }
        for i in (0..word.len()).rev() {
            out.push((
                Span {
                    start: at + i,
                    end: at + i + 1,
                },
                String::new(),
            ));
        }
        k += 1;
    }
    out.truncate(count);
    out
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else if entry.file_type()?.is_file() {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Peak and current resident memory of a process, from /proc (Linux).
fn memory_of(pid: u32) -> String {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_string())
            .unwrap_or_else(|| "?".into())
    };
    format!("peak RSS {}, RSS now {}", field("VmHWM:"), field("VmRSS:"))
}

fn report(times: &[Duration], ready: Duration, first: usize, memory: &str) {
    let mut ms: Vec<f64> = times.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    println!("polyguide lsp on www-l10n ({FILE}, l10n.toml project)");
    println!(
        "start to first diagnostics: {:.0} ms ({first} findings in the file)",
        ready.as_secs_f64() * 1000.0
    );
    println!(
        "didChange → publishDiagnostics over {} keystrokes: median {:.1} ms, p90 {:.1} ms, max {:.1} ms, min {:.1} ms",
        ms.len(),
        at(0.5),
        at(0.9),
        at(1.0),
        at(0.0)
    );
    println!("server memory: {memory}");
}
