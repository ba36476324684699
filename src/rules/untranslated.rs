//! `untranslated`: a translation is identical to its source.

use super::Rule;
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    name: "untranslated",
    default_severity: Severity::Info,
    summary: "the translation is identical to the source",
    doc: r#"## What it does

Reports a translated message whose value and attributes are identical to the source's,
ignoring whitespace. Texts with nothing to translate are skipped: those made only of terms,
variables, URLs, numbers and punctuation. Terms are skipped too, since brand names and
on-screen labels are often kept as they are on purpose.

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
    if t.is_term {
        return;
    }
    let render = |parts: &crate::pattern::Parts, text: &str| -> Vec<String> {
        parts
            .all()
            .into_iter()
            .map(|(_, p)| {
                let raw = pattern_source(text, p);
                raw.split_whitespace().collect::<Vec<_>>().join(" ")
            })
            .collect()
    };
    let source = render(&ctx.source, "");
    let translation = render(&t.parts, t.text);
    if source != translation || !has_words(&crate::pattern::literal_text_of_parts(&t.parts)) {
        return;
    }
    out.push(
        t.diag(&RULE, t.id_span.clone(), format!("`{}` is identical to the source", t.id))
            .with_help("translate it, or ignore this id in polyguide.toml if the text is the same in this language"),
    );
}

/// A pattern's comparable form: its literal text plus the shape of its placeables.
fn pattern_source(_text: &str, pattern: &fluent_syntax::ast::Pattern<&str>) -> String {
    let mut out = crate::pattern::literal_text(pattern);
    for r in crate::pattern::references("", pattern) {
        out.push_str(&format!(" {{{}}}", r.id));
    }
    for (v, _) in crate::pattern::variables("", pattern) {
        out.push_str(&format!(" {{${v}}}"));
    }
    out
}

/// True if the text has letters once URLs are removed.
fn has_words(text: &str) -> bool {
    let mut stripped = text.to_string();
    for url in super::url_mismatch::urls(text) {
        stripped = stripped.replace(&url, " ");
    }
    stripped.chars().any(char::is_alphabetic)
}
