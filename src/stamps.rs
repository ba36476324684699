//! Stamps: what source text each translation was last made or reviewed against.
//!
//! Fluent has no fuzzy flag. polyguide keeps, per locale, a plain-text file
//! `locales/<locale>/polyguide.stamps` with one block per stamped message: the fingerprint
//! of the normalized source text and that text itself. Comparing the fingerprint with today's
//! source says whether a translation is current, stale or unstamped; the stored text gives
//! the word diff of *what changed since the translator saw it*, with no git history.
//!
//! The file is sorted by id with a blank line between blocks, so two translators who accept
//! different messages change separate blocks and git merges them without conflict.
//!
//! - Normalization `nfc-ws-1`: Unicode NFC, then every run of whitespace becomes one space,
//!   then leading and trailing whitespace is removed. Reflowing or re-indenting YAML changes
//!   nothing.
//! - Fingerprint `sha256-64`: the first 16 hex digits (64 bits) of the SHA-256 of the
//!   normalized text's UTF-8 bytes. Fixed and documented, unlike `DefaultHasher`.

use sha2::{Digest, Sha256};
use similar::{ChangeTag, TextDiff};
use std::collections::BTreeMap;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// The stamp file's name inside each locale directory.
pub const STAMP_FILE: &str = "polyguide.stamps";
pub const FORMAT: u32 = 1;
pub const NORMALIZATION: &str = "nfc-ws-1";
pub const HASH: &str = "sha256-64";

/// The text a fingerprint is computed over (normalization `nfc-ws-1`).
pub fn normalize(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The fingerprint (`sha256-64`) of an already normalized text.
pub fn fingerprint(normalized: &str) -> String {
    let digest = Sha256::digest(normalized.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// One message's stamp.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub fingerprint: String,
    /// The normalized source text the translation was made or reviewed against.
    pub source: String,
}

impl Stamp {
    /// The stamp of a source text as it is today.
    pub fn of(source_text: &str) -> Stamp {
        let source = normalize(source_text);
        Stamp {
            fingerprint: fingerprint(&source),
            source,
        }
    }
}

/// The state of one translated message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum State<'a> {
    /// The stamp matches today's source.
    Current,
    /// The source changed since the stamp; going back to the stamped text makes it current.
    Stale(&'a Stamp),
    /// No stamp yet: a new translation.
    Unstamped,
}

/// The state of a translation whose source reads `source_text` today.
pub fn state<'a>(stamp: Option<&'a Stamp>, source_text: &str) -> State<'a> {
    match stamp {
        None => State::Unstamped,
        Some(s) if s.fingerprint == fingerprint(&normalize(source_text)) => State::Current,
        Some(s) => State::Stale(s),
    }
}

/// All stamps of one locale, by message id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StampFile {
    pub stamps: BTreeMap<String, Stamp>,
}

/// A stamp file that does not parse: the 1-based line and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StampError {
    pub line: u32,
    pub message: String,
}

impl StampFile {
    /// Parses a stamp file. Comments (`#`) and blank lines are ignored; the header keys
    /// `format`, `normalization` and `hash` are checked; each `[id]` block needs a
    /// `fingerprint` and a `source`.
    pub fn parse(text: &str) -> Result<StampFile, StampError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut file = StampFile::default();
        let mut current: Option<(String, u32, Option<String>, Option<String>)> = None;
        let finish = |file: &mut StampFile,
                      block: Option<(String, u32, Option<String>, Option<String>)>|
         -> Result<(), StampError> {
            if let Some((id, line, fp, source)) = block {
                let (Some(fingerprint), Some(source)) = (fp, source) else {
                    return Err(StampError {
                        line,
                        message: format!(
                            "the stamp of `{id}` needs both `fingerprint` and `source`"
                        ),
                    });
                };
                if file
                    .stamps
                    .insert(
                        id.clone(),
                        Stamp {
                            fingerprint,
                            source,
                        },
                    )
                    .is_some()
                {
                    return Err(StampError {
                        line,
                        message: format!("`{id}` is stamped twice"),
                    });
                }
            }
            Ok(())
        };
        for (i, raw) in text.lines().enumerate() {
            let line_no = i as u32 + 1;
            let line = raw.trim_end_matches('\r');
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            if let Some(rest) = trimmed.strip_prefix('[') {
                let Some(id) = rest.strip_suffix(']') else {
                    return Err(StampError {
                        line: line_no,
                        message: "a block header must look like `[message-id]`".into(),
                    });
                };
                finish(&mut file, current.take())?;
                current = Some((id.to_string(), line_no, None, None));
                continue;
            }
            let Some((key, value)) = line.split_once(" = ").or_else(|| line.split_once('=')) else {
                return Err(StampError {
                    line: line_no,
                    message: "expected `key = value`".into(),
                });
            };
            let (key, value) = (key.trim(), value.trim());
            match (&mut current, key) {
                (None, "format") if value == FORMAT.to_string() => {}
                (None, "normalization") if value == NORMALIZATION => {}
                (None, "hash") if value == HASH => {}
                (None, "format" | "normalization" | "hash") => {
                    return Err(StampError {
                        line: line_no,
                        message: format!(
                            "unsupported {key} `{value}` (this polyguide writes {key} {})",
                            match key {
                                "format" => FORMAT.to_string(),
                                "normalization" => NORMALIZATION.to_string(),
                                _ => HASH.to_string(),
                            }
                        ),
                    })
                }
                (Some((_, _, fp, _)), "fingerprint") => *fp = Some(value.to_string()),
                (Some((_, _, _, source)), "source") => *source = Some(value.to_string()),
                _ => {
                    return Err(StampError {
                        line: line_no,
                        message: format!("unknown key `{key}`"),
                    })
                }
            }
        }
        finish(&mut file, current.take())?;
        Ok(file)
    }

    /// The file's text: a header, then one block per id in sorted order.
    pub fn render(&self) -> String {
        let mut out = String::from(
            "# polyguide stamps: the source text each translation was last reviewed against.\n\
             # Written by `polyguide accept`; one block per message, sorted by id, so that\n\
             # merges of different accepts are clean. See the README, \"Stale translations\".\n",
        );
        out.push_str(&format!(
            "format = {FORMAT}\nnormalization = {NORMALIZATION}\nhash = {HASH}\n"
        ));
        for (id, stamp) in &self.stamps {
            out.push_str(&format!(
                "\n[{id}]\nfingerprint = {}\nsource = {}\n",
                stamp.fingerprint, stamp.source
            ));
        }
        out
    }
}

/// A part of a word diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiffPart {
    Same(String),
    Removed(String),
    Added(String),
}

/// Splits a Fluent pattern into diff tokens: each placeable (`{ -brand-short }`) is one
/// token, and the text between placeables is split on Unicode word boundaries (UAX #29), so
/// CJK, Devanagari and Arabic text diff by word, not by byte.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find('{') {
            Some(0) => {
                let mut depth = 0usize;
                let mut end = rest.len();
                for (i, c) in rest.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = i + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                out.push(&rest[..end]);
                rest = &rest[end..];
            }
            found => {
                let end = found.unwrap_or(rest.len());
                out.extend(rest[..end].split_word_bounds());
                rest = &rest[end..];
            }
        }
    }
    out
}

/// The word diff from `old` to `new`, by [`tokens`]. Adjacent changes are merged;
/// whitespace at the edge of a change is moved out of it, so markers hug the words.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPart> {
    let (old_tokens, new_tokens) = (tokens(old), tokens(new));
    let diff = TextDiff::from_slices(&old_tokens, &new_tokens);
    let mut parts: Vec<DiffPart> = Vec::new();
    let mut removed = String::new();
    let mut added = String::new();
    let flush = |parts: &mut Vec<DiffPart>, removed: &mut String, added: &mut String| {
        if removed.is_empty() && added.is_empty() {
            return;
        }
        // Leading/trailing whitespace common to the change goes outside the markers.
        let lead = common_ws_prefix(removed, added);
        let source = if removed.is_empty() {
            &*added
        } else {
            &*removed
        };
        push_same(parts, &source[..lead]);
        let r = removed.get(lead..).unwrap_or("").to_string();
        let a = added.get(lead..).unwrap_or("").to_string();
        let (r_core, r_tail) = split_trailing_ws(&r);
        let (a_core, a_tail) = split_trailing_ws(&a);
        if !r_core.is_empty() {
            parts.push(DiffPart::Removed(r_core.to_string()));
        }
        if !a_core.is_empty() {
            parts.push(DiffPart::Added(a_core.to_string()));
        }
        push_same(
            parts,
            if r_tail.len() >= a_tail.len() {
                r_tail
            } else {
                a_tail
            },
        );
        removed.clear();
        added.clear();
    };
    for change in diff.iter_all_changes() {
        let value = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                flush(&mut parts, &mut removed, &mut added);
                push_same(&mut parts, value);
            }
            ChangeTag::Delete => removed.push_str(value),
            ChangeTag::Insert => added.push_str(value),
        }
    }
    flush(&mut parts, &mut removed, &mut added);
    parts
}

fn push_same(parts: &mut Vec<DiffPart>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(DiffPart::Same(prev)) = parts.last_mut() {
        prev.push_str(s);
    } else {
        parts.push(DiffPart::Same(s.to_string()));
    }
}

/// Length of the whitespace prefix of `a` when `b` starts with the same whitespace, or when
/// one of the two is empty.
fn common_ws_prefix(a: &str, b: &str) -> usize {
    let ws = |s: &str| s.len() - s.trim_start().len();
    match (a.is_empty(), b.is_empty()) {
        (true, _) => ws(b),
        (_, true) => ws(a),
        _ => {
            let (wa, wb) = (ws(a), ws(b));
            if a[..wa] == b[..wb] {
                wa
            } else {
                0
            }
        }
    }
}

fn split_trailing_ws(s: &str) -> (&str, &str) {
    let core = s.trim_end();
    (core, &s[core.len()..])
}

/// A word diff as text: removed words in `[-…-]`, added words in `{+…+}`.
pub fn word_diff_text(old: &str, new: &str) -> String {
    word_diff(old, new)
        .into_iter()
        .map(|p| match p {
            DiffPart::Same(s) => s,
            DiffPart::Removed(s) => format!("[-{s}-]"),
            DiffPart::Added(s) => format!("{{+{s}+}}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_ignores_reflow_and_composition() {
        assert_eq!(
            normalize("  Power off\n    your   phone. "),
            "Power off your phone."
        );
        // "é" precomposed vs e + combining acute: one fingerprint.
        assert_eq!(
            fingerprint(&normalize("caf\u{e9}")),
            fingerprint(&normalize("cafe\u{301}"))
        );
    }

    #[test]
    fn fingerprint_is_fixed() {
        // SHA-256("abc") = ba7816bf8f01cfea...
        assert_eq!(fingerprint("abc"), "ba7816bf8f01cfea");
    }

    #[test]
    fn states_follow_edit_and_revert() {
        let stamp = Stamp::of("Power off your Mi phone.");
        assert_eq!(
            state(Some(&stamp), "Power off your Mi phone."),
            State::Current
        );
        assert_eq!(
            state(Some(&stamp), "Power off your  Mi\nphone."),
            State::Current
        );
        assert_eq!(
            state(Some(&stamp), "Power off your Xiaomi phone."),
            State::Stale(&stamp)
        );
        assert_eq!(
            state(Some(&stamp), "Power off your Mi phone."),
            State::Current,
            "revert"
        );
        assert_eq!(state(None, "x"), State::Unstamped);
    }

    #[test]
    fn word_diff_marks_words() {
        assert_eq!(
            word_diff_text("Power off your Mi phone", "Power off your Xiaomi phone"),
            "Power off your [-Mi-]{+Xiaomi+} phone"
        );
        assert_eq!(word_diff_text("a b c", "a c"), "a [-b-] c");
        assert_eq!(word_diff_text("a c", "a b c"), "a {+b+} c");
    }

    #[test]
    fn placeables_are_single_tokens() {
        assert_eq!(
            word_diff_text(
                "Power off your { -brand-short } phone.",
                "Power off your { -brand } phone."
            ),
            "Power off your [-{ -brand-short }-]{+{ -brand }+} phone."
        );
        assert_eq!(tokens("a {b {c}} d"), ["a", " ", "{b {c}}", " ", "d"]);
        // An unclosed brace cannot loop or panic.
        assert_eq!(tokens("a { b"), ["a", " ", "{ b"]);
    }

    #[test]
    fn word_diff_handles_cjk() {
        let d = word_diff_text("关闭手机", "关闭小米手机");
        assert!(d.contains("{+"), "{d}");
        assert!(d.starts_with("关闭"), "{d}");
    }

    #[test]
    fn stamp_file_round_trips_sorted() {
        let mut f = StampFile::default();
        f.stamps.insert("b".into(), Stamp::of("Two"));
        f.stamps.insert("a".into(), Stamp::of("One { -brand }"));
        let text = f.render();
        assert!(text.find("[a]").unwrap() < text.find("[b]").unwrap());
        assert_eq!(StampFile::parse(&text).unwrap(), f);
        assert_eq!(StampFile::parse(&text.replace('\n', "\r\n")).unwrap(), f);
    }

    #[test]
    fn stamp_file_errors_name_the_line() {
        let e = StampFile::parse("format = 1\n[a]\nfingerprint = x\n").unwrap_err();
        assert_eq!(e.line, 2);
        let e = StampFile::parse("format = 9\n").unwrap_err();
        assert!(e.message.contains("unsupported format"), "{e:?}");
        let e = StampFile::parse("[a]\nfingerprint = x\nsource = y\ncolour = z\n").unwrap_err();
        assert_eq!(e.line, 4);
    }
}
