//! The README's "Translator workflow" walk, run as written: the README cannot drift from the
//! program.
//!
//! Between `<!-- walk: begin -->` and `<!-- walk: end -->`, in order, in one fresh empty
//! directory:
//!
//! - every ` ```console ` block is run: each `$ polyguide …` line is a command, the lines up
//!   to the next `$ ` are its expected output (stdout, then stderr), and a trailing
//!   `# exit N` comment on the command line is its expected exit status (default 0); a line
//!   `...` in an expected output stands for any number of lines;
//! - a block after `<!-- walk: edit PATH -->` is a diff applied to PATH (which must exist):
//!   ` `-lines are context, `-`-lines are replaced by the `+`-lines; each `@@` line starts a
//!   new hunk, and each hunk's old text must occur exactly once;
//! - a block after `<!-- walk: file PATH -->` is PATH's whole text; after
//!   `<!-- walk: excerpt PATH -->`, a part of it.
//!
//! `README_WALK=overwrite cargo test --test readme` writes the actual outputs and files into
//! the README (review the diff).

use std::path::Path;
use std::process::{Command, Stdio};

const BEGIN: &str = "<!-- walk: begin -->";
const END: &str = "<!-- walk: end -->";

/// A fenced block of the walk: its kind, the marker above it, and where its body is.
struct Block {
    marker: Option<(String, String)>,
    info: String,
    /// Byte range of the body in the README (after the opening fence line, up to the closing
    /// fence line).
    body: std::ops::Range<usize>,
}

fn blocks(readme: &str) -> Vec<Block> {
    let start = readme.find(BEGIN).expect("the README has a walk") + BEGIN.len();
    let end = readme[start..].find(END).expect("the walk ends") + start;
    let mut out = Vec::new();
    let mut marker: Option<(String, String)> = None;
    let mut at = start;
    while at < end {
        let line_end = readme[at..].find('\n').map_or(readme.len(), |i| at + i);
        let line = &readme[at..line_end];
        if let Some(rest) = line
            .strip_prefix("<!-- walk: ")
            .and_then(|r| r.strip_suffix(" -->"))
        {
            let (kind, path) = rest.split_once(' ').expect("walk marker: KIND PATH");
            marker = Some((kind.to_string(), path.to_string()));
        } else if let Some(info) = line.strip_prefix("```") {
            let body_start = line_end + 1;
            let close = if readme[body_start..].starts_with("```") {
                body_start
            } else {
                readme[body_start..]
                    .find("\n```")
                    .map(|i| body_start + i + 1)
                    .expect("a closed fence")
            };
            out.push(Block {
                marker: marker.take(),
                info: info.trim().to_string(),
                body: body_start..close,
            });
            at = readme[close..]
                .find('\n')
                .map_or(readme.len(), |i| close + i + 1);
            continue;
        }
        at = line_end + 1;
    }
    out
}

/// Splits a command line like a shell would for these simple cases: words, `"…"` quoting,
/// and a trailing `# exit N` comment.
fn parse_command(line: &str) -> (Vec<String>, i32) {
    let (words, status) = match line.rsplit_once("# exit ") {
        Some((words, n)) => (words, n.trim().parse().expect("# exit N")),
        None => (line, 0),
    };
    let mut args = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in words.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            c if c.is_whitespace() && !quoted => {
                if any {
                    args.push(std::mem::take(&mut current));
                    any = false;
                }
            }
            c => {
                current.push(c);
                any = true;
            }
        }
    }
    if any {
        args.push(current);
    }
    (args, status)
}

fn run(dir: &Path, args: &[String]) -> (String, i32) {
    assert_eq!(
        args.first().map(String::as_str),
        Some("polyguide"),
        "{args:?}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .args(&args[1..])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("polyguide runs");
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (text, out.status.code().unwrap_or(-1))
}

/// True if `actual` is `expected`, where a line `...` in `expected` stands for any number of
/// lines (to leave out the repetitive part of a long output).
fn matches(expected: &str, actual: &str) -> bool {
    fn go(e: &[&str], a: &[&str]) -> bool {
        match e.split_first() {
            None => a.is_empty(),
            Some((&"...", rest)) => (0..=a.len()).any(|skip| go(rest, &a[skip..])),
            Some((line, rest)) => a.first() == Some(line) && go(rest, &a[1..]),
        }
    }
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    expected.ends_with('\n') == actual.ends_with('\n') && go(&e, &a)
}

/// Applies a README diff to `text`.
fn apply_diff(path: &str, text: &str, diff: &str) -> String {
    let mut text = text.to_string();
    let mut hunks: Vec<(String, String)> = vec![(String::new(), String::new())];
    for line in diff.lines() {
        if line.starts_with("@@") {
            hunks.push((String::new(), String::new()));
            continue;
        }
        let (old, new) = hunks.last_mut().unwrap();
        match line.chars().next() {
            Some('-') => old.push_str(&format!("{}\n", &line[1..])),
            Some('+') => new.push_str(&format!("{}\n", &line[1..])),
            Some(' ') => {
                old.push_str(&format!("{}\n", &line[1..]));
                new.push_str(&format!("{}\n", &line[1..]));
            }
            None => {
                old.push('\n');
                new.push('\n');
            }
            _ => panic!("{path}: a diff line starts with ' ', '-', '+' or '@@': {line:?}"),
        }
    }
    for (old, new) in hunks
        .into_iter()
        .filter(|(o, n)| !(o.is_empty() && n.is_empty()))
    {
        assert_eq!(
            text.matches(&old).count(),
            1,
            "{path}: the README's diff expects this once:\n{old}\nin:\n{text}"
        );
        text = text.replacen(&old, &new, 1);
    }
    text
}

#[test]
fn the_readme_walk_runs_as_written() {
    let readme_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&readme_path).unwrap();
    let overwrite = std::env::var("README_WALK").is_ok_and(|v| v == "overwrite");
    let dir = tempfile::tempdir().unwrap();
    let mut replacements: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut failures = Vec::new();
    let mut commands = 0;
    for block in blocks(&readme) {
        let body = &readme[block.body.clone()];
        match (&block.marker, block.info.as_str()) {
            (None, "console") => {
                let mut actual = String::new();
                let failed_before = failures.len();
                let mut lines = body.lines().peekable();
                while let Some(line) = lines.next() {
                    let command = line
                        .strip_prefix("$ ")
                        .expect("a console block starts with $");
                    let mut expected = String::new();
                    while let Some(next) = lines.next_if(|l| !l.starts_with("$ ")) {
                        expected.push_str(next);
                        expected.push('\n');
                    }
                    let (args, status) = parse_command(command);
                    let (output, code) = run(dir.path(), &args);
                    commands += 1;
                    if !matches(&expected, &output) || code != status {
                        failures.push(format!(
                            "$ {command}\n--- README (exit {status}):\n{expected}--- actual (exit {code}):\n{output}"
                        ));
                    }
                    actual.push_str(&format!("$ {command}\n{output}"));
                }
                // Overwrite only what differs: a block with `...` that still matches stays.
                if failures.len() > failed_before {
                    replacements.push((block.body.clone(), actual));
                }
            }
            (Some((kind, path)), _) => {
                let file = dir.path().join(path);
                let text = std::fs::read_to_string(&file)
                    .unwrap_or_else(|e| panic!("{path} (walk: {kind}): {e}"));
                match kind.as_str() {
                    "edit" => std::fs::write(&file, apply_diff(path, &text, body)).unwrap(),
                    "file" => {
                        if text != body {
                            failures
                                .push(format!("{path}:\n--- README:\n{body}--- actual:\n{text}"));
                            replacements.push((block.body.clone(), text));
                        }
                    }
                    "excerpt" => {
                        if !text.contains(body) {
                            failures.push(format!(
                                "{path} does not contain:\n{body}--- it reads:\n{text}"
                            ));
                        }
                    }
                    other => panic!("unknown walk marker `{other}`"),
                }
            }
            _ => {}
        }
    }
    assert!(commands >= 10, "the walk runs {commands} commands");
    if overwrite && !failures.is_empty() {
        let mut new = readme.clone();
        for (range, text) in replacements.into_iter().rev() {
            new.replace_range(range, &text);
        }
        std::fs::write(&readme_path, new).unwrap();
        return;
    }
    assert!(
        failures.is_empty(),
        "the README's walk differs from the program (README_WALK=overwrite to update):\n\n{}",
        failures.join("\n\n")
    );
}
