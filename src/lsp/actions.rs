//! Code actions on a translation file's findings: "Mark as reviewed" (a command the server
//! runs through [`crate::accept::accept`], the locked, atomic path of `polyguide accept`),
//! the "did you mean" fixes of the help texts, and inserting the missing messages as the
//! worksheet entries `polyguide sync` writes.

use super::diagnostics::convert;
use super::loaded::{Loaded, Scope};
use super::server::{failed, Server};
use super::text::Lines;
use crate::accept::{self, Selection};
use crate::diagnostic::Diagnostic;
use crate::rules::RuleId;
use crate::source::SourceFileFacts;
use lsp_server::ResponseError;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, Command,
    ExecuteCommandParams, MessageType, Range, ShowMessageParams, TextEdit, WorkspaceEdit,
};
use std::collections::HashMap;

pub fn code_actions(
    server: &mut Server,
    loaded: Option<&mut Loaded>,
    p: CodeActionParams,
) -> Result<Option<Vec<CodeActionOrCommand>>, ResponseError> {
    let key = p.text_document.uri.as_str();
    let (Some(l), Some(doc), Some(rel)) = (loaded, server.docs.get(key), server.rel_of(key)) else {
        return Ok(None);
    };
    let Scope::Locale(locale) = server.scope_of(Some(l), key) else {
        return Ok(None);
    };
    let text = doc.text.as_str();
    let lines = Lines::new(text);
    let findings: Vec<&Diagnostic> = l.file_findings.get(&rel).into_iter().flatten().collect();
    let mut out = Vec::new();
    for d in &findings {
        let shown = convert(d, text, &lines, server.enc);
        if !overlaps(shown.range, p.range) {
            continue;
        }
        let action = match d.rule {
            RuleId::StaleTranslation | RuleId::UnstampedTranslation => {
                mark_reviewed(&locale, d, shown)
            }
            _ => did_you_mean(d, text, &lines, server, shown, &doc.uri),
        };
        out.extend(action.map(CodeActionOrCommand::CodeAction));
    }
    let missing = findings.iter().any(|d| d.rule == RuleId::MissingMessage);
    if let Some(sf) = l.source_file_of(&locale, &rel).filter(|_| missing) {
        let (added, edits) = insert_missing(sf, text, &lines, server);
        if !added.is_empty() {
            let title = match added.len() {
                1 => "Insert the missing message as a worksheet entry".to_string(),
                n => format!("Insert the {n} missing messages as worksheet entries"),
            };
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title,
                kind: Some(CodeActionKind::QUICKFIX),
                edit: Some(one_edit(&doc.uri, edits)),
                ..Default::default()
            }));
        }
    }
    Ok(Some(out))
}

/// Runs "Mark as reviewed" (`polyguide.accept LOCALE ID`), then checks the locale again.
pub fn execute(
    server: &mut Server,
    loaded: Option<&mut Loaded>,
    p: ExecuteCommandParams,
) -> Result<Option<serde_json::Value>, ResponseError> {
    if p.command != super::ACCEPT_COMMAND {
        return Err(ResponseError {
            code: lsp_server::ErrorCode::InvalidParams as i32,
            message: format!(
                "unknown command `{}` (polyguide runs `polyguide.accept`)",
                p.command
            ),
            data: None,
        });
    }
    let args: Vec<&str> = p.arguments.iter().filter_map(|a| a.as_str()).collect();
    let [locale, id] = args[..] else {
        return Err(failed(format!(
            "`{}` takes two strings: the locale and the message id",
            super::ACCEPT_COMMAND
        )));
    };
    let Some(l) = loaded else {
        return Err(failed("no project is loaded (see polyguide.toml)"));
    };
    let report = accept::accept(l.project, locale, &Selection::Ids(vec![id.to_string()]))
        .map_err(|e| failed(e.to_string()))?;
    for (id, message) in &report.with_errors {
        server.notify::<lsp_types::notification::ShowMessage>(ShowMessageParams {
            typ: MessageType::WARNING,
            message: format!(
                "{id} was marked as reviewed, but its translation has an error: {message}"
            ),
        });
    }
    server.mark_locale(l, locale);
    server.flush(l);
    Ok(None)
}

fn overlaps(a: Range, b: Range) -> bool {
    a.start.line <= b.end.line && b.start.line <= a.end.line
}

fn mark_reviewed(locale: &str, d: &Diagnostic, shown: lsp_types::Diagnostic) -> Option<CodeAction> {
    let id = d.id.as_deref()?;
    let title = format!("Mark `{id}` as reviewed");
    Some(CodeAction {
        title: title.clone(),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![shown]),
        command: Some(Command {
            title,
            command: super::ACCEPT_COMMAND.into(),
            arguments: Some(vec![locale.into(), id.into()]),
        }),
        is_preferred: Some(d.rule == RuleId::UnstampedTranslation),
        ..Default::default()
    })
}

/// The name a help text suggests: `did you mean `x`?`.
pub fn suggestion(help: &str) -> Option<&str> {
    let rest = help.strip_prefix("did you mean `")?;
    rest.strip_suffix("`?")
}

/// The fix a "did you mean" help suggests: the name at the finding replaced by the
/// suggestion (for a variable, a reference's id, an attribute or a message id).
fn did_you_mean(
    d: &Diagnostic,
    text: &str,
    lines: &Lines,
    server: &Server,
    shown: lsp_types::Diagnostic,
    uri: &lsp_types::Uri,
) -> Option<CodeAction> {
    let fixable = matches!(
        d.rule,
        RuleId::UnknownVariable
            | RuleId::UnknownReference
            | RuleId::ObsoleteAttribute
            | RuleId::ObsoleteMessage
    );
    let new = suggestion(d.help.as_deref()?).filter(|_| fixable)?;
    let span = super::text::in_buffer(text, d.span.clone()?)?;
    let old_len = name_len(text.get(span.clone())?);
    if old_len == 0 {
        return None;
    }
    // An attribute's span is its name without the dot.
    let new = if text[span.start..].starts_with('.') {
        new
    } else {
        new.strip_prefix('.').unwrap_or(new)
    };
    let range = lines.range(text, span.start..span.start + old_len, server.enc);
    Some(CodeAction {
        title: format!("Change to `{new}`"),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![shown]),
        edit: Some(one_edit(uri, vec![TextEdit::new(range, new.to_string())])),
        is_preferred: Some(true),
        ..Default::default()
    })
}

/// The length of the name at the start of `s`: a `$` or `-` sigil, then id characters (an
/// attribute after a `.` is not part of it).
fn name_len(s: &str) -> usize {
    let sigil = usize::from(s.starts_with(['$', '-', '.']));
    sigil
        + s[sigil..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .map(char::len_utf8)
            .sum::<usize>()
}

/// The worksheet entries `polyguide sync` would insert into `text` for the source file
/// `sf` ([`crate::sync::sync_file`], nothing removed or refreshed): each new source message
/// commented out under its source comments, at the source's position. Empty when the file
/// has every message, translated or as a worksheet entry.
fn insert_missing(
    sf: &SourceFileFacts,
    text: &str,
    lines: &Lines,
    server: &Server,
) -> (Vec<String>, Vec<TextEdit>) {
    let bom = super::text::bom_len(text);
    let options = crate::sync::FileOptions::default();
    let synced = crate::sync::sync_file(&sf.file.text, &text[bom..], options);
    let edits = synced
        .splices
        .into_iter()
        .map(|s| {
            let range = super::text::in_buffer(text, s.range).unwrap_or(text.len()..text.len());
            TextEdit::new(lines.range(text, range, server.enc), s.with)
        })
        .collect();
    (synced.added, edits)
}

fn one_edit(uri: &lsp_types::Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_texts_give_the_suggestion() {
        assert_eq!(suggestion("did you mean `$count`?"), Some("$count"));
        assert_eq!(
            suggestion("did you mean `.placeholder`?"),
            Some(".placeholder")
        );
        assert_eq!(suggestion("the source has `$a`"), None);
    }

    #[test]
    fn the_name_at_a_finding_stops_at_an_attribute() {
        assert_eq!(name_len("$nombre }"), 7);
        assert_eq!(name_len("-brand-shrt.gender"), 11);
        assert_eq!(name_len("placeholdr = x"), 10);
        assert_eq!(name_len(" x"), 0);
    }
}
