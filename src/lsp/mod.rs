//! `polyguide lsp`: a Language Server Protocol server over stdio, for the translator's and
//! the author's editor.
//!
//! It is the lint, live: the project is loaded once ([`crate::project::Project`]), its
//! source side prepared once ([`crate::source::Source`]), and every edit of a translation
//! file re-checks that file alone ([`crate::lint::lint_file`], with the locale's other files
//! known by their definitions), reading open documents from an [`crate::overlay::Overlay`]
//! instead of the disk. So the findings, severities,
//! ignores and help texts are `polyguide lint`'s, by construction. A change to a source file
//! (content YAML, source FTL, `polyguide.toml`) reloads the project.
//!
//! On top of the findings: hover on a message id (source text, where the text sits in its
//! guide, the translator note, the stamp state and, when stale, the word diff of the source
//! change), go to definition (translation → source message, reference → definition),
//! completion (`$variables` and `-terms` of the source message, ids still missing), and
//! code actions ("Mark as reviewed" through [`crate::accept::accept`], "did you mean" fixes,
//! inserting the missing messages as commented worksheet entries).
//!
//! Module map: [`transport`] frames messages on stdio and answers malformed ones;
//! `server` dispatches them and keeps the state; `diagnostics`, `hover`, `navigate`,
//! `complete` and `actions` compute the answers; [`text`] converts positions and URIs.

mod actions;
mod complete;
mod diagnostics;
mod hover;
mod loaded;
mod navigate;
mod server;
pub mod text;
pub mod transport;

use lsp_server::Connection;
use std::path::PathBuf;

/// How the server finds its project: the command line's `--workspace`, `--l10n-toml` and
/// `--config`; without them, the nearest `polyguide.toml` at or above the client's root
/// folder (or the working directory).
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub workspace: Option<PathBuf>,
    pub l10n_toml: Vec<PathBuf>,
    pub config: Option<PathBuf>,
}

/// The command `executeCommand` runs for "Mark as reviewed": arguments `[locale, id]`.
pub const ACCEPT_COMMAND: &str = "polyguide.accept";

/// Serves on stdin/stdout until the client says `exit`. `Ok(true)` when it asked for
/// `shutdown` first (exit code 0, as the protocol asks), `Ok(false)` when not (exit code 1).
pub fn run(options: &Options) -> Result<bool, String> {
    let (connection, threads) = transport::stdio();
    let result = serve(&connection, options);
    drop(connection);
    threads.join();
    result
}

/// Serves on `connection`: the handshake, then messages until `exit` or the end of input.
pub fn serve(connection: &Connection, options: &Options) -> Result<bool, String> {
    server::Server::start(connection, options)?.run()
}
