//! `obsolete-message`: a translation has no source message.

use super::{Rule, RuleId};
use crate::align::TranslationFile;
use crate::diagnostic::{Diagnostic, Severity};
use crate::ftl::EntryInfo;

pub static RULE: Rule = Rule {
    id: RuleId::ObsoleteMessage,
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

/// An entry of `t` that its source file lacks; `candidates` are the ids the file does not
/// translate yet, for a "did you mean".
pub fn diagnostic(
    locale: &str,
    t: &TranslationFile,
    entry: &EntryInfo,
    candidates: &[&str],
) -> Diagnostic {
    let help = crate::suggest::nearest(entry.id, candidates.iter().copied())
        .map(|s| format!("did you mean `{s}`?"))
        .unwrap_or_else(|| {
            "the source no longer has it: delete it, or move the translation to the item's new id"
                .into()
        });
    Diagnostic::at(
        &RULE,
        t.path,
        t.index.get(),
        entry.id_span.clone(),
        format!("`{}` is not in the source", entry.id),
    )
    .with_locale(Some(locale))
    .with_id(entry.id)
    .with_help(help)
}

/// An entry of a translation file that no source file maps to.
pub fn orphan(locale: &str, t: &TranslationFile, entry: &EntryInfo) -> Diagnostic {
    diagnostic(locale, t, entry, &[]).with_help(
        "there is no source file for this file; delete it, or move its entries to the file that has them",
    )
}
