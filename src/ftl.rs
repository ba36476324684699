//! Fluent files with positions.
//!
//! fluent-syntax 0.12 has no spans in its AST, but parsing a `&str` makes every identifier
//! and junk slice borrow from the input, so an entry's byte offset is pointer arithmetic
//! ([`offset_in`]). A broken entry becomes junk and the parser goes on, so one typo never
//! hides the rest of the file.

use fluent_syntax::ast;
use std::ops::Range;
use std::path::Path;

/// A parsed FTL text and what polyguide needs to point into it.
pub struct ParsedFtl<'s> {
    pub resource: ast::Resource<&'s str>,
    /// Messages and terms in file order.
    pub entries: Vec<EntryInfo<'s>>,
    /// Parts the parser could not read, each with its error.
    pub junk: Vec<JunkInfo>,
}

/// A message or term with the byte range of its id (the `-` of a term included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryInfo<'s> {
    /// The id as written (`-brand` for a term), so messages and terms never collide.
    pub id: &'s str,
    pub is_term: bool,
    pub id_span: Range<usize>,
    /// Index of the entry in `resource.body`.
    pub index: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JunkInfo {
    pub span: Range<usize>,
    /// Where the parser failed, inside `span`.
    pub error_span: Range<usize>,
    pub message: String,
}

/// Byte offset of `slice` within `text`. `slice` must borrow from `text`; if it does not
/// (which would be a bug), 0 is returned rather than a bogus position or a panic.
pub fn offset_in(text: &str, slice: &str) -> usize {
    let start = text.as_ptr() as usize;
    let at = slice.as_ptr() as usize;
    if at >= start && at + slice.len() <= start + text.len() {
        at - start
    } else {
        0
    }
}

/// The end of the entry that starts at `start`: its first line, then every following line
/// that continues it (indented, or a `}` closing a select), blank lines inside included.
/// Trailing blank lines and the final line ending are not part of the entry.
pub fn entry_end(text: &str, start: usize) -> usize {
    let line_end = |from: usize| {
        text[from..]
            .find('\n')
            .map(|i| from + i)
            .unwrap_or(text.len())
    };
    let mut end = line_end(start);
    let mut pos = end;
    while pos < text.len() {
        let next = pos + 1;
        let next_end = line_end(next);
        let line = &text[next..next_end];
        let trimmed = line.trim_end_matches('\r');
        if trimmed.trim().is_empty() {
            pos = next_end;
            continue;
        }
        if trimmed.starts_with(' ') || trimmed.starts_with('}') {
            end = next_end;
            pos = next_end;
        } else {
            break;
        }
    }
    // Without the line ending of the last line.
    text[..end].trim_end_matches(['\r', '\n']).len().max(start)
}

impl EntryInfo<'_> {
    /// The whole entry, from its id to the end of its last value or attribute line.
    /// Computed on demand: a lint without stamps never needs it.
    pub fn span(&self, text: &str) -> Range<usize> {
        self.id_span.start..entry_end(text, self.id_span.start)
    }
}

/// `text` with the entry `id` replaced by `entry` (a complete `id = …` entry), or `entry`
/// appended when `id` is not defined. Only the bytes of the replaced entry change: comments,
/// blank lines, line endings and every other entry stay byte for byte as the person wrote
/// them (fluent-syntax's serializer would re-indent and drop blank lines). The entry keeps
/// the file's line ending (CRLF when the file uses it).
pub fn set_entry(text: &str, id: &str, entry: &str) -> String {
    let crlf = text.contains("\r\n");
    let mut entry = entry.trim_end_matches(['\r', '\n']).replace("\r\n", "\n");
    if crlf {
        entry = entry.replace('\n', "\r\n");
    }
    let parsed = parse(text);
    match parsed.entries.iter().find(|e| e.id == id) {
        Some(e) => {
            let span = e.span(text);
            let mut out = String::with_capacity(text.len() + entry.len());
            out.push_str(&text[..span.start]);
            out.push_str(&entry);
            out.push_str(&text[span.end..]);
            out
        }
        None => {
            let newline = if crlf { "\r\n" } else { "\n" };
            let mut out = text.to_string();
            if !out.is_empty() && !out.ends_with('\n') {
                out.push_str(newline);
            }
            out.push_str(&entry);
            out.push_str(newline);
            out
        }
    }
}

/// One change of a [`splice`]: the bytes of `range` (in the original text) replaced by
/// `with`. An empty range inserts; an empty `with` removes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Splice {
    pub range: Range<usize>,
    pub with: String,
}

impl Splice {
    /// Inserts `with` at byte `at`.
    pub fn insert(at: usize, with: impl Into<String>) -> Splice {
        Splice {
            range: at..at,
            with: with.into(),
        }
    }

    /// Removes the bytes of `range`.
    pub fn remove(range: Range<usize>) -> Splice {
        Splice {
            range,
            with: String::new(),
        }
    }
}

/// `text` with every splice applied; every byte outside the splices' ranges is kept as it
/// was, in order. The splices are applied by position (sorted here; two inserts at one offset
/// keep their order). Splices that overlap, fall outside the text or cut a character are a
/// bug of the caller: they are rejected (`None`) rather than applied halfway.
pub fn splice(text: &str, splices: &[Splice]) -> Option<String> {
    let mut order: Vec<&Splice> = splices.iter().collect();
    order.sort_by_key(|s| (s.range.start, s.range.end));
    let mut out =
        String::with_capacity(text.len() + splices.iter().map(|s| s.with.len()).sum::<usize>());
    let mut at = 0;
    for s in order {
        if s.range.start < at
            || s.range.end < s.range.start
            || !text.is_char_boundary(s.range.start)
            || !text.is_char_boundary(s.range.end)
        {
            return None;
        }
        out.push_str(&text[at..s.range.start]);
        out.push_str(&s.with);
        at = s.range.end;
    }
    out.push_str(&text[at..]);
    Some(out)
}

/// The offset just after the line that holds byte `at`: past its line ending, or the end of
/// the text when the line has none.
pub fn next_line_start(text: &str, at: usize) -> usize {
    text[at.min(text.len())..]
        .find('\n')
        .map_or(text.len(), |i| at + i + 1)
}

/// The offset where the line holding byte `at` starts.
pub fn line_start(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1)
}

/// The file's line ending: `\r\n` when it uses CRLF anywhere, else `\n`.
pub fn newline_of(text: &str) -> &'static str {
    if text.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    }
}

/// The text of an entry after its `=`: its value and attributes as written.
pub fn entry_value_text<'t>(text: &'t str, entry: &EntryInfo) -> &'t str {
    let s = &text[entry.span(text)];
    s.split_once('=').map(|(_, v)| v).unwrap_or("").trim()
}

/// fluent-syntax 0.12 panics on a `\\u` / `\\U` escape in a string literal whose hex digits
/// run into a multi-byte character (found by fuzzing: `g={"\\uü`). Such an entry is cut out
/// as junk, with an "invalid escape" error at the backslash, and the text around it is
/// parsed as usual; slices of the same text keep every offset valid.
fn parse_guarded(text: &str) -> (ast::Resource<&str>, Vec<fluent_syntax::parser::ParserError>) {
    let mut body = Vec::new();
    let mut errors = Vec::new();
    let mut start = 0;
    while let Some(bad) = find_unsafe_escape(text, start) {
        let entry_start = entry_start_before(text, bad).max(start);
        let entry_end = entry_end(text, entry_start).max(bad + 2);
        let entry_end = text[entry_end..]
            .find('\n')
            .map_or(text.len(), |i| entry_end + i + 1);
        parse_piece(text, start, entry_start, &mut body, &mut errors);
        body.push(ast::Entry::Junk {
            content: &text[entry_start..entry_end],
        });
        errors.push(fluent_syntax::parser::ParserError {
            pos: bad..bad + 2,
            slice: Some(entry_start..entry_end),
            kind: fluent_syntax::parser::ErrorKind::InvalidUnicodeEscapeSequence(
                text[bad..].chars().take(8).collect(),
            ),
        });
        start = entry_end;
    }
    parse_piece(text, start, text.len(), &mut body, &mut errors);
    (ast::Resource { body }, errors)
}

/// Parses `text[from..to]`, appending its entries and its errors (moved to offsets in `text`).
fn parse_piece<'s>(
    text: &'s str,
    from: usize,
    to: usize,
    body: &mut Vec<ast::Entry<&'s str>>,
    errors: &mut Vec<fluent_syntax::parser::ParserError>,
) {
    if from >= to {
        return;
    }
    let (resource, found) = match fluent_syntax::parser::parse(&text[from..to]) {
        Ok(r) => (r, Vec::new()),
        Err((r, e)) => (r, e),
    };
    if body.is_empty() {
        // The usual case, one piece: take the parser's vector as it is.
        *body = resource.body;
    } else {
        body.extend(resource.body);
    }
    errors.extend(found.into_iter().map(|mut e| {
        e.pos = e.pos.start + from..e.pos.end + from;
        e.slice = e.slice.map(|s| s.start + from..s.end + from);
        e
    }));
}

/// The byte offset of the next `\\u`/`\\U` at or after `from`, after a `"` on its line (in
/// a string literal), whose 4 or 6 following bytes contain a non-ASCII byte.
fn find_unsafe_escape(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(found) = text.get(i..).and_then(|t| t.find('\\')) {
        let at = i + found;
        let width = match bytes.get(at + 1) {
            Some(b'u') => 4,
            Some(b'U') => 6,
            // `\\` is an escaped backslash: what follows is text, not an escape. Step over
            // the next character whole (it may be multi-byte).
            _ => {
                i = at + 1 + text[at + 1..].chars().next().map_or(0, char::len_utf8);
                continue;
            }
        };
        let window = &bytes[at + 2..(at + 2 + width).min(bytes.len())];
        let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
        let before = &text[line_start..at];
        // A string literal opened earlier on the line (its placeable's `{` may be on a line
        // above). A plain text with a quote before `\\uü` is cut out too: rare, and safe.
        let in_string = before.contains('"');
        if in_string && window.iter().any(|b| *b >= 0x80) {
            return Some(at);
        }
        i = at + 2;
    }
    None
}

/// The start of the entry holding byte `at`: its line, or the first line above it that does
/// not continue an entry (indented lines and `}` lines continue one).
fn entry_start_before(text: &str, at: usize) -> usize {
    let mut line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    while line_start > 0 && text[line_start..].starts_with([' ', '}', '[', '*', '.']) {
        line_start = text[..line_start - 1].rfind('\n').map_or(0, |n| n + 1);
    }
    line_start
}

/// Parses an FTL text. Never fails: broken parts are reported in [`ParsedFtl::junk`].
pub fn parse(text: &str) -> ParsedFtl<'_> {
    let (resource, errors) = parse_guarded(text);
    let mut entries = Vec::new();
    let mut junk = Vec::new();
    for (index, entry) in resource.body.iter().enumerate() {
        match entry {
            ast::Entry::Message(m) => {
                let start = offset_in(text, m.id.name);
                entries.push(EntryInfo {
                    id: m.id.name,
                    is_term: false,
                    id_span: start..start + m.id.name.len(),
                    index,
                });
            }
            ast::Entry::Term(t) => {
                let start = offset_in(text, t.id.name).saturating_sub(1);
                // The id with its dash, borrowed from the text.
                let id = &text[start..start + 1 + t.id.name.len()];
                entries.push(EntryInfo {
                    id,
                    is_term: true,
                    id_span: start..start + id.len(),
                    index,
                });
            }
            ast::Entry::Junk { content } => {
                let start = offset_in(text, content);
                let span = start..start + content.len();
                let error = errors
                    .iter()
                    .find(|e| e.pos.start >= span.start && e.pos.start <= span.end)
                    .or_else(|| {
                        errors
                            .iter()
                            .find(|e| e.slice.as_ref().is_some_and(|s| s.start == span.start))
                    });
                // An error found at the end of the input ("expected `}`") is shown at the end
                // of the junk's last line, where the author has to add something.
                let last = start + content.trim_end().len();
                let (error_span, message) = match error {
                    Some(e) => (
                        e.pos.start.min(last)..e.pos.end.min(last).max(e.pos.start.min(last)),
                        e.kind.to_string(),
                    ),
                    None => (
                        span.start..span.start,
                        "this entry is not valid Fluent".to_string(),
                    ),
                };
                junk.push(JunkInfo {
                    span,
                    error_span,
                    message,
                });
            }
            _ => {}
        }
    }
    ParsedFtl {
        resource,
        entries,
        junk,
    }
}

impl<'s> ParsedFtl<'s> {
    pub fn message(&self, entry: &EntryInfo) -> Option<&ast::Message<&'s str>> {
        match &self.resource.body[entry.index] {
            ast::Entry::Message(m) => Some(m),
            _ => None,
        }
    }

    pub fn term(&self, entry: &EntryInfo) -> Option<&ast::Term<&'s str>> {
        match &self.resource.body[entry.index] {
            ast::Entry::Term(t) => Some(t),
            _ => None,
        }
    }

    /// The value and attribute names of a message or term.
    pub fn parts(&self, entry: &EntryInfo) -> (Option<&ast::Pattern<&'s str>>, Vec<&'s str>) {
        match &self.resource.body[entry.index] {
            ast::Entry::Message(m) => (
                m.value.as_ref(),
                m.attributes.iter().map(|a| a.id.name).collect(),
            ),
            ast::Entry::Term(t) => (
                Some(&t.value),
                t.attributes.iter().map(|a| a.id.name).collect(),
            ),
            _ => (None, Vec::new()),
        }
    }
}

/// True if a pattern shows nothing: no elements, only whitespace, or only string literals
/// that are empty or whitespace (`{ "" }`).
pub fn pattern_is_blank(pattern: Option<&ast::Pattern<&str>>) -> bool {
    let Some(pattern) = pattern else {
        return true;
    };
    pattern.elements.iter().all(|el| match el {
        ast::PatternElement::TextElement { value } => value.trim().is_empty(),
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        _ => false,
    })
}

/// Every `.ftl` file under `dir`, recursively, sorted: (path relative to `dir`, path relative
/// to the workspace root), both with `/`. Symbolic links are followed only while they stay
/// inside `dir`'s workspace; see [`scan_files`] for the files that were left out and why.
pub fn find_files(dir: &Path, rel_dir: &str, root: &Path) -> Vec<(String, String)> {
    scan_files(dir, rel_dir, root).files
}

/// The result of walking a directory for `.ftl` files.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scan {
    /// (path relative to the walked directory, path relative to the workspace root), sorted.
    pub files: Vec<(String, String)>,
    /// (path relative to the workspace root, why it was not read): links that leave the
    /// workspace or lead nowhere, and `.ftl` names that are not regular files.
    pub skipped: Vec<(String, String)>,
}

/// Walks `dir` for `.ftl` files. A symbolic link is followed only if its target is inside
/// `root` (the workspace); a link loop is walked once; special files (FIFOs, sockets,
/// devices) are never opened, so a run cannot block on them.
pub fn scan_files(dir: &Path, rel_dir: &str, root: &Path) -> Scan {
    let mut scan = Scan::default();
    // The directory itself may be a link (`locales/de` → elsewhere): the same policy.
    if dir.symlink_metadata().is_ok() {
        if let Err(why) = crate::fsx::inside(root, dir, "the workspace") {
            scan.skipped.push((rel_dir.to_string(), why.to_string()));
            return scan;
        }
    }
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut visited = std::collections::HashSet::new();
    if let Ok(canonical) = dir.canonicalize() {
        visited.insert(canonical);
    }
    let mut files = Vec::new();
    walk(
        dir,
        "",
        &root,
        &mut visited,
        &mut files,
        &mut scan.skipped,
        rel_dir,
    );
    files.sort();
    scan.files = files
        .into_iter()
        .map(|rel| {
            let path = crate::workspace::join_rel(rel_dir, &rel);
            (rel, path)
        })
        .collect();
    scan.skipped.sort();
    scan
}

fn walk(
    dir: &Path,
    prefix: &str,
    root: &Path,
    visited: &mut std::collections::HashSet<std::path::PathBuf>,
    out: &mut Vec<String>,
    skipped: &mut Vec<(String, String)>,
    rel_dir: &str,
) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        let rel = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}/{name}")
        };
        let path = entry.path();
        if entry.file_name().to_str().is_none() {
            if name.ends_with(".ftl") || file_type.is_dir() {
                skipped.push((
                    crate::workspace::join_rel(rel_dir, &rel),
                    "a file name that is not valid UTF-8 (shown with \u{fffd} for the bad bytes); rename it".into(),
                ));
            }
            continue;
        }
        let (is_dir, is_file) = if file_type.is_symlink() {
            match path.canonicalize() {
                Err(_) => {
                    if name.ends_with(".ftl") || path.is_dir() {
                        skipped.push((
                            crate::workspace::join_rel(rel_dir, &rel),
                            "a symbolic link that leads nowhere (or loops)".into(),
                        ));
                    }
                    continue;
                }
                Ok(target) if !target.starts_with(root) => {
                    skipped.push((
                        crate::workspace::join_rel(rel_dir, &rel),
                        "a symbolic link that leaves the workspace; not followed".into(),
                    ));
                    continue;
                }
                Ok(target) => {
                    let meta = std::fs::metadata(&target);
                    (
                        meta.as_ref().is_ok_and(|m| m.is_dir()),
                        meta.as_ref().is_ok_and(|m| m.is_file()),
                    )
                }
            }
        } else {
            (file_type.is_dir(), file_type.is_file())
        };
        if is_dir {
            // Each real directory once: a link back to a parent cannot loop the walk.
            let canonical = path.canonicalize().unwrap_or_else(|_| path.clone());
            if visited.insert(canonical) {
                walk(&path, &rel, root, visited, out, skipped, rel_dir);
            }
        } else if name.ends_with(".ftl") {
            if is_file {
                out.push(rel);
            } else {
                skipped.push((
                    crate::workspace::join_rel(rel_dir, &rel),
                    "not a regular file".into(),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_know_their_offsets() {
        let text = "# c\nhello = Hi\n-brand = X\n";
        let p = parse(text);
        assert_eq!(p.entries.len(), 2);
        assert_eq!(&text[p.entries[0].id_span.clone()], "hello");
        assert_eq!(p.entries[1].id, "-brand");
        assert_eq!(&text[p.entries[1].id_span.clone()], "-brand");
        assert!(p.entries[1].is_term);
    }

    #[test]
    fn junk_is_reported_and_parsing_goes_on() {
        let text = "a = A\nb = { -x\nc = C\n";
        let p = parse(text);
        assert_eq!(
            p.entries.iter().map(|e| e.id).collect::<Vec<_>>(),
            ["a", "c"]
        );
        assert_eq!(p.junk.len(), 1);
        assert_eq!(p.junk[0].span.start, 6);
        assert!(p.junk[0].error_span.start >= 6);
    }

    #[test]
    fn entry_spans_cover_multiline_values_and_attributes() {
        let text = "a = one\n    two\n\n    .title = T\n# comment of b\nb = { $n ->\n    [one] x\n   *[other] y\n}\nc = C";
        let p = parse(text);
        assert_eq!(
            &text[p.entries[0].span(text)],
            "a = one\n    two\n\n    .title = T"
        );
        assert_eq!(
            &text[p.entries[1].span(text)],
            "b = { $n ->\n    [one] x\n   *[other] y\n}"
        );
        assert_eq!(&text[p.entries[2].span(text)], "c = C");
        assert_eq!(entry_value_text(text, &p.entries[2]), "C");
    }

    #[test]
    fn unicode_escapes_running_into_multibyte_text_are_junk_not_a_panic() {
        // Found by fuzzing: fluent-syntax 0.12 panics on these.
        for text in [
            "g={\"\\u\u{feff}",
            "a = A\nb = { \"\\Uéé\" }\nc = C\n",
            "a = { \"x\" }\nm =\n    { \"\\u中\" }\nz = Z\n",
        ] {
            let p = parse(text);
            assert_eq!(p.junk.len(), 1, "{text:?}");
            assert!(
                p.junk[0].message.contains("unicode escape"),
                "{:?}",
                p.junk[0]
            );
            assert!(text[p.junk[0].error_span.clone()].starts_with('\\'));
        }
        let p = parse("a = A\nb = { \"\\Uéé\" }\nc = C\n");
        assert_eq!(
            p.entries.iter().map(|e| e.id).collect::<Vec<_>>(),
            ["a", "c"]
        );
        assert_eq!(
            &"a = A\nb = { \"\\Uéé\" }\nc = C\n"[p.entries[1].id_span.clone()],
            "c"
        );
        // Valid escapes, escaped backslashes and backslashes in plain text are untouched.
        let p = parse("a = { \"\\u00e9\" } C:\\users\\ü\nb = { \"\\\\uü\" }\n");
        assert!(p.junk.is_empty(), "{:?}", p.junk);
    }

    #[test]
    fn splices_keep_every_byte_outside_their_ranges() {
        let text = "a = A\nb = B\nc = C\n";
        let out = splice(
            text,
            &[
                Splice::insert(6, "x = X\n"),
                Splice::remove(12..18),
                Splice::insert(0, "# top\n"),
                Splice::insert(6, "y = Y\n"),
            ],
        )
        .unwrap();
        assert_eq!(out, "# top\na = A\nx = X\ny = Y\nb = B\n");
        // Replace = remove + insert at one place.
        let out = splice(
            text,
            &[Splice {
                range: 6..11,
                with: "b = Bee".into(),
            }],
        )
        .unwrap();
        assert_eq!(out, "a = A\nb = Bee\nc = C\n");
        assert_eq!(splice(text, &[]).unwrap(), text);
    }

    #[test]
    fn bad_splices_are_refused_not_applied_halfway() {
        let text = "a = ü\n";
        assert_eq!(
            splice(text, &[Splice::remove(0..3), Splice::remove(2..4)]),
            None
        );
        assert_eq!(splice(text, &[Splice::remove(5..6)]), None, "cuts ü");
        assert_eq!(splice(text, &[Splice::insert(99, "x")]), None);
    }

    #[test]
    fn line_helpers() {
        let text = "ab\r\ncd\nef";
        assert_eq!(next_line_start(text, 0), 4);
        assert_eq!(next_line_start(text, 4), 7);
        assert_eq!(next_line_start(text, 8), text.len());
        assert_eq!(line_start(text, 5), 4);
        assert_eq!(line_start(text, 1), 0);
        assert_eq!(newline_of(text), "\r\n");
        assert_eq!(newline_of("a\nb"), "\n");
    }

    #[test]
    fn crlf_files_parse_like_lf_files() {
        let p = parse("a = A\r\nb = B\r\n");
        assert!(p.junk.is_empty());
        assert_eq!(p.entries.len(), 2);
    }

    #[cfg(unix)]
    #[test]
    fn links_out_of_the_workspace_loops_and_fifos_are_not_followed() {
        let ws = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let dir = ws.path().join("locales/fr");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.ftl"), "a = A\n").unwrap();
        std::fs::write(outside.path().join("secret.ftl"), "s = S\n").unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret.ftl"), dir.join("out.ftl")).unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.join("outdir")).unwrap();
        std::os::unix::fs::symlink(&dir, dir.join("loop")).unwrap();
        std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("dangling.ftl")).unwrap();
        std::os::unix::fs::symlink(dir.join("a.ftl"), dir.join("inside.ftl")).unwrap();
        let fifo = dir.join("pipe.ftl");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success());
        let scan = scan_files(&dir, "locales/fr", ws.path());
        let files: Vec<&str> = scan.files.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(files, ["locales/fr/a.ftl", "locales/fr/inside.ftl"]);
        let skipped: Vec<&str> = scan.skipped.iter().map(|s| s.0.as_str()).collect();
        let mut expected = vec![
            "locales/fr/dangling.ftl",
            "locales/fr/out.ftl",
            "locales/fr/outdir",
        ];
        if made {
            expected.push("locales/fr/pipe.ftl");
        }
        expected.sort();
        assert_eq!(skipped, expected);
    }

    #[test]
    fn blank_patterns() {
        let p = parse("a = { \"\" }\nb = B\nc =\n    .attr = x\n");
        let parts: Vec<_> = p.entries.iter().map(|e| p.parts(e).0).collect();
        assert!(pattern_is_blank(parts[0]));
        assert!(!pattern_is_blank(parts[1]));
        assert!(pattern_is_blank(parts[2]));
    }
}
