//! `invalid-stamps`: a locale's stamp file does not parse.

use super::{Rule, RuleId};
use crate::diagnostic::Severity;

pub static RULE: Rule = Rule {
    id: RuleId::InvalidStamps,
    name: "invalid-stamps",
    default_severity: Severity::Error,
    summary: "a polyguide.stamps file does not parse",
    doc: r#"## What it does

Reports a `locales/<locale>/polyguide.stamps` file that polyguide cannot read: a line that is
not `key = value` or `[id]`, a block without `fingerprint` or `source`, an id stamped twice
(often a merge that kept both sides), or a format this version does not know.

## Why is this bad

Without its stamps, polyguide cannot say which translations of the locale are stale, so the
locale is checked as if it had no stamps at all.

## Example

```text
<<<<<<< HEAD
[unlock-mi-phone--title]
```

A merge conflict left markers in the file. Resolve it by keeping both blocks (they are
independent), or delete the blocks and run `polyguide accept` again after review.
"#,
};
