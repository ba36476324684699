//! The overlay: editor buffers stand in for files in every reader of the lint pipeline
//! (translation files, content YAML, source FTL, stamps, polyguide.toml), and the disk is
//! read again once a buffer is dropped. The command line never fills one.

mod common;

use common::TestWs;
use polyguide::lint::{self, LintOptions};
use polyguide::overlay::Overlay;
use polyguide::project::Project;
use polyguide::Workspace;
use std::sync::Arc;

const GUIDE: &str = "\
id: g
title: Hello
methods:
  - id: m
    title: Method
    steps:
      - id: a
        text: Download { $count } files.
";
const FR: &str = "\
g--title = Bonjour
g--m--title = Méthode
g--m--a = Téléchargez { $count } fichiers.
";

fn workspace() -> TestWs {
    TestWs::new(
        &["fr"],
        &[
            ("content/g.yaml", GUIDE),
            ("locales/fr/g.ftl", FR),
            ("locales/en/terms.ftl", "-brand = Acme\n"),
            ("locales/fr/terms.ftl", "-brand = Acme\n"),
        ],
    )
}

/// `(rule, path, id)` of every finding of a lint through `overlay`.
fn findings(ws: &TestWs, overlay: &Overlay) -> Vec<(String, String, Option<String>)> {
    let workspace = Workspace::open_with(ws.root(), overlay.clone()).expect("valid");
    let project = Project::load(&workspace);
    lint::run(&project, &LintOptions::default())
        .expect("lint runs")
        .diagnostics
        .into_iter()
        .filter(|d| d.rule != "unstamped-translation" && d.rule != "untranslated")
        .map(|d| (d.rule.to_string(), d.path, d.id))
        .collect()
}

fn set(overlay: &Overlay, rel: &str, text: &str) {
    overlay.set(rel, Arc::new(text.to_string()));
}

#[test]
fn a_translation_buffer_is_linted_instead_of_the_file() {
    let ws = workspace();
    let overlay = Overlay::default();
    assert_eq!(findings(&ws, &overlay), []);
    set(
        &overlay,
        "locales/fr/g.ftl",
        &FR.replace("$count", "$nombre"),
    );
    let at = |rule: &str| {
        (
            rule.to_string(),
            "locales/fr/g.ftl".to_string(),
            Some("g--m--a".to_string()),
        )
    };
    assert_eq!(
        findings(&ws, &overlay),
        [at("missing-variable"), at("unknown-variable")]
    );
    assert_eq!(ws.read("locales/fr/g.ftl"), FR, "the file is not written");
    overlay.remove("locales/fr/g.ftl");
    assert_eq!(findings(&ws, &overlay), []);
}

#[test]
fn a_content_buffer_changes_the_source_side() {
    let ws = workspace();
    let overlay = Overlay::default();
    // The buffer drops the variable from the step: the translation's `$count` is unknown.
    set(
        &overlay,
        "content/g.yaml",
        &GUIDE.replace("{ $count }", "all the"),
    );
    let found = findings(&ws, &overlay);
    assert!(
        found.contains(&(
            "unknown-variable".into(),
            "locales/fr/g.ftl".into(),
            Some("g--m--a".into())
        )),
        "{found:?}"
    );
    // A YAML error in the buffer is a finding at the guide, as on disk.
    set(&overlay, "content/g.yaml", "id: g\ntitle: [\n");
    let found = findings(&ws, &overlay);
    assert!(
        found
            .iter()
            .any(|(rule, path, _)| rule == "content-syntax" && path == "content/g.yaml"),
        "{found:?}"
    );
}

#[test]
fn a_source_ftl_buffer_and_a_stamps_buffer_are_read() {
    let ws = workspace();
    let overlay = Overlay::default();
    set(
        &overlay,
        "locales/en/terms.ftl",
        "-brand = Acme\n-new = New\n",
    );
    let found = findings(&ws, &overlay);
    assert_eq!(
        found,
        [(
            "missing-message".into(),
            "locales/fr/terms.ftl".into(),
            Some("-new".into())
        )]
    );
    set(&overlay, "locales/fr/polyguide.stamps", "[g--title]\n");
    let found = findings(&ws, &overlay);
    assert!(
        found.iter().any(
            |(rule, path, _)| rule == "invalid-stamps" && path == "locales/fr/polyguide.stamps"
        ),
        "{found:?}"
    );
    assert!(!ws.path("locales/fr/polyguide.stamps").exists());
}

#[test]
fn a_config_buffer_is_the_configuration() {
    let ws = workspace();
    let overlay = Overlay::default();
    set(
        &overlay,
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\n[rules]\nunknown-variable = \"off\"\nmissing-variable = \"off\"\n",
    );
    set(
        &overlay,
        "locales/fr/g.ftl",
        &FR.replace("$count", "$nombre"),
    );
    assert_eq!(findings(&ws, &overlay), []);
    set(&overlay, "polyguide.toml", "source-locale = 3\n");
    assert!(Workspace::open_with(ws.root(), overlay.clone()).is_err());
    // The command line's workspace reads the disk.
    assert!(Workspace::open(ws.root()).is_ok());
}
