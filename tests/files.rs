//! Files and processes around polyguide (issue 12): links, special files, names, crashed and
//! concurrent runs. Every case that could hang runs under a timeout, so a regression fails
//! instead of blocking the suite.

mod common;

use common::TestWs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

fn command(ws: &TestWs, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_polyguide"));
    c.arg("--workspace")
        .arg(ws.root())
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

/// Runs polyguide; fails the test if it has not ended after `limit`.
#[track_caller]
fn run_within(ws: &TestWs, args: &[&str], limit: Duration) -> Output {
    output_within(command(ws, args), args, limit)
}

/// Runs `command` (polyguide with `args`); kills it and fails the test if it has not ended
/// after `limit`.
#[track_caller]
fn output_within(mut command: Command, args: &[&str], limit: Duration) -> Output {
    let mut child = command.spawn().expect("polyguide runs");
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "polyguide {args:?} still running after {limit:?} (hung); stderr: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn run(ws: &TestWs, args: &[&str]) -> Output {
    run_within(ws, args, Duration::from_secs(60))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const GUIDE: &str = "id: g\ntitle: Hello\nmethods:\n  - id: m\n    title: Method\n    steps:\n      - id: a\n        text: Do this.\n";
const FR: &str = "g--title = Bonjour\ng--m--title = Méthode\ng--m--a = Faites ceci.\n";

fn small() -> TestWs {
    let ws = TestWs::new(
        &["fr", "de"],
        &[
            ("content/g.yaml", GUIDE),
            ("locales/fr/g.ftl", FR),
            ("locales/de/g.ftl", "g--title = Hallo\n"),
        ],
    );
    assert_eq!(run(&ws, &["accept", "fr", "--all"]).status.code(), Some(0));
    ws
}

// 1. Stamps files get the protections FTL files get.

#[cfg(unix)]
#[test]
fn a_stamps_file_linked_to_dev_zero_is_refused_quickly() {
    let ws = small();
    std::fs::remove_file(ws.path("locales/fr/polyguide.stamps")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", ws.path("locales/fr/polyguide.stamps")).unwrap();
    let out = run_within(&ws, &["lint"], Duration::from_secs(10));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("invalid-stamps"),
        "{}",
        text(&out.stdout)
    );
    for args in [&["stale"][..], &["status"], &["export"]] {
        let out = run_within(&ws, args, Duration::from_secs(10));
        assert_eq!(out.status.code(), Some(1), "{args:?}");
    }
    let out = run_within(&ws, &["accept", "fr", "--all"], Duration::from_secs(10));
    assert_eq!(out.status.code(), Some(2));
}

#[cfg(unix)]
#[test]
fn a_fifo_stamps_file_never_hangs_a_command() {
    let ws = small();
    let stamps = ws.path("locales/fr/polyguide.stamps");
    std::fs::remove_file(&stamps).unwrap();
    if !make_fifo(&stamps) {
        eprintln!("mkfifo is not available: skipped");
        return;
    }
    for (args, code) in [
        (&["lint"][..], 1),
        (&["stale"], 1),
        (&["export"], 1),
        (&["accept", "fr", "--all"], 2),
    ] {
        let out = run_within(&ws, args, Duration::from_secs(10));
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

/// `polyguide --l10n-toml CONFIG lint` in `dir` (no polyguide.toml), killed after 10 s.
#[track_caller]
fn lint_l10n_toml(dir: &Path, config: &str) -> Output {
    let args = ["--l10n-toml", config, "lint"];
    let mut c = Command::new(env!("CARGO_BIN_EXE_polyguide"));
    c.current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    output_within(c, &args, Duration::from_secs(10))
}

/// A compare-locales project in a temporary directory: `main.toml` includes `inc.toml`,
/// and both name one reference file.
fn l10n_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |rel: &str, text: &str| {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("main.toml", "locales = [\"fr\"]\n[[paths]]\nreference = \"en/*.ftl\"\nl10n = \"{locale}/*.ftl\"\n[[includes]]\npath = \"inc.toml\"\n");
    write("inc.toml", "locales = [\"fr\"]\n");
    write("en/a.ftl", "a = A\n");
    write("fr/a.ftl", "a = Á\n");
    dir
}

#[cfg(unix)]
fn link_to_dev_zero(path: &Path) -> bool {
    std::os::unix::fs::symlink("/dev/zero", path).is_ok()
}

fn make_fifo(path: &Path) -> bool {
    Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

#[cfg(unix)]
#[test]
fn an_l10n_toml_that_is_a_fifo_or_links_to_dev_zero_is_an_error_not_a_hang() {
    let dir = l10n_project();
    let out = lint_l10n_toml(dir.path(), "main.toml");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    // The config given on the command line, then the included one: linked to /dev/zero
    // (read unbounded, it would fill the memory), then a FIFO (opened for reading, it would
    // wait for a writer forever).
    let kinds = [
        (
            link_to_dev_zero as fn(&Path) -> bool,
            "zero.toml",
            "a device, not a regular file",
        ),
        (make_fifo, "fifo.toml", "a named pipe (FIFO)"),
    ];
    for (make, own, why) in kinds {
        for (config, replaced) in [(own, own), ("main.toml", "inc.toml")] {
            let path = dir.path().join(replaced);
            let _ = std::fs::remove_file(&path);
            if !make(&path) {
                eprintln!("cannot make {replaced} ({why}): skipped");
                return;
            }
            let out = lint_l10n_toml(dir.path(), config);
            let stderr = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{config}: {stderr}");
            assert!(
                stderr.contains("cannot read config")
                    && stderr.contains(replaced)
                    && stderr.contains(why),
                "{config}: {stderr}"
            );
            std::fs::remove_file(&path).unwrap();
        }
    }
}

// 2. Links out of the workspace are never followed, directories included; writes never go
//    through a link; a replaced stamps file keeps its mode.

#[cfg(unix)]
#[test]
fn a_locale_directory_linked_out_of_the_workspace_is_neither_read_nor_written() {
    let ws = small();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("g.ftl"), "g--title = Geheim\n").unwrap();
    std::fs::remove_dir_all(ws.path("locales/de")).unwrap();
    std::os::unix::fs::symlink(outside.path(), ws.path("locales/de")).unwrap();
    let out = run(&ws, &["lint", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .any(|f| f["rule"] == "unreadable-file" && f["path"] == "locales/de"),
        "{report}"
    );
    assert!(!text(&out.stdout).contains("Geheim"));
    let out = run(&ws, &["accept", "de", "--all"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("leaves the workspace"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 1);
}

#[cfg(unix)]
#[test]
fn an_output_subdirectory_linked_elsewhere_is_never_written_through() {
    let ws = small();
    let outside = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(ws.path("dist")).unwrap();
    std::os::unix::fs::symlink(outside.path(), ws.path("dist/fr")).unwrap();
    let out = run(&ws, &["export"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("leaves the output directory"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
}

#[cfg(unix)]
#[test]
fn accept_keeps_the_mode_and_never_replaces_a_link() {
    use std::os::unix::fs::PermissionsExt;
    let ws = small();
    let stamps = ws.path("locales/fr/polyguide.stamps");
    std::fs::set_permissions(&stamps, std::fs::Permissions::from_mode(0o600)).unwrap();
    ws.write("locales/fr/g.ftl", &FR.replace("Bonjour", "Salut"));
    assert_eq!(
        run(&ws, &["accept", "fr", "g--title"]).status.code(),
        Some(0)
    );
    let mode = std::fs::metadata(&stamps).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // A stamps file that is a link (inside the workspace) is read, never written through.
    std::fs::rename(&stamps, ws.path("locales/fr/real.stamps")).unwrap();
    std::os::unix::fs::symlink("real.stamps", &stamps).unwrap();
    let out = run(&ws, &["accept", "fr", "g--title"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("symbolic link"),
        "{}",
        text(&out.stderr)
    );
    assert!(stamps.symlink_metadata().unwrap().file_type().is_symlink());
}

// 3. Locks die with their process.

#[test]
fn a_held_lock_makes_accept_wait_and_a_released_one_lets_it_go() {
    let ws = small();
    let lock =
        polyguide::fsx::DirLock::acquire(&ws.path("locales/fr"), "test", Duration::from_secs(1))
            .unwrap();
    let child = command(&ws, &["accept", "fr", "--all"]).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(500));
    drop(lock);
    let out = wait_within(child, Duration::from_secs(10));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("waiting for another polyguide run"));
}

fn wait_within(mut child: Child, limit: Duration) -> Output {
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        assert!(start.elapsed() < limit, "still running after {limit:?}");
        std::thread::sleep(Duration::from_millis(10));
    }
    child.wait_with_output().unwrap()
}

/// A reproducible pseudo-random sequence (no dependency needed for a test's schedule).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// A workspace big enough that export and accept take a while: 12 locales of a guide with
/// 150 steps.
fn big() -> TestWs {
    let locales = [
        "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "ja", "ko", "ar", "hi",
    ];
    let mut guide =
        String::from("id: g\ntitle: Hello\nmethods:\n  - id: m\n    title: Method\n    steps:\n");
    for i in 0..150 {
        guide.push_str(&format!(
            "      - id: s{i}\n        text: Step number {i}.\n"
        ));
    }
    let ws = TestWs::new(&locales, &[("content/g.yaml", &guide)]);
    for l in locales {
        let mut ftl = String::from("g--title = T\ng--m--title = M\n");
        for i in 0..150 {
            ftl.push_str(&format!("g--m--s{i} = {l} {i}\n"));
        }
        ws.write(&format!("locales/{l}/g.ftl"), &ftl);
    }
    ws
}

/// Every file under `dir` (relative path → bytes).
fn files(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().display().to_string();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// Checks every file `manifest.json` lists against its SHA-256, and that it lists all files.
#[track_caller]
fn manifest_matches(dir: &Path) {
    use sha2::{Digest, Sha256};
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    let mut listed = std::collections::BTreeSet::new();
    for (locale, entry) in manifest["locales"].as_object().unwrap() {
        for f in entry["files"].as_array().unwrap() {
            let path = f["path"].as_str().unwrap();
            let bytes = std::fs::read(dir.join(path)).unwrap();
            let hash: String = Sha256::digest(&bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(f["sha256"].as_str().unwrap(), hash, "{locale} {path}");
            listed.insert(path.to_string());
        }
    }
    let on_disk: std::collections::BTreeSet<String> = files(dir)
        .into_keys()
        .filter(|p| p != "manifest.json" && !p.starts_with("schemas/"))
        .collect();
    assert_eq!(listed, on_disk);
}

fn temporaries(dir: &Path) -> Vec<String> {
    files(dir)
        .into_keys()
        .filter(|p| {
            Path::new(p)
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(polyguide::fsx::TMP_PREFIX))
        })
        .collect()
}

// 4. Crashed runs: kill -9 at random points, then check what survives.

#[test]
fn killed_exports_leave_old_or_new_files_and_the_next_run_cleans_up() {
    let ws = big();
    let dist = ws.path("dist");
    assert_eq!(run(&ws, &["export"]).status.code(), Some(0));
    let old = files(&dist);
    // The new state: every French and German text changes.
    for l in ["fr", "de"] {
        let path = format!("locales/{l}/g.ftl");
        ws.write(
            &path,
            &ws.read(&path)
                .replace(&format!("= {l} "), &format!("= {l}! ")),
        );
    }
    let new_dir = ws.path("new");
    let new_dir_arg = new_dir.display().to_string();
    assert_eq!(
        run(&ws, &["export", "--out", &new_dir_arg]).status.code(),
        Some(0)
    );
    let new = files(&new_dir);
    let mut rng = Lcg(12);
    let mut killed = 0;
    for _ in 0..30 {
        let child = command(&ws, &["export"]).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(150)));
        let mut child = child;
        if child.try_wait().unwrap().is_none() {
            killed += 1;
        }
        let _ = child.kill();
        let _ = child.wait();
        for (rel, bytes) in files(&dist) {
            let name = Path::new(&rel)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            if name.starts_with(polyguide::fsx::TMP_PREFIX) {
                continue;
            }
            if rel == "manifest.json" {
                // Replaced whole or not at all; its contents are checked after the next run.
                serde_json::from_slice::<serde_json::Value>(&bytes).expect("a whole manifest");
                continue;
            }
            assert!(
                old.get(&rel) == Some(&bytes) || new.get(&rel) == Some(&bytes),
                "{rel} is neither the old nor the new file"
            );
        }
        // The next run, even of one locale, removes the litter and fixes the manifest.
        let out = run(&ws, &["export", "--locale", "ja"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert_eq!(temporaries(&dist), Vec::<String>::new());
        manifest_matches(&dist);
    }
    assert!(
        killed > 0,
        "no run was killed mid-way: the test proves nothing"
    );
}

#[test]
fn killed_accepts_never_lose_a_stamp_or_block_the_next() {
    let ws = big();
    let mut rng = Lcg(7);
    let mut killed = 0;
    let mut accepted = std::collections::BTreeSet::new();
    for round in 0..30 {
        let id = format!("g--m--s{round}");
        let child = command(&ws, &["accept", "fr", &id]).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(60)));
        let mut child = child;
        let finished = child.try_wait().unwrap().is_some_and(|s| s.success());
        if !finished {
            killed += 1;
        }
        let _ = child.kill();
        let status = child.wait().unwrap();
        if finished || status.success() {
            accepted.insert(id);
        }
        // The stamps parse, keep every stamp accepted before, and the next accept does not
        // wait for a dead process.
        let start = Instant::now();
        let out = run_within(&ws, &["accept", "fr", "g--title"], Duration::from_secs(10));
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(start.elapsed() < Duration::from_secs(5));
        let stamps = ws.read("locales/fr/polyguide.stamps");
        for id in &accepted {
            assert!(stamps.contains(&format!("[{id}]")), "{id} lost");
        }
        assert!(temporaries(&ws.path("locales/fr")).is_empty());
    }
    assert!(
        killed > 0,
        "no accept was killed mid-way: the test proves nothing"
    );
}

// 5. Two exports at once, and a corrupt previous manifest.

#[test]
fn two_exports_into_one_directory_leave_a_consistent_manifest() {
    let ws = big();
    let dist = ws.path("dist");
    assert_eq!(run(&ws, &["export"]).status.code(), Some(0));
    for l in ["fr", "de"] {
        let path = format!("locales/{l}/g.ftl");
        ws.write(
            &path,
            &ws.read(&path)
                .replace(&format!("= {l} "), &format!("= {l}? ")),
        );
    }
    for _ in 0..3 {
        let a = command(&ws, &["export", "--locale", "fr"]).spawn().unwrap();
        let b = command(&ws, &["export", "--locale", "de"]).spawn().unwrap();
        for child in [a, b] {
            let out = wait_within(child, Duration::from_secs(60));
            assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        }
        manifest_matches(&dist);
    }
}

#[test]
fn a_corrupt_manifest_is_rebuilt_whole() {
    let ws = small();
    assert_eq!(run(&ws, &["export"]).status.code(), Some(0));
    std::fs::write(ws.path("dist/manifest.json"), "{ not json").unwrap();
    let out = run(&ws, &["export", "--locale", "fr"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stdout).contains("could not be read"),
        "{}",
        text(&out.stdout)
    );
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(ws.path("dist/manifest.json")).unwrap()).unwrap();
    let locales: Vec<&String> = manifest["locales"].as_object().unwrap().keys().collect();
    assert_eq!(locales, ["de", "en", "fr"]);
    manifest_matches(&ws.path("dist"));
}

#[test]
fn files_of_a_removed_guide_are_removed_and_nothing_else() {
    let ws = small();
    ws.write("content/h.yaml", &GUIDE.replace("id: g\n", "id: h\n"));
    assert_eq!(run(&ws, &["extract"]).status.code(), Some(0));
    assert_eq!(run(&ws, &["export"]).status.code(), Some(0));
    assert!(ws.path("dist/fr/h.json").exists());
    ws.write("dist/fr/mine.txt", "a file export never wrote");
    std::fs::remove_file(ws.path("content/h.yaml")).unwrap();
    std::fs::remove_file(ws.path("locales/en/h.ftl")).unwrap();
    let out = run(&ws, &["export"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("removed 6 file(s)"),
        "{}",
        text(&out.stdout)
    );
    assert!(!ws.path("dist/fr/h.json").exists());
    assert!(!ws.path("dist/en/h.ftl").exists());
    assert!(ws.path("dist/fr/mine.txt").exists());
    assert!(ws.path("dist/fr/g.json").exists());
}

// 6. What lint accepts, later commands can do.

#[test]
fn one_guide_id_in_two_files_is_an_error_on_both() {
    let ws = small();
    ws.write("content/g.yml", GUIDE);
    let out = run(&ws, &["lint"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("content/g.yaml") && stdout.contains("content/g.yml"),
        "{stdout}"
    );
    assert!(stdout.contains("also defined by"), "{stdout}");
    let out = run(&ws, &["export"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !text(&out.stderr).contains("No such file"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_guide_id_too_long_for_a_file_name_is_found_by_lint() {
    let ws = small();
    // `<id>.yml` fits in 255 bytes, `<id>.json` would not.
    let id = "a".repeat(251);
    ws.write(
        &format!("content/{id}.yml"),
        &GUIDE.replace("id: g\n", &format!("id: {id}\n")),
    );
    let out = run(&ws, &["lint"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("255-byte file name limit"),
        "{}",
        text(&out.stdout)
    );
    // The other guide is still extracted.
    let out = run(&ws, &["extract"]);
    assert!(
        text(&out.stdout).contains("wrote locales/en/g.ftl"),
        "{}",
        text(&out.stdout)
    );
}

// 7. Messages that say what is wrong.

#[cfg(target_os = "linux")]
#[test]
fn a_file_name_that_is_not_utf8_is_named_as_such() {
    use std::os::unix::ffi::OsStrExt;
    let ws = small();
    let name = std::ffi::OsStr::from_bytes(b"bad-\xff.ftl");
    let path: PathBuf = ws.path("locales/fr").join(name);
    if std::fs::write(&path, "x = y\n").is_err() {
        eprintln!("this file system refuses non-UTF-8 names: skipped");
        return;
    }
    let out = run(&ws, &["lint"]);
    let stdout = text(&out.stdout);
    assert!(stdout.contains("not valid UTF-8"), "{stdout}");
    assert!(!stdout.contains("No such file"), "{stdout}");
}

#[test]
fn a_nul_byte_is_reported_as_a_nul_byte() {
    let ws = small();
    std::fs::write(ws.path("locales/fr/g.ftl"), b"g--title = A\0B\n").unwrap();
    let out = run(&ws, &["lint"]);
    assert!(
        text(&out.stdout).contains("NUL byte"),
        "{}",
        text(&out.stdout)
    );
}
