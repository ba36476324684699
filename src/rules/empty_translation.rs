//! `empty-translation`: a translation's value is empty or only whitespace.

use super::{Rule, RuleId};
use crate::align::TranslationFile;
use crate::checks::Facts;
use crate::diagnostic::{Diagnostic, Severity};
use crate::ftl::{self, EntryInfo};
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

pub static RULE: Rule = Rule {
    id: RuleId::EmptyTranslation,
    name: "empty-translation",
    default_severity: Severity::Error,
    summary: "a translation's value is empty or whitespace",
    doc: r#"## What it does

Reports a translated message whose value is empty by accident while the source message has
a value: no value at all (only attributes), or only whitespace (`{ " " }`). This is an
error.

A value written as exactly `{ "" }`, Fluent's explicit way to say "nothing here in this
language" (a suffix English needs and the language does not), is reported as an **info**
only, so that it stays visible in review. Like any empty value it counts as not translated,
and `export` ships the fallback language's text for it.

## Why is this bad

The app shows nothing where a step should be. Unlike a missing message, an empty one does
not fall back to another language at run time: it silently replaces the text with a blank.

## Example

```ftl
unlock-mi-phone--hard-reset--power-off = { " " }
```

Translate the message, or delete the line so that the fallback language is used.
"#,
};

/// The finding when the translation's value is blank and the source's is not: an error,
/// or an info when the value is a deliberate `{ "" }`.
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
    let d = Diagnostic::at(
        &RULE,
        t.path,
        t.index.get(),
        entry.id_span.clone(),
        format!("`{}` is translated as an empty text", entry.id),
    )
    .with_locale(Some(locale))
    .with_id(entry.id);
    Some(if is_explicitly_empty(translation.parts.value) {
        d.with_severity(Severity::Info).with_help(
            "written as { \"\" }, Fluent's explicit empty value: fine if the language needs no text here (export uses the fallback language for it)",
        )
    } else {
        d.with_help("translate it, or delete the entry so that the fallback language is used")
    })
}

/// The value is exactly `{ "" }`: empty on purpose, not by accident.
fn is_explicitly_empty(value: Option<&Pattern<&str>>) -> bool {
    matches!(
        value.map(|v| v.elements.as_slice()),
        Some([PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral { value: "" }),
        }])
    )
}
