//! `whitespace-mismatch`: leading, trailing or doubled spaces the source does not have.

use super::Rule;
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

pub static RULE: Rule = Rule {
    name: "whitespace-mismatch",
    default_severity: Severity::Warning,
    summary: "leading/trailing whitespace or doubled spaces that the source does not have",
    doc: r#"## What it does

Reports a translated value or attribute that starts or ends with whitespace (written as a
quoted literal, `{ " " }`, since Fluent trims plain text) or contains two spaces in a row,
when the same part of the source does not.

## Why is this bad

Stray spaces show up as misaligned text, a space before a full stop, or a gap in a button
label. They are invisible in review and easy to paste in from a translation tool.

## Example

```ftl
unlock-mi-phone--hard-reset--confirm-wipe = Sélectionnez  « { -recovery-wipe-all-data } ».
```

Remove the doubled space after "Sélectionnez".
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    for (name, tp) in t.parts.all() {
        let Some(sp) = ctx.source.part(name) else {
            continue;
        };
        let (s, tr) = (shape(sp), shape(tp));
        let mut problems = Vec::new();
        if tr.leading && !s.leading {
            problems.push("starts with whitespace");
        }
        if tr.trailing && !s.trailing {
            problems.push("ends with whitespace");
        }
        if tr.doubled && !s.doubled {
            problems.push("contains a doubled space");
        }
        if !problems.is_empty() {
            let part = name.map(|n| format!(".{n} of ")).unwrap_or_default();
            out.push(
                t.diag(
                    &RULE,
                    t.part_span(name),
                    format!(
                        "{part}`{}` {}, unlike the source",
                        t.id,
                        problems.join(" and ")
                    ),
                )
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
/// not doubled spaces.
fn shape(pattern: &Pattern<&str>) -> Shape {
    let mut rendered = String::new();
    for el in &pattern.elements {
        match el {
            PatternElement::TextElement { value } => rendered.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => rendered.push_str(value),
            PatternElement::Placeable { .. } => rendered.push('\u{FFFC}'),
        }
    }
    let doubled = rendered.lines().any(|l| l.trim().contains("  "));
    Shape {
        leading: rendered.starts_with([' ', '\t', '\u{a0}']),
        trailing: rendered.ends_with([' ', '\t', '\u{a0}']),
        doubled,
    }
}
