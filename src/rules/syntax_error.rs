//! `syntax-error`: an FTL file, or a text in a guide, is not valid Fluent.

use super::{Rule, RuleId};
use crate::diagnostic::{Diagnostic, LazyIndex, Severity};
use crate::ftl::ParsedFtl;

pub static RULE: Rule = Rule {
    id: RuleId::SyntaxError,
    name: "syntax-error",
    default_severity: Severity::Error,
    summary: "an FTL file or a content text is not valid Fluent",
    doc: r#"## What it does

Reports every part of a Fluent file that the parser had to skip (Fluent calls it *junk*),
with the parser's own explanation, and every text in a guide that is not a valid Fluent
pattern. It also reports files that cannot be read as UTF-8 text. The rest of the file is
still checked: one broken entry never hides the others.

## Why is this bad

A Fluent runtime drops junk silently: the message simply does not exist at run time, and
the app shows the message id or a fallback language instead. A text in a guide that is not
valid Fluent cannot be translated or exported at all.

## Example

```ftl
hard-reset--title = Hard reset { -brand
```

The placeable is not closed. Write `Hard reset { -brand }`. A literal brace is written as
`{ "{" }`.
"#,
};

/// One finding for each junk entry of a parsed file.
pub fn check_junk(
    path: &str,
    parsed: &ParsedFtl,
    index: &LazyIndex,
    locale: Option<&str>,
    out: &mut Vec<Diagnostic>,
) {
    for junk in &parsed.junk {
        out.push(
            Diagnostic::at(
                &RULE,
                path,
                index.get(),
                junk.error_span.clone(),
                format!("invalid Fluent: {}", junk.message),
            )
            .with_locale(locale)
            .with_help("this entry is skipped; fix it so that it is loaded"),
        );
    }
}
