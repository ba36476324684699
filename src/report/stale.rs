//! `polyguide stale`: the translator's worklist, each item with a word diff.

use crate::diagnostic::Severity;
use crate::lint::StaleItem;
use crate::stamps::{word_diff, DiffPart};
use anstyle::{AnsiColor, Effects, Style};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum StaleFormat {
    Human,
    Json,
}

pub fn render(items: &[StaleItem], format: StaleFormat, color: bool) -> String {
    match format {
        StaleFormat::Json => {
            #[derive(Serialize)]
            struct Report<'a> {
                version: u32,
                items: &'a [StaleItem],
            }
            let mut s = serde_json::to_string_pretty(&Report {
                version: super::json::FORMAT_VERSION,
                items,
            })
            .unwrap_or_default();
            s.push('\n');
            s
        }
        StaleFormat::Human => human(items, color),
    }
}

fn human(items: &[StaleItem], color: bool) -> String {
    let paint = |style: Style, s: &str| {
        if color {
            format!("{style}{s}{style:#}")
        } else {
            s.to_string()
        }
    };
    let removed = Style::new()
        .fg_color(Some(AnsiColor::Red.into()))
        .effects(Effects::STRIKETHROUGH);
    let added = Style::new()
        .fg_color(Some(AnsiColor::Green.into()))
        .effects(Effects::UNDERLINE);
    let bold = Style::new().effects(Effects::BOLD);
    let mut out = String::new();
    for item in items {
        let level = match item.severity {
            Severity::Error => paint(
                Style::new().fg_color(Some(AnsiColor::Red.into())).bold(),
                "error",
            ),
            Severity::Warning => paint(
                Style::new().fg_color(Some(AnsiColor::Yellow.into())).bold(),
                "warning",
            ),
            Severity::Info => "info".to_string(),
        };
        // Everything from files goes through `safe`: the colours are the only escapes.
        let safe = super::terminal_safe;
        out.push_str(&format!(
            "{level}: {} [{}]\n",
            paint(bold, &safe(&item.id)),
            safe(&item.locale)
        ));
        out.push_str(&format!("  --> {}:{}\n", safe(&item.path), item.line));
        let diff: String = word_diff(&item.stamped_source, &item.source)
            .into_iter()
            .map(|p| match p {
                DiffPart::Same(s) => safe(&s).into_owned(),
                DiffPart::Removed(s) if color => paint(removed, &safe(&s)),
                DiffPart::Added(s) if color => paint(added, &safe(&s)),
                DiffPart::Removed(s) => format!("[-{}-]", safe(&s)),
                DiffPart::Added(s) => format!("{{+{}+}}", safe(&s)),
            })
            .collect();
        out.push_str(&format!("  source change: {diff}\n"));
        out.push_str(&format!("  translation:   {}\n", safe(&item.translation)));
        if let Some(note) = &item.note {
            out.push_str(&format!("  note:          {}\n", safe(note)));
        }
        out.push('\n');
    }
    let safety = items
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .count();
    if items.is_empty() {
        out.push_str("polyguide: no stale translations\n");
    } else {
        out.push_str(&format!(
            "polyguide: {} stale translation{} ({safety} safety note{}); after updating one, run `polyguide accept LOCALE ID`\n",
            items.len(),
            if items.len() == 1 { "" } else { "s" },
            if safety == 1 { "" } else { "s" },
        ));
    }
    out
}
