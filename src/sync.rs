//! `polyguide sync`: bring translation files in step with the source, the way gettext's
//! `msgmerge` does for PO files.
//!
//! For each source file and locale, [`sync_file`] works on the bytes of the translation file:
//!
//! - a source message the file lacks (neither translated nor a worksheet entry) is inserted as
//!   a worksheet entry (see [`crate::worksheet`]) after the nearest preceding source message
//!   the file has, so the file keeps the source's order;
//! - a translation (or worksheet entry) of a message the source no longer has is reported,
//!   and removed only with `prune`, together with the comment lines attached to it;
//! - a worksheet entry whose text is not today's source text is reported and never changed:
//!   it may be an older source text or a draft the translator typed into it.
//!
//! Every byte it does not insert or remove stays as it was ([`crate::ftl::splice`]), and a
//! second run changes nothing. Removals are only considered while the whole source loads: a
//! message missing from a broken guide is unknown, not gone.

use crate::ftl::{self, Splice};
use crate::project::Project;
use crate::worksheet::{self, Block, CommentedEntry};
use crate::workspace::{Layout, Workspace};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

/// What [`sync_file`] may do besides inserting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FileOptions {
    /// Remove the entries of removed messages.
    pub prune: bool,
    /// The source file is known to be whole, so a message it lacks is gone: look for
    /// removed messages at all.
    pub removals: bool,
}

/// What [`sync_file`] found and did in one translation file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileSync {
    /// The new text (the old one when nothing changed).
    pub text: String,
    /// The changes, as positions in the old text.
    pub splices: Vec<Splice>,
    /// Source messages inserted as worksheet entries, in source order.
    pub added: Vec<String>,
    /// Translated entries of messages the source no longer has.
    pub obsolete: Vec<String>,
    /// Worksheet (commented-out) entries of messages the source no longer has.
    pub obsolete_worksheet: Vec<String>,
    /// Worksheet entries whose text is not today's source text: an older source text, or a
    /// draft the translator typed into it. Never changed: the translator deletes the entry
    /// for a fresh one.
    pub outdated_worksheet: Vec<String>,
}

impl FileSync {
    pub fn changed(&self) -> bool {
        !self.splices.is_empty()
    }
}

/// Brings the translation `text` in step with `source` (both FTL texts, `text` without a
/// BOM). Pure: the caller reads and writes the file.
pub fn sync_file(source: &str, text: &str, options: FileOptions) -> FileSync {
    let src = SourceSide::read(source);
    let file = FileSide::read(text);
    let mut out = FileSync::default();
    let mut splices = Vec::new();
    if options.removals {
        let removed = removed_entries(&src, &file, &mut out);
        if options.prune && !removed.is_empty() {
            splices.extend(line_removals(text, &removed));
        }
    }
    outdated_worksheets(&src, &file, &mut out);
    splices.extend(insertions(&src, &file, &mut out));
    out.text = ftl::splice(text, &splices).unwrap_or_else(|| {
        // Unreachable by construction (insertions sit at line starts outside the removed
        // lines); keeping the file as it is is the safe answer if it ever happens.
        splices.clear();
        text.to_string()
    });
    out.splices = splices;
    out
}

/// The source file: its messages in order, and the worksheet block of each.
struct SourceSide<'s> {
    text: &'s str,
    /// First definitions, in source order.
    ids: Vec<&'s str>,
    /// id → its entry's span in `text`.
    spans: BTreeMap<&'s str, Range<usize>>,
    blocks: BTreeMap<&'s str, Block>,
}

impl<'s> SourceSide<'s> {
    fn read(text: &'s str) -> Self {
        let parsed = ftl::parse(text);
        let first = crate::source::FirstDefs::of(&parsed);
        let mut side = SourceSide {
            text,
            ids: Vec::with_capacity(first.order.len()),
            spans: BTreeMap::new(),
            blocks: BTreeMap::new(),
        };
        for &k in &first.order {
            let e = &parsed.entries[k];
            side.ids.push(e.id);
            side.spans.insert(e.id, e.span(text));
            side.blocks.insert(e.id, Block::of(text, &parsed, k));
        }
        side
    }

    fn has(&self, id: &str) -> bool {
        self.spans.contains_key(id)
    }
}

/// The translation file: its entries, its worksheet entries, and where each id is.
struct FileSide<'t> {
    text: &'t str,
    parsed: ftl::ParsedFtl<'t>,
    commented: Vec<CommentedEntry>,
    /// Every id the file has in some form, and where.
    present: BTreeMap<String, Place>,
}

impl<'t> FileSide<'t> {
    fn read(text: &'t str) -> Self {
        let parsed = ftl::parse(text);
        let commented = worksheet::commented_entries(text);
        let mut present: BTreeMap<String, Place> = BTreeMap::new();
        // Translated entries first: they are where the message is, whatever else the file has.
        for e in &parsed.entries {
            let span = e.span(text);
            present.entry(e.id.to_string()).or_insert(Place {
                start: attached_comment_start(text, span.start, &commented),
                end: span.end,
            });
        }
        for c in &commented {
            // Around entries of a paragraph that ends in prose, new entries go before or
            // after the whole paragraph: splitting it would make its entries look like
            // worksheet entries, which a later run may remove or refresh.
            let place = if c.closed {
                Place {
                    start: c.block_start,
                    end: c.span.end,
                }
            } else {
                Place {
                    start: c.paragraph.start,
                    end: c.paragraph.end,
                }
            };
            present.entry(c.id.clone()).or_insert(place);
        }
        // A broken translation (junk) that starts with an id still stands for that message:
        // a worksheet entry beside it would only be in the way once it is fixed.
        for j in &parsed.junk {
            if let Some(id) = leading_id(&text[j.span.clone()]) {
                let end = j.span.start + text[j.span.clone()].trim_end().len();
                present.entry(id.to_string()).or_insert(Place {
                    start: j.span.start,
                    end,
                });
            }
        }
        FileSide {
            text,
            parsed,
            commented,
            present,
        }
    }

    /// Text in the file's line endings.
    fn with_newlines(&self, text: String) -> String {
        match ftl::newline_of(self.text) {
            "\n" => text,
            nl => text.replace('\n', nl),
        }
    }
}

/// The entries of messages the source no longer has (translated, and closed worksheet
/// entries), recorded in `out`; returns their line ranges with their attached comments.
fn removed_entries(src: &SourceSide, file: &FileSide, out: &mut FileSync) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut seen = BTreeSet::new();
    for e in file.parsed.entries.iter().filter(|e| !src.has(e.id)) {
        if seen.insert(e.id) {
            out.obsolete.push(e.id.to_string());
        }
        let span = e.span(file.text);
        ranges.push(attached_comment_start(file.text, span.start, &file.commented)..span.end);
    }
    let mut seen = BTreeSet::new();
    for c in file
        .commented
        .iter()
        .filter(|c| c.closed && !src.has(&c.id))
    {
        if seen.insert(c.id.as_str()) {
            out.obsolete_worksheet.push(c.id.clone());
        }
        ranges.push(c.block_start..c.span.end);
    }
    ranges
}

/// Worksheet entries whose text is not today's source text, where the message is not
/// translated (there the worksheet entry is what the translator works from): recorded in
/// `out`, never changed (an older source text and a draft look alike).
fn outdated_worksheets(src: &SourceSide, file: &FileSide, out: &mut FileSync) {
    let translated: BTreeSet<&str> = file.parsed.entries.iter().map(|e| e.id).collect();
    let mut seen = BTreeSet::new();
    for c in file.commented.iter().filter(|c| c.closed) {
        let Some(span) = src.spans.get(c.id.as_str()) else {
            continue;
        };
        if translated.contains(c.id.as_str()) || !seen.insert(c.id.as_str()) {
            continue;
        }
        let today = &src.text[span.clone()];
        if crate::stamps::normalize(&c.entry) != crate::stamps::normalize(today) {
            out.outdated_worksheet.push(c.id.clone());
        }
    }
}

/// New source messages, as worksheet blocks: after the nearest preceding source message the
/// file has, or before the first following one, or at the end. Recorded in `out`.
fn insertions(src: &SourceSide, file: &FileSide, out: &mut FileSync) -> Vec<Splice> {
    // Consecutive missing messages share an anchor and go in as one piece.
    let mut groups: Vec<(Anchor, Vec<&str>)> = Vec::new();
    let mut last_present: Option<&str> = None;
    for (i, &id) in src.ids.iter().enumerate() {
        if file.present.contains_key(id) {
            last_present = Some(id);
            continue;
        }
        let anchor = match last_present {
            Some(p) => Anchor::After(file.present[p].end),
            None => match src.ids[i + 1..]
                .iter()
                .find(|s| file.present.contains_key(**s))
            {
                Some(next) => Anchor::Before(file.present[*next].start),
                None => Anchor::End,
            },
        };
        match groups.last_mut() {
            Some((a, ids)) if *a == anchor => ids.push(id),
            _ => groups.push((anchor, vec![id])),
        }
    }
    let text = file.text;
    // A heading (`## Method: …`) the file has already is not repeated.
    let has_line = |paragraph: &str| {
        let first = paragraph.split('\n').next().unwrap_or("");
        text.split('\n').any(|l| l.trim_end_matches('\r') == first)
    };
    let mut splices = Vec::new();
    for (anchor, ids) in groups {
        let rendered: Vec<String> = ids
            .iter()
            .map(|id| src.blocks[id].render(has_line))
            .collect();
        let (at, with) = place(text, anchor, &rendered.join("\n"));
        splices.push(Splice::insert(at, file.with_newlines(with)));
        out.added.extend(ids.iter().map(|s| s.to_string()));
    }
    splices
}

/// Where a piece of worksheet blocks goes, and the piece with the blank lines that set it
/// apart from its neighbours.
fn place(text: &str, anchor: Anchor, body: &str) -> (usize, String) {
    let mut with = String::new();
    match anchor {
        Anchor::After(end) => {
            let at = ftl::next_line_start(text, end);
            if at == text.len() && !text.ends_with('\n') {
                with.push('\n');
            }
            with.push('\n');
            with.push_str(body);
            if at < text.len() && !is_blank_line_at(text, at) {
                with.push('\n');
            }
            (at, with)
        }
        Anchor::Before(start) => {
            if start > 0 && !is_blank_line_at(text, ftl::line_start(text, start - 1)) {
                with.push('\n');
            }
            with.push_str(body);
            with.push('\n');
            (start, with)
        }
        Anchor::End => {
            if !text.is_empty() {
                if !text.ends_with('\n') {
                    with.push('\n');
                }
                let last = ftl::line_start(text, text.trim_end_matches(['\r', '\n']).len());
                if !is_blank_line_at(text, last) || text.trim().is_empty() {
                    with.push('\n');
                }
            }
            with.push_str(body);
            (text.len(), with)
        }
    }
}

/// Where an entry is in a translation file: from its attached comments to its end.
#[derive(Clone, Copy, Debug)]
struct Place {
    start: usize,
    end: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Anchor {
    After(usize),
    Before(usize),
    End,
}

/// The start of the `#` comment lines directly above the entry starting at `start` (its
/// comment, which Fluent attaches to it), stopping at a commented-out entry.
fn attached_comment_start(text: &str, start: usize, commented: &[CommentedEntry]) -> usize {
    let mut first = ftl::line_start(text, start);
    while first > 0 {
        let above = ftl::line_start(text, first - 1);
        let line = text[above..first].trim_end_matches(['\r', '\n']);
        let in_entry = commented
            .iter()
            .any(|c| c.span.start <= above && above <= c.span.end);
        if !(line == "#" || line.starts_with("# ")) || in_entry {
            break;
        }
        first = above;
    }
    first
}

/// The message or term id a junk entry starts with (`id =` or `-id =`), if any. A
/// translator's slips count: an indented entry (` id = …`) and an uncommented worksheet
/// entry that kept its `#` (`#id = …`) both stand for `id`.
fn leading_id(junk: &str) -> Option<&str> {
    let junk = junk.trim_start_matches([' ', '\t']);
    let junk = junk.strip_prefix('#').unwrap_or(junk);
    let end = junk
        .char_indices()
        .find(|&(i, c)| {
            !(c.is_ascii_alphanumeric() || c == '_' || c == '-') || (i == 0 && c == '_')
        })
        .map_or(junk.len(), |(i, _)| i);
    let id = &junk[..end];
    let valid = id
        .trim_start_matches('-')
        .starts_with(|c: char| c.is_ascii_alphabetic())
        && id.len() - id.trim_start_matches('-').len() <= 1;
    let rest = junk[end..].trim_start_matches([' ', '\t']);
    (valid && rest.starts_with('=')).then_some(id)
}

fn is_blank_line_at(text: &str, at: usize) -> bool {
    let end = ftl::next_line_start(text, at);
    text[at..end].trim().is_empty()
}

/// Turns the ranges to remove (each from a line start to the end of a line) into whole-line
/// removals, merged, with the blank line that would be left doubled removed too.
fn line_removals(text: &str, ranges: &[Range<usize>]) -> Vec<Splice> {
    let mut spans: Vec<Range<usize>> = ranges
        .iter()
        .map(|r| ftl::line_start(text, r.start)..ftl::next_line_start(text, r.end))
        .collect();
    spans.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for s in spans {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    for mut r in merged {
        let blank_before =
            r.start == 0 || is_blank_line_at(text, ftl::line_start(text, r.start - 1));
        if blank_before && r.end < text.len() && is_blank_line_at(text, r.end) {
            r.end = ftl::next_line_start(text, r.end);
        } else if r.end >= text.len() && r.start > 0 && blank_before {
            let prev = ftl::line_start(text, r.start - 1);
            if out.last().is_none_or(|o| o.end <= prev) {
                r.start = prev;
            }
        }
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out.into_iter().map(Splice::remove).collect()
}

// ---------------------------------------------------------------------------------------
// The workspace: every locale's files.

/// What `polyguide sync` does.
#[derive(Clone, Debug, Default)]
pub struct SyncOptions {
    /// The locales to sync; empty: every configured locale.
    pub locales: Vec<String>,
    pub prune: bool,
}

/// What happened to one translation file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileReport {
    /// Relative to the workspace root.
    pub path: String,
    /// The file did not exist and was written as a worksheet of this many messages.
    pub created: Option<usize>,
    /// Written (created or changed).
    pub written: bool,
    pub added: Vec<String>,
    pub obsolete: Vec<String>,
    pub obsolete_worksheet: Vec<String>,
    pub outdated_worksheet: Vec<String>,
    /// With `prune`: the obsolete entries were removed.
    pub pruned: bool,
    /// Why the file was not synced (its source does not load, it cannot be read).
    pub skipped: Option<String>,
    /// Why removed messages were not looked for in it (its hand-written source has a syntax
    /// error: a message it lacks may be in the broken part).
    pub unchecked: Option<String>,
}

/// One locale's files.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocaleReport {
    pub locale: String,
    pub files: Vec<FileReport>,
    /// Translation files with no source file (the whole source loads): paths.
    pub orphans: Vec<String>,
}

/// What a sync did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub locales: Vec<LocaleReport>,
    /// Why removed messages were not looked for: the source parts that do not load.
    pub broken: Vec<String>,
}

impl SyncReport {
    /// Something could not be synced: a broken source part or an unreadable file.
    pub fn failed(&self) -> bool {
        !self.broken.is_empty()
            || self.locales.iter().any(|l| {
                l.files
                    .iter()
                    .any(|f| f.skipped.is_some() || f.unchecked.is_some())
            })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("sync works on a polyguide.toml workspace, not on --l10n-toml projects")]
    NotAWorkspace,
    #[error("{0}")]
    UnknownLocale(String),
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// Syncs the translation files of the selected locales with the source.
pub fn sync(project: &Project, options: &SyncOptions) -> Result<SyncReport, SyncError> {
    let ws = project.ws;
    if !matches!(ws.layout, Layout::Mirror) {
        return Err(SyncError::NotAWorkspace);
    }
    let locales = if options.locales.is_empty() {
        ws.config.locales.clone()
    } else {
        for l in &options.locales {
            check_known_locale(ws, l)?;
        }
        let mut seen = BTreeSet::new();
        options
            .locales
            .iter()
            .filter(|l| seen.insert(l.as_str()))
            .cloned()
            .collect()
    };
    let mut report = SyncReport {
        broken: project.describe_broken(),
        ..Default::default()
    };
    let whole = project.source_is_whole();
    for locale in &locales {
        report
            .locales
            .push(sync_locale(project, locale, options.prune, whole)?);
    }
    Ok(report)
}

/// `Ok` if `locale` is a translation locale of the workspace; else a message that says what
/// to do.
pub fn check_known_locale(ws: &Workspace, locale: &str) -> Result<(), SyncError> {
    if ws.config.locales.iter().any(|l| l == locale) {
        return Ok(());
    }
    if *locale == ws.config.source_locale {
        return Err(SyncError::UnknownLocale(format!(
            "`{locale}` is the source locale: sync brings translations in step with it"
        )));
    }
    let hint = match crate::suggest::nearest(locale, ws.config.locales.iter().map(String::as_str)) {
        Some(near) => format!(" (did you mean `{near}`?)"),
        None => match crate::add_locale::canonical_locale(locale) {
            Ok(_) => format!("; add it with `polyguide add-locale {locale}`"),
            Err(crate::add_locale::AddLocaleError::NotCanonical { canonical, .. }) => {
                format!("; locale ids are written `{canonical}`: add it with `polyguide add-locale {canonical}`")
            }
            Err(e) => format!(": {e}"),
        },
    };
    let configured = if ws.config.locales.is_empty() {
        "none yet".to_string()
    } else {
        ws.config.locales.join(", ")
    };
    Err(SyncError::UnknownLocale(format!(
        "`{locale}` is not a translation locale of this workspace (configured: {configured}){hint}"
    )))
}

fn sync_locale(
    project: &Project,
    locale: &str,
    prune: bool,
    whole: bool,
) -> Result<LocaleReport, SyncError> {
    let ws = project.ws;
    let dir_rel = ws.locale_rel_dir(locale);
    let dir = ws.root.join(&dir_rel);
    let io = |source| SyncError::Io {
        path: dir_rel.clone(),
        source,
    };
    if let Err(why) = crate::fsx::inside(&ws.root, &dir, "the workspace") {
        return Err(io(std::io::Error::other(format!("{dir_rel} is {why}"))));
    }
    let what = format!("the files of {locale}");
    let _lock = crate::fsx::DirLock::acquire(&dir, &what, crate::fsx::LOCK_TIMEOUT).map_err(io)?;
    // A run killed mid-write left its temporary file; no one else writes here now.
    crate::fsx::remove_leftovers(&dir);
    let mut report = LocaleReport {
        locale: locale.to_string(),
        ..Default::default()
    };
    let mut expected = BTreeSet::new();
    for file in &project.catalog.files {
        let Some(path) = ws.translation_path(&file.rel, locale) else {
            continue;
        };
        expected.insert(path.clone());
        report
            .files
            .push(sync_translation(ws, file, locale, path, prune, whole)?);
    }
    if whole {
        let (found, _) = ws.scan_translation_files(locale);
        report.orphans = found
            .into_iter()
            .filter(|p| !expected.contains(p))
            .collect();
    }
    Ok(report)
}

/// Syncs the translation at `path` of one source file. A file that cannot be synced is
/// reported (`skipped`); only a failed write is an error.
fn sync_translation(
    ws: &Workspace,
    file: &crate::catalog::SourceFile,
    locale: &str,
    path: String,
    prune: bool,
    whole: bool,
) -> Result<FileReport, SyncError> {
    let abs = ws.root.join(&path);
    let io = |source| SyncError::Io {
        path: path.clone(),
        source,
    };
    let mut report = FileReport {
        path: path.clone(),
        ..Default::default()
    };
    let meta = std::fs::symlink_metadata(&abs);
    report.skipped = if !file.complete {
        Some(format!("{} does not load completely", file.path))
    } else if let Err(why) = crate::fsx::inside(&ws.root, &abs, "the workspace") {
        Some(format!("{path} is {why}"))
    } else if meta.as_ref().is_ok_and(|m| m.file_type().is_symlink()) {
        Some(format!(
            "{path} is a symbolic link; polyguide never writes through links"
        ))
    } else {
        None
    };
    if report.skipped.is_some() {
        return Ok(report);
    }
    if meta.is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound) {
        let source_locale = &ws.config.source_locale;
        let sheet = worksheet::file(&file.rel, source_locale, locale, &file.text, "sync");
        if let Some(parent) = abs.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        crate::fsx::write_atomic(&abs, sheet.as_bytes()).map_err(io)?;
        report.created = Some(worksheet::commented_entries(&sheet).len());
        report.written = true;
        return Ok(report);
    }
    let decoded = crate::fsx::read_file(&abs)
        .map_err(|e| format!("cannot read {path}: {e}"))
        .and_then(|bytes| crate::text::decode(bytes).map_err(|e| format!("{path}: {e}")));
    let (bom, text) = match decoded {
        Ok(d) => (d.bom, d.text),
        Err(why) => {
            report.skipped = Some(why);
            return Ok(report);
        }
    };
    // A hand-written source file with a syntax error has messages polyguide cannot see.
    if let Some(junk) = ftl::parse(&file.text).junk.first() {
        let line = file.text[..junk.span.start].matches('\n').count() + 1;
        report.unchecked = Some(format!(
            "{} has a syntax error (line {line}): no message was looked for as removed",
            file.path
        ));
    }
    let options = FileOptions {
        prune,
        removals: whole && report.unchecked.is_none(),
    };
    let synced = sync_file(&file.text, &text, options);
    if synced.changed() {
        let mut bytes = Vec::with_capacity(bom + synced.text.len());
        if bom > 0 {
            bytes.extend_from_slice(b"\xEF\xBB\xBF");
        }
        bytes.extend_from_slice(synced.text.as_bytes());
        crate::fsx::write_atomic(&abs, &bytes).map_err(io)?;
        report.written = true;
    }
    report.pruned = prune && (!synced.obsolete.is_empty() || !synced.obsolete_worksheet.is_empty());
    report.added = synced.added;
    report.obsolete = synced.obsolete;
    report.obsolete_worksheet = synced.obsolete_worksheet;
    report.outdated_worksheet = synced.outdated_worksheet;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "### Template\n\n# Guide title\ng--title = Title\n\n## Method: m\n\n# Step 1 of 3\ng--m--a = A\n# Step 2 of 3\ng--m--b = B\n# Step 3 of 3\ng--m--c = C\n";

    fn all(prune: bool) -> FileOptions {
        FileOptions {
            prune,
            removals: true,
        }
    }

    #[test]
    fn a_new_message_goes_after_its_predecessor() {
        let text = "g--title = Titre\n\ng--m--a = A-fr\n\ng--m--c = C-fr\n";
        let s = sync_file(SOURCE, text, all(false));
        assert_eq!(s.added, ["g--m--b"]);
        assert_eq!(
            s.text,
            "g--title = Titre\n\ng--m--a = A-fr\n\n# Step 2 of 3\n# g--m--b = B\n\ng--m--c = C-fr\n"
        );
        let again = sync_file(SOURCE, &s.text, all(false));
        assert!(!again.changed(), "{:?}", again.text);
    }

    #[test]
    fn the_first_message_goes_before_the_first_present_and_a_heading_comes_along() {
        let text = "### Header\n# Step 3 of 3\ng--m--c = C-fr\n";
        let s = sync_file(SOURCE, text, all(false));
        assert_eq!(s.added, ["g--title", "g--m--a", "g--m--b"]);
        assert_eq!(
            s.text,
            "### Header\n\n# Guide title\n# g--title = Title\n\n## Method: m\n\n# Step 1 of 3\n# g--m--a = A\n\n# Step 2 of 3\n# g--m--b = B\n\n# Step 3 of 3\ng--m--c = C-fr\n"
        );
        assert!(!sync_file(SOURCE, &s.text, all(false)).changed());
        // A heading the file has already is not repeated.
        let text = "## Method: m\n\ng--m--b = B-fr\n";
        let s = sync_file(SOURCE, text, all(false));
        assert_eq!(s.text.matches("## Method: m").count(), 1, "{}", s.text);
    }

    #[test]
    fn removed_messages_are_reported_and_pruned_only_when_asked() {
        let text = "g--title = Titre\n\n# Step 9\n# about the old step\ng--m--old = Vieux\n    .attr = x\n\n# A standalone note\n\n# Step 1 of 3\n# g--m--gone = Gone\n\ng--m--a = A\n";
        let s = sync_file(SOURCE, text, all(false));
        assert_eq!(s.obsolete, ["g--m--old"]);
        assert_eq!(s.obsolete_worksheet, ["g--m--gone"]);
        assert_eq!(s.added, ["g--m--b", "g--m--c"]);
        assert!(s.text.contains("g--m--old = Vieux"));
        let p = sync_file(SOURCE, text, all(true));
        assert_eq!(
            p.text,
            "g--title = Titre\n\n# A standalone note\n\ng--m--a = A\n\n# Step 2 of 3\n# g--m--b = B\n# Step 3 of 3\n# g--m--c = C\n"
                .replace("# g--m--b = B\n# Step 3", "# g--m--b = B\n\n# Step 3")
        );
        let again = sync_file(SOURCE, &p.text, all(true));
        assert!(!again.changed(), "{}", again.text);
        // Nothing is removed while the source may be incomplete.
        let s = sync_file(
            SOURCE,
            text,
            FileOptions {
                prune: true,
                removals: false,
            },
        );
        assert!(s.obsolete.is_empty() && s.text.contains("g--m--old"));
    }

    #[test]
    fn a_slipped_entry_stands_for_its_message() {
        // An indented entry and one whose `#` stayed are junk, but the translator's: no
        // second worksheet entry goes in beside them.
        for slip in ["  g--title = Titre\n", "#g--title = Titre\n"] {
            let text = format!("{slip}\ng--m--a = A\n");
            let s = sync_file(SOURCE, &text, all(false));
            assert!(
                !s.added.contains(&"g--title".to_string()),
                "{slip:?}: {s:?}"
            );
        }
        assert_eq!(leading_id("#-brand = X"), Some("-brand"));
        assert_eq!(leading_id("# g--title = X"), None);
    }

    #[test]
    fn worksheet_entries_that_differ_from_the_source_are_reported_never_changed() {
        // An older source text, or a draft typed into the entry: sync cannot tell, so it
        // keeps it, with --prune too.
        for text in [
            "# g--title = Old title\n\ng--m--a = A\n",
            "# g--title = Titre (brouillon)\n\ng--m--a = A\n",
        ] {
            for prune in [false, true] {
                let s = sync_file(SOURCE, text, all(prune));
                assert_eq!(s.outdated_worksheet, ["g--title"]);
                assert!(s.text.starts_with(text), "{}", s.text);
            }
        }
    }

    #[test]
    fn crlf_files_stay_crlf_and_a_missing_final_newline_is_handled() {
        let text = "g--title = Titre\r\n\r\ng--m--a = A";
        let s = sync_file(SOURCE, text, all(false));
        assert!(!s.text.replace("\r\n", "").contains('\n'), "{:?}", s.text);
        assert!(s.text.starts_with(text));
        assert!(!sync_file(SOURCE, &s.text, all(false)).changed());
        let s = sync_file(SOURCE, "", all(false));
        assert_eq!(s.added.len(), 4);
        assert!(!sync_file(SOURCE, &s.text, all(false)).changed());
    }

    #[test]
    fn a_broken_translation_is_not_doubled_by_a_worksheet_entry() {
        let text = "g--title = Titre\ng--m--a = { oops\ng--m--b = B\ng--m--c = C\n";
        let s = sync_file(SOURCE, text, all(false));
        assert!(s.added.is_empty(), "{:?}", s.added);
        assert_eq!(leading_id("-t = x"), Some("-t"));
        assert_eq!(leading_id("--t = x"), None);
        assert_eq!(leading_id("1a = x"), None);
        assert_eq!(leading_id("a x"), None);
    }
}
