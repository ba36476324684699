//! Staleness end to end: states and transitions through the library, as the CLI uses it.

mod common;

use common::TestWs;
use polyguide::accept::{accept, accept_editorial, AcceptError, Selection};
use polyguide::project::Project;

const GUIDE: &str = "id: g\ntitle: Hello\nmethods:\n  - id: m\n    title: Method\n    steps:\n      - id: a\n        text: Power off your phone.\n      - id: b\n        text: Press the button.\n    notes:\n      - id: w\n        kind: warning\n        text: This erases all data.\n";

fn translation() -> &'static str {
    "g--title = Bonjour\ng--m--title = Méthode\ng--m--a = Éteignez votre téléphone.\ng--m--b = Appuyez sur le bouton.\ng--m--w = Cela efface toutes les données.\n"
}

fn ws() -> TestWs {
    let ws = TestWs::new(
        &["fr", "de"],
        &[
            ("content/g.yaml", GUIDE),
            ("locales/fr/g.ftl", translation()),
            ("locales/de/g.ftl", translation()),
        ],
    );
    for locale in ["fr", "de"] {
        accept(&Project::load(&ws.workspace()), locale, &Selection::All).unwrap();
    }
    ws
}

/// `(locale, id)` of the findings of `rule`, sorted.
fn ids(ws: &TestWs, rule: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = ws
        .findings()
        .into_iter()
        .filter(|(r, _, _)| r == rule)
        .map(|(_, l, id)| (l.unwrap_or_default(), id.unwrap_or_default()))
        .collect();
    out.sort();
    out
}

fn edit(ws: &TestWs, from: &str, to: &str) {
    let text = ws.read("content/g.yaml");
    assert!(text.contains(from), "fixture lacks {from:?}");
    ws.write("content/g.yaml", &text.replace(from, to));
}

#[test]
fn accepted_translations_are_current() {
    let ws = ws();
    assert_eq!(ws.findings(), vec![]);
    assert!(ws
        .lint()
        .locales
        .iter()
        .all(|l| l.complete == 100.0 && l.stale == 0));
}

#[test]
fn editing_a_step_makes_exactly_that_message_stale_in_every_locale() {
    let ws = ws();
    edit(&ws, "Power off your phone.", "Power off your Xiaomi phone.");
    let stale = ids(&ws, "stale-translation");
    assert_eq!(
        stale,
        vec![
            ("de".into(), "g--m--a".into()),
            ("fr".into(), "g--m--a".into())
        ]
    );
    let outcome = ws.lint();
    assert_eq!(outcome.stale.len(), 2);
    assert_eq!(outcome.stale[0].diff, "Power off your {+Xiaomi+} phone.");
    assert_eq!(outcome.stale[0].stamped_source, "Power off your phone.");
    assert_eq!(outcome.stale[0].translation, "Éteignez votre téléphone.");
    let fr = outcome.locales.iter().find(|l| l.locale == "fr").unwrap();
    assert_eq!((fr.stale, fr.complete), (1, 80.0));
}

#[test]
fn reverting_the_source_makes_it_current_again() {
    let ws = ws();
    edit(&ws, "Power off your phone.", "Power off the phone.");
    assert!(!ids(&ws, "stale-translation").is_empty());
    edit(&ws, "Power off the phone.", "Power off your phone.");
    assert!(ids(&ws, "stale-translation").is_empty());
}

#[test]
fn reformatting_the_yaml_makes_nothing_stale() {
    let ws = ws();
    edit(
        &ws,
        "        text: Power off your phone.\n",
        "        text: >-\n          Power off\n          your   phone.\n",
    );
    edit(
        &ws,
        "text: Press the button.",
        "text: \"Press the button.\"",
    );
    assert_eq!(ws.findings(), vec![]);
}

#[test]
fn a_changed_warning_note_is_an_error() {
    let ws = ws();
    edit(
        &ws,
        "This erases all data.",
        "This erases all data and accounts.",
    );
    let outcome = ws.lint();
    let d: Vec<_> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.rule == "stale-translation")
        .collect();
    assert_eq!(d.len(), 2);
    assert!(d.iter().all(|d| d.severity == polyguide::Severity::Error));
}

#[test]
fn accept_clears_exactly_what_it_names_in_the_locale_it_names() {
    let ws = ws();
    edit(&ws, "Power off your phone.", "Power off your Xiaomi phone.");
    edit(&ws, "Press the button.", "Press the power button.");
    let report = accept(
        &Project::load(&ws.workspace()),
        "fr",
        &Selection::Ids(vec!["g--m--a".into()]),
    )
    .unwrap();
    assert_eq!(report.stamped, ["g--m--a"]);
    assert_eq!(report.were_stale, ["g--m--a"]);
    let stale = ids(&ws, "stale-translation");
    assert_eq!(
        stale,
        vec![
            ("de".into(), "g--m--a".into()),
            ("de".into(), "g--m--b".into()),
            ("fr".into(), "g--m--b".into())
        ]
    );
}

#[test]
fn accept_all_reports_the_stale_items_it_stamped() {
    let ws = ws();
    edit(&ws, "Power off your phone.", "Power off your Xiaomi phone.");
    let report = accept(&Project::load(&ws.workspace()), "fr", &Selection::All).unwrap();
    assert_eq!(report.were_stale, ["g--m--a"]);
    assert_eq!(report.stamped.len(), 5);
}

#[test]
fn accept_refuses_unknown_ids_and_untranslated_ones_without_writing() {
    let ws = ws();
    let before = ws.read("locales/fr/polyguide.stamps");
    let err = accept(
        &Project::load(&ws.workspace()),
        "fr",
        &Selection::Ids(vec!["g--m--c".into()]),
    )
    .unwrap_err();
    assert!(matches!(err, AcceptError::UnknownId { .. }), "{err}");
    assert!(err.to_string().contains("did you mean `g--m--a`?"), "{err}");
    ws.write(
        "locales/fr/g.ftl",
        &translation().replace("g--m--b = Appuyez sur le bouton.\n", ""),
    );
    let err = accept(
        &Project::load(&ws.workspace()),
        "fr",
        &Selection::Ids(vec!["g--m--a".into(), "g--m--b".into()]),
    )
    .unwrap_err();
    assert!(matches!(err, AcceptError::NotTranslated { .. }), "{err}");
    assert_eq!(ws.read("locales/fr/polyguide.stamps"), before);
    let err = accept(&Project::load(&ws.workspace()), "xx", &Selection::All).unwrap_err();
    assert!(matches!(err, AcceptError::UnknownLocale(..)), "{err}");
}

#[test]
fn editorial_keeps_current_translations_current_and_stale_ones_stale() {
    let ws = ws();
    // de goes stale on a real change that nobody reviews...
    edit(&ws, "Press the button.", "Press the power button.");
    accept(
        &Project::load(&ws.workspace()),
        "fr",
        &Selection::Ids(vec!["g--m--b".into()]),
    )
    .unwrap();
    // ...then the author fixes a typo: fr was current before it, de was not.
    edit(&ws, "Press the power button.", "Press the Power button.");
    let reports = accept_editorial(&Project::load(&ws.workspace()), &["g--m--b".to_string()]);
    // The stale stamps disagree (fr: "power", de: original) and there is no template to
    // say which text the typo fix replaced: polyguide refuses to guess.
    assert!(
        matches!(reports, Err(AcceptError::Ambiguous { .. })),
        "{reports:?}"
    );

    // With the committed template, the previous text is known exactly.
    edit(&ws, "Press the Power button.", "Press the power button.");
    let template = polyguide::catalog::guide_template(&ws.workspace_guide(), None)
        .0
        .text;
    ws.write("locales/en/g.ftl", &template);
    edit(&ws, "Press the power button.", "Press the Power button.");
    let reports =
        accept_editorial(&Project::load(&ws.workspace()), &["g--m--b".to_string()]).unwrap();
    assert_eq!(reports[0].stamped, ["fr"]);
    assert_eq!(reports[0].left_stale, ["de"]);
    let stale = ids(&ws, "stale-translation");
    assert_eq!(stale, vec![("de".into(), "g--m--b".into())]);
}

#[test]
fn editorial_without_template_uses_the_shared_previous_stamp() {
    let ws = ws();
    edit(&ws, "Power off your phone.", "Power off your phone!");
    let reports =
        accept_editorial(&Project::load(&ws.workspace()), &["g--m--a".to_string()]).unwrap();
    assert_eq!(reports[0].stamped, ["de", "fr"]);
    assert_eq!(ws.findings(), vec![]);
}

#[test]
fn deleted_and_renamed_messages() {
    let ws = ws();
    // Rename step `a` to `off`: the translation of the old id is obsolete, the new id is
    // missing; the orphaned stamp is no finding and the next accept drops it.
    edit(&ws, "id: a\n", "id: off\n");
    let findings = ws.findings();
    assert!(
        findings
            .iter()
            .all(|(r, _, _)| r == "missing-message" || r == "obsolete-message"),
        "{findings:?}"
    );
    ws.write(
        "locales/fr/g.ftl",
        &translation().replace("g--m--a =", "g--m--off ="),
    );
    assert_eq!(
        ids(&ws, "unstamped-translation"),
        vec![("fr".into(), "g--m--off".into())]
    );
    let report = accept(
        &Project::load(&ws.workspace()),
        "fr",
        &Selection::Ids(vec!["g--m--off".into()]),
    )
    .unwrap();
    assert_eq!(report.dropped, ["g--m--a"]);
    assert!(!ws.read("locales/fr/polyguide.stamps").contains("[g--m--a]"));
}

#[test]
fn accept_writes_only_the_stamp_file_of_its_locale() {
    let ws = ws();
    let before: Vec<(String, String)> = [
        "content/g.yaml",
        "locales/fr/g.ftl",
        "locales/de/g.ftl",
        "locales/de/polyguide.stamps",
    ]
    .iter()
    .map(|p| (p.to_string(), ws.read(p)))
    .collect();
    edit(&ws, "Power off your phone.", "Power off your Xiaomi phone.");
    let yaml = ws.read("content/g.yaml");
    accept(&Project::load(&ws.workspace()), "fr", &Selection::All).unwrap();
    for (path, text) in &before[1..] {
        assert_eq!(&ws.read(path), text, "{path} changed");
    }
    assert_eq!(ws.read("content/g.yaml"), yaml);
}

#[test]
fn an_unparsable_stamp_file_is_a_finding_and_the_locale_is_still_checked() {
    let ws = ws();
    ws.write("locales/fr/polyguide.stamps", "format = 1\n<<<<<<< HEAD\n");
    ws.write(
        "locales/fr/g.ftl",
        &translation().replace("g--m--b = Appuyez sur le bouton.\n", ""),
    );
    let rules: Vec<String> = ws.findings().into_iter().map(|f| f.0).collect();
    assert!(rules.contains(&"invalid-stamps".to_string()), "{rules:?}");
    assert!(rules.contains(&"missing-message".to_string()), "{rules:?}");
}

#[test]
fn concurrent_accepts_on_one_locale_lose_no_stamp() {
    let ws = ws();
    std::fs::remove_file(ws.path("locales/fr/polyguide.stamps")).unwrap();
    let ids = ["g--title", "g--m--title", "g--m--a", "g--m--b", "g--m--w"];
    std::thread::scope(|s| {
        for id in ids {
            let w = ws.workspace();
            s.spawn(move || {
                accept(
                    &Project::load(&w),
                    "fr",
                    &Selection::Ids(vec![id.to_string()]),
                )
                .unwrap()
            });
        }
    });
    let text = ws.read("locales/fr/polyguide.stamps");
    for id in ids {
        assert!(text.contains(&format!("[{id}]")), "{id} lost:\n{text}");
    }
}

#[test]
fn two_branches_accepting_different_ids_merge_without_conflict() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        panic!("git is required for the merge test");
    }
    let ws = ws();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@example.com",
                "-c",
                "init.defaultBranch=main",
            ])
            .args(args)
            .current_dir(ws.root())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    edit(&ws, "Power off your phone.", "Power off your Xiaomi phone.");
    edit(&ws, "Press the button.", "Press the power button.");
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-qm", "base"]);
    git(&["checkout", "-qb", "one"]);
    accept(
        &Project::load(&ws.workspace()),
        "fr",
        &Selection::Ids(vec!["g--m--a".into()]),
    )
    .unwrap();
    git(&["commit", "-qam", "accept a"]);
    git(&["checkout", "-q", "main"]);
    git(&["checkout", "-qb", "two"]);
    accept(
        &Project::load(&ws.workspace()),
        "fr",
        &Selection::Ids(vec!["g--m--b".into()]),
    )
    .unwrap();
    git(&["commit", "-qam", "accept b"]);
    git(&["merge", "-q", "--no-edit", "one"]);
    let stale = ids(&ws, "stale-translation");
    assert_eq!(
        stale,
        vec![
            ("de".into(), "g--m--a".into()),
            ("de".into(), "g--m--b".into())
        ]
    );
}

trait GuideOf {
    fn workspace_guide(&self) -> polyguide::content::Guide;
}

impl GuideOf for TestWs {
    fn workspace_guide(&self) -> polyguide::content::Guide {
        let ws = self.workspace();
        Project::load(&ws).content.guides.remove(0)
    }
}
