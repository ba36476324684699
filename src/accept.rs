//! `polyguide accept`: record stamps after review.
//!
//! Accepting writes only the stamp files of the locales it touches, never an FTL file and
//! never content. Each write holds an OS lock on the locale directory (released by the kernel
//! if the process dies) and re-reads the stamps under it, so two `accept` runs on one locale
//! at the same moment never lose a stamp, and a killed run never blocks the next.

use crate::project::{Project, Stamps};
use crate::stamps::{Stamp, StampFile};
use crate::workspace::Workspace;
use std::collections::{BTreeMap, BTreeSet};

/// Which messages to accept in a locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    Ids(Vec<String>),
    /// Everything translated in the locale.
    All,
}

/// What an accept did in one locale.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Accepted {
    pub locale: String,
    /// Ids stamped as current.
    pub stamped: Vec<String>,
    /// Of those, the ones that were stale (accepted without an edit, if `--all`).
    pub were_stale: Vec<String>,
    /// Stamps removed because their message no longer exists in the source.
    pub dropped: Vec<String>,
    /// Stamps of messages the source lacks, kept because part of the source does not load
    /// (their message may still exist there): the broken files.
    pub kept_for: Vec<String>,
    /// Accepted ids whose translation has a finding of error severity: (id, message).
    pub with_errors: Vec<(String, String)>,
}

/// What `accept --editorial` did for one id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Editorial {
    pub id: String,
    /// Locales whose translation was current before the change and now is again.
    pub stamped: Vec<String>,
    /// Locales left stale: their stamp is older than the text the change replaced.
    pub left_stale: Vec<String>,
    /// Locales whose stamp already matches today's text (the source did not change there).
    pub already_current: Vec<String>,
}

impl Accepted {
    /// What was done, for the user: one line each.
    pub fn describe(&self) -> String {
        let n = self.stamped.len();
        let mut s = format!(
            "{}: accepted {n} message{}\n",
            self.locale,
            if n == 1 { "" } else { "s" }
        );
        if !self.dropped.is_empty() {
            s.push_str(&format!(
                "{}: dropped {} stamp(s) of messages no longer in the source\n",
                self.locale,
                self.dropped.len()
            ));
        }
        if !self.kept_for.is_empty() {
            s.push_str(&format!(
                "{}: kept the stamps of messages missing from the source, because {} does not load\n",
                self.locale,
                self.kept_for.join(", ")
            ));
        }
        s
    }
}

impl Editorial {
    /// What `accept --editorial` did for this id, for the user.
    pub fn describe(&self) -> String {
        let id = &self.id;
        if self.stamped.is_empty() && self.left_stale.is_empty() {
            return if self.already_current.is_empty() {
                format!("{id}: no locale has a stamp for it yet; nothing to do\n")
            } else {
                format!(
                    "{id}: unchanged since it was stamped ({}); nothing to do\n",
                    self.already_current.join(", ")
                )
            };
        }
        let mut s = if self.stamped.is_empty() {
            format!("{id}: no translation was current before the change; nothing stamped\n")
        } else {
            format!(
                "{id}: editorial change, still current in {}\n",
                self.stamped.join(", ")
            )
        };
        if !self.left_stale.is_empty() {
            s.push_str(&format!(
                "{id}: still stale in {} (stamped against an older text)\n",
                self.left_stale.join(", ")
            ));
        }
        s
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AcceptError {
    #[error("`{0}` is not a translation locale of this workspace (configured: {1})")]
    UnknownLocale(String, String),
    #[error("`{0}` is a message id, not a locale: name the locale first (`polyguide accept LOCALE {0}`; the locales are {1})")]
    IdForLocale(String, String),
    #[error("`{0}` is the source locale: stamps record what translations were reviewed against; name a translation locale ({1})")]
    SourceLocale(String, String),
    #[error("`{0}` is a locale: `accept --editorial` marks a source change in every locale at once; give only message ids")]
    LocaleAsId(String),
    #[error("`{id}` is not a source message{hint}")]
    UnknownId { id: String, hint: String },
    #[error("`{id}` belongs to {path}, which does not load: fix it first, so that polyguide knows the source text to stamp")]
    BrokenSource { id: String, path: String },
    #[error("`{id}` is not translated in {locale}: there is nothing to accept")]
    NotTranslated { id: String, locale: String },
    #[error("`{id}`: the stale translations were stamped against different texts, so polyguide cannot tell which were current before the change ({detail}); accept each locale after review instead")]
    Ambiguous { id: String, detail: String },
    #[error("{path}: {message}")]
    Stamps { path: String, message: String },
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// Stamps the selected messages of `locale` against today's source.
///
/// A stamp whose message the source lacks is dropped only when every source part loaded
/// cleanly; otherwise it is kept (the message may be in the part that does not load).
pub fn accept(
    project: &Project,
    locale: &str,
    selection: &Selection,
) -> Result<Accepted, AcceptError> {
    let ws = project.ws;
    let sources = crate::source::source_texts(&project.catalog);
    if !ws.config.locales.iter().any(|l| l == locale) {
        let configured = ws.config.locales.join(", ");
        return Err(if sources.contains_key(locale) {
            AcceptError::IdForLocale(locale.into(), configured)
        } else if *locale == ws.config.source_locale {
            AcceptError::SourceLocale(locale.into(), configured)
        } else {
            AcceptError::UnknownLocale(locale.into(), configured)
        });
    }
    let translated = crate::align::translated_ids(ws, locale);
    let ids: Vec<String> = match selection {
        Selection::All => translated
            .iter()
            .filter(|id| sources.contains_key(*id) && project.broken_owner(id).is_none())
            .cloned()
            .collect(),
        Selection::Ids(ids) => {
            // Validate every id before writing anything.
            for id in ids {
                known_source_id(project, id, &sources)?;
                if !translated.contains(id) {
                    return Err(AcceptError::NotTranslated {
                        id: id.clone(),
                        locale: locale.into(),
                    });
                }
            }
            ids.iter()
                .cloned()
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect()
        }
    };
    let with_errors = error_findings(project, locale, &ids);
    update_stamps(project, locale, |file| {
        let mut report = Accepted {
            locale: locale.to_string(),
            with_errors,
            ..Default::default()
        };
        if project.source_is_whole() {
            report.dropped = drop_vanished(file, &sources);
        } else if file.stamps.keys().any(|id| !sources.contains_key(id)) {
            report.kept_for = project.broken.iter().map(|b| b.path.clone()).collect();
        }
        for id in &ids {
            let stamp = Stamp::of(&sources[id]);
            if let Some(old) = file.stamps.get(id) {
                if old.fingerprint != stamp.fingerprint {
                    report.were_stale.push(id.clone());
                }
            }
            file.stamps.insert(id.clone(), stamp);
            report.stamped.push(id.clone());
        }
        report
    })
}

/// Marks a source change as editorial: in every locale whose translation was current
/// before the change, the stamp moves to today's text.
///
/// "Current before the change" means stamped against the text the change replaced. That
/// text is taken from the guide's committed template (`locales/<source>/<guide>.ftl`) when
/// `polyguide extract` has not run since the edit; otherwise it is the text that the stale
/// stamps share. If they disagree, the run fails rather than guess.
pub fn accept_editorial(project: &Project, ids: &[String]) -> Result<Vec<Editorial>, AcceptError> {
    let ws = project.ws;
    let sources = crate::source::source_texts(&project.catalog);
    for id in ids {
        if ws.all_locales().contains(&id.as_str()) && !sources.contains_key(id) {
            return Err(AcceptError::LocaleAsId(id.clone()));
        }
    }
    for id in ids {
        known_source_id(project, id, &sources)?;
    }
    let templates = committed_template_texts(ws, project);
    let mut all_stamps = BTreeMap::new();
    for locale in &ws.config.locales {
        if let Some(file) = read_stamps(project, locale)? {
            all_stamps.insert(locale.clone(), file);
        }
    }
    // Decide, per id, which fingerprint counts as "the text before the change".
    let mut plan: Vec<(String, Option<String>, Stamp)> = Vec::new();
    for id in ids {
        let new = Stamp::of(&sources[id]);
        let previous = match templates.get(id).map(|t| Stamp::of(t)) {
            Some(old) if old.fingerprint != new.fingerprint => Some(old.fingerprint),
            _ => {
                let stale: BTreeMap<&str, &str> = all_stamps
                    .iter()
                    .filter_map(|(l, f)| {
                        f.stamps
                            .get(id)
                            .map(|s| (l.as_str(), s.fingerprint.as_str()))
                    })
                    .filter(|(_, fp)| *fp != new.fingerprint)
                    .collect();
                let distinct: BTreeSet<&str> = stale.values().copied().collect();
                if distinct.len() > 1 {
                    let detail = stale
                        .iter()
                        .map(|(l, fp)| format!("{l}: {fp}"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    return Err(AcceptError::Ambiguous {
                        id: id.clone(),
                        detail,
                    });
                }
                distinct.into_iter().next().map(str::to_string)
            }
        };
        plan.push((id.clone(), previous, new));
    }
    let mut reports: Vec<Editorial> = plan
        .iter()
        .map(|(id, _, _)| Editorial {
            id: id.clone(),
            ..Default::default()
        })
        .collect();
    for locale in all_stamps.keys() {
        for (report, (id, _, new)) in reports.iter_mut().zip(&plan) {
            if all_stamps[locale].stamps.get(id).map(|s| &s.fingerprint) == Some(&new.fingerprint) {
                report.already_current.push(locale.clone());
            }
        }
        let touched = plan.iter().any(|(id, prev, _)| {
            prev.is_some()
                && all_stamps[locale].stamps.get(id).map(|s| &s.fingerprint) == prev.as_ref()
        });
        if !touched {
            for (report, (id, _, new)) in reports.iter_mut().zip(&plan) {
                if all_stamps[locale]
                    .stamps
                    .get(id)
                    .is_some_and(|s| s.fingerprint != new.fingerprint)
                {
                    report.left_stale.push(locale.clone());
                }
            }
            continue;
        }
        update_stamps(project, locale, |file| {
            for (report, (id, prev, new)) in reports.iter_mut().zip(&plan) {
                match file.stamps.get(id) {
                    Some(s) if prev.as_ref() == Some(&s.fingerprint) => {
                        file.stamps.insert(id.clone(), new.clone());
                        report.stamped.push(locale.clone());
                    }
                    Some(s) if s.fingerprint != new.fingerprint => {
                        report.left_stale.push(locale.clone())
                    }
                    _ => {}
                }
            }
        })?;
    }
    Ok(reports)
}

/// The error-severity findings of `locale` on the given ids: accepting them is allowed (the
/// stamp records a review, not correctness), but the translator is told.
fn error_findings(project: &Project, locale: &str, ids: &[String]) -> Vec<(String, String)> {
    let wanted: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
    let options = crate::lint::LintOptions {
        locales: vec![locale.to_string()],
    };
    let Ok(outcome) = crate::lint::run(project, &options) else {
        return Vec::new();
    };
    outcome
        .diagnostics
        .into_iter()
        .filter(|d| d.severity == crate::Severity::Error && d.locale.as_deref() == Some(locale))
        // Staleness is what accepting settles; anything else is still wrong afterwards.
        .filter(|d| d.rule != crate::rules::RuleId::StaleTranslation)
        .filter_map(|d| {
            let id = d.id?;
            wanted
                .contains(id.as_str())
                .then(|| (id, format!("{} [{}]", d.message, d.rule)))
        })
        .collect()
}

/// `Ok` if `id` is a source message of a part that loads; else the error, with the nearest
/// id as a suggestion.
fn known_source_id(
    project: &Project,
    id: &str,
    sources: &BTreeMap<String, String>,
) -> Result<(), AcceptError> {
    if let Some(part) = project.broken_owner(id) {
        return Err(AcceptError::BrokenSource {
            id: id.to_string(),
            path: part.path.clone(),
        });
    }
    if sources.contains_key(id) {
        return Ok(());
    }
    let hint = crate::suggest::nearest(id, sources.keys().map(String::as_str))
        .map(|s| format!(" (did you mean `{s}`?)"))
        .unwrap_or_default();
    Err(AcceptError::UnknownId {
        id: id.to_string(),
        hint,
    })
}

/// Source texts of guide messages as the committed templates have them.
fn committed_template_texts(ws: &Workspace, project: &Project) -> BTreeMap<String, String> {
    let dir = ws.locales_dir().join(&ws.config.source_locale);
    let mut out = BTreeMap::new();
    for file in project.catalog.files.iter().filter(|f| f.is_guide) {
        let Ok(bytes) = crate::fsx::read_file(&dir.join(&file.rel)) else {
            continue;
        };
        let Ok(decoded) = crate::text::decode(bytes) else {
            continue;
        };
        let parsed = crate::ftl::parse(&decoded.text);
        for entry in &parsed.entries {
            out.insert(
                entry.id.to_string(),
                crate::ftl::entry_value_text(&decoded.text, entry).to_string(),
            );
        }
    }
    out
}

/// Removes stamps whose message is gone from the source; returns their ids.
fn drop_vanished(file: &mut StampFile, sources: &BTreeMap<String, String>) -> Vec<String> {
    let gone: Vec<String> = file
        .stamps
        .keys()
        .filter(|id| !sources.contains_key(*id))
        .cloned()
        .collect();
    for id in &gone {
        file.stamps.remove(id);
    }
    gone
}

/// The stamps of `locale` on disk (never an editor's buffer: the write that follows
/// replaces the file on disk): `None` when it has no stamps file; an invalid file is an
/// error.
fn read_stamps(project: &Project, locale: &str) -> Result<Option<StampFile>, AcceptError> {
    let rel = project.stamps_rel(locale);
    let disk = crate::overlay::Overlay::default();
    match crate::project::read_stamps(&project.ws.root, &rel, locale, &disk) {
        Stamps::Valid(file) => Ok(Some(file)),
        Stamps::Absent => Ok(None),
        Stamps::Invalid(d) => Err(AcceptError::Stamps {
            path: d.path.clone(),
            message: format!(
                "line {}: {}; fix the file before accepting",
                d.line, d.message
            ),
        }),
    }
}

/// Read-modify-write of a locale's stamp file under the locale directory's lock; written
/// atomically and durably, never through a link, keeping the file's permissions.
fn update_stamps<T>(
    project: &Project,
    locale: &str,
    change: impl FnOnce(&mut StampFile) -> T,
) -> Result<T, AcceptError> {
    let rel = project.stamps_rel(locale);
    let path = project.ws.root.join(&rel);
    let io = |e: std::io::Error| AcceptError::Io {
        path: rel.clone(),
        source: e,
    };
    let dir = path.parent().unwrap_or(&project.ws.root);
    if let Err(why) = crate::fsx::inside(&project.ws.root, dir, "the workspace") {
        let dir_rel = project.ws.locale_rel_dir(locale);
        return Err(io(std::io::Error::other(format!("{dir_rel} is {why}"))));
    }
    let what = format!("the stamps of {locale}");
    let _lock = crate::fsx::DirLock::acquire(dir, &what, crate::fsx::LOCK_TIMEOUT).map_err(io)?;
    // A run killed mid-write left its temporary file; no one else writes here now.
    crate::fsx::remove_leftovers(dir);
    let mut file = read_stamps(project, locale)?.unwrap_or_default();
    let result = change(&mut file);
    crate::fsx::write_atomic(&path, file.render().as_bytes()).map_err(io)?;
    Ok(result)
}
