//! `obsolete-attribute`: a translation has an attribute the source does not.

use super::Rule;
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    name: "obsolete-attribute",
    default_severity: Severity::Error,
    summary: "a translation has an attribute the source message does not",
    doc: r#"## What it does

Reports each attribute of a translation that its source message or term does not have,
with the nearest source attribute as a suggestion. compare-locales lets term attributes
drift; polyguide checks them like message attributes.

## Why is this bad

Nobody reads an attribute the source does not define: if it is a misspelling
(`.placeholdr`), the translation the translator wrote is lost and the real attribute is
missing; if the source dropped it, the translation carries dead text.

## Example

```ftl
# source
-brand = Xiaomi
    .gender = masculine
# translation
-brand = Xiaomi
    .genre = masculine
```

Rename `.genre` to `.gender`.
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    let source_names: Vec<&str> = ctx.source.attributes.iter().map(|(n, _)| *n).collect();
    for (name, _) in &t.parts.attributes {
        if ctx.source.attribute(name).is_none() {
            let help = crate::suggest::nearest(name, source_names.iter().copied())
                .map(|s| format!("did you mean `.{s}`?"))
                .unwrap_or_else(|| "the source has no such attribute: delete it".into());
            out.push(
                t.diag(
                    &RULE,
                    t.part_span(Some(name)),
                    format!(
                        "`{}` has the attribute `.{name}`, which the source does not",
                        t.id
                    ),
                )
                .with_help(help),
            );
        }
    }
}
