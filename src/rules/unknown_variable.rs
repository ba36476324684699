//! `unknown-variable`: a translation uses a variable the source message does not have.

use super::{Rule, RuleId};
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};
use std::collections::HashSet;

pub static RULE: Rule = Rule {
    id: RuleId::UnknownVariable,
    name: "unknown-variable",
    default_severity: Severity::Error,
    summary: "a translation uses a $variable the source message does not have",
    doc: r#"## What it does

Reports each `$variable` in a translated message (its value, attributes, selectors and
variants) that appears nowhere in the source message. Terms are not checked: a term's
variables are parameters its callers pass (`{ -brand(case: "genitive") }`), and a
translation may add such a parameter. compare-locales checks no variables at all.

## Why is this bad

The app only passes the variables the source message uses. An unknown variable renders as
its name (`{$count}`) or an error in front of the user, typically because the translator
misspelt it or renamed it into their language.

## Example

```ftl
# source
downloads = { $count } files downloaded
# translation
downloads = { $nombre } fichiers téléchargés
```

Use `{ $count }` as in the source.
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    if t.is_term || t.facts.variables.is_empty() {
        return;
    }
    let source: HashSet<&str> = ctx.source.variables.iter().map(|v| v.0).collect();
    let mut reported = HashSet::new();
    for &(name, offset) in &t.facts.variables {
        if !source.contains(name) && reported.insert(name) {
            let help = crate::suggest::nearest(name, source.iter().copied())
                .map(|s| format!("did you mean `${s}`?"))
                .unwrap_or_else(|| {
                    if source.is_empty() {
                        "the source message has no variables".into()
                    } else {
                        let mut names: Vec<&str> = source.iter().copied().collect();
                        names.sort_unstable();
                        format!(
                            "the source has {}",
                            names
                                .iter()
                                .map(|n| format!("`${n}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    }
                });
            out.push(
                t.diag(
                    &RULE,
                    offset..offset + name.len() + 1,
                    format!("`${name}` is not a variable of the source message"),
                )
                .with_help(help),
            );
        }
    }
}
