//! `missing-plural-category`: a plural select lacks a category the locale needs.

use super::{Rule, RuleId};
use crate::checks::EntryCtx;
use crate::diagnostic::{Diagnostic, Severity};
use crate::pattern;

pub static RULE: Rule = Rule {
    id: RuleId::MissingPluralCategory,
    name: "missing-plural-category",
    default_severity: Severity::Warning,
    summary: "a plural select lacks a CLDR plural category the locale needs",
    doc: r#"## What it does

Finds plural selects: a select on a variable or on `NUMBER()` whose keys are all CLDR plural
categories (`zero`, `one`, `two`, `few`, `many`, `other`) or numbers, with at least one of
`zero` `one` `two` `few` `many`. For each, it reports the categories the locale's cardinal
plural rules need (current CLDR, from ICU4X) that the select does not have. Selects over
other keys (a gender, a platform) are never plural selects, even if one key is `one`; a
translation may add a plural select its source does not have, and it is checked too.

## Why is this bad

A missing category falls to the default variant: Russian "5 файл" instead of "5 файлов",
Arabic with the wrong noun form for 3–10. compare-locales' plural tables predate current
CLDR and fire on gender selects.

## Example

```ftl
# ru
files = { $n ->
    [one] { $n } файл
   *[other] { $n } файлов
}
```

Russian needs `one`, `few`, `many` and `other`: add `[few] { $n } файла` and
`[many] { $n } файлов`.
"#,
};

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

pub fn check(ctx: &EntryCtx, out: &mut Vec<Diagnostic>) {
    for part in &ctx.facts.per_part {
        for select in pattern::selects(ctx.text, part.pattern) {
            if !select.numeric_selector || !is_plural(&select.keys) {
                continue;
            }
            let missing: Vec<&str> = ctx
                .env
                .plural_categories
                .iter()
                .copied()
                .filter(|c| !select.keys.iter().any(|k| k.0 == *c))
                .collect();
            if missing.is_empty() {
                continue;
            }
            let locale = ctx.env.locale.unwrap_or("the source locale");
            let needed = ctx.env.plural_categories.join(", ");
            out.push(
                ctx.diag(
                    &RULE,
                    select.offset..select.offset + select.keys.first().map_or(0, |k| k.0.len()),
                    format!(
                        "this plural select lacks the categories {} that {locale} needs",
                        missing.join(", ")
                    ),
                )
                .with_help(format!("{locale} uses the plural categories {needed}")),
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
