//! `obsolete-attribute`: a translation has an attribute the source does not.

use super::{Rule, RuleId};
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    id: RuleId::ObsoleteAttribute,
    name: "obsolete-attribute",
    default_severity: Severity::Error,
    summary: "a translation has an attribute the source message does not",
    doc: r#"## What it does

Reports each attribute of a translated message that its source message does not have,
with the nearest source attribute as a suggestion. Terms are exempt: a translation may give
its terms grammatical attributes the source language does not need (`.gender`, `.case`) for
its own selectors; a term attribute the source has and the translation lacks is reported by
`missing-attribute`.

## Why is this bad

Nobody reads an attribute the source does not define: if it is a misspelling
(`.placeholdr`), the translation the translator wrote is lost and the real attribute is
missing; if the source dropped it, the translation carries dead text.

## Example

```ftl
# source
login-input = Email
    .placeholder = name@example.com
# translation
login-input = Courriel
    .placeholdr = nom@exemple.com
```

Rename `.placeholdr` to `.placeholder`.
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    if t.is_term {
        return;
    }
    let source = &ctx.source.parts;
    for (name, _) in &t.facts.parts.attributes {
        if source.attribute(name).is_none() {
            let help = crate::suggest::nearest(name, source.attributes.iter().map(|(n, _)| *n))
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
