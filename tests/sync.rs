//! `polyguide sync`: property tests of [`sync::sync_file`] over generated files, and the
//! command on real workspaces.
//!
//! The property test builds a source file, a translation of it (translated entries, worksheet
//! entries, missing ones, broken ones, translations of messages the source dropped, comments,
//! blank lines, CRLF, no final newline, the translator's own order), then a new version of
//! the source (messages inserted, removed, reordered), and syncs. It checks that every byte
//! outside the inserted and removed ranges is unchanged, that nothing of a message the source
//! still has is touched, that new messages land after their predecessor, and that a second
//! run changes nothing. A fixed-seed generator makes failures reproducible.

mod common;

use polyguide::ftl::{self, Splice};
use polyguide::sync::{self, FileOptions};
use polyguide::worksheet;
use std::collections::BTreeSet;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

const WORDS: &[&str] = &[
    "Power",
    "off",
    "Éteignez",
    "le",
    "téléphone",
    "{ -brand }",
    "{ $n }",
    "中文",
    "a = b",
    "<b>x</b>",
    "#1",
];

fn value(rng: &mut Rng) -> String {
    let n = 1 + rng.below(4);
    (0..n)
        .map(|_| rng.pick(WORDS))
        .collect::<Vec<_>>()
        .join(" ")
}

/// One entry in one of the shapes Fluent files have.
fn entry(rng: &mut Rng, id: &str) -> String {
    let (a, b) = (value(rng), value(rng));
    match rng.below(6) {
        0 => format!("{id} =\n    {a}\n\n    {b}\n"),
        1 => format!("{id} = {a}\n    .title = {b}\n"),
        2 if !id.starts_with('-') => {
            format!("{id} = {{ $n ->\n    [one] {a}\n   *[other] {b}\n}}\n")
        }
        _ => format!("{id} = {a}\n"),
    }
}

/// A source file of `ids`, with a header, group headings, descriptions and blank lines.
fn source_text(rng: &mut Rng, ids: &[String]) -> String {
    let mut out = String::new();
    if rng.chance(2) {
        out.push_str("### Source catalog. Edit the YAML, not this file.\n\n");
    }
    for (i, id) in ids.iter().enumerate() {
        if rng.chance(4) {
            out.push_str(&format!("\n## Group {i}\n\n"));
        }
        if rng.chance(2) {
            out.push_str(&format!("# Step {i} of {}\n", ids.len()));
        }
        out.push_str(&entry(rng, id));
        if rng.chance(3) {
            out.push('\n');
        }
    }
    out
}

/// A translator's file for `source` (whose ids are `ids`).
fn translation_text(rng: &mut Rng, source: &str, ids: &[String]) -> String {
    let parsed = ftl::parse(source);
    let mut items: Vec<String> = Vec::new();
    for id in ids {
        let Some(e) = parsed.entries.iter().find(|e| e.id == id.as_str()) else {
            continue;
        };
        let source_entry = &source[e.span(source)];
        let item = match rng.below(7) {
            // Translated, maybe with the translator's comment.
            0..=2 => {
                let comment = if rng.chance(3) {
                    "# translator's note\n"
                } else {
                    ""
                };
                format!("{comment}{}", entry(rng, id))
            }
            // A worksheet entry: today's source, or an older text.
            3 | 4 => {
                let desc = if rng.chance(2) { "# Step 1 of 2\n" } else { "" };
                let body = if rng.chance(3) {
                    entry(rng, id)
                } else {
                    source_entry.to_string()
                };
                format!("{desc}{}", worksheet::comment_out(&body))
            }
            // Broken: junk that starts with the id.
            5 if rng.chance(3) => format!("{id} = {{ oops\n"),
            _ => continue,
        };
        items.push(item);
    }
    // Things the source does not have, and the translator's own lines.
    for n in 0..rng.below(4) {
        let some_id = ids.get(rng.below(ids.len().max(1))).cloned();
        items.push(match rng.below(11) {
            // A translator's draft in a comment, inside prose: not a worksheet entry.
            8 | 9 if some_id.is_some() => format!(
                "# Draft:\n{}# (not reviewed yet)\n",
                worksheet::comment_out(&entry(rng, &some_id.unwrap_or_default()))
            ),
            10 => format!(
                "# {} = {}\n# {} = {}\n",
                some_id.unwrap_or_else(|| "x".into()),
                value(rng),
                format_args!("gone-{n}"),
                value(rng)
            ),
            0 => format!("# obsolete {n}\nold-{n} = {}\n", value(rng)),
            1 => entry(rng, &format!("old-{n}")),
            2 => format!(
                "# Step 9\n{}",
                worksheet::comment_out(&entry(rng, &format!("gone-{n}")))
            ),
            3 => "# A standalone note for the team.\n".to_string(),
            4 => "## A group of my own\n".to_string(),
            5 => "# see = the glossary\n# before you translate.\n".to_string(),
            6 => "broken = { unclosed\n".to_string(),
            _ => format!("-old-term-{n} = {}\n", value(rng)),
        });
    }
    if rng.chance(4) {
        rng.shuffle(&mut items);
    } else {
        // The obsolete items somewhere in the middle, as they would be in a real file.
        let k = items.len();
        if k > 1 {
            let from = rng.below(k);
            let item = items.remove(from);
            items.insert(rng.below(k), item);
        }
    }
    let mut out = String::new();
    if rng.chance(2) {
        out.push_str("### fr translation\n\n");
    }
    for item in items {
        out.push_str(&item);
        if !rng.chance(4) {
            out.push('\n');
        }
    }
    if rng.chance(4) {
        out = out.trim_end().to_string();
    }
    if rng.chance(4) {
        out = out.replace('\n', "\r\n");
    }
    out
}

/// The way most files start: the worksheet `add-locale` writes, some of it translated in
/// place (uncommented, new text).
fn worksheet_translated(rng: &mut Rng, source: &str) -> String {
    let sheet = worksheet::file("g.ftl", "en", "fr", source, "add-locale");
    let mut out = sheet.clone();
    for c in worksheet::commented_entries(&sheet).iter().rev() {
        if rng.chance(2) {
            let id = &c.id;
            let translated = entry(rng, id);
            out.replace_range(c.span.clone(), translated.trim_end());
        }
    }
    if rng.chance(4) {
        out = out.replace('\n', "\r\n");
    }
    out
}

/// The next version of the source's ids: some removed, some added, some moved.
fn evolve(rng: &mut Rng, ids: &[String], universe: &[String]) -> Vec<String> {
    let mut next: Vec<String> = ids.iter().filter(|_| !rng.chance(4)).cloned().collect();
    for candidate in universe {
        if !ids.contains(candidate) && rng.chance(3) {
            let at = rng.below(next.len() + 1);
            next.insert(at, candidate.clone());
        }
    }
    if next.len() > 1 && rng.chance(3) {
        let (a, b) = (rng.below(next.len()), rng.below(next.len()));
        next.swap(a, b);
    }
    next
}

/// Every id the file has in any form: translated, commented out, or broken (junk).
fn present_ids(text: &str) -> BTreeSet<String> {
    let parsed = ftl::parse(text);
    let mut out: BTreeSet<String> = parsed.entries.iter().map(|e| e.id.to_string()).collect();
    out.extend(worksheet::commented_entries(text).into_iter().map(|c| c.id));
    for j in &parsed.junk {
        if let Some((id, _)) = text[j.span.clone()].split_once('=') {
            let id = id.trim();
            if !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                out.insert(id.to_string());
            }
        }
    }
    out
}

/// Where the id is (what sync anchors on): translated, else commented out, else junk.
fn position(text: &str, id: &str) -> Option<usize> {
    let parsed = ftl::parse(text);
    if let Some(e) = parsed.entries.iter().find(|e| e.id == id) {
        return Some(e.id_span.start);
    }
    if let Some(c) = worksheet::commented_entries(text)
        .into_iter()
        .find(|c| c.id == id)
    {
        return Some(c.span.start);
    }
    parsed
        .junk
        .iter()
        .find(|j| text[j.span.clone()].starts_with(&format!("{id} ")))
        .map(|j| j.span.start)
}

/// Applies splices the plain way, independently of `ftl::splice`.
fn apply(text: &str, splices: &[Splice]) -> String {
    let mut sorted = splices.to_vec();
    sorted.sort_by_key(|s| (s.range.start, s.range.end));
    let mut out = String::new();
    let mut at = 0;
    for s in &sorted {
        assert!(s.range.start >= at, "overlapping splices {sorted:?}");
        out.push_str(&text[at..s.range.start]);
        out.push_str(&s.with);
        at = s.range.end;
    }
    out.push_str(&text[at..]);
    out
}

#[test]
fn sync_preserves_bytes_keeps_order_and_is_idempotent() {
    let universe: Vec<String> = (0..10)
        .map(|i| format!("g--m--s{i}"))
        .chain((0..3).map(|i| format!("-t{i}")))
        .collect();
    // Fixed by default, so a failure reproduces; SYNC_SEED and SYNC_CASES explore further.
    let env = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let mut rng = Rng(env("SYNC_SEED", 0x5EED_0015_0000_0001));
    let cases = env("SYNC_CASES", 3000);
    let mut checked = [0usize; 4];
    for case in 0..cases {
        let mut v1: Vec<String> = universe.iter().filter(|_| rng.chance(2)).cloned().collect();
        rng.shuffle(&mut v1);
        let old_source = source_text(&mut rng, &v1);
        let text = if rng.chance(4) {
            worksheet_translated(&mut rng, &old_source)
        } else {
            translation_text(&mut rng, &old_source, &v1)
        };
        let v2 = evolve(&mut rng, &v1, &universe);
        let source = source_text(&mut rng, &v2);
        let options = FileOptions {
            prune: rng.chance(2),
            removals: !rng.chance(5),
        };
        let ctx = || format!("case {case} {options:?}\nsource:\n{source}\ntranslation:\n{text:?}");
        let s = sync::sync_file(&source, &text, options);

        // Every byte outside the splices is the original's, in order.
        assert_eq!(s.text, apply(&text, &s.splices), "{}", ctx());
        let source_ids: BTreeSet<&str> = v2.iter().map(String::as_str).collect();
        let before = ftl::parse(&text);
        let commented_before = worksheet::commented_entries(&text);
        for sp in &s.splices {
            let removed = &text[sp.range.clone()];
            if !sp.range.is_empty() {
                assert!(
                    options.prune,
                    "removed {removed:?} without --prune\n{}",
                    ctx()
                );
            }
            // Inserted text is comments and blank lines only.
            let inserted = ftl::parse(&sp.with);
            assert!(
                inserted.entries.is_empty() && inserted.junk.is_empty(),
                "inserted {:?}\n{}",
                sp.with,
                ctx()
            );
            // Nothing of a message the source has is removed or replaced.
            for e in &before.entries {
                let span = e.span(&text);
                if source_ids.contains(e.id) {
                    assert!(
                        span.end <= sp.range.start || span.start >= sp.range.end,
                        "{} touched by {sp:?}\n{}",
                        e.id,
                        ctx()
                    );
                }
            }
            for c in &commented_before {
                let inside = c.span.start < sp.range.end && sp.range.start < c.span.end;
                // A worksheet entry of a message the source has is never changed (it may
                // hold a draft).
                assert!(
                    !(inside && source_ids.contains(c.id.as_str())),
                    "{} touched by {sp:?}\n{}",
                    c.id,
                    ctx()
                );
            }
            for j in &before.junk {
                // The parser counts the blank lines after junk as part of it: not those.
                let end = j.span.start + text[j.span.clone()].trim_end().len();
                let inside = j.span.start < sp.range.end && sp.range.start < end;
                assert!(!inside || sp.range.is_empty(), "junk removed\n{}", ctx());
            }
        }
        // Translated entries the source still has keep their bytes.
        let after = ftl::parse(&s.text);
        for e in &before.entries {
            if !options.prune || source_ids.contains(e.id) {
                let old = &text[e.span(&text)];
                assert!(
                    after
                        .entries
                        .iter()
                        .any(|a| a.id == e.id && &s.text[a.span(&s.text)] == old),
                    "{} changed\n{}",
                    e.id,
                    ctx()
                );
            }
        }
        // The same entries, in the same order, less the pruned ones; no new junk.
        let kept: Vec<&str> = before
            .entries
            .iter()
            .map(|e| e.id)
            .filter(|id| !(options.prune && options.removals) || source_ids.contains(id))
            .collect();
        let now: Vec<&str> = after.entries.iter().map(|e| e.id).collect();
        assert_eq!(now, kept, "{}", ctx());
        assert_eq!(after.junk.len(), before.junk.len(), "{}", ctx());
        // Every source message is now in the file.
        let present = present_ids(&s.text);
        for id in &v2 {
            assert!(present.contains(id), "{id} missing after sync\n{}", ctx());
        }
        // New messages come right after their predecessor in the source.
        let present_before = present_ids(&text);
        let inserted_ids: BTreeSet<&str> = s.added.iter().map(String::as_str).collect();
        let commented_after = worksheet::commented_entries(&s.text);
        let others_between = |from: usize, to: usize| {
            let parsed_between = after
                .entries
                .iter()
                .any(|e| e.id_span.start > from && e.id_span.start < to);
            let commented_between = commented_after
                .iter()
                .filter(|c| c.closed && !inserted_ids.contains(c.id.as_str()))
                .any(|c| c.span.start > from && c.span.start < to);
            parsed_between || commented_between
        };
        for c in commented_after
            .iter()
            .filter(|c| inserted_ids.contains(c.id.as_str()))
        {
            // Each new worksheet entry stands apart: a blank line or the end after it.
            let next = ftl::next_line_start(&s.text, c.span.end);
            let line = &s.text[next..ftl::next_line_start(&s.text, next)];
            assert!(
                line.trim().is_empty(),
                "{} runs into {line:?}\n{}",
                c.id,
                ctx()
            );
        }
        for x in &s.added {
            let i = v2.iter().position(|v| v == x).unwrap();
            let at_x = position(&s.text, x).unwrap();
            match v2[..i].iter().rev().find(|p| present_before.contains(*p)) {
                Some(p) => {
                    let at_p = position(&s.text, p).unwrap();
                    assert!(at_p < at_x, "{x} before {p}\n{}", ctx());
                    assert!(!others_between(at_p, at_x), "{x} not after {p}\n{}", ctx());
                    checked[0] += 1;
                }
                None => match v2[i + 1..].iter().find(|f| present_before.contains(*f)) {
                    Some(f) => {
                        let at_f = position(&s.text, f).unwrap();
                        assert!(at_x < at_f, "{x} after {f}\n{}", ctx());
                        assert!(!others_between(at_x, at_f), "{x} not before {f}\n{}", ctx());
                        checked[1] += 1;
                    }
                    None => {
                        let last = before.entries.iter().map(|e| e.id).next_back();
                        if let Some(last) = last.filter(|l| kept.contains(l)) {
                            assert!(position(&s.text, last).unwrap() < at_x, "{}", ctx());
                        }
                        checked[2] += 1;
                    }
                },
            }
        }
        // Line endings follow the file.
        if text.contains("\r\n") && !text.replace("\r\n", "").contains('\n') {
            assert!(!s.text.replace("\r\n", "").contains('\n'), "{}", ctx());
        }
        // A second run changes nothing and reports the same.
        let again = sync::sync_file(&source, &s.text, options);
        assert!(
            !again.changed(),
            "second run changed {:?}\nfirst result:\n{}\n{}",
            again.splices,
            s.text,
            ctx()
        );
        assert!(again.added.is_empty(), "{}", ctx());
        if options.prune {
            assert!(again.obsolete.is_empty(), "{}", ctx());
            assert!(again.obsolete_worksheet.is_empty(), "{}", ctx());
            assert_eq!(again.outdated_worksheet, s.outdated_worksheet, "{}", ctx());
        } else {
            assert_eq!(again.obsolete, s.obsolete, "{}", ctx());
            assert_eq!(again.obsolete_worksheet, s.obsolete_worksheet, "{}", ctx());
            assert_eq!(again.outdated_worksheet, s.outdated_worksheet, "{}", ctx());
        }
        if s.changed() {
            checked[3] += 1;
        }
    }
    // The generator reaches every case it is meant to.
    assert!(checked.iter().all(|&n| n > 50), "{checked:?}");
}

// ---------------------------------------------------------------------------------------
// The command on workspaces.

use common::TestWs;
use std::process::{Command, Output, Stdio};

fn polyguide(ws: &TestWs, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .arg("--workspace")
        .arg(ws.root())
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("polyguide runs")
}

const GUIDE: &str = "id: g\ntitle: Hello\nmethods:\n  - id: m\n    title: Method\n    steps:\n      - id: a\n        text: Do this.\n      - id: b\n        text: Then that.\n";

#[test]
fn a_bom_and_crlf_stay_and_nothing_else_moves() {
    let fr = "\u{feff}# Notre traduction\r\ng--title = Bonjour\r\n\r\ng--m--a = Faites ceci.\r\n";
    let ws = TestWs::new(
        &["fr"],
        &[("content/g.yaml", GUIDE), ("locales/fr/g.ftl", fr)],
    );
    let out = polyguide(&ws, &["sync", "fr"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let bytes = std::fs::read(ws.path("locales/fr/g.ftl")).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with("\u{feff}# Notre traduction\r\ng--title = Bonjour\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "{text:?}");
    assert!(
        text.contains("g--title = Bonjour\r\n\r\n## Method: m\r\n\r\n# Method title\r\n# g--m--title = Method\r\n\r\ng--m--a = Faites ceci.\r\n\r\n# Step 2 of 2\r\n# g--m--b = Then that.\r\n"),
        "{text:?}"
    );
    // Nothing left behind, and a second run writes nothing.
    let names: Vec<String> = std::fs::read_dir(ws.path("locales/fr"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["g.ftl"]);
    let before = std::fs::metadata(ws.path("locales/fr/g.ftl"))
        .unwrap()
        .modified()
        .unwrap();
    let again = polyguide(&ws, &["sync"]);
    assert_eq!(String::from_utf8_lossy(&again.stdout), "fr: up to date\n");
    let after = std::fs::metadata(ws.path("locales/fr/g.ftl"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(before, after, "an unchanged file is not rewritten");
}

#[test]
fn sync_waits_for_the_locale_lock() {
    let ws = TestWs::new(
        &["fr"],
        &[
            ("content/g.yaml", GUIDE),
            ("locales/fr/g.ftl", "g--title = Bonjour\n"),
        ],
    );
    let lock = polyguide::fsx::DirLock::acquire(
        &ws.path("locales/fr"),
        "test",
        polyguide::fsx::LOCK_TIMEOUT,
    )
    .unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .arg("--workspace")
        .arg(ws.root())
        .args(["sync", "fr"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    // Still waiting: the file is untouched while the lock is held.
    assert_eq!(ws.read("locales/fr/g.ftl"), "g--title = Bonjour\n");
    drop(lock);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("waiting for another polyguide run to release the files of fr"),
        "{out:?}"
    );
    assert!(ws
        .read("locales/fr/g.ftl")
        .contains("# g--m--b = Then that."));
}

#[test]
fn a_removed_guide_is_named_never_deleted_and_prune_leaves_stamps_to_accept() {
    let ws = TestWs::new(
        &["fr"],
        &[
            ("content/g.yaml", GUIDE),
            (
                "locales/fr/g.ftl",
                "g--title = Bonjour\ng--m--old = Vieux\n",
            ),
            ("locales/fr/gone.ftl", "gone--title = Parti\n"),
        ],
    );
    let out = polyguide(&ws, &["sync", "--prune"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        stdout.contains("fr: locales/fr/gone.ftl has no source file"),
        "{stdout}"
    );
    assert!(
        stdout.contains("removed 1 translation of a message the source no longer has: g--m--old"),
        "{stdout}"
    );
    assert_eq!(ws.read("locales/fr/gone.ftl"), "gone--title = Parti\n");
    assert!(!ws.read("locales/fr/g.ftl").contains("g--m--old"));
}

#[test]
fn a_hand_written_source_with_a_syntax_error_prunes_nothing_in_its_translation() {
    let ws = TestWs::new(
        &["fr"],
        &[
            (
                "locales/en/app.ftl",
                "hello = Hello\nbroken = { oops\nbye = Bye\n",
            ),
            ("locales/fr/app.ftl", "hello = Bonjour\nbroken = Cassé\n"),
        ],
    );
    let out = polyguide(&ws, &["sync", "--prune"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("locales/en/app.ftl has a syntax error (line 2)"),
        "{stderr}"
    );
    let text = ws.read("locales/fr/app.ftl");
    assert!(text.contains("broken = Cassé"), "{text}");
    assert!(text.contains("# bye = Bye"), "{text}");
}

#[test]
fn nested_source_files_and_star_locales() {
    let ws = TestWs::new(&[], &[("locales/en/app/menu.ftl", "open = Open\n")]);
    std::fs::write(
        ws.path("polyguide.toml"),
        "source-locale = \"en\"\nlocales = \"*\"\n",
    )
    .unwrap();
    let out = polyguide(&ws, &["sync"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "no translation locales yet: add one with `polyguide add-locale LOCALE`\n"
    );
    let out = polyguide(&ws, &["add-locale", "de"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        ws.read("polyguide.toml"),
        "source-locale = \"en\"\nlocales = \"*\"\n"
    );
    assert!(ws
        .read("locales/de/app/menu.ftl")
        .contains("\n# open = Open\n"));
    // The new directory makes it a locale.
    let out = polyguide(&ws, &["sync"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "de: up to date\n");
}

#[cfg(unix)]
#[test]
fn a_translation_that_is_a_link_is_never_written_through() {
    let ws = TestWs::new(
        &["fr"],
        &[
            ("content/g.yaml", GUIDE),
            ("drafts/g.ftl", "g--title = Bonjour\n"),
        ],
    );
    std::fs::create_dir_all(ws.path("locales/fr")).unwrap();
    std::os::unix::fs::symlink(ws.path("drafts/g.ftl"), ws.path("locales/fr/g.ftl")).unwrap();
    let out = polyguide(&ws, &["sync"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("locales/fr/g.ftl is a symbolic link; polyguide never writes through links"),
        "{out:?}"
    );
    assert_eq!(ws.read("drafts/g.ftl"), "g--title = Bonjour\n");
    assert!(ws
        .path("locales/fr/g.ftl")
        .symlink_metadata()
        .unwrap()
        .file_type()
        .is_symlink());
}

#[test]
fn a_broken_guide_is_never_called_up_to_date() {
    let ws = TestWs::new(
        &["fr"],
        &[
            ("content/g.yaml", GUIDE),
            ("content/h.yaml", "id: h\ntitle: [unclosed\n"),
            ("locales/fr/g.ftl", "g--title = Bonjour\n"),
        ],
    );
    polyguide(&ws, &["sync"]);
    let out = polyguide(&ws, &["sync"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("fr: up to date"), "{stdout}");
    assert!(
        stdout.contains("fr: the files of the source that loads are up to date"),
        "{stdout}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("content/h.yaml"), "{stderr}");
}

/// After sync, lint points a missing message at its worksheet entry: the place where the
/// translator works, not the end of the file.
#[test]
fn lint_points_missing_messages_at_their_worksheet_entries() {
    let ws = TestWs::new(
        &["fr"],
        &[
            ("content/g.yaml", GUIDE),
            (
                "locales/fr/g.ftl",
                "g--title = Bonjour\n\ng--m--b = Puis cela.\n",
            ),
        ],
    );
    assert_eq!(polyguide(&ws, &["sync", "fr"]).status.code(), Some(0));
    let text = ws.read("locales/fr/g.ftl");
    let out = polyguide(&ws, &["lint", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let missing: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "missing-message")
        .collect();
    let ids: Vec<&str> = missing.iter().map(|f| f["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["g--m--title", "g--m--a"], "{v:#}");
    for f in missing {
        let id = f["id"].as_str().unwrap();
        let at = text.find(&format!("# {id} =")).unwrap();
        let line = text[..at].matches('\n').count() + 1;
        assert_eq!(
            (f["line"].as_u64(), f["column"].as_u64()),
            (Some(line as u64), Some(3)),
            "{id}"
        );
        assert!(
            f["message"]
                .as_str()
                .unwrap()
                .contains("still commented out"),
            "{f}"
        );
    }
}
