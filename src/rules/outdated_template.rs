//! `outdated-template`: the committed source template of a guide differs from its content.

use super::{Rule, RuleId};
use crate::diagnostic::Severity;

pub static RULE: Rule = Rule {
    id: RuleId::OutdatedTemplate,
    name: "outdated-template",
    default_severity: Severity::Warning,
    summary: "locales/<source>/<guide>.ftl differs from what `polyguide extract` writes",
    doc: r#"## What it does

A guide's source catalog is derived from its YAML file. `polyguide extract` writes it to
`locales/<source>/<guide-id>.ftl`, where translation platforms (Pontoon, Weblate) read the
template. This rule reports a template that exists but no longer matches the guide.

## Why is this bad

Translators and platforms that read the template see texts that are not the current
source: they translate outdated steps, and new steps never reach them.

## Example

A step was edited in `content/unlock-mi-phone.yaml` after the last extract. Run
`polyguide extract` and commit the regenerated template.
"#,
};
