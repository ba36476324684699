//! The lint pipeline: load → align → rules → report.
//!
//! The [`Project`] is loaded once; the source side is parsed and prepared once
//! ([`crate::source`]); then, for each locale, in parallel: its FTL files are read and
//! parsed with positions, aligned with the source by file and id ([`crate::align`]), and
//! every rule's check runs on the alignment. The configured severities and ignores
//! ([`crate::policy`]) apply to every finding; a broken file is a finding and the run goes
//! on.
//!
//! [`run_streaming`] hands over one [`Batch`] per locale (the source side first), so memory
//! stays flat however many locales there are; [`run`] collects them.

use crate::align::{self, Aligned, FileAlignment, LocaleTexts, StampState, TranslationFile};
use crate::checks::{self, Defs, EntryCtx, Facts, LocaleEnv, OwnedDefs, PairCtx};
use crate::diagnostic::{Diagnostic, LineIndex, Severity};
use crate::ftl::{self, ParsedFtl};
use crate::pattern::Parts;
use crate::project::{Project, Stamps};
use crate::rules;
use crate::source::{entry_checks, Source, SourceFileFacts};
use crate::stamps::StampFile;
use crate::workspace::Workspace;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

pub use crate::rules::stale_translation::StaleItem;

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
    /// The payloads of the batch's `stale-translation` findings (after the config applied).
    pub stale: Vec<StaleItem>,
    /// The text of every file a finding with a snippet points into.
    pub sources: BTreeMap<String, LineIndex>,
    /// The translations of the locale that are not current, with why (see [`Standing`]):
    /// what export ships and holds back. Every other translated source message is current.
    pub standings: Vec<(String, Standing)>,
}

/// How a locale's translation of one source message stands: the one verdict that `status`
/// and `lint` count as complete (only [`Standing::Current`]) and that export ships by.
/// Staleness is a fact of the stamps, taken before `[rules]` and `[[ignore]]` apply; errors
/// are error-severity findings after they apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Translated, reviewed against today's source (or the locale does not track
    /// staleness), no error-severity finding, not a copy of the source.
    Current,
    /// Not translated: the value is empty (no finding of its own makes it held back).
    Empty,
    /// An error-severity finding, or an entry with this id that does not parse.
    Error,
    /// Identical to the source without being marked so (guide workspaces).
    Copy,
    /// The source changed since the stamp. `error`: its `stale-translation` finding is an
    /// error (a warning or caution note, by default).
    Stale { error: bool },
    /// No stamp, in a locale that tracks staleness: never reviewed against the source.
    /// `error`: its `unstamped-translation` finding is an error.
    Unstamped { error: bool },
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
    /// Translated messages without a stamp (in a locale that tracks staleness).
    pub unstamped: usize,
    pub obsolete: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Percentage of source messages with a translation known to be current, one decimal.
    /// Messages of a broken guide and translations whose stamps cannot be read never count.
    pub complete: f64,
    /// Broken files this locale's answer depends on (a guide that does not load, an invalid
    /// stamps file): while any is listed, the numbers are incomplete.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub broken: Vec<String>,
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
    #[error("`{0}` is the source locale: its findings are always reported; name a translation locale ({1})")]
    SourceLocale(String, String),
}

/// Runs every check on the project and collects the findings.
pub fn run(project: &Project, options: &LintOptions) -> Result<LintOutcome, LintError> {
    let mut outcome = LintOutcome::default();
    run_streaming(project, options, &|_| String::new(), &mut |batch, _| {
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

/// Runs every check, handing `sink` the source side's findings, then each locale's, in
/// configuration order. Locales are linted in parallel; the order never changes.
///
/// `render` turns a batch into report text; it runs on the worker threads, next to the
/// linting, so that only writing is left to the caller's thread, which gets each batch with
/// its text in `sink`.
pub fn run_streaming(
    project: &Project,
    options: &LintOptions,
    render: &(dyn Fn(&Batch) -> String + Sync),
    sink: &mut dyn FnMut(Batch, String),
) -> Result<(), LintError> {
    let ws = project.ws;
    let locales = selected_locales(ws, &options.locales)?;
    let parsed = parse_source(project);
    let source = Source::new(&ws.config, &project.catalog, &parsed);

    let batch = source_batch(project, &source);
    let text = render(&batch);
    sink(batch, text);

    let fallback_defs = fallback_definitions(ws, &locales);
    let (source, fallback_defs) = (&source, &fallback_defs);
    crate::parallel::in_order_parallel(
        &locales,
        |locale| {
            let batch = run_locale(project, source, fallback_defs, locale);
            let text = render(&batch);
            (batch, text)
        },
        |(batch, text)| sink(batch, text),
    );
    Ok(())
}

/// Every source file of the project parsed, in catalog order: what [`Source::new`] prepares.
/// A run does it once; the language server once per change of the source.
pub fn parse_source<'p>(project: &'p Project) -> Vec<ParsedFtl<'p>> {
    project
        .catalog
        .files
        .par_iter()
        .map(|f| ftl::parse(&f.text))
        .collect()
}

/// The findings of the source side: content, source files, the project as a whole.
pub fn source_batch(project: &Project, source: &Source) -> Batch {
    let ws = project.ws;
    let mut first = project.content.diagnostics.clone();
    for (path, why) in ws.skipped_source_files() {
        first.push(Diagnostic::file(
            &rules::unreadable_file::RULE,
            &path,
            format!("{path} is {why}"),
        ));
    }
    first.extend(project.diagnostics.iter().cloned());
    first.extend(project.catalog.diagnostics.iter().cloned());
    first.extend(source.diagnostics());
    // In a guide workspace a locale's files are one set of resources; a plain Fluent project
    // may have alternative source files that a build chooses between (see `Defs`).
    if project.tracks_every_locale {
        rules::duplicate_id::across_source_files(&source.files, &mut first);
    }
    let diagnostics = project.policy.finish(first);
    let sources = load_sources(ws, &diagnostics);
    Batch {
        diagnostics,
        sources,
        ..Default::default()
    }
}

/// The locales to lint: all configured ones, or the `--locale` selection (checked).
pub fn selected_locales(ws: &Workspace, wanted: &[String]) -> Result<Vec<String>, LintError> {
    if wanted.is_empty() {
        return Ok(ws.config.locales.clone());
    }
    let mut out = Vec::new();
    for w in wanted {
        if *w == ws.config.source_locale {
            return Err(LintError::SourceLocale(
                w.clone(),
                ws.config.locales.join(", "),
            ));
        }
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

/// `part` of `total` as a percentage with one decimal; an empty catalog is 100 % complete.
pub fn percent(part: usize, total: usize) -> f64 {
    if total == 0 {
        return 100.0;
    }
    (part as f64 * 1000.0 / total as f64).floor() / 10.0
}

/// The definitions of every locale that another selected locale falls back to (the source
/// excluded), each parsed once.
pub fn fallback_definitions(ws: &Workspace, locales: &[String]) -> FxHashMap<String, OwnedDefs> {
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
            let defs = definitions_of(ws, &locale);
            (locale, defs)
        })
        .collect()
}

/// What the files of `locale` define (first definitions), with their attributes: what a
/// locale that falls back to it may reference.
pub fn definitions_of(ws: &Workspace, locale: &str) -> OwnedDefs {
    let mut defs = OwnedDefs::default();
    for path in ws.translation_files(locale) {
        if let Ok(text) = align::read_ftl(ws, &path) {
            for (id, attributes) in file_definitions(&text) {
                defs.entry(id).or_insert(attributes);
            }
        }
    }
    defs
}

/// What one FTL text defines (first definitions), with their attribute names.
pub fn file_definitions(text: &str) -> OwnedDefs {
    let parsed = ftl::parse(text);
    let mut defs = OwnedDefs::default();
    for e in &parsed.entries {
        defs.entry(e.id.to_string())
            .or_insert_with(|| parsed.parts(e).1.into_iter().map(str::to_string).collect());
    }
    defs
}

/// One locale's run: where its findings and counts accumulate.
struct LocaleRun<'a> {
    project: &'a Project<'a>,
    locale: &'a str,
    env: LocaleEnv<'a>,
    files: &'a [TranslationFile<'a>],
    summary: LocaleSummary,
    /// Translated source messages with nothing against them so far (the error-severity
    /// findings are known only once the configuration applies, in [`LocaleRun::finish`]).
    current: Vec<&'a str>,
    /// The other translated (or junk-defined) source messages, with why.
    standings: Vec<(&'a str, Standing)>,
    out: Vec<Diagnostic>,
}

/// Every check on one locale: its files read (through the workspace's overlay) and parsed,
/// aligned with the prepared `source`, the rules run and the configuration applied. What
/// [`run_streaming`] does for each locale; [`lint_file`] does the same for one file.
pub fn run_locale(
    project: &Project,
    source: &Source,
    fallback_defs: &FxHashMap<String, OwnedDefs>,
    locale: &str,
) -> Batch {
    let ws = project.ws;
    let mut out = Vec::new();
    let stamps = project.stamps(locale);
    if let Stamps::Invalid(d) = &stamps {
        out.push((**d).clone());
    }
    let empty = StampFile::default();
    let tracked = project.tracked(&stamps, &empty);
    let texts = LocaleTexts::read(ws, locale, &mut out);
    let files = texts.parse();
    for f in &files {
        rules::syntax_error::check_junk(f.path, &f.parsed, f.index, Some(locale), &mut out);
        rules::duplicate_id::check(f.path, &f.parsed, &f.first, f.index, Some(locale), &mut out);
    }
    let alignment = align::align(ws, locale, source, &files, &texts.found, tracked);
    let mut run = LocaleRun {
        project,
        locale,
        env: locale_env(ws, source, &files, fallback_defs, locale),
        files: &files,
        summary: LocaleSummary {
            locale: locale.to_string(),
            broken: project.broken.iter().map(|b| b.path.clone()).collect(),
            ..Default::default()
        },
        current: Vec::new(),
        standings: Vec::new(),
        out,
    };
    for (sf, file) in &alignment.files {
        run.file(sf, file);
    }
    for &i in &alignment.orphans {
        run.orphan(&files[i]);
    }
    for part in &project.broken {
        run.summary.total += part.known_messages.unwrap_or(0);
    }
    if let Stamps::Invalid(d) = &stamps {
        // Staleness is unknown: no translation is known to be current.
        run.summary.broken.push(d.path.clone());
        run.current.clear();
    }
    run.finish()
}

/// [`run_locale`]'s findings in one translation file of `locale`, checking only that file:
/// what the language server does after an edit. The locale's other files are known by their
/// definitions (`siblings`: every other file's, see [`file_definitions`]), so a reference
/// into them resolves as in the whole-locale run;
/// `source_file` is the index of the source file it translates (`None`: no source file maps
/// to it). Findings about other files (a missing file, an invalid stamps file) are not
/// reported, nor are the locale's counts.
pub fn lint_file(
    project: &Project,
    source: &Source,
    fallback_defs: &FxHashMap<String, OwnedDefs>,
    target: FileTarget,
    siblings: Vec<&OwnedDefs>,
) -> Vec<Diagnostic> {
    let FileTarget {
        locale,
        path,
        source_file,
    } = target;
    let ws = project.ws;
    let mut out = Vec::new();
    let text = match align::read_ftl(ws, path) {
        Ok(text) => std::sync::Arc::new(text),
        Err(d) => {
            out.push(d.with_locale(Some(locale)));
            return project.policy.finish(out);
        }
    };
    let index = crate::diagnostic::LazyIndex::new(text.clone());
    let parsed = ftl::parse(&text);
    let files = [TranslationFile {
        path,
        text: &text,
        first: crate::source::FirstDefs::of(&parsed),
        parsed,
        index: &index,
        worksheet: Default::default(),
    }];
    let f = &files[0];
    rules::syntax_error::check_junk(f.path, &f.parsed, f.index, Some(locale), &mut out);
    rules::duplicate_id::check(f.path, &f.parsed, &f.first, f.index, Some(locale), &mut out);
    let stamps = project.stamps(locale);
    let empty = StampFile::default();
    let tracked = project.tracked(&stamps, &empty);
    let mut env = locale_env(ws, source, &files, fallback_defs, locale);
    env.siblings = siblings;
    let mut run = LocaleRun {
        project,
        locale,
        env,
        files: &files,
        summary: LocaleSummary::default(),
        current: Vec::new(),
        standings: Vec::new(),
        out,
    };
    match source_file.and_then(|i| source.files.get(i)) {
        Some(sf) => run.file(sf, &align::align_file(sf, f, 0, tracked)),
        None => run.orphan(f),
    }
    run.finish().diagnostics
}

/// The file [`lint_file`] checks.
#[derive(Clone, Copy, Debug)]
pub struct FileTarget<'t> {
    pub locale: &'t str,
    /// Relative to the workspace root.
    pub path: &'t str,
    /// The index of the source file it translates in [`Source::files`], if any.
    pub source_file: Option<usize>,
}

/// What `locale` defines, through its fallback chain.
fn locale_env<'a>(
    ws: &'a Workspace,
    source: &'a Source<'a>,
    files: &'a [TranslationFile<'a>],
    fallback_defs: &'a FxHashMap<String, OwnedDefs>,
    locale: &'a str,
) -> LocaleEnv<'a> {
    let mut own = Defs::default();
    for f in files {
        checks::define_from(&mut own, &f.parsed);
    }
    LocaleEnv {
        locale: Some(locale),
        siblings: Vec::new(),
        own,
        fallbacks: ws
            .fallback_chain(locale)
            .iter()
            .filter_map(|l| fallback_defs.get(l))
            .collect(),
        source: Some(&source.defs),
        source_terms: &source.terms,
        language: checks::LocaleFacts::of(locale),
        settings: &ws.config.checks,
    }
}

impl<'a> LocaleRun<'a> {
    /// The rules on one source file's alignment.
    fn file(&mut self, sf: &'a SourceFileFacts<'a>, alignment: &FileAlignment<'a>) {
        let ws = self.project.ws;
        let count = sf.entries.len();
        match alignment {
            FileAlignment::NotTranslated => {}
            FileAlignment::Missing { path, unreadable } => {
                self.summary.total += count;
                self.summary.missing += count;
                if *unreadable || count == 0 {
                    return;
                }
                let default = rules::missing_file::RULE.default_severity;
                if let Some(severity) = ws.filter(self.locale, path, None, default) {
                    let d = rules::missing_file::diagnostic(ws, self.locale, path, sf.file, count);
                    self.out.push(d.with_severity(severity));
                }
            }
            FileAlignment::Present {
                file,
                pairs,
                obsolete,
            } => {
                self.summary.total += count;
                let t = &self.files[*file];
                for pair in pairs {
                    self.pair(sf, t, pair);
                }
                self.obsolete(sf, t, obsolete);
            }
        }
    }

    /// The rules on one source message and its translation.
    fn pair(&mut self, sf: &SourceFileFacts, t: &'a TranslationFile<'a>, pair: &Aligned<'a>) {
        let (locale, se) = (self.locale, pair.source);
        let Some(te) = pair.translation else {
            // An entry that does not parse (`id Text` without `=`) is a syntax error
            // already; "not translated" at the end of the file would mislead. Export names
            // it as held back.
            let junk = junk_defines(t, se.info.id);
            if junk {
                self.standings.push((se.info.id, Standing::Error));
            }
            let default = rules::missing_message::RULE.default_severity;
            match self
                .project
                .ws
                .filter(locale, t.path, Some(se.info.id), default)
            {
                Some(severity) => {
                    self.summary.missing += 1;
                    if !junk {
                        let d = rules::missing_message::diagnostic(locale, t, se);
                        self.out.push(d.with_severity(severity));
                    }
                }
                None => self.summary.total -= 1,
            }
            return;
        };
        let (Some(parts), Some(source_facts)) = (
            Parts::of_entry(&t.parsed.resource.body[te.index]),
            &se.facts,
        ) else {
            self.standings.push((te.id, Standing::Empty));
            return;
        };
        let facts = Facts::new(parts, t.text);
        entry_checks(
            &self.env,
            t.path,
            t.text,
            t.index,
            te,
            &facts,
            &mut self.out,
        );
        if let Some(d) = rules::empty_translation::check(locale, t, te, &facts, source_facts) {
            self.out.push(d);
            self.standings.push((te.id, Standing::Empty));
            return;
        }
        self.summary.translated += 1;
        let ctx = PairCtx {
            translation: EntryCtx {
                env: &self.env,
                path: t.path,
                text: t.text,
                index: t.index,
                id: te.id,
                is_term: te.is_term,
                id_span: te.id_span.clone(),
                facts: &facts,
            },
            source: source_facts,
            safety: se.safety,
        };
        let before = self.out.len();
        checks::check_pair(&ctx, &mut self.out);
        if self.is_copy(t, te, before) {
            // A copy of the source is not a translation: it counts as missing, and export
            // ships the fallback text instead.
            self.summary.translated -= 1;
            self.summary.missing += 1;
            self.standings.push((te.id, Standing::Copy));
            return;
        }
        match pair.stamp {
            StampState::Untracked | StampState::Current if sf.file.complete => {
                self.current.push(te.id)
            }
            // Of a guide that loads only in part: not known to be current (nor exported).
            StampState::Untracked | StampState::Current => {}
            // A guide that loads only in part cannot be accepted: its errors come first.
            StampState::Unstamped if !sf.file.complete => {}
            StampState::Unstamped => {
                self.summary.unstamped += 1;
                self.standings
                    .push((te.id, Standing::Unstamped { error: false }));
                let d = rules::unstamped_translation::diagnostic(locale, t, te);
                self.out.push(d);
            }
            StampState::Stale(stamp) => {
                self.summary.stale += 1;
                self.standings
                    .push((te.id, Standing::Stale { error: false }));
                let d =
                    rules::stale_translation::diagnostic(locale, t, te, stamp, sf.file, se.info);
                self.out.push(d);
            }
        }
    }

    /// True if the pair check just found the translation identical to the source (an
    /// `untranslated` finding from index `from` on) and nothing says that is intended. An
    /// intended copy (`# polyguide: same-as-source` above the entry, or the id listed in
    /// `same-as-source` in polyguide.toml) loses the finding and counts as translated.
    fn is_copy(&mut self, t: &TranslationFile, te: &ftl::EntryInfo, from: usize) -> bool {
        let Some(i) = self.out[from..]
            .iter()
            .position(|d| d.rule == rules::RuleId::Untranslated)
        else {
            return false;
        };
        let intended = marked_same_as_source(t, te)
            || self
                .project
                .ws
                .config
                .same_as_source
                .iter()
                .any(|g| crate::glob::matches(g, te.id));
        if intended {
            self.out.remove(from + i);
            return false;
        }
        let d = &mut self.out[from + i];
        d.help = Some(format!(
            "translate it; if the text is the same in {}, put `# polyguide: same-as-source` on the line above the entry (or list the id under `same-as-source` in polyguide.toml)",
            self.locale
        ));
        // Off or ignored by the configuration: the copy is accepted as a translation. In a
        // plain Fluent project (Pontoon and the like write only what translators entered) a
        // copy is usually deliberate, so it is reported but still counts, as compare-locales
        // counts it; in a guide workspace, where translations start from the template, it
        // counts as missing.
        self.project.tracks_every_locale && self.project.policy.apply(d.clone()).is_some()
    }

    /// `obsolete-message` for the entries of `t` its source file lacks.
    fn obsolete(
        &mut self,
        sf: &SourceFileFacts,
        t: &TranslationFile,
        obsolete: &[&ftl::EntryInfo],
    ) {
        // A misspelt id is most likely one the file does not translate yet; that list is
        // made only when some id is obsolete.
        let mut untranslated: Option<Vec<&str>> = None;
        for te in obsolete {
            let default = rules::obsolete_message::RULE.default_severity;
            let Some(severity) = self
                .project
                .ws
                .filter(self.locale, t.path, Some(te.id), default)
            else {
                continue;
            };
            self.summary.obsolete += 1;
            let candidates = untranslated.get_or_insert_with(|| {
                sf.entries
                    .iter()
                    .map(|e| e.info.id)
                    .filter(|id| !t.first.contains(id))
                    .collect()
            });
            let d = rules::obsolete_message::diagnostic(self.locale, t, te, candidates);
            self.out.push(d.with_severity(severity));
        }
    }

    /// A translation file with no source file: every entry is obsolete, unless the file
    /// belongs to a source part that did not load (its source is unknown, not gone).
    fn orphan(&mut self, t: &TranslationFile) {
        if self.project.broken_source_of(self.locale, t.path).is_some() {
            return;
        }
        for &k in &t.first.order {
            let te = &t.parsed.entries[k];
            let default = rules::obsolete_message::RULE.default_severity;
            if let Some(severity) =
                self.project
                    .ws
                    .filter(self.locale, t.path, Some(te.id), default)
            {
                self.summary.obsolete += 1;
                let d = rules::obsolete_message::orphan(self.locale, t, te);
                self.out.push(d.with_severity(severity));
            }
        }
    }

    /// Applies the configuration, counts, and collects the worklist and snippet texts.
    fn finish(mut self) -> Batch {
        let diagnostics = self.project.policy.finish(std::mem::take(&mut self.out));
        let (standings, current) = self.standings(&diagnostics);
        let s = &mut self.summary;
        s.complete = percent(current, s.total);
        for d in &diagnostics {
            match d.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => {}
            }
        }
        let stale = diagnostics
            .iter()
            .filter_map(|d| d.stale.as_deref().cloned())
            .collect();
        // Snippets need the text of the files findings point into; those indexes were built.
        let mut sources = BTreeMap::new();
        for f in self.files {
            if let Some(index) = f.index.built() {
                sources.insert(f.path.to_string(), index.clone());
            }
        }
        Batch {
            diagnostics,
            summary: Some(self.summary),
            stale,
            sources,
            standings,
        }
    }

    /// Every translation that is not current, with why: an error-severity finding (after
    /// the configuration) outweighs the rest; a stale or unstamped one notes whether its own
    /// finding is an error. With the number of current translations.
    fn standings(&self, diagnostics: &[Diagnostic]) -> (Vec<(String, Standing)>, usize) {
        use rules::RuleId::{StaleTranslation, UnstampedTranslation};
        let mut errors = rustc_hash::FxHashSet::default();
        let mut unreviewed_errors = rustc_hash::FxHashSet::default();
        for d in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
            let Some(id) = d.id.as_deref() else { continue };
            if matches!(d.rule, StaleTranslation | UnstampedTranslation) {
                unreviewed_errors.insert(id);
            } else {
                errors.insert(id);
            }
        }
        let current = self.current.iter().map(|id| (*id, Standing::Current));
        let mut out: Vec<(String, Standing)> = Vec::new();
        let mut current_count = 0;
        for (id, standing) in self.standings.iter().copied().chain(current) {
            let standing = match standing {
                Standing::Empty => Standing::Empty,
                _ if errors.contains(id) => Standing::Error,
                Standing::Stale { .. } => Standing::Stale {
                    error: unreviewed_errors.contains(id),
                },
                Standing::Unstamped { .. } => Standing::Unstamped {
                    error: unreviewed_errors.contains(id),
                },
                other => other,
            };
            if standing == Standing::Current {
                current_count += 1;
            } else {
                out.push((id.to_string(), standing));
            }
        }
        (out, current_count)
    }
}

/// The comment that marks an entry as the same as the source on purpose.
pub const SAME_AS_SOURCE: &str = "polyguide: same-as-source";

/// True if the entry's own comment (the `#` lines right above it) has the marker line.
fn marked_same_as_source(t: &TranslationFile, te: &ftl::EntryInfo) -> bool {
    use fluent_syntax::ast::Entry;
    let comment = match &t.parsed.resource.body[te.index] {
        Entry::Message(m) => m.comment.as_ref(),
        Entry::Term(m) => m.comment.as_ref(),
        _ => None,
    };
    comment.is_some_and(|c| c.content.iter().any(|line| line.trim() == SAME_AS_SOURCE))
}

/// True if a junk entry of `t` starts with `id`: the translator wrote the message, but it
/// does not parse.
fn junk_defines(t: &TranslationFile, id: &str) -> bool {
    t.parsed.junk.iter().any(|j| {
        let text = t.text[j.span.clone()].trim_start();
        text.strip_prefix(id).is_some_and(|rest| {
            rest.is_empty() || rest.starts_with([' ', '\t', '=', '\n', '\r', '.', '{'])
        })
    })
}

fn load_sources(ws: &Workspace, diagnostics: &[Diagnostic]) -> BTreeMap<String, LineIndex> {
    let mut out = BTreeMap::new();
    for d in diagnostics.iter().filter(|d| d.span.is_some()) {
        if out.contains_key(&d.path) {
            continue;
        }
        if let Ok(bytes) = crate::fsx::read_file(&ws.root.join(&d.path)) {
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
