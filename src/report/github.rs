//! `lint --format github`: GitHub Actions workflow commands, one annotation per finding.

use crate::diagnostic::Severity;
use crate::lint::LintOutcome;

/// `::error file=…,line=…,col=…,title=…::message`. Property values escape `%`, CR, LF, `:`
/// and `,`; the message escapes `%`, CR and LF, as the workflow command syntax requires.
/// Other control characters are written as visible escapes ([`super::terminal_safe`]): the
/// runner prints the message in the job log.
pub fn render(outcome: &LintOutcome) -> String {
    let mut out = String::new();
    for d in &outcome.diagnostics {
        out.push_str(&render_one(d));
    }
    out.push_str(&super::human::summary_line(&super::human::Totals::of(
        outcome,
    )));
    out.push('\n');
    out
}

/// One workflow command line.
pub fn render_one(d: &crate::Diagnostic) -> String {
    let mut out = String::new();
    {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let title = match &d.locale {
            Some(l) => format!("{} [{l}]", d.rule),
            None => d.rule.to_string(),
        };
        let mut message = d.message.clone();
        if let Some(help) = &d.help {
            message.push_str("\nhelp: ");
            message.push_str(help);
        }
        out.push_str(&format!(
            "::{command} file={},line={},col={},title={}::{}\n",
            escape_property(&d.path),
            d.line,
            d.column,
            escape_property(&title),
            escape_data(&message)
        ));
    }
    out
}

fn escape_data(s: &str) -> String {
    super::terminal_safe(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_follow_the_workflow_command_syntax() {
        assert_eq!(super::escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        assert_eq!(super::escape_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(super::escape_data("a\x1b[2Jb\r"), "a\\u{1b}[2Jb\\u{d}");
    }
}
