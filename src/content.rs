//! Guides: the canonical content, loaded from `content/<guide-id>.yaml`.
//!
//! A guide is a tree of translatable texts with stable ids: guide → methods → steps and notes,
//! plus guide-level notes. Loading never stops at the first problem: every schema error of
//! every guide is a finding at its line and column, and a broken guide never stops the others
//! from being loaded.

use crate::diagnostic::{Diagnostic, LineIndex};
use crate::rules;
use crate::yaml::{self, Node, Pos, Value};
use std::collections::HashMap;
use std::path::Path;

/// One guide, in display order.
#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    pub id: String,
    /// The YAML file, relative to the workspace root, with `/`.
    pub path: String,
    pub title: Text,
    pub summary: Option<Text>,
    pub methods: Vec<Method>,
    pub notes: Vec<Note>,
    /// Context for translators of the guide's title.
    pub context: Context,
    /// False when schema errors made polyguide skip parts of the guide: its translations are
    /// then not reported as obsolete, since the source is known to be incomplete.
    pub complete: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Method {
    pub id: String,
    pub title: Text,
    pub summary: Option<Text>,
    pub steps: Vec<Step>,
    pub notes: Vec<Note>,
    /// Context for translators of the method's title.
    pub context: Context,
}

/// What a translator should know about a text and cannot see in it: where it appears, how
/// long it may be, a screenshot. `extract` writes it as the message's Fluent comment; it
/// never reaches the exported bundles.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// `note:` plain text for translators.
    pub note: Option<String>,
    /// `max-length:` the most characters the text may take where it is shown.
    pub max_length: Option<u32>,
    /// `screenshot:` a path relative to the workspace root.
    pub screenshot: Option<String>,
}

impl Context {
    pub fn is_empty(&self) -> bool {
        *self == Context::default()
    }

    /// The comment lines (without `# `) that carry this context in a template.
    pub fn comment_lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(note) = &self.note {
            out.extend(note.lines().map(|l| format!("Note: {}", l.trim())).take(1));
            out.extend(note.lines().skip(1).map(|l| format!("      {}", l.trim())));
        }
        if let Some(n) = self.max_length {
            out.push(format!("Max length: {n} characters"));
        }
        if let Some(path) = &self.screenshot {
            out.push(format!("Screenshot: {path}"));
        }
        out
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub id: String,
    pub text: Text,
    pub context: Context,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub id: String,
    pub kind: NoteKind,
    pub text: Text,
    /// Before or after the method's steps (guide-level notes: the guide's methods).
    pub position: NotePosition,
    pub context: Context,
}

/// Where a note is shown. A hazard statement precedes the procedure it concerns, so a
/// method's `warning` and `caution` notes come before its steps unless the YAML says
/// `position: after`; `tip` and `info` notes come after unless it says `position: before`.
/// Guide-level notes come after the methods unless they say `position: before`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NotePosition {
    Before,
    After,
}

impl NotePosition {
    pub fn as_str(self) -> &'static str {
        match self {
            NotePosition::Before => "before",
            NotePosition::After => "after",
        }
    }

    /// The position of a note of `kind` that does not say.
    pub fn default_for(kind: NoteKind) -> NotePosition {
        if kind.is_safety() {
            NotePosition::Before
        } else {
            NotePosition::After
        }
    }
}

/// The kind of an admonition. `Warning` and `Caution` are safety content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NoteKind {
    Warning,
    Caution,
    Tip,
    Info,
}

impl NoteKind {
    pub const ALL: [NoteKind; 4] = [
        NoteKind::Warning,
        NoteKind::Caution,
        NoteKind::Tip,
        NoteKind::Info,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NoteKind::Warning => "warning",
            NoteKind::Caution => "caution",
            NoteKind::Tip => "tip",
            NoteKind::Info => "info",
        }
    }

    /// Notes that warn of data loss or lock-out: a stale translation of one is an error.
    pub fn is_safety(self) -> bool {
        matches!(self, NoteKind::Warning | NoteKind::Caution)
    }
}

/// A translatable text (a Fluent pattern) and where its value starts in the YAML file.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub value: String,
    pub pos: Pos,
    /// Byte offset of the value's first character in the file (after any opening quote).
    pub offset: usize,
    /// True when the scalar is on one line and its characters map one to one onto the value
    /// (a plain scalar), so an offset inside the value is also an offset in the file.
    pub verbatim: bool,
}

/// Ids that a text field uses in the message id scheme; no item may take them.
pub const RESERVED_IDS: [&str; 2] = ["title", "summary"];

/// True for kebab-case ids: `[a-z0-9]+(-[a-z0-9]+)*`.
pub fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|seg| {
            !seg.is_empty()
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Every guide of a workspace, and the findings of loading them.
#[derive(Clone, Debug, Default)]
pub struct ContentSet {
    pub guides: Vec<Guide>,
    /// File stems of guide files that could not be loaded at all: their translations are
    /// checked for syntax but not aligned, since their source is unknown.
    pub broken: Vec<String>,
    pub diagnostics: Vec<Diagnostic>,
}

impl ContentSet {
    /// True if `stem` names a guide file, loaded or broken.
    pub fn has_guide_file(&self, stem: &str) -> bool {
        self.guides.iter().any(|g| g.id == stem) || self.broken.iter().any(|b| b == stem)
    }
}

/// Loads every `*.yaml` / `*.yml` file directly under the content directory, sorted by file
/// name. A missing content directory is not an error: the workspace is then a plain Fluent
/// project. What would break a later command is a finding here: a guide id that two files
/// define, an id too long for a file name, a file name that is not UTF-8. A guide's bytes
/// come from `overlay` when it holds the file (an editor's buffer).
pub fn load_all(root: &Path, rel_dir: &str, overlay: &crate::overlay::Overlay) -> ContentSet {
    let mut set = ContentSet::default();
    let content_dir = root.join(rel_dir);
    if content_dir.symlink_metadata().is_err() {
        return set;
    }
    if let Err(why) = crate::fsx::inside(root, &content_dir, "the workspace") {
        set.diagnostics.push(Diagnostic::file(
            &rules::unreadable_file::RULE,
            &format!("{rel_dir}/"),
            format!("{rel_dir}/ is {why}"),
        ));
        return set;
    }
    let Ok(entries) = std::fs::read_dir(&content_dir) else {
        return set;
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    for file in files {
        load_file(&mut set, root, rel_dir, &file, overlay);
    }
    refuse_duplicate_ids(&mut set);
    set
}

/// Loads one guide file into `set`, or records why it is broken.
fn load_file(
    set: &mut ContentSet,
    root: &Path,
    rel_dir: &str,
    file: &Path,
    overlay: &crate::overlay::Overlay,
) {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let rel = crate::workspace::join_rel(rel_dir, &name);
    let unreadable = |set: &mut ContentSet, why: String| {
        set.diagnostics.push(Diagnostic::file(
            &rules::unreadable_file::RULE,
            &rel,
            format!("{rel} is {why}"),
        ));
        set.broken.push(file_stem(&rel).to_string());
    };
    if file.file_name().and_then(|n| n.to_str()).is_none() {
        return unreadable(
            set,
            "a file name that is not valid UTF-8 (shown with \u{fffd} for the bad bytes); rename it".into(),
        );
    }
    // Only regular files inside the workspace: a link elsewhere is never followed, and a
    // FIFO would block the run.
    if let Err(why) = crate::fsx::inside(root, file, "the workspace") {
        return unreadable(set, why.to_string());
    }
    if file.is_dir() {
        return;
    }
    let (guide, mut found) = match overlay.read_file(root, &rel) {
        Ok(bytes) => load_guide(&rel, bytes),
        Err(e) => (
            None,
            vec![Diagnostic::file(
                &rules::unreadable_file::RULE,
                &rel,
                format!("cannot read the file: {e}"),
            )],
        ),
    };
    set.diagnostics.append(&mut found);
    match guide {
        Some(guide) => match unwritable_id(&guide.id) {
            Some(why) => {
                set.diagnostics.push(
                    Diagnostic::file(&rules::content_schema::RULE, &rel, why)
                        .with_help("choose a shorter guide id (and rename the file to match)"),
                );
                set.broken.push(guide.id);
            }
            None => set.guides.push(guide),
        },
        None => set.broken.push(file_stem(&rel).to_string()),
    }
}

/// The longest file name common file systems take, in bytes.
pub const MAX_FILE_NAME_BYTES: usize = 255;

/// Why a guide id cannot name the files polyguide derives from it (`<id>.ftl`, `<id>.json`)
/// on common file systems, if it cannot.
fn unwritable_id(id: &str) -> Option<String> {
    let longest = format!("{id}.json");
    if longest.len() > MAX_FILE_NAME_BYTES {
        return Some(format!(
            "the guide id is {} bytes long: `{}…{}.json` would exceed the {MAX_FILE_NAME_BYTES}-byte file name limit",
            id.len(),
            &id[..id.len().min(20)],
            &id[id.len().saturating_sub(10)..]
        ));
    }
    const RESERVED: [&str; 4] = ["con", "prn", "aux", "nul"];
    let windows_device = RESERVED.contains(&id)
        || ((id.starts_with("com") || id.starts_with("lpt"))
            && id.len() == 4
            && id.as_bytes()[3].is_ascii_digit());
    windows_device
        .then(|| format!("`{id}` is a device name on Windows: `{id}.ftl` cannot be created there"))
}

/// A guide id defined by two files (`x.yaml` and `x.yml`) is an error on both, and neither
/// loads: which one is meant is unknown, and both would be written to `x.ftl`.
fn refuse_duplicate_ids(set: &mut ContentSet) {
    let mut paths: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for d in &set.diagnostics {
        let stem = file_stem(&d.path);
        if set.broken.iter().any(|b| b == stem) {
            paths
                .entry(stem.to_string())
                .or_default()
                .push(d.path.clone());
        }
    }
    for g in &set.guides {
        paths.entry(g.id.clone()).or_default().push(g.path.clone());
    }
    for (id, mut files) in paths {
        files.sort();
        files.dedup();
        if files.len() < 2 {
            continue;
        }
        for path in &files {
            let others: Vec<&str> = files
                .iter()
                .filter(|f| *f != path)
                .map(String::as_str)
                .collect();
            set.diagnostics.push(
                Diagnostic::file(
                    &rules::content_schema::RULE,
                    path,
                    format!("the guide `{id}` is also defined by {}", others.join(", ")),
                )
                .with_help("keep one file per guide: delete or rename the other"),
            );
        }
        set.guides.retain(|g| g.id != id);
        if !set.broken.contains(&id) {
            set.broken.push(id);
        }
    }
}

/// `content/unlock-mi-phone.yaml` → `unlock-mi-phone`.
pub fn file_stem(rel_path: &str) -> &str {
    let name = rel_path.rsplit('/').next().unwrap_or(rel_path);
    name.strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".yml"))
        .unwrap_or(name)
}

/// Loads one guide from its bytes. `rel_path` names the file in findings, and its stem must
/// be the guide's id. Returns the guide when its structure could be read (possibly with parts
/// skipped, see [`Guide::complete`]) and every finding.
pub fn load_guide(rel_path: &str, bytes: Vec<u8>) -> (Option<Guide>, Vec<Diagnostic>) {
    let decoded = match crate::text::decode(bytes) {
        Ok(d) => d,
        Err(e) => {
            let mut d = Diagnostic::file(&rules::content_syntax::RULE, rel_path, e.to_string());
            d.line = e.line;
            d.column = e.column;
            return (None, vec![d]);
        }
    };
    let index = LineIndex::new(&decoded.text);
    let root = match yaml::parse(&decoded.text) {
        Ok(root) => root,
        Err(e) => {
            let pos = e.pos.unwrap_or(Pos { line: 1, column: 1 });
            return (None, vec![yaml_error(rel_path, &index, pos, &e.message)]);
        }
    };
    let stem = file_stem(rel_path);
    let mut reader = SchemaReader {
        path: rel_path,
        index: &index,
        text: &decoded.text,
        diagnostics: Vec::new(),
    };
    let guide = reader.guide(&root, stem);
    (guide, reader.diagnostics)
}

struct SchemaReader<'a> {
    path: &'a str,
    index: &'a LineIndex,
    text: &'a str,
    diagnostics: Vec<Diagnostic>,
}

/// A YAML syntax error, with help for the two traps of hand-written guides: a text that needs
/// quotes (it contains `: ` or starts with `{`, which YAML reads as structure), and a tab
/// (YAML indents with spaces only; the parser notices a line late, so the tab is looked for
/// around the reported line and pointed at).
fn yaml_error(rel_path: &str, index: &LineIndex, pos: Pos, message: &str) -> Diagnostic {
    let line_text = |line: u32| -> &str {
        if line == 0 {
            return "";
        }
        &index.text()[index.line_range(line)]
    };
    let lines = [pos.line, pos.line + 1, pos.line.saturating_sub(1)];
    if let Some((line, col)) = lines.iter().find_map(|&l| {
        let text = line_text(l);
        let indent: &str = &text[..text.len() - text.trim_start().len()];
        indent
            .find('\t')
            .map(|i| (l, text[..i].chars().count() as u32 + 1))
    }) {
        let offset = index.offset(line, col);
        return Diagnostic::at(
            &rules::content_syntax::RULE,
            rel_path,
            index,
            offset..offset + 1,
            "invalid YAML: a tab in the indentation",
        )
        .with_help("YAML indents with spaces only: replace the tab with spaces");
    }
    let offset = index.offset(pos.line, pos.column);
    let mut d = Diagnostic::at(
        &rules::content_syntax::RULE,
        rel_path,
        index,
        offset..offset,
        format!("invalid YAML: {message}"),
    );
    let fix = [pos.line, pos.line.saturating_sub(1)]
        .iter()
        .find_map(|&l| quoted_line(line_text(l)));
    if let Some(fixed) = fix {
        d = d.with_help(format!(
            "quote the text: YAML reads `: ` and a leading `{{` as structure. Write it as\n{fixed}"
        ));
    }
    d
}

/// `key: value` with the value in double quotes, when the value is plain (unquoted) text
/// that YAML would misread: it contains `: ` or ` #`, or starts with `{` or `[`.
fn quoted_line(line: &str) -> Option<String> {
    let (head, value) = line.split_once(": ")?;
    let key = head.trim_start().trim_start_matches("- ");
    if key.is_empty() || key.contains(' ') || key.starts_with(['"', '\'', '#']) {
        return None;
    }
    let value = value.trim();
    let plain = !value.starts_with(['"', '\'', '|', '>', '&', '*', '!']);
    let misread = value.contains(": ") || value.contains(" #") || value.starts_with(['{', '[']);
    if !plain || !misread {
        return None;
    }
    let escaped = value.replace('\\', "\\\\").replace('"', "\\\"");
    Some(format!("{head}: \"{escaped}\""))
}

/// The fields of one mapping, by name.
type Fields<'n> = HashMap<&'n str, &'n Node>;

impl<'a> SchemaReader<'a> {
    fn guide(&mut self, root: &Node, stem: &str) -> Option<Guide> {
        let errors_before = self.diagnostics.len();
        let fields = self.fields(
            root,
            "a guide",
            &[
                "id",
                "title",
                "summary",
                "methods",
                "notes",
                "note",
                "max-length",
                "screenshot",
            ],
            &["id", "title", "methods"],
        )?;
        let context = self.context(&fields);
        let mut top_ids = HashMap::new();
        let id = fields.get("id").and_then(|n| self.guide_id(n, stem));
        let title = fields.get("title").and_then(|n| self.text(n));
        let summary = fields.get("summary").and_then(|n| self.text(n));
        let methods = fields
            .get("methods")
            .map(|n| self.list(n, "methods", |r, item| r.method(item, &mut top_ids)))
            .unwrap_or_default();
        let notes = fields
            .get("notes")
            .map(|n| self.list(n, "notes", |r, item| r.note(item, &mut top_ids, false)))
            .unwrap_or_default();
        let complete = !self.diagnostics[errors_before..]
            .iter()
            .any(|d| d.severity == crate::diagnostic::Severity::Error);
        Some(Guide {
            id: id?,
            path: self.path.to_string(),
            title: title?,
            summary,
            methods,
            notes,
            context,
            complete,
        })
    }

    fn method(&mut self, node: &Node, siblings: &mut HashMap<String, Pos>) -> Option<Method> {
        let fields = self.fields(
            node,
            "a method",
            &[
                "id",
                "title",
                "summary",
                "steps",
                "notes",
                "note",
                "max-length",
                "screenshot",
            ],
            &["id", "title", "steps"],
        )?;
        let context = self.context(&fields);
        let id = fields.get("id").and_then(|n| self.id(n, siblings));
        let title = fields.get("title").and_then(|n| self.text(n));
        let summary = fields.get("summary").and_then(|n| self.text(n));
        // Steps and notes of one method share one namespace: both become
        // `<guide>--<method>--<id>` messages.
        let mut children = HashMap::new();
        let steps = fields
            .get("steps")
            .map(|n| self.list(n, "steps", |r, item| r.step(item, &mut children)))
            .unwrap_or_default();
        let notes = fields
            .get("notes")
            .map(|n| self.list(n, "notes", |r, item| r.note(item, &mut children, true)))
            .unwrap_or_default();
        Some(Method {
            id: id?,
            title: title?,
            summary,
            steps,
            notes,
            context,
        })
    }

    fn step(&mut self, node: &Node, siblings: &mut HashMap<String, Pos>) -> Option<Step> {
        let fields = self.fields(
            node,
            "a step",
            &["id", "text", "note", "max-length", "screenshot"],
            &["id", "text"],
        )?;
        let id = fields.get("id").and_then(|n| self.id(n, siblings));
        let text = fields.get("text").and_then(|n| self.text(n));
        let context = self.context(&fields);
        Some(Step {
            id: id?,
            text: text?,
            context,
        })
    }

    /// A note; `of_method` decides its default position (a guide-level note comes after the
    /// methods unless it says otherwise).
    fn note(
        &mut self,
        node: &Node,
        siblings: &mut HashMap<String, Pos>,
        of_method: bool,
    ) -> Option<Note> {
        let fields = self.fields(
            node,
            "a note",
            &[
                "id",
                "kind",
                "text",
                "position",
                "note",
                "max-length",
                "screenshot",
            ],
            &["id", "kind", "text"],
        )?;
        let context = self.context(&fields);
        let id = fields.get("id").and_then(|n| self.id(n, siblings));
        let kind = fields.get("kind").and_then(|n| self.note_kind(n));
        let text = fields.get("text").and_then(|n| self.text(n));
        let position = match fields.get("position") {
            Some(n) => Some(self.note_position(n)?),
            None => None,
        };
        let kind = kind?;
        Some(Note {
            id: id?,
            kind,
            text: text?,
            position: position.unwrap_or(if of_method {
                NotePosition::default_for(kind)
            } else {
                NotePosition::After
            }),
            context,
        })
    }

    /// Reads each element of a list with `read`, skipping those that fail.
    fn list<T>(
        &mut self,
        node: &Node,
        field: &str,
        mut read: impl FnMut(&mut Self, &Node) -> Option<T>,
    ) -> Vec<T> {
        match &node.value {
            Value::Seq(items) => items.iter().filter_map(|item| read(self, item)).collect(),
            // `notes:` with nothing after it is an empty list, not an error.
            Value::Null => Vec::new(),
            other => {
                self.error(
                    node.pos,
                    1,
                    format!("`{field}` must be a list, found {}", other.type_name()),
                    None,
                );
                Vec::new()
            }
        }
    }

    /// The fields of a mapping; reports unknown fields (with a suggestion) and missing ones.
    fn fields<'n>(
        &mut self,
        node: &'n Node,
        what: &str,
        allowed: &[&str],
        required: &[&str],
    ) -> Option<Fields<'n>> {
        let Value::Map(entries) = &node.value else {
            self.error(
                node.pos,
                1,
                format!(
                    "expected {what} (a mapping with {}), found {}",
                    list_fields(required),
                    node.value.type_name()
                ),
                None,
            );
            return None;
        };
        let mut fields = HashMap::new();
        for (key, value) in entries {
            let Value::String(name) = &key.value else {
                self.error(
                    key.pos,
                    1,
                    format!(
                        "a field name must be a string, found {}",
                        key.value.type_name()
                    ),
                    None,
                );
                continue;
            };
            if allowed.contains(&name.as_str()) {
                fields.insert(name.as_str(), value);
            } else {
                let help = crate::suggest::nearest(name, allowed.iter().copied())
                    .map(|s| format!("did you mean `{s}`?"))
                    .unwrap_or_else(|| format!("{what} has the fields {}", list_fields(allowed)));
                self.error(
                    key.pos,
                    name.chars().count(),
                    format!("unknown field `{name}` in {what}"),
                    Some(help),
                );
            }
        }
        for name in required {
            if !fields.contains_key(name) {
                self.error(
                    node.pos,
                    1,
                    format!("{what} is missing the field `{name}`"),
                    None,
                );
            }
        }
        Some(fields)
    }

    /// A string field. A plain scalar that YAML reads as a boolean or number (`id: off`,
    /// `title: 2024`) is taken as the text the author wrote: in a guide, ids and texts are
    /// always strings, and YAML 1.1's `no`/`off` booleans are a trap, not an intent.
    fn string(&mut self, node: &Node, what: &str) -> Option<String> {
        match &node.value {
            Value::String(s) => Some(s.clone()),
            Value::Bool(_) | Value::Number(_) => Some(self.raw_scalar(node.pos)),
            other => {
                // `title: { -brand } kettle` is a YAML mapping: the text needs quotes.
                let line = &self.text[self.index.line_range(node.pos.line)];
                let help = quoted_line(line).map(|fixed| {
                    format!(
                        "a text that starts with `{{` or `[` must be quoted. Write it as\n{fixed}"
                    )
                });
                self.error(
                    node.pos,
                    1,
                    format!("{what} must be a string, found {}", other.type_name()),
                    help,
                );
                None
            }
        }
    }

    /// The plain scalar written at `pos`, up to a comment or the end of the line.
    fn raw_scalar(&self, pos: Pos) -> String {
        let start = self.index.offset(pos.line, pos.column);
        let line_end = self.index.line_range(pos.line).end;
        let raw = &self.text[start..line_end.max(start)];
        let raw = raw.split(" #").next().unwrap_or(raw);
        raw.trim().to_string()
    }

    fn id(&mut self, node: &Node, siblings: &mut HashMap<String, Pos>) -> Option<String> {
        let id = self.string(node, "an id")?;
        if !is_kebab_id(&id) {
            let help = kebab_suggestion(&id).map(|s| format!("write it as `{s}`"));
            self.error(
                node.pos,
                id.chars().count().max(1),
                format!("invalid id `{}`: ids are kebab-case (lowercase letters, digits, single hyphens)", escape(&id)),
                help,
            );
            return None;
        }
        if RESERVED_IDS.contains(&id.as_str()) {
            self.error(
                node.pos,
                id.len(),
                format!("the id `{id}` is reserved for the item's {id} text"),
                Some("choose another id".into()),
            );
            return None;
        }
        if let Some(first) = siblings.get(&id) {
            self.error(
                node.pos,
                id.len(),
                format!("duplicate id `{id}`: already used at line {} by a sibling item", first.line),
                Some("ids must be unique among siblings (steps and notes of one method share one namespace)".into()),
            );
            return None;
        }
        siblings.insert(id.clone(), node.pos);
        Some(id)
    }

    fn guide_id(&mut self, node: &Node, stem: &str) -> Option<String> {
        let id = self.id(node, &mut HashMap::new())?;
        if !id.starts_with(|c: char| c.is_ascii_lowercase()) {
            self.error(
                node.pos,
                id.len(),
                format!("the guide id `{id}` must start with a letter: it begins every Fluent message id of the guide"),
                None,
            );
            return None;
        }
        if id != stem {
            self.error(
                node.pos,
                id.len(),
                format!("the guide id `{id}` does not match its file name `{stem}`"),
                Some(format!(
                    "rename the file to `{id}.yaml`, or set `id: {stem}`"
                )),
            );
            return None;
        }
        Some(id)
    }

    /// The translator context of a text's fields (`note`, `max-length`, `screenshot`); a bad
    /// value is reported and left out.
    fn context(&mut self, fields: &Fields) -> Context {
        let mut context = Context::default();
        if let Some(node) = fields.get("note") {
            if let Value::Seq(_) = node.value {
                self.error(
                    node.pos,
                    1,
                    "`note` is a note for translators, a text; the list of notes is `notes`",
                    Some("write `notes:` for admonitions, or make `note` one text".into()),
                );
            } else if let Some(note) = self.string(node, "a note for translators") {
                context.note = Some(note.trim().to_string()).filter(|n| !n.is_empty());
            }
        }
        if let Some(node) = fields.get("max-length") {
            match &node.value {
                Value::Number(n) if n.parse::<u32>().is_ok_and(|n| n > 0) => {
                    context.max_length = n.parse().ok();
                }
                _ => self.error(
                    node.pos,
                    1,
                    "`max-length` must be a whole number of characters, greater than 0",
                    None,
                ),
            }
        }
        if let Some(node) = fields.get("screenshot") {
            if let Some(path) = self.string(node, "a screenshot path") {
                let p = Path::new(&path);
                let inside = !p.is_absolute()
                    && !path.contains('\\')
                    && p.components()
                        .all(|c| matches!(c, std::path::Component::Normal(_)));
                if inside {
                    context.screenshot = Some(path);
                } else {
                    self.error(
                        node.pos,
                        path.chars().count().max(1),
                        format!(
                            "`{}` must be a path relative to the workspace root, inside it",
                            escape(&path)
                        ),
                        None,
                    );
                }
            }
        }
        context
    }

    fn note_position(&mut self, node: &Node) -> Option<NotePosition> {
        let value = self.string(node, "a note position")?;
        match value.as_str() {
            "before" => Some(NotePosition::Before),
            "after" => Some(NotePosition::After),
            other => {
                self.error(
                    node.pos,
                    other.chars().count().max(1),
                    format!("unknown note position `{}`", escape(other)),
                    Some("write `position: before` (before the steps) or `position: after`".into()),
                );
                None
            }
        }
    }

    fn note_kind(&mut self, node: &Node) -> Option<NoteKind> {
        let kind = self.string(node, "a note kind")?;
        let kind = kind.as_str();
        let found = NoteKind::ALL.into_iter().find(|k| k.as_str() == kind);
        if found.is_none() {
            let names = NoteKind::ALL.map(NoteKind::as_str);
            let help = crate::suggest::nearest(kind, names)
                .map(|s| format!("did you mean `{s}`?"))
                .unwrap_or_else(|| format!("the kinds are {}", list_fields(&names)));
            self.error(
                node.pos,
                kind.chars().count().max(1),
                format!("unknown note kind `{}`", escape(kind)),
                Some(help),
            );
        }
        found
    }

    fn text(&mut self, node: &Node) -> Option<Text> {
        let value = self.string(node, "a text")?;
        if value.trim().is_empty() {
            self.error(node.pos, 1, "a text must not be empty", None);
            return None;
        }
        let start = self.index.offset(node.pos.line, node.pos.column);
        let first = self.text[start..].chars().next();
        let quoted = matches!(first, Some('"' | '\''));
        let block = matches!(first, Some('|' | '>'));
        let offset = if quoted { start + 1 } else { start };
        let verbatim = !quoted
            && !block
            && !value.contains('\n')
            && self.text[offset..].starts_with(value.as_str());
        if verbatim {
            self.comment_after(node, offset + value.len());
        }
        Some(Text {
            value: value.clone(),
            pos: node.pos,
            offset,
            verbatim,
        })
    }

    /// A plain text followed by ` # …` on its line: YAML ends the text there and reads the
    /// rest as a comment. Often meant (`# TODO`), sometimes a `#` of the text itself (`Dial
    /// *#06#` is safe, `Press # to confirm` is not), so a warning with both fixes.
    fn comment_after(&mut self, node: &Node, end: usize) {
        let line_end = self.index.line_range(node.pos.line).end.max(end);
        let rest = &self.text[end..line_end];
        let comment = rest.trim_start_matches([' ', '\t']);
        if !comment.starts_with('#') || comment.len() == rest.len() {
            return;
        }
        let line = &self.text[self.index.line_range(node.pos.line)];
        let fixed = quoted_line(line.trim_end_matches(['\r', '\n']))
            .map(|q| format!(" If `#` belongs to the text, quote it:\n{q}"))
            .unwrap_or_default();
        let start = end + (rest.len() - comment.len());
        let comment = comment.trim_end();
        let mut d = Diagnostic::at(
            &rules::content_schema::RULE,
            self.path,
            self.index,
            start..start + comment.len(),
            format!(
                "the text ends before `{}`: YAML reads ` #` and what follows as a comment",
                escape(comment)
            ),
        )
        .with_severity(crate::diagnostic::Severity::Warning);
        d.help = Some(format!(
            "if it is a comment, put it on a line of its own.{fixed}"
        ));
        self.diagnostics.push(d);
    }

    fn error(&mut self, pos: Pos, len: usize, message: impl Into<String>, help: Option<String>) {
        let start = self.index.offset(pos.line, pos.column);
        let end = self.text[start..]
            .char_indices()
            .nth(len)
            .map(|(i, _)| start + i)
            .unwrap_or(self.text.len());
        let mut d = Diagnostic::at(
            &rules::content_schema::RULE,
            self.path,
            self.index,
            start..end,
            message,
        );
        d.help = help;
        self.diagnostics.push(d);
    }
}

fn list_fields(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Shows control characters (NUL, newlines) visibly in messages.
fn escape(s: &str) -> String {
    s.chars().flat_map(char::escape_debug).collect()
}

/// The kebab-case form of an id, if one exists (`Power_Off` → `power-off`).
fn kebab_suggestion(id: &str) -> Option<String> {
    let mut out = String::new();
    for c in id.chars() {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            '_' | ' ' | '-' | '.' => out.push('-'),
            _ => return None,
        }
    }
    let parts: Vec<&str> = out.split('-').filter(|s| !s.is_empty()).collect();
    let s = parts.join("-");
    is_kebab_id(&s).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> (Option<Guide>, Vec<Diagnostic>) {
        load_guide("content/g.yaml", text.as_bytes().to_vec())
    }

    const GOOD: &str = "id: g\ntitle: T\nmethods:\n  - id: m\n    title: M\n    steps:\n      - id: s\n        text: Do it.\n    notes:\n      - id: n\n        kind: warning\n        text: Careful.\n";

    #[test]
    fn notes_are_placed_by_kind_unless_they_say() {
        let yaml = "id: g\ntitle: T\nmethods:\n  - id: m\n    title: M\n    steps:\n      - id: s\n        text: Do it.\n    notes:\n      - id: w\n        kind: warning\n        text: Careful.\n      - id: t\n        kind: tip\n        text: Hint.\n      - id: c\n        kind: caution\n        text: Later.\n        position: after\nnotes:\n  - id: x\n    kind: warning\n    text: Overall.\n";
        let (guide, diags) = load_guide("content/g.yaml", yaml.as_bytes().to_vec());
        assert!(diags.is_empty(), "{diags:?}");
        let guide = guide.unwrap();
        let positions: Vec<NotePosition> =
            guide.methods[0].notes.iter().map(|n| n.position).collect();
        use NotePosition::{After, Before};
        assert_eq!(positions, [Before, After, After]);
        assert_eq!(guide.notes[0].position, After);
        let bad = yaml.replace("position: after", "position: later");
        let (_, diags) = load_guide("content/g.yaml", bad.into_bytes());
        assert!(
            diags[0].message.contains("unknown note position `later`"),
            "{diags:?}"
        );
    }

    #[test]
    fn a_good_guide_loads_completely() {
        let (guide, diags) = load(GOOD);
        assert!(diags.is_empty(), "{diags:?}");
        let guide = guide.unwrap();
        assert!(guide.complete);
        assert_eq!(guide.methods[0].steps[0].text.value, "Do it.");
        assert_eq!(
            guide.methods[0].steps[0].text.pos,
            Pos {
                line: 8,
                column: 15
            }
        );
        assert_eq!(guide.methods[0].notes[0].kind, NoteKind::Warning);
    }

    #[test]
    fn kebab_ids() {
        assert!(is_kebab_id("power-off"));
        assert!(is_kebab_id("2fa"));
        for bad in [
            "", "Power", "a--b", "-a", "a-", "a_b", "a/b", "..", "a.b", "ü",
        ] {
            assert!(!is_kebab_id(bad), "{bad}");
        }
    }

    #[test]
    fn unknown_field_suggests_the_nearest_name() {
        let (_, diags) = load(&GOOD.replace("text: Do it.", "txt: Do it."));
        let unknown = diags
            .iter()
            .find(|d| d.message.contains("unknown field `txt`"))
            .unwrap();
        assert_eq!((unknown.line, unknown.column), (8, 9));
        assert_eq!(unknown.help.as_deref(), Some("did you mean `text`?"));
        assert!(diags
            .iter()
            .any(|d| d.message.contains("missing the field `text`")));
    }

    #[test]
    fn yaml_booleans_and_numbers_are_taken_as_written() {
        let (guide, diags) = load(
            &GOOD
                .replace("id: s\n", "id: off\n")
                .replace("title: M", "title: 2024 # year"),
        );
        // The comment is reported (a warning), the number is the text.
        assert!(
            diags.len() == 1 && diags[0].message.contains("`# year`"),
            "{diags:?}"
        );
        let guide = guide.unwrap();
        assert_eq!(guide.methods[0].steps[0].id, "off");
        assert_eq!(guide.methods[0].title.value, "2024");
    }

    #[test]
    fn every_schema_error_is_reported_not_just_the_first() {
        let bad = GOOD
            .replace("id: s", "id: S_1")
            .replace("kind: warning", "kind: warnin")
            .replace("title: M", "title: [M]");
        let (guide, diags) = load(&bad);
        assert_eq!(diags.len(), 3, "{diags:#?}");
        assert!(diags.iter().all(|d| d.rule == "content-schema"));
        assert!(guide.is_none_or(|g| !g.complete));
    }

    #[test]
    fn duplicate_sibling_ids_and_reserved_ids() {
        let dup = GOOD.replace("id: n\n", "id: s\n");
        let (_, diags) = load(&dup);
        assert!(
            diags.iter().any(|d| d.message.contains("duplicate id `s`")),
            "{diags:?}"
        );
        let reserved = GOOD.replace("id: s\n", "id: title\n");
        let (_, diags) = load(&reserved);
        assert!(
            diags.iter().any(|d| d.message.contains("reserved")),
            "{diags:?}"
        );
    }

    #[test]
    fn ids_that_could_escape_a_directory_are_refused() {
        for id in ["../x", "a/b", "a\\\\b", "a.b"] {
            let (_, diags) = load(&GOOD.replace("id: s\n", &format!("id: \"{id}\"\n")));
            assert!(
                diags.iter().any(|d| d.message.contains("invalid id")),
                "{id}: {diags:?}"
            );
        }
    }

    #[test]
    fn guide_id_must_match_the_file_name() {
        let (_, diags) = load(&GOOD.replace("id: g\n", "id: other\n"));
        assert!(diags
            .iter()
            .any(|d| d.message.contains("does not match its file name")));
    }

    #[test]
    fn a_comment_after_a_plain_text_is_a_warning() {
        let guide = |text: &str| {
            format!("id: g\ntitle: T\nmethods:\n  - id: m\n    title: M\n    steps:\n      - id: a\n        text: {text}\n")
        };
        let (g, diags) = load(&guide("Press # to confirm.  # hm"));
        assert_eq!(g.unwrap().methods[0].steps[0].text.value, "Press");
        assert_eq!(diags.len(), 1, "{diags:?}");
        let d = &diags[0];
        assert_eq!(d.severity, crate::diagnostic::Severity::Warning);
        assert_eq!((d.line, d.column), (8, 21));
        assert!(d.message.contains("`# to confirm.  # hm`"), "{}", d.message);
        assert!(
            d.help
                .as_deref()
                .unwrap()
                .contains("text: \"Press # to confirm.  # hm\""),
            "{:?}",
            d.help
        );
        let (g, diags) = load(&guide("Step #2"));
        assert_eq!(g.unwrap().methods[0].steps[0].text.value, "Step");
        assert_eq!(diags.len(), 1, "{diags:?}");
        for fine in [
            "\"Press # to confirm.\"",
            "Dial *#06# now.",
            "Step#2",
            "Press OK.",
        ] {
            let (g, diags) = load(&guide(fine));
            assert!(g.is_some() && diags.is_empty(), "{fine}: {diags:?}");
        }
    }

    #[test]
    fn broken_yaml_is_content_syntax() {
        let (guide, diags) = load("id: g\ntitle: [unclosed\n");
        assert!(guide.is_none());
        assert_eq!(diags[0].rule, "content-syntax");
    }

    #[test]
    fn quoted_text_offsets_skip_the_quote() {
        let (guide, _) = load(&GOOD.replace("text: Do it.", "text: \"Do: it.\""));
        let text = &guide.unwrap().methods[0].steps[0].text;
        assert_eq!(
            &GOOD.replace("text: Do it.", "text: \"Do: it.\"")[text.offset..text.offset + 3],
            "Do:"
        );
        assert!(!text.verbatim);
    }
}
