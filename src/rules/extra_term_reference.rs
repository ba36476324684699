//! `extra-term-reference`: the translation references a term its source does not.

use super::missing_term_reference::term_references;
use super::{Rule, RuleId};
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    id: RuleId::ExtraTermReference,
    name: "extra-term-reference",
    default_severity: Severity::Warning,
    summary: "the translation references a term the source does not",
    doc: r#"## What it does

For each part of a translated message (its value, each attribute), reports the terms of the
source (`{ -brand }`) it references that the same part of the source does not. References to
a term's attributes (`{ -brand.gender -> … }`) are not counted. Terms that only the locale
defines (a grammatical helper term, say) are the translator's own device and never
reported, nor are references to terms nothing defines (`unknown-reference` reports those).
Terms are not checked: a translated term may be built from other terms as its language
needs.

## Why is this bad

Usually a term was swapped for a similar one (`{ -brand-short }` for `{ -brand }`, the
recovery menu's label for the settings app's), or a message was copied from a neighbour:
the reader is told to look for the wrong name. Sometimes the translation rightly uses a
term where the source hard-codes a name: then the source should use it too.

## Example

```ftl
# source
unlock-mi-phone--hard-reset--title = Hard reset (factory reset via { -recovery-mode })
# translation
unlock-mi-phone--hard-reset--title = Réinitialisation matérielle (via { -settings-app })
```

Write `{ -recovery-mode }`, as the source does.
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    if t.is_term {
        return;
    }
    for tp in &t.facts.per_part {
        if !tp.refers_to_terms {
            continue;
        }
        let Some(sp) = ctx.source.part(tp.name) else {
            continue;
        };
        // The common case: the same terms, in the same order.
        if term_references(sp).eq(term_references(tp)) {
            continue;
        }
        let mut extra: Vec<&str> = Vec::new();
        for term in term_references(tp) {
            // The cheap tests first: most terms are the source's, in the same part.
            if term_references(sp).any(|u| u == term) || extra.contains(&term) {
                continue;
            }
            if t.env.source.is_some_and(|s| s.get(term).is_some()) {
                extra.push(term);
            }
        }
        if extra.is_empty() {
            continue;
        }
        let part = tp.name.map(|n| format!(".{n} of ")).unwrap_or_default();
        let list = extra
            .iter()
            .map(|m| format!("`{{ {m} }}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut source: Vec<String> = term_references(sp)
            .map(|s| format!("`{{ {s} }}`"))
            .collect();
        source.dedup();
        let help = if source.is_empty() {
            "the source references no term here: check the name is the one the source means"
                .to_string()
        } else {
            format!("the source references {}", source.join(", "))
        };
        out.push(
            t.diag(
                &RULE,
                t.part_span(tp.name),
                format!(
                    "{part}`{}` references {list}, which the source does not",
                    t.id
                ),
            )
            .with_help(help),
        );
    }
}
