//! `lint --format json`: the versioned machine-readable report of DESIGN.md.

use crate::diagnostic::Diagnostic;
use crate::lint::{LintOutcome, LocaleSummary};
use serde::Serialize;

/// Bumped when a field changes meaning or disappears; adding a field does not bump it.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    findings: Vec<Finding<'a>>,
    locales: &'a [LocaleSummary],
}

/// A finding as JSON: exactly the contract's fields, plus `help` when there is one.
#[derive(Serialize)]
struct Finding<'a> {
    rule: &'a str,
    severity: &'a str,
    locale: Option<&'a str>,
    path: &'a str,
    line: u32,
    column: u32,
    id: Option<&'a str>,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
}

impl<'a> From<&'a Diagnostic> for Finding<'a> {
    fn from(d: &'a Diagnostic) -> Self {
        Finding {
            rule: d.rule,
            severity: d.severity.as_str(),
            locale: d.locale.as_deref(),
            path: &d.path,
            line: d.line,
            column: d.column,
            id: d.id.as_deref(),
            message: &d.message,
            help: d.help.as_deref(),
        }
    }
}

pub fn render(outcome: &LintOutcome) -> String {
    let report = Report {
        version: FORMAT_VERSION,
        findings: outcome.diagnostics.iter().map(Finding::from).collect(),
        locales: &outcome.locales,
    };
    let mut out =
        serde_json::to_string_pretty(&report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}
