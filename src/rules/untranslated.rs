//! `untranslated`: a translation is identical to its source.

use super::{Rule, RuleId};
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    id: RuleId::Untranslated,
    name: "untranslated",
    default_severity: Severity::Info,
    summary: "the translation is identical to the source",
    doc: r#"## What it does

Reports a translated message whose value and attributes are identical to the source's,
ignoring whitespace. Texts with nothing to translate are skipped: those without a letter
outside placeables (terms, variables, selects), URLs, markup (`<br>`, `<a href="…">`) and
character references (`&nbsp;`), that is texts of only placeables, tags, punctuation and
digits. Terms are skipped too, since brand names and on-screen labels are often kept as
they are on purpose.

## Why is this bad

Usually the translator copied the template and forgot the message; the reader gets English
in the middle of their language. Sometimes it is right ("OK", a product name): turn the
rule off for that id with an `[[ignore]]` entry, or set it to `off`.

## Example

```ftl
unlock-mi-phone--unlock-tools--cost = These tools often cost money.
```

in `locales/fr/unlock-mi-phone.ftl`: translate it.
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    if t.is_term || t.facts.per_part.len() != ctx.source.per_part.len() {
        return;
    }
    // Cheap test first: the literal text of every part must match, whitespace aside.
    let literal_same = t
        .facts
        .per_part
        .iter()
        .zip(&ctx.source.per_part)
        .all(|(a, b)| {
            a.name == b.name
                && first_words_agree(a.first_word, b.first_word)
                && crate::checks::same_words(a.literal(), b.literal())
        });
    if !literal_same {
        return;
    }
    // Then the placeables: the same references and variables.
    let shape = |p: &crate::checks::PartFacts| -> Vec<String> {
        let mut v: Vec<String> = p.references.iter().map(|r| r.id.to_string()).collect();
        v.extend(
            crate::pattern::variables("", p.pattern)
                .into_iter()
                .map(|(n, _)| format!("${n}")),
        );
        v
    };
    let same_placeables = t
        .facts
        .per_part
        .iter()
        .zip(&ctx.source.per_part)
        .all(|(a, b)| shape(a) == shape(b));
    let has_text = t.facts.per_part.iter().any(|p| has_words(p.literal()));
    if !same_placeables || !has_text {
        return;
    }
    out.push(
        t.diag(&RULE, t.id_span.clone(), format!("`{}` is identical to the source", t.id))
            .with_help("translate it, or ignore this id in polyguide.toml if the text is the same in this language"),
    );
}

/// A cheap test before building the literal texts: when both parts start with text, their
/// first words must be the same.
fn first_words_agree(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// True if the text has letters once URLs, tags and character references are removed.
fn has_words(text: &str) -> bool {
    if !text.chars().any(char::is_alphabetic) {
        return false;
    }
    let mut stripped = text.to_string();
    for url in super::url_mismatch::urls(text) {
        stripped = stripped.replace(&url, " ");
    }
    if stripped.contains('<') {
        stripped = super::markup_mismatch::without_tags(&stripped);
    }
    if stripped.contains('&') {
        stripped = super::number_mismatch::without_character_references(&stripped);
    }
    stripped.chars().any(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_and_references_are_not_words() {
        assert!(!super::has_words(
            "<br/> — <a href=\"https://x.y\">→</a> &nbsp; 3"
        ));
        assert!(super::has_words("<b>Back</b>"));
        assert!(!super::has_words("…"));
    }
}
