//! `whitespace-mismatch`: leading, trailing or doubled spaces the source does not have.

use super::{Rule, RuleId};
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

pub static RULE: Rule = Rule {
    id: RuleId::WhitespaceMismatch,
    name: "whitespace-mismatch",
    default_severity: Severity::Warning,
    summary: "leading/trailing whitespace or doubled spaces that the source does not have",
    doc: r#"## What it does

Reports a translated value or attribute that starts or ends with whitespace (written as a
quoted literal, `{ " " }`, since Fluent trims plain text) when the same part of the source
does not: a **warning**, since the space is rendered wherever the text is used, usually
where it is joined with another string.

Two spaces in a row that the source does not have are reported as an **info**: HTML
collapses them, and elsewhere they are a small typographic blemish, worth fixing when the
translator is in the file anyway.

## Why is this bad

A stray leading or trailing space shows up as a misaligned label, a space before a full
stop, or a gap in a button. It is invisible in review and easy to paste in from a
translation tool.

## Example

```ftl
unlock-mi-phone--hard-reset--confirm-wipe = Sélectionnez « { -recovery-wipe-all-data } ».{ " " }
```

Remove the quoted space at the end.
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    for tp in &t.facts.per_part {
        let tr = shape(tp.pattern);
        if !(tr.leading || tr.trailing || tr.doubled) {
            continue;
        }
        let Some(sp) = ctx.source.part(tp.name) else {
            continue;
        };
        let s = shape(sp.pattern);
        let mut problems = Vec::new();
        if tr.leading && !s.leading {
            problems.push("starts with whitespace");
        }
        if tr.trailing && !s.trailing {
            problems.push("ends with whitespace");
        }
        // Only a doubled space: a blemish, not a defect.
        let severity = if problems.is_empty() {
            Severity::Info
        } else {
            RULE.default_severity
        };
        if tr.doubled && !s.doubled {
            problems.push("contains a doubled space");
        }
        if !problems.is_empty() {
            let part = tp.name.map(|n| format!(".{n} of ")).unwrap_or_default();
            out.push(
                t.diag(
                    &RULE,
                    t.part_span(tp.name),
                    format!(
                        "{part}`{}` {}, unlike the source",
                        t.id,
                        problems.join(" and ")
                    ),
                )
                .with_severity(severity)
                .with_help("remove the extra whitespace"),
            );
        }
    }
}

struct Shape {
    leading: bool,
    trailing: bool,
    doubled: bool,
}

/// Whitespace facts of a pattern's rendered text (text elements and string literals;
/// other placeables count as non-space content). Line breaks of multi-line patterns are
/// not doubled spaces. Works on the pieces without building the text.
fn shape(pattern: &Pattern<&str>) -> Shape {
    fn piece<'s>(el: &PatternElement<&'s str>) -> Option<&'s str> {
        match el {
            PatternElement::TextElement { value } => Some(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => Some(value),
            PatternElement::Placeable { .. } => None,
        }
    }
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\u{a0}');
    let first = pattern.elements.first().and_then(piece);
    let last = pattern.elements.last().and_then(piece);
    let mut doubled = false;
    let mut prev_ends_space = false;
    let mut at_line_start = false;
    for el in &pattern.elements {
        let Some(text) = piece(el) else {
            prev_ends_space = false;
            at_line_start = false;
            continue;
        };
        // Two pieces meeting with a space each, or a doubled space inside a line. The
        // indentation that starts a continuation line does not count.
        doubled |= prev_ends_space && text.starts_with(' ') && !at_line_start;
        if text.contains("  ") {
            doubled |= text.split('\n').enumerate().any(|(i, line)| {
                let line = if i > 0 || at_line_start {
                    line.trim_start()
                } else {
                    line
                };
                line.contains("  ")
            });
        }
        prev_ends_space = text.ends_with(' ');
        at_line_start = text.ends_with('\n');
    }
    Shape {
        leading: first.is_some_and(|t| t.starts_with(is_space)),
        trailing: last.is_some_and(|t| t.ends_with(is_space)),
        doubled,
    }
}
