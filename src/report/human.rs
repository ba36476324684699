//! The human format: rustc-style snippets (annotate-snippets) and a one-line summary.

use crate::diagnostic::{Diagnostic, Severity};
use crate::lint::LintOutcome;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

pub fn render(outcome: &LintOutcome, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in &outcome.diagnostics {
        out.push_str(&render_one(&renderer, d, outcome));
        out.push_str("\n\n");
    }
    out.push_str(&summary_line(outcome));
    out.push('\n');
    out
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

fn render_one(renderer: &Renderer, d: &Diagnostic, outcome: &LintOutcome) -> String {
    let title = match &d.locale {
        Some(locale) => format!("{} [{locale}]", d.message),
        None => d.message.clone(),
    };
    let snippet_source = d.span.as_ref().and_then(|span| {
        let index = outcome.sources.get(&d.path)?;
        let line = index.line_range(d.line);
        let text = &index.text()[line.clone()];
        // Annotate within the line; a span running past the line end is cut at the end.
        let start = span.start.clamp(line.start, line.end) - line.start;
        let end = span.end.clamp(line.start, line.end) - line.start;
        Some((text, start..end.max(start)))
    });
    let title = level(d.severity).primary_title(title).id(d.rule);
    let mut group = match snippet_source {
        Some((text, span)) => title.element(
            Snippet::source(text)
                .line_start(d.line as usize)
                .path(d.path.as_str())
                .annotation(AnnotationKind::Primary.span(span)),
        ),
        None => title.element(
            annotate_snippets::Origin::path(d.path.as_str())
                .line(d.line as usize)
                .char_column(d.column as usize),
        ),
    };
    if let Some(help) = &d.help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    let report: &[Group] = &[group];
    renderer.render(report)
}

/// `polyguide: 2 errors, 1 warning, 0 infos in 9 locales` (or `no findings`).
pub fn summary_line(outcome: &LintOutcome) -> String {
    let count = |s| outcome.count(s);
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let locales = plural(outcome.locales.len(), "locale", "locales");
    if outcome.diagnostics.is_empty() {
        return format!("polyguide: no findings in {locales}");
    }
    format!(
        "polyguide: {}, {}, {} in {locales}",
        plural(count(Severity::Error), "error", "errors"),
        plural(count(Severity::Warning), "warning", "warnings"),
        plural(count(Severity::Info), "info", "infos"),
    )
}
