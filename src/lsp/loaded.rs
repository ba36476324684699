//! One loaded project, kept until a source file or the configuration changes: the source
//! side prepared once, the findings of the source side and of each open locale, and what
//! the answers need to find their way (which locale a path belongs to, where a source
//! message is).

use crate::checks::OwnedDefs;
use crate::diagnostic::Diagnostic;
use crate::lint;
use crate::project::Project;
use crate::source::{Source, SourceEntry, SourceFileFacts};
use crate::workspace::{join_rel, Layout, Workspace, CONFIG_FILE};
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::ops::Range;
use std::rc::Rc;

use super::text::Lines;

/// What a file is to the project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// `polyguide.toml` or an `l10n.toml` the project was read from: a change reloads it.
    Config,
    /// Content YAML or a source FTL file: a change reloads the project.
    Source,
    /// A translation file or the stamps file of a locale: a change re-checks the locale.
    Locale(String),
    Other,
}

pub struct Loaded<'p> {
    pub ws: &'p Workspace,
    pub project: &'p Project<'p>,
    pub source: &'p Source<'p>,
    /// The definitions of the locales others fall back to, refreshed when one is edited.
    pub fallback: FxHashMap<String, OwnedDefs>,
    /// The source side's findings (content, source files, the project), after the policy.
    pub source_findings: Vec<Diagnostic>,
    /// The findings of each open translation or stamps file, from its last check.
    pub file_findings: FxHashMap<String, Vec<Diagnostic>>,
    /// Translation and stamps files (paths) to check again before the next answer: edited
    /// ones, and open ones whose locale changed under them.
    pub dirty: BTreeSet<String>,
    /// What each file of a locale defines, for checking one file alone.
    locale_files: FxHashMap<String, LocaleFiles>,
    source_paths: FxHashSet<String>,
    config_paths: FxHashSet<String>,
    /// Translation and stamps paths → locale (l10n.toml projects; a mirror layout needs no
    /// table).
    locale_of: FxHashMap<String, String>,
    /// Line tables of source files, built when a position in one is first asked for.
    lines: RefCell<FxHashMap<String, Rc<Lines>>>,
}

/// A locale's translation files in the order the lint reads them, with what each defines and
/// the source file each translates.
struct LocaleFiles {
    paths: Vec<String>,
    defs: Vec<OwnedDefs>,
    /// The translation path of each source file in this locale.
    targets: Vec<Option<String>>,
}

/// A place in a source file: its path, text and the byte range of the message.
pub struct SourcePlace<'a> {
    pub path: &'a str,
    pub text: &'a str,
    pub span: Range<usize>,
}

impl<'p> Loaded<'p> {
    /// Prepares the answers' tables and the source side's findings.
    pub fn new(
        ws: &'p Workspace,
        project: &'p Project<'p>,
        source: &'p Source<'p>,
        config_paths: FxHashSet<String>,
    ) -> Loaded<'p> {
        let mut source_paths: FxHashSet<String> = ws
            .source_ftl_files()
            .into_iter()
            .map(|(_, path)| path)
            .collect();
        let source_dir = ws.locale_rel_dir(&ws.config.source_locale);
        for f in &project.catalog.files {
            source_paths.insert(f.path.clone());
            if f.is_guide {
                source_paths.insert(join_rel(&source_dir, &f.rel));
            }
        }
        let mut locale_of = FxHashMap::default();
        if let Layout::L10n(_) = ws.layout {
            for locale in &ws.config.locales {
                for path in ws
                    .translation_paths(&source.rels, locale)
                    .into_iter()
                    .flatten()
                {
                    locale_of.insert(path, locale.clone());
                }
                locale_of.insert(project.stamps_rel(locale), locale.clone());
            }
        }
        Loaded {
            ws,
            project,
            source,
            fallback: lint::fallback_definitions(ws, &ws.config.locales),
            source_findings: lint::source_batch(project, source).diagnostics,
            file_findings: FxHashMap::default(),
            dirty: BTreeSet::new(),
            locale_files: FxHashMap::default(),
            source_paths,
            config_paths,
            locale_of,
            lines: RefCell::default(),
        }
    }

    /// What `rel` (a path relative to the root) is to the project.
    pub fn scope(&self, rel: &str) -> Scope {
        let ws = self.ws;
        if self.config_paths.contains(rel) || (rel == CONFIG_FILE && self.is_mirror()) {
            return Scope::Config;
        }
        if self.source_paths.contains(rel) {
            return Scope::Source;
        }
        if !self.is_mirror() {
            return match self.locale_of.get(rel) {
                Some(l) => Scope::Locale(l.clone()),
                None => Scope::Other,
            };
        }
        let content = format!("{}/", ws.config.content_dir.trim_end_matches('/'));
        if rel.starts_with(&content) && (rel.ends_with(".yaml") || rel.ends_with(".yml")) {
            return Scope::Source;
        }
        let in_locales = match ws.config.locales_dir.as_str() {
            "" | "." => Some(rel),
            dir => rel.strip_prefix(&format!("{}/", dir.trim_end_matches('/'))),
        };
        let Some((locale, file)) = in_locales.and_then(|r| r.split_once('/')) else {
            return Scope::Other;
        };
        let tracked = file.ends_with(".ftl") || file == crate::stamps::STAMP_FILE;
        if locale == ws.config.source_locale && file.ends_with(".ftl") {
            Scope::Source
        } else if tracked && ws.config.locales.iter().any(|l| l == locale) {
            Scope::Locale(locale.to_string())
        } else {
            Scope::Other
        }
    }

    /// [`Self::scope`] of an open document.
    pub fn scope_of_key(&self, server: &super::server::Server, key: &str) -> Scope {
        match server.rel_of(key) {
            Some(rel) => self.scope(&rel),
            None => Scope::Other,
        }
    }

    fn is_mirror(&self) -> bool {
        matches!(self.ws.layout, Layout::Mirror)
    }

    /// The source file that translation file `path` of `locale` translates.
    pub fn source_file_of(&self, locale: &str, path: &str) -> Option<&'p SourceFileFacts<'p>> {
        let paths = self.ws.translation_paths(&self.source.rels, locale);
        let i = paths.iter().position(|p| p.as_deref() == Some(path))?;
        self.source.files.get(i)
    }

    /// The first definition of `id` in source file `sf`.
    pub fn source_entry(
        &self,
        sf: &'p SourceFileFacts<'p>,
        id: &str,
    ) -> Option<&'p SourceEntry<'p>> {
        sf.entries.iter().find(|e| e.info.id == id)
    }

    /// Where message `id` of `sf` is written: the text's place in the guide's YAML, or the
    /// id in a hand-written FTL file.
    pub fn source_place(&self, sf: &'p SourceFileFacts<'p>, id: &str) -> Option<SourcePlace<'p>> {
        if sf.file.is_guide {
            let item = sf.file.items.get(id)?;
            let origin = sf.file.origin.as_ref()?;
            let start = item.text.offset.min(origin.text().len());
            let end = if item.text.verbatim {
                start + item.text.value.trim_end().len()
            } else {
                start
            };
            return Some(SourcePlace {
                path: &sf.file.path,
                text: origin.text(),
                span: start..end.min(origin.text().len()),
            });
        }
        let entry = self.source_entry(sf, id)?;
        Some(SourcePlace {
            path: &sf.file.path,
            text: &sf.file.text,
            span: entry.info.id_span.clone(),
        })
    }

    /// The definition of `id` in any source file (for references in source files).
    pub fn source_definition(&self, id: &str) -> Option<SourcePlace<'p>> {
        let sf = self
            .source
            .files
            .iter()
            .find(|f| !f.file.is_guide && f.first.contains(id))?;
        self.source_place(sf, id)
    }

    /// Checks translation or stamps file `rel` of `locale` alone, as the lint would
    /// (see [`lint::lint_file`]).
    pub fn check(&mut self, locale: &str, rel: &str) -> Vec<Diagnostic> {
        if rel == self.project.stamps_rel(locale) {
            return match self.project.stamps(locale) {
                crate::project::Stamps::Invalid(d) => self.project.policy.finish(vec![*d]),
                _ => Vec::new(),
            };
        }
        self.locale_files_of(locale);
        let Some(files) = self.locale_files.get(locale) else {
            return Vec::new();
        };
        // A file that is not on disk yet is not part of the project.
        let Some(i) = files.paths.iter().position(|p| p == rel) else {
            return Vec::new();
        };
        let siblings = files.defs[..i].iter().chain(&files.defs[i + 1..]).collect();
        let target = lint::FileTarget {
            locale,
            path: rel,
            source_file: files.targets.iter().position(|t| t.as_deref() == Some(rel)),
        };
        lint::lint_file(self.project, self.source, &self.fallback, target, siblings)
    }

    /// Reads again what translation file `rel` of `locale` defines (its buffer, if open):
    /// true if that changed, so that the locale's other files must be checked again.
    pub fn refresh_definitions(&mut self, locale: &str, rel: &str) -> bool {
        let Some(files) = self.locale_files.get_mut(locale) else {
            return false;
        };
        let Some(i) = files.paths.iter().position(|p| p == rel) else {
            return false;
        };
        let defs = crate::align::read_ftl(self.ws, rel)
            .map(|text| lint::file_definitions(&text))
            .unwrap_or_default();
        if files.defs[i] == defs {
            return false;
        }
        files.defs[i] = defs;
        if self.fallback.contains_key(locale) {
            let all = lint::definitions_of(self.ws, locale);
            self.fallback.insert(locale.to_string(), all);
        }
        true
    }

    /// The first file of `locale` (in the lint's order) that defines `id`.
    pub fn file_defining(&mut self, locale: &str, id: &str) -> Option<String> {
        self.locale_files_of(locale);
        let files = self.locale_files.get(locale)?;
        let i = files.defs.iter().position(|d| d.contains_key(id))?;
        files.paths.get(i).cloned()
    }

    /// Forgets what the files of `locale` define (they changed on disk).
    pub fn forget_locale(&mut self, locale: &str) {
        self.locale_files.remove(locale);
        if self.fallback.contains_key(locale) {
            let all = lint::definitions_of(self.ws, locale);
            self.fallback.insert(locale.to_string(), all);
        }
    }

    fn locale_files_of(&mut self, locale: &str) {
        if self.locale_files.contains_key(locale) {
            return;
        }
        let (paths, _) = self.ws.scan_translation_files(locale);
        let defs = paths
            .iter()
            .map(|p| {
                crate::align::read_ftl(self.ws, p)
                    .map(|text| lint::file_definitions(&text))
                    .unwrap_or_default()
            })
            .collect();
        let targets = self.ws.translation_paths(&self.source.rels, locale);
        let files = LocaleFiles {
            paths,
            defs,
            targets,
        };
        self.locale_files.insert(locale.to_string(), files);
    }

    /// The locales whose fallback chain has `locale`: its definitions change theirs.
    pub fn falling_back_to(&self, locale: &str) -> Vec<String> {
        if !self.fallback.contains_key(locale) {
            return Vec::new();
        }
        let ws = self.ws;
        ws.config
            .locales
            .iter()
            .filter(|l| ws.fallback_chain(l).iter().any(|c| c == locale))
            .cloned()
            .collect()
    }

    /// The line table of a source file's text (cached).
    pub fn lines_of(&self, path: &str, text: &str) -> Rc<Lines> {
        self.lines
            .borrow_mut()
            .entry(path.to_string())
            .or_insert_with(|| Rc::new(Lines::new(text)))
            .clone()
    }
}
