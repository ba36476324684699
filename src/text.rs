//! Reading user files as text: UTF-8 with an optional byte-order mark, any line ending.

/// A file's text after decoding. `bom` is the length of a stripped UTF-8 BOM (0 or 3): byte
/// offsets reported to users are offsets into `text`, and line/column never count the BOM.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub bom: usize,
}

/// Why a file's bytes are not text, with the byte offset of the first bad sequence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotUtf8 {
    pub offset: usize,
    /// The bad byte is a NUL (a binary file, or UTF-16), not an invalid UTF-8 sequence.
    pub nul: bool,
    /// 1-based line and column (in characters) of the bad byte, counted on the valid prefix.
    pub line: u32,
    pub column: u32,
}

impl std::fmt::Display for NotUtf8 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.nul {
            return write!(
                f,
                "the file contains a NUL byte (offset {}, line {}, column {}): it is binary, or not UTF-8 (UTF-16?); save it as UTF-8 text",
                self.offset, self.line, self.column
            );
        }
        write!(
            f,
            "the file is not valid UTF-8 (first invalid byte at offset {}, line {}, column {}); save it as UTF-8",
            self.offset, self.line, self.column
        )
    }
}

/// Decodes a file's bytes. A leading BOM is removed; a NUL byte is refused as well, since no
/// text format polyguide reads may contain one and it marks a binary file.
pub fn decode(bytes: Vec<u8>) -> Result<Decoded, NotUtf8> {
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let bad = |offset: usize, bytes: &[u8], nul: bool| {
        let prefix = String::from_utf8_lossy(&bytes[bom..offset]);
        let index = crate::diagnostic::LineIndex::new(&prefix);
        let (line, column) = index.line_col(prefix.len());
        NotUtf8 {
            offset,
            nul,
            line,
            column,
        }
    };
    match std::str::from_utf8(&bytes[bom..]) {
        Ok(s) => {
            if let Some(nul) = s.find('\0') {
                return Err(bad(bom + nul, &bytes, true));
            }
        }
        Err(e) => return Err(bad(bom + e.valid_up_to(), &bytes, false)),
    }
    let mut bytes = bytes;
    bytes.drain(..bom);
    // Checked above, so the lossy branch is never taken; it keeps the no-panic rule.
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Ok(Decoded { text, bom })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_stripped_and_remembered() {
        let d = decode(b"\xEF\xBB\xBFa = b\n".to_vec()).unwrap();
        assert_eq!(d.text, "a = b\n");
        assert_eq!(d.bom, 3);
    }

    #[test]
    fn invalid_utf8_reports_its_position() {
        let e = decode(b"a = b\nc = \xFF\n".to_vec()).unwrap_err();
        assert_eq!((e.offset, e.line, e.column), (10, 2, 5));
    }

    #[test]
    fn nul_bytes_mark_binary_files() {
        let e = decode(b"a = b\0".to_vec()).unwrap_err();
        assert!(e.nul);
        assert!(e.to_string().contains("NUL byte"), "{e}");
        assert!(!decode(b"a = \xff".to_vec()).unwrap_err().nul);
    }
}
