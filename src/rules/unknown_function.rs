//! `unknown-function`: a call to a function the app does not have.

use super::{Rule, RuleId};
use crate::checks::EntryCtx;
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    id: RuleId::UnknownFunction,
    name: "unknown-function",
    default_severity: Severity::Error,
    summary: "a function other than NUMBER, DATETIME or one declared in polyguide.toml",
    doc: r#"## What it does

Reports each function call (`{ FOO($x) }`) in a source or translated message whose function
is neither one of Fluent's built-ins, `NUMBER` and `DATETIME`, nor declared in
`polyguide.toml` as one the app registers:

```toml
[checks]
functions = ["PLATFORM"]
```

## Why is this bad

The runtime cannot call a function it does not know: the placeable renders as `{FOO()}`
and the message reports an error the reader never sees. A misspelt `NUBMER($n)` also loses
the number formatting, and a select on it always falls to its default variant.

## Example

```ftl
downloads = { NUBMER($count) } files downloaded
```

Write `NUMBER($count)`.
"#,
};

/// Fluent's built-in functions, which every runtime provides.
pub const BUILT_IN: [&str; 2] = ["NUMBER", "DATETIME"];

pub fn check(ctx: &EntryCtx, out: &mut Vec<Diagnostic>) {
    for part in &ctx.facts.per_part {
        for &(name, offset) in &part.functions {
            let declared = &ctx.env.settings.functions;
            if BUILT_IN.contains(&name) || declared.iter().any(|f| f == name) {
                continue;
            }
            let known = BUILT_IN
                .iter()
                .copied()
                .chain(declared.iter().map(String::as_str));
            let help = match crate::suggest::nearest(name, known) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!(
                    "Fluent has NUMBER and DATETIME; if the app registers `{name}`, declare it in polyguide.toml: [checks] functions = [\"{name}\"]"
                ),
            };
            out.push(
                ctx.diag(
                    &RULE,
                    offset..offset + name.len(),
                    format!("unknown function `{name}`"),
                )
                .with_help(help),
            );
        }
    }
}
