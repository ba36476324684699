//! `obsolete-message`: a translation has no source message.

use super::Rule;
use crate::diagnostic::Severity;

pub static RULE: Rule = Rule {
    name: "obsolete-message",
    default_severity: Severity::Warning,
    summary: "a translation has no source message",
    doc: r#"## What it does

Reports a message or term in a translation file that has no counterpart in the source file
at the same path: the source item was removed or renamed, or the id is misspelt. Every
entry of a translation file without any source file is obsolete too.

## Why is this bad

An obsolete message is never shown. If the id is misspelt, the translation the translator
wrote is lost to users and the real message is reported missing; if the source item was
renamed, the translation should move to the new id.

## Example

The source renamed `hard-reset--poweroff` to `hard-reset--power-off`; the translation still
defines `hard-reset--poweroff`. Rename it to the new id (then review it) or delete it.
"#,
};
