//! The source side, prepared once for every locale: each source file parsed, the first
//! definition of each id, and what the checks read of each source message.

use crate::catalog::{SourceCatalog, SourceFile};
use crate::checks::{self, Defs, Facts, LocaleEnv, LocaleFacts};
use crate::diagnostic::{Diagnostic, LazyIndex};
use crate::ftl::{self, EntryInfo, ParsedFtl};
use crate::pattern::Parts;
use crate::rules;
use crate::workspace::{CheckSettings, Config};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// One source file, parsed, with what the checks need of each of its messages.
pub struct SourceFileFacts<'p> {
    pub file: &'p SourceFile,
    pub parsed: &'p ParsedFtl<'p>,
    /// The first definition of each id, in file order.
    pub entries: Vec<SourceEntry<'p>>,
    /// Where each id is first defined.
    pub first: FirstDefs<'p>,
    pub index: LazyIndex,
}

/// A source message or term with what every locale's checks read of it.
pub struct SourceEntry<'p> {
    pub info: &'p EntryInfo<'p>,
    pub facts: Option<Facts<'p>>,
    /// `missing-message` help ("the source reads: …"), the same in every locale.
    pub missing_help: String,
    /// A guide's warning or caution note: some rules report errors instead of warnings.
    pub safety: bool,
}

/// The first definition of each id of a parsed file: later ones are duplicates.
pub struct FirstDefs<'s> {
    /// id → position in [`ParsedFtl::entries`].
    pub by_id: FxHashMap<&'s str, usize>,
    /// The positions of first definitions, in file order.
    pub order: Vec<usize>,
}

impl<'s> FirstDefs<'s> {
    pub fn of(parsed: &ParsedFtl<'s>) -> Self {
        let mut by_id =
            FxHashMap::with_capacity_and_hasher(parsed.entries.len(), Default::default());
        let mut order = Vec::with_capacity(parsed.entries.len());
        for (i, e) in parsed.entries.iter().enumerate() {
            if let std::collections::hash_map::Entry::Vacant(v) = by_id.entry(e.id) {
                v.insert(i);
                order.push(i);
            }
        }
        FirstDefs { by_id, order }
    }

    pub fn contains(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }
}

/// The source side, prepared once for every locale.
pub struct Source<'p> {
    pub files: Vec<SourceFileFacts<'p>>,
    /// Each file's path relative to the source locale's directory, for mapping to a locale.
    pub rels: Vec<&'p str>,
    pub defs: Defs<'p>,
    pub terms: FxHashMap<String, String>,
    /// The source locale's language facts (plural categories, script).
    pub language: Arc<LocaleFacts>,
    /// The project's `[checks]` settings.
    pub settings: &'p CheckSettings,
}

impl<'p> Source<'p> {
    /// Prepares the parsed source files (`parsed[i]` is `catalog.files[i]` parsed).
    pub fn new(
        config: &'p Config,
        catalog: &'p SourceCatalog,
        parsed: &'p [ParsedFtl<'p>],
    ) -> Source<'p> {
        // Each file's facts on all cores; then the definitions, in file order.
        let files: Vec<SourceFileFacts> = catalog
            .files
            .par_iter()
            .zip(parsed)
            .map(|(file, p)| SourceFileFacts::new(file, p))
            .collect();
        let mut defs = Defs::default();
        let mut terms = FxHashMap::default();
        for f in &files {
            checks::define_from(&mut defs, f.parsed);
            for e in f.entries.iter().filter(|e| e.info.is_term) {
                if let Some(value) = plain_value(f.parsed, e.info) {
                    terms.entry(e.info.id.to_string()).or_insert(value);
                }
            }
        }
        Source {
            rels: files.iter().map(|f| f.file.rel.as_str()).collect(),
            files,
            defs,
            terms,
            language: LocaleFacts::of(&config.source_locale),
            settings: &config.checks,
        }
    }

    /// Syntax errors and duplicate ids in hand-written source files, and entry checks on
    /// every source message (guide texts' findings moved to their YAML position).
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let env = LocaleEnv {
            locale: None,
            siblings: Vec::new(),
            own: self.defs.clone(),
            fallbacks: Vec::new(),
            source: None,
            source_terms: &self.terms,
            language: self.language.clone(),
            settings: self.settings,
        };
        let per_file: Vec<Vec<Diagnostic>> = self
            .files
            .par_iter()
            .map(|f| {
                let mut found = Vec::new();
                if !f.file.is_guide {
                    rules::syntax_error::check_junk(
                        &f.file.path,
                        f.parsed,
                        &f.index,
                        None,
                        &mut found,
                    );
                    rules::duplicate_id::check(
                        &f.file.path,
                        f.parsed,
                        &f.first,
                        &f.index,
                        None,
                        &mut found,
                    );
                }
                for e in &f.entries {
                    if let Some(facts) = &e.facts {
                        entry_checks(
                            &env,
                            &f.file.path,
                            &f.file.text,
                            &f.index,
                            e.info,
                            facts,
                            &mut found,
                        );
                    }
                }
                if f.file.is_guide {
                    found = found.into_iter().map(|d| f.file.map_to_origin(d)).collect();
                }
                found
            })
            .collect();
        per_file.concat()
    }
}

impl<'p> SourceFileFacts<'p> {
    fn new(file: &'p SourceFile, p: &'p ParsedFtl<'p>) -> Self {
        let first = FirstDefs::of(p);
        let entries = first
            .order
            .iter()
            .map(|&i| {
                let e = &p.entries[i];
                SourceEntry {
                    info: e,
                    facts: Parts::of_entry(&p.resource.body[e.index])
                        .map(|parts| Facts::new(parts, &file.text)),
                    missing_help: format!("the source reads: {}", entry_source_text(file, e)),
                    safety: file.items.get(e.id).is_some_and(|i| i.kind.is_safety()),
                }
            })
            .collect();
        SourceFileFacts {
            file,
            parsed: p,
            entries,
            first,
            index: LazyIndex::new(Arc::new(file.text.clone())),
        }
    }
}

/// Runs the entry checks on one entry.
pub fn entry_checks(
    env: &LocaleEnv,
    path: &str,
    text: &str,
    index: &LazyIndex,
    entry: &EntryInfo,
    facts: &Facts,
    out: &mut Vec<Diagnostic>,
) {
    let ctx = checks::EntryCtx {
        env,
        path,
        text,
        index,
        id: entry.id,
        is_term: entry.is_term,
        id_span: entry.id_span.clone(),
        facts,
    };
    checks::check_entry(&ctx, out);
}

/// A term's value when it is plain text (no placeables): what a hard-coded copy looks like.
fn plain_value(parsed: &ParsedFtl, entry: &EntryInfo) -> Option<String> {
    let (Some(value), _) = parsed.parts(entry) else {
        return None;
    };
    let mut out = String::new();
    for el in &value.elements {
        match el {
            fluent_syntax::ast::PatternElement::TextElement { value } => out.push_str(value),
            _ => return None,
        }
    }
    Some(out.trim().to_string())
}

/// The source text of an entry, one line and at most 120 characters, for help messages.
fn entry_source_text(file: &SourceFile, entry: &EntryInfo) -> String {
    let raw = match file.items.get(entry.id) {
        Some(item) => item.text.value.as_str(),
        None => ftl::entry_value_text(&file.text, entry),
    };
    let mut one_line = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 120 {
        one_line = one_line.chars().take(119).collect::<String>() + "…";
    }
    one_line
}

/// Today's source text of every source message and term, by id (first definition wins).
pub fn source_texts(catalog: &SourceCatalog) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    for file in &catalog.files {
        let parsed = ftl::parse(&file.text);
        for entry in &parsed.entries {
            out.entry(entry.id.to_string())
                .or_insert_with(|| ftl::entry_value_text(&file.text, entry).to_string());
        }
    }
    out
}
