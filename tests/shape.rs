//! The shape of `src/`: no function body is longer than [`MAX_LINES`] lines, so the code
//! reads as the pipeline (issue 11).
//!
//! A plain-Rust scan, no parser: strings (raw and byte strings included), character literals
//! and comments are blanked out first, so braces inside them do not count; then each
//! `fn name` with a body is matched to its closing brace. A body's length is the number of
//! lines from the line of its `{` to the line of its `}`, both included.
//!
//! Exempt: the bodies of `#[cfg(test)] mod …` blocks (unit tests are long lists of cases;
//! a test function there may be long) and the functions listed in [`EXEMPT`] (none today:
//! a generated table would go there, with why).

use std::path::{Path, PathBuf};

/// The longest function body allowed, in lines.
const MAX_LINES: usize = 100;

/// `(path relative to the crate, function name)` allowed to be longer, each with a reason
/// in a comment.
const EXEMPT: &[(&str, &str)] = &[];

#[test]
fn no_function_in_src_is_longer_than_100_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let long: Vec<String> = long_functions(&src, "src", MAX_LINES)
        .into_iter()
        .filter(|f| !EXEMPT.contains(&(f.path.as_str(), f.name.as_str())))
        .map(|f| f.to_string())
        .collect();
    assert!(
        long.is_empty(),
        "functions longer than {MAX_LINES} lines; split them into named steps:\n{}",
        long.join("\n")
    );
}

/// The scan finds a long function (and only it), whatever braces its strings, characters
/// and comments hold, and leaves test modules alone.
#[test]
fn the_scan_finds_a_long_function_among_tricky_braces() {
    let dir = tempfile::tempdir().unwrap();
    let filler = "    let x = 1;\n".repeat(99);
    let text = format!(
        "/// A brace in a comment: {{\nfn short<'a>(s: &'a str, a: [u8; 2]) -> &'a str {{\n    let _ = ('{{', '\\'', b'}}', \"}}\\\"{{\", r#\"}}\"{{\"#, br\"{{\");\n    /* nested /* }} */ {{ */\n    s\n}}\n\nfn long_one() {{\n{filler}}}\n\nfn exactly_100() {{\n{}}}\n\ntrait T {{\n    fn declared(&self);\n}}\n\n#[cfg(test)]\nmod tests {{\n    fn long_test() {{\n{filler}    }}\n}}\n",
        "    let x = 1;\n".repeat(98),
    );
    std::fs::create_dir_all(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/a.rs"), &text).unwrap();
    let found: Vec<String> = long_functions(dir.path(), "tmp", MAX_LINES)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(found, ["tmp/sub/a.rs:8 fn long_one (101 lines)"]);
}

/// A function whose body is longer than allowed.
struct LongFunction {
    /// As shown: `src/…`, with `/`.
    path: String,
    /// 1-based line of `fn`.
    line: usize,
    name: String,
    lines: usize,
}

impl std::fmt::Display for LongFunction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{} fn {} ({} lines)",
            self.path, self.line, self.name, self.lines
        )
    }
}

/// Every function in the `.rs` files under `dir` whose body is longer than `max` lines,
/// by path (`shown` standing for `dir`) and line.
fn long_functions(dir: &Path, shown: &str, max: usize) -> Vec<LongFunction> {
    let mut files = Vec::new();
    rust_files(dir, &mut files);
    files.sort();
    let mut long = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let rel = Path::new(shown)
            .join(file.strip_prefix(dir).unwrap())
            .to_string_lossy()
            .replace('\\', "/");
        for (line, name, lines) in function_lengths(&text) {
            if lines > max {
                long.push(LongFunction {
                    path: rel.clone(),
                    line,
                    name,
                    lines,
                });
            }
        }
    }
    long
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `(line of fn, name, body lines)` of every function with a body outside test modules.
fn function_lengths(text: &str) -> Vec<(usize, String, usize)> {
    let code = blank_literals_and_comments(text);
    let line_of = |i: usize| code[..i].iter().filter(|&&b| b == b'\n').count() + 1;
    let test_modules = test_module_bodies(&code);
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(at) = find_word(&code, i, b"fn") {
        i = at + 2;
        let name_start = skip_space(&code, i);
        let name_end = ident_end(&code, name_start);
        if name_end == name_start {
            continue; // `fn(…)`: a function pointer type
        }
        let Some(open) = body_start(&code, name_end) else {
            continue; // a declaration without a body
        };
        if test_modules.iter().any(|(s, e)| (*s..*e).contains(&at)) {
            continue;
        }
        let close = matching_brace(&code, open);
        let name = String::from_utf8_lossy(&code[name_start..name_end]).into_owned();
        found.push((line_of(at), name, line_of(close) - line_of(open) + 1));
    }
    found
}

/// `(open, close)` brace offsets of each `#[cfg(test)] mod name { … }`.
fn test_module_bodies(code: &[u8]) -> Vec<(usize, usize)> {
    let mut bodies = Vec::new();
    let mut i = 0;
    while let Some(at) = find_sub(code, i, b"#[cfg(test)]") {
        i = at + 1;
        let mut j = skip_space(code, at + b"#[cfg(test)]".len());
        if code[j..].starts_with(b"pub ") {
            j = skip_space(code, j + 3);
        }
        if !code[j..].starts_with(b"mod") {
            continue;
        }
        let name_end = ident_end(code, skip_space(code, j + 3));
        let open = skip_space(code, name_end);
        if code.get(open) == Some(&b'{') {
            bodies.push((open, matching_brace(code, open)));
        }
    }
    bodies
}

/// The `{` that opens the body of the function whose signature continues at `from`, or
/// None when a `;` ends it first (outside brackets: `[u8; 4]` is a type).
fn body_start(code: &[u8], from: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (i, &b) in code.iter().enumerate().skip(from) {
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            b'{' if depth == 0 => return Some(i),
            b';' if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

fn matching_brace(code: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    for (i, &b) in code.iter().enumerate().skip(open) {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    panic!("unbalanced braces after byte {open}");
}

/// `text` with the contents of comments, string literals and character literals replaced
/// by spaces (newlines kept, so lines still count).
fn blank_literals_and_comments(text: &str) -> Vec<u8> {
    let src = text.as_bytes();
    let mut out = src.to_vec();
    let mut i = 0;
    while i < src.len() {
        match literal_or_comment_end(text, i) {
            Some(end) => {
                for b in &mut out[i..end] {
                    if *b != b'\n' {
                        *b = b' ';
                    }
                }
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Where the comment, string or character literal starting at `i` ends; None when none
/// starts there.
fn literal_or_comment_end(text: &str, i: usize) -> Option<usize> {
    let src = text.as_bytes();
    let rest = &src[i..];
    let after_ident = i > 0 && is_ident(src[i - 1]);
    if rest.starts_with(b"//") {
        Some(find_sub(src, i, b"\n").unwrap_or(src.len()))
    } else if rest.starts_with(b"/*") {
        Some(block_comment_end(src, i))
    } else if let Some(hashes) = raw_string_start(rest).filter(|_| !after_ident) {
        let quote = i + rest.iter().position(|&b| b == b'"')?;
        let mut closing = vec![b'"'];
        closing.extend(std::iter::repeat_n(b'#', hashes));
        Some(find_sub(src, quote + 1, &closing).map_or(src.len(), |e| e + closing.len()))
    } else if rest[0] == b'"' {
        Some(string_end(src, i + 1))
    } else if rest[0] == b'\'' {
        char_literal_end(text, i)
    } else {
        None
    }
}

/// The number of `#` of a raw string (`r"`, `r#"`, `br##"`) starting here.
fn raw_string_start(rest: &[u8]) -> Option<usize> {
    let rest = rest.strip_prefix(b"b").unwrap_or(rest);
    let rest = rest.strip_prefix(b"r")?;
    let hashes = rest.iter().take_while(|&&b| b == b'#').count();
    (rest.get(hashes) == Some(&b'"')).then_some(hashes)
}

/// The end of a string whose contents start at `from` (after the closing quote).
fn string_end(src: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < src.len() {
        match src[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    src.len()
}

/// The end of a character literal at `at` (`'x'`, `'\n'`, `'\u{7b}'`), or None for a
/// lifetime or label (`'a`).
fn char_literal_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at + 1..];
    if rest.starts_with('\\') {
        return rest[2..].find('\'').map(|e| at + 1 + 2 + e + 1);
    }
    let c = rest.chars().next()?;
    rest[c.len_utf8()..]
        .starts_with('\'')
        .then(|| at + 1 + c.len_utf8() + 1)
}

/// The end of a block comment starting at `at`; block comments nest.
fn block_comment_end(src: &[u8], at: usize) -> usize {
    let (mut depth, mut i) = (0usize, at);
    while i < src.len() {
        if src[i..].starts_with(b"/*") {
            depth += 1;
            i += 2;
        } else if src[i..].starts_with(b"*/") {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    src.len()
}

fn find_sub(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// The next occurrence of `word` as a whole word.
fn find_word(code: &[u8], from: usize, word: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(at) = find_sub(code, i, word) {
        let before = at > 0 && is_ident(code[at - 1]);
        let after = code.get(at + word.len()).is_some_and(|&b| is_ident(b));
        if !before && !after {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn skip_space(code: &[u8], from: usize) -> usize {
    from + code[from..]
        .iter()
        .take_while(|b| b.is_ascii_whitespace())
        .count()
}

fn ident_end(code: &[u8], from: usize) -> usize {
    from + code[from..].iter().take_while(|&&b| is_ident(b)).count()
}
