//! The rule catalog: one file per rule, one table that lists them all.
//!
//! A rule is named after the problem it finds. Its documentation lives beside its check, in
//! the fixed sections *What it does / Why is this bad / Example*, and `polyguide explain RULE`
//! prints it. Adding a rule means adding its file and one row to [`RULES`]; a test fails when a
//! row lacks documentation.

use crate::diagnostic::Severity;

pub mod content_schema;
pub mod content_syntax;
pub mod duplicate_id;
pub mod duplicate_variant_key;
pub mod empty_translation;
pub mod extra_term_reference;
pub mod invalid_plural_key;
pub mod invalid_stamps;
pub mod invisible_character;
pub mod markup_mismatch;
pub mod missing_attribute;
pub mod missing_file;
pub mod missing_message;
pub mod missing_plural_category;
pub mod missing_term;
pub mod missing_term_reference;
pub mod missing_variable;
pub mod number_mismatch;
pub mod obsolete_attribute;
pub mod obsolete_message;
pub mod obsolete_value;
pub mod outdated_template;
pub mod reference_mismatch;
pub mod stale_translation;
pub mod syntax_error;
pub mod unknown_function;
pub mod unknown_reference;
pub mod unknown_variable;
pub mod unreadable_file;
pub mod unstamped_translation;
pub mod untranslated;
pub mod url_mismatch;
pub mod whitespace_mismatch;

/// A rule's typed identity. The variants are in [`RULES`] order, so a variant is also the
/// rule's position there; a test keeps the enum, the table and the rule files in step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleId {
    ContentSyntax,
    ContentSchema,
    SyntaxError,
    DuplicateId,
    MissingFile,
    MissingMessage,
    ObsoleteMessage,
    EmptyTranslation,
    OutdatedTemplate,
    StaleTranslation,
    UnstampedTranslation,
    InvalidStamps,
    UnreadableFile,
    MissingAttribute,
    ObsoleteAttribute,
    ObsoleteValue,
    UnknownVariable,
    MissingVariable,
    UnknownReference,
    UnknownFunction,
    ReferenceMismatch,
    MissingTerm,
    MissingTermReference,
    ExtraTermReference,
    MissingPluralCategory,
    InvalidPluralKey,
    DuplicateVariantKey,
    UrlMismatch,
    NumberMismatch,
    MarkupMismatch,
    Untranslated,
    WhitespaceMismatch,
    InvisibleCharacter,
}

impl RuleId {
    /// Every rule id, in [`RULES`] order.
    pub const COUNT: usize = 33;

    pub fn rule(self) -> &'static Rule {
        RULES[self as usize]
    }

    /// The rule's stable kebab-case name.
    pub fn name(self) -> &'static str {
        self.rule().name
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.name() == *other
    }
}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.name() == other
    }
}

/// A rule's identity and documentation. Checks refer to their rule by a `&'static Rule`.
#[derive(Debug)]
pub struct Rule {
    pub id: RuleId,
    /// Kebab-case name, stable: configuration, JSON output and CI scripts use it.
    pub name: &'static str,
    pub default_severity: Severity,
    /// One line, shown by `polyguide explain` without a rule.
    pub summary: &'static str,
    /// Markdown with the sections What it does / Why is this bad / Example.
    pub doc: &'static str,
}

/// Every rule polyguide knows, in the order `polyguide explain` lists them.
pub static RULES: &[&Rule] = &[
    &content_syntax::RULE,
    &content_schema::RULE,
    &syntax_error::RULE,
    &duplicate_id::RULE,
    &missing_file::RULE,
    &missing_message::RULE,
    &obsolete_message::RULE,
    &empty_translation::RULE,
    &outdated_template::RULE,
    &stale_translation::RULE,
    &unstamped_translation::RULE,
    &invalid_stamps::RULE,
    &unreadable_file::RULE,
    &missing_attribute::RULE,
    &obsolete_attribute::RULE,
    &obsolete_value::RULE,
    &unknown_variable::RULE,
    &missing_variable::RULE,
    &unknown_reference::RULE,
    &unknown_function::RULE,
    &reference_mismatch::RULE,
    &missing_term::RULE,
    &missing_term_reference::RULE,
    &extra_term_reference::RULE,
    &missing_plural_category::RULE,
    &invalid_plural_key::RULE,
    &duplicate_variant_key::RULE,
    &url_mismatch::RULE,
    &number_mismatch::RULE,
    &markup_mismatch::RULE,
    &untranslated::RULE,
    &whitespace_mismatch::RULE,
    &invisible_character::RULE,
];

/// The rule of that name, if there is one.
pub fn find(name: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_documented_in_the_fixed_sections() {
        for rule in RULES {
            for section in ["## What it does", "## Why is this bad", "## Example"] {
                assert!(
                    rule.doc.contains(section),
                    "rule {} lacks the section {section:?}",
                    rule.name
                );
            }
            assert!(
                !rule.summary.is_empty(),
                "rule {} has no summary",
                rule.name
            );
        }
    }

    #[test]
    fn every_rule_file_has_a_row_in_the_table() {
        // Each `pub mod x;` above is a rule file; each must be registered in RULES.
        let source = include_str!("mod.rs");
        let table = &source[source.find("pub static RULES").unwrap()..];
        for module in source
            .lines()
            .filter_map(|l| l.strip_prefix("pub mod ")?.strip_suffix(';'))
        {
            assert!(
                table.contains(&format!("&{module}::RULE")),
                "rule file {module}.rs has no row in RULES"
            );
            let rule_name = module.replace('_', "-");
            assert!(
                find(&rule_name).is_some(),
                "rule file {module}.rs is not named after its rule `{rule_name}`"
            );
        }
        assert_eq!(
            source.lines().filter(|l| l.starts_with("pub mod ")).count(),
            RULES.len()
        );
    }

    #[test]
    fn rule_ids_rows_and_names_are_in_step() {
        assert_eq!(RULES.len(), RuleId::COUNT);
        for (i, rule) in RULES.iter().enumerate() {
            assert_eq!(
                rule.id as usize, i,
                "rule {} is not in RuleId order",
                rule.name
            );
            // `MissingMessage` ↔ `missing-message`.
            let mut kebab = String::new();
            for (k, c) in format!("{:?}", rule.id).chars().enumerate() {
                if c.is_uppercase() && k > 0 {
                    kebab.push('-');
                }
                kebab.push(c.to_ascii_lowercase());
            }
            assert_eq!(
                kebab, rule.name,
                "RuleId::{:?} is not named after its rule",
                rule.id
            );
            assert_eq!(rule.id.name(), rule.name);
        }
    }

    #[test]
    fn rule_names_are_unique_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for rule in RULES {
            assert!(seen.insert(rule.name), "rule {} listed twice", rule.name);
            assert!(
                crate::content::is_kebab_id(rule.name),
                "rule name {} is not kebab-case",
                rule.name
            );
        }
    }
}
