//! `missing-message`: a source message has no translation in a file that exists.

use super::{Rule, RuleId};
use crate::align::TranslationFile;
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceEntry;

pub static RULE: Rule = Rule {
    id: RuleId::MissingMessage,
    name: "missing-message",
    default_severity: Severity::Warning,
    summary: "a source message has no translation (in a file that exists)",
    doc: r#"## What it does

Reports a message or term of the source catalog that the corresponding translation file
does not define. The finding points at the message's worksheet entry (`# id = …`) when the
file has one, else at the end of the translation file, where a new entry would go, and
quotes the source text.

## Why is this bad

Users of that locale see the text in a fallback language, in the middle of translated
steps. In a how-to guide a missing step is worse than a missing label: the reader may
skip it.

## Example

The source has `unlock-mi-phone--hard-reset--power-off = Power off your { -brand-short }
phone completely.` and `locales/de/unlock-mi-phone.ftl` has no
`unlock-mi-phone--hard-reset--power-off`. Add the translation.
"#,
};

/// A missing message, reported where a new entry would go: after the file's last line.
/// At the message's worksheet entry when the file has one (the translator's place to
/// work), else at the end of the file, where a new entry would go.
pub fn diagnostic(locale: &str, t: &TranslationFile, entry: &SourceEntry) -> Diagnostic {
    let id = entry.info.id;
    let (at, message) = match t.worksheet_entry(id) {
        Some(line) => (
            line + 2,
            format!("`{id}` is not translated: its worksheet entry is still commented out"),
        ),
        None => (t.text.len(), format!("`{id}` is not translated")),
    };
    let end = if at < t.text.len() { at + id.len() } else { at };
    let mut d = Diagnostic::at(&RULE, t.path, t.index.get(), at..end, message)
        .with_locale(Some(locale))
        .with_id(id)
        .with_help(entry.missing_help.clone());
    if end == at {
        d.span = None;
    }
    d
}
