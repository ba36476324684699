//! Reporters: turn a [`LintOutcome`] into text. Each returns a `String`; only `main` writes it.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod stale;
pub mod status;

use crate::lint::LintOutcome;

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
