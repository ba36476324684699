//! `polyguide add-locale`: start a translation.
//!
//! Adds the locale to `polyguide.toml` (edited in place with `toml_edit`, so comments, key
//! order and formatting stay), and writes `locales/<locale>/`: one worksheet per source file
//! (every source message commented out, see [`crate::worksheet`]) and an empty stamps file.
//! Nothing counts as translated until the translator uncomments and translates a message.

use crate::project::Project;
use crate::stamps::{StampFile, STAMP_FILE};
use crate::workspace::{join_rel, Config, Layout, CONFIG_FILE};
use unic_langid::LanguageIdentifier;

/// What `add-locale` did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Added {
    pub locale: String,
    /// `polyguide.toml` was edited (false with `locales = "*"`).
    pub config_edited: bool,
    /// Worksheets written: (path relative to the root, messages in it).
    pub created: Vec<(String, usize)>,
    /// The stamps file written, relative to the root.
    pub stamps: String,
    /// Source parts that do not load, so their worksheets were not written: one line each.
    pub skipped: Vec<String>,
    /// Worksheets written without part of their source: a hand-written source file with a
    /// syntax error (its broken entries are unknown). One line each.
    pub partial: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum AddLocaleError {
    #[error("`{0}` is not a valid locale id: use a BCP 47 tag such as `fr`, `pt-BR` or `zh-Hant`")]
    InvalidTag(String),
    #[error("write the locale as `{canonical}`, not `{given}`: locale ids are BCP 47 tags in canonical case, since they are also directory names")]
    NotCanonical { given: String, canonical: String },
    #[error("`{0}` is the source locale of this workspace (`source-locale` in polyguide.toml)")]
    IsSource(String),
    #[error("`{0}` is already a locale of this workspace: to bring its files in step with the source, run `polyguide sync {0}`")]
    AlreadyConfigured(String),
    #[error("{dir}/ already exists{hint}")]
    DirExists { dir: String, hint: String },
    #[error("add-locale works on a polyguide.toml workspace, not on --l10n-toml projects")]
    NotAWorkspace,
    #[error("cannot edit {CONFIG_FILE}: {0}")]
    Config(String),
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// The canonical form of a locale id typed by a user, or why it is refused: `fr-fr` and
/// `fr_FR` are refused with `fr-FR` as the suggestion.
pub fn canonical_locale(tag: &str) -> Result<String, AddLocaleError> {
    let parsed: LanguageIdentifier = tag
        .parse()
        .map_err(|_| AddLocaleError::InvalidTag(tag.to_string()))?;
    let canonical = parsed.to_string();
    if canonical != tag {
        return Err(AddLocaleError::NotCanonical {
            given: tag.to_string(),
            canonical,
        });
    }
    crate::workspace::check_locale("locale", tag)
        .map_err(|_| AddLocaleError::InvalidTag(tag.to_string()))
}

/// `polyguide.toml`'s text with `locale` added at the end of `locales`, everything else kept
/// byte for byte; `None` when `locales = "*"` (every locale directory is a locale already).
pub fn add_to_config(text: &str, locale: &str) -> Result<Option<String>, String> {
    use toml_edit::{Array, DocumentMut, Item, Value};
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| e.to_string().trim_end().to_string())?;
    match doc.get_mut("locales") {
        None => {
            let mut list = Array::new();
            list.push(locale);
            doc.insert("locales", toml_edit::value(list));
        }
        Some(Item::Value(Value::String(s))) if s.value() == "*" => return Ok(None),
        Some(Item::Value(Value::Array(list))) => push_like_the_others(list, locale),
        Some(_) => {
            return Err("`locales` is not a list of locale ids".into());
        }
    }
    let new = doc.to_string();
    // The result must still be a valid configuration, with the locale in it.
    Config::parse(&new).map_err(|e| format!("the edited file would not be valid: {e}"))?;
    Ok(Some(new))
}

/// Appends `locale` to a TOML list laid out like its items: on its own line and indented
/// the same in a multi-line list (the comment after the last item stays with that item), after
/// a space in a one-line list.
fn push_like_the_others(list: &mut toml_edit::Array, locale: &str) {
    let raw =
        |r: Option<&toml_edit::RawString>| r.and_then(|r| r.as_str()).unwrap_or("").to_string();
    let indent = list
        .iter()
        .last()
        .map(|v| raw(v.decor().prefix()))
        .and_then(|p| p.rfind('\n').map(|i| p[i + 1..].to_string()))
        .unwrap_or_else(|| "    ".to_string());
    // What stands between the last item and `]`: after its comma, or after the item itself.
    let comma = list.trailing_comma() || list.is_empty();
    let tail = if comma {
        raw(Some(list.trailing()))
    } else {
        list.iter()
            .last()
            .map(|v| raw(v.decor().suffix()))
            .unwrap_or_default()
    };
    let mut value = toml_edit::Value::from(locale);
    match tail.rfind('\n') {
        // Multi-line: the comment on the last item's line stays there; the new item gets its
        // own line; the indentation of `]` is kept.
        Some(i) => {
            value
                .decor_mut()
                .set_prefix(format!("{}\n{indent}", &tail[..i]));
            let close = format!("\n{}", &tail[i + 1..]);
            if comma {
                value.decor_mut().set_suffix("");
                list.set_trailing(close);
                list.set_trailing_comma(true);
            } else {
                value.decor_mut().set_suffix(close);
            }
        }
        None => {
            value
                .decor_mut()
                .set_prefix(if list.is_empty() { "" } else { " " });
            value
                .decor_mut()
                .set_suffix(if comma { "" } else { tail.as_str() });
        }
    }
    if !comma {
        if let Some(last) = list.iter_mut().last() {
            last.decor_mut().set_suffix("");
        }
    }
    list.push_formatted(value);
}

/// Adds `locale` to the workspace: the config entry, the worksheets, the stamps file.
/// Nothing is written when the locale is refused.
pub fn add_locale(project: &Project, locale: &str) -> Result<Added, AddLocaleError> {
    let ws = project.ws;
    if !matches!(ws.layout, Layout::Mirror) {
        return Err(AddLocaleError::NotAWorkspace);
    }
    let locale = canonical_locale(locale)?;
    if locale == ws.config.source_locale {
        return Err(AddLocaleError::IsSource(locale));
    }
    if ws.config.locales.contains(&locale) {
        return Err(AddLocaleError::AlreadyConfigured(locale));
    }
    let dir_rel = ws.locale_rel_dir(&locale);
    let dir = ws.root.join(&dir_rel);
    check_no_directory(ws, &locale, &dir_rel)?;
    let io = |path: &str| {
        let path = path.to_string();
        move |source: std::io::Error| AddLocaleError::Io { path, source }
    };
    if let Err(why) = crate::fsx::inside(&ws.root, &dir, "the workspace") {
        return Err(io(&dir_rel)(std::io::Error::other(format!(
            "{dir_rel} is {why}"
        ))));
    }

    // Everything is prepared before the first write.
    let config_path = ws.root.join(CONFIG_FILE);
    let config_text = crate::fsx::read_text(&config_path).map_err(io(CONFIG_FILE))?;
    let new_config = add_to_config(&config_text, &locale).map_err(AddLocaleError::Config)?;
    let mut report = Added {
        locale: locale.clone(),
        config_edited: new_config.is_some(),
        stamps: join_rel(&dir_rel, STAMP_FILE),
        ..Default::default()
    };
    let sheets = plan_worksheets(project, &locale, &dir_rel, &mut report);

    // The config first: if a later write fails, the locale is configured and
    // `polyguide sync` writes the missing worksheets.
    if let Some(text) = &new_config {
        crate::fsx::write_atomic(&config_path, text.as_bytes()).map_err(io(CONFIG_FILE))?;
    }
    let what = format!("the files of {locale}");
    let _lock = crate::fsx::DirLock::acquire(&dir, &what, crate::fsx::LOCK_TIMEOUT)
        .map_err(io(&dir_rel))?;
    for (path, sheet, count) in sheets {
        let abs = ws.root.join(&path);
        if let Some(parent) = abs.parent() {
            std::fs::create_dir_all(parent).map_err(io(&path))?;
        }
        crate::fsx::write_atomic(&abs, sheet.as_bytes()).map_err(io(&path))?;
        report.created.push((path, count));
    }
    crate::fsx::write_atomic(
        &ws.root.join(&report.stamps),
        StampFile::default().render().as_bytes(),
    )
    .map_err(io(&report.stamps))?;
    Ok(report)
}

/// The worksheets to write for `locale` in `dir_rel`: (path, text, messages), one per source
/// file that loads completely. Source parts that do not load are recorded in
/// `report.skipped`, worksheets without a broken part of their source in `report.partial`.
fn plan_worksheets(
    project: &Project,
    locale: &str,
    dir_rel: &str,
    report: &mut Added,
) -> Vec<(String, String, usize)> {
    let mut sheets = Vec::new();
    for file in &project.catalog.files {
        if !file.complete {
            report.skipped.push(format!(
                "{}: {} does not load completely",
                join_rel(dir_rel, &file.rel),
                file.path
            ));
            continue;
        }
        let sheet = crate::worksheet::file(
            &file.rel,
            &project.ws.config.source_locale,
            locale,
            &file.text,
            "add-locale",
        );
        let count = crate::worksheet::commented_entries(&sheet).len();
        let path = join_rel(dir_rel, &file.rel);
        if let Some(junk) = crate::ftl::parse(&file.text).junk.first() {
            let line = file.text[..junk.span.start].matches('\n').count() + 1;
            report.partial.push(format!(
                "{path}: {} has a syntax error (line {line}), so the worksheet lacks its broken part",
                file.path
            ));
        }
        sheets.push((path, sheet, count));
    }
    for part in &project.broken {
        if let Some(rel) = part.rel.as_deref().filter(|_| part.guide.is_some()) {
            let path = join_rel(dir_rel, rel);
            if !report
                .skipped
                .iter()
                .any(|s| s.starts_with(&format!("{path}:")))
            {
                report
                    .skipped
                    .push(format!("{path}: {} does not load", part.path));
            }
        }
    }
    sheets
}

/// Refuses a locale whose directory exists already (with files in it), or that exists under
/// another spelling (`fr-fr`, `fr_FR` for `fr-FR`).
fn check_no_directory(
    ws: &crate::Workspace,
    locale: &str,
    dir_rel: &str,
) -> Result<(), AddLocaleError> {
    let dir = ws.root.join(dir_rel);
    if let Ok(mut entries) = std::fs::read_dir(&dir) {
        if entries.next().is_some() {
            return Err(AddLocaleError::DirExists {
                dir: dir_rel.to_string(),
                hint: format!(
                    ": to make it a locale of this workspace, add `\"{locale}\"` to `locales` in polyguide.toml, then run `polyguide sync {locale}`"
                ),
            });
        }
    }
    let same = |name: &str| name.replace('_', "-").eq_ignore_ascii_case(locale);
    if let Ok(entries) = std::fs::read_dir(ws.locales_dir()) {
        let mut other: Vec<String> = entries
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|name| name != locale && same(name))
            .collect();
        other.sort();
        if let Some(name) = other.first() {
            let existing = join_rel(&ws.config.locales_dir, name);
            return Err(AddLocaleError::DirExists {
                dir: existing.clone(),
                hint: format!(
                    ", the same locale spelled another way: rename it to {dir_rel}/ (`git mv {existing} {dir_rel}`), add `\"{locale}\"` to `locales`, then run `polyguide sync {locale}`"
                ),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_checked_and_canonical_case_is_suggested() {
        assert_eq!(canonical_locale("fr").unwrap(), "fr");
        assert_eq!(canonical_locale("pt-BR").unwrap(), "pt-BR");
        assert_eq!(canonical_locale("zh-Hant").unwrap(), "zh-Hant");
        for (given, canonical) in [
            ("fr-fr", "fr-FR"),
            ("fr_FR", "fr-FR"),
            ("ZH-hant", "zh-Hant"),
        ] {
            match canonical_locale(given) {
                Err(AddLocaleError::NotCanonical { canonical: c, .. }) => assert_eq!(c, canonical),
                other => panic!("{given}: {other:?}"),
            }
        }
        for bad in ["", "french!", "x", "und", "en-US-!"] {
            assert!(
                matches!(canonical_locale(bad), Err(AddLocaleError::InvalidTag(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_config_keeps_its_comments_and_layout() {
        let text = "# My workspace\nsource-locale = \"en\"  # the source\nlocales = [\"es\", \"de\"] # shipped\n\n[export]\nout-dir = \"out\"\n";
        let new = add_to_config(text, "fr").unwrap().unwrap();
        assert_eq!(new, text.replace("\"de\"]", "\"de\", \"fr\"]"));

        let multi = "source-locale = \"en\"\nlocales = [\n    \"es\",  # Spain\n    \"de\",\n]\n";
        let new = add_to_config(multi, "fr").unwrap().unwrap();
        assert_eq!(
            new,
            "source-locale = \"en\"\nlocales = [\n    \"es\",  # Spain\n    \"de\",\n    \"fr\",\n]\n"
        );
        // The comment on the last item's line stays on that line, with or without a comma.
        for (before, after) in [
            (
                "locales = [\n  \"es\",  # Spain\n]",
                "locales = [\n  \"es\",  # Spain\n  \"fr\",\n]",
            ),
            (
                "locales = [\n  \"es\"  # Spain\n  ]",
                "locales = [\n  \"es\",  # Spain\n  \"fr\"\n  ]",
            ),
            (
                "locales = [\"es\" ,\"de\" ]",
                "locales = [\"es\" ,\"de\", \"fr\" ]",
            ),
            ("locales = [\"es\", ]", "locales = [\"es\", \"fr\", ]"),
        ] {
            let text = format!("source-locale = \"en\"\n{before}\n");
            let new = add_to_config(&text, "fr").unwrap().unwrap();
            assert_eq!(
                new,
                format!("source-locale = \"en\"\n{after}\n"),
                "{before}"
            );
        }

        let empty = "source-locale = \"en\"\nlocales = []  # none yet\n";
        assert_eq!(
            add_to_config(empty, "fr").unwrap().unwrap(),
            "source-locale = \"en\"\nlocales = [\"fr\"]  # none yet\n"
        );

        let absent = "# c\nsource-locale = \"en\"\n\n[export]\nout-dir = \"dist\"\n";
        let new = add_to_config(absent, "fr").unwrap().unwrap();
        assert!(
            new.starts_with("# c\nsource-locale = \"en\"\nlocales = [\"fr\"]\n"),
            "{new}"
        );
        assert!(new.ends_with("[export]\nout-dir = \"dist\"\n"), "{new}");

        assert_eq!(
            add_to_config("source-locale = \"en\"\nlocales = \"*\"\n", "fr").unwrap(),
            None
        );
        assert!(add_to_config("source-locale = \"en\"\nlocales = 3\n", "fr").is_err());
    }
}
