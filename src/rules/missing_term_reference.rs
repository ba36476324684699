//! `missing-term-reference`: the translation drops a term its source references.

use super::{Rule, RuleId};
use crate::checks::{PairCtx, PartFacts};
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    id: RuleId::MissingTermReference,
    name: "missing-term-reference",
    default_severity: Severity::Warning,
    summary: "the source references a term that the translation neither references nor hard-codes",
    doc: r#"## What it does

For each part of a translated message (its value, each attribute), reports the terms the
same part of the source references (`{ -brand }`) that the translation does not reference.
References to a term's attributes (`{ -brand.gender -> … }`) are not counted, on either
side. When the translation writes the term's source value instead (`Xiaomi` for
`{ -brand }`), `missing-term` reports it, and when it references a misspelt term
(`{ -brnad }`), `unknown-reference` does: this rule stays quiet then. Terms are not checked:
a translated term may be built from other terms as its language needs.

## Why is this bad

A term is a name the reader must recognise on screen or in the product: a brand, a menu
item, a button label. A translation without it usually lost a word ("Open the settings"
for "Open { -settings-menu }"), or paraphrased the name, so the reader looks for a label
that is not there.

## Example

```ftl
# source
unlock-mi-phone--hard-reset--wipe = Select { -recovery-wipe-data } with the volume keys.
# translation
unlock-mi-phone--hard-reset--wipe = Sélectionnez l’option d’effacement avec les touches de volume.
```

Write `Sélectionnez { -recovery-wipe-data } avec les touches de volume.`
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    if t.is_term {
        return;
    }
    for sp in &ctx.source.per_part {
        if !sp.refers_to_terms {
            continue;
        }
        let Some(tp) = t.facts.part(sp.name) else {
            continue;
        };
        // The common case: the same terms, in the same order.
        if term_references(sp).eq(term_references(tp)) {
            continue;
        }
        let mut missing: Vec<&str> = Vec::new();
        for term in term_references(sp) {
            if missing.contains(&term)
                || term_references(tp).any(|u| u == term)
                || super::missing_term::hard_coded(ctx, tp, term).is_some()
                || misspelt(ctx, tp, term)
            {
                continue;
            }
            missing.push(term);
        }
        if missing.is_empty() {
            continue;
        }
        let part = sp.name.map(|n| format!(".{n} of ")).unwrap_or_default();
        let list = missing
            .iter()
            .map(|m| format!("`{{ {m} }}`"))
            .collect::<Vec<_>>()
            .join(", ");
        out.push(
            t.diag(
                &RULE,
                t.part_span(sp.name),
                format!(
                    "{part}`{}` does not reference {list}, which the source uses",
                    t.id
                ),
            )
            .with_help(format!(
                "write {list} where the source has it, so the name matches the one the reader sees"
            )),
        );
    }
}

/// True if the translated part references an unknown term whose name is close to `term`:
/// `unknown-reference` reports the misspelling, with `term` as its suggestion.
fn misspelt(ctx: &PairCtx, tp: &PartFacts, term: &str) -> bool {
    let env = ctx.translation.env;
    term_references(tp)
        .any(|u| !env.defines(u) && crate::suggest::nearest(u, std::iter::once(term)).is_some())
}

/// The terms a part references directly (`{ -brand }`, `{ -brand(case: "gen") }`), not
/// through an attribute.
pub fn term_references<'p>(part: &'p PartFacts) -> impl Iterator<Item = &'p str> {
    part.references
        .iter()
        .filter(|r| r.is_term && r.attribute.is_none())
        .map(|r| r.id.as_ref())
}
