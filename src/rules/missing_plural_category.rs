//! `missing-plural-category`: a plural select lacks a category the locale needs.

use super::{Rule, RuleId};
use crate::checks::EntryCtx;
use crate::checks::CATEGORIES;
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    id: RuleId::MissingPluralCategory,
    name: "missing-plural-category",
    default_severity: Severity::Warning,
    summary: "a plural select lacks a CLDR plural category the locale needs",
    doc: r#"## What it does

Finds plural selects: a select on a variable or on `NUMBER()` whose keys are all CLDR plural
categories (`zero`, `one`, `two`, `few`, `many`, `other`) or numbers, with at least one of
`zero` `one` `two` `few` `many`. For each, it reports the categories the locale needs
(current CLDR, from ICU4X) that the select does not have. Selects over other keys (a gender,
a platform) are never plural selects, even if one key is `one`; a translation may add a
plural select its source does not have, and it is checked too.

A locale *needs* the categories that some whole number 0 ≤ n < 1,000,000 selects: French
`one` and `other`, Russian `one`, `few` and `many`, Hebrew `one`, `two` and `other`, Arabic
all six. Categories that only fractions or millions reach are optional: French `many`
(1,000,000 and compact numbers), Russian, Polish and Ukrainian `other` (1.5), Czech and
Lithuanian `many` (fractions). Projects that format fractions or millions with these
messages can ask for every CLDR category in `polyguide.toml`:

```toml
[checks]
plural-categories = "cldr"    # default "integers"
```

## Why is this bad

A missing category falls to the default variant: Russian "5 файл" instead of "5 файлов",
Arabic with the wrong noun form for 3–10. compare-locales asks for every CLDR category, of
an older CLDR, and fires on gender selects.

## Example

```ftl
# ru
files = { $n ->
    [one] { $n } файл
   *[other] { $n } файлов
}
```

Russian whole numbers need `one`, `few` and `many`: add `[few] { $n } файла` and make the
default `*[many] { $n } файлов` (`other`, for fractions, is optional).
"#,
};

pub fn check(ctx: &EntryCtx, out: &mut Vec<Diagnostic>) {
    for part in &ctx.facts.per_part {
        for select in part.selects() {
            if !select.numeric_selector || !is_plural(&select.keys) {
                continue;
            }
            let needed = ctx.env.needed_plural_categories();
            let missing: Vec<&str> = needed
                .iter()
                .copied()
                .filter(|c| !select.keys.iter().any(|k| k.0 == *c))
                .collect();
            if missing.is_empty() {
                continue;
            }
            let locale = ctx.env.name();
            let all = &ctx.env.language.plural_categories;
            let optional: Vec<&str> = all
                .iter()
                .copied()
                .filter(|c| !needed.contains(c))
                .collect();
            let help = if optional.is_empty() {
                format!("{locale} uses the plural categories {}", needed.join(", "))
            } else {
                format!(
                    "whole numbers in {locale} need the plural categories {} ({} only for fractions or millions, optional)",
                    needed.join(", "),
                    optional.join(", ")
                )
            };
            out.push(
                ctx.diag(
                    &RULE,
                    select.offset..select.offset + select.keys.first().map_or(0, |k| k.0.len()),
                    format!(
                        "this plural select lacks the categories {} that {locale} needs",
                        missing.join(", ")
                    ),
                )
                .with_help(help),
            );
        }
    }
}

/// Keys that are all plural categories or numbers, at least one a category other than `other`.
fn is_plural(keys: &[(&str, bool, usize)]) -> bool {
    keys.iter()
        .all(|k| CATEGORIES.contains(&k.0) || k.0.parse::<f64>().is_ok())
        && keys.iter().any(|k| CATEGORIES[..5].contains(&k.0))
}
