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
            rule: d.rule.name(),
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
    let mut out = String::with_capacity(256);
    write_finding(&mut out, d);
    out
}

/// [`finding`], appended to `out` without building anything in between.
pub fn write_finding(out: &mut String, d: &Diagnostic) {
    let field = |out: &mut String, name: &str, value: Option<&str>| {
        out.push_str(",\n      \"");
        out.push_str(name);
        out.push_str("\": ");
        match value {
            Some(v) => push_json_str(out, v),
            None => out.push_str("null"),
        }
    };
    out.push_str("    {\n      \"rule\": ");
    push_json_str(out, d.rule.name());
    field(out, "severity", Some(d.severity.as_str()));
    field(out, "locale", d.locale.as_deref());
    field(out, "path", Some(&d.path));
    out.push_str(",\n      \"line\": ");
    out.push_str(itoa(d.line, &mut [0; 10]));
    out.push_str(",\n      \"column\": ");
    out.push_str(itoa(d.column, &mut [0; 10]));
    field(out, "id", d.id.as_deref());
    field(out, "message", Some(&d.message));
    if let Some(help) = &d.help {
        field(out, "help", Some(help));
    }
    out.push_str("\n    }");
}

/// A number's decimal digits, written into `buf`.
fn itoa(mut n: u32, buf: &mut [u8; 10]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    std::str::from_utf8(&buf[i..]).unwrap_or("0")
}

/// `s` as a JSON string, escaped as serde_json escapes it: `"`, `\\`, and control
/// characters (`\n`, `\t`, `\r`, `\b`, `\f`, else `\u00XX`); everything else as is.
fn push_json_str(out: &mut String, s: &str) {
    out.push('"');
    // The bytes JSON escapes: control characters, `"` and `\`.
    const ESCAPE: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 0x20 {
            table[b] = true;
            b += 1;
        }
        table[b'"' as usize] = true;
        table[b'\\' as usize] = true;
        table
    };
    let mut rest = s;
    while let Some(i) = rest.bytes().position(|b| ESCAPE[usize::from(b)]) {
        out.push_str(&rest[..i]);
        let b = rest.as_bytes()[i];
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
    out.push('"');
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
        // Every control character, the escapes JSON names and the ones it spells in hex.
        let controls: String = (0u8..0x20).map(char::from).collect();
        d.message = format!("{controls} \\ \" \u{7f} é 中 😀 end\\");
        d.help = Some("\"".into());
        d.line = 4_294_967_295;
        d.column = 0;
        assert_eq!(finding(&d), pretty(&d));
    }
}
