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
use crate::workspace::{CheckSettings, PluralCategories};
use fluent_syntax::ast;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

/// Definitions of one locale's files: id (terms with `-`) → where it is defined.
///
/// A locale may define an id in more than one file: alternative files of which a build
/// loads one (`beta/brand.ftl`, `release/brand.ftl`). The first definition is the one
/// [`Defs::get`] gives; the others are kept, so that a reference is known when any of them
/// satisfies it.
#[derive(Clone, Default)]
pub struct Defs<'a> {
    first: FxHashMap<&'a str, Def<'a>>,
    /// Definitions after the first one, in other files, for the few ids that have them.
    others: FxHashMap<&'a str, Vec<Def<'a>>>,
}

impl<'a> Defs<'a> {
    /// The first definition of `id`.
    pub fn get(&self, id: &str) -> Option<&Def<'a>> {
        self.first.get(id)
    }

    /// Every id defined.
    pub fn keys(&self) -> impl Iterator<Item = &&'a str> {
        self.first.keys()
    }

    /// The attribute names of every definition of `id` (each name once), or `None` when
    /// nothing defines it.
    pub fn attributes(&self, id: &str) -> Option<Vec<&'a str>> {
        let mut attrs = self.first.get(id)?.attributes();
        for def in self.others.get(id).into_iter().flatten() {
            for a in def.attributes() {
                if !attrs.contains(&a) {
                    attrs.push(a);
                }
            }
        }
        Some(attrs)
    }
}

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

/// Records the definitions of a parsed file. The first definition of an id is the one
/// lookups use; definitions in later files are kept as alternatives (a second definition in
/// the same file is a `duplicate-id`, not an alternative).
pub fn define_from<'a>(defs: &mut Defs<'a>, parsed: &'a crate::ftl::ParsedFtl<'a>) {
    defs.first.reserve(parsed.entries.len());
    for (entry, e) in parsed.entries.iter().enumerate() {
        let def = Def { parsed, entry };
        match defs.first.entry(e.id) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(def);
            }
            std::collections::hash_map::Entry::Occupied(o) => {
                if !std::ptr::eq(o.get().parsed, parsed) {
                    defs.others.entry(e.id).or_default().push(def);
                }
            }
        }
    }
}

/// What a locale defines, through its fallback chain, and what its rules need to know.
pub struct LocaleEnv<'a> {
    /// `None` for the source locale.
    pub locale: Option<&'a str>,
    /// When one file of a locale is checked alone, the definitions of the locale's other
    /// files: they count as the locale's own, as when every file is read. Empty otherwise.
    pub siblings: Vec<&'a OwnedDefs>,
    /// The locale's own definitions.
    pub own: Defs<'a>,
    /// Definitions of the locales it falls back to, in order (the source excluded).
    pub fallbacks: Vec<&'a OwnedDefs>,
    /// The source's definitions, the last resort (`None` when this is the source).
    pub source: Option<&'a Defs<'a>>,
    /// Source terms whose value is plain text → that text (`-brand` → `Xiaomi`).
    pub source_terms: &'a FxHashMap<String, String>,
    /// What CLDR says about the locale's language: plural categories, script, direction.
    pub language: Arc<LocaleFacts>,
    /// The project's `[checks]` settings.
    pub settings: &'a CheckSettings,
}

/// Whether an id is defined, and with which attribute names, where the runtime finds it.
pub enum Lookup<'a> {
    Missing,
    Found(Vec<&'a str>),
}

impl<'a> LocaleEnv<'a> {
    /// The definition of `id` the runtime will use: the first locale of the chain with it.
    /// Attributes do not fall back one by one, so they come from that same locale; when the
    /// locale has alternative definitions (in different files), their attributes are all
    /// known, since a build may load any of them.
    pub fn lookup(&self, id: &str) -> Lookup<'_> {
        let mut found = self.own.attributes(id);
        for defs in &self.siblings {
            if let Some(attrs) = defs.get(id) {
                let all = found.get_or_insert_with(Vec::new);
                for a in attrs {
                    if !all.contains(&a.as_str()) {
                        all.push(a);
                    }
                }
            }
        }
        if let Some(attrs) = found {
            return Lookup::Found(attrs);
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

    /// True if the runtime finds `id` in the locale or its fallback chain ([`Self::lookup`]
    /// without reading attributes).
    pub fn defines(&self, id: &str) -> bool {
        self.own.get(id).is_some()
            || self.siblings.iter().any(|f| f.contains_key(id))
            || self.fallbacks.iter().any(|f| f.contains_key(id))
            || self.source.is_some_and(|s| s.get(id).is_some())
    }

    /// Every id the locale can resolve, for suggestions.
    pub fn all_ids(&self) -> FxHashSet<&str> {
        let mut out: FxHashSet<&str> = self.own.keys().copied().collect();
        for f in self.siblings.iter().chain(&self.fallbacks) {
            out.extend(f.keys().map(String::as_str));
        }
        if let Some(s) = self.source {
            out.extend(s.keys().copied());
        }
        out
    }

    /// The plural categories a plural select must have in this locale: those whole numbers
    /// reach, or every CLDR category with `[checks] plural-categories = "cldr"`.
    pub fn needed_plural_categories(&self) -> &[&'static str] {
        match self.settings.plural_categories {
            PluralCategories::Integers => &self.language.integer_plural_categories,
            PluralCategories::Cldr => &self.language.plural_categories,
        }
    }

    /// The locale's name in messages.
    pub fn name(&self) -> &str {
        self.locale.unwrap_or("the source locale")
    }
}

/// What the checks need to know about a locale's language, from CLDR (via ICU4X). Worked
/// out once per locale for the whole process ([`LocaleFacts::of`]).
#[derive(Debug, PartialEq, Eq)]
pub struct LocaleFacts {
    /// The cardinal plural categories, in CLDR order (`zero` … `other`).
    pub plural_categories: Vec<&'static str>,
    /// Those that some whole number 0 ≤ n < 1,000,000 selects: Russian `one`, `few`,
    /// `many` (its `other` is for fractions), French `one`, `other` (its `many` is for
    /// millions).
    pub integer_plural_categories: Vec<&'static str>,
    /// CLDR (as ICU4X ships it) has plural rules for the language. For one it has not
    /// (Guarani, Saraiki), the categories above are the root's, `other` only, a guess.
    pub plural_rules_known: bool,
    /// The likely script (`Latn`, `Deva`, `Arab`…), from CLDR's likely subtags.
    pub script: Option<String>,
    /// Written right to left (ar, he, fa, ur…).
    pub rtl: bool,
}

impl LocaleFacts {
    /// The facts of `locale`, computed on first use and kept for the process: a lint asks
    /// for each locale once, tests and the source side again.
    pub fn of(locale: &str) -> Arc<LocaleFacts> {
        static KNOWN: Mutex<BTreeMap<String, Arc<LocaleFacts>>> = Mutex::new(BTreeMap::new());
        if let Some(known) = KNOWN.lock().unwrap_or_else(|e| e.into_inner()).get(locale) {
            return known.clone();
        }
        // Computed outside the lock: two threads may both compute a locale, the answers
        // are equal.
        let facts = Arc::new(LocaleFacts::compute(locale));
        KNOWN
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(locale.to_string())
            .or_insert(facts)
            .clone()
    }

    fn compute(locale: &str) -> LocaleFacts {
        let (plural_categories, integer_plural_categories) = plural_categories(locale);
        let plural_rules_known = has_plural_rules(locale);
        let (script, rtl) = match locale.parse::<icu_locale_core::LanguageIdentifier>() {
            Ok(mut langid) => {
                let rtl =
                    icu_locale::LocaleDirectionality::new_extended().is_right_to_left(&langid);
                icu_locale::LocaleExpander::new_extended().maximize(&mut langid);
                (langid.script.map(|s| s.as_str().to_string()), rtl)
            }
            Err(_) => (None, false),
        };
        LocaleFacts {
            plural_categories,
            integer_plural_categories,
            plural_rules_known,
            script,
            rtl,
        }
    }

    /// The script writes some letters with zero-width joiners and non-joiners (ZWJ, ZWNJ):
    /// Arabic script (Persian ZWNJ), the Indic scripts, and others of South and South-East
    /// Asia.
    pub fn uses_joiners(&self) -> bool {
        const SCRIPTS: &[&str] = &[
            "Arab", "Syrc", "Thaa", "Nkoo", "Mong", "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml",
            "Telu", "Knda", "Mlym", "Sinh", "Tibt", "Khmr", "Mymr", "Laoo", "Thai", "Java", "Bali",
        ];
        self.script.as_deref().is_some_and(|s| SCRIPTS.contains(&s))
    }

    /// The script writes words without spaces, and a zero-width space marks where a line may
    /// break (Thai, Lao, Khmer, Myanmar, Tibetan).
    pub fn uses_zero_width_space(&self) -> bool {
        const SCRIPTS: &[&str] = &["Thai", "Laoo", "Khmr", "Mymr", "Tibt", "Java", "Bali"];
        self.script.as_deref().is_some_and(|s| SCRIPTS.contains(&s))
    }
}

/// The CLDR cardinal plural categories of a locale (current CLDR, from ICU4X), all of them
/// and those whole numbers 0 ≤ n < 1,000,000 select. A locale ICU4X does not know gets the
/// root rules, `other` only.
pub fn plural_categories(locale: &str) -> (Vec<&'static str>, Vec<&'static str>) {
    use icu_plurals::PluralRules;
    let Ok(parsed) = locale.parse::<icu_locale_core::Locale>() else {
        return (vec!["other"], vec!["other"]);
    };
    let Ok(rules) = PluralRules::try_new_cardinal((&parsed).into()) else {
        return (vec!["other"], vec!["other"]);
    };
    let all: Vec<&'static str> = rules.categories().map(category_name).collect();
    let mut reached = [false; 6];
    let mut left = all.len();
    for n in integer_samples() {
        let i = category_index(rules.category_for(n));
        if !reached[i] {
            reached[i] = true;
            left -= 1;
            if left == 0 {
                break;
            }
        }
    }
    let integers = all
        .iter()
        .copied()
        .filter(|c| reached[CATEGORIES.iter().position(|k| k == c).unwrap_or(5)])
        .collect();
    (all, integers)
}

/// True if CLDR has cardinal plural rules for the locale's language: ICU4X has data for it
/// (or a parent of it) other than the root's, or it is one of the languages whose only
/// category is `other` (ICU4X does not store their rules apart from the root's).
fn has_plural_rules(locale: &str) -> bool {
    use icu_provider::prelude::*;
    /// CLDR's `plurals.xml`: the languages whose rules are the root's, `other` only.
    const OTHER_ONLY: &[&str] = &[
        "bm", "bo", "dz", "hnj", "id", "ig", "ii", "in", "ja", "jbo", "jv", "jw", "kde", "kea",
        "km", "ko", "lkt", "lo", "ms", "my", "nqo", "osa", "sah", "ses", "sg", "su", "th", "to",
        "tpi", "vi", "wo", "yo", "yue", "zh",
    ];
    let Ok(parsed) = locale.parse::<icu_locale_core::Locale>() else {
        return false;
    };
    if OTHER_ONLY.contains(&parsed.id.language.as_str()) {
        return true;
    }
    let data_locale = DataLocale::from(&parsed);
    let request = DataRequest {
        id: DataIdentifierBorrowed::for_locale(&data_locale),
        ..Default::default()
    };
    let response = DataProvider::<icu_plurals::provider::PluralsCardinalV1>::load(
        &icu_plurals::provider::Baked,
        request,
    );
    // The response names the locale it fell back to, if it did.
    response.is_ok_and(|r| !r.metadata.locale.is_some_and(|l| l.is_unknown()))
}

/// The plural category keywords, in CLDR order.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn category_index(c: icu_plurals::PluralCategory) -> usize {
    use icu_plurals::PluralCategory;
    match c {
        PluralCategory::Zero => 0,
        PluralCategory::One => 1,
        PluralCategory::Two => 2,
        PluralCategory::Few => 3,
        PluralCategory::Many => 4,
        PluralCategory::Other => 5,
    }
}

fn category_name(c: icu_plurals::PluralCategory) -> &'static str {
    CATEGORIES[category_index(c)]
}

/// The whole numbers whose plural categories stand for all of 0 ≤ n < 1,000,000: every
/// number up to 200 (CLDR's integer rules test n modulo 10 and 100, and small ranges), then
/// every multiple of 1000 (the rules on n modulo 1000, 100,000 and 1,000,000, as in
/// Cornish): 1,200 numbers instead of a million, since a locale whose categories are not all
/// reached (French, Russian) tries every one. The ignored test
/// `integer_samples_reach_what_every_number_below_a_million_reaches` checks, for every
/// language CLDR has rules for, that these numbers reach exactly the categories all numbers
/// below a million reach (`cargo test --release -- --ignored`, after a CLDR update).
fn integer_samples() -> impl Iterator<Item = u64> {
    (0..=200u64).chain((1..1000u64).map(|k| k * 1000))
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
    numbers: OnceLock<Vec<String>>,
    /// The first word of the first text element, read while the syntax tree is at hand: a
    /// source part is compared with every locale's translation, and going back to the tree
    /// each time costs more than the comparison.
    pub first_word: Option<&'a str>,
    pub references: Vec<Reference<'a>>,
    /// Some reference is to a message.
    pub refers_to_messages: bool,
    /// Some reference is to a term.
    pub refers_to_terms: bool,
    /// The functions the part calls (`NUMBER`), with the offset of each name.
    pub functions: Vec<(&'a str, usize)>,
    /// Kept outside a `OnceLock`, which would make the facts invariant in `'a`: found when
    /// the facts are made, which every entry check needs anyway.
    selects: Vec<pattern::Select<'a>>,
    /// Found when the facts are made too: every entry check reads it. `None`, the common
    /// case, when the part has no invisible character (nothing to drop).
    invisible: Option<Box<crate::rules::invisible_character::Scan>>,
}

impl<'a> PartFacts<'a> {
    fn new(
        name: Option<&'a str>,
        pattern: &'a ast::Pattern<&'a str>,
        text: &'a str,
        references: Vec<Reference<'a>>,
        functions: Vec<(&'a str, usize)>,
    ) -> Self {
        PartFacts {
            name,
            pattern,
            literal: OnceLock::new(),
            may_lt: OnceLock::new(),
            may_colon: OnceLock::new(),
            urls: OnceLock::new(),
            tags: OnceLock::new(),
            // A select is a top-level placeable (nested ones are inside it), or, rarely, in
            // a placeable in a placeable.
            selects: if pattern.elements.iter().any(|el| {
                matches!(
                    el,
                    ast::PatternElement::Placeable {
                        expression: ast::Expression::Select { .. }
                            | ast::Expression::Inline(ast::InlineExpression::Placeable { .. })
                    }
                )
            }) {
                pattern::selects(text, pattern)
            } else {
                Vec::new()
            },
            numbers: OnceLock::new(),
            // Every entry check looks at it: found now, without a `OnceLock` per part.
            invisible: crate::rules::invisible_character::scan(pattern, text),
            first_word: first_text(pattern).split_whitespace().next(),
            refers_to_messages: references.iter().any(|r| !r.is_term),
            refers_to_terms: references.iter().any(|r| r.is_term),
            references,
            functions,
        }
    }

    /// The select expressions of the part, nested ones included ([`pattern::selects`]).
    pub fn selects(&self) -> &[pattern::Select<'a>] {
        &self.selects
    }

    /// The invisible characters of the part ([`crate::rules::invisible_character::scan`]).
    pub fn invisible(&self) -> &crate::rules::invisible_character::Scan {
        static NONE: crate::rules::invisible_character::Scan =
            crate::rules::invisible_character::Scan::EMPTY;
        self.invisible.as_deref().unwrap_or(&NONE)
    }

    /// The numbers of the part's text, outside placeables, URLs and markup, each as its
    /// digits' values ([`crate::rules::number_mismatch::numbers`]), sorted and without
    /// repeats.
    pub fn numbers(&self) -> &[String] {
        self.numbers
            .get_or_init(|| crate::rules::number_mismatch::numbers(self.pattern))
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
        let mut found = pattern::Placeables::default();
        let mut per_part =
            Vec::with_capacity(usize::from(parts.value.is_some()) + parts.attributes.len());
        let all = parts
            .value
            .map(|v| (None, v))
            .into_iter()
            .chain(parts.attributes.iter().map(|(n, p)| (Some(*n), *p)));
        for (name, p) in all {
            found.collect(text, p);
            // Variables are the whole message's; references and functions are the part's.
            let references = std::mem::take(&mut found.references);
            let functions = std::mem::take(&mut found.functions);
            per_part.push(PartFacts::new(name, p, text, references, functions));
        }
        Facts {
            parts,
            per_part,
            variables: found.variables,
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

impl EntryCtx<'_> {
    /// True for an entry of the source locale, which is compared with nothing.
    pub fn is_source(&self) -> bool {
        self.env.locale.is_none()
    }
}

/// A translation with its source message.
pub struct PairCtx<'a> {
    pub translation: EntryCtx<'a>,
    pub source: &'a Facts<'a>,
    /// The source is a guide's warning or caution note: data loss and lock-out risks, where
    /// some rules report errors instead of warnings.
    pub safety: bool,
}

/// Runs every entry check.
pub fn check_entry(ctx: &EntryCtx, out: &mut Vec<Diagnostic>) {
    rules::unknown_reference::check(ctx, out);
    rules::unknown_function::check(ctx, out);
    rules::missing_plural_category::check(ctx, out);
    rules::invalid_plural_key::check(ctx, out);
    rules::duplicate_variant_key::check(ctx, out);
    rules::invisible_character::check(ctx, out);
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
    rules::missing_term_reference::check(ctx, out);
    rules::extra_term_reference::check(ctx, out);
    rules::invalid_plural_key::check_pair(ctx, out);
    rules::url_mismatch::check(ctx, out);
    rules::number_mismatch::check(ctx, out);
    rules::markup_mismatch::check(ctx, out);
    rules::untranslated::check(ctx, out);
    rules::whitespace_mismatch::check(ctx, out);
    rules::invisible_character::check_pair(ctx, out);
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
        let all = |l: &str| plural_categories(l).0;
        assert_eq!(all("en"), ["one", "other"]);
        assert_eq!(all("ja"), ["other"]);
        assert_eq!(all("zh-CN"), ["other"]);
        assert_eq!(all("ar"), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(all("ru"), ["one", "few", "many", "other"]);
        assert_eq!(all("fr"), ["one", "many", "other"]);
    }

    #[test]
    fn whole_numbers_need_fewer_categories_than_cldr_lists() {
        let integers = |l: &str| plural_categories(l).1;
        assert_eq!(integers("fr"), ["one", "other"]);
        assert_eq!(integers("es"), ["one", "other"]);
        assert_eq!(integers("ca"), ["one", "other"]);
        assert_eq!(integers("ru"), ["one", "few", "many"]);
        assert_eq!(integers("uk"), ["one", "few", "many"]);
        assert_eq!(integers("pl"), ["one", "few", "many"]);
        assert_eq!(integers("cs"), ["one", "few", "other"]);
        assert_eq!(integers("lt"), ["one", "few", "other"]);
        assert_eq!(integers("he"), ["one", "two", "other"]);
        assert_eq!(
            integers("ar"),
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(integers("ja"), ["other"]);
        // Cornish reaches `two` with 2 as well as with multiples of 1000 and 100,000.
        assert_eq!(plural_categories("kw").0, plural_categories("kw").1);
    }

    /// Every CLDR language with plural rules: for each, the sample numbers reach the same
    /// categories as every number below a million. Slow in a debug build (a million numbers
    /// per language): `cargo test --release -- --ignored`.
    #[test]
    #[ignore]
    fn integer_samples_reach_what_every_number_below_a_million_reaches() {
        use icu_plurals::PluralRules;
        for l in CLDR_PLURAL_LANGUAGES.split_whitespace() {
            let parsed: icu_locale_core::Locale = l.parse().unwrap();
            let rules = PluralRules::try_new_cardinal((&parsed).into()).unwrap();
            let mut reached = [false; 6];
            for n in 0..1_000_000u64 {
                reached[category_index(rules.category_for(n))] = true;
            }
            let exhaustive: Vec<&str> = CATEGORIES
                .iter()
                .zip(reached)
                .filter(|(_, r)| *r)
                .map(|(c, _)| *c)
                .collect();
            assert_eq!(plural_categories(l).1, exhaustive, "{l}");
        }
    }

    /// The languages of CLDR's plurals.xml (cardinal rules), and `pt-PT`, which has its own.
    const CLDR_PLURAL_LANGUAGES: &str = "af ak am an ar ars as asa ast az bal be bem bez bg bho \
        blo bm bn bo br brx bs ca ce ceb cgg chr ckb cs csw cy da de doi dsb dv dz ee el en eo \
        es et eu fa ff fi fil fo fr fur fy ga gd gl gsw gu guw gv ha haw he hi hnj hr hsb hu \
        hy ia id ig ii io is it iu ja jbo jgo jmc jv jw ka kab kaj kcg kde kea kk kkj kl km kn \
        ko ks ksb ksh ku kw ky lag lb lg lij lkt ll ln lo lt lv mas mg mgo mk ml mn mo mr ms mt \
        my nah naq nb nd ne nl nn nnh no nqo nr nso ny nyn om or os osa pa pap pcm pl prg ps pt \
        pt-PT rm ro rof ru rwk sah saq sat sc scn sd sdh se seh ses sg sh shi si sk sl sma smi \
        smj smn sms sn so sq sr ss ssy st su sv sw syr ta te teo th ti tig tk tl tn to tpi tr \
        ts tzm ug uk ur uz ve vec vi vo vun wa wae wo xh xog yi yo yue zh zu";

    #[test]
    fn locale_facts_know_script_and_direction() {
        let hi = LocaleFacts::of("hi");
        assert_eq!(hi.script.as_deref(), Some("Deva"));
        assert!(hi.uses_joiners() && !hi.rtl);
        let fa = LocaleFacts::of("fa");
        assert!(fa.uses_joiners() && fa.rtl);
        assert!(LocaleFacts::of("ar").rtl);
        assert!(LocaleFacts::of("th").uses_zero_width_space());
        let fr = LocaleFacts::of("fr");
        assert!(!fr.uses_joiners() && !fr.uses_zero_width_space() && !fr.rtl);
        assert!(Arc::ptr_eq(&fr, &LocaleFacts::of("fr")), "computed once");
        assert!(fr.plural_rules_known && LocaleFacts::of("ja").plural_rules_known);
        assert!(LocaleFacts::of("pt-BR").plural_rules_known);
        assert!(LocaleFacts::of("zh-CN").plural_rules_known);
        assert!(!LocaleFacts::of("gn").plural_rules_known);
        assert!(!LocaleFacts::of("skr").plural_rules_known);
    }

    #[test]
    fn same_words_ignores_whitespace_layout() {
        assert!(same_words(" a  b\nc ", "a b c"));
        assert!(!same_words("a b", "a bc"));
    }
}
