//! `missing-file`: a source file or guide has no translation file in a locale.

use super::{Rule, RuleId};
use crate::catalog::SourceFile;
use crate::diagnostic::{Diagnostic, Severity};
use crate::workspace::Workspace;

pub static RULE: Rule = Rule {
    id: RuleId::MissingFile,
    name: "missing-file",
    default_severity: Severity::Warning,
    summary: "a source file (or guide) has no translation file in a locale",
    doc: r#"## What it does

Reports, once per locale, a source FTL file or a guide that has no translation file at the
same relative path under `locales/<locale>/`. The finding states how many messages the file
has; they all count as missing in the completeness summary, but they are not reported one
by one.

## Why is this bad

Every text of that file falls back to another language in that locale. One finding per file
keeps a new locale's report readable instead of listing hundreds of missing messages.

## Example

`locales/en/terms.ftl` exists but `locales/fr/terms.ftl` does not. Start the translation
from the source file (for a guide, from `polyguide extract`): copy it to
`locales/fr/terms.ftl` and translate each message.
"#,
};

/// The finding for source file `source`, whose `count` messages have no translation file at
/// `path` in `locale`.
pub fn diagnostic(
    ws: &Workspace,
    locale: &str,
    path: &str,
    source: &SourceFile,
    count: usize,
) -> Diagnostic {
    let (noun, verb) = if count == 1 {
        ("message", "is")
    } else {
        ("messages", "are")
    };
    let help = if source.is_guide {
        let template =
            crate::workspace::join_rel(&ws.locale_rel_dir(&ws.config.source_locale), &source.rel);
        if ws.root.join(&template).is_file() {
            format!("start from the template: copy {template} to {path} and translate it")
        } else {
            format!("start from the template: run `polyguide extract`, then copy {template} to {path} and translate it")
        }
    } else {
        format!("copy {} to {path} and translate it", source.path)
    };
    Diagnostic::file(
        &RULE,
        path,
        format!(
            "{path} is missing: {count} {noun} of {} {verb} untranslated",
            source.path
        ),
    )
    .with_locale(Some(locale))
    .with_help(help)
}
