//! The per-message checks: what a source message and its translation must agree on.
//!
//! Two kinds of check, each rule in its own file under `rules/`:
//! - *entry checks* look at one message or term with what its locale defines
//!   ([`LocaleEnv`]): unknown references, plural categories, duplicate variant keys. They run
//!   on source and translation entries alike.
//! - *pair checks* compare a translation with its source message: attributes, variables,
//!   references, terms, URLs, markup, whitespace, untranslated text.

use crate::diagnostic::{Diagnostic, LineIndex};
use crate::pattern::Parts;
use crate::rules::{self, Rule};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// What a locale defines, through its fallback chain, and what its rules need to know.
#[derive(Clone, Debug, Default)]
pub struct LocaleEnv {
    /// `None` for the source locale.
    pub locale: Option<String>,
    /// Message and term ids (terms with their `-`) → attribute names, of the first locale in
    /// the fallback chain that defines the id: the definition the runtime will use.
    pub defined: HashMap<String, HashSet<String>>,
    /// Source terms whose value is plain text → that text (`-brand` → `Xiaomi`).
    pub source_terms: HashMap<String, String>,
    /// CLDR cardinal plural categories of the locale.
    pub plural_categories: Vec<&'static str>,
}

impl LocaleEnv {
    /// Records the definitions of a parsed file, unless an earlier file in the chain has them.
    pub fn define_from(&mut self, parsed: &crate::ftl::ParsedFtl) {
        for entry in &parsed.entries {
            if self.defined.contains_key(entry.id) {
                continue;
            }
            let attrs = parsed
                .parts(entry)
                .1
                .into_iter()
                .map(str::to_string)
                .collect();
            self.defined.insert(entry.id.to_string(), attrs);
        }
    }
}

/// The CLDR cardinal plural categories of a locale (current CLDR, from ICU4X); a locale
/// ICU4X does not know gets the root rules, `other` only.
pub fn plural_categories(locale: &str) -> Vec<&'static str> {
    use icu_plurals::{PluralCategory, PluralRules};
    let Ok(parsed) = locale.parse::<icu_locale_core::Locale>() else {
        return vec!["other"];
    };
    let Ok(rules) = PluralRules::try_new_cardinal((&parsed).into()) else {
        return vec!["other"];
    };
    rules
        .categories()
        .map(|c| match c {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        })
        .collect()
}

/// One message or term in a file, with what the checks need to point into the file.
pub struct EntryCtx<'a> {
    pub env: &'a LocaleEnv,
    pub path: &'a str,
    pub text: &'a str,
    pub index: &'a LineIndex,
    pub id: &'a str,
    pub is_term: bool,
    pub id_span: Range<usize>,
    pub parts: Parts<'a>,
}

impl EntryCtx<'_> {
    /// A finding of `rule` at `span` of this entry's file, tagged with locale and id.
    pub fn diag(
        &self,
        rule: &'static Rule,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::at(rule, self.path, self.index, span, message)
            .with_locale(self.env.locale.as_deref())
            .with_id(self.id)
    }

    /// The span of an attribute's name, or of the entry id for the value.
    pub fn part_span(&self, name: Option<&str>) -> Range<usize> {
        match name {
            Some(n) => {
                let start = crate::ftl::offset_in(self.text, n);
                start..start + n.len()
            }
            None => self.id_span.clone(),
        }
    }
}

/// A translation with its source message.
pub struct PairCtx<'a> {
    pub translation: EntryCtx<'a>,
    pub source: Parts<'a>,
}

/// Runs every entry check.
pub fn check_entry(ctx: &EntryCtx, out: &mut Vec<Diagnostic>) {
    rules::unknown_reference::check(ctx, out);
    rules::missing_plural_category::check(ctx, out);
    rules::duplicate_variant_key::check(ctx, out);
}

/// Runs every pair check.
pub fn check_pair(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    rules::missing_attribute::check(ctx, out);
    rules::obsolete_attribute::check(ctx, out);
    rules::obsolete_value::check(ctx, out);
    rules::unknown_variable::check(ctx, out);
    rules::missing_variable::check(ctx, out);
    rules::reference_mismatch::check(ctx, out);
    rules::missing_term::check(ctx, out);
    rules::url_mismatch::check(ctx, out);
    rules::markup_mismatch::check(ctx, out);
    rules::untranslated::check(ctx, out);
    rules::whitespace_mismatch::check(ctx, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_follow_cldr() {
        assert_eq!(plural_categories("en"), ["one", "other"]);
        assert_eq!(plural_categories("ja"), ["other"]);
        assert_eq!(plural_categories("zh-CN"), ["other"]);
        assert_eq!(
            plural_categories("ar"),
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(plural_categories("ru"), ["one", "few", "many", "other"]);
    }
}
