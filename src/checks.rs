//! The per-message checks: what a source message and its translation must agree on.
//!
//! Two kinds of check, each rule in its own file under `rules/`:
//! - *entry checks* look at one message or term with what its locale defines
//!   ([`LocaleEnv`]): unknown references, plural categories, duplicate variant keys. They run
//!   on source and translation entries alike.
//! - *pair checks* compare a translation with its source message: attributes, variables,
//!   references, terms, URLs, markup, whitespace, untranslated text.
//!
//! What the checks need to know about a message ([`Facts`]: its variables, references and
//! literal text, per value and attribute) is computed once per message: once for each source
//! message for the whole run, once for each translation. That keeps a lint of a hundred
//! locales close to the cost of parsing them.

use crate::diagnostic::{Diagnostic, LazyIndex};
use crate::pattern::{self, Parts, Reference};
use crate::rules::{self, Rule};
use fluent_syntax::ast;
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;
use std::sync::OnceLock;

/// Definitions of one locale's files: id (terms with `-`) → where it is defined.
pub type Defs<'a> = FxHashMap<&'a str, Def<'a>>;
/// Id → attribute names, owned, for locales loaded only as fallbacks.
pub type OwnedDefs = FxHashMap<String, Vec<String>>;

/// Where an id is defined: its entry in a parsed file. The attribute names are read from
/// the syntax tree only when a reference asks for them.
#[derive(Clone, Copy)]
pub struct Def<'a> {
    parsed: &'a crate::ftl::ParsedFtl<'a>,
    entry: usize,
}

impl<'a> Def<'a> {
    pub fn attributes(&self) -> Vec<&'a str> {
        self.parsed.parts(&self.parsed.entries[self.entry]).1
    }
}

/// Records the definitions of a parsed file (first definition wins).
pub fn define_from<'a>(defs: &mut Defs<'a>, parsed: &'a crate::ftl::ParsedFtl<'a>) {
    defs.reserve(parsed.entries.len());
    for (entry, e) in parsed.entries.iter().enumerate() {
        defs.entry(e.id).or_insert(Def { parsed, entry });
    }
}

/// What a locale defines, through its fallback chain, and what its rules need to know.
pub struct LocaleEnv<'a> {
    /// `None` for the source locale.
    pub locale: Option<&'a str>,
    /// Definitions of the locale's files that come before those in `own`, in file order:
    /// when one file of a locale is checked alone, the files before it (a definition there
    /// wins over one in the file, as when every file is read). Empty otherwise.
    pub preceding: Vec<&'a OwnedDefs>,
    /// The locale's own definitions.
    pub own: Defs<'a>,
    /// Definitions of the locales it falls back to, in order (the source excluded).
    pub fallbacks: Vec<&'a OwnedDefs>,
    /// The source's definitions, the last resort (`None` when this is the source).
    pub source: Option<&'a Defs<'a>>,
    /// Source terms whose value is plain text → that text (`-brand` → `Xiaomi`).
    pub source_terms: &'a FxHashMap<String, String>,
    /// CLDR cardinal plural categories of the locale.
    pub plural_categories: Vec<&'static str>,
}

/// Whether an id is defined, and with which attribute names, where the runtime finds it.
pub enum Lookup<'a> {
    Missing,
    Found(Vec<&'a str>),
}

impl<'a> LocaleEnv<'a> {
    /// The definition of `id` the runtime will use: the first locale of the chain with it.
    /// Attributes do not fall back one by one, so they come from that same definition.
    pub fn lookup(&self, id: &str) -> Lookup<'_> {
        if let Some(attrs) = self.preceding.iter().find_map(|p| p.get(id)) {
            return Lookup::Found(attrs.iter().map(String::as_str).collect());
        }
        if let Some(def) = self.own.get(id) {
            return Lookup::Found(def.attributes());
        }
        for f in &self.fallbacks {
            if let Some(attrs) = f.get(id) {
                return Lookup::Found(attrs.iter().map(String::as_str).collect());
            }
        }
        match self.source.and_then(|s| s.get(id)) {
            Some(def) => Lookup::Found(def.attributes()),
            None => Lookup::Missing,
        }
    }

    /// Every id the locale can resolve, for suggestions.
    pub fn all_ids(&self) -> FxHashSet<&str> {
        let mut out: FxHashSet<&str> = self.own.keys().copied().collect();
        for f in self.preceding.iter().chain(&self.fallbacks) {
            out.extend(f.keys().map(String::as_str));
        }
        if let Some(s) = self.source {
            out.extend(s.keys().copied());
        }
        out
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

/// One part of a message: its value (`name` None) or an attribute.
///
/// What the pair checks derive from a part's text (its literal text, URLs, tags) is computed
/// on first use and kept: a source message's part is compared with a hundred translations,
/// and its URLs and tags are worked out once for all of them.
pub struct PartFacts<'a> {
    pub name: Option<&'a str>,
    pub pattern: &'a ast::Pattern<&'a str>,
    literal: OnceLock<String>,
    may_lt: OnceLock<bool>,
    may_colon: OnceLock<bool>,
    urls: OnceLock<Vec<String>>,
    tags: OnceLock<Vec<(u8, String)>>,
    /// The first word of the first text element, read while the syntax tree is at hand: a
    /// source part is compared with every locale's translation, and going back to the tree
    /// each time costs more than the comparison.
    pub first_word: Option<&'a str>,
    pub references: Vec<Reference<'a>>,
    /// Some reference is to a message.
    pub refers_to_messages: bool,
    /// Some reference is to a term.
    pub refers_to_terms: bool,
}

impl<'a> PartFacts<'a> {
    fn new(
        name: Option<&'a str>,
        pattern: &'a ast::Pattern<&'a str>,
        references: Vec<Reference<'a>>,
    ) -> Self {
        PartFacts {
            name,
            pattern,
            literal: OnceLock::new(),
            may_lt: OnceLock::new(),
            may_colon: OnceLock::new(),
            urls: OnceLock::new(),
            tags: OnceLock::new(),
            first_word: first_text(pattern).split_whitespace().next(),
            refers_to_messages: references.iter().any(|r| !r.is_term),
            refers_to_terms: references.iter().any(|r| r.is_term),
            references,
        }
    }

    /// [`pattern::literal_text`] of the part, computed on first use.
    pub fn literal(&self) -> &str {
        self.literal
            .get_or_init(|| pattern::literal_text(self.pattern))
    }

    /// True if the part's text may contain `needle`: a check of the text elements and string
    /// literals (select variants included), without building the literal text. The answers
    /// for `<` and `:`, which the markup and URL checks ask of every message, are kept.
    pub fn may_contain(&self, needle: char) -> bool {
        let cache = match needle {
            '<' => &self.may_lt,
            ':' => &self.may_colon,
            _ => return texts_any(self.pattern, &mut |t| t.contains(needle)),
        };
        *cache.get_or_init(|| texts_any(self.pattern, &mut |t| t.contains(needle)))
    }

    /// The URLs of the part's literal text ([`crate::rules::url_mismatch::urls`]).
    pub fn urls(&self) -> &[String] {
        self.urls.get_or_init(|| {
            if self.may_contain(':') && self.literal().contains("http") {
                crate::rules::url_mismatch::urls(self.literal())
            } else {
                Vec::new()
            }
        })
    }

    /// The tags of the part's literal text as (kind, lowercase name), sorted
    /// ([`crate::rules::markup_mismatch::sorted_tags`]).
    pub fn tags(&self) -> &[(u8, String)] {
        self.tags
            .get_or_init(|| crate::rules::markup_mismatch::sorted_tags(self.literal()))
    }
}

/// The first text element of a pattern ("" if none).
fn first_text<'a>(pattern: &ast::Pattern<&'a str>) -> &'a str {
    pattern
        .elements
        .iter()
        .find_map(|el| match el {
            ast::PatternElement::TextElement { value } => Some(*value),
            _ => None,
        })
        .unwrap_or("")
}

/// Calls `f` on each text element and string literal of a pattern, select variants
/// included, until it returns true; true if it did.
fn texts_any(p: &ast::Pattern<&str>, f: &mut impl FnMut(&str) -> bool) -> bool {
    p.elements.iter().any(|el| match el {
        ast::PatternElement::TextElement { value } => f(value),
        ast::PatternElement::Placeable { expression } => match expression {
            ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => f(value),
            ast::Expression::Select { variants, .. } => {
                variants.iter().any(|v| texts_any(&v.value, f))
            }
            _ => false,
        },
    })
}

/// What the checks read from a message or term, computed once.
pub struct Facts<'a> {
    pub parts: Parts<'a>,
    pub per_part: Vec<PartFacts<'a>>,
    /// Every `$variable` of every part, with its offset (repeats included).
    pub variables: Vec<(&'a str, usize)>,
}

impl<'a> Facts<'a> {
    /// `text` is the file the entry was parsed from (for offsets).
    pub fn new(parts: Parts<'a>, text: &'a str) -> Facts<'a> {
        let mut variables = Vec::new();
        let mut per_part =
            Vec::with_capacity(usize::from(parts.value.is_some()) + parts.attributes.len());
        let all = parts
            .value
            .map(|v| (None, v))
            .into_iter()
            .chain(parts.attributes.iter().map(|(n, p)| (Some(*n), *p)));
        for (name, p) in all {
            let mut references = Vec::new();
            pattern::variables_and_references(text, p, &mut variables, &mut references);
            per_part.push(PartFacts::new(name, p, references));
        }
        Facts {
            parts,
            per_part,
            variables,
        }
    }

    /// The facts of the part with the same name (the value for `None`).
    pub fn part(&self, name: Option<&str>) -> Option<&PartFacts<'a>> {
        self.per_part.iter().find(|p| p.name == name)
    }
}

/// One message or term in a file, with what the checks need to point into the file.
pub struct EntryCtx<'a> {
    pub env: &'a LocaleEnv<'a>,
    pub path: &'a str,
    pub text: &'a str,
    pub index: &'a LazyIndex,
    pub id: &'a str,
    pub is_term: bool,
    pub id_span: Range<usize>,
    pub facts: &'a Facts<'a>,
}

impl EntryCtx<'_> {
    /// A finding of `rule` at `span` of this entry's file, tagged with locale and id.
    pub fn diag(
        &self,
        rule: &'static Rule,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::at(rule, self.path, self.index.get(), span, message)
            .with_locale(self.env.locale)
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
    pub source: &'a Facts<'a>,
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

/// True if two texts are equal once every run of whitespace is one space and the ends are
/// trimmed, without allocating.
pub fn same_words(a: &str, b: &str) -> bool {
    let mut x = a.split_whitespace();
    let mut y = b.split_whitespace();
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p == q => {}
            _ => return false,
        }
    }
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

    #[test]
    fn same_words_ignores_whitespace_layout() {
        assert!(same_words(" a  b\nc ", "a b c"));
        assert!(!same_words("a b", "a bc"));
    }
}
