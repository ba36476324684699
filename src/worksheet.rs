//! Worksheets: translation files in which every untranslated message is its source entry,
//! commented out.
//!
//! `polyguide add-locale` writes one per source file, and `polyguide sync` inserts new source
//! messages into translation files the same way. A worksheet entry is the source entry with
//! `# ` in front of each of its lines (`#` alone for an empty line), under the comments the
//! source has above it (`# Step 1 of 3`, a group heading `## Method: …`):
//!
//! ```text
//! # Step 1 of 3
//! # reset-router--restart--unplug = Unplug the { -router } from the power socket.
//! ```
//!
//! Fluent reads it as a comment, so nothing counts as translated. The translator removes the
//! `# ` in front of the entry's lines (an editor's "toggle comment" does it) and replaces the
//! source text; the comment above becomes the message's comment, as in the source.
//!
//! [`commented_entries`] finds worksheet entries again by id: each paragraph of `#` comment
//! lines is read with the `# ` removed, and every message or term the Fluent parser finds in
//! it is a commented-out entry.

use crate::ftl;
use std::ops::Range;

/// A commented-out entry (`# id = …`) found in a translation file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentedEntry {
    /// The id as written (`-brand` for a term).
    pub id: String,
    /// Its lines, from the start of the `# id = …` line to the end of its last line (the
    /// line ending excluded).
    pub span: Range<usize>,
    /// Where the comment lines above it in the same paragraph start (its description, as the
    /// source has it); `span.start` when there are none.
    pub block_start: usize,
    /// The entry with the comment markers removed: `id = …` and its continuation lines.
    pub entry: String,
    /// No prose follows it in its comment paragraph: after it come only the blocks of later
    /// commented-out entries, or comment lines that a message right below the paragraph
    /// owns. That is the shape polyguide writes; a `# x = y` line inside a paragraph of prose
    /// is more likely a sentence, so only closed entries are ever removed.
    pub closed: bool,
    /// Where its comment paragraph starts, and where its last line ends (line ending
    /// excluded).
    pub paragraph: Range<usize>,
}

/// Every commented-out entry of `text`, in file order.
pub fn commented_entries(text: &str) -> Vec<CommentedEntry> {
    let lines = lines_of(text);
    // Where the real (uncommented) messages and terms start: a paragraph right above one is
    // that entry's comment.
    let entry_starts: std::collections::BTreeSet<usize> = ftl::parse(text)
        .entries
        .iter()
        .map(|e| ftl::line_start(text, e.id_span.start))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !is_plain_comment(line_text(text, &lines[i])) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && is_plain_comment(line_text(text, &lines[i])) {
            i += 1;
        }
        let owned = i < lines.len() && entry_starts.contains(&lines[i].start);
        entries_in_paragraph(text, &lines[start..i], owned, &mut out);
    }
    out
}

/// An entry commented out: `# ` before each line, `#` for an empty line. Lines end with `\n`.
pub fn comment_out(entry: &str) -> String {
    let mut out = String::with_capacity(entry.len() + 16);
    for line in entry.trim_end_matches(['\r', '\n']).split('\n') {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            out.push_str("#\n");
        } else {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The worksheet block of one source entry: the comment paragraphs the source has between
/// the previous entry and this one (resource comments `###` left out), then the entry
/// commented out. Lines end with `\n`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub id: String,
    /// Comment paragraphs standing apart from the entry (group headings `## …`, notes), each
    /// with its lines.
    pub paragraphs: Vec<String>,
    /// The comment lines directly above the entry (its description), if any.
    pub attached: String,
    /// The entry, commented out.
    pub entry: String,
}

impl Block {
    /// The block of the source entry `source_entries[k]` of `source`.
    pub fn of(source: &str, parsed: &ftl::ParsedFtl, k: usize) -> Block {
        let entry = &parsed.entries[k];
        let span = entry.span(source);
        let gap_start = match k {
            0 => 0,
            _ => parsed.entries[k - 1].span(source).end,
        };
        // Comments sit on the lines before the entry's first line.
        let gap = &source[gap_start..ftl::line_start(source, span.start)];
        let mut paragraphs: Vec<String> = Vec::new();
        let mut current = String::new();
        for line in gap.split_terminator('\n') {
            let line = line.trim_end_matches('\r');
            let is_comment = line == "#" || line.starts_with("# ") || line.starts_with("##");
            if is_comment && !line.starts_with("###") {
                current.push_str(line);
                current.push('\n');
            } else if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        }
        // A paragraph that runs into the entry is its description.
        let attached = current;
        Block {
            id: entry.id.to_string(),
            paragraphs,
            attached,
            entry: comment_out(&source[span]),
        }
    }

    /// The block as text: paragraphs separated by blank lines, then the description and the
    /// commented entry. Paragraphs for which `skip` is true are left out (a group heading the
    /// file already has).
    pub fn render(&self, skip: impl Fn(&str) -> bool) -> String {
        let mut out = String::new();
        for p in self.paragraphs.iter().filter(|p| !skip(p)) {
            out.push_str(p);
            out.push('\n');
        }
        out.push_str(&self.attached);
        out.push_str(&self.entry);
        out
    }
}

/// Every block of a source file, in source order (first definitions only).
pub fn blocks(source: &str) -> Vec<Block> {
    let parsed = ftl::parse(source);
    let first = crate::source::FirstDefs::of(&parsed);
    first
        .order
        .iter()
        .map(|&k| Block::of(source, &parsed, k))
        .collect()
}

/// A whole worksheet for source file `rel` in `locale`: a header that says what the file is
/// and how to use it, then every block of `source`, blank lines between. `by` names the
/// command that writes it. Line endings are `\n`.
pub fn file(rel: &str, source_locale: &str, locale: &str, source: &str, by: &str) -> String {
    let mut out = format!(
        "### {locale} translation of {rel}: a worksheet written by `polyguide {by}`.\n\
         ### Each message is the {source_locale} source, commented out, so none counts as translated yet.\n\
         ### To translate one, remove the \"# \" in front of its lines and replace the text after\n\
         ### `=`, keeping the id. `polyguide sync` adds new source messages the same way.\n"
    );
    for block in blocks(source) {
        out.push('\n');
        out.push_str(&block.render(|_| false));
    }
    out
}

/// The byte range of each line of `text`, its line ending excluded.
fn lines_of(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        out.push(start..end);
        start = end + 1;
    }
    out
}

fn line_text<'t>(text: &'t str, line: &Range<usize>) -> &'t str {
    text[line.clone()].trim_end_matches('\r')
}

/// A single-`#` comment line (`#` alone or `# …`): the lines a worksheet entry is made of.
fn is_plain_comment(line: &str) -> bool {
    line == "#" || line.starts_with("# ")
}

/// Finds the commented-out entries of one paragraph of `#` lines.
/// `owned`: a message or term starts on the line right after the paragraph.
fn entries_in_paragraph(
    text: &str,
    lines: &[Range<usize>],
    owned: bool,
    out: &mut Vec<CommentedEntry>,
) {
    // The paragraph without its markers; `starts[i]` is where line i begins in it.
    let mut plain = String::new();
    let mut starts = Vec::with_capacity(lines.len());
    for line in lines {
        starts.push(plain.len());
        let l = line_text(text, line);
        plain.push_str(l.strip_prefix("# ").unwrap_or(""));
        plain.push('\n');
    }
    // Only paragraphs with an `=` can hold an entry: prose is read quickly.
    if !plain.contains('=') {
        return;
    }
    let line_of = |offset: usize| starts.partition_point(|&s| s <= offset) - 1;
    let parsed = ftl::parse(&plain);
    let mut free_from = 0;
    let found_from = out.len();
    let paragraph = lines[0].start..line_end(text, &lines[lines.len() - 1]);
    for entry in &parsed.entries {
        let span = entry.span(&plain);
        let first = line_of(span.start);
        let last = line_of(span.end.saturating_sub(1).max(span.start));
        // The parser only starts an entry at the beginning of a line.
        if starts[first] != span.start {
            continue;
        }
        out.push(CommentedEntry {
            id: entry.id.to_string(),
            span: lines[first].start..line_end(text, &lines[last]),
            block_start: lines[free_from.min(first)].start,
            entry: plain[span].to_string(),
            closed: false,
            paragraph: paragraph.clone(),
        });
        free_from = last + 1;
    }
    // Lines after the last entry are prose, unless a message below owns them.
    let closed = owned || free_from == lines.len();
    for c in &mut out[found_from..] {
        c.closed = closed;
    }
}

/// The end of a line without its `\r`.
fn line_end(text: &str, line: &Range<usize>) -> usize {
    line.start + line_text(text, line).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commenting_out_marks_every_line() {
        assert_eq!(comment_out("a = A\n"), "# a = A\n");
        assert_eq!(
            comment_out("a =\n    one\n\n    two\n    .title = T"),
            "# a =\n#     one\n#\n#     two\n#     .title = T\n"
        );
        assert_eq!(comment_out("a = A\r\n    b\r\n"), "# a = A\n#     b\n");
    }

    #[test]
    fn a_worksheet_is_comments_only_and_its_entries_are_found_by_id() {
        let source = "### Source catalog. Edit the YAML, not this file.\n\n# Guide title\ng--title = Title\n\n## Method: m\n\n# Step 1 of 2\ng--m--a =\n    First line\n\n    second line\n    .hint = H\n# Step 2 of 2\n-term = { $n ->\n    [one] One\n   *[other] Many\n}\n";
        let sheet = file("g.ftl", "en", "fr", source, "add-locale");
        assert!(!sheet.contains("Edit the YAML"), "{sheet}");
        let parsed = ftl::parse(&sheet);
        assert!(parsed.entries.is_empty(), "{sheet}");
        assert!(parsed.junk.is_empty(), "{sheet}");
        let found = commented_entries(&sheet);
        let ids: Vec<&str> = found.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["g--title", "g--m--a", "-term"]);
        assert!(found.iter().all(|c| c.closed));
        // Uncommented, each entry is the source entry.
        let src = ftl::parse(source);
        for (c, e) in found.iter().zip(&src.entries) {
            assert_eq!(c.entry, &source[e.span(source)]);
            assert_eq!(
                sheet[c.block_start..c.span.start].lines().next(),
                Some(if c.id == "g--title" {
                    "# Guide title"
                } else if c.id == "g--m--a" {
                    "# Step 1 of 2"
                } else {
                    "# Step 2 of 2"
                })
            );
        }
        assert!(sheet.contains("\n## Method: m\n\n# Step 1 of 2\n# g--m--a =\n"));
    }

    #[test]
    fn uncommenting_an_entry_translates_it() {
        let source = "# Step 1 of 1\ng--m--a = Power off.\n";
        let sheet = file("g.ftl", "en", "fr", source, "add-locale");
        let translated = sheet.replace("# g--m--a = Power off.", "g--m--a = Éteignez.");
        let parsed = ftl::parse(&translated);
        assert_eq!(parsed.entries.len(), 1);
        assert!(parsed.junk.is_empty());
        let m = parsed.message(&parsed.entries[0]).unwrap();
        assert_eq!(m.comment.as_ref().unwrap().content, ["Step 1 of 1"]);
        assert!(commented_entries(&translated).is_empty());
    }

    #[test]
    fn prose_in_comments_is_not_an_entry_and_crlf_is_read() {
        let text = "# A note for translators: keep it short.\n# See = the docs\n# more prose\r\n\r\n# x = X\r\n# y = Y\r\n\n# z = Z\n# the comment of m\nm = M\n";
        let found = commented_entries(text);
        let ids: Vec<(&str, bool)> = found.iter().map(|c| (c.id.as_str(), c.closed)).collect();
        assert_eq!(ids, [("See", false), ("x", true), ("y", true), ("z", true)]);
        let y = &found[2];
        assert_eq!(&text[y.span.clone()], "# y = Y");
        assert_eq!(y.block_start, y.span.start, "x is not y's description");
    }
}
