//! `empty-translation`: a translation's value is empty or only whitespace.

use super::{Rule, RuleId};
use crate::align::TranslationFile;
use crate::checks::Facts;
use crate::diagnostic::{Diagnostic, Severity};
use crate::ftl::{self, EntryInfo};

pub static RULE: Rule = Rule {
    id: RuleId::EmptyTranslation,
    name: "empty-translation",
    default_severity: Severity::Error,
    summary: "a translation's value is empty or whitespace",
    doc: r#"## What it does

Reports a translated message whose value is missing, empty or only whitespace (including
`{ "" }`) while the source message has a value.

## Why is this bad

The app shows nothing where a step should be. Unlike a missing message, an empty one does
not fall back to another language: it silently replaces the text with a blank.

## Example

```ftl
unlock-mi-phone--hard-reset--power-off = { "" }
```

Translate the message, or delete the line so that the fallback language is used.
"#,
};

/// The finding when the translation's value is blank and the source's is not.
pub fn check(
    locale: &str,
    t: &TranslationFile,
    entry: &EntryInfo,
    translation: &Facts,
    source: &Facts,
) -> Option<Diagnostic> {
    if !ftl::pattern_is_blank(translation.parts.value) || ftl::pattern_is_blank(source.parts.value)
    {
        return None;
    }
    Some(
        Diagnostic::at(
            &RULE,
            t.path,
            t.index.get(),
            entry.id_span.clone(),
            format!("`{}` is translated as an empty text", entry.id),
        )
        .with_locale(Some(locale))
        .with_id(entry.id)
        .with_help("translate it, or delete the entry so that the fallback language is used"),
    )
}
