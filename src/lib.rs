//! polyguide: lint, track and export localized how-to guides written in YAML and Fluent.
//!
//! The modules follow the pipeline: [`workspace`] finds and reads `polyguide.toml`;
//! [`content`] loads guides from YAML; [`catalog`] derives the source catalog (one Fluent
//! message per text) and joins hand-written source FTL; [`ftl`] parses Fluent files with
//! byte positions; [`lint`] aligns each locale with the source and runs the [`rules`];
//! [`report`] renders the findings. No library module prints. [`lsp`] serves the same
//! engine to editors, reading their unsaved buffers through an [`overlay`].

pub mod accept;
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
pub mod l10n_toml;
pub mod lint;
pub mod lsp;
pub mod overlay;
pub mod parallel;
pub mod pattern;
pub mod policy;
pub mod project;
pub mod report;
pub mod rules;
pub mod source;
pub mod stamps;
pub mod suggest;
pub mod text;
pub mod workspace;
pub mod yaml;

pub use diagnostic::{Diagnostic, LineIndex, Severity};
pub use workspace::{Config, ConfigError, Workspace};
