//! `unreadable-file`: a content or translation file that polyguide cannot read.

use super::{Rule, RuleId};
use crate::diagnostic::Severity;

pub static RULE: Rule = Rule {
    id: RuleId::UnreadableFile,
    name: "unreadable-file",
    default_severity: Severity::Error,
    summary: "a file cannot be read: permissions, a broken link, a link out of the workspace, not a regular file",
    doc: r#"## What it does

Reports a `.ftl` or guide file that polyguide found but did not read: the operating system
refused it (permissions), it is a symbolic link that leads nowhere or loops, a symbolic link
whose target is outside the workspace (never followed, so a workspace cannot make polyguide
read or export files elsewhere), or not a regular file (a FIFO, which would block the run).
Every other file is still checked.

## Why is this bad

The file's messages are not checked, and count as missing. A link out of the workspace is
also a way to smuggle someone else's file into a review or an export.

## Example

`locales/fr/brand.ftl -> /home/alice/brand.ftl`: copy the file into the workspace instead
of linking to it.
"#,
};
