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

/// The report's opening, up to the findings array.
pub const HEAD: &str = "{\n  \"version\": 1,\n  \"findings\": [";

/// One finding as an element of the findings array, pretty-printed and indented exactly as
/// `serde_json::to_string_pretty` prints it inside the whole report (a test checks this), but
/// written directly: reports can hold a hundred thousand findings.
pub fn finding(d: &Diagnostic) -> String {
    use std::fmt::Write;
    let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let opt = |s: Option<&str>| s.map_or_else(|| "null".to_string(), q);
    let mut out = String::with_capacity(256);
    let _ = write!(
        out,
        "    {{\n      \"rule\": {},\n      \"severity\": {},\n      \"locale\": {},\n      \"path\": {},\n      \"line\": {},\n      \"column\": {},\n      \"id\": {},\n      \"message\": {}",
        q(d.rule),
        q(d.severity.as_str()),
        opt(d.locale.as_deref()),
        q(&d.path),
        d.line,
        d.column,
        opt(d.id.as_deref()),
        q(&d.message),
    );
    if let Some(help) = &d.help {
        let _ = write!(out, ",\n      \"help\": {}", q(help));
    }
    out.push_str("\n    }");
    out
}

/// The report's end: closes the findings array and writes the locale summaries.
pub fn tail(any_findings: bool, locales: &[LocaleSummary]) -> String {
    let summaries = serde_json::to_string_pretty(locales).unwrap_or_default();
    let close = if any_findings { "\n  ]" } else { "]" };
    format!(
        "{close},\n  \"locales\": {}\n}}\n",
        indent(&summaries, 2).trim_start()
    )
}

/// Indents every line after the first by `n` spaces, and the first too.
fn indent(text: &str, n: usize) -> String {
    let pad = " ".repeat(n);
    text.lines()
        .map(|l| format!("{pad}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules;

    fn pretty(d: &Diagnostic) -> String {
        indent(&serde_json::to_string_pretty(&Finding::from(d)).unwrap(), 4)
    }

    #[test]
    fn hand_written_finding_matches_serde_pretty() {
        let mut d = Diagnostic::file(
            &rules::missing_file::RULE,
            "locales/fr/a \"b\".ftl",
            "tab\there, quote \" and ü",
        );
        d.locale = Some("fr".into());
        for help in [None, Some("do this\nthen that".to_string())] {
            d.help = help;
            assert_eq!(finding(&d), pretty(&d));
        }
        d.id = Some("x".into());
        d.locale = None;
        assert_eq!(finding(&d), pretty(&d));
    }
}
