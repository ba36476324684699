//! Reporters: turn a [`LintOutcome`] into text. Each returns a `String`; only `main` writes it.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod stale;
pub mod status;

use crate::diagnostic::Severity;
use crate::lint::{Batch, LintOutcome, LocaleSummary};
use std::borrow::Cow;
use std::io::Write;
use std::ops::Range;

/// The text with every character a terminal acts on written as a visible escape
/// (`\u{1b}`): C0 controls except line feed and tab, DEL, C1 controls, and the bidi
/// embeddings, overrides and isolates. Text reports (human, GitHub, `stale`) pass everything
/// read from files through it, so a hostile translation cannot clear the screen, rewrite a
/// CI log or reorder a line; JSON and SARIF escape control characters already.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    terminal_safe_span(s, 0..0).0
}

/// [`terminal_safe`], with a byte range of `s` moved to the same characters of the result.
pub fn terminal_safe_span(s: &str, span: Range<usize>) -> (Cow<'_, str>, Range<usize>) {
    replace_unsafe(s, span, |c, out| {
        out.push_str(&format!("\\u{{{:x}}}", u32::from(c)))
    })
}

/// `s` with each character a terminal acts on written by `replace`, and a byte range of `s`
/// moved to the same characters of the result.
fn replace_unsafe(
    s: &str,
    span: Range<usize>,
    replace: impl Fn(char, &mut String),
) -> (Cow<'_, str>, Range<usize>) {
    if !s.chars().any(needs_escape) {
        return (Cow::Borrowed(s), span);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let (mut start, mut end) = (None, None);
    for (i, c) in s.char_indices() {
        if i >= span.start && start.is_none() {
            start = Some(out.len());
        }
        if i >= span.end && end.is_none() {
            end = Some(out.len());
        }
        if needs_escape(c) {
            replace(c, &mut out);
        } else {
            out.push(c);
        }
    }
    let start = start.unwrap_or(out.len());
    let end = end.unwrap_or(out.len()).max(start);
    (Cow::Owned(out), start..end)
}

fn needs_escape(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{8}'
            | '\u{b}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
    )
}

/// `lint --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LintFormat {
    Human,
    Json,
    Sarif,
    Github,
}

/// Renders the outcome of `lint` in a format. `color` only affects the human format.
pub fn render_lint(outcome: &LintOutcome, format: LintFormat, color: bool) -> String {
    match format {
        LintFormat::Human => human::render(outcome, color),
        LintFormat::Json => json::render(outcome),
        LintFormat::Sarif => sarif::render(outcome),
        LintFormat::Github => github::render(outcome),
    }
}

/// The report text of one batch (for [`crate::lint::run_streaming`]'s worker threads).
/// JSON findings come as `\n` + finding, joined by `,`; [`LintStream::batch`] adds the
/// comma between batches.
pub fn render_batch(format: LintFormat, color: bool, batch: &Batch) -> String {
    // A JSON finding takes about 300 bytes: growing the text in steps would copy it over and
    // over for a locale with thousands of findings.
    let mut text = String::with_capacity(batch.diagnostics.len() * 320);
    for (i, d) in batch.diagnostics.iter().enumerate() {
        match format {
            LintFormat::Human => {
                text.push_str(&human::render_one(color, d, &batch.sources));
                text.push_str("\n\n");
            }
            LintFormat::Json => {
                if i > 0 {
                    text.push(',');
                }
                text.push('\n');
                json::write_finding(&mut text, d);
            }
            LintFormat::Github => text.push_str(&github::render_one(d)),
            LintFormat::Sarif => {}
        }
    }
    text
}

/// Writes a lint report as the locales come in, so memory does not grow with the number of
/// findings (SARIF, a single JSON document with rule metadata, is collected instead).
pub struct LintStream<W: Write> {
    format: LintFormat,
    out: W,
    totals: human::Totals,
    summaries: Vec<LocaleSummary>,
    collected: LintOutcome,
    /// The first write error: later output is skipped (`polyguide lint | head -1`).
    error: Option<std::io::Error>,
}

impl<W: Write> LintStream<W> {
    pub fn new(format: LintFormat, out: W) -> Self {
        let mut s = LintStream {
            format,
            out,
            totals: human::Totals::default(),
            summaries: Vec::new(),
            collected: LintOutcome::default(),
            error: None,
        };
        if format == LintFormat::Json {
            s.write(json::HEAD.to_string());
        }
        s
    }

    fn write(&mut self, text: String) {
        if self.error.is_none() && !text.is_empty() {
            if let Err(e) = self.out.write_all(text.as_bytes()) {
                self.error = Some(e);
            }
        }
    }

    /// Reports one batch of findings, with its text from [`render_batch`].
    pub fn batch(&mut self, batch: Batch, text: String) {
        let before = self.totals.errors + self.totals.warnings + self.totals.infos;
        for d in &batch.diagnostics {
            self.totals.add(d);
        }
        if self.format == LintFormat::Json && before > 0 && !batch.diagnostics.is_empty() {
            self.write(",".to_string());
        }
        self.write(text);
        if let Some(summary) = &batch.summary {
            self.summaries.push(summary.clone());
            self.totals.locales += 1;
        }
        if self.format == LintFormat::Sarif {
            self.collected.diagnostics.extend(batch.diagnostics);
        }
    }

    /// Ends the report; returns the totals, and the write error that cut the output short.
    pub fn finish(mut self) -> (human::Totals, Option<std::io::Error>) {
        let any = self.totals.errors + self.totals.warnings + self.totals.infos > 0;
        let text = match self.format {
            LintFormat::Human | LintFormat::Github => human::summary_line(&self.totals) + "\n",
            LintFormat::Json => json::tail(any, &self.summaries),
            LintFormat::Sarif => sarif::render(&self.collected),
        };
        self.write(text);
        if self.error.is_none() {
            if let Err(e) = self.out.flush() {
                self.error = Some(e);
            }
        }
        (self.totals, self.error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        match severity {
            Severity::Error => self.totals.errors,
            Severity::Warning => self.totals.warnings,
            Severity::Info => self.totals.infos,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible_escapes() {
        assert_eq!(terminal_safe("a\x1b[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(
            terminal_safe("x\u{202e}y\u{9b}z\r"),
            "x\\u{202e}y\\u{9b}z\\u{d}"
        );
        assert!(matches!(terminal_safe("line\n\tnext é"), Cow::Borrowed(_)));
    }

    #[test]
    fn spans_follow_the_escapes() {
        let text = "a\x07b = cd";
        let (safe, span) = terminal_safe_span(text, 6..8);
        assert_eq!(&safe[span], "cd");
        let (safe, span) = terminal_safe_span(text, 1..2);
        assert_eq!(&safe[span], "\\u{7}");
    }
}
