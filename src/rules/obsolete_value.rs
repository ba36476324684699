//! `obsolete-value`: a translation has a value where the source message has none.

use super::{Rule, RuleId};
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    id: RuleId::ObsoleteValue,
    name: "obsolete-value",
    default_severity: Severity::Warning,
    summary: "a translation has a value where the source message has only attributes",
    doc: r#"## What it does

Reports a translated message with a value when its source message has only attributes
(compare-locales' "obsolete value"). A missing value where the source has one is reported by
`empty-translation`.

## Why is this bad

The app never formats the value of an attributes-only message: the text is dead, and often
means the translator misread the message's structure (a label written as the value instead
of as `.label`).

## Example

```ftl
# source
menu-save =
    .label = Save
# translation
menu-save = Enregistrer
    .label = Enregistrer
```

Delete the value: `menu-save =` followed by the attribute.
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    if ctx.source.parts.value.is_none() && !crate::ftl::pattern_is_blank(t.facts.parts.value) {
        out.push(
            t.diag(
                &RULE,
                t.id_span.clone(),
                format!(
                    "`{}` has a value, but its source message has only attributes",
                    t.id
                ),
            )
            .with_help("delete the value and keep the attributes"),
        );
    }
}
