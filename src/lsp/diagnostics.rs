//! Findings as protocol diagnostics: the lint's own, converted one to one (rule as the
//! code, help after the message), each translation finding related to its source message.

use super::loaded::Loaded;
use super::server::{Doc, Server};
use super::text::{bom_len, in_buffer, path_to_uri, Encoding, Lines};
use crate::diagnostic::{Diagnostic, Severity};
use lsp_server::{Connection, Notification};
use lsp_types::{
    DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    PublishDiagnosticsParams,
};

/// The protocol diagnostics of document `rel`: the source side's findings in it and, for a
/// translation or stamps file, those of its locale's last check.
pub fn of_document(
    l: &Loaded,
    rel: &str,
    text: &str,
    server: &Server,
) -> Vec<lsp_types::Diagnostic> {
    let lines = Lines::new(text);
    l.source_findings
        .iter()
        .chain(l.file_findings.get(rel).into_iter().flatten())
        .filter(|d| d.path == rel)
        .map(|d| {
            let mut out = convert(d, text, &lines, server.enc);
            out.related_information = related(l, d, server).map(|r| vec![r]);
            out
        })
        .collect()
}

/// One finding as a protocol diagnostic, in a document whose text is `text`.
/// The finding's offsets are those of the text without a byte-order mark, as the lint reads
/// it ([`bom_len`]).
pub fn convert(d: &Diagnostic, text: &str, lines: &Lines, enc: Encoding) -> lsp_types::Diagnostic {
    let range = match d.span.clone().and_then(|span| in_buffer(text, span)) {
        Some(span) => lines.range(text, span, enc),
        None => {
            // Columns count characters; the mark is one, on the first line.
            let column = d.column + u32::from(bom_len(text) > 0 && d.line <= 1);
            let at = lines.line_column(text, d.line, column, enc);
            lsp_types::Range::new(at, at)
        }
    };
    let message = match &d.help {
        Some(help) => format!("{}\nhelp: {help}", d.message),
        None => d.message.clone(),
    };
    lsp_types::Diagnostic {
        range,
        severity: Some(match d.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Info => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(d.rule.name().to_string())),
        source: Some("polyguide".into()),
        message,
        ..Default::default()
    }
}

/// For a finding on a translated message: where its source message is, and what it reads.
fn related(l: &Loaded, d: &Diagnostic, server: &Server) -> Option<DiagnosticRelatedInformation> {
    let (locale, id) = (d.locale.as_deref()?, d.id.as_deref()?);
    let sf = l.source_file_of(locale, &d.path)?;
    let place = l.source_place(sf, id)?;
    let entry = l.source_entry(sf, id)?;
    let lines = l.lines_of(place.path, place.text);
    let uri = path_to_uri(&server.abs(place.path)?)?;
    let text = crate::ftl::entry_value_text(&sf.file.text, entry.info);
    Some(DiagnosticRelatedInformation {
        location: Location::new(uri, lines.range(place.text, place.span, server.enc)),
        message: format!("source: {}", one_line(text, 200)),
    })
}

/// `text` on one line, at most `max` characters.
pub fn one_line(text: &str, max: usize) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().count() <= max {
        return joined;
    }
    joined.chars().take(max - 1).collect::<String>() + "…"
}

pub fn publish(conn: &Connection, doc: &Doc, diagnostics: Vec<lsp_types::Diagnostic>) {
    let params = PublishDiagnosticsParams {
        uri: doc.uri.clone(),
        diagnostics,
        version: Some(doc.version),
    };
    send(conn, params);
}

/// Clears the findings of a closed document.
pub fn clear(conn: &Connection, uri: lsp_types::Uri) {
    send(
        conn,
        PublishDiagnosticsParams {
            uri,
            diagnostics: Vec::new(),
            version: None,
        },
    );
}

fn send(conn: &Connection, params: PublishDiagnosticsParams) {
    use lsp_types::notification::{Notification as _, PublishDiagnostics};
    let n = Notification::new(PublishDiagnostics::METHOD.to_string(), params);
    let _ = conn.sender.send(n.into());
}

/// Why the configuration cannot be used, on the configuration file: at the line and column
/// the TOML parser names, else at the start.
pub fn config_error(message: &str, text: &str, enc: Encoding) -> lsp_types::Diagnostic {
    let number_after = |word: &str| {
        let at = message.find(word)? + word.len();
        let digits: String = message[at..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse::<u32>().ok()
    };
    let (line, column) = (
        number_after("line ").unwrap_or(1),
        number_after("column ").unwrap_or(1),
    );
    let lines = Lines::new(text);
    let at = lines.line_column(text, line, column, enc);
    lsp_types::Diagnostic {
        range: lsp_types::Range::new(at, at),
        severity: Some(DiagnosticSeverity::ERROR),
        source: Some("polyguide".into()),
        message: format!("{message}\nhelp: polyguide cannot check anything until this is fixed"),
        ..Default::default()
    }
}
