//! Checking one translation file alone (`lint::lint_file`, what the language server does
//! after an edit) finds exactly what the whole-locale run finds in that file: references
//! into the locale's other files, definitions that two files share (the earlier file wins),
//! stamps, obsolete entries and files without a source.

mod common;

use common::TestWs;
use polyguide::checks::OwnedDefs;
use polyguide::diagnostic::Diagnostic;
use polyguide::lint::{self, FileTarget};
use polyguide::project::Project;
use polyguide::source::Source;
use polyguide::Workspace;

/// For every translation file of every locale: `lint_file` == `run_locale` on that file.
fn assert_same_findings(ws: &Workspace) -> usize {
    let project = Project::load(ws);
    let parsed = lint::parse_source(&project);
    let source = Source::new(&ws.config, &project.catalog, &parsed);
    let fallback = lint::fallback_definitions(ws, &ws.config.locales);
    let mut compared = 0;
    for locale in &ws.config.locales {
        let whole = lint::run_locale(&project, &source, &fallback, locale).diagnostics;
        let (paths, _) = ws.scan_translation_files(locale);
        let defs: Vec<OwnedDefs> = paths
            .iter()
            .map(|p| lint::file_definitions(&polyguide::align::read_ftl(ws, p).unwrap()))
            .collect();
        let targets = ws.translation_paths(&source.rels, locale);
        for (i, path) in paths.iter().enumerate() {
            let siblings = defs[..i].iter().chain(&defs[i + 1..]).collect();
            let source_file = targets.iter().position(|t| t.as_deref() == Some(path));
            let target = FileTarget {
                locale,
                path,
                source_file,
            };
            let alone = lint::lint_file(&project, &source, &fallback, target, siblings);
            let expected: Vec<&Diagnostic> = whole.iter().filter(|d| d.path == *path).collect();
            let got: Vec<&Diagnostic> = alone.iter().collect();
            assert_eq!(got, expected, "{locale} {path}");
            compared += expected.len();
        }
    }
    compared
}

#[test]
fn one_file_alone_finds_what_the_locale_run_finds_there() {
    let ws = TestWs::new(
        &["fr", "fr-CA"],
        &[
            ("content/g.yaml", "id: g\ntitle: Hello { -brand }\nmethods:\n  - id: m\n    title: M { $n }\n    steps:\n      - id: a\n        text: Open { menu.label } now.\n"),
            ("locales/en/terms.ftl", "-brand = Acme\n    .gender = m\n"),
            ("locales/en/ui.ftl", "menu = Menu\n    .label = Open\nother = { -brand.gender ->\n   *[m] x\n}\n"),
            ("locales/fr/g.ftl", "g--title = Bonjour { -brand }\ng--m--title = M { $nombre }\ng--m--a = Ouvrez { menu.label } { -nope }.\ng--gone = x\n"),
            // `-brand` in two files: the first file's (no `.gender`) is the one that counts.
            ("locales/fr/a-first.ftl", "-brand = Acme\n"),
            ("locales/fr/terms.ftl", "-brand = Acme\n    .gender = f\n"),
            ("locales/fr/ui.ftl", "menu = Menu\nother = { -brand.gender ->\n   *[m] x\n}\nother = dup\n"),
            ("locales/fr/orphan.ftl", "lost = x\n"),
            ("locales/fr-CA/ui.ftl", "menu = Menu\n    .label = Ouvrir\n"),
            ("locales/fr-CA/g.ftl", "g--m--a = { menu.label } { -brand }\n"),
        ],
    );
    let compared = assert_same_findings(&ws.workspace());
    assert!(
        compared > 5,
        "the workspace has findings to compare ({compared})"
    );
}

#[test]
fn this_repository_checked_file_by_file_matches_the_lint() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_same_findings(&Workspace::open(root).expect("the repository's workspace"));
}
