//! `url-mismatch`: a URL of the source is missing or altered in the translation.

use super::{Rule, RuleId};
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};

pub static RULE: Rule = Rule {
    id: RuleId::UrlMismatch,
    name: "url-mismatch",
    default_severity: Severity::Warning,
    summary: "a URL in the source is missing or altered in the translation",
    doc: r#"## What it does

Finds the URLs (`http://…`, `https://…`) in the text of each part of a source message and
reports each one that does not appear, character for character, in the same part of the
translation. A translation may add URLs of its own (a localized help page).

## Why is this bad

A URL in a how-to guide is a step: the reader has to go there. A mistyped or dropped URL
sends them to an error page or nowhere, and it is the one thing no reader can fix.

## Example

```ftl
# source
unlock-mi-phone--bind-new-number--open-id-site = Go to https://id.mi.com in a web browser.
# translation
unlock-mi-phone--bind-new-number--open-id-site = Rendez-vous sur https://id.mi.fr.
```

Keep `https://id.mi.com`.
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    for sp in &ctx.source.per_part {
        // The source's URLs are found once for the run.
        if sp.urls().is_empty() {
            continue;
        }
        let Some(tp) = t.facts.part(sp.name) else {
            continue;
        };
        let translated = tp.urls();
        for url in sp.urls() {
            if !translated.contains(url) {
                out.push(
                    t.diag(
                        &RULE,
                        t.part_span(sp.name),
                        format!("`{}` lacks the URL {url} of the source", t.id),
                    )
                    .with_help(format!("copy {url} exactly as the source has it")),
                );
            }
        }
    }
}

/// The URLs in a text: from `http://` or `https://` to the first whitespace, quote or
/// angle bracket, without trailing sentence punctuation.
pub fn urls(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest
        .find("http://")
        .into_iter()
        .chain(rest.find("https://"))
        .min()
    {
        let candidate = &rest[i..];
        let end = candidate
            .find(|c: char| {
                c.is_whitespace()
                    || matches!(
                        c,
                        '"' | '\''
                            | '<'
                            | '>'
                            | '«'
                            | '»'
                            | '“'
                            | '”'
                            | '„'
                            | '‘'
                            | '’'
                            | '、'
                            | '。'
                            | '，'
                            | '「'
                            | '」'
                            | '『'
                            | '』'
                            | '（'
                            | '）'
                            | '【'
                            | '】'
                            | '〈'
                            | '〉'
                            | '《'
                            | '》'
                            | '：'
                            | '；'
                    )
            })
            .unwrap_or(candidate.len());
        let url = candidate[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '）']);
        if url.len() > "https://".len() {
            out.push(url.to_string());
        }
        rest = &candidate[end.max(1)..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::urls;

    #[test]
    fn urls_stop_at_punctuation() {
        assert_eq!(urls("Go to https://id.mi.com."), ["https://id.mi.com"]);
        assert_eq!(
            urls("«https://a.b/c?d=1», http://x.y"),
            ["https://a.b/c?d=1", "http://x.y"]
        );
        assert_eq!(urls("前往 https://id.mi.com。"), ["https://id.mi.com"]);
        assert_eq!(
            urls("「https://id.mi.com」にアクセス"),
            ["https://id.mi.com"]
        );
        assert_eq!(urls("打开（https://id.mi.com）网站"), ["https://id.mi.com"]);
        assert!(urls("no url: https:// here").is_empty());
    }
}
