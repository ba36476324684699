//! What polyguide says when a translator or author slips (issue 15): each message names the
//! real problem, and a copy of the source is not mistaken for a translation.

mod common;

use common::TestWs;
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

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const GUIDE: &str = "id: g\ntitle: Hello\nmethods:\n  - id: m\n    title: Method\n    steps:\n      - id: a\n        text: Do this.\n      - id: b\n        text: Then that.\n";
const FR: &str =
    "g--title = Bonjour\ng--m--title = Méthode\ng--m--a = Faites ceci.\ng--m--b = Puis cela.\n";

fn ws() -> TestWs {
    let ws = TestWs::new(
        &["fr"],
        &[("content/g.yaml", GUIDE), ("locales/fr/g.ftl", FR)],
    );
    assert_eq!(polyguide(&ws, &["extract"]).status.code(), Some(0));
    assert_eq!(
        polyguide(&ws, &["accept", "fr", "--all"]).status.code(),
        Some(0)
    );
    ws
}

#[test]
fn a_missing_equals_sign_is_a_syntax_error_not_a_missing_message() {
    let ws = ws();
    ws.write("locales/fr/g.ftl", &FR.replace("g--m--a = ", "g--m--a "));
    let o = polyguide(&ws, &["lint"]);
    assert!(out(&o).contains("error[syntax-error]"), "{}", out(&o));
    assert!(
        !out(&o).contains("`g--m--a` is not translated"),
        "{}",
        out(&o)
    );
}

#[test]
fn no_outdated_template_while_the_guide_is_broken() {
    let ws = ws();
    ws.write(
        "content/g.yaml",
        &GUIDE.replace("text: Then that.", "txt: Then that."),
    );
    let o = polyguide(&ws, &["lint"]);
    assert!(out(&o).contains("content-schema"), "{}", out(&o));
    assert!(!out(&o).contains("outdated-template"), "{}", out(&o));
}

#[test]
fn accept_says_what_a_misplaced_argument_is() {
    let ws = ws();
    let o = polyguide(&ws, &["accept", "g--m--a"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("`g--m--a` is a message id, not a locale"),
        "{}",
        err(&o)
    );
    assert!(
        err(&o).contains("polyguide accept LOCALE g--m--a"),
        "{}",
        err(&o)
    );
    let o = polyguide(&ws, &["accept", "en", "g--m--a"]);
    assert!(err(&o).contains("`en` is the source locale"), "{}", err(&o));
    let o = polyguide(&ws, &["accept", "--editorial", "fr", "g--m--a"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("`fr` is a locale"), "{}", err(&o));
}

#[test]
fn editorial_on_an_unchanged_id_says_it_is_unchanged() {
    let ws = ws();
    let o = polyguide(&ws, &["accept", "--editorial", "g--m--a"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        out(&o).contains("unchanged since it was stamped (fr)"),
        "{}",
        out(&o)
    );
}

#[test]
fn accepting_a_translation_with_an_error_warns() {
    let ws = ws();
    ws.write(
        "locales/fr/g.ftl",
        &FR.replace("Faites ceci.", "Faites { $x }."),
    );
    let o = polyguide(&ws, &["accept", "fr", "g--m--a"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        err(&o).contains("warning: g--m--a was accepted, but its translation has an error"),
        "{}",
        err(&o)
    );
    assert!(err(&o).contains("unknown-variable"), "{}", err(&o));
}

#[test]
fn lint_locale_source_says_it_is_the_source() {
    let ws = ws();
    let o = polyguide(&ws, &["lint", "--locale", "en"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("`en` is the source locale"), "{}", err(&o));
}

#[test]
fn a_locale_directory_written_another_way_gets_a_hint() {
    let ws = ws();
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\", \"pt-BR\"]\n",
    );
    ws.write("locales/pt_br/g.ftl", "g--title = Olá\n");
    let o = polyguide(&ws, &["lint"]);
    assert!(
        out(&o).contains(
            "locales/pt_br/ is not read: `pt_br` is not how locale ids are written (`pt-BR`)"
        ),
        "{}",
        out(&o)
    );
    assert!(
        out(&o).contains("rename it to locales/pt-BR"),
        "{}",
        out(&o)
    );
}

#[test]
fn one_missing_message_is_singular() {
    let ws = TestWs::new(
        &["fr"],
        &[
            ("content/g.yaml", "id: g\ntitle: Hello\nmethods: []\n"),
            ("locales/fr/other.ftl", "x = y\n"),
        ],
    );
    let o = polyguide(&ws, &["lint"]);
    assert!(
        out(&o).contains("1 message of content/g.yaml is untranslated"),
        "{}",
        out(&o)
    );
}

#[test]
fn a_copy_of_the_source_is_not_a_translation_unless_marked() {
    let ws = ws();
    // The translator copied the English text of step b.
    ws.write("locales/fr/g.ftl", &FR.replace("Puis cela.", "Then that."));
    let status = |ws: &TestWs| -> serde_json::Value {
        let o = polyguide(ws, &["status", "--format", "json"]);
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()["locales"][0].clone()
    };
    let fr = status(&ws);
    assert_eq!(fr["translated"], 3, "{fr}");
    assert_eq!(fr["missing"], 1, "{fr}");
    assert!(fr["complete"].as_f64().unwrap() < 100.0);
    let lint = polyguide(&ws, &["lint"]);
    assert!(
        out(&lint).contains("polyguide: same-as-source"),
        "{}",
        out(&lint)
    );
    let export = polyguide(&ws, &["export"]);
    assert_eq!(export.status.code(), Some(0));
    assert!(
        out(&export).contains("fr: held back 1 translation(s), shipped the fallback instead: g--m--b (is a copy of the source)"),
        "{}",
        out(&export)
    );
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(ws.path("dist/manifest.json")).unwrap()).unwrap();
    let fr = &manifest["locales"]["fr"];
    assert_eq!(
        fr["held_back"],
        serde_json::json!([{"id": "g--m--b", "reason": "copy"}])
    );
    // `complete` agrees with the counts by construction.
    let counts = &fr["counts"];
    let total = ["current", "stale", "fallback"]
        .iter()
        .map(|k| counts[*k].as_f64().unwrap())
        .sum::<f64>();
    let expected = (counts["current"].as_f64().unwrap() * 1000.0 / total).floor() / 10.0;
    assert_eq!(fr["complete"].as_f64().unwrap(), expected, "{fr}");
    let bundle: serde_json::Value =
        serde_json::from_slice(&std::fs::read(ws.path("dist/fr/g.json")).unwrap()).unwrap();
    assert_eq!(bundle["methods"][0]["steps"][1]["status"], "fallback");
    // Marked as intended: a translation like any other.
    ws.write(
        "locales/fr/g.ftl",
        &FR.replace(
            "g--m--b = Puis cela.",
            "# polyguide: same-as-source\ng--m--b = Then that.",
        ),
    );
    let fr = status(&ws);
    assert_eq!(fr["translated"], 4, "{fr}");
    assert!(!out(&polyguide(&ws, &["lint"])).contains("untranslated"));
    assert_eq!(polyguide(&ws, &["export"]).status.code(), Some(0));
    let bundle: serde_json::Value =
        serde_json::from_slice(&std::fs::read(ws.path("dist/fr/g.json")).unwrap()).unwrap();
    assert_ne!(bundle["methods"][0]["steps"][1]["status"], "fallback");
    // Or listed in polyguide.toml.
    ws.write("locales/fr/g.ftl", &FR.replace("Puis cela.", "Then that."));
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\nsame-as-source = [\"g--m--b\"]\n",
    );
    assert_eq!(status(&ws)["translated"], 4);
}

#[test]
fn translator_context_reaches_the_template_and_the_worklist_but_not_the_bundles() {
    let guide = GUIDE.replace(
        "        text: Do this.\n",
        "        text: Do this.\n        note: The label of a menu item in Recovery Mode.\n        max-length: 30\n        screenshot: docs/recovery.png\n",
    );
    let ws = TestWs::new(
        &["fr"],
        &[("content/g.yaml", &guide), ("locales/fr/g.ftl", FR)],
    );
    assert_eq!(polyguide(&ws, &["extract"]).status.code(), Some(0));
    let template = ws.read("locales/en/g.ftl");
    assert!(
        template.contains(
            "# Note: The label of a menu item in Recovery Mode.\n# Max length: 30 characters\n# Screenshot: docs/recovery.png\ng--m--a = Do this.\n"
        ),
        "{template}"
    );
    assert_eq!(
        polyguide(&ws, &["accept", "fr", "--all"]).status.code(),
        Some(0)
    );
    ws.write("content/g.yaml", &guide.replace("Do this.", "Do this now."));
    let stale = polyguide(&ws, &["stale", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&stale.stdout).unwrap();
    assert_eq!(
        v["items"][0]["note"],
        "The label of a menu item in Recovery Mode."
    );
    assert!(out(&polyguide(&ws, &["stale"])).contains("  note:          The label"));
    assert_eq!(polyguide(&ws, &["extract"]).status.code(), Some(0));
    polyguide(&ws, &["export"]);
    for file in [
        "dist/fr/g.json",
        "dist/fr/g.ftl",
        "dist/en/g.ftl",
        "dist/en/g.json",
    ] {
        let text = ws.read(file);
        assert!(!text.contains("Recovery Mode"), "{file}: {text}");
    }
    // Bad values are content-schema errors that say what is expected.
    ws.write(
        "content/g.yaml",
        &guide
            .replace("max-length: 30", "max-length: long")
            .replace("docs/recovery.png", "../x.png"),
    );
    let lint = out(&polyguide(&ws, &["lint"]));
    assert!(
        lint.contains("`max-length` must be a whole number"),
        "{lint}"
    );
    assert!(
        lint.contains("must be a path relative to the workspace root"),
        "{lint}"
    );
}

#[test]
fn yaml_traps_say_to_quote_and_point_at_tabs() {
    let ws = TestWs::new(&[], &[]);
    let cases = [
        (
            "id: g\ntitle: { -brand } kettle descaling\nmethods: []\n",
            "title: \"{ -brand } kettle descaling\"",
        ),
        (
            "id: g\ntitle: Descale\nsummary: Note: unplug it first.\nmethods: []\n",
            "summary: \"Note: unplug it first.\"",
        ),
        (
            "id: g\ntitle: Descale\nsummary: { -brand }\nmethods: []\n",
            "summary: \"{ -brand }\"",
        ),
    ];
    for (yaml, fixed) in cases {
        ws.write("content/g.yaml", yaml);
        let lint = out(&polyguide(&ws, &["lint"]));
        assert!(
            lint.contains("quoted") || lint.contains("quote the text"),
            "{lint}"
        );
        assert!(lint.contains(fixed), "{lint}");
    }
    ws.write(
        "content/g.yaml",
        "id: g\ntitle: T\nmethods:\n  - id: m\n    title: M\n    steps:\n\t  - id: a\n        text: x\n",
    );
    let lint = out(&polyguide(&ws, &["lint"]));
    assert!(lint.contains("a tab in the indentation"), "{lint}");
    assert!(lint.contains("--> content/g.yaml:7:1"), "{lint}");
}
