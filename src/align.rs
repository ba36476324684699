//! Alignment: each source message paired with its translation and stamp state, per locale,
//! as plain data. The rules read it; nothing here reports.

use crate::diagnostic::{Diagnostic, LazyIndex};
use crate::ftl::{self, EntryInfo, ParsedFtl};
use crate::rules;
use crate::source::{FirstDefs, Source, SourceEntry, SourceFileFacts};
use crate::stamps::{self, Stamp, StampFile};
use crate::workspace::Workspace;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

/// The translation files of one locale, read: the texts the parsed files borrow.
pub struct LocaleTexts {
    pub texts: Vec<(String, Arc<String>)>,
    pub indexes: Vec<LazyIndex>,
    /// Every translation file found, read or not (for telling "missing" from "unreadable").
    pub found: Vec<String>,
}

/// A translation file of one locale, read and parsed.
pub struct TranslationFile<'t> {
    pub path: &'t str,
    pub text: &'t str,
    pub parsed: ParsedFtl<'t>,
    pub first: FirstDefs<'t>,
    pub index: &'t LazyIndex,
    /// Worksheet entries by id (see [`Self::worksheet_entry`]), found on first use.
    pub worksheet: std::sync::OnceLock<rustc_hash::FxHashMap<&'t str, usize>>,
}

impl<'t> TranslationFile<'t> {
    /// The byte offset of the worksheet entry of `id` (a line `# id = …`, the source entry
    /// commented out, as `add-locale` and `sync` write it), if the file has one. The lines
    /// are looked for once per file, when a first message is missing.
    pub fn worksheet_entry(&self, id: &str) -> Option<usize> {
        let found = self.worksheet.get_or_init(|| {
            let mut found = rustc_hash::FxHashMap::default();
            let mut at = 0;
            for line in self.text.split_inclusive('\n') {
                if let Some(rest) = line.strip_prefix("# ") {
                    let end = rest
                        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                        .unwrap_or(rest.len());
                    let after = rest[end..].trim_start_matches([' ', '\t']);
                    if end > 0 && after.starts_with('=') {
                        found.entry(&rest[..end]).or_insert(at);
                    }
                }
                at += line.len();
            }
            found
        });
        found.get(id).copied()
    }
}

impl LocaleTexts {
    /// Reads every translation file of `locale`; files that cannot be read are findings.
    pub fn read(ws: &Workspace, locale: &str, out: &mut Vec<Diagnostic>) -> LocaleTexts {
        let (found, skipped) = ws.scan_translation_files(locale);
        for (path, why) in skipped {
            out.push(
                Diagnostic::file(
                    &rules::unreadable_file::RULE,
                    &path,
                    format!("{path} is {why}"),
                )
                .with_locale(Some(locale)),
            );
        }
        let mut texts = Vec::with_capacity(found.len());
        for path in &found {
            match read_ftl(ws, path) {
                Ok(text) => texts.push((path.clone(), Arc::new(text))),
                Err(d) => out.push(d.with_locale(Some(locale))),
            }
        }
        let indexes = texts
            .iter()
            .map(|(_, t)| LazyIndex::new(t.clone()))
            .collect();
        LocaleTexts {
            texts,
            indexes,
            found,
        }
    }

    /// Parses every file read.
    pub fn parse(&self) -> Vec<TranslationFile<'_>> {
        self.texts
            .iter()
            .zip(&self.indexes)
            .map(|((path, text), index)| {
                let parsed = ftl::parse(text);
                TranslationFile {
                    path,
                    text,
                    first: FirstDefs::of(&parsed),
                    parsed,
                    index,
                    worksheet: Default::default(),
                }
            })
            .collect()
    }
}

/// Reads an FTL file as text (an editor's buffer first, see [`crate::overlay`]);
/// unreadable and undecodable files are findings.
pub fn read_ftl(ws: &Workspace, path: &str) -> Result<String, Box<Diagnostic>> {
    let bytes = ws.read_file(path).map_err(|e| {
        Box::new(Diagnostic::file(
            &rules::unreadable_file::RULE,
            path,
            format!("cannot read the file: {e}"),
        ))
    })?;
    crate::text::decode(bytes).map(|d| d.text).map_err(|e| {
        let mut d = Diagnostic::file(&rules::syntax_error::RULE, path, e.to_string());
        (d.line, d.column) = (e.line, e.column);
        Box::new(d)
    })
}

/// A translation's stamp state.
#[derive(Clone, Copy, Debug)]
pub enum StampState<'s> {
    /// The locale does not track staleness, or the translation is empty.
    Untracked,
    Current,
    Unstamped,
    Stale(&'s Stamp),
}

/// One source message with its translation (if the file has one) and its stamp state.
pub struct Aligned<'a> {
    pub source: &'a SourceEntry<'a>,
    pub translation: Option<&'a EntryInfo<'a>>,
    pub stamp: StampState<'a>,
}

/// How one source file lines up with a locale.
pub enum FileAlignment<'a> {
    /// The project does not translate this file in this locale.
    NotTranslated,
    /// No translation file at `path`; `unreadable` when one was found but could not be read.
    Missing { path: String, unreadable: bool },
    /// The translation file `files[file]`, message by message in source order.
    Present {
        file: usize,
        pairs: Vec<Aligned<'a>>,
        /// Entries of the translation file (first definitions) that the source file lacks;
        /// empty when the source file is known to be incomplete.
        obsolete: Vec<&'a EntryInfo<'a>>,
    },
}

/// A locale aligned with the source.
pub struct Alignment<'a> {
    /// One per source file, in source order.
    pub files: Vec<(&'a SourceFileFacts<'a>, FileAlignment<'a>)>,
    /// Translation files no source file maps to.
    pub orphans: Vec<usize>,
}

/// Pairs every source message with its translation in `files` and its stamp in `stamps`
/// (`None`: the locale does not track staleness).
pub fn align<'a>(
    ws: &Workspace,
    locale: &str,
    source: &'a Source<'a>,
    files: &'a [TranslationFile<'a>],
    found: &[String],
    stamps: Option<&'a StampFile>,
) -> Alignment<'a> {
    let by_path: FxHashMap<&str, usize> =
        files.iter().enumerate().map(|(i, f)| (f.path, i)).collect();
    let found: FxHashSet<&str> = found.iter().map(String::as_str).collect();
    let mut used = vec![false; files.len()];
    let translation_paths = ws.translation_paths(&source.rels, locale);
    let mut out = Vec::with_capacity(source.files.len());
    for (sf, tpath) in source.files.iter().zip(translation_paths) {
        let alignment = match tpath {
            None => FileAlignment::NotTranslated,
            Some(path) => match by_path.get(path.as_str()) {
                None => FileAlignment::Missing {
                    unreadable: found.contains(path.as_str()),
                    path,
                },
                Some(&i) => {
                    used[i] = true;
                    align_file(sf, &files[i], i, stamps)
                }
            },
        };
        out.push((sf, alignment));
    }
    Alignment {
        files: out,
        orphans: (0..files.len()).filter(|&i| !used[i]).collect(),
    }
}

/// One source file aligned with its translation file `t` (`files[file]`).
pub fn align_file<'a>(
    sf: &'a SourceFileFacts<'a>,
    t: &'a TranslationFile<'a>,
    file: usize,
    stamps: Option<&'a StampFile>,
) -> FileAlignment<'a> {
    let pairs = sf
        .entries
        .iter()
        .map(|se| {
            let translation = t.first.by_id.get(se.info.id).map(|&k| &t.parsed.entries[k]);
            let stamp = match (translation, stamps) {
                (Some(te), Some(file)) if !ftl::pattern_is_blank(t.parsed.parts(te).0) => {
                    let text = ftl::entry_value_text(&sf.file.text, se.info);
                    match stamps::state(file.stamps.get(se.info.id), text) {
                        stamps::State::Current => StampState::Current,
                        stamps::State::Unstamped => StampState::Unstamped,
                        stamps::State::Stale(s) => StampState::Stale(s),
                    }
                }
                _ => StampState::Untracked,
            };
            Aligned {
                source: se,
                translation,
                stamp,
            }
        })
        .collect();
    let obsolete = if sf.file.complete {
        t.first
            .order
            .iter()
            .map(|&k| &t.parsed.entries[k])
            .filter(|te| !sf.first.contains(te.id))
            .collect()
    } else {
        Vec::new()
    };
    FileAlignment::Present {
        file,
        pairs,
        obsolete,
    }
}

/// The ids a locale translates with a non-empty value, across all its files.
pub fn translated_ids(ws: &Workspace, locale: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for path in ws.translation_files(locale) {
        let Ok(text) = read_ftl(ws, &path) else {
            continue;
        };
        let parsed = ftl::parse(&text);
        for entry in &parsed.entries {
            if !ftl::pattern_is_blank(parsed.parts(entry).0) {
                out.insert(entry.id.to_string());
            }
        }
    }
    out
}
