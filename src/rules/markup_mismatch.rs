//! `markup-mismatch`: HTML-like tags differ between source and translation.

use super::{Rule, RuleId};
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};
use std::collections::BTreeMap;

pub static RULE: Rule = Rule {
    id: RuleId::MarkupMismatch,
    name: "markup-mismatch",
    default_severity: Severity::Warning,
    summary: "HTML-like tags differ from the source",
    doc: r#"## What it does

Counts the HTML-like tags (`<b>`, `</b>`, `<a href="…">`, `<br/>`) in each part of a source
message and of its translation, by tag name and kind (opening, closing, self-closing), and
reports any difference. Attribute values are not compared (a translated `title="…"` is
fine).

A translation that only *adds* text-level formatting the source does not have (`<em>…</em>`,
`<b>`, `<i>`, `<strong>`, `<br>`, `<span>`, `<sup>`… each opened tag closed) is an info, not
a warning: Fluent's DOM overlays accept these elements from any translation, and a language
may need emphasis or a line break where English has none. A tag the translation drops,
renames or leaves unclosed, and any other added element (a link, an image), is a warning.

## Why is this bad

Front ends that render markup (fluent-dom, React overlays) match elements by name: a
missing closing tag swallows the rest of the sentence, a renamed tag drops a link, an added
`<a>` has no target.

## Example

```ftl
# source
tip = Press <b>Volume Up</b> and <b>Power</b>.
# translation
tip = Appuyez sur <b>Volume +</b> et <b>Marche.
```

Close the second `<b>`.
"#,
};

/// The text-level elements fluent-dom lets any translation use, whatever the source has.
const TEXT_LEVEL: [&str; 25] = [
    "em", "strong", "small", "s", "cite", "q", "dfn", "abbr", "data", "time", "code", "var",
    "samp", "kbd", "sub", "sup", "i", "b", "u", "mark", "bdi", "bdo", "span", "br", "wbr",
];

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    for sp in &ctx.source.per_part {
        let Some(tp) = t.facts.part(sp.name) else {
            continue;
        };
        if !sp.may_contain('<') && !tp.may_contain('<') {
            continue;
        }
        // Fast path, no select on either side: compare the sorted tag lists of the literal
        // texts (the source's is computed once for the run) without building maps.
        if !has_select(sp.pattern) && !has_select(tp.pattern) && same_tags(sp.tags(), tp.literal())
        {
            continue;
        }
        let (source, translation) = (profile(sp.pattern), profile(tp.pattern));
        if source == translation {
            continue;
        }
        let mut differences = Vec::new();
        for key in source.keys().chain(translation.keys()) {
            let (s, t) = (
                source.get(key).copied().unwrap_or(0),
                translation.get(key).copied().unwrap_or(0),
            );
            if s != t
                && !differences
                    .iter()
                    .any(|d: &String| d.starts_with(&format!("`{key}`")))
            {
                differences.push(format!("`{key}` {s}× in the source, {t}× here"));
            }
        }
        let harmless = only_adds_formatting(&source, &translation);
        let mut d = t
            .diag(
                &RULE,
                t.part_span(sp.name),
                format!(
                    "the markup of `{}` differs from the source: {}",
                    t.id,
                    differences.join("; ")
                ),
            )
            .with_help(if harmless {
                "the translation only adds text-level formatting: fine if the language needs it"
            } else {
                "keep the source's tags, translating only the text between them"
            });
        if harmless {
            d = d.with_severity(Severity::Info);
        }
        out.push(d);
    }
}

/// True if the translation has every tag of the source, and what it adds are text-level
/// elements, each opened one closed (`<br>` needs no closing).
fn only_adds_formatting(
    source: &BTreeMap<String, usize>,
    translation: &BTreeMap<String, usize>,
) -> bool {
    if source
        .iter()
        .any(|(k, n)| translation.get(k).copied().unwrap_or(0) < *n)
    {
        return false;
    }
    let added = |key: &str| {
        translation.get(key).copied().unwrap_or(0) - source.get(key).copied().unwrap_or(0)
    };
    translation.keys().all(|key| {
        let name = key.trim_start_matches("</").trim_start_matches('<');
        let name = name.trim_end_matches('>').trim_end_matches('/');
        if !TEXT_LEVEL.contains(&name) {
            return added(key) == 0;
        }
        matches!(name, "br" | "wbr") || added(&format!("<{name}>")) == added(&format!("</{name}>"))
    })
}

/// The text with every tag replaced by a space.
pub fn without_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let is_tag = after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match after.find('>') {
            Some(end) if is_tag => {
                out.push(' ');
                rest = &after[end + 1..];
            }
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn has_select(p: &fluent_syntax::ast::Pattern<&str>) -> bool {
    use fluent_syntax::ast::{Expression, PatternElement};
    p.elements.iter().any(|el| {
        matches!(
            el,
            PatternElement::Placeable {
                expression: Expression::Select { .. }
            }
        )
    })
}

/// The tags of a text as (kind, lowercase name), sorted: two texts have the same tags,
/// counted by kind and name (ASCII case aside), when their lists are equal.
pub fn sorted_tags(text: &str) -> Vec<(u8, String)> {
    let mut list = Vec::new();
    tag_list(text, &mut list);
    let mut out: Vec<(u8, String)> = list
        .into_iter()
        .map(|(kind, name)| (kind, name.to_ascii_lowercase()))
        .collect();
    out.sort_unstable();
    out
}

/// True if `text` has the tags of `sorted` (a [`sorted_tags`] list), counted by kind and
/// name, ASCII case aside. The text's tags are borrowed, not copied.
fn same_tags(sorted: &[(u8, String)], text: &str) -> bool {
    let mut list = Vec::new();
    tag_list(text, &mut list);
    if list.len() != sorted.len() {
        return false;
    }
    list.sort_unstable_by(|p, q| {
        p.0.cmp(&q.0).then_with(|| {
            p.1.bytes()
                .map(|c| c.to_ascii_lowercase())
                .cmp(q.1.bytes().map(|c| c.to_ascii_lowercase()))
        })
    });
    list.iter()
        .zip(sorted)
        .all(|(p, q)| p.0 == q.0 && p.1.eq_ignore_ascii_case(&q.1))
}

/// The tags of a text as (kind, name): 0 opening, 1 closing, 2 self-closing.
fn tag_list<'t>(text: &'t str, out: &mut Vec<(u8, &'t str)>) {
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('>') else { break };
        let inner = &after[..end];
        let closing = inner.starts_with('/');
        let body = inner.trim_start_matches('/');
        let len = body
            .bytes()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == b'-')
            .count();
        if len > 0 && body.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let kind = if closing {
                1
            } else if inner.ends_with('/') {
                2
            } else {
                0
            };
            out.push((kind, &body[..len]));
            rest = &after[end + 1..];
        } else {
            rest = after;
        }
    }
}

/// The tags a reader can see in one rendering of the pattern: those outside selects, plus,
/// for each select, the most of each tag any one variant has. Plural variants repeat the
/// same markup, so a language with more variants does not count more tags.
fn profile(p: &fluent_syntax::ast::Pattern<&str>) -> BTreeMap<String, usize> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut out = BTreeMap::new();
    let mut flat = String::new();
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => flat.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => flat.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                let mut most: BTreeMap<String, usize> = BTreeMap::new();
                for v in variants {
                    for (k, n) in profile(&v.value) {
                        let e = most.entry(k).or_insert(0);
                        *e = (*e).max(n);
                    }
                }
                for (k, n) in most {
                    *out.entry(k).or_insert(0) += n;
                }
                flat.push(' ');
            }
            PatternElement::Placeable { .. } => flat.push(' '),
        }
    }
    for (k, n) in tags(&flat) {
        *out.entry(k).or_insert(0) += n;
    }
    out
}

/// Tags by normalized form (`<b>`, `</b>`, `<br/>`) with their counts.
pub fn tags(text: &str) -> BTreeMap<String, usize> {
    let mut list = Vec::new();
    tag_list(text, &mut list);
    let mut out = BTreeMap::new();
    for (kind, name) in list {
        let name = name.to_ascii_lowercase();
        let key = match kind {
            1 => format!("</{name}>"),
            2 => format!("<{name}/>"),
            _ => format!("<{name}>"),
        };
        *out.entry(key).or_insert(0) += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::tags;

    #[test]
    fn fast_path_agrees_with_the_maps() {
        let cases = [
            (
                r#"<a href="x">link</a> and <b>bold</b>"#,
                r#"<b>gras</b> et <a href="y">lien</a>"#,
            ),
            ("<B>x</B>", "<b>x</b>"),
            ("<b>x</b>", "<b>x"),
            ("<br/>", "<br>"),
            ("a < b", "a > b"),
        ];
        for (a, b) in cases {
            assert_eq!(
                super::same_tags(&super::sorted_tags(a), b),
                tags(a) == tags(b),
                "{a} / {b}"
            );
        }
    }

    #[test]
    fn tags_ignore_attributes_and_comparisons() {
        let t = tags(r#"<a href="x">link</a> and <b>bold</b><br/> a < b"#);
        let keys: Vec<&str> = t.keys().map(String::as_str).collect();
        assert_eq!(keys, ["</a>", "</b>", "<a>", "<b>", "<br/>"]);
        assert!(tags("1 < 2 and 3 > 2").is_empty());
    }
}
