//! The one file-access policy: every file polyguide reads or writes goes through here.
//!
//! - **Reads**: regular files only; the size is checked from metadata *before* reading, and
//!   the read is bounded, so a file that grows (or `/dev/zero` behind a link) cannot exceed
//!   [`MAX_FILE_BYTES`]; a FIFO or device is never opened (and the open is non-blocking, so a
//!   file swapped for a FIFO between the check and the open cannot hang the run).
//! - **Containment**: a path given by name (a stamps file, a template, a locale or output
//!   directory) must resolve inside its root ([`inside`]): a symbolic link that leaves the
//!   workspace, file or directory, is refused and never read or written through. Directory
//!   walks check each link they meet the same way (see [`crate::ftl::scan_files`]).
//! - **Writes** ([`write_atomic`]): a temporary file with a recognisable name
//!   ([`TMP_PREFIX`]) in the target's directory, flushed to disk, renamed over the target, and
//!   the directory synced, so a crash or power loss leaves the old file or the new one. A
//!   target that is a symbolic link is refused, never followed or replaced; a replaced file
//!   keeps its permissions.
//! - **Locks** ([`DirLock`]): an OS advisory lock on a directory, released by the kernel when
//!   the process ends, however it ends.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The largest file polyguide reads (64 MiB). A translation file or guide beyond it is a
/// finding (`unreadable-file`), not an out-of-memory kill.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Temporary files polyguide writes start with this; a later run may remove them.
pub const TMP_PREFIX: &str = ".polyguide-tmp-";

/// Reads a whole file under the policy: a regular file no larger than [`MAX_FILE_BYTES`].
pub fn read_file(path: &Path) -> std::io::Result<Vec<u8>> {
    // Look before opening: opening a FIFO for reading blocks until a writer comes.
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::Error::other(special_kind(&meta)));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut file = open_nonblocking(path)?;
    // The file opened may not be the one looked at: check again on the open handle.
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(std::io::Error::other(special_kind(&meta)));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(MAX_FILE_BYTES) as usize + 1);
    // `take` guards against a file that grows while it is read.
    Read::by_ref(&mut file)
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// [`read_file`], decoded as UTF-8 text (a leading BOM dropped); for configuration files.
pub fn read_text(path: &Path) -> std::io::Result<String> {
    let bytes = read_file(path)?;
    crate::text::decode(bytes)
        .map(|d| d.text)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string()))
}

fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

fn too_large(len: u64) -> std::io::Error {
    std::io::Error::other(format!(
        "the file is {} MiB, larger than the {} MiB polyguide reads",
        len / (1024 * 1024),
        MAX_FILE_BYTES / (1024 * 1024)
    ))
}

/// What a non-regular file is, for messages.
fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a named pipe (FIFO), not a regular file; not opened";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device, not a regular file; not opened";
        }
        if t.is_socket() {
            return "a socket, not a regular file; not opened";
        }
    }
    if meta.is_dir() {
        return "a directory, not a file";
    }
    "not a regular file"
}

/// Why a path may not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("a symbolic link that leaves {0}; not followed")]
    Outside(&'static str),
    #[error("a symbolic link that leads nowhere (or loops)")]
    Dangling,
}

/// Checks that `path` (existing or not) resolves inside `root`: the longest existing prefix,
/// links followed, must lie under `root`'s real path. `what` names the root in messages
/// ("the workspace", "the output directory").
pub fn inside(root: &Path, path: &Path, what: &'static str) -> Result<(), Refusal> {
    let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    match resolve(path) {
        Some(real) if real.starts_with(&real_root) => Ok(()),
        Some(_) => Err(Refusal::Outside(what)),
        None => Err(Refusal::Dangling),
    }
}

/// The real path of `path`: the longest existing prefix canonicalized, the rest appended.
/// `None` for a dangling or looping link on the way.
fn resolve(path: &Path) -> Option<PathBuf> {
    let mut rest = Vec::new();
    let mut base = path;
    let mut retried = false;
    loop {
        match base.canonicalize() {
            Ok(mut real) => {
                for part in rest.iter().rev() {
                    real.push(part);
                }
                return Some(real);
            }
            Err(_) => match base.symlink_metadata() {
                // A link whose target is missing: not a prefix that "does not exist yet".
                Ok(meta) if meta.file_type().is_symlink() => return None,
                // Created by someone else in the meantime: look again.
                Ok(_) if !retried => {
                    retried = true;
                    continue;
                }
                _ => {}
            },
        }
        match (base.parent(), base.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                base = if parent.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    parent
                };
            }
            _ => return Some(path.to_path_buf()),
        }
    }
}

/// Writes `bytes` to `path` atomically and durably: a temporary file in the same directory,
/// synced, renamed over the target, then the directory synced. A reader sees the old file or
/// the new one, never a mix; after a crash or power loss the file is old or new. A target
/// that is a symbolic link is refused (never followed, never replaced); a replaced file keeps
/// its permissions.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = write_temporary(path, bytes)?;
    let result = std::fs::rename(&tmp, path);
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result?;
    sync_dir(parent_of(path))
}

/// The first half of [`write_atomic`], for writers that rename many files together: writes
/// and syncs a temporary file beside `path` and returns its path.
pub fn write_temporary(path: &Path, bytes: &[u8]) -> std::io::Result<PathBuf> {
    let dir = parent_of(path);
    let permissions = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(std::io::Error::other(
                "it is a symbolic link; polyguide never writes through links",
            ))
        }
        Ok(meta) if !meta.is_file() => {
            return Err(std::io::Error::other(special_kind(&meta)));
        }
        Ok(meta) => Some(meta.permissions()),
        Err(_) => None,
    };
    // Short and independent of the target's name, so a long name never becomes too long.
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!("{TMP_PREFIX}{}-{n}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        file.write_all(bytes)?;
        if let Some(permissions) = permissions {
            file.set_permissions(permissions)?;
        }
        file.sync_all()
    })();
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

fn parent_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Flushes a directory's entries (renames, creations) to disk.
pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Removes polyguide's temporary files left under `dir` by an earlier run that was killed.
/// Call it only while holding the directory's [`DirLock`], so no running writer loses one.
/// Returns how many were removed.
pub fn remove_leftovers(dir: &Path) -> usize {
    let mut removed = 0;
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    for entry in entries.filter_map(Result::ok) {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let name = entry.file_name();
        if kind.is_dir() {
            removed += remove_leftovers(&entry.path());
        } else if kind.is_file()
            && name.to_string_lossy().starts_with(TMP_PREFIX)
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// How long a second writer waits for a lock before giving up.
pub const LOCK_TIMEOUT: Duration = Duration::from_secs(30);

/// An exclusive OS advisory lock on a directory (`flock` on Unix): one writer at a time, and
/// the kernel releases it when the process ends, even on `kill -9`.
#[derive(Debug)]
pub struct DirLock {
    _file: std::fs::File,
}

/// Called once when a lock is busy and polyguide starts to wait for it, with what is locked.
/// The library never prints; the binary sets this to tell the user.
static WAIT_NOTICE: std::sync::OnceLock<fn(&str)> = std::sync::OnceLock::new();

/// Sets what happens when a lock is busy (see [`DirLock::acquire`]).
pub fn on_lock_wait(notice: fn(&str)) {
    let _ = WAIT_NOTICE.set(notice);
}

impl DirLock {
    /// Locks `dir` (created if missing), waiting up to `timeout` for another holder.
    /// `what` describes the lock for the wait notice and the error.
    pub fn acquire(dir: &Path, what: &str, timeout: Duration) -> std::io::Result<DirLock> {
        std::fs::create_dir_all(dir)?;
        let file = std::fs::File::open(dir)?;
        let deadline = Instant::now() + timeout;
        let mut told = false;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(DirLock { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) => {
                    if !told {
                        if let Some(notice) = WAIT_NOTICE.get() {
                            notice(what);
                        }
                        told = true;
                    }
                    if Instant::now() >= deadline {
                        return Err(std::io::Error::new(
                            std::io::ErrorKind::TimedOut,
                            format!(
                                "{what} is still locked by another polyguide run after {} s",
                                timeout.as_secs()
                            ),
                        ));
                    }
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(e),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        std::fs::write(&path, "old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        // The target is a directory: the write fails, the directory and siblings stay.
        let target = dir.path().join("d");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("keep"), "x").unwrap();
        assert!(write_atomic(&target, b"new").is_err());
        assert!(target.join("keep").exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn links_are_never_written_through_and_modes_are_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real");
        std::fs::write(&real, "keep").unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert!(write_atomic(&link, b"new").is_err());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "keep");
        assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
        write_atomic(&real, b"new").unwrap();
        let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn reads_refuse_devices_and_stop_at_the_limit() {
        let e = read_file(Path::new("/dev/zero")).unwrap_err();
        assert!(e.to_string().contains("device"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("zero");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(read_file(&link).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn containment_follows_links_of_files_and_directories() {
        let root = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::create_dir(root.path().join("in")).unwrap();
        std::os::unix::fs::symlink(outside.path(), root.path().join("out")).unwrap();
        std::os::unix::fs::symlink("nowhere", root.path().join("dangling")).unwrap();
        let ws = "the workspace";
        assert_eq!(
            inside(root.path(), &root.path().join("in/new/file"), ws),
            Ok(())
        );
        assert_eq!(
            inside(root.path(), &root.path().join("out/file"), ws),
            Err(Refusal::Outside(ws))
        );
        assert_eq!(
            inside(root.path(), &root.path().join("dangling"), ws),
            Err(Refusal::Dangling)
        );
    }

    #[test]
    fn a_second_lock_waits_then_times_out() {
        let dir = tempfile::tempdir().unwrap();
        let first = DirLock::acquire(dir.path(), "d", LOCK_TIMEOUT).unwrap();
        let second = DirLock::acquire(dir.path(), "d", Duration::from_millis(100));
        assert_eq!(second.unwrap_err().kind(), std::io::ErrorKind::TimedOut);
        drop(first);
        DirLock::acquire(dir.path(), "d", Duration::from_millis(100)).unwrap();
    }

    #[test]
    fn leftovers_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("fr")).unwrap();
        std::fs::write(dir.path().join("fr").join(format!("{TMP_PREFIX}1-7")), "x").unwrap();
        std::fs::write(dir.path().join("fr/a.ftl"), "x").unwrap();
        std::fs::write(dir.path().join(".other.tmp"), "x").unwrap();
        assert_eq!(remove_leftovers(dir.path()), 1);
        assert!(dir.path().join("fr/a.ftl").exists());
        assert!(dir.path().join(".other.tmp").exists());
    }
}
