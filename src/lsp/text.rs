//! Positions and addresses as the protocol has them: line and character (UTF-16 code units
//! unless the client accepts UTF-8) ↔ byte offsets, `file://` URIs ↔ paths, and edits
//! applied to a document's text.
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`, as the protocol says and as
//! [`crate::diagnostic::LineIndex`] counts them, so a finding's line is the editor's.

use lsp_types::{Position, Range, Uri};
use std::path::{Path, PathBuf};

/// How the `character` of a position counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

/// Where each line of a text starts.
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        Lines { starts }
    }

    /// The position of byte `offset` (clamped to the text, and back to a char boundary).
    pub fn position(&self, text: &str, offset: usize, enc: Encoding) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        Position::new(line as u32, units(&text[start..offset], enc))
    }

    pub fn range(&self, text: &str, span: std::ops::Range<usize>, enc: Encoding) -> Range {
        Range::new(
            self.position(text, span.start, enc),
            self.position(text, span.end.max(span.start), enc),
        )
    }

    /// The byte offset of `pos`: a line past the end is the end of the text, a character past
    /// the end of its line is the line's end (the protocol asks for that leniency).
    pub fn offset(&self, text: &str, pos: Position, enc: Encoding) -> usize {
        let Some(&start) = self.starts.get(pos.line as usize) else {
            return text.len();
        };
        let end = self.line_end(text, pos.line as usize);
        let mut counted = 0u32;
        for (i, c) in text[start..end].char_indices() {
            if counted >= pos.character {
                return start + i;
            }
            counted += match enc {
                Encoding::Utf8 => c.len_utf8() as u32,
                Encoding::Utf16 => c.len_utf16() as u32,
            };
        }
        end
    }

    /// The byte offset where line `line` (0-based) ends, before its line ending.
    pub fn line_end(&self, text: &str, line: usize) -> usize {
        let next = self.starts.get(line + 1).copied().unwrap_or(text.len());
        let bytes = text.as_bytes();
        let mut end = next;
        while end > self.starts[line.min(self.starts.len() - 1)]
            && matches!(bytes[end - 1], b'\n' | b'\r')
        {
            end -= 1;
        }
        end
    }

    /// The position of a 1-based line and column counted in characters (a finding's).
    pub fn line_column(&self, text: &str, line: u32, column: u32, enc: Encoding) -> Position {
        let l = (line.max(1) - 1) as usize;
        let Some(&start) = self.starts.get(l) else {
            return self.position(text, text.len(), enc);
        };
        let end = self.line_end(text, l);
        let offset = text[start..end]
            .char_indices()
            .nth(column.max(1) as usize - 1)
            .map_or(end, |(i, _)| start + i);
        self.position(text, offset, enc)
    }
}

/// The length of a byte-order mark at the start of an editor buffer (3 or 0). The lint
/// reads a buffer as it reads a file, without it ([`crate::text::decode`]), so its byte
/// offsets are this much before the same place in the buffer.
pub fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{FEFF}') {
        '\u{FEFF}'.len_utf8()
    } else {
        0
    }
}

/// Where `span`, a range of the text as the lint read it (without a byte-order mark), is in
/// the editor's buffer `text`; `None` when it does not fit (the buffer changed since).
pub fn in_buffer(text: &str, span: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let bom = bom_len(text);
    (span.end + bom <= text.len()).then(|| span.start + bom..span.end + bom)
}

fn units(s: &str, enc: Encoding) -> u32 {
    match enc {
        Encoding::Utf8 => s.len() as u32,
        Encoding::Utf16 => s.encode_utf16().count() as u32,
    }
}

/// Applies one change of `textDocument/didChange`: the whole text when `range` is absent.
pub fn apply_change(text: &str, range: Option<Range>, new: &str, enc: Encoding) -> String {
    let Some(range) = range else {
        return new.to_string();
    };
    let lines = Lines::new(text);
    let start = lines.offset(text, range.start, enc);
    let end = lines.offset(text, range.end, enc).max(start);
    let mut out = String::with_capacity(text.len() + new.len());
    out.push_str(&text[..start]);
    out.push_str(new);
    out.push_str(&text[end..]);
    out
}

/// The local path of a `file://` URI (percent-decoded); `None` for other schemes, a host
/// other than `localhost`, or bytes that do not decode.
pub fn uri_to_path(uri: &Uri) -> Option<PathBuf> {
    let s = uri.as_str();
    let rest = s
        .strip_prefix("file://")
        .or_else(|| s.strip_prefix("FILE://"))?;
    let (host, path) = rest.split_at(rest.find('/')?);
    if !(host.is_empty() || host.eq_ignore_ascii_case("localhost")) {
        return None;
    }
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let bytes = percent_decode(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        Some(PathBuf::from(std::ffi::OsString::from_vec(bytes)))
    }
    #[cfg(not(unix))]
    {
        String::from_utf8(bytes).ok().map(PathBuf::from)
    }
}

/// The `file://` URI of an absolute path, every byte outside the unreserved set and `/`
/// percent-encoded.
pub fn path_to_uri(path: &Path) -> Option<Uri> {
    let mut s = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            s.push(b as char);
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    s.parse().ok()
}

fn percent_decode(s: &str) -> Option<Vec<u8>> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_units_or_bytes() {
        let text = "a = 1\r\nzh = 中文 😀 x\rlast";
        let lines = Lines::new(text);
        let x = text.find('x').unwrap();
        // 中文 are one UTF-16 unit each, the emoji two.
        assert_eq!(
            lines.position(text, x, Encoding::Utf16),
            Position::new(1, 11)
        );
        assert_eq!(
            lines.position(text, x, Encoding::Utf8),
            Position::new(1, 17)
        );
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            let pos = lines.position(text, x, enc);
            assert_eq!(lines.offset(text, pos, enc), x);
        }
        assert_eq!(
            lines.position(text, text.find("last").unwrap(), Encoding::Utf16),
            Position::new(2, 0)
        );
        // Past the end of a line: its end; past the last line: the end of the text.
        assert_eq!(lines.offset(text, Position::new(0, 99), Encoding::Utf16), 5);
        assert_eq!(
            lines.offset(text, Position::new(9, 0), Encoding::Utf16),
            text.len()
        );
        // Inside a surrogate pair: not a char boundary, so the next character.
        let emoji = text.find('😀').unwrap();
        let inside = Position::new(1, 9);
        assert_eq!(lines.offset(text, inside, Encoding::Utf16), emoji + 4);
    }

    #[test]
    fn a_finding_line_and_column_map_to_the_editor_position() {
        let text = "a = 1\nzh = 中文 x\n";
        let lines = Lines::new(text);
        assert_eq!(
            lines.line_column(text, 2, 9, Encoding::Utf16),
            Position::new(1, 8)
        );
        assert_eq!(
            lines.line_column(text, 9, 1, Encoding::Utf16),
            Position::new(2, 0)
        );
    }

    #[test]
    fn changes_apply_by_range_or_whole() {
        let text = "a = { $nombre }\n";
        let r = Range::new(Position::new(0, 6), Position::new(0, 13));
        assert_eq!(
            apply_change(text, Some(r), "$count", Encoding::Utf16),
            "a = { $count }\n"
        );
        assert_eq!(apply_change(text, None, "b = 2", Encoding::Utf16), "b = 2");
        // A reversed or out-of-range range never panics.
        let bad = Range::new(Position::new(5, 3), Position::new(0, 0));
        assert_eq!(
            apply_change(text, Some(bad), "x", Encoding::Utf8),
            format!("{text}x")
        );
    }

    #[test]
    fn uris_round_trip_with_percent_encoding() {
        let path = Path::new("/tmp/ws dir/locales/zh-CN/ü.ftl");
        let uri = path_to_uri(path).unwrap();
        assert_eq!(
            uri.as_str(),
            "file:///tmp/ws%20dir/locales/zh-CN/%C3%BC.ftl"
        );
        assert_eq!(uri_to_path(&uri).unwrap(), path);
        let other: Uri = "untitled:Untitled-1".parse().unwrap();
        assert_eq!(uri_to_path(&other), None);
        let remote: Uri = "file://server/share/a.ftl".parse().unwrap();
        assert_eq!(uri_to_path(&remote), None);
        let bad: Uri = "file:///a%zz".parse().unwrap_or(uri);
        let _ = uri_to_path(&bad);
    }
}
