//! `stale-translation`: the source changed since the translation was stamped.

use super::{Rule, RuleId};
use crate::align::TranslationFile;
use crate::catalog::SourceFile;
use crate::diagnostic::{Diagnostic, Severity};
use crate::ftl::{self, EntryInfo};
use crate::stamps::{self, Stamp};
use serde::Serialize;

pub static RULE: Rule = Rule {
    id: RuleId::StaleTranslation,
    name: "stale-translation",
    default_severity: Severity::Warning,
    summary: "the source changed since the stamp (an error for warning and caution notes)",
    doc: r#"## What it does

Compares each translated message with the stamp in `locales/<locale>/polyguide.stamps`: the
fingerprint of the source text the translation was last made or reviewed against. When
today's source differs, the translation is stale. The finding is a warning for titles,
summaries and steps, and an **error** for notes of kind `warning` or `caution`, which carry
data-loss and lock-out risks. `polyguide stale LOCALE` shows each stale item with a word diff
of the source change since the stamp.

Only locales that have a stamp file are checked: a locale starts tracking staleness with its
first `polyguide accept`. Reformatting the source (reflowing YAML, re-indenting) never makes a
translation stale, and reverting a source change makes it current again.

## Why is this bad

A stale translation tells readers something the source no longer says: a step that was
reordered, a button that was renamed, a warning that became stronger. Unlike a missing
message, nothing falls back; the reader trusts the outdated text.

## Example

The source step changed from `Power off your Mi phone.` to `Power off your Xiaomi phone.`
after the French translation was stamped. `polyguide stale fr` shows
`Power off your [-Mi-]{+Xiaomi+} phone.`; update the translation, then run
`polyguide accept fr unlock-mi-phone--hard-reset--power-off`. For a typo fix that does not
change the meaning, the author runs `polyguide accept --editorial ID` instead.
"#,
};

/// A stale translation with what changed in its source since it was stamped: the payload of
/// a `stale-translation` finding, and an item of the translators' worklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StaleItem {
    pub locale: String,
    pub id: String,
    pub path: String,
    pub line: u32,
    pub severity: Severity,
    /// The normalized source text the translation was stamped against.
    pub stamped_source: String,
    /// Today's normalized source text.
    pub source: String,
    /// Word diff from `stamped_source` to `source`: `[-removed-]`, `{+added+}`.
    pub diff: String,
    /// The translation as written in the FTL file (after `=`).
    pub translation: String,
    /// The content's note for translators, if it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The finding for a translation stamped against an older source text, with its worklist
/// item attached. Safety notes (warning, caution) are errors.
pub fn diagnostic(
    locale: &str,
    t: &TranslationFile,
    entry: &EntryInfo,
    stamp: &Stamp,
    source_file: &SourceFile,
    source_entry: &EntryInfo,
) -> Diagnostic {
    let item = source_file.items.get(entry.id);
    let safety = item.is_some_and(|i| i.kind.is_safety());
    let severity = if safety {
        Severity::Error
    } else {
        RULE.default_severity
    };
    let source = stamps::normalize(ftl::entry_value_text(&source_file.text, source_entry));
    let item = StaleItem {
        locale: locale.to_string(),
        id: entry.id.to_string(),
        path: t.path.to_string(),
        line: t.index.get().line_col(entry.id_span.start).0,
        severity,
        diff: stamps::word_diff_text(&stamp.source, &source),
        stamped_source: stamp.source.clone(),
        source,
        translation: ftl::entry_value_text(t.text, entry).to_string(),
        note: item.and_then(|i| i.context.note.clone()),
    };
    let mut d = Diagnostic::at(
        &RULE,
        t.path,
        t.index.get(),
        entry.id_span.clone(),
        format!(
            "`{}` is stale: the source changed since it was translated",
            entry.id
        ),
    )
    .with_severity(severity)
    .with_locale(Some(locale))
    .with_id(entry.id)
    .with_help(format!("source change: {}", item.diff));
    d.stale = Some(Box::new(item));
    d
}
