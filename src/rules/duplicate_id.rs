//! `duplicate-id`: a message or term is defined twice in one locale.

use super::Rule;
use crate::diagnostic::Severity;

pub static RULE: Rule = Rule {
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
