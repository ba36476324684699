//! Reporters: turn a [`LintOutcome`] into text. Each returns a `String`; only `main` writes it.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod stale;
pub mod status;

use crate::diagnostic::Severity;
use crate::lint::{Batch, LintOutcome, LocaleSummary};
use std::io::Write;

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
