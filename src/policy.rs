//! The configured severities and ignores, resolved once and applied to every finding of every
//! command (lint, status, stale, extract, export) and both project kinds.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::RuleId;
use crate::workspace::{Config, Ignore};

/// True for a finding that says a part of the project did not load: an error of
/// `content-syntax`, `content-schema` (a guide), `invalid-stamps`, `unreadable-file`, or a
/// `syntax-error` in a source file. `[rules]` and `[[ignore]]` do not change these: they
/// may lower only the warnings of those rules (a misnamed locale directory).
pub fn says_broken(d: &Diagnostic) -> bool {
    d.severity == Severity::Error
        && match d.rule {
            RuleId::ContentSyntax
            | RuleId::ContentSchema
            | RuleId::InvalidStamps
            | RuleId::UnreadableFile => true,
            RuleId::SyntaxError => d.locale.is_none(),
            _ => false,
        }
}

/// What `[rules]` and `[[ignore]]` say, ready to apply.
#[derive(Clone, Debug, Default)]
pub struct Policy {
    /// Per rule (indexed by [`RuleId`]): `None` = the rule's own severity,
    /// `Some(None)` = off, `Some(Some(s))` = overridden.
    severities: Vec<Option<Option<Severity>>>,
    ignore: Vec<Ignore>,
}

impl Policy {
    pub fn new(config: &Config) -> Policy {
        let severities = crate::rules::RULES
            .iter()
            .map(|r| config.rules.get(r.name).copied())
            .collect();
        Policy {
            severities,
            ignore: config.ignore.clone(),
        }
    }

    /// The severity a finding of `rule` gets, whose unconfigured severity is `default`;
    /// `None` when the rule is off.
    pub fn severity(&self, rule: RuleId, default: Severity) -> Option<Severity> {
        match self.severities[rule as usize] {
            Some(configured) => configured,
            None => Some(default),
        }
    }

    /// The finding with its configured severity, or `None` when its rule is off or an
    /// `[[ignore]]` entry matches it.
    ///
    /// A finding that says a part of the project did not load ([`says_broken`]) is the
    /// exception: it stays an error whatever the configuration says, since every command
    /// that depends on that part refuses to answer, and a lint that passed would hide why.
    pub fn apply(&self, mut d: Diagnostic) -> Option<Diagnostic> {
        if says_broken(&d) {
            return Some(d);
        }
        d.severity = self.severity(d.rule, d.severity)?;
        if let Some(item) = d.stale.as_mut() {
            item.severity = d.severity;
        }
        (!self.ignore.iter().any(|i| i.matches(&d))).then_some(d)
    }

    /// [`Self::apply`] to every finding, then sorted and deduplicated: the one way findings
    /// are finished before they are reported.
    pub fn finish(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let mut out: Vec<Diagnostic> = diagnostics
            .into_iter()
            .filter_map(|d| self.apply(d))
            .collect();
        out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        out.dedup();
        out
    }
}
