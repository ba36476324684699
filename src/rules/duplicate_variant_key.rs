//! `duplicate-variant-key`: a select has two variants with the same key.

use super::{Rule, RuleId};
use crate::checks::EntryCtx;
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    id: RuleId::DuplicateVariantKey,
    name: "duplicate-variant-key",
    default_severity: Severity::Error,
    summary: "a select expression has two variants with the same key",
    doc: r#"## What it does

Reports a variant key that appears twice in one select expression. The Fluent parser
accepts it; the second variant can never be chosen.

## Why is this bad

The translator wrote a text that no reader can ever see, usually meaning another key was
intended (`[one]` twice where the second should be `[few]`).

## Example

```ftl
files = { $n ->
    [one] один файл
    [one] { $n } файла
   *[other] { $n } файлов
}
```

The second `[one]` should be `[few]`.
"#,
};

pub fn check(ctx: &EntryCtx, out: &mut Vec<Diagnostic>) {
    for part in &ctx.facts.per_part {
        for select in part.selects() {
            for (i, (key, _, offset)) in select.keys.iter().enumerate() {
                if select.keys[..i].iter().any(|k| k.0 == *key) {
                    out.push(
                        ctx.diag(
                            &RULE,
                            *offset..*offset + key.len(),
                            format!("the variant key `[{key}]` appears twice in this select"),
                        )
                        .with_help(
                            "the later variant can never be chosen: change its key or delete it",
                        ),
                    );
                }
            }
        }
    }
}
