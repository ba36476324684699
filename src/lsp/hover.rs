//! Hover on a message id in a translation file: the source text, where it sits in its
//! guide and the translator note, the stamp state, and for a stale translation the word
//! diff of the source change since it was reviewed (what `polyguide stale` shows).

use super::loaded::{Loaded, Scope};
use super::server::Server;
use super::text::Lines;
use crate::catalog::{ItemKind, SourceItem, SEPARATOR};
use crate::ftl::{self, EntryInfo};
use crate::project::Stamps;
use crate::stamps::{self, StampFile};
use lsp_server::ResponseError;
use lsp_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind};

pub fn hover(
    server: &mut Server,
    loaded: Option<&mut Loaded>,
    p: HoverParams,
) -> Result<Option<Hover>, ResponseError> {
    let (Some(l), key) = (
        loaded,
        p.text_document_position_params.text_document.uri.as_str(),
    ) else {
        return Ok(None);
    };
    let (Scope::Locale(locale), Some(doc), Some(rel)) = (
        server.scope_of(Some(l), key),
        server.docs.get(key),
        server.rel_of(key),
    ) else {
        return Ok(None);
    };
    let text = doc.text.as_str();
    let lines = Lines::new(text);
    let offset = lines.offset(text, p.text_document_position_params.position, server.enc);
    let parsed = ftl::parse(text);
    let Some(entry) = parsed
        .entries
        .iter()
        .find(|e| e.id_span.start <= offset && offset <= e.id_span.end)
    else {
        return Ok(None);
    };
    let value = describe(l, &locale, &rel, entry);
    Ok(Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: Some(lines.range(text, entry.id_span.clone(), server.enc)),
    }))
}

/// The hover text of translation `entry` of file `rel` in `locale`.
fn describe(l: &Loaded, locale: &str, rel: &str, entry: &EntryInfo) -> String {
    let id = entry.id;
    let source = l
        .source_file_of(locale, rel)
        .and_then(|sf| Some((sf, l.source_entry(sf, id)?)));
    let Some((sf, se)) = source else {
        return format!(
            "**`{id}`** is not in the source: a renamed or removed message (see `obsolete-message`)"
        );
    };
    let source_text = ftl::entry_value_text(&sf.file.text, se.info);
    let mut out = format!("**`{id}`**");
    let item = sf.file.items.get(id);
    if let Some(item) = item {
        out.push_str(&format!(" · {}", place_in_guide(id, item.kind)));
    }
    out.push_str(&format!(
        "\n\n**Source ({}):**\n```ftl\n{}\n```\n",
        l.ws.config.source_locale, source_text
    ));
    if let Some(item) = item {
        out.push_str(&context(item));
    }
    out.push('\n');
    out.push_str(&stamp_state(l, locale, id, source_text));
    out
}

/// Where a guide text sits: `guide `g` › method `m` › step `a` (1 of 3)`.
fn place_in_guide(id: &str, kind: ItemKind) -> String {
    let segments: Vec<&str> = id.split(SEPARATOR).collect();
    let last = segments.last().copied().unwrap_or(id);
    let mut parts = vec![format!("guide `{}`", segments[0])];
    let in_method = match kind {
        ItemKind::MethodTitle | ItemKind::MethodSummary | ItemKind::Step { .. } => true,
        ItemKind::Note(_) => segments.len() > 2,
        ItemKind::GuideTitle | ItemKind::GuideSummary => false,
    };
    if in_method {
        parts.push(format!("method `{}`", segments.get(1).unwrap_or(&"?")));
    }
    parts.push(match kind {
        ItemKind::GuideTitle | ItemKind::MethodTitle => "title".into(),
        ItemKind::GuideSummary | ItemKind::MethodSummary => "summary".into(),
        ItemKind::Step { number, count } => format!("step `{last}` ({number} of {count})"),
        ItemKind::Note(k) => format!("{} note `{last}`", k.as_str()),
    });
    parts.join(" › ")
}

/// The translator context of a guide text, as Markdown lines.
fn context(item: &SourceItem) -> String {
    let c = &item.context;
    let mut out = String::new();
    if let Some(note) = &c.note {
        out.push_str(&format!("\n**Note for translators:** {note}\n"));
    }
    if let Some(max) = c.max_length {
        out.push_str(&format!("\n**Max length:** {max} characters\n"));
    }
    if let Some(shot) = &c.screenshot {
        out.push_str(&format!("\n**Screenshot:** `{shot}`\n"));
    }
    out
}

/// The stamp state of `id` in `locale` against today's `source_text`.
fn stamp_state(l: &Loaded, locale: &str, id: &str, source_text: &str) -> String {
    let stamps = l.project.stamps(locale);
    let empty = StampFile::default();
    let Some(file) = l.project.tracked(&stamps, &empty) else {
        return match stamps {
            Stamps::Invalid(d) => {
                format!("**Stamp:** unknown: {} is invalid ({})", d.path, d.message)
            }
            _ => "**Stamp:** this locale does not track staleness (no stamps file)".into(),
        };
    };
    match stamps::state(file.stamps.get(id), source_text) {
        stamps::State::Current => "**Stamp:** current (reviewed against today's source)".into(),
        stamps::State::Unstamped => {
            "**Stamp:** unstamped: not reviewed yet (*Mark as reviewed* records it)".into()
        }
        stamps::State::Stale(stamp) => {
            let today = stamps::normalize(source_text);
            format!(
                "**Stale:** the source changed since this translation was reviewed:\n```text\n{}\n```\nReviewed against: {}",
                stamps::word_diff_text(&stamp.source, &today),
                stamp.source
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::NoteKind;

    #[test]
    fn a_guide_text_is_placed_in_its_guide() {
        assert_eq!(
            place_in_guide(
                "g--m--a",
                ItemKind::Step {
                    number: 1,
                    count: 3
                }
            ),
            "guide `g` › method `m` › step `a` (1 of 3)"
        );
        assert_eq!(
            place_in_guide("g--m--w", ItemKind::Note(NoteKind::Warning)),
            "guide `g` › method `m` › warning note `w`"
        );
        assert_eq!(
            place_in_guide("g--n", ItemKind::Note(NoteKind::Tip)),
            "guide `g` › tip note `n`"
        );
        assert_eq!(
            place_in_guide("g--title", ItemKind::GuideTitle),
            "guide `g` › title"
        );
    }
}
