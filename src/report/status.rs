//! `polyguide status`: the per-locale completeness table.

use crate::lint::LocaleSummary;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusFormat {
    Table,
    Json,
    Markdown,
}

const HEADERS: [&str; 10] = [
    "locale",
    "total",
    "translated",
    "missing",
    "stale",
    "unstamped",
    "obsolete",
    "errors",
    "warnings",
    "complete",
];

fn row(s: &LocaleSummary) -> [String; 10] {
    [
        s.locale.clone(),
        s.total.to_string(),
        s.translated.to_string(),
        s.missing.to_string(),
        s.stale.to_string(),
        s.unstamped.to_string(),
        s.obsolete.to_string(),
        s.errors.to_string(),
        s.warnings.to_string(),
        if s.broken.is_empty() {
            format!("{:.1} %", s.complete)
        } else {
            format!("{:.1} % (broken)", s.complete)
        },
    ]
}

pub fn render(locales: &[LocaleSummary], format: StatusFormat) -> String {
    match format {
        StatusFormat::Table => table(locales),
        StatusFormat::Markdown => markdown(locales),
        StatusFormat::Json => {
            #[derive(Serialize)]
            struct Status<'a> {
                version: u32,
                locales: &'a [LocaleSummary],
            }
            let mut s = serde_json::to_string_pretty(&Status {
                version: super::json::FORMAT_VERSION,
                locales,
            })
            .unwrap_or_default();
            s.push('\n');
            s
        }
    }
}

/// A GitHub-flavoured Markdown table, for a bot to post on a pull request.
fn markdown(locales: &[LocaleSummary]) -> String {
    let mut out = String::from(
        "| Locale | Complete | Translated | Missing | Stale | Unstamped | Obsolete | Errors | Warnings |\n",
    );
    out.push_str("|:--|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for s in locales {
        let mark = if s.errors > 0 || !s.broken.is_empty() {
            "❌"
        } else if s.complete >= 100.0 && s.warnings == 0 {
            "✅"
        } else {
            "⚠️"
        };
        out.push_str(&format!(
            "| {mark} `{}` | {:.1} % | {} / {} | {} | {} | {} | {} | {} | {} |\n",
            s.locale,
            s.complete,
            s.translated,
            s.total,
            s.missing,
            s.stale,
            s.unstamped,
            s.obsolete,
            s.errors,
            s.warnings
        ));
    }
    out
}

/// A plain text table: the locale left-aligned, numbers right-aligned.
fn table(locales: &[LocaleSummary]) -> String {
    let rows: Vec<[String; 10]> = locales.iter().map(row).collect();
    let mut widths = HEADERS.map(|h| h.chars().count());
    for r in &rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |cells: &[String]| {
        let parts: Vec<String> = cells
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (c, w))| {
                if i == 0 {
                    format!("{c:<w$}")
                } else {
                    format!("{c:>w$}")
                }
            })
            .collect();
        out.push_str(parts.join("  ").trim_end());
        out.push('\n');
    };
    line(&HEADERS.map(String::from));
    for r in &rows {
        line(r);
    }
    out
}
