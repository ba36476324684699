//! Trust: ordinary mistakes never make a command report success on a broken input, drop a
//! stamp or overwrite what a translator wrote. One test (or more) per case of issue 11; each
//! fails on the code before the project model.

mod common;

use common::TestWs;
use std::path::Path;
use std::process::{Command, Output};

fn polyguide(ws: &TestWs, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .arg("--workspace")
        .arg(ws.root())
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("polyguide runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const GUIDE: &str = "\
id: g
title: Hello
methods:
  - id: m
    title: Method
    steps:
      - id: a
        text: Power off your phone.
    notes:
      - id: w
        kind: warning
        text: This erases all data.
";
const FR: &str = "\
g--title = Bonjour
g--m--title = Méthode
g--m--a = Éteignez votre téléphone.
g--m--w = Cela efface toutes les données.
";
const CONFLICT: &str = "<<<<<<< HEAD\nid: g\n=======\nid: h\n>>>>>>> branch\n";

/// A guide workspace with fr translated and accepted, and the template extracted.
fn workspace() -> TestWs {
    let ws = TestWs::new(
        &["fr"],
        &[
            ("content/g.yaml", GUIDE),
            ("locales/en/terms.ftl", "-brand = Acme\n"),
            ("locales/fr/g.ftl", FR),
            ("locales/fr/terms.ftl", "-brand = Acme\n"),
        ],
    );
    for args in [&["extract"][..], &["accept", "fr", "--all"]] {
        let out = polyguide(&ws, args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    }
    ws
}

/// Every file under `dir` with its bytes, for "nothing changed" checks.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.display().to_string(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

// Case 1: a broken guide does not disappear.

#[test]
fn export_with_a_broken_guide_writes_nothing_and_fails() {
    for breakage in [
        CONFLICT.to_string(),
        GUIDE.replace("    title: Method", "\ttitle: Method"),
        GUIDE.replace("steps:", "stepz:"),
    ] {
        let ws = workspace();
        let dist = ws.path("dist");
        let first = polyguide(&ws, &["export"]);
        assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
        let before = snapshot(&dist);
        ws.write("content/g.yaml", &breakage);
        let out = polyguide(&ws, &["export"]);
        assert_eq!(out.status.code(), Some(1), "{breakage}: {}", stdout(&out));
        assert!(stderr(&out).contains("content/g.yaml"), "{}", stderr(&out));
        assert!(
            !stdout(&out).contains("exported 0 files"),
            "{}",
            stdout(&out)
        );
        assert_eq!(snapshot(&dist), before, "the previous export must stay");
    }
}

#[test]
fn status_and_stale_with_a_broken_guide_say_so_and_fail() {
    let ws = workspace();
    ws.write("content/g.yaml", CONFLICT);
    let status = polyguide(&ws, &["status", "--format", "markdown"]);
    assert_eq!(status.status.code(), Some(1));
    assert!(
        stderr(&status).contains("content/g.yaml"),
        "{}",
        stderr(&status)
    );
    assert!(!stdout(&status).contains('✅'), "{}", stdout(&status));
    let json = polyguide(&ws, &["status", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let fr = &v["locales"][0];
    assert!(fr["complete"].as_f64().unwrap() < 100.0, "{fr}");
    assert_eq!(fr["broken"][0], "content/g.yaml");
    let stale = polyguide(&ws, &["stale"]);
    assert_eq!(stale.status.code(), Some(1));
    assert!(
        stderr(&stale).contains("content/g.yaml"),
        "{}",
        stderr(&stale)
    );
}

// Case 2: accept never drops stamps while the source is broken.

#[test]
fn accept_keeps_the_stamps_of_a_broken_guide() {
    let ws = workspace();
    let stamps_before = ws.read("locales/fr/polyguide.stamps");
    // The warning note changes, then the guide breaks mid-merge.
    ws.write(
        "content/g.yaml",
        &GUIDE.replace("all data.", "all data and accounts."),
    );
    let good = ws.read("content/g.yaml");
    ws.write("content/g.yaml", &format!("{CONFLICT}{good}"));
    let out = polyguide(&ws, &["accept", "fr", "--", "-brand"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stdout(&out).contains("dropped"), "{}", stdout(&out));
    assert!(stdout(&out).contains("content/g.yaml"), "{}", stdout(&out));
    assert_eq!(ws.read("locales/fr/polyguide.stamps"), stamps_before);
    // Accepting an id of the broken guide is refused.
    let out = polyguide(&ws, &["accept", "fr", "g--m--w"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("content/g.yaml"), "{}", stderr(&out));
    // Fixed: the safety note is still stale, an error.
    ws.write("content/g.yaml", &good);
    let lint = polyguide(&ws, &["lint"]);
    assert_eq!(lint.status.code(), Some(1), "{}", stdout(&lint));
    assert!(
        stdout(&lint).contains("error[stale-translation]: `g--m--w`"),
        "{}",
        stdout(&lint)
    );
}

#[test]
fn accept_with_a_mistyped_source_locale_drops_nothing() {
    let ws = workspace();
    let stamps_before = ws.read("locales/fr/polyguide.stamps");
    assert!(stamps_before.contains("[-brand]"));
    ws.write(
        "polyguide.toml",
        "source-locale = \"en-GB\"\nlocales = [\"fr\"]\n",
    );
    let lint = polyguide(&ws, &["lint"]);
    assert!(
        stdout(&lint).contains("locales/en-GB/, the directory of the source locale"),
        "{}",
        stdout(&lint)
    );
    assert!(
        stdout(&lint).contains("source-locale = \"en\""),
        "{}",
        stdout(&lint)
    );
    let out = polyguide(&ws, &["accept", "fr", "g--title"]);
    assert!(!stdout(&out).contains("dropped"), "{}", stdout(&out));
    assert!(ws.read("locales/fr/polyguide.stamps").contains("[-brand]"));
}

// Case 3: export never writes into what users wrote.

#[test]
fn export_refuses_output_directories_that_overlap_the_sources() {
    let ws = workspace();
    let before = snapshot(ws.root());
    for args in [
        &["export", "--out", "locales"][..],
        &["export", "--out", "locales/fr"],
        &["export", "--out", "locales/dist"],
        &["export", "--out", "content"],
        &["export", "--out", "."],
    ] {
        let mut full: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        full[2] = ws.path(args[2]).display().to_string();
        let full: Vec<&str> = full.iter().map(String::as_str).collect();
        let out = polyguide(&ws, &full);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stdout(&out));
        assert!(
            stderr(&out).contains("refusing to export"),
            "{}",
            stderr(&out)
        );
    }
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\n[export]\nout-dir = \"locales\"\n",
    );
    let before_config = snapshot(ws.root());
    assert_eq!(polyguide(&ws, &["export"]).status.code(), Some(2));
    assert_eq!(snapshot(ws.root()), before_config);
    assert_ne!(before, before_config);
}

#[test]
fn export_refuses_the_root_when_locale_directories_sit_there() {
    let ws = TestWs::new(
        &["fr"],
        &[("en/a.ftl", "a = A\n"), ("fr/a.ftl", "a = Fa\n")],
    );
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\nlocales-dir = \".\"\n[export]\nout-dir = \".\"\n",
    );
    let before = snapshot(ws.root());
    let out = polyguide(&ws, &["export"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert_eq!(snapshot(ws.root()), before);
    // A directory beside them is fine.
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\nlocales-dir = \".\"\n",
    );
    assert_eq!(polyguide(&ws, &["export"]).status.code(), Some(0));
}

// Case 4: an invalid stamps file is never read as "no stamps".

#[test]
fn an_invalid_stamps_file_fails_stale_status_and_export() {
    let ws = workspace();
    assert_eq!(polyguide(&ws, &["export"]).status.code(), Some(0));
    let fr_before = std::fs::read(ws.path("dist/fr/g.json")).unwrap();
    // The safety note changes; then the stamps file gets a conflict marker.
    ws.write(
        "content/g.yaml",
        &GUIDE.replace("all data.", "all data and accounts."),
    );
    assert_eq!(polyguide(&ws, &["extract"]).status.code(), Some(0));
    let stamps = ws.read("locales/fr/polyguide.stamps");
    ws.write(
        "locales/fr/polyguide.stamps",
        &format!("<<<<<<< HEAD\n{stamps}=======\n>>>>>>> other\n"),
    );
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\n[export]\nstale = \"fallback\"\n",
    );
    let stale = polyguide(&ws, &["stale", "fr"]);
    assert_eq!(stale.status.code(), Some(1));
    assert!(
        stderr(&stale).contains("locales/fr/polyguide.stamps"),
        "{}",
        stderr(&stale)
    );
    assert!(!stdout(&stale).contains("no stale translations"));
    let status = polyguide(&ws, &["status", "--format", "json"]);
    assert_eq!(status.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert!(v["locales"][0]["complete"].as_f64().unwrap() < 100.0);
    let export = polyguide(&ws, &["export"]);
    assert_eq!(export.status.code(), Some(1), "{}", stdout(&export));
    assert!(
        stderr(&export).contains("not exported fr"),
        "{}",
        stderr(&export)
    );
    assert_eq!(std::fs::read(ws.path("dist/fr/g.json")).unwrap(), fr_before);
    // accept refuses to touch it.
    assert_eq!(
        polyguide(&ws, &["accept", "fr", "g--title"]).status.code(),
        Some(2)
    );
}

// Case 5: a new locale tracks staleness from the start in a guide workspace.

#[test]
fn a_locale_without_stamps_reports_unstamped_translations() {
    let ws = TestWs::new(
        &["fr"],
        &[("content/g.yaml", GUIDE), ("locales/fr/g.ftl", FR)],
    );
    assert!(!ws.path("locales/fr/polyguide.stamps").exists());
    let lint = polyguide(&ws, &["lint", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&lint.stdout).unwrap();
    let unstamped = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "unstamped-translation")
        .count();
    assert_eq!(unstamped, 4, "{v}");
    assert_eq!(v["locales"][0]["unstamped"], 4);
    let status = polyguide(&ws, &["status"]);
    assert!(stdout(&status).contains("unstamped"), "{}", stdout(&status));
}

#[test]
fn a_plain_fluent_project_tracks_once_it_has_stamps() {
    let ws = TestWs::new(
        &["fr"],
        &[
            ("locales/en/a.ftl", "a = A\n"),
            ("locales/fr/a.ftl", "a = Fa\n"),
        ],
    );
    let lint = polyguide(&ws, &["lint"]);
    assert!(!stdout(&lint).contains("unstamped"), "{}", stdout(&lint));
    assert_eq!(
        polyguide(&ws, &["accept", "fr", "--all"]).status.code(),
        Some(0)
    );
    ws.write("locales/en/a.ftl", "a = A\nb = B\n");
    ws.write("locales/fr/a.ftl", "a = Fa\nb = Fb\n");
    let lint = polyguide(&ws, &["lint"]);
    assert!(
        stdout(&lint).contains("unstamped-translation"),
        "{}",
        stdout(&lint)
    );
}

// Case 6: the configuration means the same for every command and both project kinds.

#[test]
fn stale_follows_rules_and_ignores() {
    let ws = workspace();
    ws.write(
        "content/g.yaml",
        &GUIDE
            .replace("all data.", "all data and accounts.")
            .replace("your phone", "the phone"),
    );
    let all = polyguide(&ws, &["stale", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&all.stdout).unwrap();
    assert_eq!(v["items"].as_array().unwrap().len(), 2, "{v}");
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\n[[ignore]]\nids = [\"g--m--a\"]\nrules = [\"stale-translation\"]\n",
    );
    let v: serde_json::Value =
        serde_json::from_slice(&polyguide(&ws, &["stale", "--format", "json"]).stdout).unwrap();
    let ids: Vec<&str> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["g--m--w"]);
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\n[rules]\nstale-translation = \"off\"\n",
    );
    let out = polyguide(&ws, &["stale"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("no stale translations"),
        "{}",
        stdout(&out)
    );
}

/// Findings that say a part did not load stay errors whatever `[rules]` and `[[ignore]]`
/// say: turning them off must not turn a broken guide or stamps file into a passing run.
#[test]
fn the_configuration_cannot_silence_a_broken_part() {
    let ws = workspace();
    let head = "source-locale = \"en\"\nlocales = [\"fr\"]\n";
    ws.write("content/g.yaml", &GUIDE.replace("steps:", "stepz:"));
    for config in [
        "[rules]\ncontent-schema = \"off\"\n",
        "[rules]\ncontent-schema = \"info\"\n",
        "[[ignore]]\nrules = [\"content-schema\"]\n",
        "[[ignore]]\npaths = [\"content/**\"]\n",
    ] {
        ws.write("polyguide.toml", &format!("{head}{config}"));
        let lint = polyguide(&ws, &["lint", "--format", "json"]);
        assert_eq!(lint.status.code(), Some(1), "{config}: {}", stdout(&lint));
        assert!(stdout(&lint).contains("content-schema"), "{config}");
        for args in [&["status"][..], &["stale"], &["export"]] {
            let out = polyguide(&ws, args);
            assert_eq!(out.status.code(), Some(1), "{config} {args:?}");
        }
    }
    ws.write("content/g.yaml", GUIDE);
    let stamps = ws.read("locales/fr/polyguide.stamps");
    ws.write(
        "locales/fr/polyguide.stamps",
        &format!("<<<<<<< HEAD\n{stamps}"),
    );
    ws.write(
        "polyguide.toml",
        &format!("{head}[rules]\ninvalid-stamps = \"off\"\nstale-translation = \"off\"\n"),
    );
    let lint = polyguide(&ws, &["lint"]);
    assert_eq!(lint.status.code(), Some(1), "{}", stdout(&lint));
    assert!(
        stdout(&lint).contains("invalid-stamps"),
        "{}",
        stdout(&lint)
    );
    let stale = polyguide(&ws, &["stale", "fr"]);
    assert_eq!(stale.status.code(), Some(1));
    assert!(!stdout(&stale).contains("no stale translations"));
}

/// `--deny-warnings` fails `stale` and `extract` on a warning, as it fails `lint`.
#[test]
fn deny_warnings_means_the_same_for_lint_stale_and_extract() {
    let ws = workspace();
    // A plain step changes: a stale warning (a safety note would be an error).
    ws.write(
        "content/g.yaml",
        &GUIDE.replace(
            "Power off your phone.",
            "Power off the phone. # check the label",
        ),
    );
    for (args, warned) in [
        (&["lint"][..], "content-schema"),
        (&["extract"], "content-schema"),
        (&["stale"], "g--m--a"),
    ] {
        let out = polyguide(&ws, args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stdout(&out));
        assert!(stdout(&out).contains(warned), "{args:?}: {}", stdout(&out));
        let denied = polyguide(&ws, &[args, &["--deny-warnings"]].concat());
        assert_eq!(denied.status.code(), Some(1), "{args:?} --deny-warnings");
    }
}

#[test]
fn extract_follows_the_configured_severities() {
    let ws = workspace();
    std::fs::write(ws.path("locales/en/extra.ftl"), b"x = \xff\n").unwrap();
    let out = polyguide(&ws, &["extract"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("error[syntax-error]"),
        "{}",
        stdout(&out)
    );
    // A source file that does not load stays an error whatever the configuration says.
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\n[rules]\nsyntax-error = \"warning\"\n",
    );
    let out = polyguide(&ws, &["extract"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(stdout(&out).contains("error[syntax-error]"));
    // Other findings follow it: a comment after a text is a warning, raised to an error…
    std::fs::remove_file(ws.path("locales/en/extra.ftl")).unwrap();
    ws.write(
        "content/g.yaml",
        &GUIDE.replace("phone.", "phone. # label?"),
    );
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\n[rules]\ncontent-schema = \"error\"\n",
    );
    let out = polyguide(&ws, &["extract"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("error[content-schema]"),
        "{}",
        stdout(&out)
    );
    // … or ignored.
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\n[[ignore]]\npaths = [\"content/g.yaml\"]\n",
    );
    let out = polyguide(&ws, &["extract"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(!stdout(&out).contains("content-schema"), "{}", stdout(&out));
}

/// A directory with `files` written, for l10n.toml projects.
fn project_dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        std::fs::create_dir_all(dir.path().join(path).parent().unwrap()).unwrap();
        std::fs::write(dir.path().join(path), text).unwrap();
    }
    dir
}

/// `polyguide --l10n-toml l10n.toml ARGS…` in `dir`.
fn l10n_toml(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .current_dir(dir)
        .args(["--l10n-toml", "l10n.toml"])
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

#[test]
fn l10n_toml_projects_read_the_polyguide_toml_settings() {
    let dir = project_dir(&[
        (
            "l10n.toml",
            "locales = [\"fr\"]\n[[paths]]\n    reference = \"en/a.ftl\"\n    l10n = \"{locale}/a.ftl\"\n",
        ),
        ("en/a.ftl", "a1 = A1\na2 = A2\n"),
        ("fr/a.ftl", "a1 = FA1\n"),
    ]);
    let run =
        |extra: &[&str]| l10n_toml(dir.path(), &[extra, &["lint", "--deny-warnings"]].concat());
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("missing-message"), "{}", stdout(&out));
    // Found upward from the working directory: no source-locale needed there.
    std::fs::write(
        dir.path().join("polyguide.toml"),
        "[rules]\nmissing-message = \"off\"\n",
    )
    .unwrap();
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    // Or named with --config; a bad key is exit 2 naming it.
    std::fs::write(
        dir.path().join("other.toml"),
        "[rules]\nno-such-rule = \"off\"\n",
    )
    .unwrap();
    let out = run(&["--config", "other.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("rules.no-such-rule"),
        "{}",
        stderr(&out)
    );
}

// Case 7: `cargo test` needs nothing but Rust.

#[test]
fn no_test_runs_a_tool_other_than_polyguide() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    for entry in std::fs::read_dir(&dir).unwrap().filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for tool in [
            "python",
            "node",
            "compare-locales",
            "chromium",
            "npm",
            "pip",
        ] {
            let call = format!("Command::new(\"{tool}");
            assert!(
                !text.contains(&call),
                "{} runs {tool}: move it to the CI-only interop step",
                path.display()
            );
        }
    }
}

// From the adversarial review: a syntax error in a hand-written source file is a broken
// source part like a broken guide, and extract never writes into a translator's directory.

#[test]
fn a_source_ftl_file_with_a_syntax_error_keeps_stamps_and_blocks_export() {
    let ws = workspace();
    assert!(ws.read("locales/fr/polyguide.stamps").contains("[-brand]"));
    ws.write("locales/en/terms.ftl", "-brand Acme\n");
    let out = polyguide(&ws, &["accept", "fr", "g--title"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stdout(&out).contains("dropped"), "{}", stdout(&out));
    assert!(ws.read("locales/fr/polyguide.stamps").contains("[-brand]"));
    let export = polyguide(&ws, &["export"]);
    assert_eq!(export.status.code(), Some(1));
    assert!(
        stderr(&export).contains("locales/en/terms.ftl"),
        "{}",
        stderr(&export)
    );
    assert_eq!(polyguide(&ws, &["status"]).status.code(), Some(1));
}

#[test]
fn extract_refuses_to_write_into_a_translation_directory() {
    let ws = workspace();
    let before = ws.read("locales/fr/g.ftl");
    for out in ["locales/fr", "locales", "content", "."] {
        let target = ws.path(out).display().to_string();
        let o = polyguide(&ws, &["extract", "--out", &target]);
        assert_eq!(o.status.code(), Some(2), "{out}: {}", stdout(&o));
        assert!(stderr(&o).contains("refusing to extract"), "{}", stderr(&o));
    }
    assert_eq!(ws.read("locales/fr/g.ftl"), before);
    let en = ws.path("locales/en").display().to_string();
    assert_eq!(
        polyguide(&ws, &["extract", "--out", &en]).status.code(),
        Some(0)
    );
}

// From the second adversarial review: export's statuses and refusals are facts, not opinions
// of the lint configuration.

fn manifest(ws: &TestWs) -> serde_json::Value {
    serde_json::from_str(&ws.read("dist/manifest.json")).unwrap()
}

/// The status of message `id` in `dist/<locale>/g.json`.
fn status_of(ws: &TestWs, locale: &str, id: &str) -> String {
    fn find(v: &serde_json::Value, id: &str) -> Option<String> {
        match v {
            serde_json::Value::Object(o) if o.get("id").is_some_and(|i| i == id) => {
                o.get("status").and_then(|s| s.as_str()).map(str::to_string)
            }
            serde_json::Value::Object(o) => o.values().find_map(|c| find(c, id)),
            serde_json::Value::Array(a) => a.iter().find_map(|c| find(c, id)),
            _ => None,
        }
    }
    let bundle: serde_json::Value =
        serde_json::from_str(&ws.read(&format!("dist/{locale}/g.json"))).unwrap();
    find(&bundle, id).unwrap_or_else(|| panic!("no {id} in {bundle}"))
}

/// `(id, reason)` of the manifest's `held_back` for `locale`.
fn held_back(ws: &TestWs, locale: &str) -> Vec<(String, String)> {
    manifest(ws)["locales"][locale]["held_back"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["id"].as_str().unwrap().to_string(),
                h["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn config(ws: &TestWs, locales: &str, extra: &str) {
    ws.write(
        "polyguide.toml",
        &format!("source-locale = \"en\"\nlocales = [{locales}]\n{extra}"),
    );
}

/// `workspace()` with the step and the warning note changed in the source since the accept.
fn stale_workspace() -> TestWs {
    let ws = workspace();
    ws.write(
        "content/g.yaml",
        &GUIDE
            .replace("all data.", "all data and accounts.")
            .replace("your phone", "the phone"),
    );
    assert_eq!(polyguide(&ws, &["extract"]).status.code(), Some(0));
    ws
}

#[test]
fn stale_translations_are_exported_as_stale_whatever_the_lint_configuration() {
    let ws = stale_workspace();
    for policy in [
        "[rules]\nstale-translation = \"off\"\n",
        "[[ignore]]\nids = [\"g--m--*\"]\n",
    ] {
        config(&ws, "\"fr\"", policy);
        let out = polyguide(&ws, &["export"]);
        assert_eq!(out.status.code(), Some(0), "{policy}: {}", stderr(&out));
        assert_eq!(status_of(&ws, "fr", "g--m--a"), "stale", "{policy}");
        assert_eq!(status_of(&ws, "fr", "g--m--w"), "stale", "{policy}");
        assert_eq!(manifest(&ws)["locales"]["fr"]["counts"]["stale"], 2);
        config(
            &ws,
            "\"fr\"",
            &format!("{policy}[export]\nstale = \"fallback\"\n"),
        );
        let out = polyguide(&ws, &["export"]);
        assert_eq!(out.status.code(), Some(0), "{policy}: {}", stderr(&out));
        assert_eq!(status_of(&ws, "fr", "g--m--a"), "fallback", "{policy}");
        assert_eq!(status_of(&ws, "fr", "g--m--w"), "fallback", "{policy}");
        assert_eq!(
            held_back(&ws, "fr"),
            [
                ("g--m--a".to_string(), "stale".to_string()),
                ("g--m--w".to_string(), "stale".to_string())
            ],
            "{policy}"
        );
    }
}

#[test]
fn invalid_stamps_turned_off_still_block_the_locale() {
    let ws = stale_workspace();
    assert_eq!(polyguide(&ws, &["export"]).status.code(), Some(0));
    let before = snapshot(&ws.path("dist"));
    let stamps = ws.read("locales/fr/polyguide.stamps");
    ws.write(
        "locales/fr/polyguide.stamps",
        &format!("<<<<<<< HEAD\n{stamps}=======\n>>>>>>> other\n"),
    );
    ws.write("locales/fr/g.ftl", &FR.replace("Bonjour", "Salut"));
    config(&ws, "\"fr\"", "[rules]\ninvalid-stamps = \"off\"\n");
    let out = polyguide(&ws, &["export"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(stderr(&out).contains("not exported fr"), "{}", stderr(&out));
    assert_eq!(snapshot(&ws.path("dist")), before);
}

#[test]
fn an_unstamped_translation_is_exported_as_stale_in_a_guide_workspace() {
    let ws = TestWs::new(
        &["fr"],
        &[("content/g.yaml", GUIDE), ("locales/fr/g.ftl", FR)],
    );
    let out = polyguide(&ws, &["export"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    for id in ["g--title", "g--m--a", "g--m--w"] {
        assert_eq!(status_of(&ws, "fr", id), "stale", "{id}");
    }
    let fr = &manifest(&ws)["locales"]["fr"];
    assert_eq!(fr["counts"]["current"], 0, "{fr}");
    assert_eq!(fr["counts"]["stale"], 4, "{fr}");
    config(&ws, "\"fr\"", "[export]\nstale = \"fallback\"\n");
    assert_eq!(polyguide(&ws, &["export"]).status.code(), Some(0));
    assert_eq!(status_of(&ws, "fr", "g--m--a"), "fallback");
    let held = held_back(&ws, "fr");
    assert_eq!(held.len(), 4, "{held:?}");
    assert!(held.iter().all(|(_, why)| why == "unstamped"), "{held:?}");
    // Accepted, they are current.
    assert_eq!(
        polyguide(&ws, &["accept", "fr", "--all"]).status.code(),
        Some(0)
    );
    assert_eq!(polyguide(&ws, &["export"]).status.code(), Some(0));
    assert_eq!(status_of(&ws, "fr", "g--m--a"), "current");
    // A plain Fluent project tracks only once it has stamps: nothing changes there.
    let plain = TestWs::new(
        &["fr"],
        &[
            ("locales/en/a.ftl", "a = A\n"),
            ("locales/fr/a.ftl", "a = Fa\n"),
        ],
    );
    assert_eq!(polyguide(&plain, &["export"]).status.code(), Some(0));
    assert_eq!(manifest(&plain)["locales"]["fr"]["counts"]["current"], 1);
}

#[test]
fn a_stale_safety_note_is_held_back_as_stale() {
    let ws = stale_workspace();
    for extra in ["", "[export]\nstale = \"fallback\"\n"] {
        config(&ws, "\"fr\"", extra);
        assert_eq!(polyguide(&ws, &["export"]).status.code(), Some(0));
        assert_eq!(status_of(&ws, "fr", "g--m--w"), "fallback", "{extra}");
        let held = held_back(&ws, "fr");
        assert!(
            held.contains(&("g--m--w".to_string(), "stale".to_string())),
            "{extra}: {held:?}"
        );
        assert!(held.iter().all(|(_, why)| why == "stale"), "{held:?}");
    }
}

#[test]
fn a_translation_that_does_not_parse_is_named_as_held_back() {
    let ws = workspace();
    ws.write(
        "locales/fr/g.ftl",
        &FR.replace("g--m--a = Éteignez", "g--m--a = { Éteignez"),
    );
    let out = polyguide(&ws, &["export"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(status_of(&ws, "fr", "g--m--a"), "fallback");
    assert_eq!(
        held_back(&ws, "fr"),
        [("g--m--a".to_string(), "error".to_string())]
    );
    assert!(
        stdout(&out).contains("g--m--a (has an error)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_source_message_with_an_error_blocks_export() {
    let ws = workspace();
    assert_eq!(polyguide(&ws, &["export"]).status.code(), Some(0));
    let before = snapshot(&ws.path("dist"));
    ws.write(
        "locales/en/terms.ftl",
        "-brand = Acme\nhelp = Ask { -nope }.\n",
    );
    let out = polyguide(&ws, &["export"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("locales/en/terms.ftl:2")
            && stderr(&out).contains("unknown-reference"),
        "{}",
        stderr(&out)
    );
    assert_eq!(snapshot(&ws.path("dist")), before);
}

#[test]
fn an_id_defined_in_two_source_files_is_a_duplicate_and_blocks_export() {
    let ws = workspace();
    assert_eq!(polyguide(&ws, &["export"]).status.code(), Some(0));
    let before = snapshot(&ws.path("dist"));
    ws.write("locales/en/more.ftl", "-brand = Other\n");
    let lint = polyguide(&ws, &["lint", "--format", "json"]);
    assert_eq!(lint.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&lint.stdout).unwrap();
    let dup: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "duplicate-id")
        .collect();
    assert_eq!(dup.len(), 1, "{v}");
    assert_eq!(dup[0]["path"], "locales/en/terms.ftl", "{v}");
    assert!(dup[0]["locale"].is_null());
    assert!(
        dup[0]["message"]
            .as_str()
            .unwrap()
            .contains("locales/en/more.ftl"),
        "{v}"
    );
    // Turned off, the bundles would still not load: export refuses either way.
    for extra in ["", "[rules]\nduplicate-id = \"off\"\n"] {
        config(&ws, "\"fr\"", extra);
        let out = polyguide(&ws, &["export"]);
        assert_eq!(out.status.code(), Some(1), "{extra}: {}", stdout(&out));
        assert!(stderr(&out).contains("-brand"), "{}", stderr(&out));
        assert_eq!(snapshot(&ws.path("dist")), before);
    }
    // A plain Fluent project may have alternative files (a build loads one): lint accepts
    // them, but export's resources are loaded together, so it refuses.
    let plain = TestWs::new(
        &["fr"],
        &[
            ("locales/en/beta/brand.ftl", "-brand = Acme Beta\n"),
            ("locales/en/release/brand.ftl", "-brand = Acme\n"),
        ],
    );
    let lint = polyguide(&plain, &["lint"]);
    assert!(!stdout(&lint).contains("duplicate-id"), "{}", stdout(&lint));
    let out = polyguide(&plain, &["export"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(!plain.path("dist").exists());
}

#[test]
fn a_missing_or_escaping_configured_directory_is_broken() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(outside.path().join("content")).unwrap();
    std::fs::write(outside.path().join("content/g.yaml"), GUIDE).unwrap();
    for case in ["locales-dir", "content-dir", "link"] {
        let ws = workspace();
        assert_eq!(polyguide(&ws, &["export"]).status.code(), Some(0));
        let before = snapshot(&ws.path("dist"));
        let named = match case {
            "locales-dir" => {
                config(&ws, "\"fr\"", "locales-dir = \"locale\"\n");
                "locale/"
            }
            "content-dir" => {
                config(&ws, "\"fr\"", "content-dir = \"contnt\"\n");
                "contnt/"
            }
            _ => {
                std::fs::remove_dir_all(ws.path("content")).unwrap();
                std::os::unix::fs::symlink(outside.path().join("content"), ws.path("content"))
                    .unwrap();
                "content/"
            }
        };
        let out = polyguide(&ws, &["export"]);
        assert_eq!(out.status.code(), Some(1), "{case}: {}", stdout(&out));
        assert!(stderr(&out).contains(named), "{case}: {}", stderr(&out));
        assert_eq!(snapshot(&ws.path("dist")), before, "{case}");
        let lint = polyguide(&ws, &["lint"]);
        assert_eq!(lint.status.code(), Some(1), "{case}: {}", stdout(&lint));
        assert!(stdout(&lint).contains(named), "{case}: {}", stdout(&lint));
        for cmd in ["status", "stale"] {
            let out = polyguide(&ws, &[cmd]);
            assert_eq!(out.status.code(), Some(1), "{case} {cmd}: {}", stdout(&out));
            assert!(
                stderr(&out).contains(named),
                "{case} {cmd}: {}",
                stderr(&out)
            );
        }
    }
}

#[test]
fn a_removed_guide_leaves_the_manifest_of_every_locale() {
    let ws = workspace();
    let h = GUIDE.replace("id: g", "id: h");
    ws.write("content/h.yaml", &h);
    ws.write("locales/de/g.ftl", "g--title = Hallo\n");
    config(&ws, "\"fr\", \"de\"", "");
    assert_eq!(polyguide(&ws, &["extract"]).status.code(), Some(0));
    assert_eq!(polyguide(&ws, &["export"]).status.code(), Some(0));
    assert!(ws.path("dist/de/h.json").exists());
    std::fs::remove_file(ws.path("content/h.yaml")).unwrap();
    std::fs::remove_file(ws.path("locales/en/h.ftl")).unwrap();
    let out = polyguide(&ws, &["export", "--locale", "fr"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = ws.read("dist/manifest.json");
    assert!(!text.contains("/h."), "{text}");
    for gone in [
        "dist/fr/h.json",
        "dist/de/h.json",
        "dist/de/h.ftl",
        "dist/en/h.ftl",
    ] {
        assert!(!ws.path(gone).exists(), "{gone}");
    }
    // The other files of de stay as they were exported.
    assert!(ws.path("dist/de/g.json").exists());
    assert!(text.contains("de/g.json"), "{text}");
}

#[test]
fn status_and_the_manifest_agree_on_completeness() {
    let ws = stale_workspace();
    // g--m--a: stale; g--m--w (a warning note): stale; an unknown variable in g--m--title.
    ws.write("locales/fr/g.ftl", &FR.replace("Méthode", "Méthode { $x }"));
    assert_eq!(
        polyguide(&ws, &["accept", "fr", "g--m--title"])
            .status
            .code(),
        Some(0)
    );
    let status = polyguide(&ws, &["status", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(polyguide(&ws, &["export"]).status.code(), Some(0));
    let fr = &manifest(&ws)["locales"]["fr"];
    // -brand and g--title are current: 2 of 5.
    assert_eq!(fr["complete"], 40.0, "{fr}");
    assert_eq!(v["locales"][0]["complete"], fr["complete"], "{v}");
}

/// A guide workspace whose source directory is gone while stamps of its hand-written
/// messages (`-brand`) remain: the source is broken, not empty of terms.
#[test]
fn a_missing_source_directory_with_translated_terms_is_broken() {
    let ws = workspace();
    let stamps = ws.read("locales/fr/polyguide.stamps");
    assert!(stamps.contains("[-brand]"), "{stamps}");
    std::fs::remove_dir_all(ws.path("locales/en")).unwrap();
    for args in [&["status"][..], &["stale", "fr"], &["lint"]] {
        let out = polyguide(&ws, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stdout(&out));
        assert!(stderr(&out).contains("locales/en/") || stdout(&out).contains("locales/en/"));
    }
    let out = polyguide(&ws, &["accept", "fr", "--all"]);
    assert!(!stdout(&out).contains("dropped"), "{}", stdout(&out));
    assert_eq!(ws.read("locales/fr/polyguide.stamps"), stamps);
    // Without stamps of hand-written messages, a workspace may have no source directory yet.
    std::fs::remove_file(ws.path("locales/fr/terms.ftl")).unwrap();
    std::fs::remove_file(ws.path("locales/fr/polyguide.stamps")).unwrap();
    assert_eq!(polyguide(&ws, &["status"]).status.code(), Some(0));
}

/// A guide named like a hand-written source file (`terms`) is refused: its template would
/// replace the file, and the terms would look gone to accept and sync.
#[test]
fn a_guide_named_like_a_hand_written_source_file_is_refused() {
    let ws = workspace();
    ws.write(
        "content/terms.yaml",
        &GUIDE.replace("id: g\n", "id: terms\n"),
    );
    let (en, fr, stamps) = (
        ws.read("locales/en/terms.ftl"),
        ws.read("locales/fr/terms.ftl"),
        ws.read("locales/fr/polyguide.stamps"),
    );
    let lint = polyguide(&ws, &["lint"]);
    assert_eq!(lint.status.code(), Some(1));
    assert!(
        stdout(&lint).contains(
            "the guide id `terms` is taken: locales/en/terms.ftl is a hand-written source file"
        ),
        "{}",
        stdout(&lint)
    );
    assert_eq!(polyguide(&ws, &["extract"]).status.code(), Some(1));
    assert_eq!(
        polyguide(&ws, &["sync", "fr", "--prune"]).status.code(),
        Some(1)
    );
    let accept = polyguide(&ws, &["accept", "fr", "--all"]);
    assert!(!stdout(&accept).contains("dropped"), "{}", stdout(&accept));
    assert_eq!(ws.read("locales/en/terms.ftl"), en);
    assert_eq!(ws.read("locales/fr/terms.ftl"), fr);
    assert!(ws.read("locales/fr/polyguide.stamps").contains("[-brand]"));
    assert!(stamps.contains("[-brand]"));
    // Without that guide, the workspace is clean again.
    std::fs::remove_file(ws.path("content/terms.yaml")).unwrap();
    assert_eq!(polyguide(&ws, &["lint"]).status.code(), Some(0));
}

/// In an l10n.toml project whose pattern is `{locale}/**`, the stamps file that `accept`
/// writes (and any other non-Fluent file) is not a translation to lint.
#[test]
fn an_l10n_toml_star_star_pattern_never_lints_the_stamps_file() {
    let dir = project_dir(&[
        (
            "l10n.toml",
            "basepath = \".\"\nlocales = [\"fr\"]\n[[paths]]\nreference = \"en/**\"\nl10n = \"{locale}/**\"\n",
        ),
        ("en/app.ftl", "hello = Hello\n"),
        ("fr/app.ftl", "hello = Bonjour\n"),
        ("fr/notes.txt", "not = { Fluent\n"),
        ("polyguide.toml", "source-locale = \"en\"\n"),
    ]);
    let run = |args: &[&str]| l10n_toml(dir.path(), args);
    assert_eq!(run(&["accept", "fr", "--all"]).status.code(), Some(0));
    assert!(dir.path().join("fr/polyguide.stamps").is_file());
    let lint = run(&["lint", "--deny-warnings"]);
    assert_eq!(lint.status.code(), Some(0), "{}", stdout(&lint));
    assert!(
        !stdout(&lint).contains("polyguide.stamps"),
        "{}",
        stdout(&lint)
    );
}

/// A source with an error makes export refuse: status does not call the locales ready.
#[test]
fn status_fails_while_the_source_has_an_error() {
    let ws = workspace();
    assert_eq!(polyguide(&ws, &["status"]).status.code(), Some(0));
    ws.write("locales/en/extra.ftl", "extra = See { -nope }\n");
    let status = polyguide(&ws, &["status"]);
    assert_eq!(status.status.code(), Some(1), "{}", stdout(&status));
    assert!(
        stderr(&status).contains("the source has 1 error, so `polyguide export` writes no bundle"),
        "{}",
        stderr(&status)
    );
    assert_eq!(polyguide(&ws, &["export"]).status.code(), Some(1));
}
