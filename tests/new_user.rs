//! Issue 15, "done when": a new user goes from an empty directory to an exported two-locale
//! guide with only `init`, editing YAML and FTL, `add-locale`, `sync`, `accept` and `export`,
//! never copying a file by hand.
//!
//! The test edits files only through [`Dir::edit`], which refuses to create one: every file
//! of the workspace is written by polyguide. `status` and `lint` are only looked at, never
//! needed to get anywhere.

use std::path::Path;
use std::process::{Command, Output, Stdio};

struct Dir(tempfile::TempDir);

impl Dir {
    fn path(&self, rel: &str) -> std::path::PathBuf {
        self.0.path().join(rel)
    }

    #[track_caller]
    fn run(&self, args: &[&str]) -> Output {
        let out = Command::new(env!("CARGO_BIN_EXE_polyguide"))
            .args(args)
            .current_dir(self.0.path())
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .output()
            .expect("polyguide runs");
        assert_eq!(
            out.status.code(),
            Some(0),
            "polyguide {args:?}\nstdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// Edits an existing file, as a person in an editor would: `from` (found exactly once)
    /// becomes `to`. Never creates a file.
    #[track_caller]
    fn edit(&self, rel: &str, from: &str, to: &str) {
        let path = self.path(rel);
        assert!(
            path.is_file(),
            "{rel} must exist: the user edits, never copies"
        );
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.matches(from).count(), 1, "{from:?} in {rel}:\n{text}");
        std::fs::write(&path, text.replace(from, to)).unwrap();
    }

    /// Translates the worksheet entry of `id` in `rel`: uncomments it with `translation` as
    /// its value.
    #[track_caller]
    fn translate(&self, rel: &str, id: &str, translation: &str) {
        let text = std::fs::read_to_string(self.path(rel)).unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("# {id} = ")))
            .unwrap_or_else(|| panic!("no worksheet entry of {id} in {rel}:\n{text}"))
            .to_string();
        self.edit(
            rel,
            &format!("{line}\n"),
            &format!("{id} = {translation}\n"),
        );
    }

    fn json(&self, rel: &str) -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(self.path(rel)).unwrap()).unwrap()
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn files_under(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(root).unwrap();
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

const GUIDE: &str = "content/back-up-notes.yaml";
const FR_GUIDE: &str = "locales/fr/back-up-notes.ftl";
const FR_TERMS: &str = "locales/fr/terms.ftl";

#[test]
fn from_an_empty_directory_to_an_exported_two_locale_guide() {
    let dir = Dir(tempfile::tempdir().unwrap());
    assert!(files_under(dir.0.path()).is_empty());

    // 1. Start a workspace; make the example guide one's own.
    dir.run(&["init"]);
    dir.edit(
        GUIDE,
        "title: How to back up your notes in { -app }",
        "title: How to keep a backup of your notes in { -app }",
    );
    dir.edit(
        "locales/en/terms.ftl",
        "-app = Notepad",
        "-app = Notes Plus",
    );

    // 2. Start French: a worksheet, nothing translated.
    dir.run(&["add-locale", "fr"]);
    let status = dir.json_of(&["status", "--format", "json"]);
    assert_eq!(status["locales"][0]["locale"], "fr");
    assert_eq!(status["locales"][0]["translated"], 0);
    assert_eq!(status["locales"][0]["complete"], 0.0);

    // 3. Translate every message in place, then accept after review.
    for (id, fr) in [
        (
            "back-up-notes--title",
            "Comment garder une sauvegarde de vos notes dans { -app }",
        ),
        (
            "back-up-notes--summary",
            "Une sauvegarde protège vos notes quand vous perdez ou remplacez votre téléphone.",
        ),
        (
            "back-up-notes--export--title",
            "Exporter vos notes dans un fichier",
        ),
        (
            "back-up-notes--export--open-settings",
            "Ouvrez { -app } et touchez « { -label-settings } ».",
        ),
        (
            "back-up-notes--export--tap-export",
            "Touchez « { -label-export } » et choisissez où enregistrer le fichier.",
        ),
        (
            "back-up-notes--export--keep-a-copy",
            "Gardez une copie du fichier sur un autre appareil.",
        ),
    ] {
        dir.translate(FR_GUIDE, id, fr);
    }
    dir.translate(FR_TERMS, "-app", "Notes Plus Mobile");
    dir.translate(FR_TERMS, "-label-settings", "Paramètres");
    dir.translate(FR_TERMS, "-label-export", "Exporter");
    dir.run(&["accept", "fr", "--all"]);

    // 4. The author adds a step and rewords one; sync brings the French file in step.
    dir.edit(
        GUIDE,
        "      - id: tap-export\n",
        "      - id: choose-notes\n        text: Select the notes to back up.\n      - id: tap-export\n",
    );
    dir.edit(
        GUIDE,
        "text: Keep a copy of the file on another device.",
        "text: Keep a copy of the file on another device or in the cloud.",
    );
    let synced = stdout(&dir.run(&["sync"]));
    assert!(
        synced.contains("added 1 message to translate: back-up-notes--export--choose-notes"),
        "{synced}"
    );
    dir.translate(
        FR_GUIDE,
        "back-up-notes--export--choose-notes",
        "Sélectionnez les notes à sauvegarder.",
    );
    dir.edit(
        FR_GUIDE,
        "sur un autre appareil.",
        "sur un autre appareil ou dans le cloud.",
    );
    dir.run(&[
        "accept",
        "fr",
        "back-up-notes--export--choose-notes",
        "back-up-notes--export--keep-a-copy",
    ]);

    // 5. Export: both locales, every French item current.
    dir.run(&["export"]);
    let manifest = dir.json("dist/manifest.json");
    let locales: Vec<&str> = manifest["locales"]
        .as_object()
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(locales, ["en", "fr"], "{manifest}");
    assert_eq!(manifest["locales"]["fr"]["complete"], 100.0, "{manifest}");
    let fr = dir.json("dist/fr/back-up-notes.json");
    assert_eq!(
        fr["title"]["text"],
        "Comment garder une sauvegarde de vos notes dans Notes Plus Mobile"
    );
    let steps = fr["methods"][0]["steps"].as_array().unwrap();
    let texts: Vec<&str> = steps.iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        [
            "Ouvrez Notes Plus Mobile et touchez « Paramètres ».",
            "Sélectionnez les notes à sauvegarder.",
            "Touchez « Exporter » et choisissez où enregistrer le fichier.",
        ]
    );
    let mut statuses = Vec::new();
    collect_statuses(&fr, &mut statuses);
    assert_eq!(statuses.len(), 7, "{fr}");
    assert!(statuses.iter().all(|s| s == "current"), "{statuses:?}");

    // Every file was written by polyguide.
    let files = files_under(dir.0.path());
    for expected in [
        ".gitignore",
        "polyguide.toml",
        GUIDE,
        "locales/en/terms.ftl",
        "locales/en/back-up-notes.ftl",
        FR_GUIDE,
        FR_TERMS,
        "locales/fr/polyguide.stamps",
        "dist/fr/back-up-notes.json",
    ] {
        assert!(files.iter().any(|f| f == expected), "{expected}: {files:?}");
    }
}

impl Dir {
    fn json_of(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_slice(&self.run(args).stdout).unwrap()
    }
}

/// Every `status` in an exported guide bundle.
fn collect_statuses(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(map) => {
            if let (Some(status), Some(_)) = (map.get("status"), map.get("text")) {
                out.push(status.as_str().unwrap_or("").to_string());
            }
            for value in map.values() {
                collect_statuses(value, out);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|i| collect_statuses(i, out)),
        _ => {}
    }
}
