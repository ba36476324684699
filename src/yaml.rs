//! A YAML document as a tree of nodes that remember where they stand in the file.
//!
//! Guides are validated by hand rather than by `#[derive(Deserialize)]`, because serde stops
//! at the first error while an author wants every problem of a guide at once, each at its own
//! line and column, with a "did you mean" for misspelt fields. serde-saphyr parses (rejecting
//! duplicate keys and bounding aliases, nesting and size with its budget) and [`Node`] keeps
//! each value's location.

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::fmt;

/// A position in the YAML file: 1-based line and column (Unicode scalar values).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

/// One YAML value with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub pos: Pos,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Seq(Vec<Node>),
    /// Entries in file order; keys are nodes too (YAML allows non-string keys).
    Map(Vec<(Node, Node)>),
}

impl Value {
    /// The YAML type name, for messages like "expected a string, found a list".
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// Why a YAML text could not be read, with the position the parser stopped at.
#[derive(Clone, Debug, PartialEq)]
pub struct YamlError {
    pub pos: Option<Pos>,
    pub message: String,
}

/// Limits on what one guide file may contain. Past them the file is a `content-syntax`
/// finding, never a stack overflow or an out-of-memory kill.
pub const MAX_DEPTH: usize = 64;
/// At most this many aliases (`*name`) and anchors per file.
pub const MAX_ALIASES: usize = 1_000;
/// At most this many parser events (scalars, collection starts and ends) per file: about
/// 300,000 lines of guide content.
pub const MAX_EVENTS: usize = 2_000_000;

/// Parses one YAML document into a [`Node`] tree.
pub fn parse(text: &str) -> Result<Node, YamlError> {
    if text.trim().is_empty() {
        return Ok(Node {
            pos: Pos { line: 1, column: 1 },
            value: Value::Null,
        });
    }
    // Nesting is limited before parsing: the deserializer recurses once per level, so a
    // 100,000-deep document must be refused before it reaches it.
    if let Some(pos) = too_deep(text, MAX_DEPTH) {
        return Err(YamlError {
            pos: Some(pos),
            message: format!("the document nests deeper than {MAX_DEPTH} levels"),
        });
    }
    let mut budget = serde_saphyr::budget::Budget::default();
    budget.max_aliases = MAX_ALIASES;
    budget.max_anchors = MAX_ALIASES;
    budget.max_depth = MAX_DEPTH;
    budget.max_events = MAX_EVENTS;
    budget.max_nodes = MAX_EVENTS;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    match serde_saphyr::from_str_with_options::<Spanned<Node>>(text, options) {
        Ok(spanned) => Ok(spanned.value),
        Err(err) => Err(YamlError {
            pos: err.location().and_then(|l| pos_of(&l)),
            message: first_line(&err.to_string()),
        }),
    }
}

/// The parser's message for a person: its first line, without the position (the finding
/// carries it) and without advice about library options the user cannot reach.
fn first_line(message: &str) -> String {
    let line = message.lines().next().unwrap_or(message).trim();
    let line = line.strip_prefix("error: ").unwrap_or(line);
    // "line 9 column 9: duplicate mapping key: text, set DuplicateKeyPolicy in Options …"
    let line = match line.strip_prefix("line ") {
        Some(rest) => rest
            .split_once(": ")
            .filter(|(pos, _)| pos.contains("column"))
            .map(|(_, msg)| msg)
            .unwrap_or(line),
        None => line,
    };
    let line = line.split(", set ").next().unwrap_or(line);
    if let Some(key) = line.strip_prefix("duplicate mapping key: ") {
        return format!("duplicate key `{key}`");
    }
    if let Some(what) = line.strip_prefix("budget breached: ") {
        return format!(
            "the file is beyond what polyguide reads in one guide ({what}; limits: {MAX_DEPTH} levels, {MAX_ALIASES} aliases, {MAX_EVENTS} nodes)"
        );
    }
    line.to_string()
}

fn pos_of(loc: &serde_saphyr::Location) -> Option<Pos> {
    if loc.line() == 0 {
        return None;
    }
    Some(Pos {
        line: loc.line() as u32,
        column: loc.column().max(1) as u32,
    })
}

/// A cheap pre-scan for flow (`[[[[`) and block nesting beyond `limit` levels. Block nesting is
/// estimated from indentation, which is enough to stop pathological files; the real parse
/// and budget catch the rest.
fn too_deep(text: &str, limit: usize) -> Option<Pos> {
    let mut depth: usize = 0;
    let (mut line, mut column) = (1u32, 0u32);
    let mut in_quote: Option<char> = None;
    for c in text.chars() {
        column += 1;
        match c {
            '\n' => {
                line += 1;
                column = 0;
                in_quote = None;
            }
            '"' | '\'' if in_quote.is_none() => in_quote = Some(c),
            q if Some(q) == in_quote => in_quote = None,
            '[' | '{' if in_quote.is_none() => {
                depth += 1;
                if depth > limit {
                    return Some(Pos { line, column });
                }
            }
            ']' | '}' if in_quote.is_none() => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    // Block nesting: count distinct indentation levels on the deepest path.
    let mut stack: Vec<usize> = Vec::new();
    for (i, l) in text.lines().enumerate() {
        let trimmed = l.trim_start_matches([' ', '-']);
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = l.len() - trimmed.len();
        while stack.last().is_some_and(|&top| top >= indent) {
            stack.pop();
        }
        stack.push(indent);
        if stack.len() > limit {
            return Some(Pos {
                line: i as u32 + 1,
                column: indent as u32 + 1,
            });
        }
    }
    None
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = deserializer.deserialize_any(ValueVisitor)?;
        // The position is filled in by the `Spanned` wrapper around each node.
        Ok(Node {
            pos: Pos::default(),
            value,
        })
    }
}

/// Deserializes a child through `Spanned` so that it gets its position.
fn spanned(s: Spanned<Node>) -> Node {
    let mut node = s.value;
    if let Some(pos) = pos_of(&s.referenced) {
        node.pos = pos;
    }
    node
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.to_string()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(Value::Number(v.to_string()))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(Value::Number(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Number(v.to_string()))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Value, E> {
        Ok(Value::String(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<Node>>()? {
            items.push(spanned(item));
        }
        Ok(Value::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some((k, v)) = map.next_entry::<Spanned<Node>, Spanned<Node>>()? {
            entries.push((spanned(k), spanned(v)));
        }
        Ok(Value::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(node: &Node) -> &[(Node, Node)] {
        match &node.value {
            Value::Map(m) => m,
            other => panic!("not a map: {other:?}"),
        }
    }

    #[test]
    fn nodes_carry_line_and_column() {
        let doc = parse("id: x\nsteps:\n  - text: hi\n").unwrap();
        let m = map(&doc);
        assert_eq!(m[0].0.pos, Pos { line: 1, column: 1 });
        assert_eq!(m[0].1.pos, Pos { line: 1, column: 5 });
        let Value::Seq(steps) = &m[1].1.value else {
            panic!()
        };
        let step = map(&steps[0]);
        assert_eq!(
            step[0].1.pos,
            Pos {
                line: 3,
                column: 11
            }
        );
        assert_eq!(step[0].1.value, Value::String("hi".into()));
    }

    #[test]
    fn duplicate_keys_are_an_error_with_a_position() {
        let err = parse("id: a\ntitle: x\nid: b\n").unwrap_err();
        assert!(err.message.to_lowercase().contains("duplicate"), "{err:?}");
        assert_eq!(err.pos.map(|p| p.line), Some(3));
    }

    #[test]
    fn duplicate_key_message_is_for_people() {
        let err = parse("a: 1\nb: 2\na: 3\n").unwrap_err();
        assert_eq!(err.message, "duplicate key `a`");
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let err = parse("id: a\ntitle: \"unterminated\n").unwrap_err();
        assert!(err.pos.is_some(), "{err:?}");
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = "[".repeat(100_000);
        let err = parse(&deep).unwrap_err();
        assert!(err.message.contains("deeper"), "{err:?}");
    }

    #[test]
    fn alias_bombs_are_refused() {
        let mut doc = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let mut prev = 'a';
        for c in 'b'..='k' {
            doc.push_str(&format!(
                "{c}: &{c} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
            prev = c;
        }
        assert!(parse(&doc).is_err());
    }
}
