//! The project model: what every command reads, loaded once, with the health of each part
//! as data.
//!
//! [`Project::load`] reads the content and derives the source catalog; each locale's stamps
//! are read through [`Project::stamps`], which never mistakes an unreadable or invalid file
//! for an absent one. Commands (lint, status, stale, accept, extract, export) take a
//! [`Project`] and decide from its health what they may claim: nothing reports success on an
//! answer that depends on a broken part, and no stamp is dropped unless its message is known
//! to be gone from a source that loaded cleanly.
//!
//! Translation files are not kept here: they are read locale by locale when a command
//! aligns them (see [`crate::align`]), so memory stays flat on projects with many locales.

use crate::catalog::{self, SourceCatalog};
use crate::content::{self, ContentSet};
use crate::diagnostic::{Diagnostic, LineIndex, Severity};
use crate::policy::Policy;
use crate::rules;
use crate::stamps::{self, StampFile};
use crate::workspace::{join_rel, Layout, Workspace};

/// A workspace with its content and source catalog loaded.
pub struct Project<'w> {
    pub ws: &'w Workspace,
    pub content: ContentSet,
    pub catalog: SourceCatalog,
    /// Source parts that did not load cleanly, with the file that is broken.
    pub broken: Vec<BrokenPart>,
    /// A guide workspace (it has a content directory): every locale tracks staleness, with
    /// or without a stamps file. In a plain Fluent project a locale tracks once it has one.
    pub tracks_every_locale: bool,
    /// Findings about the project as a whole (a missing source locale directory).
    pub diagnostics: Vec<Diagnostic>,
    /// `[rules]` and `[[ignore]]`, resolved once for every command.
    pub policy: Policy,
}

/// A source part whose messages are not known: a guide that does not load (or loads only in
/// part), a source FTL file that cannot be read, a missing source locale directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrokenPart {
    /// The broken file or directory, relative to the workspace root.
    pub path: String,
    /// For a guide: its id (the file stem); message ids `<guide>--…` belong to it.
    pub guide: Option<String>,
    /// The source file it stands for, relative to a locale directory (`<guide>.ftl`), when
    /// there is one.
    pub rel: Option<String>,
    /// The whole source side is unknown (its directory is missing).
    pub whole_source: bool,
    /// For a guide that does not load at all: how many messages its last extracted template
    /// has, counted in every locale's total so that completeness drops.
    pub known_messages: Option<usize>,
}

impl BrokenPart {
    /// True if message `id` belongs to this part (ids of a broken guide).
    pub fn owns_id(&self, id: &str) -> bool {
        self.guide.as_deref().is_some_and(|g| {
            id == g
                || id
                    .strip_prefix(g)
                    .is_some_and(|rest| rest.starts_with(catalog::SEPARATOR))
        })
    }
}

/// The state of a locale's stamps file.
#[derive(Clone, Debug)]
pub enum Stamps {
    Valid(StampFile),
    /// No stamps file.
    Absent,
    /// The file exists but cannot be read or parsed: the finding says why. Never treated as
    /// absent.
    Invalid(Box<Diagnostic>),
}

impl<'w> Project<'w> {
    /// Loads the content and the source catalog, and records which parts are broken.
    pub fn load(ws: &'w Workspace) -> Project<'w> {
        let (mut content, tracks_every_locale) = match ws.layout {
            Layout::Mirror => (
                content::load_all(&ws.root, &ws.config.content_dir, &ws.overlay),
                ws.content_dir().is_dir(),
            ),
            Layout::L10n(_) => (ContentSet::default(), false),
        };
        let catalog = catalog::load(ws, &mut content);
        let mut project = Project {
            ws,
            content,
            catalog,
            broken: Vec::new(),
            tracks_every_locale,
            diagnostics: Vec::new(),
            policy: Policy::new(&ws.config),
        };
        project.find_broken();
        project
    }

    fn find_broken(&mut self) {
        let ws = self.ws;
        for stem in &self.content.broken {
            let path = self
                .content
                .diagnostics
                .iter()
                .map(|d| d.path.as_str())
                .find(|p| content::file_stem(p) == stem)
                .map(str::to_string)
                .unwrap_or_else(|| join_rel(&ws.config.content_dir, &format!("{stem}.yaml")));
            let template = join_rel(
                &ws.locale_rel_dir(&ws.config.source_locale),
                &format!("{stem}.ftl"),
            );
            let known_messages = ws
                .read_file(&template)
                .ok()
                .and_then(|b| crate::text::decode(b).ok())
                .map(|d| crate::ftl::parse(&d.text).entries.len());
            self.broken.push(BrokenPart {
                path,
                guide: Some(stem.clone()),
                rel: Some(format!("{stem}.ftl")),
                whole_source: false,
                known_messages,
            });
        }
        for file in self
            .catalog
            .files
            .iter()
            .filter(|f| f.is_guide && !f.complete)
        {
            self.broken.push(BrokenPart {
                path: file.path.clone(),
                guide: Some(
                    file.rel
                        .strip_suffix(".ftl")
                        .unwrap_or(&file.rel)
                        .to_string(),
                ),
                rel: Some(file.rel.clone()),
                whole_source: false,
                known_messages: None,
            });
        }
        // A hand-written source file with a syntax error: the messages of its junk entries
        // are unknown, not gone (and their users would ship unresolved references).
        for file in self.catalog.files.iter().filter(|f| !f.is_guide) {
            if !crate::ftl::parse(&file.text).junk.is_empty() {
                self.broken.push(BrokenPart {
                    path: file.path.clone(),
                    guide: None,
                    rel: Some(file.rel.clone()),
                    whole_source: false,
                    known_messages: None,
                });
            }
        }
        let source_dir = format!("{}/", ws.locale_rel_dir(&ws.config.source_locale));
        let unread = self.catalog.unread.iter().cloned();
        for path in unread.chain(ws.skipped_source_files().into_iter().map(|(p, _)| p)) {
            let rel = match ws.layout {
                Layout::Mirror => path.strip_prefix(&source_dir).map(str::to_string),
                Layout::L10n(_) => Some(path.clone()),
            };
            self.broken.push(BrokenPart {
                path,
                guide: None,
                rel,
                whole_source: false,
                known_messages: None,
            });
        }
        self.source_dir();
        self.configured_dirs();
        self.broken.sort_by(|a, b| a.path.cmp(&b.path));
        self.broken.dedup();
        self.misnamed_locale_dirs();
    }

    /// A missing source-locale directory, when that makes the source broken.
    fn source_dir(&mut self) {
        let ws = self.ws;
        // A mistyped `source-locale` would make every hand-written source file "gone". A guide
        // workspace may have no source directory yet (its templates come from the YAML); it
        // is broken when there is nothing else (a plain Fluent project), when a directory
        // that is no configured locale sits where the source should be, or when stamps of
        // hand-written messages show that it existed.
        if matches!(ws.layout, Layout::Mirror) && ws.locales_dir().is_dir() {
            let dir = ws.locale_rel_dir(&ws.config.source_locale);
            let configured: std::collections::HashSet<&str> =
                ws.config.locales.iter().map(String::as_str).collect();
            let strays: Vec<String> = locale_dirs(&ws.locales_dir())
                .into_iter()
                .filter(|d| {
                    !configured.contains(d.as_str())
                        && crate::workspace::check_locale("", d).is_ok()
                })
                .collect();
            let guides = !self.content.guides.is_empty() || !self.content.broken.is_empty();
            if !ws.root.join(&dir).is_dir()
                && (!guides || !strays.is_empty() || self.stamps_outside_guides())
            {
                self.missing_source_dir(&dir, &strays);
            }
        }
    }

    /// True if a translation locale has stamps of messages no guide makes (`-brand`): their
    /// source was a hand-written file of the source directory, so a missing source
    /// directory is not "no hand-written source yet" but one that is gone or misnamed.
    fn stamps_outside_guides(&self) -> bool {
        let guide_of = |id: &str| {
            id.split_once(crate::catalog::SEPARATOR)
                .is_some_and(|(guide, _)| self.content.has_guide_file(guide))
        };
        self.ws
            .config
            .locales
            .iter()
            .any(|locale| match self.stamps(locale) {
                Stamps::Valid(file) => file.stamps.keys().any(|id| !guide_of(id)),
                Stamps::Absent | Stamps::Invalid(_) => false,
            })
    }

    /// The content and locales directories: one that `polyguide.toml` names but that does
    /// not exist (a typo), or that the file policy refuses (a link out of the workspace), is
    /// a broken part standing for the whole source: nothing is known of what it holds, so
    /// no command may read its absence as "no guides" or "no translations". The default
    /// names may be absent (a plain Fluent project has no `content/`).
    fn configured_dirs(&mut self) {
        let ws = self.ws;
        if !matches!(ws.layout, Layout::Mirror) {
            return;
        }
        let dirs = [
            ("content-dir", ws.config.content_dir.as_str(), "content"),
            ("locales-dir", ws.config.locales_dir.as_str(), "locales"),
        ];
        for (key, rel, default) in dirs {
            if rel == "." {
                continue;
            }
            let path = ws.root.join(rel);
            let (why, help) = match path.symlink_metadata() {
                Err(_) if rel == default => continue,
                Err(_) => {
                    let near = locale_dirs(&ws.root);
                    let help = match crate::suggest::nearest(rel, near.iter().map(String::as_str)) {
                        Some(near) => {
                            format!("did you mean `{key} = \"{near}\"` in polyguide.toml?")
                        }
                        None => format!("create {rel}/ or fix `{key}` in polyguide.toml"),
                    };
                    (
                        format!("{rel}/, set by `{key}` in polyguide.toml, does not exist"),
                        help,
                    )
                }
                Ok(_) => match crate::fsx::inside(&ws.root, &path, "the workspace") {
                    Err(why) => (
                        format!("{rel}/ is {why}"),
                        "make it a directory inside the workspace".to_string(),
                    ),
                    Ok(()) if !path.is_dir() => (
                        format!("{rel}/ is not a directory"),
                        format!("fix `{key}` in polyguide.toml"),
                    ),
                    Ok(()) => continue,
                },
            };
            let shown = format!("{rel}/");
            let known = self.content.diagnostics.iter().any(|d| d.path == shown);
            if !known {
                self.diagnostics.push(
                    Diagnostic::file(&rules::unreadable_file::RULE, &shown, why).with_help(help),
                );
            }
            self.broken.push(BrokenPart {
                path: shown,
                guide: None,
                rel: None,
                whole_source: true,
                known_messages: None,
            });
        }
    }

    /// A locale directory whose name is a locale id written another way (`fr_FR`, `fr-fr`
    /// for `fr-FR`) is not read: say so, with the name it needs.
    fn misnamed_locale_dirs(&mut self) {
        let ws = self.ws;
        if !matches!(ws.layout, Layout::Mirror) || !ws.locales_dir().is_dir() {
            return;
        }
        let known: Vec<&str> = ws.all_locales();
        for name in locale_dirs(&ws.locales_dir()) {
            if known.contains(&name.as_str()) {
                continue;
            }
            let Ok(tag) = name
                .replace('_', "-")
                .parse::<unic_langid::LanguageIdentifier>()
            else {
                continue;
            };
            let canonical = tag.to_string();
            if canonical == name || canonical == "und" {
                continue;
            }
            let dir = ws.locale_rel_dir(&name);
            let configured = known.contains(&canonical.as_str());
            let help = if configured {
                format!("rename it to {}", ws.locale_rel_dir(&canonical))
            } else {
                format!(
                    "rename it to {} and add `{canonical}` to `locales`",
                    ws.locale_rel_dir(&canonical)
                )
            };
            self.diagnostics.push(
                Diagnostic::file(
                    &rules::unreadable_file::RULE,
                    &format!("{dir}/"),
                    format!("{dir}/ is not read: `{name}` is not how locale ids are written (`{canonical}`)"),
                )
                .with_severity(Severity::Warning)
                .with_help(help),
            );
        }
    }

    fn missing_source_dir(&mut self, dir: &str, strays: &[String]) {
        let source = &self.ws.config.source_locale;
        let language = source.split('-').next().unwrap_or(source);
        let near = strays
            .iter()
            .find(|d| d.split('-').next() == Some(language))
            .or(if strays.len() == 1 {
                strays.first()
            } else {
                None
            })
            .map(String::as_str)
            .or_else(|| crate::suggest::nearest(source, strays.iter().map(String::as_str)));
        let help = match near {
            Some(near) => format!("did you mean `source-locale = \"{near}\"` in polyguide.toml?"),
            None if strays.is_empty() => format!("create {dir}/ with the source FTL files, or fix `source-locale` in polyguide.toml"),
            None => format!(
                "check `source-locale` in polyguide.toml: the directories that are no configured locale are {}",
                strays.join(", ")
            ),
        };
        self.diagnostics.push(
            Diagnostic::file(
                &rules::unreadable_file::RULE,
                &format!("{dir}/"),
                format!("{dir}/, the directory of the source locale `{source}`, does not exist"),
            )
            .with_help(help),
        );
        self.broken.push(BrokenPart {
            path: format!("{dir}/"),
            guide: None,
            rel: None,
            whole_source: true,
            known_messages: None,
        });
    }

    /// True when every source part loaded cleanly: only then is a message missing from the
    /// source known to be gone.
    pub fn source_is_whole(&self) -> bool {
        self.broken.is_empty()
    }

    /// The broken source part that translation file `path` of `locale` belongs to, if any.
    pub fn broken_source_of(&self, locale: &str, path: &str) -> Option<&BrokenPart> {
        self.broken.iter().find(|b| {
            b.whole_source
                || b.rel.as_deref().is_some_and(|rel| {
                    self.ws.translation_path(rel, locale).as_deref() == Some(path)
                })
        })
    }

    /// The broken part a message id belongs to, if any.
    pub fn broken_owner(&self, id: &str) -> Option<&BrokenPart> {
        self.broken.iter().find(|b| b.owns_id(id))
    }

    /// Where the stamps of `locale` live, relative to the root.
    pub fn stamps_rel(&self, locale: &str) -> String {
        join_rel(&self.ws.locale_rel_dir(locale), stamps::STAMP_FILE)
    }

    /// The stamps of `locale`, read now (an editor's buffer first, see
    /// [`crate::overlay`]): valid, absent, or invalid with the finding.
    pub fn stamps(&self, locale: &str) -> Stamps {
        let rel = self.stamps_rel(locale);
        read_stamps(&self.ws.root, &rel, locale, &self.ws.overlay)
    }

    /// The stamps the staleness comparison uses: `None` when the locale does not track
    /// staleness (plain Fluent project without a stamps file) or its stamps are invalid.
    pub fn tracked<'s>(&self, stamps: &'s Stamps, empty: &'s StampFile) -> Option<&'s StampFile> {
        match stamps {
            Stamps::Valid(file) => Some(file),
            Stamps::Absent if self.tracks_every_locale => Some(empty),
            Stamps::Absent | Stamps::Invalid(_) => None,
        }
    }

    /// The findings that explain a broken part (errors of its file), for commands that
    /// refuse to answer because of it.
    pub fn findings_of(&self, part: &BrokenPart) -> Vec<&Diagnostic> {
        self.content
            .diagnostics
            .iter()
            .chain(&self.catalog.diagnostics)
            .chain(&self.diagnostics)
            .filter(|d| d.path == part.path && d.severity == Severity::Error)
            .collect()
    }

    /// One line per broken part: the file and its first error, for stderr.
    pub fn describe_broken(&self) -> Vec<String> {
        self.broken
            .iter()
            .map(|part| {
                let why = self
                    .findings_of(part)
                    .first()
                    .map(|d| format!(" ({}:{}: {} [{}])", d.line, d.column, d.message, d.rule))
                    .unwrap_or_else(|| " (`polyguide lint` shows why)".into());
                format!("{} does not load{why}", part.path)
            })
            .collect()
    }
}

/// The directory names under `dir`, sorted.
fn locale_dirs(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Reads a stamps file, its bytes from `overlay` if it holds them: absent only when there is
/// no file at all (nor a buffer).
pub fn read_stamps(
    root: &std::path::Path,
    rel: &str,
    locale: &str,
    overlay: &crate::overlay::Overlay,
) -> Stamps {
    let invalid = |message: String| invalid_stamps(rel, locale, message);
    let path = root.join(rel);
    match std::fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !overlay.contains(rel) => {
            return Stamps::Absent
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return invalid(format!("cannot read the stamps: {e}")),
        Ok(_) => {}
    }
    if let Err(why) = crate::fsx::inside(root, &path, "the workspace") {
        return invalid(format!("{rel} is {why}"));
    }
    match overlay.read_file(root, rel) {
        Ok(bytes) => parse_stamps(rel, locale, bytes),
        Err(e) => invalid_stamps(rel, locale, format!("cannot read the stamps: {e}")),
    }
}

/// The finding for a stamps file that cannot be used.
fn invalid_stamps(rel: &str, locale: &str, message: String) -> Stamps {
    Stamps::Invalid(Box::new(
        Diagnostic::file(&rules::invalid_stamps::RULE, rel, message)
            .with_locale(Some(locale))
            .with_help("fix the file (a merge conflict is resolved by keeping both sides' blocks); until then staleness in this locale is unknown"),
    ))
}

/// Decodes and parses the bytes of stamps file `rel`.
fn parse_stamps(rel: &str, locale: &str, bytes: Vec<u8>) -> Stamps {
    let invalid = |message: String| invalid_stamps(rel, locale, message);
    let text = match crate::text::decode(bytes) {
        Ok(t) => t.text,
        Err(e) => {
            let Stamps::Invalid(mut d) = invalid(e.to_string()) else {
                unreachable!()
            };
            (d.line, d.column) = (e.line, e.column);
            return Stamps::Invalid(d);
        }
    };
    match StampFile::parse(&text) {
        Ok(file) => Stamps::Valid(file),
        Err(e) => {
            let index = LineIndex::new(&text);
            let line = index.line_range(e.line);
            Stamps::Invalid(Box::new(
                Diagnostic::at(&rules::invalid_stamps::RULE, rel, &index, line, e.message)
                    .with_locale(Some(locale))
                    .with_help("fix the file (after a merge conflict, keep both sides' blocks); until then staleness in this locale is unknown and export skips it"),
            ))
        }
    }
}
