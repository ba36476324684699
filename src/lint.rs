//! The lint pipeline: load, align each locale with the source, run the checks, summarize.
//!
//! discover workspace → load content → derive the source catalog → parse the source once and
//! compute what the checks need of each source message → for each locale, in parallel: parse
//! its FTL files with positions, align them with the source by file and id, run the checks →
//! apply the configured severities → hand the locale's findings to the caller, in a fixed
//! order. Every finding is a [`Diagnostic`]; a broken file is a finding and the run goes on.
//!
//! [`run_streaming`] hands over one [`Batch`] per locale (the source side first), so memory
//! stays flat however many locales there are; [`run`] collects them.

use crate::catalog::{self, SourceCatalog, SourceFile};
use crate::checks::{self, Defs, EntryCtx, Facts, LocaleEnv, OwnedDefs, PairCtx};
use crate::content::{self, ContentSet};
use crate::diagnostic::{Diagnostic, LazyIndex, LineIndex, Severity};
use crate::ftl::{self, EntryInfo, ParsedFtl};
use crate::pattern::Parts;
use crate::rules;
use crate::stamps::{self, Stamp, StampFile, State};
use crate::workspace::{Layout, Workspace};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// What to lint.
#[derive(Clone, Debug, Default)]
pub struct LintOptions {
    /// Only these locales (empty: every configured locale). Source-side findings are always
    /// reported, since they affect every locale.
    pub locales: Vec<String>,
}

/// The result of a lint run.
#[derive(Clone, Debug, Default)]
pub struct LintOutcome {
    /// Source-side findings first, then each locale's, in configuration order; within each
    /// group sorted by path, line, column and rule. Severities resolved from the config.
    pub diagnostics: Vec<Diagnostic>,
    /// One summary per translation locale, in configuration order.
    pub locales: Vec<LocaleSummary>,
    /// The text of every file a finding points into, for rendering snippets.
    pub sources: BTreeMap<String, LineIndex>,
    /// The translators' worklist: stale translations, safety items first.
    pub stale: Vec<StaleItem>,
}

/// The findings of the source side (`summary` None) or of one locale.
#[derive(Clone, Debug, Default)]
pub struct Batch {
    pub diagnostics: Vec<Diagnostic>,
    pub summary: Option<LocaleSummary>,
    pub stale: Vec<StaleItem>,
    /// The text of every file a finding with a snippet points into.
    pub sources: BTreeMap<String, LineIndex>,
}

/// A stale translation with what changed in its source since it was stamped.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StaleItem {
    pub locale: String,
    pub id: String,
    pub path: String,
    pub line: u32,
    pub severity: Severity,
    /// The normalized source text the translation was stamped against.
    pub stamped_source: String,
    /// Today's normalized source text.
    pub source: String,
    /// Word diff from `stamped_source` to `source`: `[-removed-]`, `{+added+}`.
    pub diff: String,
    /// The translation as written in the FTL file (after `=`).
    pub translation: String,
}

/// Completeness of one locale, as in `lint --format json` and `status`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LocaleSummary {
    pub locale: String,
    /// Messages and terms of the source files this locale translates.
    pub total: usize,
    /// Source messages with a non-empty translation.
    pub translated: usize,
    pub missing: usize,
    pub stale: usize,
    pub obsolete: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Percentage of source messages with a current (non-stale) translation, one decimal.
    pub complete: f64,
}

impl LintOutcome {
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    fn absorb(&mut self, batch: Batch) {
        self.diagnostics.extend(batch.diagnostics);
        self.locales.extend(batch.summary);
        self.stale.extend(batch.stale);
        self.sources.extend(batch.sources);
    }
}

/// Why `locales` could not be linted as asked.
#[derive(Debug, thiserror::Error)]
pub enum LintError {
    #[error("unknown locale `{0}`: the configured locales are {1}")]
    UnknownLocale(String, String),
}

/// Everything loaded before the per-locale work: content and catalog.
pub struct Loaded {
    pub content: ContentSet,
    pub catalog: SourceCatalog,
}

/// Loads the content and the source catalog of a workspace.
pub fn load(ws: &Workspace) -> Loaded {
    let content = match ws.layout {
        Layout::Mirror => content::load_all(&ws.root, &ws.config.content_dir),
        Layout::L10n(_) => ContentSet::default(),
    };
    let catalog = catalog::load(ws, &content);
    Loaded { content, catalog }
}

/// Runs every check on the workspace and collects the findings.
pub fn run(ws: &Workspace, options: &LintOptions) -> Result<LintOutcome, LintError> {
    let mut outcome = LintOutcome::default();
    run_streaming(ws, options, &|_| String::new(), &mut |batch, _| {
        outcome.absorb(batch)
    })?;
    // Safety items first, then by locale (in configuration order), file and line.
    let order: HashMap<&str, usize> = outcome
        .locales
        .iter()
        .enumerate()
        .map(|(i, l)| (l.locale.as_str(), i))
        .collect();
    outcome.stale.sort_by(|a, b| {
        (b.severity, order.get(a.locale.as_str()), &a.path, a.line).cmp(&(
            a.severity,
            order.get(b.locale.as_str()),
            &b.path,
            b.line,
        ))
    });
    Ok(outcome)
}

/// How far ahead of the next locale to report the workers may run: enough to keep every
/// core busy when one locale is slow, few enough that memory does not grow with the number
/// of locales.
const LOCALES_AHEAD: usize = 8;

/// Runs `work` on every item on all cores and hands the results to `emit` in item order.
/// Workers take the next item as soon as they are free (no barrier between groups), but
/// never run more than [`LOCALES_AHEAD`] items ahead of the next one to emit.
fn in_order_parallel<T: Sync, R: Send>(
    items: &[T],
    work: impl Fn(&T) -> R + Sync,
    mut emit: impl FnMut(R),
) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{mpsc, Condvar, Mutex};
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len().max(1));
    let next = AtomicUsize::new(0);
    let emitted = (Mutex::new(0usize), Condvar::new());
    let (tx, rx) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (tx, next, emitted, work) = (tx.clone(), &next, &emitted, &work);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= items.len() {
                    break;
                }
                {
                    let (lock, ready) = emitted;
                    let mut done = lock.lock().unwrap_or_else(|e| e.into_inner());
                    while i >= *done + LOCALES_AHEAD {
                        done = ready.wait(done).unwrap_or_else(|e| e.into_inner());
                    }
                }
                if tx.send((i, work(&items[i]))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut wanted = 0;
        for (i, result) in rx {
            pending.insert(i, result);
            while let Some(result) = pending.remove(&wanted) {
                emit(result);
                wanted += 1;
                let (lock, ready) = &emitted;
                *lock.lock().unwrap_or_else(|e| e.into_inner()) = wanted;
                ready.notify_all();
            }
        }
    });
}

/// Runs every check, handing `sink` the source side's findings, then each locale's, in
/// configuration order. Locales are linted in parallel; the order never changes.
///
/// `render` turns a batch into report text; it runs on the worker threads, next to the
/// linting, so that only writing is left to the caller's thread, which gets each batch with
/// its text in `sink`.
pub fn run_streaming(
    ws: &Workspace,
    options: &LintOptions,
    render: &(dyn Fn(&Batch) -> String + Sync),
    sink: &mut dyn FnMut(Batch, String),
) -> Result<(), LintError> {
    let locales = selected_locales(ws, &options.locales)?;
    let loaded = load(ws);
    let parsed: Vec<ParsedFtl> = loaded
        .catalog
        .files
        .par_iter()
        .map(|f| ftl::parse(&f.text))
        .collect();
    let source = Source::new(ws, &loaded.catalog, &parsed);

    let mut first = loaded.content.diagnostics.clone();
    for (path, why) in ws.skipped_source_files() {
        first.push(Diagnostic::file(
            &rules::unreadable_file::RULE,
            &path,
            format!("{path} is {why}"),
        ));
    }
    first.extend(loaded.catalog.diagnostics.iter().cloned());
    first.extend(source.diagnostics());
    let mut batch = Batch {
        diagnostics: finish(ws, first),
        ..Default::default()
    };
    batch.sources = load_sources(ws, &batch.diagnostics);
    let text = render(&batch);
    sink(batch, text);

    let fallback_defs = fallback_definitions(ws, &locales);
    let (content, source, fallback_defs) = (&loaded.content, &source, &fallback_defs);
    in_order_parallel(
        &locales,
        |locale| {
            let batch = lint_locale(ws, content, source, fallback_defs, locale);
            let text = render(&batch);
            (batch, text)
        },
        |(batch, text)| sink(batch, text),
    );
    Ok(())
}

/// Today's source text of every source message and term, by id (first definition wins).
pub fn source_texts(catalog: &SourceCatalog) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for file in &catalog.files {
        let parsed = ftl::parse(&file.text);
        for entry in &parsed.entries {
            out.entry(entry.id.to_string())
                .or_insert_with(|| ftl::entry_value_text(&file.text, entry).to_string());
        }
    }
    out
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

/// The locales to lint: all configured ones, or the `--locale` selection (checked).
pub fn selected_locales(ws: &Workspace, wanted: &[String]) -> Result<Vec<String>, LintError> {
    if wanted.is_empty() {
        return Ok(ws.config.locales.clone());
    }
    let mut out = Vec::new();
    for w in wanted {
        if !ws.config.locales.contains(w) {
            return Err(LintError::UnknownLocale(
                w.clone(),
                ws.config.locales.join(", "),
            ));
        }
        if !out.contains(w) {
            out.push(w.clone());
        }
    }
    Ok(out)
}

/// The stamps of a locale: `None` when it has no stamp file (staleness not tracked).
pub fn load_stamps(ws: &Workspace, locale: &str) -> Result<Option<StampFile>, Box<Diagnostic>> {
    let rel = crate::workspace::join_rel(&ws.locale_rel_dir(locale), stamps::STAMP_FILE);
    let bytes = match std::fs::read(ws.root.join(&rel)) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Box::new(
                Diagnostic::file(
                    &rules::invalid_stamps::RULE,
                    &rel,
                    format!("cannot read the stamps: {e}"),
                )
                .with_locale(Some(locale)),
            ))
        }
    };
    let text = crate::text::decode(bytes).map_err(|e| {
        let mut d = Diagnostic::file(&rules::invalid_stamps::RULE, &rel, e.to_string())
            .with_locale(Some(locale));
        (d.line, d.column) = (e.line, e.column);
        Box::new(d)
    })?;
    StampFile::parse(&text.text).map(Some).map_err(|e| {
        let index = LineIndex::new(&text.text);
        let line = index.line_range(e.line);
        Box::new(
            Diagnostic::at(&rules::invalid_stamps::RULE, &rel, &index, line, e.message)
                .with_locale(Some(locale))
                .with_help("until it is fixed, the locale is checked as if it had no stamps"),
        )
    })
}

/// `part` of `total` as a percentage with one decimal; an empty catalog is 100 % complete.
pub fn percent(part: usize, total: usize) -> f64 {
    if total == 0 {
        return 100.0;
    }
    (part as f64 * 1000.0 / total as f64).floor() / 10.0
}

/// One source file, parsed, with what the checks need of each of its messages.
struct SourceFileFacts<'p> {
    file: &'p SourceFile,
    parsed: &'p ParsedFtl<'p>,
    /// The first definition of each id, in file order.
    entries: Vec<SourceEntry<'p>>,
    /// Where each id is first defined.
    first: FirstDefs<'p>,
    index: LazyIndex,
}

/// A source message or term with what every locale's checks read of it.
struct SourceEntry<'p> {
    info: &'p EntryInfo<'p>,
    facts: Option<Facts<'p>>,
    /// `missing-message` help ("the source reads: …"), the same in every locale.
    missing_help: String,
}

/// The first definition of each id of a parsed file: later ones are duplicates.
struct FirstDefs<'s> {
    /// id → position in [`ParsedFtl::entries`].
    by_id: FxHashMap<&'s str, usize>,
    /// The positions of first definitions, in file order.
    order: Vec<usize>,
}

impl<'s> FirstDefs<'s> {
    fn of(parsed: &ParsedFtl<'s>) -> Self {
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

    fn contains(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }
}

/// The source side, prepared once for every locale.
struct Source<'p> {
    files: Vec<SourceFileFacts<'p>>,
    /// Each file's path relative to the source locale's directory, for mapping to a locale.
    rels: Vec<&'p str>,
    defs: Defs<'p>,
    terms: FxHashMap<String, String>,
    plural_categories: Vec<&'static str>,
}

impl<'p> Source<'p> {
    fn new(
        ws: &'p Workspace,
        catalog: &'p SourceCatalog,
        parsed: &'p [ParsedFtl<'p>],
    ) -> Source<'p> {
        // Each file's facts on all cores; then the definitions, in file order.
        let files: Vec<SourceFileFacts> = catalog
            .files
            .par_iter()
            .zip(parsed)
            .map(|(file, p)| {
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
                            missing_help: format!(
                                "the source reads: {}",
                                entry_source_text(file, e)
                            ),
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
            })
            .collect();
        let mut defs = Defs::default();
        let mut terms = FxHashMap::default();
        for f in &files {
            checks::define_from(&mut defs, f.parsed);
            for e in &f.entries {
                if e.info.is_term {
                    if let Some(value) = plain_value(f.parsed, e.info) {
                        terms.entry(e.info.id.to_string()).or_insert(value);
                    }
                }
            }
        }
        Source {
            rels: files.iter().map(|f| f.file.rel.as_str()).collect(),
            files,
            defs,
            terms,
            plural_categories: checks::plural_categories(&ws.config.source_locale),
        }
    }

    /// Syntax errors and duplicate ids in hand-written source files, and entry checks on
    /// every source message (guide texts' findings moved to their YAML position).
    fn diagnostics(&self) -> Vec<Diagnostic> {
        let env = LocaleEnv {
            locale: None,
            own: self.defs.clone(),
            fallbacks: Vec::new(),
            source: None,
            source_terms: &self.terms,
            plural_categories: self.plural_categories.clone(),
        };
        let per_file: Vec<Vec<Diagnostic>> = self
            .files
            .par_iter()
            .map(|f| {
                let mut found = Vec::new();
                if !f.file.is_guide {
                    file_checks(&f.file.path, f.parsed, &f.first, &f.index, None, &mut found);
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

/// `syntax-error` for each junk entry and `duplicate-id` within the file. A definition in
/// another file of the locale that the source does not have there is `obsolete-message`.
fn file_checks(
    path: &str,
    parsed: &ParsedFtl,
    first: &FirstDefs,
    index: &LazyIndex,
    locale: Option<&str>,
    out: &mut Vec<Diagnostic>,
) {
    for junk in &parsed.junk {
        out.push(
            Diagnostic::at(
                &rules::syntax_error::RULE,
                path,
                index.get(),
                junk.error_span.clone(),
                format!("invalid Fluent: {}", junk.message),
            )
            .with_locale(locale)
            .with_help("this entry is skipped; fix it so that it is loaded"),
        );
    }
    if first.order.len() == parsed.entries.len() {
        return;
    }
    for (i, entry) in parsed.entries.iter().enumerate() {
        let f = first.by_id[entry.id];
        if f != i {
            let first_line = index.get().line_col(parsed.entries[f].id_span.start).0;
            out.push(
                Diagnostic::at(
                    &rules::duplicate_id::RULE,
                    path,
                    index.get(),
                    entry.id_span.clone(),
                    format!("`{}` is already defined at line {first_line}", entry.id),
                )
                .with_locale(locale)
                .with_id(entry.id)
                .with_help("keep one definition"),
            );
        }
    }
}

/// Runs the entry checks on one entry.
fn entry_checks(
    env: &LocaleEnv,
    path: &str,
    text: &str,
    index: &LazyIndex,
    entry: &EntryInfo,
    facts: &Facts,
    out: &mut Vec<Diagnostic>,
) {
    let ctx = EntryCtx {
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

/// The definitions of every locale that another selected locale falls back to (the source
/// excluded), each parsed once.
fn fallback_definitions(ws: &Workspace, locales: &[String]) -> FxHashMap<String, OwnedDefs> {
    let mut needed: Vec<String> = locales
        .iter()
        .flat_map(|l| ws.fallback_chain(l))
        .filter(|l| *l != ws.config.source_locale)
        .collect();
    needed.sort();
    needed.dedup();
    needed
        .into_par_iter()
        .map(|locale| {
            let mut defs = OwnedDefs::default();
            for path in ws.translation_files(&locale) {
                if let Ok(text) = read_ftl(ws, &path) {
                    let parsed = ftl::parse(&text);
                    for e in &parsed.entries {
                        defs.entry(e.id.to_string()).or_insert_with(|| {
                            parsed.parts(e).1.into_iter().map(str::to_string).collect()
                        });
                    }
                }
            }
            (locale, defs)
        })
        .collect()
}

/// A translation file of one locale, read and parsed.
struct TranslationFile<'t> {
    path: &'t str,
    text: &'t str,
    parsed: ParsedFtl<'t>,
    first: FirstDefs<'t>,
    index: &'t LazyIndex,
}

fn lint_locale(
    ws: &Workspace,
    content: &ContentSet,
    source: &Source,
    fallback_defs: &FxHashMap<String, OwnedDefs>,
    locale: &str,
) -> Batch {
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut stale = Vec::new();
    let stamp_file = load_stamps(ws, locale).unwrap_or_else(|d| {
        out.push(*d);
        None
    });

    // Read every file first: the parsed trees borrow the texts.
    let (paths, skipped) = ws.scan_translation_files(locale);
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
    let mut texts: Vec<(&str, Arc<String>)> = Vec::with_capacity(paths.len());
    for path in &paths {
        match read_ftl(ws, path) {
            Ok(text) => texts.push((path.as_str(), Arc::new(text))),
            Err(d) => out.push(d.with_locale(Some(locale))),
        }
    }
    let indexes: Vec<LazyIndex> = texts
        .iter()
        .map(|(_, t)| LazyIndex::new(t.clone()))
        .collect();
    let files: Vec<TranslationFile> = texts
        .iter()
        .zip(&indexes)
        .map(|((path, text), index)| {
            let parsed = ftl::parse(text);
            TranslationFile {
                path,
                text,
                first: FirstDefs::of(&parsed),
                parsed,
                index,
            }
        })
        .collect();
    for f in &files {
        file_checks(f.path, &f.parsed, &f.first, f.index, Some(locale), &mut out);
    }

    let mut own = Defs::default();
    for f in &files {
        checks::define_from(&mut own, &f.parsed);
    }
    let env = LocaleEnv {
        locale: Some(locale),
        own,
        fallbacks: ws
            .fallback_chain(locale)
            .iter()
            .filter_map(|l| fallback_defs.get(l))
            .collect(),
        source: Some(&source.defs),
        source_terms: &source.terms,
        plural_categories: checks::plural_categories(locale),
    };

    let mut summary = LocaleSummary {
        locale: locale.to_string(),
        ..Default::default()
    };
    let by_path: FxHashMap<&str, usize> =
        files.iter().enumerate().map(|(i, f)| (f.path, i)).collect();
    let found: FxHashSet<&str> = paths.iter().map(String::as_str).collect();
    let mut aligned = vec![false; files.len()];

    let translation_paths = ws.translation_paths(&source.rels, locale);
    for (sf, tpath) in source.files.iter().zip(translation_paths) {
        let Some(tpath) = tpath else {
            continue;
        };
        summary.total += sf.entries.len();
        let Some(&i) = by_path.get(tpath.as_str()) else {
            let unreadable = found.contains(tpath.as_str());
            summary.missing += sf.entries.len();
            if !unreadable && !sf.entries.is_empty() {
                if let Some(severity) = ws.filter(
                    locale,
                    &tpath,
                    None,
                    rules::missing_file::RULE.default_severity,
                ) {
                    out.push(
                        missing_file(ws, locale, &tpath, sf.file, sf.entries.len())
                            .with_severity(severity),
                    );
                }
            }
            continue;
        };
        aligned[i] = true;
        let t = &files[i];
        for se in &sf.entries {
            let s = se.info;
            let Some(te) = t.first.by_id.get(s.id).map(|&k| &t.parsed.entries[k]) else {
                match ws.filter(
                    locale,
                    t.path,
                    Some(s.id),
                    rules::missing_message::RULE.default_severity,
                ) {
                    Some(severity) => {
                        summary.missing += 1;
                        out.push(missing_message(locale, t, se).with_severity(severity));
                    }
                    None => summary.total -= 1,
                }
                continue;
            };
            let (Some(parts), Some(source_facts)) = (
                Parts::of_entry(&t.parsed.resource.body[te.index]),
                &se.facts,
            ) else {
                continue;
            };
            let facts = Facts::new(parts, t.text);
            entry_checks(&env, t.path, t.text, t.index, te, &facts, &mut out);
            if ftl::pattern_is_blank(facts.parts.value)
                && !ftl::pattern_is_blank(source_facts.parts.value)
            {
                out.push(
                    Diagnostic::at(
                        &rules::empty_translation::RULE,
                        t.path,
                        t.index.get(),
                        te.id_span.clone(),
                        format!("`{}` is translated as an empty text", te.id),
                    )
                    .with_locale(Some(locale))
                    .with_id(te.id)
                    .with_help(
                        "translate it, or delete the entry so that the fallback language is used",
                    ),
                );
                continue;
            }
            summary.translated += 1;
            let pair = PairCtx {
                translation: EntryCtx {
                    env: &env,
                    path: t.path,
                    text: t.text,
                    index: t.index,
                    id: te.id,
                    is_term: te.is_term,
                    id_span: te.id_span.clone(),
                    facts: &facts,
                },
                source: source_facts,
            };
            checks::check_pair(&pair, &mut out);
            if let Some(stamp_file) = &stamp_file {
                let source_text = ftl::entry_value_text(&sf.file.text, s);
                match stamps::state(stamp_file.stamps.get(s.id), source_text) {
                    State::Current => {}
                    State::Unstamped => out.push(
                        Diagnostic::at(
                            &rules::unstamped_translation::RULE,
                            t.path,
                            t.index.get(),
                            te.id_span.clone(),
                            format!("`{}` has no stamp yet", te.id),
                        )
                        .with_locale(Some(locale))
                        .with_id(te.id)
                        .with_help(format!(
                            "after review, run `polyguide accept {locale} {}`",
                            te.id
                        )),
                    ),
                    State::Stale(stamp) => {
                        summary.stale += 1;
                        let item = stale_item(locale, t, te, stamp, source_text, sf.file);
                        out.push(
                            Diagnostic::at(
                                &rules::stale_translation::RULE,
                                t.path,
                                t.index.get(),
                                te.id_span.clone(),
                                format!(
                                    "`{}` is stale: the source changed since it was translated",
                                    te.id
                                ),
                            )
                            .with_severity(item.severity)
                            .with_locale(Some(locale))
                            .with_id(te.id)
                            .with_help(format!("source change: {}", item.diff)),
                        );
                        stale.push(item);
                    }
                }
            }
        }
        if sf.file.complete {
            // A misspelt id is most likely one the file does not translate yet; that list is
            // made only when some id is obsolete.
            let mut untranslated: Option<Vec<&str>> = None;
            for &k in &t.first.order {
                let te = &t.parsed.entries[k];
                if sf.first.contains(te.id) {
                    continue;
                }
                if let Some(severity) = ws.filter(
                    locale,
                    t.path,
                    Some(te.id),
                    rules::obsolete_message::RULE.default_severity,
                ) {
                    summary.obsolete += 1;
                    let candidates = untranslated.get_or_insert_with(|| {
                        sf.entries
                            .iter()
                            .map(|e| e.info.id)
                            .filter(|id| !t.first.contains(id))
                            .collect()
                    });
                    out.push(obsolete(locale, t, te, candidates).with_severity(severity));
                }
            }
        }
    }

    // Translation files with no source file: every entry is obsolete, unless the file belongs
    // to a guide that could not be loaded (its source is unknown, not gone).
    for (i, t) in files.iter().enumerate() {
        if aligned[i] || belongs_to_broken_guide(ws, content, locale, t.path) {
            continue;
        }
        for &k in &t.first.order {
            let te = &t.parsed.entries[k];
            if let Some(severity) = ws.filter(
                locale,
                t.path,
                Some(te.id),
                rules::obsolete_message::RULE.default_severity,
            ) {
                summary.obsolete += 1;
                out.push(
                    obsolete(locale, t, te, &[])
                        .with_severity(severity)
                        .with_help("there is no source file for this file; delete it, or move its entries to the file that has them"),
                );
            }
        }
    }

    summary.complete = percent(
        summary.translated.saturating_sub(summary.stale),
        summary.total,
    );
    let diagnostics = finish(ws, out);
    for d in &diagnostics {
        match d.severity {
            Severity::Error => summary.errors += 1,
            Severity::Warning => summary.warnings += 1,
            Severity::Info => {}
        }
    }
    for item in &mut stale {
        if let Some(severity) = ws.severity_of(rules::stale_translation::RULE.name, item.severity) {
            item.severity = severity;
        }
    }
    // Snippets need the text of the files findings point into; those indexes were built.
    let mut sources = BTreeMap::new();
    for f in &files {
        if let Some(index) = f.index.built() {
            sources.insert(f.path.to_string(), index.clone());
        }
    }
    Batch {
        diagnostics,
        summary: Some(summary),
        stale,
        sources,
    }
}

/// True if `path` is the translation of a guide whose YAML could not be loaded.
fn belongs_to_broken_guide(ws: &Workspace, content: &ContentSet, locale: &str, path: &str) -> bool {
    content.broken.iter().any(|stem| {
        ws.translation_path(&format!("{stem}.ftl"), locale)
            .as_deref()
            == Some(path)
    })
}

fn stale_item(
    locale: &str,
    t: &TranslationFile,
    entry: &EntryInfo,
    stamp: &Stamp,
    source_text: &str,
    source_file: &SourceFile,
) -> StaleItem {
    let safety = source_file
        .items
        .get(entry.id)
        .is_some_and(|i| i.kind.is_safety());
    let source = stamps::normalize(source_text);
    StaleItem {
        locale: locale.to_string(),
        id: entry.id.to_string(),
        path: t.path.to_string(),
        line: t.index.get().line_col(entry.id_span.start).0,
        severity: if safety {
            Severity::Error
        } else {
            rules::stale_translation::RULE.default_severity
        },
        diff: stamps::word_diff_text(&stamp.source, &source),
        stamped_source: stamp.source.clone(),
        source,
        translation: ftl::entry_value_text(t.text, entry).to_string(),
    }
}

fn read_ftl(ws: &Workspace, path: &str) -> Result<String, Box<Diagnostic>> {
    let bytes = crate::text::read_file(&ws.root.join(path)).map_err(|e| {
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

fn missing_file(
    ws: &Workspace,
    locale: &str,
    path: &str,
    source: &SourceFile,
    count: usize,
) -> Diagnostic {
    let noun = if count == 1 { "message" } else { "messages" };
    let help = if source.is_guide {
        let template =
            crate::workspace::join_rel(&ws.locale_rel_dir(&ws.config.source_locale), &source.rel);
        if ws.root.join(&template).is_file() {
            format!("start from the template: copy {template} to {path} and translate it")
        } else {
            format!("start from the template: run `polyguide extract`, then copy {template} to {path} and translate it")
        }
    } else {
        format!("copy {} to {path} and translate it", source.path)
    };
    Diagnostic::file(
        &rules::missing_file::RULE,
        path,
        format!(
            "{path} is missing: {count} {noun} of {} are untranslated",
            source.path
        ),
    )
    .with_locale(Some(locale))
    .with_help(help)
}

/// A missing message, reported where a new entry would go: after the file's last line.
fn missing_message(locale: &str, t: &TranslationFile, entry: &SourceEntry) -> Diagnostic {
    let end = t.text.len();
    let mut d = Diagnostic::at(
        &rules::missing_message::RULE,
        t.path,
        t.index.get(),
        end..end,
        format!("`{}` is not translated", entry.info.id),
    )
    .with_locale(Some(locale))
    .with_id(entry.info.id)
    .with_help(entry.missing_help.clone());
    d.span = None;
    d
}

fn obsolete(
    locale: &str,
    t: &TranslationFile,
    entry: &EntryInfo,
    candidates: &[&str],
) -> Diagnostic {
    let help = crate::suggest::nearest(entry.id, candidates.iter().copied())
        .map(|s| format!("did you mean `{s}`?"))
        .unwrap_or_else(|| {
            "the source no longer has it: delete it, or move the translation to the item's new id"
                .into()
        });
    Diagnostic::at(
        &rules::obsolete_message::RULE,
        t.path,
        t.index.get(),
        entry.id_span.clone(),
        format!("`{}` is not in the source", entry.id),
    )
    .with_locale(Some(locale))
    .with_id(entry.id)
    .with_help(help)
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

/// Applies the configured severities and ignores, then sorts.
fn finish(ws: &Workspace, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter_map(|mut d| {
            d.severity = ws.severity_of(d.rule, d.severity)?;
            (!ws.config.ignore.iter().any(|i| i.matches(&d))).then_some(d)
        })
        .collect();
    out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    out.dedup();
    out
}

fn load_sources(ws: &Workspace, diagnostics: &[Diagnostic]) -> BTreeMap<String, LineIndex> {
    let mut out = BTreeMap::new();
    for d in diagnostics.iter().filter(|d| d.span.is_some()) {
        if out.contains_key(&d.path) {
            continue;
        }
        if let Ok(bytes) = std::fs::read(ws.root.join(&d.path)) {
            if let Ok(decoded) = crate::text::decode(bytes) {
                out.insert(d.path.clone(), LineIndex::new(&decoded.text));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_down_to_one_decimal() {
        assert_eq!(percent(0, 0), 100.0);
        assert_eq!(percent(38, 40), 95.0);
        assert_eq!(percent(2, 3), 66.6);
        assert_eq!(percent(40, 40), 100.0);
    }
}
