//! A Mozilla-style project run the way compare-locales runs it (`tests/l10n-corpus/`).
//!
//! The corpus mirrors Thunderbird's layout: a source repository `en-US/` with its configs in
//! `_configs/` (`app.toml` includes `extra.toml`; `basepath = ".."`; `[env] l =
//! "{l10n_base}/{locale}/"`; per-path `locales`; `[[filters]]` on a file, on keys by regex and
//! by name), and the translations beside it in `l10n/<locale>/`. `l10n/it/` is on disk but in
//! no config; `l10n/notes/` is no locale.
//!
//! The expected counts are compare-locales 9.0.5's (`compare-locales en-US/_configs/app.toml
//! l10n`, and with `--full … l10n de fr it`); the CI interop step (`ci/interop/run.sh`)
//! runs compare-locales on the corpus and checks that they still agree. compare-locales
//! counts a missing message that a `warning` filter covers in `report`, not `missing`
//! (de's `settings-advanced`): polyguide counts it as missing, reported as a warning.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/l10n-corpus")
}

fn polyguide(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("polyguide runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `lint --format json` with `args` before `lint`, run in `dir`: the report.
#[track_caller]
fn lint_json(dir: &Path, args: &[&str], lint_args: &[&str]) -> Value {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["lint", "--format", "json"]);
    all.extend(lint_args);
    let out = polyguide(dir, &all);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "exit {:?}: {}",
        out.status.code(),
        stderr(&out)
    );
    serde_json::from_slice(&out.stdout).expect("JSON report")
}

/// (locale, missing, obsolete, errors) of each locale in the report.
fn counts(report: &Value) -> Vec<(String, u64, u64, u64)> {
    report["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["locale"].as_str().unwrap().to_string(),
                l["missing"].as_u64().unwrap(),
                l["obsolete"].as_u64().unwrap(),
                l["errors"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn row(locale: &str, missing: u64, obsolete: u64, errors: u64) -> (String, u64, u64, u64) {
    (locale.to_string(), missing, obsolete, errors)
}

/// (rule, locale, path, line) of every finding.
fn findings(report: &Value) -> Vec<(String, String, String, u64)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["locale"].as_str().unwrap_or("-").to_string(),
                f["path"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

const APP: &[&str] = &[
    "--l10n-toml",
    "en-US/_configs/app.toml",
    "--l10n-base",
    "l10n",
];

#[test]
fn counts_agree_with_compare_locales() {
    let report = lint_json(&corpus(), APP, &[]);
    // compare-locales: de missing 2 + report 1, obsolete 1, errors 0; fr 6, 1, 3.
    assert_eq!(counts(&report), [row("de", 3, 1, 0), row("fr", 6, 1, 3)]);
    let got = findings(&report);
    let f = |rule: &str, locale: &str, path: &str, line: u64| {
        (rule.to_string(), locale.to_string(), path.to_string(), line)
    };
    let expected = [
        // de: app-old; app-footer (experiment-survey is ignored by `re:experiment-`);
        // settings-advanced (a `warning` filter); onboarding-next (extra.toml); optional.ftl
        // is absent and its file filter says it may be.
        f("obsolete-message", "de", "l10n/de/app/main.ftl", 13),
        f("missing-message", "de", "l10n/de/app/main.ftl", 14),
        f("missing-message", "de", "l10n/de/app/settings.ftl", 4),
        f("missing-message", "de", "l10n/de/extra/onboarding.ftl", 2),
        // fr: no beta/ (de only) and no extra/ (extra.toml is de only).
        // app-welcome does not parse: the syntax error says so, and it counts as missing
        // without a second finding. fr needs only `one` and `other` (no plural finding).
        f("syntax-error", "fr", "l10n/fr/app/main.ftl", 4),
        f("missing-attribute", "fr", "l10n/fr/app/main.ftl", 10),
        f("duplicate-id", "fr", "l10n/fr/app/main.ftl", 11),
        f("missing-message", "fr", "l10n/fr/app/main.ftl", 12),
        // The file filter of optional.ftl does not cover its messages.
        f("obsolete-message", "fr", "l10n/fr/app/optional.ftl", 2),
        f("missing-file", "fr", "l10n/fr/app/settings.ftl", 1),
    ];
    assert_eq!(got, expected);
    let severity_of = |id: &str| {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == id)
            .map(|f| f["severity"].as_str().unwrap().to_string())
    };
    assert_eq!(severity_of("settings-advanced").as_deref(), Some("warning"));
}

#[test]
fn full_adds_the_locales_on_disk_and_the_sub_projects() {
    let full: Vec<&str> = APP.iter().copied().chain(["--full"]).collect();
    let report = lint_json(&corpus(), &full, &[]);
    // compare-locales --full … l10n de fr it: fr gets extra/ too (a missing file, 2), and
    // it is linted: main.ftl (3 of 8 translated, the experiments ignored), settings.ftl and
    // extra/ missing, beta/ still de only.
    assert_eq!(
        counts(&report),
        [row("de", 3, 1, 0), row("fr", 8, 1, 3), row("it", 9, 0, 0)]
    );
    // One locale on disk, named.
    let report = lint_json(&corpus(), &full, &["--locale", "it"]);
    assert_eq!(counts(&report), [row("it", 9, 0, 0)]);
    // Any locale, with --full: every file missing (optional.ftl may be; key filters do not
    // apply to a missing file).
    let report = lint_json(&corpus(), &full, &["--locale", "pt-BR"]);
    assert_eq!(counts(&report), [row("pt-BR", 14, 0, 0)]);
}

#[test]
fn a_locale_on_disk_without_full_says_how_to_lint_it() {
    let mut args: Vec<&str> = APP.to_vec();
    args.extend(["lint", "--locale", "it"]);
    let out = polyguide(&corpus(), &args);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("locale `it` has translations on disk"),
        "{err}"
    );
    assert!(err.contains("add --full"), "{err}");
}

#[test]
fn the_l10n_base_is_relative_to_the_working_directory() {
    let from_source = lint_json(
        &corpus().join("en-US"),
        &["--l10n-toml", "_configs/app.toml", "--l10n-base", "../l10n"],
        &[],
    );
    let from_top = lint_json(&corpus(), APP, &[]);
    assert_eq!(from_source, from_top);
    // `-D l10n_base=DIR` sets the same variable.
    let base = corpus().join("l10n");
    let define = format!("l10n_base={}", base.display());
    let defined = lint_json(
        &corpus(),
        &["--l10n-toml", "en-US/_configs/app.toml", "-D", &define],
        &[],
    );
    assert_eq!(defined, from_top);
}

#[test]
fn without_the_l10n_base_the_error_names_the_flag_and_the_config_once() {
    let out = polyguide(
        &corpus(),
        &["--l10n-toml", "en-US/_configs/app.toml", "lint"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(err.matches("app.toml").count(), 1, "{err}");
    assert!(
        err.contains("app.toml: `paths[0].l10n`: the pattern starts with the variable `{l10n_base}`, which is not set: pass the directory of the translations with --l10n-base DIR"),
        "{err}"
    );
    // A relative -D value is relative to the basepath, so this one leads outside.
    let out = polyguide(
        &corpus(),
        &[
            "--l10n-toml",
            "en-US/_configs/app.toml",
            "-D",
            "l10n_base=../../l10n",
            "lint",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("outside every directory given"), "{err}");
    for bad in ["x", "=x", "a-b=c"] {
        let out = polyguide(
            &corpus(),
            &["--l10n-toml", "en-US/_configs/app.toml", "-D", bad, "lint"],
        );
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(stderr(&out).contains("expected NAME=VALUE"), "{bad}");
    }
}

#[test]
fn validate_lints_the_reference_files_alone() {
    let report = lint_json(&corpus(), APP, &["--validate"]);
    assert_eq!(report["locales"], Value::Array(Vec::new()));
    assert_eq!(report["findings"], Value::Array(Vec::new()));
    // A broken reference file is found; no locale is linted.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&corpus(), dir.path());
    let main = dir.path().join("en-US/app/main.ftl");
    let text = std::fs::read_to_string(&main).unwrap();
    std::fs::write(&main, format!("{text}broken = {{ $x\n")).unwrap();
    let out = polyguide(
        dir.path(),
        &[APP, &["lint", "--validate", "--format", "json"]].concat(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        findings(&report),
        [(
            "syntax-error".to_string(),
            "-".to_string(),
            "en-US/app/main.ftl".to_string(),
            15
        )]
    );
    assert_eq!(report["locales"], Value::Array(Vec::new()));
    // --validate takes no locale.
    let out = polyguide(
        dir.path(),
        &[APP, &["lint", "--validate", "--locale", "de"]].concat(),
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn stamps_live_in_the_locale_directory_under_the_l10n_base() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&corpus(), dir.path());
    let out = polyguide(dir.path(), &[APP, &["accept", "de", "--all"]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(dir.path().join("l10n/de/polyguide.stamps").is_file());
    assert!(!dir.path().join("de").exists());
    // A stamped locale tracks staleness: nothing is stale right after the accept.
    let report = lint_json(dir.path(), APP, &["--locale", "de"]);
    assert_eq!(report["locales"][0]["stale"], 0);
    assert_eq!(report["locales"][0]["unstamped"], 0);
}

#[test]
fn a_missing_include_is_an_error_unless_ignored() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&corpus(), dir.path());
    let config = dir.path().join("en-US/_configs/app.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        format!("{text}\n[[includes]]\n    path = \"_configs/gone.toml\"\n"),
    )
    .unwrap();
    let out = polyguide(dir.path(), &[APP, &["lint"]].concat());
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("app.toml: `includes[1].path`: cannot read config"),
        "{err}"
    );
    assert!(err.contains("gone.toml"), "{err}");
    let out = polyguide(
        dir.path(),
        &[
            APP,
            &["--ignore-missing-includes", "lint", "--format", "json"],
        ]
        .concat(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.starts_with("warning: ")
            && err.contains("`includes[1].path`")
            && err.contains("skipped"),
        "{err}"
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(counts(&report), [row("de", 3, 1, 0), row("fr", 6, 1, 3)]);
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
