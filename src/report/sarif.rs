//! `lint --format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

use crate::diagnostic::Severity;
use crate::lint::LintOutcome;
use crate::rules::RULES;
use serde_json::{json, Value};

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// One run with every rule's metadata and one result per finding. Locations are relative to
/// the workspace root (`%SRCROOT%`); columns count Unicode code points, which the run
/// declares with `columnKind`.
pub fn render(outcome: &LintOutcome) -> String {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            json!({
                "id": r.name,
                "name": camel_case(r.name),
                "shortDescription": {"text": r.summary},
                "fullDescription": {"text": r.summary},
                "help": {"text": r.doc, "markdown": r.doc},
                "defaultConfiguration": {"level": level(r.default_severity)},
            })
        })
        .collect();
    let results: Vec<Value> = outcome
        .diagnostics
        .iter()
        .map(|d| {
            let index = d.rule as usize;
            let mut text = d.message.clone();
            if let Some(locale) = &d.locale {
                text = format!("{text} [{locale}]");
            }
            if let Some(help) = &d.help {
                text = format!("{text}\nhelp: {help}");
            }
            let mut result = json!({
                "ruleId": d.rule,
                "ruleIndex": index,
                "level": level(d.severity),
                "message": {"text": text},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": d.path, "uriBaseId": "%SRCROOT%"},
                        "region": {"startLine": d.line, "startColumn": d.column},
                    }
                }],
            });
            let mut properties = serde_json::Map::new();
            if let Some(locale) = &d.locale {
                properties.insert("locale".into(), json!(locale));
            }
            if let Some(id) = &d.id {
                properties.insert("messageId".into(), json!(id));
            }
            if !properties.is_empty() {
                result["properties"] = Value::Object(properties);
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "polyguide",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

/// `missing-message` → `MissingMessage`, SARIF's conventional rule name form.
fn camel_case(name: &str) -> String {
    name.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}
