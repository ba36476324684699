//! The lint pipeline: load, align each locale with the source, run the checks, summarize.
//!
//! discover workspace → load content → derive the source catalog → for each locale: parse its
//! FTL files with positions, align them with the source by file and id, run the checks →
//! apply the configured severities → sort. Every finding is a [`Diagnostic`]; a broken file
//! is a finding and the run goes on.

use crate::catalog::{self, SourceCatalog, SourceFile};
use crate::checks::{self, EntryCtx, LocaleEnv, PairCtx};
use crate::content::{self, ContentSet};
use crate::diagnostic::{Diagnostic, LineIndex, Severity};
use crate::ftl::{self, ParsedFtl};
use crate::pattern::Parts;
use crate::rules;
use crate::stamps::{self, Stamp, StampFile, State};
use crate::workspace::Workspace;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

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
    /// Sorted by path, line, column and rule; severities already resolved from the config.
    pub diagnostics: Vec<Diagnostic>,
    /// One summary per translation locale, in configuration order.
    pub locales: Vec<LocaleSummary>,
    /// The text of every file a finding points into, for rendering snippets.
    pub sources: BTreeMap<String, LineIndex>,
    /// The translators' worklist: stale translations, safety items first.
    pub stale: Vec<StaleItem>,
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
    /// Messages and terms in the source catalog.
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
}

/// Why `locales` could not be linted as asked.
#[derive(Debug, thiserror::Error)]
pub enum LintError {
    #[error("unknown locale `{0}`: the configured locales are {1}")]
    UnknownLocale(String, String),
}

/// Everything loaded before the per-locale work: content, catalog and the parsed source.
pub struct Loaded {
    pub content: ContentSet,
    pub catalog: SourceCatalog,
}

/// Loads the content and the source catalog of a workspace.
pub fn load(ws: &Workspace) -> Loaded {
    let content = content::load_all(&ws.content_dir(), &ws.config.content_dir);
    let catalog = catalog::load(ws, &content);
    Loaded { content, catalog }
}

/// Runs every check on the workspace.
pub fn run(ws: &Workspace, options: &LintOptions) -> Result<LintOutcome, LintError> {
    let locales = selected_locales(ws, &options.locales)?;
    let loaded = load(ws);
    let mut diagnostics = loaded.content.diagnostics.clone();
    diagnostics.extend(loaded.catalog.diagnostics.iter().cloned());

    let sources: Vec<ParsedFtl> = loaded
        .catalog
        .files
        .iter()
        .map(|f| ftl::parse(&f.text))
        .collect();
    let source_side = SourceSide::new(ws, &loaded.catalog, &sources);
    diagnostics.extend(source_side.diagnostics(ws));

    let mut summaries = Vec::new();
    let mut stale = Vec::new();
    for locale in &locales {
        let result = lint_locale(ws, &loaded.content, &source_side, locale);
        diagnostics.extend(result.diagnostics);
        summaries.push(result.summary);
        stale.extend(result.stale);
    }

    let diagnostics = resolve_severities(ws, diagnostics);
    for item in &mut stale {
        if let Some(severity) = ws.severity_of(rules::stale_translation::RULE.name, item.severity) {
            item.severity = severity;
        }
    }
    // Safety items first, then by locale (in configuration order), file and line.
    let order: HashMap<&str, usize> = locales
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i))
        .collect();
    stale.sort_by(|a, b| {
        (b.severity, order.get(a.locale.as_str()), &a.path, a.line).cmp(&(
            a.severity,
            order.get(b.locale.as_str()),
            &b.path,
            b.line,
        ))
    });
    for summary in &mut summaries {
        for d in diagnostics
            .iter()
            .filter(|d| d.locale.as_deref() == Some(summary.locale.as_str()))
        {
            match d.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
                Severity::Info => {}
            }
        }
    }
    let sources = load_sources(ws, &diagnostics, &loaded.catalog);
    Ok(LintOutcome {
        diagnostics,
        locales: summaries,
        sources,
        stale,
    })
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
    for (_, path) in ftl::find_files(&ws.locales_dir().join(locale), &ws.locale_rel_dir(locale)) {
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

/// The source catalog parsed, with its entries indexed by file and id.
pub struct SourceSide<'c, 's> {
    pub catalog: &'c SourceCatalog,
    pub parsed: &'s [ParsedFtl<'c>],
    /// rel path → index in `catalog.files`.
    pub by_rel: HashMap<&'c str, usize>,
    /// What the source locale defines.
    pub env: LocaleEnv,
}

impl<'c, 's> SourceSide<'c, 's> {
    pub fn new(ws: &Workspace, catalog: &'c SourceCatalog, parsed: &'s [ParsedFtl<'c>]) -> Self {
        let by_rel = catalog
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.rel.as_str(), i))
            .collect();
        let mut env = LocaleEnv {
            locale: None,
            plural_categories: checks::plural_categories(&ws.config.source_locale),
            ..Default::default()
        };
        for (file, p) in catalog.files.iter().zip(parsed) {
            env.define_from(p);
            for entry in p.entries.iter().filter(|e| e.is_term) {
                if let Some(value) = plain_value(p, entry) {
                    env.source_terms
                        .entry(entry.id.to_string())
                        .or_insert(value);
                }
            }
            let _ = file;
        }
        SourceSide {
            catalog,
            parsed,
            by_rel,
            env,
        }
    }

    /// Number of source messages and terms (first definitions only).
    pub fn total(&self) -> usize {
        self.parsed.iter().map(|p| unique_entries(p).len()).sum()
    }

    /// Syntax errors and duplicate ids in hand-written source files.
    fn diagnostics(&self, ws: &Workspace) -> Vec<Diagnostic> {
        let files: Vec<(&str, &str, &ParsedFtl)> = self
            .catalog
            .files
            .iter()
            .zip(self.parsed)
            .filter(|(f, _)| !f.is_guide)
            .map(|(f, p)| (f.path.as_str(), f.text.as_str(), p))
            .collect();
        let _ = ws;
        let mut out = file_checks(&files, None);
        for (file, p) in self.catalog.files.iter().zip(self.parsed) {
            let index = LineIndex::new(&file.text);
            let mut found = Vec::new();
            entry_checks(&self.env, &file.path, &file.text, &index, p, &mut found);
            out.extend(found.into_iter().map(|d| {
                if file.is_guide {
                    file.map_to_origin(d)
                } else {
                    d
                }
            }));
        }
        out
    }
}

/// A term's value when it is plain text (no placeables): what a hard-coded copy looks like.
fn plain_value(parsed: &ParsedFtl, entry: &ftl::EntryInfo) -> Option<String> {
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

/// Runs the entry checks on every entry of a parsed file.
fn entry_checks(
    env: &LocaleEnv,
    path: &str,
    text: &str,
    index: &LineIndex,
    parsed: &ParsedFtl,
    out: &mut Vec<Diagnostic>,
) {
    for entry in &parsed.entries {
        let Some(parts) = Parts::of_entry(&parsed.resource.body[entry.index]) else {
            continue;
        };
        let ctx = EntryCtx {
            env,
            path,
            text,
            index,
            id: entry.id,
            is_term: entry.is_term,
            id_span: entry.id_span.clone(),
            parts,
        };
        checks::check_entry(&ctx, out);
    }
}

/// What a locale defines through its fallback chain, and what its checks need.
fn locale_env(
    ws: &Workspace,
    locale: &str,
    own: &[(&str, &str, &ParsedFtl)],
    source: &SourceSide,
) -> LocaleEnv {
    let mut env = LocaleEnv {
        locale: Some(locale.to_string()),
        plural_categories: checks::plural_categories(locale),
        source_terms: source.env.source_terms.clone(),
        ..Default::default()
    };
    for (_, _, p) in own {
        env.define_from(p);
    }
    for fallback in ws.fallback_chain(locale) {
        if fallback == ws.config.source_locale {
            break;
        }
        for (_, path) in ftl::find_files(
            &ws.locales_dir().join(&fallback),
            &ws.locale_rel_dir(&fallback),
        ) {
            if let Ok(text) = read_ftl(ws, &path) {
                env.define_from(&ftl::parse(&text));
            }
        }
    }
    for (id, attrs) in &source.env.defined {
        env.defined
            .entry(id.clone())
            .or_insert_with(|| attrs.clone());
    }
    env
}

/// Entries of a parsed file, first definition of each id only.
fn unique_entries<'p, 's>(parsed: &'p ParsedFtl<'s>) -> Vec<&'p ftl::EntryInfo<'s>> {
    let mut seen = std::collections::HashSet::new();
    parsed
        .entries
        .iter()
        .filter(|e| seen.insert(e.id))
        .collect()
}

/// `syntax-error` for each junk entry and `duplicate-id` across the files of one locale.
fn file_checks(files: &[(&str, &str, &ParsedFtl)], locale: Option<&str>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut first: HashMap<&str, (&str, u32)> = HashMap::new();
    for (path, text, parsed) in files {
        let index = LineIndex::new(text);
        for junk in &parsed.junk {
            let d = Diagnostic::at(
                &rules::syntax_error::RULE,
                path,
                &index,
                junk.error_span.clone(),
                format!("invalid Fluent: {}", junk.message),
            )
            .with_locale(locale)
            .with_help("this entry is skipped; fix it so that it is loaded");
            out.push(d);
        }
        for entry in &parsed.entries {
            match first.get(entry.id) {
                Some((first_path, first_line)) => {
                    let where_ = if first_path == path {
                        format!("line {first_line}")
                    } else {
                        format!("{first_path}:{first_line}")
                    };
                    out.push(
                        Diagnostic::at(
                            &rules::duplicate_id::RULE,
                            path,
                            &index,
                            entry.id_span.clone(),
                            format!("`{}` is already defined at {where_}", entry.id),
                        )
                        .with_locale(locale)
                        .with_id(entry.id)
                        .with_help("keep one definition"),
                    );
                }
                None => {
                    first.insert(entry.id, (path, index.line_col(entry.id_span.start).0));
                }
            }
        }
    }
    out
}

/// A translation file of one locale, read and decoded (or the finding that it could not be).
struct TranslationFile {
    rel: String,
    path: String,
    text: Result<String, Box<Diagnostic>>,
}

/// What one locale's lint produced.
struct LocaleResult {
    diagnostics: Vec<Diagnostic>,
    summary: LocaleSummary,
    stale: Vec<StaleItem>,
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

fn lint_locale(
    ws: &Workspace,
    content: &ContentSet,
    source: &SourceSide,
    locale: &str,
) -> LocaleResult {
    let rel_dir = ws.locale_rel_dir(locale);
    let files: Vec<TranslationFile> = ftl::find_files(&ws.locales_dir().join(locale), &rel_dir)
        .into_iter()
        .map(|(rel, path)| {
            let text = read_ftl(ws, &path).map_err(|d| Box::new(d.with_locale(Some(locale))));
            TranslationFile { rel, path, text }
        })
        .collect();
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut stale = Vec::new();
    let stamp_file = load_stamps(ws, locale).unwrap_or_else(|d| {
        out.push(*d);
        None
    });
    let parsed: Vec<Option<ParsedFtl>> = files
        .iter()
        .map(|f| match &f.text {
            Ok(text) => Some(ftl::parse(text)),
            Err(d) => {
                out.push((**d).clone());
                None
            }
        })
        .collect();
    let readable: Vec<(&str, &str, &ParsedFtl)> = files
        .iter()
        .zip(&parsed)
        .filter_map(|(f, p)| Some((f.path.as_str(), f.text.as_deref().ok()?, p.as_ref()?)))
        .collect();
    out.extend(file_checks(&readable, Some(locale)));
    let env = locale_env(ws, locale, &readable, source);
    for (path, text, p) in &readable {
        let index = LineIndex::new(text);
        entry_checks(&env, path, text, &index, p, &mut out);
    }

    let mut summary = LocaleSummary {
        locale: locale.to_string(),
        total: source.total(),
        ..Default::default()
    };
    let by_rel: HashMap<&str, usize> = files
        .iter()
        .enumerate()
        .map(|(i, f)| (f.rel.as_str(), i))
        .collect();

    for (source_file, source_parsed) in source.catalog.files.iter().zip(source.parsed) {
        let source_entries = unique_entries(source_parsed);
        let Some(&i) = by_rel.get(source_file.rel.as_str()) else {
            summary.missing += source_entries.len();
            if !source_entries.is_empty() {
                out.push(missing_file(ws, locale, source_file, source_entries.len()));
            }
            continue;
        };
        let (file, Some(parsed)) = (&files[i], &parsed[i]) else {
            // Unreadable: already reported; its messages count as missing.
            summary.missing += source_entries.len();
            continue;
        };
        let text = file.text.as_deref().unwrap_or("");
        let index = LineIndex::new(text);
        let translated: HashMap<&str, &ftl::EntryInfo> = unique_entries(parsed)
            .into_iter()
            .map(|e| (e.id, e))
            .collect();
        let end = text.len();
        for s in &source_entries {
            match translated.get(s.id) {
                None => {
                    summary.missing += 1;
                    out.push(missing_message(
                        locale,
                        &file.path,
                        &index,
                        end,
                        source_file,
                        source_parsed,
                        s,
                    ));
                }
                Some(t) => {
                    let (source_value, _) = source_parsed.parts(s);
                    let (value, _) = parsed.parts(t);
                    if ftl::pattern_is_blank(value) && !ftl::pattern_is_blank(source_value) {
                        out.push(
                            Diagnostic::at(
                                &rules::empty_translation::RULE,
                                &file.path,
                                &index,
                                t.id_span.clone(),
                                format!("`{}` is translated as an empty text", t.id),
                            )
                            .with_locale(Some(locale))
                            .with_id(t.id)
                            .with_help("translate it, or delete the entry so that the fallback language is used"),
                        );
                    } else {
                        summary.translated += 1;
                        let pair = (
                            Parts::of_entry(&source_parsed.resource.body[s.index]),
                            Parts::of_entry(&parsed.resource.body[t.index]),
                        );
                        if let (Some(source_parts), Some(parts)) = pair {
                            let ctx = PairCtx {
                                translation: EntryCtx {
                                    env: &env,
                                    path: &file.path,
                                    text,
                                    index: &index,
                                    id: t.id,
                                    is_term: t.is_term,
                                    id_span: t.id_span.clone(),
                                    parts,
                                },
                                source: source_parts,
                            };
                            checks::check_pair(&ctx, &mut out);
                        }
                        if let Some(stamp_file) = &stamp_file {
                            let source_text = ftl::entry_value_text(&source_file.text, s);
                            match stamps::state(stamp_file.stamps.get(s.id), source_text) {
                                State::Current => {}
                                State::Unstamped => out.push(
                                    Diagnostic::at(
                                        &rules::unstamped_translation::RULE,
                                        &file.path,
                                        &index,
                                        t.id_span.clone(),
                                        format!("`{}` has no stamp yet", t.id),
                                    )
                                    .with_locale(Some(locale))
                                    .with_id(t.id)
                                    .with_help(format!(
                                        "after review, run `polyguide accept {locale} {}`",
                                        t.id
                                    )),
                                ),
                                State::Stale(stamp) => {
                                    summary.stale += 1;
                                    let item = stale_item(
                                        locale,
                                        &file.path,
                                        &index,
                                        text,
                                        t,
                                        stamp,
                                        source_text,
                                        source_file,
                                    );
                                    out.push(
                                        Diagnostic::at(
                                            &rules::stale_translation::RULE,
                                            &file.path,
                                            &index,
                                            t.id_span.clone(),
                                            format!("`{}` is stale: the source changed since it was translated", t.id),
                                        )
                                        .with_severity(item.severity)
                                        .with_locale(Some(locale))
                                        .with_id(t.id)
                                        .with_help(format!("source change: {}", item.diff)),
                                    );
                                    stale.push(item);
                                }
                            }
                        }
                    }
                }
            }
        }
        if source_file.complete {
            let known: std::collections::HashSet<&str> =
                source_entries.iter().map(|e| e.id).collect();
            for t in unique_entries(parsed) {
                if !known.contains(t.id) {
                    summary.obsolete += 1;
                    out.push(obsolete(locale, &file.path, &index, t, &known));
                }
            }
        }
    }

    // Translation files with no source file: every entry is obsolete, unless the file belongs
    // to a guide that could not be loaded (its source is unknown, not gone).
    for (file, parsed) in files.iter().zip(&parsed) {
        let Some(parsed) = parsed else { continue };
        if source.by_rel.contains_key(file.rel.as_str()) {
            continue;
        }
        let stem = file.rel.strip_suffix(".ftl").unwrap_or(&file.rel);
        if content.has_guide_file(stem) {
            continue;
        }
        let text = file.text.as_deref().unwrap_or("");
        let index = LineIndex::new(text);
        let none = std::collections::HashSet::new();
        for t in unique_entries(parsed) {
            summary.obsolete += 1;
            out.push(
                obsolete(locale, &file.path, &index, t, &none).with_help(format!(
                    "there is no source file `{}`; delete this file or move its entries",
                    source_rel_path(ws, &file.rel)
                )),
            );
        }
    }

    summary.complete = percent(
        summary.translated.saturating_sub(summary.stale),
        summary.total,
    );
    LocaleResult {
        diagnostics: out,
        summary,
        stale,
    }
}

#[allow(clippy::too_many_arguments)]
fn stale_item(
    locale: &str,
    path: &str,
    index: &LineIndex,
    text: &str,
    entry: &ftl::EntryInfo,
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
        path: path.to_string(),
        line: index.line_col(entry.id_span.start).0,
        severity: if safety {
            Severity::Error
        } else {
            rules::stale_translation::RULE.default_severity
        },
        diff: stamps::word_diff_text(&stamp.source, &source),
        stamped_source: stamp.source.clone(),
        source,
        translation: ftl::entry_value_text(text, entry).to_string(),
    }
}

fn source_rel_path(ws: &Workspace, rel: &str) -> String {
    crate::workspace::join_rel(&ws.locale_rel_dir(&ws.config.source_locale), rel)
}

/// `part` of `total` as a percentage with one decimal; an empty catalog is 100 % complete.
pub fn percent(part: usize, total: usize) -> f64 {
    if total == 0 {
        return 100.0;
    }
    (part as f64 * 1000.0 / total as f64).floor() / 10.0
}

fn read_ftl(ws: &Workspace, path: &str) -> Result<String, Box<Diagnostic>> {
    let bytes = std::fs::read(ws.root.join(path)).map_err(|e| {
        Box::new(Diagnostic::file(
            &rules::syntax_error::RULE,
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

fn missing_file(ws: &Workspace, locale: &str, source: &SourceFile, count: usize) -> Diagnostic {
    let path = crate::workspace::join_rel(&ws.locale_rel_dir(locale), &source.rel);
    let noun = if count == 1 { "message" } else { "messages" };
    let help = if source.is_guide {
        format!(
            "start from the template: copy {} to {path} and translate it",
            source_rel_path(ws, &source.rel)
        )
    } else {
        format!("copy {} to {path} and translate it", source.path)
    };
    Diagnostic::file(
        &rules::missing_file::RULE,
        &path,
        format!(
            "{path} is missing: {count} {noun} of {} are untranslated",
            source.path
        ),
    )
    .with_locale(Some(locale))
    .with_help(help)
}

fn missing_message(
    locale: &str,
    path: &str,
    index: &LineIndex,
    end: usize,
    source_file: &SourceFile,
    source_parsed: &ParsedFtl,
    entry: &ftl::EntryInfo,
) -> Diagnostic {
    let source_text = entry_source_text(source_file, source_parsed, entry);
    let mut d = Diagnostic::at(
        &rules::missing_message::RULE,
        path,
        index,
        end..end,
        format!("`{}` is not translated", entry.id),
    )
    .with_locale(Some(locale))
    .with_id(entry.id)
    .with_help(format!("the source reads: {source_text}"));
    d.span = None;
    d
}

fn obsolete(
    locale: &str,
    path: &str,
    index: &LineIndex,
    entry: &ftl::EntryInfo,
    known: &std::collections::HashSet<&str>,
) -> Diagnostic {
    let help = crate::suggest::nearest(entry.id, known.iter().copied())
        .map(|s| format!("did you mean `{s}`?"))
        .unwrap_or_else(|| {
            "the source no longer has it: delete it, or move the translation to the item's new id"
                .into()
        });
    Diagnostic::at(
        &rules::obsolete_message::RULE,
        path,
        index,
        entry.id_span.clone(),
        format!("`{}` is not in the source", entry.id),
    )
    .with_locale(Some(locale))
    .with_id(entry.id)
    .with_help(help)
}

/// The source text of an entry, one line, for help messages.
fn entry_source_text(file: &SourceFile, parsed: &ParsedFtl, entry: &ftl::EntryInfo) -> String {
    if let Some(item) = file.items.get(entry.id) {
        return item
            .text
            .value
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
    }
    let _ = parsed;
    let start = entry.id_span.start;
    let line = file.text[start..].lines().next().unwrap_or("");
    line.split_once('=')
        .map(|(_, v)| v.trim())
        .unwrap_or(line)
        .to_string()
}

fn resolve_severities(ws: &Workspace, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
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

fn load_sources(
    ws: &Workspace,
    diagnostics: &[Diagnostic],
    catalog: &SourceCatalog,
) -> BTreeMap<String, LineIndex> {
    let _ = catalog;
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
