//! `duplicate-id`: a message or term is defined twice in one locale.

use super::{Rule, RuleId};
use crate::diagnostic::{Diagnostic, LazyIndex, Severity};
use crate::ftl::ParsedFtl;
use crate::source::FirstDefs;

pub static RULE: Rule = Rule {
    id: RuleId::DuplicateId,
    name: "duplicate-id",
    default_severity: Severity::Error,
    summary: "a message or term is defined twice in one locale",
    doc: r#"## What it does

Reports a message or term id defined a second time in the same locale, in the same file or
in another file of that locale, pointing at the later definition and naming the first.

## Why is this bad

Fluent runtimes keep one of the two definitions (fluent-rs keeps the first and reports an
error, other tools keep the last), so which text a user sees depends on the loader. Usually
one of the two is an outdated copy that nobody reviews any more.

## Example

```ftl
unlock-mi-phone--title = Cómo desbloquear un teléfono Mi
unlock-mi-phone--title = Desbloquear un teléfono Mi
```

Keep one definition.
"#,
};

/// One finding for each definition of an id after its first in the file.
pub fn check(
    path: &str,
    parsed: &ParsedFtl,
    first: &FirstDefs,
    index: &LazyIndex,
    locale: Option<&str>,
    out: &mut Vec<Diagnostic>,
) {
    if first.order.len() == parsed.entries.len() {
        return;
    }
    for (i, entry) in parsed.entries.iter().enumerate() {
        let f = first.by_id[entry.id];
        if f != i {
            let first_line = index.get().line_col(parsed.entries[f].id_span.start).0;
            out.push(
                Diagnostic::at(
                    &RULE,
                    path,
                    index.get(),
                    entry.id_span.clone(),
                    format!("`{}` is already defined at line {first_line}", entry.id),
                )
                .with_locale(locale)
                .with_id(entry.id)
                .with_help("keep one definition"),
            );
        }
    }
}
