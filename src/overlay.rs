//! Texts that stand in for files on disk: an editor's unsaved buffers.
//!
//! The language server keeps every open document here, by path relative to the workspace
//! root; the readers of the pipeline (content, source catalog, translation files, stamps,
//! `polyguide.toml`) ask the overlay first and read the disk only for files it does not
//! hold. So `polyguide lsp` lints what the translator sees, through the one engine `polyguide
//! lint` uses. The command line never fills an overlay: for it every read goes to disk,
//! exactly as before.
//!
//! Only the bytes come from the overlay. Which files exist (directory scans) and whether a
//! path may be read at all (links out of the workspace, FIFOs: see [`crate::fsx`]) are still
//! decided on disk, so an editor buffer never makes polyguide read what it would refuse.
//!
//! The overlay is shared: clones see the same texts, so a [`crate::Workspace`] handed to a
//! long-lived [`crate::project::Project`] sees later edits of translation files without a
//! reload (the server reloads the project itself when a source file changes).

use rustc_hash::FxHashMap;
use std::path::Path;
use std::sync::{Arc, RwLock};

/// Editor buffers by path relative to the workspace root (with `/`).
#[derive(Clone, Debug, Default)]
pub struct Overlay {
    texts: Arc<RwLock<FxHashMap<String, Arc<String>>>>,
}

impl Overlay {
    /// Holds `text` for `rel` from now on, replacing any earlier text.
    pub fn set(&self, rel: &str, text: Arc<String>) {
        self.write().insert(rel.to_string(), text);
    }

    /// Forgets the text of `rel` (the editor closed it): reads go to disk again. True if the
    /// overlay held it.
    pub fn remove(&self, rel: &str) -> bool {
        self.write().remove(rel).is_some()
    }

    /// The text held for `rel`, if any.
    pub fn get(&self, rel: &str) -> Option<Arc<String>> {
        self.read().get(rel).cloned()
    }

    pub fn contains(&self, rel: &str) -> bool {
        self.read().contains_key(rel)
    }

    pub fn is_empty(&self) -> bool {
        self.read().is_empty()
    }

    /// The bytes of file `rel` of `root`: the buffer's text if the overlay holds one, else
    /// the file read under the access policy ([`crate::fsx::read_file`]). A buffer larger
    /// than [`crate::fsx::MAX_FILE_BYTES`] is refused like such a file.
    pub fn read_file(&self, root: &Path, rel: &str) -> std::io::Result<Vec<u8>> {
        match self.get(rel) {
            Some(text) if text.len() as u64 > crate::fsx::MAX_FILE_BYTES => {
                Err(std::io::Error::other(format!(
                    "the buffer is {} MiB, larger than the {} MiB polyguide reads",
                    text.len() / (1024 * 1024),
                    crate::fsx::MAX_FILE_BYTES / (1024 * 1024)
                )))
            }
            Some(text) => Ok(text.as_bytes().to_vec()),
            None => crate::fsx::read_file(&root.join(rel)),
        }
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, FxHashMap<String, Arc<String>>> {
        // A panic while holding the lock cannot leave the map half-changed (one insert or
        // remove): the data is still good.
        self.texts.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, FxHashMap<String, Arc<String>>> {
        self.texts.write().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_buffer_stands_in_for_the_file_and_removing_it_reads_the_disk_again() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.ftl"), "a = disk\n").unwrap();
        let overlay = Overlay::default();
        assert_eq!(
            overlay.read_file(dir.path(), "a.ftl").unwrap(),
            b"a = disk\n"
        );
        overlay.set("a.ftl", Arc::new("a = buffer\n".into()));
        assert_eq!(
            overlay.read_file(dir.path(), "a.ftl").unwrap(),
            b"a = buffer\n"
        );
        // Clones share the texts: the project's workspace sees the server's edits.
        let clone = overlay.clone();
        clone.set("a.ftl", Arc::new("a = later\n".into()));
        assert_eq!(overlay.get("a.ftl").unwrap().as_str(), "a = later\n");
        assert!(overlay.remove("a.ftl"));
        assert!(!overlay.remove("a.ftl"));
        assert_eq!(
            overlay.read_file(dir.path(), "a.ftl").unwrap(),
            b"a = disk\n"
        );
    }

    #[test]
    fn a_buffer_may_exist_only_in_the_editor() {
        let dir = tempfile::tempdir().unwrap();
        let overlay = Overlay::default();
        assert!(overlay.read_file(dir.path(), "new.ftl").is_err());
        overlay.set("new.ftl", Arc::new("n = 1\n".into()));
        assert_eq!(
            overlay.read_file(dir.path(), "new.ftl").unwrap(),
            b"n = 1\n"
        );
    }
}
