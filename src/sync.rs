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
//! - a worksheet entry that shows an older source text than today's is reported, and brought
//!   up to date only with `prune` (a translator may have typed into it).
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
    /// Remove the entries of removed messages and refresh outdated worksheet entries.
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
    /// Worksheet entries whose text is not today's source text.
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
    let nl = ftl::newline_of(text);
    let src = ftl::parse(source);
    let src_first = crate::source::FirstDefs::of(&src);
    let source_ids: Vec<&str> = src_first.order.iter().map(|&k| src.entries[k].id).collect();
    let source_set: BTreeSet<&str> = source_ids.iter().copied().collect();

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
        // After an entry followed by prose, new entries go after the prose: a paragraph is
        // never split where that would change what its entries are taken for.
        present.entry(c.id.clone()).or_insert(Place {
            start: c.block_start,
            end: if c.closed {
                c.span.end
            } else {
                c.paragraph_end
            },
        });
    }
    // A broken translation (junk) that starts with an id still stands for that message: a
    // worksheet entry beside it would only be in the way once it is fixed.
    for j in &parsed.junk {
        if let Some(id) = leading_id(&text[j.span.clone()]) {
            let end = j.span.start + text[j.span.clone()].trim_end().len();
            present.entry(id.to_string()).or_insert(Place {
                start: j.span.start,
                end,
            });
        }
    }

    let mut out = FileSync::default();
    let mut splices = Vec::new();

    // Removed messages: entries whose id the source lacks.
    let mut removed_lines: Vec<Range<usize>> = Vec::new();
    if options.removals {
        let mut seen = BTreeSet::new();
        for e in &parsed.entries {
            if source_set.contains(e.id) {
                continue;
            }
            if seen.insert(e.id) {
                out.obsolete.push(e.id.to_string());
            }
            let span = e.span(text);
            removed_lines.push(attached_comment_start(text, span.start, &commented)..span.end);
        }
        let mut seen = BTreeSet::new();
        for c in commented.iter().filter(|c| c.closed) {
            if source_set.contains(c.id.as_str()) {
                continue;
            }
            if seen.insert(c.id.as_str()) {
                out.obsolete_worksheet.push(c.id.clone());
            }
            removed_lines.push(c.block_start..c.span.end);
        }
    }
    if options.prune && !removed_lines.is_empty() {
        splices.extend(line_removals(text, &removed_lines));
    }

    // Worksheet entries that show an older source text (only where the message is not
    // translated: there the worksheet entry is what the translator works from).
    let blocks: BTreeMap<&str, Block> = src_first
        .order
        .iter()
        .map(|&k| (src.entries[k].id, Block::of(source, &src, k)))
        .collect();
    let translated: BTreeSet<&str> = parsed.entries.iter().map(|e| e.id).collect();
    let mut refreshed = BTreeSet::new();
    for c in commented.iter().filter(|c| c.closed) {
        let Some(&k) = src_first.by_id.get(c.id.as_str()) else {
            continue;
        };
        if translated.contains(c.id.as_str()) || !refreshed.insert(c.id.as_str()) {
            continue;
        }
        let today = &source[src.entries[k].span(source)];
        if crate::stamps::normalize(&c.entry) == crate::stamps::normalize(today) {
            continue;
        }
        out.outdated_worksheet.push(c.id.clone());
        if options.prune {
            let entry = blocks[c.id.as_str()].entry.trim_end_matches('\n');
            splices.push(Splice {
                range: c.span.clone(),
                with: entry.replace('\n', nl),
            });
        }
    }

    // New source messages: after the nearest preceding source message the file has, or
    // before the first following one, or at the end.
    let mut groups: Vec<(Anchor, Vec<&str>)> = Vec::new();
    let mut last_present: Option<&str> = None;
    for (i, id) in source_ids.iter().enumerate() {
        if present.contains_key(*id) {
            last_present = Some(id);
            continue;
        }
        let anchor = match last_present {
            Some(p) => Anchor::After(present[p].end),
            None => match source_ids[i + 1..]
                .iter()
                .find(|s| present.contains_key(**s))
            {
                Some(next) => Anchor::Before(present[*next].start),
                None => Anchor::End,
            },
        };
        match groups.last_mut() {
            Some((a, ids)) if *a == anchor => ids.push(id),
            _ => groups.push((anchor, vec![id])),
        }
    }
    let has_line = |p: &str| {
        let p = p.trim_end_matches('\n');
        text.split('\n')
            .map(|l| l.trim_end_matches('\r'))
            .any(|l| p.split('\n').next() == Some(l))
    };
    for (anchor, ids) in &groups {
        let rendered: Vec<String> = ids.iter().map(|id| blocks[id].render(has_line)).collect();
        let body = rendered.join("\n");
        let (at, mut with) = match *anchor {
            Anchor::After(end) => {
                let at = ftl::next_line_start(text, end);
                let mut with = String::new();
                if at == text.len() && !text.ends_with('\n') {
                    with.push('\n');
                }
                with.push('\n');
                with.push_str(&body);
                if at < text.len() && !is_blank_line_at(text, at) {
                    with.push('\n');
                }
                (at, with)
            }
            Anchor::Before(start) => {
                let mut with = String::new();
                if start > 0 && !is_blank_line_at(text, ftl::line_start(text, start - 1)) {
                    with.push('\n');
                }
                with.push_str(&body);
                with.push('\n');
                (start, with)
            }
            Anchor::End => {
                let mut with = String::new();
                if !text.is_empty() {
                    if !text.ends_with('\n') {
                        with.push('\n');
                    }
                    let last = ftl::line_start(text, text.trim_end_matches(['\r', '\n']).len());
                    if !is_blank_line_at(text, last) || text.trim().is_empty() {
                        with.push('\n');
                    }
                }
                with.push_str(&body);
                (text.len(), with)
            }
        };
        if nl != "\n" {
            with = with.replace('\n', nl);
        }
        splices.push(Splice::insert(at, with));
        out.added.extend(ids.iter().map(|s| s.to_string()));
    }

    out.text = ftl::splice(text, &splices).unwrap_or_else(|| {
        // Unreachable by construction (insertions sit at line starts outside the removed
        // lines); keeping the file as it is is the safe answer if it ever happens.
        splices.clear();
        text.to_string()
    });
    out.splices = splices;
    out
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

/// The message or term id a junk entry starts with (`id =` or `-id =`), if any.
fn leading_id(junk: &str) -> Option<&str> {
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
    /// With `prune`: the obsolete entries were removed and outdated ones refreshed.
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
        None => format!("; add it with `polyguide add-locale {locale}`"),
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
    let io = |path: &str| {
        let path = path.to_string();
        move |source: std::io::Error| SyncError::Io { path, source }
    };
    if let Err(why) = crate::fsx::inside(&ws.root, &dir, "the workspace") {
        return Err(io(&dir_rel)(std::io::Error::other(format!(
            "{dir_rel} is {why}"
        ))));
    }
    let what = format!("the files of {locale}");
    let _lock = crate::fsx::DirLock::acquire(&dir, &what, crate::fsx::LOCK_TIMEOUT)
        .map_err(io(&dir_rel))?;
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
        let mut fr = FileReport {
            path: path.clone(),
            ..Default::default()
        };
        if !file.complete {
            fr.skipped = Some(format!("{} does not load completely", file.path));
            report.files.push(fr);
            continue;
        }
        let abs = ws.root.join(&path);
        if let Err(why) = crate::fsx::inside(&ws.root, &abs, "the workspace") {
            fr.skipped = Some(format!("{path} is {why}"));
            report.files.push(fr);
            continue;
        }
        match std::fs::symlink_metadata(&abs) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let sheet = worksheet::file(
                    &file.rel,
                    &ws.config.source_locale,
                    locale,
                    &file.text,
                    "sync",
                );
                if let Some(parent) = abs.parent() {
                    std::fs::create_dir_all(parent).map_err(io(&path))?;
                }
                crate::fsx::write_atomic(&abs, sheet.as_bytes()).map_err(io(&path))?;
                fr.created = Some(worksheet::commented_entries(&sheet).len());
                fr.written = true;
                report.files.push(fr);
                continue;
            }
            _ => {}
        }
        let (bom, text) = match crate::fsx::read_file(&abs) {
            Err(e) => {
                fr.skipped = Some(format!("cannot read {path}: {e}"));
                report.files.push(fr);
                continue;
            }
            Ok(bytes) => match crate::text::decode(bytes) {
                Ok(d) => (d.bom, d.text),
                Err(e) => {
                    fr.skipped = Some(format!("{path}: {e}"));
                    report.files.push(fr);
                    continue;
                }
            },
        };
        // A hand-written source file with a syntax error has messages polyguide cannot see.
        let source_junk = ftl::parse(&file.text).junk.first().map(|j| j.span.start);
        let source_clean = source_junk.is_none();
        if let Some(at) = source_junk {
            let line = file.text[..at].matches('\n').count() + 1;
            fr.unchecked = Some(format!(
                "{} has a syntax error (line {line}): no message was looked for as removed",
                file.path
            ));
        }
        let options = FileOptions {
            prune,
            removals: whole && source_clean,
        };
        let synced = sync_file(&file.text, &text, options);
        if synced.changed() {
            let mut bytes = Vec::with_capacity(bom + synced.text.len());
            if bom > 0 {
                bytes.extend_from_slice(b"\xEF\xBB\xBF");
            }
            bytes.extend_from_slice(synced.text.as_bytes());
            crate::fsx::write_atomic(&abs, &bytes).map_err(io(&path))?;
            fr.written = true;
        }
        fr.pruned = prune
            && (!synced.obsolete.is_empty()
                || !synced.obsolete_worksheet.is_empty()
                || !synced.outdated_worksheet.is_empty());
        fr.added = synced.added;
        fr.obsolete = synced.obsolete;
        fr.obsolete_worksheet = synced.obsolete_worksheet;
        fr.outdated_worksheet = synced.outdated_worksheet;
        report.files.push(fr);
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
    fn outdated_worksheet_entries_are_reported_and_refreshed_with_prune() {
        let text = "# g--title = Old title\n\ng--m--a = A\n";
        let s = sync_file(SOURCE, text, all(false));
        assert_eq!(s.outdated_worksheet, ["g--title"]);
        assert!(s.text.starts_with("# g--title = Old title\n"));
        let p = sync_file(SOURCE, text, all(true));
        assert!(
            p.text.starts_with("# g--title = Title\n\ng--m--a = A\n"),
            "{}",
            p.text
        );
        assert!(!sync_file(SOURCE, &p.text, all(true)).changed());
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
