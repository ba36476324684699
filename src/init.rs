//! `polyguide init`: a new workspace that works from the first command.
//!
//! It writes `polyguide.toml` (with comments on every setting), one small example guide, the
//! hand-written source terms file, the guide's template (what `polyguide extract` writes) and
//! a `.gitignore` for the export directory. The result lints clean. It never overwrites: if
//! any of its files exists, it writes nothing.

use std::path::{Path, PathBuf};

/// The example guide's id (and file stem).
pub const EXAMPLE_GUIDE: &str = "back-up-notes";

/// What `init` wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Initialized {
    pub source_locale: String,
    /// The files written, relative to the workspace directory, with `/`.
    pub files: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum InitError {
    #[error("{0}")]
    Locale(String),
    #[error("{} already exist{}; polyguide init writes only new files and has written nothing (init another directory, or move {} aside)", .0.join(", "), if .0.len() == 1 { "s" } else { "" }, if .0.len() == 1 { "it" } else { "them" })]
    Exists(Vec<String>),
    #[error("{0} is a file, not a directory")]
    NotADirectory(PathBuf),
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// Writes a new workspace into `dir` (created if needed) with `source_locale` as the
/// language of its content.
pub fn init(dir: &Path, source_locale: &str) -> Result<Initialized, InitError> {
    let source_locale = crate::add_locale::canonical_locale(source_locale)
        .map_err(|e| InitError::Locale(format!("--source-locale: {e}")))?;
    let files = files(&source_locale);
    if dir.exists() && !dir.is_dir() {
        return Err(InitError::NotADirectory(dir.to_path_buf()));
    }
    let existing: Vec<String> = files
        .iter()
        .filter(|(rel, _)| dir.join(rel).symlink_metadata().is_ok())
        .map(|(rel, _)| rel.clone())
        .collect();
    if !existing.is_empty() {
        return Err(InitError::Exists(existing));
    }
    for (rel, text) in &files {
        let path = dir.join(rel);
        let io = |source| InitError::Io {
            path: rel.clone(),
            source,
        };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        crate::fsx::write_atomic(&path, text.as_bytes()).map_err(io)?;
    }
    Ok(Initialized {
        source_locale,
        files: files.into_iter().map(|(rel, _)| rel).collect(),
    })
}

/// Every file of a new workspace: (path relative to it, text).
fn files(source: &str) -> Vec<(String, String)> {
    let guide_rel = format!("content/{EXAMPLE_GUIDE}.yaml");
    let guide_text = example_guide(source);
    let template = template_of(&guide_rel, &guide_text);
    vec![
        ("polyguide.toml".into(), config(source)),
        (guide_rel, guide_text),
        (format!("locales/{source}/terms.ftl"), terms(source)),
        (format!("locales/{source}/{EXAMPLE_GUIDE}.ftl"), template),
        (".gitignore".into(), GITIGNORE.into()),
    ]
}

/// The template `polyguide extract` writes for the example guide.
fn template_of(rel: &str, yaml: &str) -> String {
    let (guide, _) = crate::content::load_guide(rel, yaml.as_bytes().to_vec());
    // The example is a constant that a unit test loads: it always parses.
    guide
        .map(|g| crate::catalog::guide_template(&g, None).0.text)
        .unwrap_or_default()
}

fn config(source: &str) -> String {
    format!(
        r#"# polyguide workspace configuration (see polyguide's README, "Workspace layout").

# The language the guides in content/ are written in.
source-locale = "{source}"

# The translation locales: BCP 47 ids in canonical case ("fr", "pt-BR"), which are also the
# directory names under locales/. `polyguide add-locale fr` adds one here and writes its
# worksheet files; `locales = "*"` would take every locale directory instead.
locales = []

# Where things are (these are the defaults):
# content-dir = "content"
# locales-dir = "locales"

# Rule severities: "error", "warning", "info" or "off" (`polyguide explain` lists the rules).
# [rules]
# missing-message = "error"

[export]
# Where `polyguide export` writes the bundles for apps (.gitignore keeps it out of git).
out-dir = "dist"
"#
    )
}

fn example_guide(source: &str) -> String {
    let language = if source == "en" {
        String::new()
    } else {
        format!(
            "# The texts of this workspace are written in `{source}` (source-locale): replace the\n# English example with your own.\n"
        )
    };
    format!(
        r#"# An example guide, written by `polyguide init`: edit it, or replace it with your own.
{language}# Every text is a Fluent pattern: it can use the terms of locales/{source}/terms.ftl ({{ -app }}).
# Quote a text ("…") that starts with `{{` or contains `: `, as YAML requires.
# Ids are kebab-case and stable: translations are matched to texts by them
# (back-up-notes--export--open-settings), so rename an id only to start its translations over.
id: {EXAMPLE_GUIDE}
title: How to back up your notes in {{ -app }}
summary: A backup keeps your notes safe when you lose or replace your phone.
methods:
  - id: export
    title: Export your notes to a file
    steps:
      - id: open-settings
        text: Open {{ -app }} and tap “{{ -label-settings }}”.
      - id: tap-export
        text: Tap “{{ -label-export }}” and choose where to save the file.
    notes:
      - id: keep-a-copy
        kind: tip
        text: Keep a copy of the file on another device.
"#
    )
}

fn terms(source: &str) -> String {
    format!(
        r#"### Terms: the names and on-screen labels that guide texts use, such as {{ -app }}, so
### that no translation hard-codes them. This is the hand-written source file; each locale
### translates it at the same path (locales/<locale>/terms.ftl). Write it in `{source}`.

# The app's name. Keep it as the app store of your market shows it.
-app = Notepad

## On-screen labels: write them exactly as the app shows them in your language.

# The button on the main screen that opens the settings.
-label-settings = Settings

# The settings entry that saves every note to a file.
-label-export = Export
"#
    )
}

const GITIGNORE: &str =
    "# `polyguide export` writes here ([export] out-dir in polyguide.toml).\n/dist/\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_guide_loads_completely() {
        for source in ["en", "de"] {
            let text = example_guide(source);
            let (guide, findings) =
                crate::content::load_guide(&format!("content/{EXAMPLE_GUIDE}.yaml"), text.into());
            assert!(findings.is_empty(), "{findings:?}");
            assert!(guide.unwrap().complete);
        }
        let template = template_of("content/back-up-notes.yaml", &example_guide("en"));
        assert!(template.contains("back-up-notes--export--open-settings = Open { -app }"));
    }

    #[test]
    fn an_existing_file_stops_init_before_anything_is_written() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".gitignore"), "target/\n").unwrap();
        match init(dir.path(), "en") {
            Err(InitError::Exists(list)) => assert_eq!(list, [".gitignore"]),
            other => panic!("{other:?}"),
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(matches!(
            init(dir.path(), "en_GB"),
            Err(InitError::Locale(_))
        ));
    }
}
