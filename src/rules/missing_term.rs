//! `missing-term`: the source uses a term and the translation hard-codes its value.

use super::{Rule, RuleId};
use crate::checks::{PairCtx, PartFacts};
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    id: RuleId::MissingTerm,
    name: "missing-term",
    default_severity: Severity::Warning,
    summary: "the source uses a term (-brand) and the translation hard-codes it instead",
    doc: r#"## What it does

When a source message references a term whose source value is plain text (`-brand =
Xiaomi`), and its translation does not reference that term but contains the term's source
value literally, polyguide reports the hard-coded name.

## Why is this bad

Terms exist so that a brand or a UI label is written once per locale. A hard-coded copy
does not follow when the term changes (a rebrand, a renamed menu item), and it bypasses the
locale's own spelling of the name.

## Example

```ftl
# source
unlock-mi-phone--official-support--title = Contact { -brand } customer support
# translation
unlock-mi-phone--official-support--title = Contacter le service client Xiaomi
```

Write `Contacter le service client { -brand }`.
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    for sp in &ctx.source.per_part {
        if !sp.refers_to_terms {
            continue;
        }
        let Some(tp) = t.facts.part(sp.name) else {
            continue;
        };
        let mut seen: Vec<&str> = Vec::new();
        for r in sp
            .references
            .iter()
            .filter(|r| r.is_term && r.attribute.is_none())
        {
            if seen.contains(&r.id.as_ref())
                || tp.references.iter().any(|u| u.is_term && u.id == r.id)
            {
                continue;
            }
            seen.push(r.id.as_ref());
            let Some(value) = hard_coded(ctx, tp, &r.id) else {
                continue;
            };
            out.push(
                t.diag(
                    &RULE,
                    t.part_span(sp.name),
                    format!(
                        "`{}` hard-codes “{value}” where the source uses the term `{}`",
                        t.id, r.id
                    ),
                )
                .with_help(format!("write `{{ {} }}` instead of “{value}”", r.id)),
            );
        }
    }
}

/// The source value of `term` when the translated part hard-codes it instead of referencing
/// the term: what this rule reports (`missing-term-reference` stays quiet then).
pub fn hard_coded<'e>(ctx: &'e PairCtx, tp: &PartFacts, term: &str) -> Option<&'e str> {
    let value = ctx.translation.env.source_terms.get(term)?;
    (!value.trim().is_empty() && contains_word(tp.literal(), value)).then_some(value.as_str())
}

/// True if `needle` occurs in `haystack` not as part of a longer word.
fn contains_word(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(i, _)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn whole_words_only() {
        assert!(super::contains_word("le service Xiaomi.", "Xiaomi"));
        assert!(!super::contains_word("Miami", "Mi"));
        assert!(super::contains_word("téléphone Mi", "Mi"));
    }
}
