//! `reference-mismatch`: a translation references other messages than its source does.

use super::{Rule, RuleId};
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};
use std::collections::BTreeSet;

pub static RULE: Rule = Rule {
    id: RuleId::ReferenceMismatch,
    name: "reference-mismatch",
    default_severity: Severity::Warning,
    summary:
        "a translation references different messages than the source (same value or attribute)",
    doc: r#"## What it does

Compares the message references (`{ other-message }`, `{ other-message.attr }`) of each
part of a translation (its value, each attribute) with the same part of the source. Term
references are not compared: translations may use terms differently (see `missing-term`).

## Why is this bad

A message reference usually embeds a UI label ("Click { menu-settings }"). Dropping it
hard-codes a label that will drift from the real one; referencing another message shows the
wrong label.

## Example

```ftl
# source
hint = Open { menu-settings } to change it.
# translation
hint = Ouvrez les Paramètres pour le modifier.
```

Write `Ouvrez { menu-settings } pour le modifier.`
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    for tp in &t.facts.per_part {
        let Some(sp) = ctx.source.part(tp.name) else {
            continue;
        };
        let refs = |p: &crate::checks::PartFacts| -> BTreeSet<String> {
            p.references
                .iter()
                .filter(|r| !r.is_term)
                .map(|r| match r.attribute {
                    Some(a) => format!("{}.{a}", r.id),
                    None => r.id.to_string(),
                })
                .collect()
        };
        if !sp.refers_to_messages && !tp.refers_to_messages {
            continue;
        }
        let (source, translation) = (refs(sp), refs(tp));
        if source != translation {
            let list = |s: &BTreeSet<String>| {
                if s.is_empty() {
                    "none".to_string()
                } else {
                    s.iter()
                        .map(|r| format!("`{{ {r} }}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            };
            let part = tp.name.map(|n| format!(".{n} of ")).unwrap_or_default();
            out.push(
                t.diag(
                    &RULE,
                    t.part_span(tp.name),
                    format!(
                        "{part}`{}` references {} but the source references {}",
                        t.id,
                        list(&translation),
                        list(&source)
                    ),
                )
                .with_help("reference the same messages as the source"),
            );
        }
    }
}
