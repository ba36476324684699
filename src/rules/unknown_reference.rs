//! `unknown-reference`: a message or term reference that nothing in the locale defines.

use super::{Rule, RuleId};
use crate::checks::{EntryCtx, Lookup};
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    id: RuleId::UnknownReference,
    name: "unknown-reference",
    default_severity: Severity::Error,
    summary: "a message or term reference that no file of the locale (or its fallback) defines",
    doc: r#"## What it does

Reports a reference to a message (`{ other-message }`), a term (`{ -brand }`) or an
attribute of either (`{ other-message.title }`, `{ -brand.gender -> … }`) that no file of
the locale defines, nor any locale of its fallback chain (which always ends with the source).
An attribute is looked up on the definition the runtime will use: the first locale of the
chain that defines the id, since attributes do not fall back one by one. When that locale
defines the id in more than one file (alternative files of which a build loads one, such as
`beta/brand.ftl` and `release/brand.ftl`), the attribute is known if any of them has it. A
misspelt attribute gets the nearest name as a suggestion. Source files are checked too.

## Why is this bad

Fluent renders an unknown reference as its id in braces (`{-brand}`) in the middle of the
text, and reports an error the user never sees.

## Example

```ftl
unlock-mi-phone--title = Comment déverrouiller un téléphone { -brand-shrt }
```

The term is `-brand-short`.
"#,
};

pub fn check(ctx: &EntryCtx, out: &mut Vec<Diagnostic>) {
    for part in &ctx.facts.per_part {
        for r in &part.references {
            // Most references name no attribute: whether the id is defined is enough.
            if r.attribute.is_none() && ctx.env.defines(&r.id) {
                continue;
            }
            let span = r.offset..r.offset + r.len;
            match ctx.env.lookup(&r.id) {
                Lookup::Missing => {
                    let kind = if r.is_term { "term" } else { "message" };
                    let ids = ctx.env.all_ids();
                    let help = crate::suggest::nearest(
                        &r.id,
                        ids.iter()
                            .copied()
                            .filter(|k| k.starts_with('-') == r.is_term),
                    )
                    .map(|s| format!("did you mean `{s}`?"))
                    .unwrap_or_else(|| {
                        format!("define the {kind} `{}`, or fix the reference", r.id)
                    });
                    out.push(
                        ctx.diag(&RULE, span, format!("unknown {kind} `{}`", r.id))
                            .with_help(help),
                    );
                }
                Lookup::Found(attrs) => {
                    if let Some(attr) = r.attribute {
                        if !attrs.contains(&attr) {
                            let help = match crate::suggest::nearest(attr, attrs.iter().copied()) {
                                Some(near) => format!("did you mean `.{near}`?"),
                                None => format!(
                                    "add `.{attr}` to `{}` (attributes do not fall back separately)",
                                    r.id
                                ),
                            };
                            out.push(
                                ctx.diag(
                                    &RULE,
                                    span,
                                    format!("`{}` has no attribute `.{attr}` in this locale", r.id),
                                )
                                .with_help(help),
                            );
                        }
                    }
                }
            }
        }
    }
}
