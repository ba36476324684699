//! `duplicate-id`: a message or term is defined twice in one locale.

use super::{Rule, RuleId};
use crate::diagnostic::{Diagnostic, LazyIndex, Severity};
use crate::ftl::ParsedFtl;
use crate::source::FirstDefs;

pub static RULE: Rule = Rule {
    id: RuleId::DuplicateId,
    name: "duplicate-id",
    default_severity: Severity::Error,
    summary: "a message or term is defined twice in one locale",
    doc: r#"## What it does

Reports a message or term id defined a second time in the same locale, in the same file or
in another file of that locale, pointing at the later definition and naming the first.

## Why is this bad

Fluent runtimes keep one of the two definitions (fluent-rs keeps the first and reports an
error, other tools keep the last), so which text a user sees depends on the loader. Usually
one of the two is an outdated copy that nobody reviews any more.

## Example

```ftl
unlock-mi-phone--title = Cómo desbloquear un teléfono Mi
unlock-mi-phone--title = Desbloquear un teléfono Mi
```

Keep one definition.
"#,
};

/// One finding for each definition of an id after its first in the file.
pub fn check(
    path: &str,
    parsed: &ParsedFtl,
    first: &FirstDefs,
    index: &LazyIndex,
    locale: Option<&str>,
    out: &mut Vec<Diagnostic>,
) {
    if first.order.len() == parsed.entries.len() {
        return;
    }
    for (i, entry) in parsed.entries.iter().enumerate() {
        let f = first.by_id[entry.id];
        if f != i {
            let first_line = index.get().line_col(parsed.entries[f].id_span.start).0;
            out.push(
                Diagnostic::at(
                    &RULE,
                    path,
                    index.get(),
                    entry.id_span.clone(),
                    format!("`{}` is already defined at line {first_line}", entry.id),
                )
                .with_locale(locale)
                .with_id(entry.id)
                .with_help("keep one definition"),
            );
        }
    }
}

/// One finding for each id that a source file defines after an earlier source file did, for
/// a guide workspace, whose locale files are one set of resources loaded into one bundle:
/// at the later definition, naming the first. (A plain Fluent project may have alternative
/// source files of which a build loads one, `beta/brand.ftl` and `release/brand.ftl`, and an
/// l10n.toml project files of different bundles, as mozilla.org's pages: see
/// [`crate::checks::Defs`].)
pub fn across_source_files(files: &[crate::source::SourceFileFacts], out: &mut Vec<Diagnostic>) {
    // A definition as a finding at its place (a guide's text at its YAML position).
    let at = |f: &crate::source::SourceFileFacts, e: &crate::ftl::EntryInfo, message: String| {
        let d = Diagnostic::at(
            &RULE,
            &f.file.path,
            f.index.get(),
            e.id_span.clone(),
            message,
        )
        .with_id(e.id);
        if f.file.is_guide {
            f.file.map_to_origin(d)
        } else {
            d
        }
    };
    let mut first: rustc_hash::FxHashMap<&str, usize> = Default::default();
    for (i, f) in files.iter().enumerate() {
        for e in &f.entries {
            let Some(&earlier) = first.get(e.info.id) else {
                first.insert(e.info.id, i);
                continue;
            };
            let other = &files[earlier];
            let Some(&k) = other.first.by_id.get(e.info.id) else {
                continue;
            };
            let there = at(other, &other.parsed.entries[k], String::new());
            let message = format!(
                "`{}` is already defined at {}:{}: a locale's files load into one bundle, where an id is defined once",
                e.info.id, there.path, there.line
            );
            out.push(at(f, e.info, message).with_help("keep one definition"));
        }
    }
}
