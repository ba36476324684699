//! `invalid-plural-key`: a select on a number has a key that is not a plural category of the
//! locale.

use super::{Rule, RuleId};
use crate::checks::{EntryCtx, PairCtx, CATEGORIES};
use crate::diagnostic::{Diagnostic, Severity};
use crate::pattern::Select;

pub static RULE: Rule = Rule {
    id: RuleId::InvalidPluralKey,
    name: "invalid-plural-key",
    default_severity: Severity::Warning,
    summary: "a select on a number has a key that is not a CLDR plural category of the locale",
    doc: r#"## What it does

Finds selects on a number and reports each key that is neither a number (`[0]`, `[1]`) nor
one of the locale's CLDR cardinal plural categories. A select is on a number when its
selector is a variable or a `NUMBER()` call and either its own keys include `zero`, `one`,
`two`, `few` or `many`, or, in a translation, the source selects on the same variable with
plural categories (compare-locales' heuristic). A select on `$gender` with `masculine` and
`feminine` keys is not a select on a number. Locales whose language CLDR has no plural rules
for (Guarani, Saraiki) are not checked.

## Why is this bad

Fluent picks a plural variant by the category's English keyword, whatever the language:
a translated key (`*[altres]` for `*[other]` in Catalan) or the key of a category the
language does not have (`[few]` in French, `[zero]` in English, where 0 is `other`) is never
chosen for any number. The translator's text for it is never shown; if it was the default,
the select still works, but by accident. To match one number exactly, use the number:
`[0] No files`.

## Example

```ftl
# ca
files = { $n ->
    [one] Un fitxer
   *[altres] { $n } fitxers
}
```

Write `*[other]`: plural keys stay in English.
"#,
};

/// Selects on a number whose own keys say they are plural selects.
pub fn check(ctx: &EntryCtx, out: &mut Vec<Diagnostic>) {
    for part in &ctx.facts.per_part {
        for select in part.selects() {
            if select.numeric_selector && has_plural_category(select) {
                report(ctx, select, out);
            }
        }
    }
}

/// Selects on a number that the source's select on the same variable shows are plural
/// selects, when their own keys do not (every key translated, say).
pub fn check_pair(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    for tp in &t.facts.per_part {
        if tp.selects().is_empty() {
            continue;
        }
        let Some(sp) = ctx.source.part(tp.name) else {
            continue;
        };
        for select in tp.selects() {
            if !select.numeric_selector || has_plural_category(select) {
                continue;
            }
            let source_is_plural = sp.selects().iter().any(|s| {
                s.numeric_selector
                    && s.variable.is_some()
                    && s.variable == select.variable
                    && has_plural_category(s)
                    && s.keys
                        .iter()
                        .zip(&s.numeric_keys)
                        .all(|(k, numeric)| *numeric || CATEGORIES.contains(&k.0))
            });
            if source_is_plural {
                report(t, select, out);
            }
        }
    }
}

/// Some key is a plural category other than `other` (which is also every select's
/// customary default).
fn has_plural_category(select: &Select) -> bool {
    select
        .keys
        .iter()
        .zip(&select.numeric_keys)
        .any(|(k, numeric)| !numeric && CATEGORIES[..5].contains(&k.0))
}

fn report(ctx: &EntryCtx, select: &Select, out: &mut Vec<Diagnostic>) {
    let language = &ctx.env.language;
    if !language.plural_rules_known {
        // Without the language's rules, a key is no more likely wrong than right.
        return;
    }
    let categories = &language.plural_categories;
    let locale = ctx.env.name();
    for ((key, default, offset), numeric) in select.keys.iter().zip(&select.numeric_keys) {
        if *numeric || categories.contains(key) {
            continue;
        }
        let what = if CATEGORIES.contains(key) {
            format!("`[{key}]` is not a plural category of {locale}: no number selects it")
        } else {
            format!("`[{key}]` is not a plural category: no number selects it")
        };
        let what = if *default {
            format!("{what} (it is only the default)")
        } else {
            what
        };
        out.push(
            ctx.diag(&RULE, *offset..*offset + key.len(), what)
                .with_help(format!(
                    "{locale} uses the plural keys {} (in English); for one exact number, write the number, e.g. `[0]`",
                    categories.join(", ")
                )),
        );
    }
}
