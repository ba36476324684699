//! Hostile input: whatever the files contain, polyguide reports findings and exits 0 or 1
//! (never a panic, never 101), and every other file is still checked. Each case builds a tiny
//! workspace, runs the binary and checks the exit code, that stderr has no panic, and the
//! finding expected for the defect.

mod common;

use common::TestWs;
use std::process::{Command, Output, Stdio};

fn polyguide(ws: &TestWs, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .args(args)
        .arg("--workspace")
        .arg(ws.root())
        .env("NO_COLOR", "1")
        .output()
        .expect("polyguide runs")
}

/// Lints as JSON; asserts a normal exit, no panic; returns the findings as (rule, path).
#[track_caller]
fn lint(ws: &TestWs) -> Vec<(String, String)> {
    let out = polyguide(ws, &["lint", "--format", "json"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "exit {:?}: {stderr}",
        out.status.code()
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

const GUIDE: &str = "id: g\ntitle: Hello\nmethods:\n  - id: m\n    title: Method\n    steps:\n      - id: a\n        text: Do this.\n";
const FR: &str = "g--title = Bonjour\ng--m--title = Méthode\ng--m--a = Faites ceci.\n";

fn base() -> TestWs {
    TestWs::new(
        &["fr", "de"],
        &[
            ("content/g.yaml", GUIDE),
            ("locales/fr/g.ftl", FR),
            ("locales/de/g.ftl", "g--title = Hallo\n"),
        ],
    )
}

/// The German file's two missing messages: proof that the rest of the workspace was checked.
#[track_caller]
fn rest_was_checked(findings: &[(String, String)]) {
    let de = findings
        .iter()
        .filter(|(r, p)| r == "missing-message" && p == "locales/de/g.ftl")
        .count();
    assert_eq!(de, 2, "{findings:?}");
}

fn has(findings: &[(String, String)], rule: &str, path: &str) -> bool {
    findings.iter().any(|(r, p)| r == rule && p == path)
}

#[test]
fn binary_files_with_ftl_and_yaml_names() {
    let ws = base();
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    std::fs::write(ws.path("locales/fr/app.ftl"), &noise).unwrap();
    std::fs::write(ws.path("content/h.yaml"), &noise).unwrap();
    let f = lint(&ws);
    assert!(has(&f, "syntax-error", "locales/fr/app.ftl"), "{f:?}");
    assert!(has(&f, "content-syntax", "content/h.yaml"), "{f:?}");
    rest_was_checked(&f);
}

#[test]
fn nul_bytes_lone_cr_and_empty_files() {
    let ws = base();
    ws.write("locales/fr/nul.ftl", "a = b\0c\n");
    ws.write(
        "locales/de/g.ftl",
        "g--title = Hallo\rg--m--title = Methode\r",
    );
    ws.write("locales/en/empty.ftl", "");
    ws.write("content/empty.yaml", "");
    let f = lint(&ws);
    assert!(has(&f, "syntax-error", "locales/fr/nul.ftl"), "{f:?}");
    assert!(has(&f, "content-schema", "content/empty.yaml"), "{f:?}");
}

#[test]
fn a_20_mb_ftl_file_and_a_100k_line_yaml_file() {
    let ws = base();
    let mut big = String::with_capacity(21 << 20);
    let mut i = 0;
    while big.len() < 20 << 20 {
        big.push_str(&format!(
            "msg-{i} = Some text for message {{ $n }} number {i}\n    .title = Title {i}\n"
        ));
        i += 1;
    }
    ws.write("locales/fr/big.ftl", &big);
    let mut yaml =
        String::from("id: huge\ntitle: Huge\nmethods:\n  - id: m\n    title: M\n    steps:\n");
    for i in 0..50_000 {
        yaml.push_str(&format!("      - id: s{i}\n        text: Step {i}.\n"));
    }
    ws.write("content/huge.yaml", &yaml);
    assert!(yaml.lines().count() > 100_000);
    let f = lint(&ws);
    assert!(
        has(&f, "obsolete-message", "locales/fr/big.ftl"),
        "the big file was read"
    );
    assert!(
        has(&f, "missing-file", "locales/fr/huge.ftl"),
        "the big guide was loaded"
    );
    rest_was_checked(&f);
}

#[test]
fn files_over_the_size_limit_are_a_finding() {
    let ws = base();
    let file = std::fs::File::create(ws.path("locales/fr/giant.ftl")).unwrap();
    file.set_len(polyguide::fsx::MAX_FILE_BYTES + 1).unwrap();
    let f = lint(&ws);
    assert!(has(&f, "unreadable-file", "locales/fr/giant.ftl"), "{f:?}");
    rest_was_checked(&f);
}

#[test]
fn yaml_alias_bombs_and_deep_nesting() {
    let ws = base();
    let mut bomb = String::from(
        "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n",
    );
    let mut prev = 'a';
    for c in 'b'..='z' {
        bomb.push_str(&format!("{c}: &{c} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        prev = c;
    }
    ws.write("content/bomb.yaml", &bomb);
    ws.write("content/deep.yaml", &"[".repeat(100_000));
    let mut block = String::new();
    for depth in 0..100_000 {
        block.push_str(&" ".repeat(depth.min(2000)));
        block.push_str("- \n");
    }
    ws.write("content/block.yaml", &block);
    let f = lint(&ws);
    for path in ["content/bomb.yaml", "content/deep.yaml"] {
        assert!(has(&f, "content-syntax", path), "{path}: {f:?}");
    }
    rest_was_checked(&f);
}

#[test]
fn huge_lines() {
    let ws = base();
    ws.write(
        "locales/fr/long.ftl",
        &format!("long = {}\n", "mot ".repeat(1_500_000)),
    );
    ws.write(
        "locales/fr/g.ftl",
        &format!("{FR}g--m--x = {}{{ oops\n", "é".repeat(500_000)),
    );
    let f = lint(&ws);
    assert!(has(&f, "syntax-error", "locales/fr/g.ftl"), "{f:?}");
    rest_was_checked(&f);
}

#[cfg(unix)]
#[test]
fn symlink_loops_links_out_of_the_workspace_and_special_files() {
    let ws = base();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.ftl"), "secret = Password\n").unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.ftl"),
        ws.path("locales/fr/secret.ftl"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path(), ws.path("locales/fr/elsewhere")).unwrap();
    std::os::unix::fs::symlink(ws.path("locales/fr"), ws.path("locales/fr/loop")).unwrap();
    std::os::unix::fs::symlink(
        ws.path("locales/fr/nothing"),
        ws.path("locales/fr/dangling.ftl"),
    )
    .unwrap();
    std::os::unix::fs::symlink("/etc/hostname", ws.path("content/evil.yaml")).unwrap();
    let fifo = ws.path("locales/fr/pipe.ftl");
    let made_fifo = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    let f = lint(&ws);
    for path in [
        "locales/fr/secret.ftl",
        "locales/fr/elsewhere",
        "locales/fr/dangling.ftl",
        "content/evil.yaml",
    ] {
        assert!(has(&f, "unreadable-file", path), "{path}: {f:?}");
    }
    if made_fifo {
        assert!(has(&f, "unreadable-file", "locales/fr/pipe.ftl"), "{f:?}");
    }
    assert!(!f
        .iter()
        .any(|(_, p)| p.contains("secret") && !p.ends_with("secret.ftl")));
    rest_was_checked(&f);
    // Export never copies what the link points to.
    // A guide that is a link out of the workspace is broken: export writes nothing and
    // says which file, until it is removed.
    let dist = ws.path("dist");
    let out = polyguide(&ws, &["export", "--out", dist.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("content/evil.yaml"), "{stderr}");
    assert!(!ws.path("dist/manifest.json").exists());
    std::fs::remove_file(ws.path("content/evil.yaml")).unwrap();
    let out = polyguide(&ws, &["export", "--out", dist.to_str().unwrap()]);
    assert!(
        matches!(out.status.code(), Some(0)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let manifest = std::fs::read_to_string(ws.path("dist/manifest.json")).unwrap();
    assert!(!manifest.contains("secret"), "{manifest}");
}

#[test]
fn locale_directories_with_invalid_names_are_not_locales() {
    let ws = TestWs::new(
        &[],
        &[
            ("content/g.yaml", GUIDE),
            ("locales/fr/g.ftl", FR),
            ("locales/not a locale/g.ftl", FR),
            ("locales/x_Y!/g.ftl", FR),
        ],
    );
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = \"*\"\n",
    );
    let out = polyguide(&ws, &["status", "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let locales: Vec<&str> = status["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["locale"].as_str().unwrap())
        .collect();
    assert_eq!(locales, ["fr"]);
    // A configured invalid locale is a configuration error, exit 2.
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"../etc\"]\n",
    );
    assert_eq!(polyguide(&ws, &["lint"]).status.code(), Some(2));
}

#[test]
fn ids_with_dots_slashes_backslashes_nul_and_non_ascii() {
    let ws = base();
    for (name, id) in [
        ("a", "\"..\""),
        ("b", "\"a/b\""),
        ("c", "'a\\b'"),
        ("d", "\"a\\0b\""),
        ("e", "\"ünïcode\""),
        ("f", "\"../../etc\""),
    ] {
        ws.write(
            &format!("content/{name}.yaml"),
            &GUIDE
                .replace("id: g\n", &format!("id: {name}\n"))
                .replace("id: a\n", &format!("id: {id}\n")),
        );
    }
    ws.write("locales/fr/weird.ftl", "../x = a\na\\b = c\nünï = d\n");
    let f = lint(&ws);
    for name in ["a", "b", "c", "d", "e", "f"] {
        assert!(
            has(&f, "content-schema", &format!("content/{name}.yaml")),
            "{name}: {f:?}"
        );
    }
    assert!(has(&f, "syntax-error", "locales/fr/weird.ftl"), "{f:?}");
    // Guides with invalid ids do not load: export writes nothing and names each of them.
    let dist = ws.path("dist");
    let out = polyguide(&ws, &["export", "--out", dist.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for name in ["a", "b", "c", "d", "e", "f"] {
        assert!(stderr.contains(&format!("content/{name}.yaml")), "{stderr}");
    }
    assert!(!dist.exists());
    // Without them, the hostile ids left in the FTL file never become paths outside DIR.
    for name in ["a", "b", "c", "d", "e", "f"] {
        std::fs::remove_file(ws.path(&format!("content/{name}.yaml"))).unwrap();
    }
    let out = polyguide(&ws, &["export", "--out", dist.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for entry in walk(&ws.path("dist")) {
        assert!(entry.starts_with(ws.path("dist")), "{entry:?}");
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let ws = base();
    for i in 0..200 {
        ws.write(&format!("locales/fr/extra{i}.ftl"), "orphan = x\n");
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .args(["lint", "--workspace"])
        .arg(ws.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then close the pipe, like `polyguide lint | head -1`.
    {
        use std::io::BufRead;
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert!(!line.is_empty());
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "{stderr}");
    assert!(matches!(out.status.code(), Some(0 | 1)), "{:?}", out.status);
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_exit_2_naming_what_failed() {
    let ws = base();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .args(["lint", "--workspace"])
        .arg(ws.root())
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("No space left on device"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[cfg(target_os = "linux")]
#[test]
fn an_output_directory_that_cannot_be_written_is_exit_2_naming_it() {
    let ws = base();
    // /proc refuses new directories even to root.
    for args in [
        ["export", "--out", "/proc/polyguide-test"],
        ["extract", "--out", "/proc/polyguide-test"],
    ] {
        let out = polyguide(&ws, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("/proc/polyguide-test"),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Regression (found by `cargo fuzz run ftl_file`): fluent-syntax 0.12 panics on a `\u`
/// escape whose hex digits run into a multi-byte character. The entry is junk, not a crash,
/// in a translation and in a guide text alike.
#[test]
fn unicode_escape_into_multibyte_text_is_a_finding_not_a_panic() {
    let ws = base();
    ws.write(
        "locales/fr/g.ftl",
        &format!("{FR}g--m--x = {{ \"\\u\u{feff}\" }}\n"),
    );
    ws.write(
        "content/h.yaml",
        &GUIDE
            .replace("id: g\n", "id: h\n")
            .replace("Do this.", "Do { \"\\uü\" } this."),
    );
    let f = lint(&ws);
    assert!(has(&f, "syntax-error", "locales/fr/g.ftl"), "{f:?}");
    assert!(has(&f, "syntax-error", "content/h.yaml"), "{f:?}");
    rest_was_checked(&f);
}

/// Regression (found by `cargo fuzz run alignment`): a parser error on one byte of a
/// multi-byte character made the human report's snippet renderer panic.
#[test]
fn a_syntax_error_inside_a_multibyte_character_renders() {
    let ws = base();
    ws.write(
        "locales/fr/g.ftl",
        &format!("{FR}g--m--x = {{ \u{feff}= B\n"),
    );
    let out = polyguide(&ws, &["lint"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("error[syntax-error]"));
}

#[test]
fn control_characters_from_files_never_reach_a_terminal_raw() {
    // Escape sequences that clear the screen, retitle the terminal and colour the log, an
    // override that reverses the line, in message text and in a file name.
    let ws = TestWs::new(
        &["fr"],
        &[
            ("content/g.yaml", GUIDE),
            (
                "locales/fr/g.ftl",
                "g--title = Bonjour  \x1b[2J\x1b]0;pwned\x07\ng--m--title = Méthode\n\
                 g--m--a = \x1b[1m\u{202E}Faites ceci.\ng--extra = \x1b[31mobsolète\u{9b}\n",
            ),
            ("locales/fr/\x1b[2J.ftl", "other = \x1b[1mAutre\n"),
        ],
    );
    for format in ["human", "github"] {
        let out = polyguide(&ws, &["lint", "--format", format]);
        assert_eq!(out.status.code(), Some(1), "{format}");
        let stdout = String::from_utf8(out.stdout).expect("UTF-8");
        for raw in ['\x1b', '\x07', '\u{9b}', '\u{202E}'] {
            assert!(
                !stdout.contains(raw),
                "{format} output holds U+{:04X}:\n{stdout}",
                u32::from(raw)
            );
        }
        // What was there is shown, escaped: the file name in both formats; in the human
        // format's snippets, one visible character for each, so that the columns stay the
        // file's (the override before `Faites` is at column 15 of line 3).
        assert!(stdout.contains("\\u{1b}[2J.ftl"), "{format}:\n{stdout}");
        if format == "human" {
            assert!(
                stdout.contains("3 | g--m--a = \u{241B}[1m\u{FFFD}Faites"),
                "{stdout}"
            );
            assert!(stdout.contains("\u{241B}[31mobsolète\u{FFFD}"), "{stdout}");
            assert!(stdout.contains("locales/fr/g.ftl:3:15"), "{stdout}");
        }
    }
}
