//! Temporary stand-in while the real module is written.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
#[derive(Debug)]
pub struct Project {
    root: PathBuf,
}
#[derive(Debug, thiserror::Error)]
pub enum L10nError {
    #[error("unsupported")]
    Unsupported,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Error,
    Warning,
    Ignore,
}
impl Project {
    pub fn load(_c: &[PathBuf], _v: &BTreeMap<String, String>) -> Result<Project, L10nError> {
        Err(L10nError::Unsupported)
    }
    pub fn root(&self) -> &Path {
        &self.root
    }
    pub fn locales(&self) -> Vec<String> {
        vec![]
    }
    pub fn reference_locale(&self) -> String {
        "en-US".into()
    }
    pub fn reference_files(&self) -> Vec<String> {
        vec![]
    }
    pub fn l10n_path(&self, _r: &str, _l: &str) -> Option<String> {
        None
    }
    pub fn l10n_files(&self, _l: &str) -> Vec<String> {
        vec![]
    }
    pub fn action(&self, _l: &str, _p: &str, _k: Option<&str>) -> Action {
        Action::Error
    }
}
