//! `lint --format sarif` checked against the official SARIF 2.1.0 JSON schema (vendored in
//! `tests/schemas/`, see the README there), plus the invariants that SARIF consumers such as
//! GitHub code scanning rely on and the schema cannot express; and the shape of
//! `lint --format github` workflow commands.

mod common;

use common::TestWs;
use serde_json::Value;
use std::process::Command;

const SARIF_SCHEMA: &str = include_str!("schemas/sarif-schema-2.1.0.json");

/// The workflow command line that GitHub Actions turns into an annotation.
const GITHUB_COMMAND: &str =
    r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[^:]+::.+$";

/// A tiny workspace with findings of every level: a syntax error in a non-ASCII line of a
/// guide and of two translations, a missing message, an obsolete message, an untranslated
/// (info) message and missing files.
fn workspace() -> TestWs {
    TestWs::new(
        &["fr", "zh-CN"],
        &[
            (
                "content/g.yaml",
                "id: g\ntitle: Hello\nmethods:\n  - id: m\n    title: Method\n    steps:\n      \
                 - id: a\n        text: Do this.\n      - id: b\n        text: Then open the \
                 settings screen.\n",
            ),
            (
                "content/h.yaml",
                "id: h\ntitle: Café guide\nmethods:\n  - id: m\n    title: Méthode\n    \
                 steps:\n      - id: a\n        text: 先关机 { -brand 然后.\n",
            ),
            (
                "locales/fr/g.ftl",
                "g--title = Bonjour\ng--m--title = Méthode { -brand\ng--m--a = Faites ceci.\n\
                 g--m--b = Then open the settings screen.\ng--removed-step = Vieux.\n",
            ),
            (
                "locales/zh-CN/g.ftl",
                "g--title = 你好\ng--m--title = 方法\ng--m--a = 先做这个 { -brand\n",
            ),
        ],
    )
}

/// stdout of `polyguide lint --format FORMAT --workspace ROOT`. The workspace has errors, so
/// the exit status is 1; stderr must stay empty.
fn lint(ws: &TestWs, format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .args(["lint", "--format", format, "--workspace"])
        .arg(ws.root())
        .env("NO_COLOR", "1")
        .output()
        .expect("polyguide runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "exit status; stderr:\n{stderr}");
    assert!(stderr.is_empty(), "stderr:\n{stderr}");
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

fn json_findings(ws: &TestWs) -> Vec<Value> {
    let report: Value = serde_json::from_str(&lint(ws, "json")).expect("JSON report parses");
    report["findings"]
        .as_array()
        .expect("findings array")
        .clone()
}

fn sarif_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(SARIF_SCHEMA).expect("the vendored schema parses");
    // Draft 4 (from the schema's `$schema`); formats (`uri`, `uri-reference`, `date-time`)
    // are asserted, which draft 4 allows and SARIF consumers expect anyway. Every `$ref` is
    // internal (`#/definitions/…`), so nothing is fetched.
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("the vendored SARIF schema compiles: {e}"))
}

#[test]
fn vendored_schema_is_the_sarif_2_1_0_schema() {
    let schema: Value = serde_json::from_str(SARIF_SCHEMA).unwrap();
    assert!(schema["title"]
        .as_str()
        .unwrap()
        .contains("(SARIF) Version 2.1.0"));
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-04/schema#");
    assert_eq!(
        schema["id"],
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    );
    assert_eq!(schema["properties"]["version"]["enum"][0], "2.1.0");
    assert!(schema["definitions"]["result"].is_object());
}

#[test]
fn sarif_output_is_valid_against_the_official_schema() {
    let ws = workspace();
    let stdout = lint(&ws, "sarif");
    let sarif: Value = serde_json::from_str(&stdout).expect("SARIF output is JSON");

    let validator = sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| {
            format!(
                "  at {} (schema {}): {e}",
                e.instance_path(),
                e.schema_path()
            )
        })
        .collect();
    assert!(
        errors.is_empty(),
        "{} SARIF schema violation(s):\n{}\n\noutput:\n{stdout}",
        errors.len(),
        errors.join("\n")
    );
}

/// The validator is not vacuous: a log that breaks the schema in a few ways is rejected, and
/// each violation is reported.
#[test]
fn schema_rejects_invalid_sarif() {
    let validator = sarif_validator();
    let broken = serde_json::json!({
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "polyguide"}},
            "results": [{
                "ruleId": "missing-message",
                "level": "info",
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": "locales/fr/g.ftl"},
                    "region": {"startLine": 0},
                }}],
            }],
        }],
    });
    let paths: Vec<String> = validator
        .iter_errors(&broken)
        .map(|e| e.instance_path().to_string())
        .collect();
    for expected in [
        "/runs/0/results/0",
        "/runs/0/results/0/level",
        "/runs/0/results/0/locations/0/physicalLocation/region/startLine",
    ] {
        assert!(
            paths.iter().any(|p| p == expected),
            "no violation at {expected}: {paths:?}"
        );
    }
    assert!(validator.is_valid(&serde_json::json!({"version": "2.1.0", "runs": []})));
}

#[test]
fn sarif_output_is_consistent() {
    let ws = workspace();
    let sarif: Value = serde_json::from_str(&lint(&ws, "sarif")).expect("SARIF output is JSON");
    let findings = json_findings(&ws);

    // The workspace exercises what it is meant to.
    let rules_seen: Vec<&str> = findings
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    for rule in [
        "syntax-error",
        "missing-message",
        "obsolete-message",
        "untranslated",
    ] {
        assert!(
            rules_seen.contains(&rule),
            "no {rule} finding: {rules_seen:?}"
        );
    }
    for severity in ["error", "warning", "info"] {
        assert!(
            findings.iter().any(|f| f["severity"] == severity),
            "no {severity} finding"
        );
    }

    assert_eq!(sarif["version"], "2.1.0");
    let runs = sarif["runs"].as_array().expect("runs array");
    assert_eq!(runs.len(), 1, "one run");
    let run = &runs[0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "polyguide");

    let rules = driver["rules"].as_array().expect("driver.rules array");
    let rule_ids: Vec<&str> = rules
        .iter()
        .map(|r| r["id"].as_str().expect("rule id is a string"))
        .collect();
    let mut unique = rule_ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), rule_ids.len(), "rule ids are unique");

    let results = run["results"].as_array().expect("results array");
    assert_eq!(
        results.len(),
        findings.len(),
        "one SARIF result per finding of `--format json`"
    );
    let root = ws.root().to_string_lossy().replace('\\', "/");
    for (i, (result, finding)) in results.iter().zip(&findings).enumerate() {
        let rule_id = result["ruleId"].as_str().expect("ruleId is a string");
        assert!(
            rule_ids.contains(&rule_id),
            "result {i}: {rule_id} is not in driver.rules"
        );
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(
            rule_ids.get(index).copied(),
            Some(rule_id),
            "result {i}: ruleIndex {index} does not point to {rule_id}"
        );

        let level = result["level"].as_str().expect("level is a string");
        assert!(
            ["error", "warning", "note"].contains(&level),
            "result {i}: level {level}"
        );
        let expected_level = match finding["severity"].as_str().unwrap() {
            "error" => "error",
            "warning" => "warning",
            "info" => "note",
            other => panic!("unknown severity {other}"),
        };
        assert_eq!(level, expected_level, "result {i}: level of {finding}");
        assert_eq!(rule_id, finding["rule"], "result {i}: same order as JSON");

        let locations = result["locations"].as_array().expect("locations");
        assert!(!locations.is_empty(), "result {i} has a location");
        for location in locations {
            let physical = &location["physicalLocation"];
            let uri = physical["artifactLocation"]["uri"]
                .as_str()
                .expect("artifact uri is a string");
            assert!(
                !uri.is_empty()
                    && !uri.starts_with('/')
                    && !uri.contains('\\')
                    && !uri.contains(':')
                    && !uri.contains(root.as_str()),
                "result {i}: artifact uri {uri:?} is not relative to the workspace"
            );
            assert_eq!(uri, finding["path"], "result {i}: uri");
            assert_eq!(
                physical["region"]["startLine"], finding["line"],
                "result {i}"
            );
            assert_eq!(
                physical["region"]["startColumn"], finding["column"],
                "result {i}"
            );
        }
    }

    // Columns count code points: the zh-CN syntax error is after `g--m--a = 先做这个 { -brand`.
    assert!(
        findings.iter().any(|f| f["path"] == "locales/zh-CN/g.ftl"
            && f["rule"] == "syntax-error"
            && f["column"] == 24),
        "non-ASCII column: {findings:?}"
    );
    assert_eq!(run["columnKind"], "unicodeCodePoints");
}

#[test]
fn github_output_is_workflow_commands_then_a_summary() {
    let ws = workspace();
    let stdout = lint(&ws, "github");
    let findings = json_findings(&ws);

    let lines: Vec<&str> = stdout.lines().collect();
    let (summary, commands) = lines.split_last().expect("some output");
    assert!(
        summary.starts_with("polyguide: ") && !summary.starts_with("::"),
        "last line is the summary: {summary:?}"
    );
    assert_eq!(
        commands.len(),
        findings.len(),
        "one command per finding:\n{stdout}"
    );

    // The pattern is matched with the validator's own ECMA-262-style regex engine (as a
    // `pattern` keyword), so the test needs no regex crate of its own.
    let validator = jsonschema::validator_for(&serde_json::json!({
        "type": "string",
        "pattern": GITHUB_COMMAND,
    }))
    .expect("pattern compiles");
    let bad: Vec<&&str> = commands
        .iter()
        .filter(|line| !validator.is_valid(&Value::from(**line)))
        .collect();
    assert!(
        bad.is_empty(),
        "lines not matching {GITHUB_COMMAND}:\n{}",
        bad.iter()
            .map(|l| format!("  {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    );

    // Each command carries its finding's level, file and position.
    for (line, finding) in commands.iter().zip(&findings) {
        let command = match finding["severity"].as_str().unwrap() {
            "error" => "error",
            "warning" => "warning",
            _ => "notice",
        };
        let expected = format!(
            "::{command} file={},line={},col={},",
            finding["path"].as_str().unwrap(),
            finding["line"],
            finding["column"]
        );
        assert!(
            line.starts_with(&expected),
            "{line:?} should start with {expected:?}"
        );
    }
}

/// Every rule of the catalog is in SARIF's rule metadata, and findings of the rules added
/// for issue 13 are results there and annotations in the GitHub format.
#[test]
fn sarif_and_github_carry_every_rule() {
    let ws = TestWs::new(
        &["fr"],
        &[
            (
                "locales/en/app.ftl",
                "-brand = Acme\n-brand-short = Ac\n-menu = Menu\n\
                 hold = Hold { -menu } for 10 seconds.\n\
                 title = Unlock your { -brand } phone\n\
                 files = { $n ->\n    [one] One file\n   *[other] { $n } files\n}\n\
                 when = { NUMBER($n) } saved\n\
                 imei = Write down the IMEI.\n",
            ),
            (
                "locales/fr/app.ftl",
                "-brand = Acme\n-brand-short = Ac\n-menu = Menu\n\
                 hold = Maintenez le menu pendant 5 secondes.\n\
                 title = Déverrouiller votre téléphone { -brand-short }\n\
                 files = { $n ->\n    [one] Un fichier\n   *[autres] { $n } fichiers\n}\n\
                 when = { NOMBRE($n) } enregistrés\n\
                 imei = Notez \u{202E}l’IMEI.\n",
            ),
        ],
    );
    let stdout = lint(&ws, "sarif");
    let sarif: Value = serde_json::from_str(&stdout).expect("SARIF output is JSON");
    let errors: Vec<String> = sarif_validator()
        .iter_errors(&sarif)
        .map(|e| format!("  at {}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));

    let driver = &sarif["runs"][0]["tool"]["driver"];
    let rule_ids: Vec<&str> = driver["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let catalog: Vec<&str> = polyguide::rules::RULES.iter().map(|r| r.name).collect();
    assert_eq!(rule_ids, catalog, "driver.rules is the catalog, in order");

    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let github = lint(&ws, "github");
    for rule in [
        "unknown-function",
        "missing-term-reference",
        "extra-term-reference",
        "invalid-plural-key",
        "number-mismatch",
        "invisible-character",
    ] {
        let result = results
            .iter()
            .find(|r| r["ruleId"] == rule)
            .unwrap_or_else(|| panic!("no {rule} result:\n{stdout}"));
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rule_ids[index], rule);
        assert!(
            driver["rules"][index]["help"]["markdown"]
                .as_str()
                .unwrap()
                .contains("## Why is this bad"),
            "{rule} carries its documentation"
        );
        assert!(
            github.contains(&format!("title={rule} [fr]::")),
            "no {rule} annotation:\n{github}"
        );
    }
}
