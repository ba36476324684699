//! `empty-translation`: a translation's value is empty or only whitespace.

use super::Rule;
use crate::diagnostic::Severity;

pub static RULE: Rule = Rule {
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
