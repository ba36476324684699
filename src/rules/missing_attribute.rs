//! `missing-attribute`: a source attribute is not translated.

use super::{Rule, RuleId};
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    id: RuleId::MissingAttribute,
    name: "missing-attribute",
    default_severity: Severity::Error,
    summary: "a translation lacks an attribute the source message has",
    doc: r#"## What it does

Reports each attribute of a source message or term (`.title`, `.placeholder`,
`.gender`) that the translation does not define.

## Why is this bad

Attributes are looked up one by one at run time and do not fall back individually: the
app asks for `login-input.placeholder`, the translated message exists, the attribute does
not, and the user sees nothing or the raw id. For a term, a missing attribute breaks every
selector that reads it.

## Example

```ftl
# source
login-input = Email
    .placeholder = name@example.com
# translation
login-input = Courriel
```

Add `.placeholder = nom@exemple.com` to the translation.
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    for (name, _) in &ctx.source.parts.attributes {
        if t.facts.parts.attribute(name).is_none() {
            out.push(
                t.diag(
                    &RULE,
                    t.id_span.clone(),
                    format!("`{}` lacks the attribute `.{name}`", t.id),
                )
                .with_help(format!("add `.{name} = …` as in the source")),
            );
        }
    }
}
