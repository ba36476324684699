//! `missing-variable`: a translation drops a variable of the source message.

use super::{Rule, RuleId};
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    id: RuleId::MissingVariable,
    name: "missing-variable",
    default_severity: Severity::Warning,
    summary: "a translation drops a source $variable (in every variant)",
    doc: r#"## What it does

Reports each `$variable` of the source message that the translation does not use anywhere:
not in its value, attributes, selectors or any variant. A variable used in at least one
variant of a select counts as used, because languages legitimately drop a number in the
`one` variant ("one file" rather than "1 file"). Terms are not checked.

## Why is this bad

The reader loses information the source shows: a count, a name, a date.

## Example

```ftl
# source
welcome = Welcome, { $user }!
# translation
welcome = Bienvenue !
```

Write `Bienvenue, { $user } !`.
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    if t.is_term || ctx.source.variables.is_empty() {
        return;
    }
    // A message has a handful of variables: linear scans beat building sets.
    let mut reported: Vec<&str> = Vec::new();
    for &(name, _) in &ctx.source.variables {
        if !t.facts.variables.iter().any(|v| v.0 == name) && !reported.contains(&name) {
            reported.push(name);
            out.push(
                t.diag(
                    &RULE,
                    t.id_span.clone(),
                    format!("`{}` does not use the source variable `${name}`", t.id),
                )
                .with_help(format!("add `{{ ${name} }}` where the source has it")),
            );
        }
    }
}
