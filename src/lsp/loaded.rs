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
    /// The findings of each locale that has an open document, from its last check.
    pub locale_findings: FxHashMap<String, Vec<Diagnostic>>,
    /// Locales to check again before the next answer.
    pub dirty: BTreeSet<String>,
    source_paths: FxHashSet<String>,
    config_paths: FxHashSet<String>,
    /// Translation and stamps paths → locale (l10n.toml projects; a mirror layout needs no
    /// table).
    locale_of: FxHashMap<String, String>,
    /// Line tables of source files, built when a position in one is first asked for.
    lines: RefCell<FxHashMap<String, Rc<Lines>>>,
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
            locale_findings: FxHashMap::default(),
            dirty: BTreeSet::new(),
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

    /// The line table of a source file's text (cached).
    pub fn lines_of(&self, path: &str, text: &str) -> Rc<Lines> {
        self.lines
            .borrow_mut()
            .entry(path.to_string())
            .or_insert_with(|| Rc::new(Lines::new(text)))
            .clone()
    }
}
