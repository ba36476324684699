//! `content-schema`: a guide parses as YAML but does not have the shape of a guide.

use super::{Rule, RuleId};
use crate::diagnostic::Severity;

pub static RULE: Rule = Rule {
    id: RuleId::ContentSchema,
    name: "content-schema",
    default_severity: Severity::Error,
    summary: "wrong type, missing or unknown field, invalid or duplicate id in content",
    doc: r#"## What it does

Checks every guide against the content schema: the fields each item may have (`id`,
`title`, `summary`, `methods`, `steps`, `notes`, `kind`, `text`), their types, the required
ones, note kinds (`warning`, `caution`, `tip`, `info`) and ids. An id is kebab-case
(`[a-z0-9]+(-[a-z0-9]+)*`), starts with a letter, is unique among its siblings (steps and
notes of one method share one namespace, as do a guide's methods and notes), and is not one
of the reserved words `title` and `summary`. A guide's id must match its file name. For an
unknown field polyguide suggests the nearest valid name.

A warning, not an error: a plain (unquoted) text followed by ` #` on its line. YAML ends the
text there and reads the rest as a comment, so `text: Press # to confirm` is the text
`Press`. Put a comment on a line of its own, or quote a text that holds ` #`.

## Why is this bad

Ids become Fluent message ids and file names. An id with `/` or `..` could make an export
write outside its directory; two siblings with one id would share one translation; a
misspelt field (`txt:` for `text:`) would silently drop a text from every language.

## Example

```yaml
steps:
  - id: Power_Off        # not kebab-case
    txt: Power off.      # unknown field: did you mean `text`?
```

Use `id: power-off` and `text: Power off.`
"#,
};
