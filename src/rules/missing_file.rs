//! `missing-file`: a source file or guide has no translation file in a locale.

use super::Rule;
use crate::diagnostic::Severity;

pub static RULE: Rule = Rule {
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
