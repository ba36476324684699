//! `polyguide init` and `polyguide add-locale` on real directories (the CLI cases in
//! `tests/cmd/` pin their output and files).

mod common;

use common::TestWs;
use std::process::{Command, Output, Stdio};

fn polyguide(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("polyguide runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn a_new_workspace_lints_clean_in_any_source_locale() {
    for (args, root) in [
        (vec!["init"], ""),
        (vec!["init", "guides", "--source-locale", "pt-BR"], "guides"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let out = polyguide(dir.path(), &args);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let root = dir.path().join(root);
        let lint = polyguide(&root, &["lint", "--deny-warnings"]);
        assert_eq!(lint.status.code(), Some(0), "{}", text(&lint.stdout));
        // Its template is what extract writes, and its first locale starts at 0 %.
        let extract = polyguide(&root, &["extract"]);
        assert_eq!(extract.status.code(), Some(0));
        let lint = polyguide(&root, &["lint", "--deny-warnings"]);
        assert_eq!(lint.status.code(), Some(0), "{}", text(&lint.stdout));
        assert_eq!(
            polyguide(&root, &["add-locale", "fr"]).status.code(),
            Some(0)
        );
        let status = polyguide(&root, &["status", "--format", "json"]);
        let json: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
        assert_eq!(json["locales"][0]["complete"], 0.0, "{json}");
        assert_eq!(json["locales"][0]["translated"], 0, "{json}");
        // Export ships the source text for every item: nothing is taken for a translation.
        assert_eq!(polyguide(&root, &["export"]).status.code(), Some(0));
        let bundle = std::fs::read_to_string(root.join("dist/fr/back-up-notes.json")).unwrap();
        assert!(!bundle.contains("\"current\""), "{bundle}");
        assert!(!bundle.contains("\"stale\""), "{bundle}");
    }
}

#[test]
fn init_writes_nothing_when_any_file_exists() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("locales/en")).unwrap();
    std::fs::write(dir.path().join("locales/en/terms.ftl"), "-x = X\n").unwrap();
    let out = polyguide(dir.path(), &["init"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("locales/en/terms.ftl already exists"),
        "{out:?}"
    );
    assert!(!dir.path().join("polyguide.toml").exists());
    assert!(!dir.path().join("content").exists());
    let out = polyguide(dir.path(), &["init", "--source-locale", "de"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

#[test]
fn every_worksheet_of_this_repository_is_comments_only_with_every_message() {
    let ws = polyguide::Workspace::open(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let project = polyguide::project::Project::load(&ws);
    assert!(project.catalog.files.len() >= 2);
    for file in &project.catalog.files {
        let sheet = polyguide::worksheet::file(&file.rel, "en", "xx", &file.text, "add-locale");
        let parsed = polyguide::ftl::parse(&sheet);
        assert!(
            parsed.entries.is_empty() && parsed.junk.is_empty(),
            "{}",
            file.rel
        );
        let source = polyguide::ftl::parse(&file.text);
        let found = polyguide::worksheet::commented_entries(&sheet);
        let ids: Vec<&str> = found.iter().map(|c| c.id.as_str()).collect();
        let expected: Vec<&str> = source.entries.iter().map(|e| e.id).collect();
        assert_eq!(ids, expected, "{}", file.rel);
        for (c, e) in found.iter().zip(&source.entries) {
            assert_eq!(c.entry, &file.text[e.span(&file.text)]);
            assert!(c.closed, "{}", c.id);
        }
        // Uncommenting every entry gives back every message of the source.
        let uncommented: String = sheet
            .lines()
            .map(|l| {
                let is_entry_line = found.iter().any(|c| {
                    let start = l.as_ptr() as usize - sheet.as_ptr() as usize;
                    c.span.start <= start && start <= c.span.end
                });
                match (is_entry_line, l.strip_prefix("# ")) {
                    (true, Some(rest)) => format!("{rest}\n"),
                    (true, None) => "\n".to_string(),
                    _ => format!("{l}\n"),
                }
            })
            .collect();
        let back = polyguide::ftl::parse(&uncommented);
        assert!(back.junk.is_empty(), "{}", file.rel);
        let back_ids: Vec<&str> = back.entries.iter().map(|e| e.id).collect();
        assert_eq!(back_ids, expected, "{}", file.rel);
    }
}

#[test]
fn a_broken_guide_gets_no_worksheet_and_is_named() {
    let ws = TestWs::new(
        &[],
        &[
            ("content/good.yaml", "id: good\ntitle: Good\nmethods: []\n"),
            ("content/bad.yaml", "id: bad\ntitle: [unclosed\n"),
        ],
    );
    let out = polyguide(ws.root(), &["add-locale", "fr"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        text(&out.stderr).contains("locales/fr/bad.ftl: content/bad.yaml does not load"),
        "{out:?}"
    );
    assert!(ws
        .read("locales/fr/good.ftl")
        .contains("# good--title = Good"));
    assert!(!ws.path("locales/fr/bad.ftl").exists());
    assert!(ws.read("polyguide.toml").contains("locales = [\"fr\"]"));
    // Once the guide is fixed, sync writes its worksheet.
    ws.write("content/bad.yaml", "id: bad\ntitle: Fixed\nmethods: []\n");
    let out = polyguide(ws.root(), &["sync"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(ws
        .read("locales/fr/bad.ftl")
        .contains("# bad--title = Fixed"));
}
