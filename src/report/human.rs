//! The human format: rustc-style snippets (annotate-snippets) and a one-line summary.

use crate::diagnostic::LineIndex;
use crate::diagnostic::{Diagnostic, Severity};
use crate::lint::LintOutcome;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::borrow::Cow;
use std::collections::BTreeMap;

pub fn render(outcome: &LintOutcome, color: bool) -> String {
    let mut out = String::new();
    for d in &outcome.diagnostics {
        out.push_str(&render_one(color, d, &outcome.sources));
        out.push_str("\n\n");
    }
    out.push_str(&summary_line(&Totals::of(outcome)));
    out.push('\n');
    out
}

/// Counts for the summary line.
#[derive(Clone, Copy, Debug, Default)]
pub struct Totals {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub locales: usize,
}

impl Totals {
    pub fn of(outcome: &LintOutcome) -> Totals {
        Totals {
            errors: outcome.count(Severity::Error),
            warnings: outcome.count(Severity::Warning),
            infos: outcome.count(Severity::Info),
            locales: outcome.locales.len(),
        }
    }

    pub fn add(&mut self, d: &Diagnostic) {
        match d.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
    }
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// One finding, rustc style: title, location, the line with a caret, help.
pub fn render_one(color: bool, d: &Diagnostic, sources: &BTreeMap<String, LineIndex>) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let safe = super::terminal_safe;
    let title = match &d.locale {
        Some(locale) => format!("{} [{}]", safe(&d.message), safe(locale)),
        None => safe(&d.message).into_owned(),
    };
    let path = safe(&d.path);
    let snippet_source = d.span.as_ref().and_then(|span| {
        let index = sources.get(&d.path)?;
        let line = index.line_range(d.line);
        let text = &index.text()[line.clone()];
        // Annotate within the line; a span running past the line end is cut at the end, and
        // both ends move to character boundaries (a parser error can point at one byte of a
        // multi-byte character, and annotate-snippets panics on that: found by fuzzing).
        let mut start = span.start.clamp(line.start, line.end) - line.start;
        let mut end = span.end.clamp(line.start, line.end) - line.start;
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        while !text.is_char_boundary(end) {
            end += 1;
        }
        Some(visible_line(text, start..end.max(start)))
    });
    let title = level(d.severity).primary_title(title).id(d.rule.name());
    let help = d.help.as_deref().map(safe);
    let mut group = match &snippet_source {
        Some((text, span)) => title.element(
            Snippet::source(text.as_ref())
                .line_start(d.line as usize)
                .path(path.as_ref())
                .annotation(AnnotationKind::Primary.span(span.clone())),
        ),
        None => title.element(
            annotate_snippets::Origin::path(path.as_ref())
                .line(d.line as usize)
                .char_column(d.column as usize),
        ),
    };
    if let Some(help) = &help {
        group = group.element(Level::HELP.message(help.as_ref()));
    }
    let report: &[Group] = &[group];
    renderer.render(report)
}

/// A source line for a snippet, each character a terminal acts on ([`super::terminal_safe`])
/// shown as one visible character: a C0 control as its control picture (`␛`), any other as
/// `�`. One character for one keeps the column annotate-snippets counts on the line equal
/// to the file's (an escape like `\u{1b}` would push it right); the message names the
/// character.
fn visible_line(
    text: &str,
    span: std::ops::Range<usize>,
) -> (Cow<'_, str>, std::ops::Range<usize>) {
    super::replace_unsafe(text, span, |c, out| {
        out.push(match c {
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{FFFD}'),
            '\u{7f}' => '\u{2421}',
            _ => '\u{FFFD}',
        })
    })
}

/// `polyguide: 2 errors, 1 warning, 0 infos in 9 locales` (or `no findings`).
pub fn summary_line(t: &Totals) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let locales = plural(t.locales, "locale", "locales");
    if t.errors + t.warnings + t.infos == 0 {
        return format!("polyguide: no findings in {locales}");
    }
    format!(
        "polyguide: {}, {}, {} in {locales}",
        plural(t.errors, "error", "errors"),
        plural(t.warnings, "warning", "warnings"),
        plural(t.infos, "info", "infos"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules;

    #[test]
    fn spans_inside_a_multibyte_character_render() {
        // A one-byte span on the second byte of a BOM character, as a parser error gives.
        let text = "a = { \u{feff}= B\n";
        let index = LineIndex::new(text);
        let d = Diagnostic::at(&rules::syntax_error::RULE, "x.ftl", &index, 7..8, "bad");
        let sources = BTreeMap::from([("x.ftl".to_string(), index)]);
        let out = render_one(false, &d, &sources);
        assert!(out.contains("x.ftl:1:"), "{out}");
    }
}
