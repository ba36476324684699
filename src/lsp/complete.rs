//! Completion in a translation file: inside a placeable, the `$variables` and `-terms` the
//! source message uses (then the source's other terms); at the start of a line, the ids of
//! source messages this file does not translate yet.

use super::diagnostics::one_line;
use super::loaded::{Loaded, Scope};
use super::server::Server;
use super::text::Lines;
use crate::ftl;
use crate::source::{SourceEntry, SourceFileFacts};
use lsp_server::ResponseError;
use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionParams, CompletionResponse, CompletionTextEdit,
    TextEdit,
};
use std::collections::BTreeSet;

pub fn completion(
    server: &mut Server,
    loaded: Option<&mut Loaded>,
    p: CompletionParams,
) -> Result<Option<CompletionResponse>, ResponseError> {
    let position = p.text_document_position;
    let key = position.text_document.uri.as_str();
    let (Some(l), Some(doc), Some(rel)) = (loaded, server.docs.get(key), server.rel_of(key)) else {
        return Ok(None);
    };
    let Scope::Locale(locale) = server.scope_of(Some(l), key) else {
        return Ok(None);
    };
    let Some(sf) = l.source_file_of(&locale, &rel) else {
        return Ok(None);
    };
    let text = doc.text.as_str();
    let lines = Lines::new(text);
    let offset = lines.offset(text, position.position, server.enc);
    let word = word_before(text, offset);
    let range = lines.range(text, word..offset, server.enc);
    let items = match context_at(text, offset) {
        Context::Id => missing_ids(sf, text),
        Context::Placeable(id) => match l.source_entry(sf, &id) {
            Some(se) => placeables(l, se),
            None => Vec::new(),
        },
        Context::Text => return Ok(None),
    };
    let items = items
        .into_iter()
        .map(|(label, kind, detail, insert, sort)| CompletionItem {
            filter_text: Some(label.clone()),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, insert))),
            label,
            kind: Some(kind),
            detail: Some(detail),
            sort_text: Some(sort),
            ..Default::default()
        })
        .collect();
    Ok(Some(CompletionResponse::Array(items)))
}

/// A completion: label, kind, detail, the text inserted, the sort key.
type Item = (String, CompletionItemKind, String, String, String);

/// What the cursor is in.
#[derive(Debug, PartialEq, Eq)]
enum Context {
    /// The id of an entry, at the start of a line.
    Id,
    /// A placeable (or a `$` / `-` just typed) in the value of entry `id`.
    Placeable(String),
    Text,
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Where the identifier being typed before `offset` starts (its `$` included).
fn word_before(text: &str, offset: usize) -> usize {
    let head = &text[..offset];
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_id_char(*c))
        .last()
        .map_or(offset, |(i, _)| i);
    if head[..start].ends_with('$') {
        start - 1
    } else {
        start
    }
}

/// The text is read, not parsed: while a translator types `{ $`, the entry is not valid
/// Fluent yet.
fn context_at(text: &str, offset: usize) -> Context {
    let line_start = text[..offset].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let prefix = &text[line_start..offset];
    if prefix.chars().all(is_id_char) {
        return Context::Id;
    }
    // The entry the line belongs to: the nearest line above that starts `id =`.
    let mut entry = None;
    let mut start = line_start;
    loop {
        let line_end = text[start..]
            .find(['\n', '\r'])
            .map_or(text.len(), |i| start + i);
        if let Some(id) = entry_header(&text[start..line_end]) {
            entry = Some((id.to_string(), start));
            break;
        }
        if start == 0 {
            break;
        }
        start = text[..start - 1].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    }
    let Some((id, entry_start)) = entry else {
        return Context::Text;
    };
    let value = &text[entry_start..offset];
    let open = value.matches('{').count() > value.matches('}').count();
    let word = &text[word_before(text, offset)..offset];
    if open || word.starts_with('$') || word.starts_with('-') {
        Context::Placeable(id)
    } else {
        Context::Text
    }
}

/// The id of a line that starts an entry (`id =`, `-term =`).
fn entry_header(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let first = id.chars().next()?;
    ((first.is_ascii_alphabetic() || first == '-') && id.chars().all(is_id_char)).then_some(id)
}

/// The source message's variables and terms first, then the source's other terms.
fn placeables(l: &Loaded, se: &SourceEntry) -> Vec<Item> {
    let Some(facts) = &se.facts else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for (name, _) in &facts.variables {
        if seen.insert(format!("${name}")) {
            let label = format!("${name}");
            let detail = "a variable of the source message".to_string();
            out.push((
                label.clone(),
                CompletionItemKind::VARIABLE,
                detail,
                label,
                "0".into(),
            ));
        }
    }
    let used = facts.per_part.iter().flat_map(|p| &p.references);
    for r in used.filter(|r| r.is_term) {
        if seen.insert(r.id.to_string()) {
            let detail = "a term the source message uses".to_string();
            let id = r.id.to_string();
            out.push((
                id.clone(),
                CompletionItemKind::CONSTANT,
                detail,
                id,
                "1".into(),
            ));
        }
    }
    let mut others: Vec<&str> = l
        .source
        .defs
        .keys()
        .copied()
        .filter(|k| k.starts_with('-'))
        .collect();
    others.sort_unstable();
    for term in others {
        if seen.insert(term.to_string()) {
            let detail = match l.source.terms.get(term) {
                Some(value) => format!("a term of the source: {value}"),
                None => "a term of the source".into(),
            };
            out.push((
                term.into(),
                CompletionItemKind::CONSTANT,
                detail,
                term.into(),
                "2".into(),
            ));
        }
    }
    out
}

/// The ids of `sf` that `text` does not define yet, in source order.
fn missing_ids(sf: &SourceFileFacts, text: &str) -> Vec<Item> {
    let parsed = ftl::parse(text);
    let mut defined: BTreeSet<&str> = parsed.entries.iter().map(|e| e.id).collect();
    // An entry being written does not parse yet; its id is taken all the same.
    for junk in &parsed.junk {
        if let Some(id) = entry_header(text[junk.span.clone()].lines().next().unwrap_or("")) {
            defined.insert(id);
        }
    }
    sf.entries
        .iter()
        .enumerate()
        .filter(|(_, e)| !defined.contains(e.info.id))
        .map(|(i, e)| {
            let id = e.info.id.to_string();
            let source = ftl::entry_value_text(&sf.file.text, e.info);
            let detail = format!("not translated yet: {}", one_line(source, 80));
            let sort = format!("{i:06}");
            (
                id.clone(),
                CompletionItemKind::FIELD,
                detail,
                format!("{id} = "),
                sort,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_context_is_read_from_the_text() {
        let text = "a = one\nb = two { $c\n    more {\nd\n";
        let at = |needle: &str| text.find(needle).unwrap() + needle.len();
        assert_eq!(
            context_at(text, at("b = two { $c")),
            Context::Placeable("b".into())
        );
        assert_eq!(
            context_at(text, at("more {")),
            Context::Placeable("b".into())
        );
        assert_eq!(context_at(text, at("a = on")), Context::Text);
        assert_eq!(context_at(text, at("\nd")), Context::Id);
        assert_eq!(context_at(text, 0), Context::Id);
    }

    #[test]
    fn the_word_before_the_cursor_keeps_its_sigil() {
        let text = "a = { $cou";
        assert_eq!(&text[word_before(text, text.len())..], "$cou");
        let text = "a = { -bra";
        assert_eq!(&text[word_before(text, text.len())..], "-bra");
        assert_eq!(word_before("a = { ", 6), 6);
    }

    #[test]
    fn entry_headers_are_ids_before_an_equals_sign() {
        assert_eq!(entry_header("-brand = Acme"), Some("-brand"));
        assert_eq!(entry_header("g--m--a =x"), Some("g--m--a"));
        assert_eq!(entry_header("    .attr = x"), None);
        assert_eq!(entry_header("# a = b"), None);
        assert_eq!(entry_header("text { $a == b }"), None);
    }
}
