//! The one finding type that flows through every stage of polyguide.
//!
//! Loaders, checks and the stamp comparison all produce [`Diagnostic`] values; reporters turn
//! them into human, JSON or other output. Nothing in the library prints.

use serde::Serialize;
use std::fmt;
use std::ops::Range;

/// How serious a finding is. The order matters: `Error` is the most severe.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding: a rule that fired at a place in a file.
///
/// `path` is relative to the workspace root and always uses `/`. `line` and `column` are
/// 1-based; columns count Unicode scalar values, so they match what an editor shows for
/// non-ASCII text. `span` is the byte range in the file, used only to draw the snippet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub rule: crate::rules::RuleId,
    pub severity: Severity,
    pub locale: Option<String>,
    pub path: String,
    pub line: u32,
    pub column: u32,
    pub id: Option<String>,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    #[serde(skip)]
    pub span: Option<Range<usize>>,
    /// For `stale-translation`: the worklist item (source diff, translation).
    #[serde(skip)]
    pub stale: Option<Box<crate::rules::stale_translation::StaleItem>>,
}

impl Diagnostic {
    /// A finding at a byte offset of a file whose line index is known.
    pub fn at(
        rule: &'static crate::rules::Rule,
        path: &str,
        index: &LineIndex,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let (line, column) = index.line_col(span.start);
        Diagnostic {
            rule: rule.id,
            severity: rule.default_severity,
            locale: None,
            path: path.to_string(),
            line,
            column,
            id: None,
            message: message.into(),
            help: None,
            span: Some(span),
            stale: None,
        }
    }

    /// A finding about a whole file (line 1, column 1, no snippet).
    pub fn file(rule: &'static crate::rules::Rule, path: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            rule: rule.id,
            severity: rule.default_severity,
            locale: None,
            path: path.to_string(),
            line: 1,
            column: 1,
            id: None,
            message: message.into(),
            help: None,
            span: None,
            stale: None,
        }
    }

    pub fn with_locale(mut self, locale: Option<&str>) -> Self {
        self.locale = locale.map(str::to_string);
        self
    }

    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// The order reports use: by path, then position, then rule, so output is deterministic.
    pub fn sort_key(&self) -> (&str, u32, u32, &str, Option<&str>, &str) {
        (
            &self.path,
            self.line,
            self.column,
            self.rule.name(),
            self.id.as_deref(),
            &self.message,
        )
    }
}

/// Maps byte offsets of one text to 1-based line and column (in Unicode scalar values).
///
/// A line ends at `\n`; a `\r` before it belongs to the line ending, and a lone `\r` also ends
/// a line, so files with CRLF or old Mac line endings get the lines an editor shows.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset where each line starts.
    starts: Vec<usize>,
    text: std::sync::Arc<String>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        Self::shared(std::sync::Arc::new(text.to_string()))
    }

    /// The index of a text already shared, without copying it.
    pub fn shared(text: std::sync::Arc<String>) -> Self {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        LineIndex { starts, text }
    }

    /// 1-based line and column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let mut end = offset;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let column = self.text[start..end].chars().count() + 1;
        (line as u32 + 1, column as u32)
    }

    /// The byte range of a 1-based line, without its line ending.
    pub fn line_range(&self, line: u32) -> Range<usize> {
        let i = (line.max(1) - 1) as usize;
        let start = self.starts.get(i).copied().unwrap_or(self.text.len());
        let mut end = self.starts.get(i + 1).copied().unwrap_or(self.text.len());
        let bytes = self.text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        start..end
    }

    /// Byte offset of a 1-based line and column (columns in Unicode scalar values).
    pub fn offset(&self, line: u32, column: u32) -> usize {
        let range = self.line_range(line);
        let text = &self.text[range.clone()];
        text.char_indices()
            .nth(column.max(1) as usize - 1)
            .map(|(i, _)| range.start + i)
            .unwrap_or(range.end)
    }

    pub fn text(&self) -> &str {
        &self.text
    }
}

/// A [`LineIndex`] built on first use: most files have no finding, and then their lines are
/// never counted.
#[derive(Debug)]
pub struct LazyIndex {
    text: std::sync::Arc<String>,
    index: std::sync::OnceLock<LineIndex>,
}

impl LazyIndex {
    pub fn new(text: std::sync::Arc<String>) -> Self {
        LazyIndex {
            text,
            index: std::sync::OnceLock::new(),
        }
    }

    pub fn get(&self) -> &LineIndex {
        self.index
            .get_or_init(|| LineIndex::shared(self.text.clone()))
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The index if it was built, i.e. if some finding points into this file.
    pub fn built(&self) -> Option<&LineIndex> {
        self.index.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_scalar_values_not_bytes() {
        let index = LineIndex::new("a = 1\nzh = 中文 x\n");
        let x = "a = 1\nzh = 中文 x\n".find('x').unwrap();
        assert_eq!(index.line_col(x), (2, 9));
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let text = "a\r\nb\rc\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text.find('b').unwrap()), (2, 1));
        assert_eq!(index.line_col(text.find('c').unwrap()), (3, 1));
        assert_eq!(&text[index.line_range(1)], "a");
    }

    #[test]
    fn offset_round_trips_line_col() {
        let text = "one\ntwo ñ three\n";
        let index = LineIndex::new(text);
        let off = text.find("three").unwrap();
        let (l, c) = index.line_col(off);
        assert_eq!(index.offset(l, c), off);
    }
}
