//! The exported bundle, read as an app reads it: `manifest.json` and `<locale>/<guide>.json`.
//!
//! These types are the site's view of the bundle format (`schema/manifest.schema.json`,
//! `schema/guide-bundle.schema.json`), deliberately separate from the exporter's own code:
//! the site is the reference consumer, so it sees only what any front end sees. Fields the
//! site does not use are ignored, so additions to the format do not break it; a field it
//! needs that is missing or of the wrong type is an error naming the file.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Bundle formats whose fields the site reads. Format 2 (issue 16's export fixes: terms once
/// per locale, resource lists, held-back counts) adds fields and keeps the ones read here.
pub const READABLE_FORMATS: [u32; 2] = [1, 2];

/// `manifest.json`.
#[derive(Clone, Debug, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub source_locale: String,
    pub locales: BTreeMap<String, LocaleEntry>,
}

/// One locale of the manifest.
#[derive(Clone, Debug, Deserialize)]
pub struct LocaleEntry {
    pub direction: Direction,
    #[serde(default)]
    pub fallback: Vec<String>,
    pub complete: f64,
    pub counts: Counts,
    pub files: Vec<FileEntry>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
pub struct Counts {
    pub current: u64,
    pub stale: u64,
    pub fallback: u64,
}

#[derive(Clone, Debug, Deserialize)]
pub struct FileEntry {
    pub path: String,
}

/// `<locale>/<guide>.json`: one guide in one locale, in display order.
#[derive(Clone, Debug, Deserialize)]
pub struct GuideBundle {
    pub format: u32,
    pub guide: String,
    pub locale: String,
    pub direction: Direction,
    pub title: TextItem,
    pub summary: Option<TextItem>,
    pub methods: Vec<Method>,
    pub notes: Vec<Note>,
}

/// A resolved text with its status.
#[derive(Clone, Debug, Deserialize)]
pub struct TextItem {
    pub id: String,
    pub text: String,
    pub status: Status,
    /// For `fallback`: the locale the text came from.
    pub from: Option<String>,
    /// For texts with variables: their names (the text shows them as `{$name}`).
    #[serde(default)]
    pub variables: Vec<String>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Current,
    Stale,
    Fallback,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Current => "current",
            Status::Stale => "stale",
            Status::Fallback => "fallback",
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct Method {
    pub key: String,
    pub title: TextItem,
    pub summary: Option<TextItem>,
    pub steps: Vec<Step>,
    pub notes: Vec<Note>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Step {
    #[serde(flatten)]
    pub item: TextItem,
    pub key: String,
    pub number: u32,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Note {
    #[serde(flatten)]
    pub item: TextItem,
    pub key: String,
    pub kind: NoteKind,
    /// Before or after its method's steps (a guide-level note: the methods). Bundles written
    /// before notes had a position show every note after.
    #[serde(default)]
    pub position: Position,
}

#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Position {
    Before,
    #[default]
    After,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum NoteKind {
    Warning,
    Caution,
    Tip,
    Info,
}

impl NoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NoteKind::Warning => "warning",
            NoteKind::Caution => "caution",
            NoteKind::Tip => "tip",
            NoteKind::Info => "info",
        }
    }
}

impl GuideBundle {
    /// Every text item: title, summary, then each method (title, summary, steps, notes),
    /// then the guide's notes.
    pub fn items(&self) -> Vec<&TextItem> {
        let mut items = vec![&self.title];
        items.extend(self.summary.as_ref());
        for m in &self.methods {
            items.push(&m.title);
            items.extend(m.summary.as_ref());
            items.extend(m.steps.iter().map(|s| &s.item));
            items.extend(m.notes.iter().map(|n| &n.item));
        }
        items.extend(self.notes.iter().map(|n| &n.item));
        items
    }
}

/// Why a bundle could not be read.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not a valid bundle file: {source}")]
    Json {
        path: String,
        source: serde_json::Error,
    },
    #[error("{path} has bundle format {found}; this polyguide reads formats {readable:?}")]
    Format {
        path: String,
        found: u32,
        readable: [u32; 2],
    },
    #[error("{path}: {why}")]
    Invalid { path: String, why: String },
}

/// An export read back: the manifest and each locale's guides, by locale then guide id.
#[derive(Clone, Debug)]
pub struct Bundles {
    pub manifest: Manifest,
    pub guides: BTreeMap<String, BTreeMap<String, GuideBundle>>,
}

impl Bundles {
    /// Reads `dir/manifest.json` and every guide bundle it lists (`<locale>/<guide>.json`),
    /// through the file-access policy ([`crate::fsx`]). Locale ids and guide ids are checked
    /// before they are used as paths.
    pub fn read(dir: &Path) -> Result<Bundles, BundleError> {
        let manifest: Manifest = read_json(dir, "manifest.json")?;
        check_format("manifest.json", manifest.format)?;
        if !manifest.locales.contains_key(&manifest.source_locale) {
            return Err(BundleError::Invalid {
                path: "manifest.json".into(),
                why: format!(
                    "the source locale `{}` has no entry",
                    manifest.source_locale
                ),
            });
        }
        let mut guides = BTreeMap::new();
        for (locale, entry) in &manifest.locales {
            if !is_locale_id(locale) {
                return Err(BundleError::Invalid {
                    path: "manifest.json".into(),
                    why: format!("`{locale}` is not a locale id"),
                });
            }
            let mut of_locale = BTreeMap::new();
            for file in &entry.files {
                let Some(guide) = guide_of(locale, &file.path) else {
                    continue;
                };
                let bundle: GuideBundle = read_json(dir, &file.path)?;
                check_format(&file.path, bundle.format)?;
                if bundle.locale != *locale || bundle.guide != guide {
                    return Err(BundleError::Invalid {
                        path: file.path.clone(),
                        why: format!(
                            "holds guide `{}` of locale `{}`, not `{guide}` of `{locale}`",
                            bundle.guide, bundle.locale
                        ),
                    });
                }
                of_locale.insert(guide.to_string(), bundle);
            }
            guides.insert(locale.clone(), of_locale);
        }
        Ok(Bundles { manifest, guides })
    }
}

fn read_json<T: serde::de::DeserializeOwned>(dir: &Path, rel: &str) -> Result<T, BundleError> {
    let bytes = crate::fsx::read_file(&dir.join(rel)).map_err(|source| BundleError::Io {
        path: rel.to_string(),
        source,
    })?;
    serde_json::from_slice(&bytes).map_err(|source| BundleError::Json {
        path: rel.to_string(),
        source,
    })
}

fn check_format(path: &str, found: u32) -> Result<(), BundleError> {
    if READABLE_FORMATS.contains(&found) {
        Ok(())
    } else {
        Err(BundleError::Format {
            path: path.to_string(),
            found,
            readable: READABLE_FORMATS,
        })
    }
}

/// The guide id of a manifest path `<locale>/<guide>.json`; None for any other file.
fn guide_of<'p>(locale: &str, path: &'p str) -> Option<&'p str> {
    let guide = path
        .strip_prefix(locale)?
        .strip_prefix('/')?
        .strip_suffix(".json")?;
    is_kebab_id(guide).then_some(guide)
}

/// `[a-z0-9]+(-[a-z0-9]+)*`: the content ids, safe as a file name.
pub fn is_kebab_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A BCP 47 tag in canonical form, safe as a directory name.
pub fn is_locale_id(s: &str) -> bool {
    s.parse::<unic_langid::LanguageIdentifier>()
        .is_ok_and(|id| id == s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_guide_bundles_of_the_locale_are_guides() {
        assert_eq!(
            guide_of("fr", "fr/unlock-mi-phone.json"),
            Some("unlock-mi-phone")
        );
        assert_eq!(guide_of("fr", "fr/unlock-mi-phone.ftl"), None);
        assert_eq!(guide_of("fr", "fr/sub/g.json"), None);
        assert_eq!(guide_of("fr", "fr/../g.json"), None);
        assert_eq!(guide_of("fr", "de/g.json"), None);
        assert_eq!(guide_of("fr", "fr-CA/g.json"), None);
    }

    #[test]
    fn ids_that_would_escape_as_paths_are_refused() {
        assert!(is_locale_id("pt-BR"));
        assert!(is_locale_id("zh-CN"));
        assert!(!is_locale_id("pt-br"));
        assert!(!is_locale_id(".."));
        assert!(!is_locale_id("fr/../x"));
        assert!(is_kebab_id("g"));
        assert!(!is_kebab_id("a--b"));
        assert!(!is_kebab_id("A"));
    }
}
