//! `polyguide export`: per-language bundles for apps.
//!
//! For the source locale and every configured locale, each guide becomes
//! `DIR/<locale>/<guide-id>.json` (the structure with every text resolved and a per-item
//! status) and `DIR/<locale>/<guide-id>.ftl` (a complete Fluent resource: every message
//! present, missing ones filled from the fallback chain, the terms and messages it references
//! included). Hand-written source files are exported as complete FTL at their relative
//! path. `DIR/manifest.json` lists each locale's direction, fallback chain, completeness,
//! counts and files with their SHA-256.
//!
//! Output is deterministic (sorted keys, no timestamps) and every file is written
//! atomically. Locale ids are validated BCP 47 tags, guide ids kebab-case, and every other
//! relative path is checked to stay inside DIR.

use crate::catalog::{ItemKind, SourceFile};
use crate::diagnostic::Severity;
use crate::ftl::{self, ParsedFtl};
use crate::lint::{self, LintOptions};
use crate::pattern;
use crate::project::{Project, Stamps};
use crate::workspace::{Layout, Workspace};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

/// Bumped when a field of the bundle or manifest changes meaning or disappears.
/// 2: a locale's FTL files define each id once and are loaded together (`resources`);
/// `complete` is computed from `counts`; `held_back`; notes carry `position`.
pub const FORMAT: u32 = 2;

/// The JSON Schemas of [`FORMAT`], written to `DIR/schemas/` with every export.
pub const SCHEMAS: [(&str, &str); 2] = [
    (
        "manifest.schema.json",
        include_str!("../schema/manifest.schema.json"),
    ),
    (
        "guide-bundle.schema.json",
        include_str!("../schema/guide-bundle.schema.json"),
    ),
];

/// What to export, and how.
#[derive(Clone, Debug)]
pub struct ExportOptions {
    pub out: PathBuf,
    /// Only these locales (empty: the source and every configured locale).
    pub locales: Vec<String>,
}

/// What an export did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExportReport {
    /// Files written, relative to the output directory.
    pub written: Vec<String>,
    /// Locales not exported, with the reason; their earlier bundles were left untouched.
    pub skipped: Vec<(String, String)>,
    /// Broken files that kept locales from being exported (`locale` None: every locale),
    /// with the reason. While any is listed, export has failed (exit 1).
    pub broken: Vec<(Option<String>, String)>,
    /// Files of an earlier export that no longer belong (a removed guide or locale), removed.
    pub removed: Vec<String>,
    /// Per locale, the translations not shipped (fallback text instead), with why:
    /// "error" (an error-severity finding), "copy" (identical to the source), "stale"
    /// (`[export] stale = "fallback"`).
    pub held_back: Vec<(String, Vec<(String, &'static str)>)>,
    /// What export repaired on the way: temporary files of a killed run, a corrupt manifest.
    pub notes: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{0} exists and is not a directory")]
    NotADirectory(String),
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Lint(#[from] lint::LintError),
    #[error("refusing to write `{0}`: the path would leave the output directory")]
    UnsafePath(String),
    #[error("refusing to export into {out}: it {relation} {what}, and export would overwrite what is there; choose another directory (e.g. `dist`)")]
    Overlap {
        out: String,
        relation: &'static str,
        what: String,
    },
}

/// The status of one exported text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Current,
    Stale,
    Fallback,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Current => "current",
            Status::Stale => "stale",
            Status::Fallback => "fallback",
        }
    }
}

/// A message as exported: its entry text, status and the locale it came from.
type Resolved = (String, Status, String);

/// One locale's own definitions: id → (entry text, status), only the usable ones.
type Usable = HashMap<String, (String, Status)>;

/// Runs the export.
pub fn export(project: &Project, options: &ExportOptions) -> Result<ExportReport, ExportError> {
    let ws = project.ws;
    let out = &options.out;
    if out.exists() && !out.is_dir() {
        return Err(ExportError::NotADirectory(out.display().to_string()));
    }
    check_out_dir(ws, out)?;
    let targets = target_locales(ws, &options.locales)?;
    if !project.broken.is_empty() {
        // Every locale's bundle depends on the source: write nothing, keep the old export.
        let mut report = ExportReport::default();
        for line in project.describe_broken() {
            report.broken.push((None, line));
        }
        return Ok(report);
    }
    let facts = LintFacts::gather(project)?;
    let parsed: Vec<ParsedFtl> = project
        .catalog
        .files
        .iter()
        .map(|f| ftl::parse(&f.text))
        .collect();
    // A source message with an error, or an id the source defines in two files (then the
    // locale's resources would not load into one bundle, whatever the configuration says),
    // is a broken part of the source, like a guide that does not load: nothing is written.
    let duplicates = duplicated_source_ids(project, &parsed);
    let mut broken: Vec<String> = duplicates.iter().map(|(_, line)| line.clone()).collect();
    broken.extend(facts.source_errors.iter().filter_map(|(line, id)| {
        let known = id
            .as_ref()
            .is_some_and(|id| duplicates.iter().any(|(d, _)| d == id));
        (!known).then(|| line.clone())
    }));
    if !broken.is_empty() {
        return Ok(ExportReport {
            broken: broken.into_iter().map(|line| (None, line)).collect(),
            ..Default::default()
        });
    }
    // One export per output directory at a time; the kernel drops the lock if we die.
    let what = format!("the output directory {}", out.display());
    let _lock = crate::fsx::DirLock::acquire(out, &what, crate::fsx::LOCK_TIMEOUT)
        .map_err(|e| io(out, e))?;
    let mut report = ExportReport::default();
    let leftovers = crate::fsx::remove_leftovers(out);
    if leftovers > 0 {
        report.notes.push(format!(
            "removed {leftovers} temporary file(s) of an earlier export that was interrupted"
        ));
    }
    let (previous, targets) = match read_manifest(&out.join("manifest.json")) {
        Previous::Valid(map) => (map, targets),
        Previous::Absent => (Map::new(), targets),
        Previous::Corrupt(why) => {
            report.notes.push(format!(
                "manifest.json could not be read ({why}): every locale is exported to rebuild it"
            ));
            (Map::new(), all_with_source(ws))
        }
    };
    let mut exporter = Exporter {
        project,
        out,
        source_usable: source_usable(&project.catalog.files, &parsed),
        source_entries: source_entries(&project.catalog.files, &parsed),
        parsed: &parsed,
        fallback_targets: ws
            .config
            .locales
            .iter()
            .flat_map(|l| ws.fallback_chain(l))
            .collect(),
        kept: HashMap::new(),
        held: HashMap::new(),
        invalid: invalid_stamps(project, &all_with_source(ws)),
        previous,
        manifest: Map::new(),
        report,
        facts,
    };
    let locales = all_with_source(ws);
    for (i, locale) in locales.iter().enumerate() {
        if !targets.contains(locale) {
            exporter.keep_previous(locale);
            continue;
        }
        if let Err(e) = exporter.locale(locale) {
            // Locales before this one are on disk already: the manifest must say so. This
            // one and the rest keep their earlier entries, hashed from what is on disk now.
            for l in &locales[i..] {
                exporter.keep_previous(l);
            }
            let _ = exporter.write_manifest();
            return Err(e);
        }
    }
    exporter.finish()
}

/// The locales to export: the source and every configured locale, or the `--locale`
/// selection (checked).
fn target_locales(ws: &Workspace, wanted: &[String]) -> Result<Vec<String>, ExportError> {
    let mut targets = all_with_source(ws);
    if !wanted.is_empty() {
        for l in wanted {
            if !targets.contains(l) {
                return Err(lint::LintError::UnknownLocale(l.clone(), targets.join(", ")).into());
            }
        }
        targets.retain(|t| wanted.contains(t));
    }
    Ok(targets)
}

/// What export needs of the lint: the source side's error-severity findings, and per locale
/// how each translation that is not current stands ([`lint::Standing`]): what is held back
/// and what ships as stale. `status` counts completeness from the same standings.
struct LintFacts {
    /// The source side's error-severity findings (after the configuration), one line each:
    /// a broken part of the source, like a guide that does not load.
    source_errors: Vec<(String, Option<String>)>,
    standings: HashMap<String, HashMap<String, lint::Standing>>,
}

impl LintFacts {
    /// Lints every locale: fallback locales decide what others ship.
    fn gather(project: &Project) -> Result<LintFacts, ExportError> {
        let mut facts = LintFacts {
            source_errors: Vec::new(),
            standings: HashMap::new(),
        };
        let sink = &mut |batch: lint::Batch, _| match &batch.summary {
            None => {
                let errors = batch
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == Severity::Error);
                for d in errors {
                    let line = format!(
                        "{}:{}:{}: {} [{}]: the source has an error, so no bundle is written",
                        d.path, d.line, d.column, d.message, d.rule
                    );
                    facts.source_errors.push((line, d.id.clone()));
                }
            }
            Some(summary) => {
                let standings = facts.standings.entry(summary.locale.clone()).or_default();
                standings.extend(batch.standings);
            }
        };
        lint::run_streaming(project, &LintOptions::default(), &|_| String::new(), sink)?;
        Ok(facts)
    }
}

/// One export run: what every locale's bundle reads, and what has been written.
struct Exporter<'a> {
    project: &'a Project<'a>,
    out: &'a Path,
    facts: LintFacts,
    parsed: &'a [ParsedFtl<'a>],
    source_usable: Usable,
    /// Where every id is defined in the source (for transitive references).
    source_entries: BTreeMap<String, String>,
    /// Locales others fall back to: their usable entries are kept once read.
    fallback_targets: HashSet<String>,
    kept: HashMap<String, Usable>,
    /// What each kept locale holds back: (id, reason).
    held: HashMap<String, Vec<(String, &'static str)>>,
    /// Locales whose stamps file is invalid, with why.
    invalid: HashMap<String, String>,
    previous: Map<String, Value>,
    manifest: Map<String, Value>,
    report: ExportReport,
}

impl<'a> Exporter<'a> {
    /// The locale is not exported this time: its earlier manifest entry stays, with each
    /// file's SHA-256 taken from disk (a killed export may have replaced some files after
    /// the manifest was written) and files that are gone left out. Files of a guide or
    /// source file that no longer exists leave it too (and are removed by [`Self::finish`]):
    /// they would not be written now, for any locale.
    fn keep_previous(&mut self, locale: &str) {
        let Some(mut entry) = self.previous.get(locale).cloned() else {
            // Files of an earlier export that no manifest lists any more (it was unreadable):
            // say so, rather than let "its earlier bundle is kept" suggest an app finds them.
            if self.out.join(locale).is_dir() {
                self.report.notes.push(format!(
                    "{locale}: earlier files are in {}, but no manifest entry lists them (the earlier manifest was unreadable); they are listed again once {locale} is exported",
                    self.out.join(locale).display()
                ));
            }
            return;
        };
        let belonging = self.belonging(locale);
        let mut gone = 0;
        if let Some(resources) = entry.get_mut("resources").and_then(Value::as_array_mut) {
            resources.retain(|r| r.as_str().is_some_and(|p| belonging.contains(p)));
        }
        if let Some(files) = entry.get_mut("files").and_then(Value::as_array_mut) {
            let before = files.len();
            files.retain(|f| {
                let keep = f
                    .get("path")
                    .and_then(Value::as_str)
                    .is_some_and(|p| belonging.contains(p));
                gone += usize::from(!keep);
                keep
            });
            if gone > 0 {
                self.report.notes.push(format!(
                    "{locale}: not exported this time; {gone} file(s) of a removed guide or source file left its bundle (its counts are those of its last export: export {locale} to refresh them)"
                ));
            }
            let before = before - gone;
            files.retain_mut(|f| {
                let Some(path) = f.get("path").and_then(Value::as_str) else {
                    return false;
                };
                match on_disk(self.out, path).and_then(|p| crate::fsx::read_file(&p).ok()) {
                    Some(bytes) => {
                        f["sha256"] = Value::String(sha256(&bytes));
                        true
                    }
                    None => false,
                }
            });
            if files.len() != before {
                self.report.notes.push(format!(
                    "{locale}: {} file(s) listed in the earlier manifest are missing; left out of it",
                    before - files.len()
                ));
            }
        }
        self.manifest.insert(locale.to_string(), entry);
    }

    /// What `locale` can ship of its own: its translations of the source messages of the
    /// corresponding source files, as the lint aligned them, except those held back.
    /// With what it holds back: (id, reason), reasons "error", "copy", "stale", "unstamped".
    fn usable_of(&self, locale: &str) -> (Usable, Vec<(String, &'static str)>) {
        let none = HashMap::new();
        locale_usable(
            self.project,
            self.parsed,
            locale,
            self.facts.standings.get(locale).unwrap_or(&none),
            self.project.ws.config.export_stale_fallback,
        )
    }

    /// Exports one locale, unless its stamps (or a fallback's) are invalid or it is below
    /// `min-complete`; then its earlier bundle stays.
    fn locale(&mut self, locale: &str) -> Result<(), ExportError> {
        let ws = self.project.ws;
        if let Some(why) = blocked_by(ws, locale, &self.invalid) {
            self.report.broken.push((Some(locale.to_string()), why));
            self.keep_previous(locale);
            return Ok(());
        }
        let source_locale = &ws.config.source_locale;
        let chain: Vec<String> = if locale == source_locale {
            vec![locale.to_string()]
        } else {
            std::iter::once(locale.to_string())
                .chain(ws.fallback_chain(locale))
                .collect()
        };
        // What each locale can ship is read when its bundle is built; only the locales
        // others fall back to are kept, so memory does not grow with the number of locales.
        for l in &chain {
            let keep = l != locale || self.fallback_targets.contains(l);
            if l != source_locale && keep && !self.kept.contains_key(l) {
                let (usable, held) = self.usable_of(l);
                self.kept.insert(l.clone(), usable);
                self.held.insert(l.clone(), held);
            }
        }
        let mut held = self.held.get(locale).cloned().unwrap_or_default();
        let own = (locale != source_locale && !self.kept.contains_key(locale)).then(|| {
            let (usable, own_held) = self.usable_of(locale);
            held = own_held;
            usable
        });
        let empty = Usable::new();
        let layers: Vec<&Usable> = chain
            .iter()
            .map(|l| {
                if l == source_locale {
                    &self.source_usable
                } else {
                    self.kept.get(l).or(own.as_ref()).unwrap_or(&empty)
                }
            })
            .collect();
        let resolve = |id: &str| -> Option<Resolved> {
            for (i, (l, usable)) in chain.iter().zip(&layers).enumerate() {
                if let Some((text, status)) = usable.get(id) {
                    let status = if i == 0 { *status } else { Status::Fallback };
                    return Some((text.clone(), status, l.clone()));
                }
            }
            None
        };
        let mut written = Vec::new();
        let bundles = self.bundles(locale, &resolve, &mut written);
        let (files, counts, pending) = bundles?;
        // `complete` is computed from the counts, so the two always agree.
        let shipped = counts.values().sum::<usize>();
        let complete = lint::percent(counts["current"], shipped);
        if complete < ws.config.export_min_complete {
            self.report.skipped.push((
                locale.to_string(),
                format!(
                    "{complete:.1} % complete, below min-complete {:.1} %; its earlier bundle, if any, is kept",
                    ws.config.export_min_complete
                ),
            ));
            self.keep_previous(locale);
            return Ok(());
        }
        // The locale's files go to disk together (see [`flush`]).
        flush(self.out, pending)?;
        self.report.written.extend(written);
        // Only what this locale's bundles contain is reported as held back.
        held.retain(|(id, _)| self.source_entries.contains_key(id));
        held.sort();
        if !held.is_empty() {
            self.report
                .held_back
                .push((locale.to_string(), held.clone()));
        }
        let resources: Vec<&String> = files
            .iter()
            .map(|(p, _)| p)
            .filter(|p| p.ends_with(".ftl"))
            .collect();
        self.manifest.insert(
            locale.to_string(),
            json!({
                "direction": direction(locale),
                "fallback": chain[1..],
                "complete": complete,
                "counts": counts,
                "held_back": held.iter().map(|(id, why)| json!({"id": id, "reason": why})).collect::<Vec<_>>(),
                "resources": resources,
                "files": files.iter().map(|(p, h)| json!({"path": p, "sha256": h})).collect::<Vec<_>>(),
            }),
        );
        Ok(())
    }

    /// Where source file `file` is exported for `locale`, if it is.
    fn ftl_rel(&self, file: &SourceFile, locale: &str) -> Option<String> {
        let ws = self.project.ws;
        match &ws.layout {
            Layout::Mirror => Some(format!("{locale}/{}", file.rel)),
            Layout::L10n(_) if locale == ws.config.source_locale => Some(file.rel.clone()),
            Layout::L10n(_) => ws.translation_path(&file.rel, locale),
        }
    }

    /// Every file an export of `locale` would write now: what may stay listed for it.
    fn belonging(&self, locale: &str) -> HashSet<String> {
        let mut out = HashSet::new();
        for file in &self.project.catalog.files {
            out.extend(self.ftl_rel(file, locale));
        }
        for guide in &self.project.content.guides {
            out.insert(format!("{locale}/{}.json", guide.id));
        }
        out
    }

    /// The bundle files of one locale: (path, SHA-256) sorted, the counts by status, and
    /// the bytes to write.
    #[allow(clippy::type_complexity)]
    fn bundles(
        &self,
        locale: &str,
        resolve: &dyn Fn(&str) -> Option<Resolved>,
        written: &mut Vec<String>,
    ) -> Result<
        (
            Vec<(String, String)>,
            BTreeMap<&'static str, usize>,
            Vec<(String, Vec<u8>)>,
        ),
        ExportError,
    > {
        let mut counts: BTreeMap<&str, usize> = [("current", 0), ("stale", 0), ("fallback", 0)]
            .into_iter()
            .collect();
        let mut files = Vec::new();
        let mut pending = Vec::new();
        // Mirror layout: DIR/<locale>/<path>. An l10n.toml project keeps its own layout:
        // DIR/<the file's l10n path>, and files the project does not translate in this
        // locale are not exported for it.
        let exported: Vec<(&SourceFile, &ParsedFtl, String)> = self
            .project
            .catalog
            .files
            .iter()
            .zip(self.parsed)
            .filter_map(|(file, parsed)| Some((file, parsed, self.ftl_rel(file, locale)?)))
            .collect();
        // Every id is defined once per locale: in its own file, or, when that file is not
        // exported here, in the first file that references it.
        let mut defined: HashSet<String> = exported
            .iter()
            .flat_map(|(_, parsed, _)| parsed.entries.iter().map(|e| e.id.to_string()))
            .collect();
        let mut built = Vec::with_capacity(exported.len());
        for (file, parsed, ftl_rel) in &exported {
            let (file, parsed) = (*file, *parsed);
            let bundle =
                BundleFile::build(file, parsed, resolve, &self.source_entries, &mut defined);
            // The manifest counts what is exported, so only now, past the layout test.
            for (_, status, _) in bundle.own.values() {
                *counts.entry(status.as_str()).or_insert(0) += 1;
            }
            let ftl_text = bundle.ftl(locale, file);
            built.push((file, ftl_rel.as_str(), bundle, ftl_text));
        }
        // The JSON texts are formatted with the locale's resources loaded together, as an app
        // loads them: a guide's terms are defined in terms.ftl.
        let all_ftl: String = built.iter().map(|(.., text)| text.as_str()).collect();
        for (file, ftl_rel, bundle, ftl_text) in &built {
            let bytes = ftl_text.clone().into_bytes();
            write_file(&mut pending, ftl_rel, bytes, &mut files, written)?;
            let guide = file.is_guide.then(|| {
                let guides = &self.project.content.guides;
                guides.iter().find(|g| format!("{}.ftl", g.id) == file.rel)
            });
            if let Some(guide) = guide.flatten() {
                let json = guide_json(guide, locale, bundle, &all_ftl);
                let json_rel = format!("{locale}/{}.json", guide.id);
                let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
                text.push('\n');
                let bytes = text.into_bytes();
                write_file(&mut pending, &json_rel, bytes, &mut files, written)?;
            }
        }
        files.sort();
        Ok((files, counts, pending))
    }

    /// Writes the manifest, last, once every file it lists is on disk; then removes the files
    /// the earlier manifest listed that the new one does not (a removed guide or locale), and
    /// nothing else.
    fn finish(mut self) -> Result<ExportReport, ExportError> {
        self.write_manifest()?;
        let listed = |m: &Map<String, Value>| -> BTreeSet<String> {
            m.values()
                .filter_map(|e| e.get("files").and_then(Value::as_array))
                .flatten()
                .filter_map(|f| f.get("path").and_then(Value::as_str).map(str::to_string))
                .collect()
        };
        let now = listed(&self.manifest);
        for rel in listed(&self.previous).difference(&now) {
            let Some(path) = on_disk(self.out, rel) else {
                continue;
            };
            let regular = path.symlink_metadata().is_ok_and(|m| m.is_file());
            if regular && std::fs::remove_file(&path).is_ok() {
                self.report.removed.push(rel.clone());
                // An emptied locale directory goes too.
                let mut dir = path.parent();
                while let Some(d) = dir.filter(|d| *d != self.out) {
                    if std::fs::remove_dir(d).is_err() {
                        break;
                    }
                    dir = d.parent();
                }
            }
        }
        Ok(self.report)
    }

    fn write_manifest(&mut self) -> Result<(), ExportError> {
        // The JSON Schemas of this format, beside the manifest that names the format.
        let mut pending = Vec::new();
        let mut schemas = Vec::new();
        for (name, text) in SCHEMAS {
            let rel = format!("schemas/{name}");
            let bytes = text.as_bytes().to_vec();
            write_file(
                &mut pending,
                &rel,
                bytes,
                &mut schemas,
                &mut self.report.written,
            )?;
        }
        flush(self.out, pending)?;
        let manifest = json!({
            "format": FORMAT,
            "source_locale": self.project.ws.config.source_locale,
            "locales": self.manifest,
        });
        let mut text = serde_json::to_string_pretty(&manifest).unwrap_or_default();
        text.push('\n');
        let mut pending = Vec::new();
        let mut ignored = Vec::new();
        let bytes = text.into_bytes();
        write_file(
            &mut pending,
            "manifest.json",
            bytes,
            &mut ignored,
            &mut self.report.written,
        )?;
        flush(self.out, pending)
    }
}

/// Where every id is first defined in the source, with its entry text.
fn source_entries(files: &[SourceFile], parsed: &[ParsedFtl]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (file, parsed) in files.iter().zip(parsed) {
        for e in &parsed.entries {
            out.entry(e.id.to_string())
                .or_insert_with(|| entry_text(&file.text, e));
        }
    }
    out
}

/// Ids defined in more than one source file of a polyguide.toml project, with a line that
/// names both files. (An l10n.toml project decides which of its files load together: there,
/// files may repeat an id, as mozilla.org's pages do.)
fn duplicated_source_ids(project: &Project, parsed: &[ParsedFtl]) -> Vec<(String, String)> {
    if !matches!(project.ws.layout, Layout::Mirror) {
        return Vec::new();
    }
    let mut first: HashMap<&str, &str> = HashMap::new();
    let mut out = Vec::new();
    for (file, parsed) in project.catalog.files.iter().zip(parsed) {
        let ids: BTreeSet<&str> = parsed.entries.iter().map(|e| e.id).collect();
        for id in ids {
            match first.get(id) {
                Some(path) => out.push((
                    id.to_string(),
                    format!("`{id}` is defined in both {path} and {} [duplicate-id]: a locale's resources would not load into one bundle, so no bundle is written", file.path),
                )),
                None => {
                    first.insert(id, &file.path);
                }
            }
        }
    }
    out
}

/// Every locale of the project, the source first.
fn all_with_source(ws: &Workspace) -> Vec<String> {
    std::iter::once(ws.config.source_locale.clone())
        .chain(ws.config.locales.iter().cloned())
        .collect()
}

/// The locales whose stamps file is invalid, with the finding's text.
fn invalid_stamps(project: &Project, locales: &[String]) -> HashMap<String, String> {
    locales
        .iter()
        .filter_map(|l| match project.stamps(l) {
            Stamps::Invalid(d) => Some((l.clone(), format!("{}: {}", d.path, d.message))),
            _ => None,
        })
        .collect()
}

/// Why `locale` cannot be exported: its own stamps, or those of a locale it falls back to,
/// are invalid, so the status of its texts is unknown.
fn blocked_by(ws: &Workspace, locale: &str, invalid: &HashMap<String, String>) -> Option<String> {
    std::iter::once(locale.to_string())
        .chain(ws.fallback_chain(locale))
        .find_map(|l| invalid.get(&l))
        .map(|why| format!("the stamps are invalid ({why}); staleness is unknown, so its earlier bundle, if any, is kept"))
}

/// Refuses an output directory that is, contains or lies inside the content directory, the
/// locales directory or a locale directory: export would overwrite what users wrote.
pub fn check_out_dir(ws: &Workspace, out: &Path) -> Result<(), ExportError> {
    let out_abs = resolved(out);
    let show = |p: &Path| {
        p.strip_prefix(resolved(&ws.root))
            .map(|r| {
                if r.as_os_str().is_empty() {
                    ".".to_string()
                } else {
                    r.display().to_string()
                }
            })
            .unwrap_or_else(|_| p.display().to_string())
    };
    for (dir, what) in protected_dirs(ws) {
        let dir = resolved(&dir);
        let relation = if out_abs == dir {
            "is"
        } else if dir.starts_with(&out_abs) {
            "contains"
        } else if out_abs.starts_with(&dir) {
            "lies inside"
        } else {
            continue;
        };
        return Err(ExportError::Overlap {
            out: show(&out_abs),
            relation,
            what: format!("{what} {}", show(&dir)),
        });
    }
    Ok(())
}

/// The directories export must never write into, with what they are.
fn protected_dirs(ws: &Workspace) -> Vec<(PathBuf, &'static str)> {
    let mut dirs = Vec::new();
    match &ws.layout {
        Layout::Mirror => {
            dirs.push((ws.content_dir(), "the content directory"));
            if ws.config.locales_dir != "." {
                dirs.push((ws.locales_dir(), "the locales directory"));
            }
            for locale in all_with_source(ws) {
                dirs.push((ws.locales_dir().join(locale), "the locale directory"));
            }
        }
        Layout::L10n(_) => {
            let mut seen = HashSet::new();
            let locales = all_with_source(ws);
            let files = ws
                .source_ftl_files()
                .into_iter()
                .map(|(_, p)| p)
                .chain(locales.iter().flat_map(|l| ws.translation_files(l)));
            for path in files {
                if let Some(parent) = ws.root.join(&path).parent() {
                    if seen.insert(parent.to_path_buf()) {
                        dirs.push((parent.to_path_buf(), "the directory of the project's file"));
                    }
                }
            }
        }
    }
    dirs
}

/// An absolute path with `.`/`..` resolved and the existing part's links followed, for
/// comparing directories that may not exist yet.
pub(crate) fn resolved(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut normal = PathBuf::new();
    for c in absolute.components() {
        match c {
            Component::ParentDir => {
                normal.pop();
            }
            Component::CurDir => {}
            other => normal.push(other),
        }
    }
    // Follow links in the longest prefix that exists.
    let mut rest = Vec::new();
    let mut base = normal.as_path();
    loop {
        if let Ok(canonical) = base.canonicalize() {
            let mut out = canonical;
            for part in rest.iter().rev() {
                out.push(part);
            }
            return out;
        }
        match (base.parent(), base.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                base = parent;
            }
            _ => return normal,
        }
    }
}

/// The source locale's definitions: everything, current.
fn source_usable(files: &[SourceFile], parsed: &[ParsedFtl]) -> Usable {
    let mut out = Usable::new();
    for (file, p) in files.iter().zip(parsed) {
        for e in &p.entries {
            out.entry(e.id.to_string())
                .or_insert_with(|| (entry_text(&file.text, e), Status::Current));
        }
    }
    out
}

/// A translation locale's usable definitions: for each source file, the first definition
/// in its translation file of each of its messages (what the lint aligned and checked), as
/// the lint's [`lint::Standing`] says: current unless listed; empty ones skipped; errors and
/// copies held back; stale and unstamped ones shipped as stale, or held back when
/// `stale_falls_back` or their own finding is an error.
fn locale_usable(
    project: &Project,
    parsed_source: &[ParsedFtl],
    locale: &str,
    standings: &HashMap<String, lint::Standing>,
    stale_falls_back: bool,
) -> (Usable, Vec<(String, &'static str)>) {
    use lint::Standing;
    let ws = project.ws;
    let mut held: Vec<(String, &'static str)> = standings
        .iter()
        .filter_map(|(id, standing)| {
            let why = match *standing {
                Standing::Error => "error",
                Standing::Copy => "copy",
                Standing::Stale { error } if error || stale_falls_back => "stale",
                Standing::Unstamped { error } if error || stale_falls_back => "unstamped",
                _ => return None,
            };
            Some((id.clone(), why))
        })
        .collect();
    let withheld: HashSet<&str> = held.iter().map(|(id, _)| id.as_str()).collect();
    let mut out = Usable::new();
    let rels: Vec<&str> = project
        .catalog
        .files
        .iter()
        .map(|f| f.rel.as_str())
        .collect();
    let paths = ws.translation_paths(&rels, locale);
    for (source, path) in parsed_source.iter().zip(paths) {
        let Some(text) = path.and_then(|p| crate::align::read_ftl(ws, &p).ok()) else {
            continue;
        };
        let parsed = ftl::parse(&text);
        let wanted: HashSet<&str> = source.entries.iter().map(|e| e.id).collect();
        for e in &parsed.entries {
            if !wanted.contains(e.id) || out.contains_key(e.id) || withheld.contains(e.id) {
                continue;
            }
            let status = match standings.get(e.id) {
                None | Some(Standing::Current) => Status::Current,
                Some(Standing::Stale { .. } | Standing::Unstamped { .. }) => Status::Stale,
                Some(_) => continue,
            };
            out.insert(e.id.to_string(), (entry_text(&text, e), status));
        }
    }
    held.sort();
    (out, held)
}

/// An entry's FTL text, with LF line endings.
fn entry_text(text: &str, entry: &ftl::EntryInfo) -> String {
    text[entry.span(text)].replace("\r\n", "\n")
}

/// The resolved entries of one exported file.
struct BundleFile {
    /// The file's own messages in source order: id → (entry text, status, from locale).
    own: BTreeMap<String, Resolved>,
    order: Vec<String>,
    /// Terms and messages the file references that no exported file of the locale defines,
    /// resolved (the first file that references one carries it).
    referenced: Vec<(String, String)>,
}

impl BundleFile {
    fn build(
        file: &SourceFile,
        parsed: &ParsedFtl,
        resolve: &dyn Fn(&str) -> Option<Resolved>,
        source_entries: &BTreeMap<String, String>,
        defined: &mut HashSet<String>,
    ) -> BundleFile {
        let mut own = BTreeMap::new();
        let mut order = Vec::new();
        for e in &parsed.entries {
            if own.contains_key(e.id) {
                continue;
            }
            let resolved = resolve(e.id)
                .unwrap_or_else(|| (entry_text(&file.text, e), Status::Fallback, String::new()));
            own.insert(e.id.to_string(), resolved);
            order.push(e.id.to_string());
        }
        // Follow references transitively until everything referenced is defined somewhere in
        // the locale's resources (`defined`, shared by its files: each id once).
        let mut referenced = Vec::new();
        let mut queue: Vec<String> = own.values().map(|(t, _, _)| t.clone()).collect();
        while let Some(text) = queue.pop() {
            for id in referenced_ids(&text) {
                if defined.contains(&id) || !source_entries.contains_key(&id) {
                    continue;
                }
                defined.insert(id.clone());
                let (text, _, _) = resolve(&id).unwrap_or_else(|| {
                    (source_entries[&id].clone(), Status::Fallback, String::new())
                });
                queue.push(text.clone());
                referenced.push((id, text));
            }
        }
        referenced.sort();
        BundleFile {
            own,
            order,
            referenced,
        }
    }

    /// The complete FTL resource.
    fn ftl(&self, locale: &str, file: &SourceFile) -> String {
        let mut out = format!(
            "### {} for {locale}, exported by polyguide (format {FORMAT}).\n### Messages missing in {locale} are filled from its fallback chain.\n\n",
            file.rel
        );
        for id in &self.order {
            let (text, status, from) = &self.own[id];
            if *status == Status::Fallback {
                out.push_str(&format!("# fallback: {from}\n"));
            }
            out.push_str(text);
            out.push('\n');
        }
        if !self.referenced.is_empty() {
            out.push_str("\n## Referenced from other files\n\n");
            for (_, text) in &self.referenced {
                out.push_str(text);
                out.push('\n');
            }
        }
        out
    }
}

/// Ids of the messages and terms an FTL entry references.
fn referenced_ids(entry: &str) -> Vec<String> {
    let Ok(res) = fluent_syntax::parser::parse(entry) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for e in &res.body {
        if let Some(parts) = pattern::Parts::of_entry(e) {
            for (_, p) in parts.all() {
                out.extend(
                    pattern::references(entry, p)
                        .into_iter()
                        .map(|r| r.id.into_owned()),
                );
            }
        }
    }
    out
}

/// The guide's structure with every text resolved.
fn guide_json(
    guide: &crate::content::Guide,
    locale: &str,
    bundle: &BundleFile,
    ftl_text: &str,
) -> Value {
    let formatter = Formatter::new(locale, ftl_text);
    let item = |id: &str| -> Value {
        let Some((entry, status, from)) = bundle.own.get(id) else {
            return Value::Null;
        };
        let mut obj = Map::new();
        obj.insert("id".into(), json!(id));
        obj.insert("text".into(), json!(formatter.format(id)));
        obj.insert("status".into(), json!(status.as_str()));
        if *status == Status::Fallback {
            obj.insert("from".into(), json!(from));
        }
        let variables = entry_variables(entry);
        if !variables.is_empty() {
            let pattern = entry.split_once('=').map(|(_, v)| v.trim()).unwrap_or("");
            obj.insert("pattern".into(), json!(pattern));
            obj.insert("variables".into(), json!(variables));
        }
        Value::Object(obj)
    };
    let text_item = |kind: ItemKind, key: &str, id: String| -> Value {
        let mut v = item(&id);
        if let Value::Object(obj) = &mut v {
            obj.insert("key".into(), json!(key));
            match kind {
                ItemKind::Step { number, .. } => {
                    obj.insert("number".into(), json!(number));
                }
                ItemKind::Note(k) => {
                    obj.insert("kind".into(), json!(k.as_str()));
                }
                _ => {}
            }
        }
        v
    };
    // Notes in display order, each with its position (before or after the steps/methods).
    let notes = |notes: &[crate::content::Note], parent: &[&str]| -> Vec<Value> {
        use crate::content::NotePosition::{After, Before};
        [Before, After]
            .into_iter()
            .flat_map(|at| notes.iter().filter(move |n| n.position == at))
            .map(|n| {
                let mut segments = parent.to_vec();
                segments.push(&n.id);
                let id = crate::catalog::message_id(&segments);
                let mut v = text_item(ItemKind::Note(n.kind), &n.id, id);
                if let Value::Object(obj) = &mut v {
                    obj.insert("position".into(), json!(n.position.as_str()));
                }
                v
            })
            .collect()
    };
    let g = guide.id.as_str();
    let methods: Vec<Value> = guide
        .methods
        .iter()
        .map(|m| {
            let count = m.steps.len();
            json!({
                "key": m.id,
                "title": item(&crate::catalog::message_id(&[g, &m.id, "title"])),
                "summary": m.summary.as_ref().map(|_| item(&crate::catalog::message_id(&[g, &m.id, "summary"]))),
                "steps": m.steps.iter().enumerate().map(|(i, s)| text_item(ItemKind::Step { number: i + 1, count }, &s.id, crate::catalog::message_id(&[g, &m.id, &s.id]))).collect::<Vec<_>>(),
                "notes": notes(&m.notes, &[g, &m.id]),
            })
        })
        .collect();
    json!({
        "format": FORMAT,
        "guide": g,
        "locale": locale,
        "direction": direction(locale),
        "title": item(&crate::catalog::message_id(&[g, "title"])),
        "summary": guide.summary.as_ref().map(|_| item(&crate::catalog::message_id(&[g, "summary"]))),
        "methods": methods,
        "notes": notes(&guide.notes, &[g]),
    })
}

/// The `$variables` of an entry's value, sorted and unique.
fn entry_variables(entry: &str) -> Vec<String> {
    let Ok(res) = fluent_syntax::parser::parse(entry) else {
        return Vec::new();
    };
    let mut out = BTreeSet::new();
    for e in &res.body {
        if let Some(parts) = pattern::Parts::of_entry(e) {
            if let Some(v) = parts.value {
                out.extend(
                    pattern::variables(entry, v)
                        .into_iter()
                        .map(|(n, _)| n.to_string()),
                );
            }
        }
    }
    out.into_iter().collect()
}

/// Formats messages of one exported resource with fluent-bundle, without bidi isolation
/// marks (the JSON carries plain text; apps that embed it set direction from the bundle).
struct Formatter {
    bundle: fluent_bundle::FluentBundle<fluent_bundle::FluentResource>,
}

impl Formatter {
    fn new(locale: &str, ftl_text: &str) -> Formatter {
        let langid: unic_langid::LanguageIdentifier = locale.parse().unwrap_or_default();
        let mut bundle = fluent_bundle::FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        let resource = match fluent_bundle::FluentResource::try_new(ftl_text.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        // Duplicate ids cannot happen (one definition per id); ignore the error list.
        let _ = bundle.add_resource(resource);
        Formatter { bundle }
    }

    /// The message's value as text; variables without a value stay as `{$name}`.
    fn format(&self, id: &str) -> String {
        let Some(message) = self.bundle.get_message(id) else {
            return String::new();
        };
        let Some(pattern) = message.value() else {
            return String::new();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned()
    }
}

/// `rtl` or `ltr`, from CLDR's script data (via ICU4X): ar, he, fa, ur, ps, … are `rtl`.
pub fn direction(locale: &str) -> &'static str {
    let Ok(langid) = locale.parse::<icu_locale_core::LanguageIdentifier>() else {
        return "ltr";
    };
    if icu_locale::LocaleDirectionality::new_extended().is_right_to_left(&langid) {
        "rtl"
    } else {
        "ltr"
    }
}

/// Writes one output file atomically, after checking that its path stays inside `out`.
/// Records a file of the bundle: checks that `rel` stays inside the output directory,
/// hashes it for the manifest and queues it for [`flush`].
fn write_file(
    pending: &mut Vec<(String, Vec<u8>)>,
    rel: &str,
    bytes: Vec<u8>,
    files: &mut Vec<(String, String)>,
    written: &mut Vec<String>,
) -> Result<(), ExportError> {
    let safe = Path::new(rel)
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
        && !rel.contains('\\');
    if !safe {
        return Err(ExportError::UnsafePath(rel.to_string()));
    }
    files.push((rel.to_string(), sha256(&bytes)));
    written.push(rel.to_string());
    pending.push((rel.to_string(), bytes));
    Ok(())
}

/// The SHA-256 of some bytes, in lowercase hex.
fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Where a path listed in a manifest is, if it is a safe relative path that stays in the
/// output directory (a manifest's contents are not trusted).
fn on_disk(out: &Path, rel: &str) -> Option<PathBuf> {
    let safe = Path::new(rel)
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
        && !rel.contains('\\');
    let path = out.join(rel);
    (safe && crate::fsx::inside(out, &path, "the output directory").is_ok()).then_some(path)
}

/// Writes queued files under `out`: every file first as a synced temporary beside its target
/// ([`crate::fsx::write_temporary`]), several at once since syncing waits on the device;
/// then each is renamed over its target, and each directory is synced once. A file whose
/// bytes are already there is left alone, so a re-export touches only what changed. Every
/// target must stay inside `out`, links followed: a link `dist/fr` → elsewhere is refused.
/// The first failure in queue order is the one reported; temporaries of a failed batch are
/// removed.
fn flush(out: &Path, pending: Vec<(String, Vec<u8>)>) -> Result<(), ExportError> {
    let prepare = |(rel, bytes): &(String, Vec<u8>)| -> Result<Option<PathBuf>, ExportError> {
        let path = out.join(rel);
        let dir = path.parent().unwrap_or(out);
        if let Err(why) = crate::fsx::inside(out, dir, "the output directory") {
            return Err(io(dir, std::io::Error::other(why.to_string())));
        }
        if crate::fsx::read_file(&path).is_ok_and(|old| old == *bytes) {
            return Ok(None);
        }
        std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        crate::fsx::write_temporary(&path, bytes)
            .map(Some)
            .map_err(|e| io(&path, e))
    };
    let mut temporaries: Vec<(usize, PathBuf)> = Vec::new();
    let results = in_parallel(&pending, prepare);
    let mut failure = (results.len() != pending.len()).then(|| {
        io(
            out,
            std::io::Error::other("a writer thread stopped unexpectedly"),
        )
    });
    for (i, result) in results {
        match result {
            Ok(Some(tmp)) => temporaries.push((i, tmp)),
            Ok(None) => {}
            Err(e) if failure.is_none() => failure = Some(e),
            Err(_) => {}
        }
    }
    if let Some(e) = failure {
        for (_, tmp) in &temporaries {
            let _ = std::fs::remove_file(tmp);
        }
        return Err(e);
    }
    let mut dirs = BTreeSet::new();
    for (i, tmp) in &temporaries {
        let path = out.join(&pending[*i].0);
        if let Err(e) = std::fs::rename(tmp, &path) {
            for (_, tmp) in &temporaries {
                let _ = std::fs::remove_file(tmp);
            }
            return Err(io(&path, e));
        }
        dirs.insert(path.parent().unwrap_or(out).to_path_buf());
    }
    for dir in &dirs {
        crate::fsx::sync_dir(dir).map_err(|e| io(dir, e))?;
    }
    Ok(())
}

/// Runs `work` on every item with a few threads (syncing to disk waits on the device, not
/// the processor); the results come back in item order.
fn in_parallel<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<(usize, R)> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    const WRITERS: usize = 8;
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..WRITERS.min(items.len()))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, work(item)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    results
}

fn io(path: &Path, source: std::io::Error) -> ExportError {
    ExportError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// An earlier manifest: its locales are kept for locales not exported now, and the files it
/// lists that no longer belong are removed.
enum Previous {
    Absent,
    Valid(Map<String, Value>),
    Corrupt(String),
}

fn read_manifest(path: &Path) -> Previous {
    let bytes = match crate::fsx::read_file(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Previous::Absent,
        Err(e) => return Previous::Corrupt(e.to_string()),
    };
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(v) => match v.get("locales").and_then(Value::as_object) {
            Some(locales) => Previous::Valid(locales.clone()),
            None => Previous::Corrupt("it has no `locales` object".into()),
        },
        Err(e) => Previous::Corrupt(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_comes_from_script_data() {
        for rtl in ["ar", "he", "fa", "ur", "ps", "yi"] {
            assert_eq!(direction(rtl), "rtl", "{rtl}");
        }
        for ltr in ["en", "fr", "zh-CN", "hi", "ru", "pt-BR"] {
            assert_eq!(direction(ltr), "ltr", "{ltr}");
        }
    }

    #[test]
    fn referenced_ids_include_terms_and_messages() {
        assert_eq!(
            referenced_ids("a = { -brand } and { other.attr }"),
            ["-brand", "other"]
        );
    }
}
