//! `polyguide extract`: write each guide's source catalog as `<guide-id>.ftl`, the
//! translators' template.

use crate::diagnostic::{Diagnostic, Severity};
use crate::project::Project;
use crate::rules;
use std::path::Path;

/// What an extract did.
#[derive(Debug, Default)]
pub struct Extracted {
    /// Findings about the content (configured severities and ignores applied).
    pub findings: Vec<Diagnostic>,
    /// One line per guide: written, or skipped and why.
    pub lines: Vec<String>,
    /// A finding of error severity, or a guide that could not be written.
    pub failed: bool,
}

/// Writes the template of every guide that loads completely into `out_dir`.
pub fn extract(project: &Project, out_dir: &Path) -> Result<Extracted, String> {
    let ws = project.ws;
    refuse_translators_dirs(project, out_dir)?;
    std::fs::create_dir_all(out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let mut report = Extracted::default();
    // The templates are what `outdated-template` compares with: not a problem here.
    let found: Vec<Diagnostic> = project
        .content
        .diagnostics
        .iter()
        .chain(&project.catalog.diagnostics)
        .filter(|d| d.rule != rules::RuleId::OutdatedTemplate)
        .cloned()
        .collect();
    report.findings = project.policy.finish(found);
    report.failed = report
        .findings
        .iter()
        .any(|d| d.severity == Severity::Error);
    for file in project.catalog.files.iter().filter(|f| f.is_guide) {
        if !file.complete {
            report.lines.push(format!(
                "skipped {}: fix the errors in {} first",
                file.rel, file.path
            ));
            report.failed = true;
            continue;
        }
        let path = out_dir.join(&file.rel);
        crate::fsx::write_atomic(&path, file.text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        let shown = path.strip_prefix(&ws.root).unwrap_or(&path);
        report.lines.push(format!(
            "wrote {} ({} messages)",
            shown.display(),
            file.items.len()
        ));
    }
    for guide in &project.content.broken {
        report
            .lines
            .push(format!("skipped {guide}.ftl: its guide does not load"));
        report.failed = true;
    }
    Ok(report)
}

/// The templates belong in the source locale's directory (or outside the workspace's
/// sources): never in a translation locale's directory, the content directory or a directory
/// that contains them, where they would overwrite what translators and authors wrote.
fn refuse_translators_dirs(project: &Project, out_dir: &Path) -> Result<(), String> {
    let ws = project.ws;
    let source_dir = ws.locales_dir().join(&ws.config.source_locale);
    if crate::export::resolved(out_dir) == crate::export::resolved(&source_dir) {
        return Ok(());
    }
    crate::export::check_out_dir(ws, out_dir).map_err(|e| {
        e.to_string()
            .replace("refusing to export into", "refusing to extract into")
            .replace(
                "and export would overwrite what is there",
                "and the templates would overwrite what is there (the default, the source locale's directory, is the place for them)",
            )
    })
}
