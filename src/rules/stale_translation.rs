//! `stale-translation`: the source changed since the translation was stamped.

use super::Rule;
use crate::diagnostic::Severity;

pub static RULE: Rule = Rule {
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
