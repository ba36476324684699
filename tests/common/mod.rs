//! Tiny workspaces on disk for integration tests.
#![allow(dead_code)]

pub mod lsp;

use polyguide::lint::{self, LintOptions, LintOutcome};
use polyguide::Workspace;
use std::path::{Path, PathBuf};

pub struct TestWs {
    pub dir: tempfile::TempDir,
}

impl TestWs {
    /// A workspace with `polyguide.toml` for the given locales and the files given as
    /// (relative path, contents).
    pub fn new(locales: &[&str], files: &[(&str, &str)]) -> TestWs {
        let dir = tempfile::tempdir().expect("tempdir");
        let quoted: Vec<String> = locales.iter().map(|l| format!("\"{l}\"")).collect();
        std::fs::write(
            dir.path().join("polyguide.toml"),
            format!(
                "source-locale = \"en\"\nlocales = [{}]\n",
                quoted.join(", ")
            ),
        )
        .unwrap();
        let ws = TestWs { dir };
        for (path, text) in files {
            ws.write(path, text);
        }
        ws
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    pub fn workspace(&self) -> Workspace {
        Workspace::open(self.root()).expect("valid workspace")
    }

    pub fn lint(&self) -> LintOutcome {
        lint::run(
            &polyguide::project::Project::load(&self.workspace()),
            &LintOptions::default(),
        )
        .expect("lint runs")
    }

    /// `(rule, locale, id)` of every finding, for compact assertions.
    pub fn findings(&self) -> Vec<(String, Option<String>, Option<String>)> {
        self.lint()
            .diagnostics
            .into_iter()
            .map(|d| (d.rule.to_string(), d.locale, d.id))
            .collect()
    }
}
