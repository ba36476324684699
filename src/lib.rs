//! polyguide: lint, track and export localized how-to guides written in YAML and Fluent.
//!
//! The modules follow the pipeline: [`workspace`] finds and reads `polyguide.toml`;
//! [`content`] loads guides from YAML; [`catalog`] derives the source catalog (one Fluent
//! message per text) and joins hand-written source FTL; [`ftl`] parses Fluent files with
//! byte positions; [`lint`] aligns each locale with the source and runs the [`rules`];
//! [`report`] renders the findings; [`export`] writes the bundles apps load, and [`site`]
//! renders a website from those bundles ([`preview`] serves it while files change).
//! [`init`], [`add_locale`] and [`sync`] start workspaces and locales and keep translators'
//! [`worksheet`]s in step with the source. No library module prints.
//! [`lsp`] serves the same engine to editors, reading their unsaved buffers through an
//! [`overlay`].

pub mod accept;
pub mod add_locale;
pub mod align;
pub mod catalog;
pub mod checks;
pub mod content;
pub mod diagnostic;
pub mod export;
pub mod extract;
pub mod fsx;
pub mod ftl;
pub mod glob;
pub mod init;
pub mod l10n_toml;
pub mod lint;
pub mod lsp;
pub mod overlay;
pub mod parallel;
pub mod pattern;
pub mod policy;
pub mod preview;
pub mod project;
pub mod report;
pub mod rules;
pub mod site;
pub mod source;
pub mod stamps;
pub mod suggest;
pub mod sync;
pub mod text;
pub mod worksheet;
pub mod workspace;
pub mod yaml;

pub use diagnostic::{Diagnostic, LineIndex, Severity};
pub use workspace::{Config, ConfigError, Workspace};
