//! Walking Fluent patterns: the variables, references, selects and text a pattern holds,
//! each with its byte offset in the file (slices borrow from the parsed text, see
//! [`crate::ftl::offset_in`]).

use crate::ftl::offset_in;
use fluent_syntax::ast::{self, Expression, InlineExpression, PatternElement, VariantKey};

/// The value and attributes of a message or term.
#[derive(Clone, Debug)]
pub struct Parts<'a> {
    pub value: Option<&'a ast::Pattern<&'a str>>,
    /// (attribute name, pattern); the name borrows from the text, so it has an offset.
    pub attributes: Vec<(&'a str, &'a ast::Pattern<&'a str>)>,
}

impl<'a> Parts<'a> {
    pub fn of_entry(entry: &'a ast::Entry<&'a str>) -> Option<Parts<'a>> {
        match entry {
            ast::Entry::Message(m) => Some(Parts {
                value: m.value.as_ref(),
                attributes: m.attributes.iter().map(|a| (a.id.name, &a.value)).collect(),
            }),
            ast::Entry::Term(t) => Some(Parts {
                value: Some(&t.value),
                attributes: t.attributes.iter().map(|a| (a.id.name, &a.value)).collect(),
            }),
            _ => None,
        }
    }

    /// The value (`None` name) and each attribute, as (name, pattern).
    pub fn all(&self) -> Vec<(Option<&'a str>, &'a ast::Pattern<&'a str>)> {
        self.value
            .map(|v| (None, v))
            .into_iter()
            .chain(self.attributes.iter().map(|(n, p)| (Some(*n), *p)))
            .collect()
    }

    pub fn attribute(&self, name: &str) -> Option<&'a ast::Pattern<&'a str>> {
        self.attributes
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, p)| *p)
    }

    /// The part with the same name: the value for `None`, else that attribute.
    pub fn part(&self, name: Option<&str>) -> Option<&'a ast::Pattern<&'a str>> {
        match name {
            None => self.value,
            Some(n) => self.attribute(n),
        }
    }
}

/// A reference to a message or term, with its offset in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference<'a> {
    /// `-brand` for a term, `other-message` for a message; borrowed from the file's text.
    pub id: std::borrow::Cow<'a, str>,
    pub attribute: Option<&'a str>,
    pub is_term: bool,
    pub offset: usize,
    pub len: usize,
}

/// A select expression's variant keys, with the offset of each key.
#[derive(Clone, Debug)]
pub struct Select<'a> {
    /// The selector is a variable or a `NUMBER()` call: it may select on plural categories.
    pub numeric_selector: bool,
    /// The variable the selector reads (`$n` and `NUMBER($n)` both read `n`).
    pub variable: Option<&'a str>,
    /// (key, is the default, offset); number keys are kept as written.
    pub keys: Vec<(&'a str, bool, usize)>,
    /// Whether each key is a number literal (`[0]`), in the order of `keys`.
    pub numeric_keys: Vec<bool>,
    pub offset: usize,
}

/// Every `$variable` in a pattern (selects, call arguments and nested placeables included),
/// with the offset of its `$`.
pub fn variables<'a>(text: &'a str, pattern: &'a ast::Pattern<&'a str>) -> Vec<(&'a str, usize)> {
    let mut found = Placeables::default();
    found.collect(text, pattern);
    found.variables
}

/// Every message and term reference in a pattern.
pub fn references<'a>(text: &'a str, pattern: &'a ast::Pattern<&'a str>) -> Vec<Reference<'a>> {
    let mut found = Placeables::default();
    found.collect(text, pattern);
    found.references
}

/// What the placeables of a pattern use, found in one walk: variables (with the offset of
/// their `$`), message and term references, and function calls (with the offset of the
/// name).
#[derive(Debug, Default)]
pub struct Placeables<'a> {
    pub variables: Vec<(&'a str, usize)>,
    pub references: Vec<Reference<'a>>,
    pub functions: Vec<(&'a str, usize)>,
}

impl<'a> Placeables<'a> {
    /// Appends what `pattern` uses (`text` is the file it was parsed from, for offsets).
    pub fn collect(&mut self, text: &'a str, pattern: &'a ast::Pattern<&'a str>) {
        variables_and_references(
            text,
            pattern,
            &mut self.variables,
            &mut self.references,
            &mut self.functions,
        );
    }
}

/// The walk behind [`Placeables::collect`].
fn variables_and_references<'a>(
    text: &'a str,
    pattern: &'a ast::Pattern<&'a str>,
    variables: &mut Vec<(&'a str, usize)>,
    references: &mut Vec<Reference<'a>>,
    functions: &mut Vec<(&'a str, usize)>,
) {
    let out = references;
    // A pattern of plain text, the most common kind, has nothing to walk.
    if pattern
        .elements
        .iter()
        .all(|el| matches!(el, PatternElement::TextElement { .. }))
    {
        return;
    }
    walk(pattern, &mut |e| match e {
        InlineExpression::VariableReference { id } => {
            variables.push((id.name, offset_in(text, id.name).saturating_sub(1)));
        }
        InlineExpression::MessageReference { id, attribute } => {
            let offset = offset_in(text, id.name);
            out.push(Reference {
                id: std::borrow::Cow::Borrowed(id.name),
                attribute: attribute.as_ref().map(|a| a.name),
                is_term: false,
                offset,
                len: id.name.len() + attribute.as_ref().map_or(0, |a| a.name.len() + 1),
            });
        }
        InlineExpression::TermReference { id, attribute, .. } => {
            let offset = offset_in(text, id.name).saturating_sub(1);
            // The `-` stands right before the name in the text: borrow `-name` from it.
            let with_dash = text
                .get(offset..offset + id.name.len() + 1)
                .filter(|s| s.starts_with('-') && s.ends_with(id.name));
            out.push(Reference {
                id: match with_dash {
                    Some(s) => std::borrow::Cow::Borrowed(s),
                    None => std::borrow::Cow::Owned(format!("-{}", id.name)),
                },
                attribute: attribute.as_ref().map(|a| a.name),
                is_term: true,
                offset,
                len: id.name.len() + 1 + attribute.as_ref().map_or(0, |a| a.name.len() + 1),
            });
        }
        InlineExpression::FunctionReference { id, .. } => {
            functions.push((id.name, offset_in(text, id.name)));
        }
        _ => {}
    });
}

/// Every select expression in a pattern, nested ones included.
pub fn selects<'a>(text: &str, pattern: &'a ast::Pattern<&'a str>) -> Vec<Select<'a>> {
    let mut out = Vec::new();
    walk_patterns(pattern, &mut |p| {
        for el in &p.elements {
            if let PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } = el
            {
                let (numeric_selector, variable) = match selector {
                    InlineExpression::VariableReference { id } => (true, Some(id.name)),
                    InlineExpression::FunctionReference { id, arguments }
                        if id.name == "NUMBER" =>
                    {
                        let variable = match arguments.positional.first() {
                            Some(InlineExpression::VariableReference { id }) => Some(id.name),
                            _ => None,
                        };
                        (true, variable)
                    }
                    _ => (false, None),
                };
                let keys: Vec<(&str, bool, usize)> = variants
                    .iter()
                    .map(|v| {
                        let name = match &v.key {
                            VariantKey::Identifier { name } => *name,
                            VariantKey::NumberLiteral { value } => *value,
                        };
                        (name, v.default, offset_in(text, name))
                    })
                    .collect();
                let numeric_keys = variants
                    .iter()
                    .map(|v| matches!(v.key, VariantKey::NumberLiteral { .. }))
                    .collect();
                let offset = keys.first().map(|k| k.2).unwrap_or(0);
                out.push(Select {
                    numeric_selector,
                    variable,
                    keys,
                    numeric_keys,
                    offset,
                });
            }
        }
    });
    out
}

/// The literal text of a pattern: text elements and string literals, in order, with the
/// text of every variant of a select. Placeables that are references become a space, so
/// words on either side stay apart.
pub fn literal_text(pattern: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    push_literal(pattern, &mut out);
    out
}

/// [`literal_text`] of a message's value and attributes, joined by spaces.
pub fn literal_text_of_parts(parts: &Parts) -> String {
    parts
        .all()
        .into_iter()
        .map(|(_, p)| literal_text(p))
        .collect::<Vec<_>>()
        .join(" ")
}

fn push_literal(pattern: &ast::Pattern<&str>, out: &mut String) {
    for el in &pattern.elements {
        match el {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    out.push_str(value)
                }
                Expression::Inline(InlineExpression::Placeable { expression }) => {
                    if let Expression::Inline(InlineExpression::StringLiteral { value }) =
                        expression.as_ref()
                    {
                        out.push_str(value);
                    } else {
                        out.push(' ');
                    }
                }
                Expression::Select { variants, .. } => {
                    for v in variants {
                        out.push(' ');
                        push_literal(&v.value, out);
                    }
                    out.push(' ');
                }
                Expression::Inline(_) => out.push(' '),
            },
        }
    }
}

/// Calls `f` on every inline expression of a pattern, recursively.
fn walk<'a>(pattern: &'a ast::Pattern<&'a str>, f: &mut impl FnMut(&'a InlineExpression<&'a str>)) {
    for el in &pattern.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expression(expression, f);
        }
    }
}

fn walk_expression<'a>(
    expression: &'a Expression<&'a str>,
    f: &mut impl FnMut(&'a InlineExpression<&'a str>),
) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, f),
        Expression::Select { selector, variants } => {
            walk_inline(selector, f);
            for v in variants {
                walk(&v.value, f);
            }
        }
    }
}

fn walk_inline<'a>(
    inline: &'a InlineExpression<&'a str>,
    f: &mut impl FnMut(&'a InlineExpression<&'a str>),
) {
    f(inline);
    match inline {
        InlineExpression::FunctionReference { arguments, .. } => walk_arguments(arguments, f),
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => walk_arguments(arguments, f),
        InlineExpression::Placeable { expression } => walk_expression(expression, f),
        _ => {}
    }
}

fn walk_arguments<'a>(
    arguments: &'a ast::CallArguments<&'a str>,
    f: &mut impl FnMut(&'a InlineExpression<&'a str>),
) {
    for p in &arguments.positional {
        walk_inline(p, f);
    }
    for n in &arguments.named {
        walk_inline(&n.value, f);
    }
}

/// Calls `f` on a pattern and on every pattern nested in it (variants of selects).
fn walk_patterns<'a>(
    pattern: &'a ast::Pattern<&'a str>,
    f: &mut impl FnMut(&'a ast::Pattern<&'a str>),
) {
    f(pattern);
    for el in &pattern.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expression_patterns(expression, f);
        }
    }
}

fn walk_expression_patterns<'a>(
    expression: &'a Expression<&'a str>,
    f: &mut impl FnMut(&'a ast::Pattern<&'a str>),
) {
    match expression {
        Expression::Select { variants, .. } => {
            for v in variants {
                walk_patterns(&v.value, f);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            walk_expression_patterns(expression, f)
        }
        Expression::Inline(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> ast::Resource<&str> {
        fluent_syntax::parser::parse(text).expect("valid")
    }

    fn first_pattern<'a>(res: &'a ast::Resource<&'a str>) -> &'a ast::Pattern<&'a str> {
        match &res.body[0] {
            ast::Entry::Message(m) => m.value.as_ref().unwrap(),
            ast::Entry::Term(t) => &t.value,
            _ => panic!(),
        }
    }

    #[test]
    fn variables_in_selects_and_calls_are_found_with_offsets() {
        let text = "a = { $n ->\n    [one] { $who } has one\n   *[other] { NUMBER($n, minimumFractionDigits: 1) } { -t(x: 1) } { $y }\n}\n";
        let res = value(text);
        let vars = variables(text, first_pattern(&res));
        let names: Vec<&str> = vars.iter().map(|v| v.0).collect();
        assert_eq!(names, ["n", "who", "n", "y"]);
        assert_eq!(&text[vars[1].1..vars[1].1 + 4], "$who");
    }

    #[test]
    fn references_know_terms_attributes_and_offsets() {
        let text = "a = { -brand } { other.title } { -brand.gender ->\n   *[x] y\n}\n";
        let res = value(text);
        let refs = references(text, first_pattern(&res));
        assert_eq!(refs.len(), 3);
        assert_eq!((refs[0].id.as_ref(), refs[0].is_term), ("-brand", true));
        assert_eq!(
            &text[refs[0].offset..refs[0].offset + refs[0].len],
            "-brand"
        );
        assert_eq!(
            (refs[1].id.as_ref(), refs[1].attribute),
            ("other", Some("title"))
        );
        assert_eq!(
            &text[refs[2].offset..refs[2].offset + refs[2].len],
            "-brand.gender"
        );
    }

    #[test]
    fn selects_report_keys_and_selector_kind() {
        let text = "a = { $n ->\n    [one] x\n    [1] y\n   *[other] z\n}\nb = { -brand.gender ->\n   *[masculine] x\n}\n";
        let res = value(text);
        let s = selects(text, first_pattern(&res));
        assert_eq!(s.len(), 1);
        assert!(s[0].numeric_selector);
        assert_eq!(
            s[0].keys.iter().map(|k| k.0).collect::<Vec<_>>(),
            ["one", "1", "other"]
        );
        let b = match &res.body[1] {
            ast::Entry::Message(m) => m.value.as_ref().unwrap(),
            _ => panic!(),
        };
        assert!(!selects(text, b)[0].numeric_selector);
    }

    #[test]
    fn literal_text_keeps_words_apart() {
        let text = "a = Hello{ -brand }world { \"lit\" }\n";
        let res = value(text);
        assert_eq!(literal_text(first_pattern(&res)), "Hello world lit");
    }
}
