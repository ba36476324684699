//! `unstamped-translation`: a translation has no stamp yet.

use super::{Rule, RuleId};
use crate::align::TranslationFile;
use crate::diagnostic::{Diagnostic, Severity};
use crate::ftl::EntryInfo;

pub static RULE: Rule = Rule {
    id: RuleId::UnstampedTranslation,
    name: "unstamped-translation",
    default_severity: Severity::Info,
    summary: "a translation has no stamp yet",
    doc: r#"## What it does

In a locale that tracks staleness (it has a `polyguide.stamps` file), reports a translated
message that has no stamp: a new translation that nobody has accepted yet.

## Why is this bad

Without a stamp polyguide cannot tell whether the translation matches today's source or an
older one, so it can never report it stale. It is an `info` because a new translation is
normal; it is a reminder to accept it once reviewed.

## Example

A translator added `unlock-mi-phone--imei` to `locales/fr/unlock-mi-phone.ftl`. After
reviewing it, run `polyguide accept fr unlock-mi-phone--imei`.
"#,
};

/// A translated message of a tracking locale without a stamp.
pub fn diagnostic(locale: &str, t: &TranslationFile, entry: &EntryInfo) -> Diagnostic {
    Diagnostic::at(
        &RULE,
        t.path,
        t.index.get(),
        entry.id_span.clone(),
        format!("`{}` has no stamp yet", entry.id),
    )
    .with_locale(Some(locale))
    .with_id(entry.id)
    .with_help(format!(
        "after review, run `polyguide accept {locale} {}{}`",
        if entry.id.starts_with('-') { "-- " } else { "" },
        entry.id
    ))
}
