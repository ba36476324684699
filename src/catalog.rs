//! The source catalog: every source-language message, by file.
//!
//! Each text of each guide becomes one Fluent message, and the guide's messages form a
//! *template*, `<guide-id>.ftl`, which `polyguide extract` writes for translators. Hand-written
//! source FTL files under `locales/<source>/` (terms such as `-brand`, UI strings) join the
//! catalog as they are.
//!
//! # Message ids
//!
//! `<guide>--title`, `<guide>--summary`, `<guide>--<method>--title`,
//! `<guide>--<method>--summary`, `<guide>--<method>--<step or note>`, `<guide>--<note>`.
//! Kebab-case ids never contain `--`, so the separator is unambiguous; ids are unique because
//! sibling ids are, the guide id is unique per workspace, and `title`/`summary` are reserved.
//! Reordering items changes no id.

use crate::content::{ContentSet, Context, Guide, Note, NoteKind, NotePosition, Text};
use crate::diagnostic::{Diagnostic, LineIndex};
use crate::rules;
use crate::workspace::{join_rel, Workspace};
use std::collections::BTreeMap;

/// Separates the segments of a message id.
pub const SEPARATOR: &str = "--";

/// All source files of a workspace, by path relative to the source locale directory.
#[derive(Clone, Debug, Default)]
pub struct SourceCatalog {
    pub files: Vec<SourceFile>,
    /// Findings about the source side: invalid Fluent in guide texts, broken source FTL
    /// files, outdated templates.
    pub diagnostics: Vec<Diagnostic>,
    /// Hand-written source files that could not be read or decoded (paths relative to the
    /// root): their messages are unknown, not gone.
    pub unread: Vec<String>,
}

/// One source file: a guide's template or a hand-written FTL file.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Path relative to a locale directory, e.g. `unlock-mi-phone.ftl` or `app/menu.ftl`;
    /// translations live at the same relative path.
    pub rel: String,
    /// Where the source really is, relative to the workspace root: the guide's YAML file or
    /// the FTL file.
    pub path: String,
    /// The FTL text: the hand-written file, or the template generated from the guide.
    pub text: String,
    /// For guides: message id → the item it was made from.
    pub items: BTreeMap<String, SourceItem>,
    /// False when the source is known to be incomplete (schema or syntax errors in a guide),
    /// so translations of messages it lacks are not reported obsolete.
    pub complete: bool,
    pub is_guide: bool,
    /// For guides: the YAML file's text, to map findings in the template back to it.
    pub origin: Option<LineIndex>,
}

/// A guide text behind a source message.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceItem {
    pub kind: ItemKind,
    pub text: Text,
    /// What translators should know (note, max length, screenshot).
    pub context: Context,
}

/// What a message is in its guide; stale safety notes are errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    GuideTitle,
    GuideSummary,
    MethodTitle,
    MethodSummary,
    /// Step `number` (1-based) of `count` in its method.
    Step {
        number: usize,
        count: usize,
    },
    Note(NoteKind),
}

impl ItemKind {
    /// The comment the template puts above the message, for translators.
    pub fn describe(self) -> String {
        match self {
            ItemKind::GuideTitle => "Guide title".into(),
            ItemKind::GuideSummary => "Guide summary".into(),
            ItemKind::MethodTitle => "Method title".into(),
            ItemKind::MethodSummary => "Method summary".into(),
            ItemKind::Step { number, count } => format!("Step {number} of {count}"),
            ItemKind::Note(kind) => format!("Note ({})", kind.as_str()),
        }
    }

    pub fn is_safety(self) -> bool {
        matches!(self, ItemKind::Note(k) if k.is_safety())
    }
}

/// The message id of a guide text: segments joined by [`SEPARATOR`].
pub fn message_id(segments: &[&str]) -> String {
    segments.join(SEPARATOR)
}

/// Every text of a guide with its message id and kind, in display order: a method's notes
/// placed before its steps (warnings and cautions, unless they say otherwise) come first,
/// then the steps, then the other notes; guide-level notes likewise around the methods.
pub fn guide_texts(guide: &Guide) -> Vec<GuideText<'_>> {
    let g = guide.id.as_str();
    let none = &NO_CONTEXT;
    let mut out = vec![(
        message_id(&[g, "title"]),
        ItemKind::GuideTitle,
        &guide.title,
        &guide.context,
    )];
    if let Some(s) = &guide.summary {
        out.push((message_id(&[g, "summary"]), ItemKind::GuideSummary, s, none));
    }
    push_notes(&mut out, &[g], &guide.notes, NotePosition::Before);
    for m in &guide.methods {
        out.push((
            message_id(&[g, &m.id, "title"]),
            ItemKind::MethodTitle,
            &m.title,
            &m.context,
        ));
        if let Some(s) = &m.summary {
            out.push((
                message_id(&[g, &m.id, "summary"]),
                ItemKind::MethodSummary,
                s,
                none,
            ));
        }
        push_notes(&mut out, &[g, &m.id], &m.notes, NotePosition::Before);
        let count = m.steps.len();
        for (i, step) in m.steps.iter().enumerate() {
            let kind = ItemKind::Step {
                number: i + 1,
                count,
            };
            out.push((
                message_id(&[g, &m.id, &step.id]),
                kind,
                &step.text,
                &step.context,
            ));
        }
        push_notes(&mut out, &[g, &m.id], &m.notes, NotePosition::After);
    }
    push_notes(&mut out, &[g], &guide.notes, NotePosition::After);
    out
}

/// Pushes the notes at position `at`, in file order.
/// A guide text: message id, kind, text, translator context.
pub type GuideText<'g> = (String, ItemKind, &'g Text, &'g Context);

static NO_CONTEXT: Context = Context {
    note: None,
    max_length: None,
    screenshot: None,
};

fn push_notes<'g>(
    out: &mut Vec<GuideText<'g>>,
    parent: &[&str],
    notes: &'g [Note],
    at: NotePosition,
) {
    for note in notes.iter().filter(|n| n.position == at) {
        let mut segments = parent.to_vec();
        segments.push(&note.id);
        out.push((
            message_id(&segments),
            ItemKind::Note(note.kind),
            &note.text,
            &note.context,
        ));
    }
}

/// Builds the template of one guide: the FTL text `polyguide extract` writes, and its items.
/// Texts that are not valid Fluent patterns are left out and reported as `syntax-error` at
/// their position in the YAML file.
pub fn guide_template(
    guide: &Guide,
    yaml_index: Option<&LineIndex>,
) -> (SourceFile, Vec<Diagnostic>) {
    let mut text = format!(
        "{TEMPLATE_HEADER}\"{}\", written by `polyguide extract`\n### from {}. Edit the YAML, not this file.\n\n",
        guide.id, guide.path
    );
    let mut items = BTreeMap::new();
    let mut diagnostics = Vec::new();
    let mut current_method: Option<String> = None;
    let mut in_guide_notes = false;
    for (id, kind, item, context) in guide_texts(guide) {
        // Group comments mark methods and the guide notes, as a translator reads the guide.
        let method = id
            .strip_prefix(&format!("{}{SEPARATOR}", guide.id))
            .and_then(|rest| rest.split_once(SEPARATOR))
            .map(|(m, _)| m.to_string());
        if method.is_some() && method != current_method {
            text.push_str(&format!(
                "\n## Method: {}\n\n",
                method.as_deref().unwrap_or("")
            ));
            current_method = method;
        } else if method.is_none() && matches!(kind, ItemKind::Note(_)) && !in_guide_notes {
            text.push_str("\n## Guide notes\n\n");
            in_guide_notes = true;
        }
        let entry = message_entry(&id, &item.value);
        match check_pattern(&entry) {
            Ok(()) => {
                text.push_str(&format!("# {}\n", kind.describe()));
                for line in context.comment_lines() {
                    text.push_str(&format!("# {line}\n"));
                }
                text.push_str(&entry);
                items.insert(
                    id,
                    SourceItem {
                        kind,
                        text: item.clone(),
                        context: context.clone(),
                    },
                );
            }
            Err((offset, message)) => {
                diagnostics.push(text_syntax_error(
                    guide, &id, item, &entry, offset, &message, yaml_index,
                ));
            }
        }
    }
    let complete = guide.complete && diagnostics.is_empty();
    let file = SourceFile {
        rel: format!("{}.ftl", guide.id),
        path: guide.path.clone(),
        text,
        items,
        complete,
        is_guide: true,
        origin: yaml_index.cloned(),
    };
    (file, diagnostics)
}

/// `id = value` as FTL, one line, or indented continuation lines for multi-line texts.
impl SourceFile {
    /// Moves a finding in a guide's template to the text's place in the YAML file: the same
    /// offset inside the text when the YAML scalar is verbatim, else the text's start.
    pub fn map_to_origin(&self, mut d: Diagnostic) -> Diagnostic {
        let (Some(origin), Some(id)) = (&self.origin, d.id.clone()) else {
            return d;
        };
        let Some(item) = self.items.get(&id) else {
            return d;
        };
        let value_start = self
            .text
            .find(&format!("\n{id} = "))
            .map(|i| i + 1 + id.len() + 3)
            .unwrap_or(0);
        let within = d
            .span
            .as_ref()
            .map(|s| s.start.saturating_sub(value_start))
            .filter(|w| *w <= item.text.value.len())
            .unwrap_or(0);
        let len = d.span.as_ref().map_or(0, |s| s.len());
        let start = if item.text.verbatim {
            item.text.offset + within
        } else {
            item.text.offset
        };
        let end = if item.text.verbatim {
            start + len
        } else {
            start
        };
        let (line, column) = origin.line_col(start);
        d.path = self.path.clone();
        d.line = line;
        d.column = column;
        d.span = Some(start..end.min(origin.text().len()));
        d
    }
}

pub fn message_entry(id: &str, value: &str) -> String {
    let value = value.trim_end();
    if value.contains('\n') {
        let mut out = format!("{id} =\n");
        for line in value.lines() {
            if line.trim().is_empty() {
                out.push('\n');
            } else {
                out.push_str("    ");
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    } else {
        format!("{id} = {value}\n")
    }
}

/// How every template `polyguide extract` writes starts: a source file without it is
/// hand-written.
const TEMPLATE_HEADER: &str = "### Source catalog of the guide ";

/// True if `text` (a source FTL file) is a template `polyguide extract` wrote.
fn is_template(text: &str) -> bool {
    text.trim_start_matches('\u{FEFF}')
        .starts_with(TEMPLATE_HEADER)
}

/// The committed template of each guide, read once: `None` when there is none, `Some(None)`
/// when it is not text. A guide whose "template" is a hand-written source file (a guide with id `terms` and
/// `locales/en/terms.ftl` holding the terms) is refused: moved to the broken guides, with a
/// `content-schema` error, so that `extract` never overwrites the file and nothing reads
/// its messages as gone.
fn committed_templates(ws: &Workspace, content: &mut ContentSet) -> Vec<Option<Option<String>>> {
    let source_rel_dir = ws.locale_rel_dir(&ws.config.source_locale);
    let mut templates = Vec::new();
    let mut refused = Vec::new();
    content.guides.retain(|guide| {
        let rel = join_rel(&source_rel_dir, &format!("{}.ftl", guide.id));
        let text = ws
            .read_file(&rel)
            .ok()
            .map(|b| crate::text::decode(b).ok().map(|d| d.text));
        let hand_written = matches!(&text, Some(Some(t)) if !is_template(t));
        if hand_written {
            refused.push((guide.id.clone(), guide.path.clone(), rel));
            return false;
        }
        templates.push(text);
        true
    });
    for (id, path, rel) in refused {
        content.diagnostics.push(
            Diagnostic::file(
                &rules::content_schema::RULE,
                &path,
                format!("the guide id `{id}` is taken: {rel} is a hand-written source file, and the guide's template would replace it"),
            )
            .with_help(format!(
                "rename the guide (its `id` and its file); if {rel} is an old template, delete it and run `polyguide extract`"
            )),
        );
        content.broken.push(id);
    }
    templates
}

/// Loads the whole source catalog: templates of all loaded guides, then every hand-written
/// FTL file under the source locale directory (except guide templates, which are checked
/// against their guide instead).
pub fn load(ws: &Workspace, content: &mut ContentSet) -> SourceCatalog {
    let mut catalog = SourceCatalog::default();
    let source = &ws.config.source_locale;
    let source_rel_dir = ws.locale_rel_dir(source);

    let templates = committed_templates(ws, content);
    for (guide, committed) in content.guides.iter().zip(templates) {
        let yaml_index = ws
            .read_file(&guide.path)
            .ok()
            .and_then(|b| crate::text::decode(b).ok())
            .map(|d| LineIndex::new(&d.text));
        let (file, mut found) = guide_template(guide, yaml_index.as_ref());
        catalog.diagnostics.append(&mut found);
        // The committed template, if any, must match what extract would write; while the
        // guide loads only in part, its errors come first (extract would refuse it).
        let template_rel = join_rel(&source_rel_dir, &file.rel);
        if let Some(committed) = committed.filter(|_| file.complete) {
            let same = committed.is_some_and(|t| t.replace("\r\n", "\n") == file.text);
            if !same {
                catalog.diagnostics.push(
                    Diagnostic::file(
                        &rules::outdated_template::RULE,
                        &template_rel,
                        format!("the template differs from {}", guide.path),
                    )
                    .with_help("run `polyguide extract` and commit the result"),
                );
            }
        }
        catalog.files.push(file);
    }

    for (rel, path) in ws.source_ftl_files() {
        let stem = rel.strip_suffix(".ftl").unwrap_or(&rel);
        let guide_file = !rel.contains('/') && content.has_guide_file(stem);
        if guide_file && content.guides.iter().any(|g| g.id == stem) {
            continue;
        }
        let text = match ws.read_file(&path) {
            Ok(bytes) => match crate::text::decode(bytes) {
                Ok(d) => d.text,
                Err(e) => {
                    let mut d = Diagnostic::file(&rules::syntax_error::RULE, &path, e.to_string());
                    (d.line, d.column) = (e.line, e.column);
                    catalog.diagnostics.push(d);
                    catalog.unread.push(path);
                    continue;
                }
            },
            Err(e) => {
                catalog.diagnostics.push(Diagnostic::file(
                    &rules::unreadable_file::RULE,
                    &path,
                    format!("cannot read the file: {e}"),
                ));
                catalog.unread.push(path);
                continue;
            }
        };
        // The template of a guide that does not load is not read as a hand-written file
        // (its messages are the broken guide's); a hand-written file under a guide's name is
        // (see [`committed_templates`]).
        if guide_file && is_template(&text) {
            continue;
        }
        catalog.files.push(SourceFile {
            rel,
            path,
            text,
            items: BTreeMap::new(),
            complete: true,
            is_guide: false,
            origin: None,
        });
    }
    catalog
}

/// Parses one entry; `Err` carries the byte offset of the problem and the parser's message.
fn check_pattern(entry: &str) -> Result<(), (usize, String)> {
    // Through `ftl::parse`, which guards against fluent-syntax's escape panic.
    let parsed = crate::ftl::parse(entry);
    if let Some(junk) = parsed.junk.first() {
        return Err((junk.error_span.start, junk.message.clone()));
    }
    match parsed.resource.body.as_slice() {
        [fluent_syntax::ast::Entry::Message(_)] => Ok(()),
        _ => Err((0, "the text is not a single Fluent pattern".into())),
    }
}

fn text_syntax_error(
    guide: &Guide,
    id: &str,
    item: &Text,
    entry: &str,
    offset: usize,
    message: &str,
    yaml_index: Option<&LineIndex>,
) -> Diagnostic {
    // Map the error's offset inside `id = value` back into the YAML file when the scalar is
    // verbatim; otherwise point at the start of the text.
    let prefix = entry.find(" = ").map(|i| i + 3).unwrap_or(entry.len());
    let within = offset.saturating_sub(prefix);
    // An error past the end ("expected `}`") points at the end of the text.
    let file_offset = if item.verbatim {
        item.offset + within.min(item.value.trim_end().len())
    } else {
        item.offset
    };
    let mut d = match yaml_index {
        Some(index) => Diagnostic::at(
            &rules::syntax_error::RULE,
            &guide.path,
            index,
            file_offset..file_offset,
            format!("this text is not valid Fluent: {message}"),
        ),
        None => {
            let mut d = Diagnostic::file(
                &rules::syntax_error::RULE,
                &guide.path,
                format!("this text is not valid Fluent: {message}"),
            );
            (d.line, d.column) = (item.pos.line, item.pos.column);
            d
        }
    };
    d.id = Some(id.to_string());
    d.help = Some(
        "texts are Fluent patterns: close every `{`, and write a literal brace as `{ \"{\" }`"
            .into(),
    );
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load_guide;

    fn guide(yaml: &str) -> Guide {
        let (g, d) = load_guide("content/g.yaml", yaml.as_bytes().to_vec());
        assert!(d.is_empty(), "{d:?}");
        g.unwrap()
    }

    const YAML: &str = "id: g\ntitle: T\nsummary: S\nmethods:\n  - id: m\n    title: M\n    steps:\n      - id: a\n        text: Step { -brand }.\n      - id: b\n        text: Two.\n    notes:\n      - id: n\n        kind: caution\n        text: Careful.\nnotes:\n  - id: x\n    kind: tip\n    text: Tip.\n";

    #[test]
    fn ids_follow_the_documented_scheme() {
        let ids: Vec<String> = guide_texts(&guide(YAML)).into_iter().map(|t| t.0).collect();
        assert_eq!(
            ids,
            [
                "g--title",
                "g--summary",
                "g--m--title",
                // A caution precedes the steps (display order).
                "g--m--n",
                "g--m--a",
                "g--m--b",
                "g--x"
            ]
        );
    }

    #[test]
    fn ids_are_stable_when_items_are_reordered() {
        let swapped = YAML.replace(
            "      - id: a\n        text: Step { -brand }.\n      - id: b\n        text: Two.\n",
            "      - id: b\n        text: Two.\n      - id: a\n        text: Step { -brand }.\n",
        );
        let mut before: Vec<String> = guide_texts(&guide(YAML)).into_iter().map(|t| t.0).collect();
        let mut after: Vec<String> = guide_texts(&guide(&swapped))
            .into_iter()
            .map(|t| t.0)
            .collect();
        assert_ne!(before, after, "display order changes");
        before.sort();
        after.sort();
        assert_eq!(before, after, "the set of ids does not");
    }

    #[test]
    fn template_is_valid_fluent_with_translator_comments() {
        let (file, diags) = guide_template(&guide(YAML), None);
        assert!(diags.is_empty());
        let res = fluent_syntax::parser::parse(file.text.as_str()).expect("valid FTL");
        let ids: Vec<&str> = res
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect();
        assert_eq!(ids.len(), 7);
        assert!(file
            .text
            .contains("# Step 1 of 2\ng--m--a = Step { -brand }.\n"));
        assert!(file.text.contains("## Method: m\n"));
        assert!(file.text.contains("## Guide notes\n"));
    }

    #[test]
    fn invalid_fluent_in_a_text_is_reported_at_its_yaml_position() {
        let yaml = YAML.replace("text: Two.", "text: Two { -brand.");
        let g = guide(&yaml);
        let index = LineIndex::new(&yaml);
        let (file, diags) = guide_template(&g, Some(&index));
        assert_eq!(diags.len(), 1);
        let d = &diags[0];
        assert_eq!(d.rule, "syntax-error");
        assert_eq!(d.id.as_deref(), Some("g--m--b"));
        assert_eq!(d.line, 11);
        assert!(d.column > 15, "points inside the text: {d:?}");
        assert!(!file.items.contains_key("g--m--b"));
        assert!(!file.complete);
    }

    #[test]
    fn multi_line_texts_become_indented_patterns() {
        assert_eq!(message_entry("a", "one\ntwo\n"), "a =\n    one\n    two\n");
        assert!(check_pattern(&message_entry("a", "one\n\ntwo")).is_ok());
    }
}
