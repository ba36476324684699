//! `content-syntax`: a guide's YAML file does not parse.

use super::{Rule, RuleId};
use crate::diagnostic::Severity;

pub static RULE: Rule = Rule {
    id: RuleId::ContentSyntax,
    name: "content-syntax",
    default_severity: Severity::Error,
    summary: "a content YAML file does not parse (duplicate keys included)",
    doc: r#"## What it does

Reports a guide file under `content/` that is not valid YAML: a bad indentation, an
unterminated quote, a tab where YAML wants spaces, a duplicate key, an alias bomb that
exceeds polyguide's budget, or bytes that are not UTF-8.

## Why is this bad

polyguide cannot read any item of a guide it cannot parse, so none of its texts reach the
translators or the exported bundles. A duplicate key is worse than a crash: most YAML
readers silently keep one of the two values, and a step's text disappears without a trace.

## Example

```yaml
steps:
  - id: power-off
    text: Power off the phone.
    text: Hold the power button.   # duplicate key
```

Remove or rename one of the two keys.
"#,
};
