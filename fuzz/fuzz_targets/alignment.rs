//! Source/translation alignment: two arbitrary FTL files (split from the input at the first
//! NUL byte) as the source and the French translation of a workspace, linted end to end.
//! Must not panic; findings must carry valid positions.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (source, translation) = match data.iter().position(|b| *b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &b""[..]),
    };
    let Ok(dir) = tempfile::tempdir() else { return };
    let root = dir.path();
    let write = |rel: &str, bytes: &[u8]| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    };
    write("polyguide.toml", b"source-locale = \"en\"\nlocales = [\"fr\"]\n");
    write("locales/en/app.ftl", source);
    write("locales/fr/app.ftl", translation);
    let ws = polyguide::Workspace::open(root).unwrap();
    let outcome = polyguide::lint::run(&ws, &Default::default()).unwrap();
    for d in &outcome.diagnostics {
        assert!(d.line >= 1 && d.column >= 1, "{d:?}");
    }
    let _ = polyguide::report::render_lint(&outcome, polyguide::report::LintFormat::Human, false);
    let _ = polyguide::report::render_lint(&outcome, polyguide::report::LintFormat::Sarif, false);
});
