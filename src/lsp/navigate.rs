//! Go to definition: from a translation entry to its source message (the text's line in the
//! guide's YAML, or the entry in a hand-written source file), and from a message or term
//! reference to its definition in the same locale (this file, the locale's other files, the
//! locales it falls back to, then the source).

use super::loaded::{Loaded, Scope};
use super::server::Server;
use super::text::{path_to_uri, Lines};
use crate::ftl::{self, ParsedFtl};
use crate::pattern::{self, Parts};
use lsp_server::ResponseError;
use lsp_types::{GotoDefinitionParams, GotoDefinitionResponse, Location};
use std::ops::Range;

pub fn definition(
    server: &mut Server,
    loaded: Option<&mut Loaded>,
    p: GotoDefinitionParams,
) -> Result<Option<GotoDefinitionResponse>, ResponseError> {
    let position = p.text_document_position_params;
    let key = position.text_document.uri.as_str();
    let (Some(l), Some(doc), Some(rel)) = (loaded, server.docs.get(key), server.rel_of(key)) else {
        return Ok(None);
    };
    let text = doc.text.as_str();
    let offset = Lines::new(text).offset(text, position.position, server.enc);
    let parsed = ftl::parse(text);
    let scope = server.scope_of(Some(l), key);
    if let Some(id) = reference_at(&parsed, text, offset) {
        let found = match &scope {
            Scope::Locale(locale) => in_locale(l, locale, &rel, text, &parsed, &id),
            Scope::Source => in_file(&rel, text, &parsed, &id).or_else(|| {
                l.source_definition(&id)
                    .map(|p| place(p.path, p.text, p.span))
            }),
            _ => None,
        };
        return Ok(found.and_then(|f| location(server, f)).map(Into::into));
    }
    let Scope::Locale(locale) = scope else {
        return Ok(None);
    };
    let Some(entry) = parsed
        .entries
        .iter()
        .find(|e| e.id_span.start <= offset && offset <= e.id_span.end)
    else {
        return Ok(None);
    };
    let found = l
        .source_file_of(&locale, &rel)
        .and_then(|sf| l.source_place(sf, entry.id))
        .map(|p| place(p.path, p.text, p.span));
    Ok(found.and_then(|f| location(server, f)).map(Into::into))
}

/// A definition found: the file, its text and the byte range.
type Found = (String, String, Range<usize>);

fn place(path: &str, text: &str, span: Range<usize>) -> Found {
    (path.to_string(), text.to_string(), span)
}

fn location(server: &Server, (path, text, span): Found) -> Option<Location> {
    let uri = path_to_uri(&server.abs(&path)?)?;
    Some(Location::new(
        uri,
        Lines::new(&text).range(&text, span, server.enc),
    ))
}

/// The id of the message or term reference at `offset` (`-brand` for a term).
pub fn reference_at(parsed: &ParsedFtl, text: &str, offset: usize) -> Option<String> {
    for entry in &parsed.entries {
        let Some(parts) = Parts::of_entry(&parsed.resource.body[entry.index]) else {
            continue;
        };
        for (_, p) in parts.all() {
            for r in pattern::references(text, p) {
                if r.offset <= offset && offset <= r.offset + r.len {
                    return Some(r.id.into_owned());
                }
            }
        }
    }
    None
}

fn in_file(path: &str, text: &str, parsed: &ParsedFtl, id: &str) -> Option<Found> {
    let entry = parsed.entries.iter().find(|e| e.id == id)?;
    Some(place(path, text, entry.id_span.clone()))
}

/// `id` as `locale` defines it: this file, the locale's other files, the locales it falls
/// back to, the source. Only the file that defines it is read.
fn in_locale(
    l: &mut Loaded,
    locale: &str,
    rel: &str,
    text: &str,
    parsed: &ParsedFtl,
    id: &str,
) -> Option<Found> {
    if let Some(found) = in_file(rel, text, parsed, id) {
        return Some(found);
    }
    let chain = std::iter::once(locale.to_string()).chain(l.ws.fallback_chain(locale));
    for other in chain.filter(|c| *c != l.ws.config.source_locale) {
        let Some(path) = l.file_defining(&other, id).filter(|p| p != rel) else {
            continue;
        };
        let Ok(file_text) = crate::align::read_ftl(l.ws, &path) else {
            continue;
        };
        if let Some(found) = in_file(&path, &file_text, &ftl::parse(&file_text), id) {
            return Some(found);
        }
    }
    l.source_definition(id)
        .map(|p| place(p.path, p.text, p.span))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_under_the_cursor_is_found() {
        let text = "a = { -brand } and { other.attr } { $n }\n";
        let parsed = ftl::parse(text);
        let at = |needle: &str| text.find(needle).unwrap() + 1;
        assert_eq!(
            reference_at(&parsed, text, at("-brand")).as_deref(),
            Some("-brand")
        );
        assert_eq!(
            reference_at(&parsed, text, at("other")).as_deref(),
            Some("other")
        );
        assert_eq!(reference_at(&parsed, text, at("$n")), None);
        assert_eq!(reference_at(&parsed, text, 0), None);
    }
}
