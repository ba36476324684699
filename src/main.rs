//! The `polyguide` command: parses arguments, runs the library, prints, picks the exit code.
//!
//! Exit codes (chosen on purpose, CI scripts rely on them):
//! - 0: no finding of error severity (with `--deny-warnings`, none of warning severity either);
//! - 1: findings of error severity, or warnings under `--deny-warnings`;
//! - 2: polyguide could not do its job: bad arguments, no or invalid `polyguide.toml`, an
//!   unknown locale or rule, an I/O failure writing output.

use clap::{Parser, Subcommand};
use polyguide::project::Project;
use polyguide::report::{self, stale::StaleFormat, status::StatusFormat, LintFormat};
use polyguide::workspace::L10nOptions;
use polyguide::{lint, Config, Severity, Workspace};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "polyguide",
    version,
    about = "Lint, track and export localized how-to guides (YAML + Fluent)"
)]
struct Cli {
    /// The workspace directory (default: the nearest directory with a polyguide.toml,
    /// searching upward from the current directory).
    #[arg(long, global = true, value_name = "DIR")]
    workspace: Option<PathBuf>,
    /// Take the project from compare-locales `l10n.toml` files instead of polyguide.toml
    /// (repeatable: several projects are linted together, like `compare-locales a.toml b.toml`).
    /// `[rules]`, `[[ignore]]`, `[checks]` and `[export]` still come from a polyguide.toml: `--config`,
    /// else the one in `--workspace DIR`, else the nearest one upward, if any.
    #[arg(long = "l10n-toml", global = true, value_name = "FILE")]
    l10n_toml: Vec<PathBuf>,
    /// With --l10n-toml: the polyguide.toml whose `[rules]`, `[[ignore]]`, `[checks]` and `[export]`
    /// apply.
    #[arg(long, global = true, value_name = "FILE", requires = "l10n_toml")]
    config: Option<PathBuf>,
    /// With --l10n-toml: the directory holding the translations, compare-locales'
    /// `l10n-base-dir` argument (relative to the working directory). Sets `{l10n_base}`, and
    /// patterns may lead into it.
    #[arg(
        long = "l10n-base",
        global = true,
        value_name = "DIR",
        requires = "l10n_toml"
    )]
    l10n_base: Option<PathBuf>,
    /// With --l10n-toml: set a config variable, overriding `[env]` (compare-locales' `-D`;
    /// repeatable).
    #[arg(
        short = 'D',
        long = "define",
        global = true,
        value_name = "NAME=VALUE",
        requires = "l10n_toml"
    )]
    defines: Vec<String>,
    /// With --l10n-toml: like compare-locales' `--full`, compare sub-projects for the locales
    /// their own `locales` leave out, and lint every locale found on disk too; `--locale L`
    /// then takes any locale.
    #[arg(long, global = true, requires = "l10n_toml")]
    full: bool,
    /// With --l10n-toml: skip an `[[includes]]` / `[[excludes]]` config that does not exist
    /// (with a warning) instead of failing.
    #[arg(long, global = true, requires = "l10n_toml")]
    ignore_missing_includes: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run all checks on content and translations.
    Lint {
        /// Check only this locale (repeatable).
        #[arg(long = "locale", value_name = "L")]
        locales: Vec<String>,
        #[arg(long, value_enum, default_value = "human")]
        format: LintFormat,
        /// Exit 1 on warnings too.
        #[arg(long)]
        deny_warnings: bool,
        /// Check the source files alone, no locale (compare-locales' `--validate`).
        #[arg(long, conflicts_with = "locales")]
        validate: bool,
    },
    /// Show each locale's completeness.
    Status {
        #[arg(long = "locale", value_name = "L")]
        locales: Vec<String>,
        #[arg(long, value_enum, default_value = "table")]
        format: StatusFormat,
    },
    /// The translator's worklist: stale translations with a word diff of the source change.
    Stale {
        /// Only this locale (default: all).
        locale: Option<String>,
        #[arg(long, value_enum, default_value = "human")]
        format: StaleFormat,
        /// Exit 1 when a stale translation of warning severity is listed too.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Record stamps after review: `accept LOCALE ID…`, `accept LOCALE --all`, or
    /// `accept --editorial ID…` for a source change that keeps the meaning (all locales).
    Accept {
        /// LOCALE then message ids; with --editorial, only message ids. Term ids start with
        /// `-`: put them after `--` (`accept fr -- -brand`).
        #[arg(value_name = "LOCALE | ID")]
        args: Vec<String>,
        /// Stamp every translated message of LOCALE (stale ones included: review first).
        #[arg(long, conflicts_with = "editorial")]
        all: bool,
        /// The source change of each ID is editorial (typo, punctuation): translations that
        /// were current before it stay current, in every locale.
        #[arg(long)]
        editorial: bool,
    },
    /// Write each guide's source catalog as DIR/<guide-id>.ftl (the translators' template).
    Extract {
        /// Output directory (default: the source locale's directory, e.g. locales/en).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Exit 1 on findings of warning severity too.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Write per-locale bundles (JSON, complete FTL) and a manifest for apps.
    Export {
        /// Output directory (default: `[export] out-dir`, else `dist`).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Export only this locale (repeatable).
        #[arg(long = "locale", value_name = "L")]
        locales: Vec<String>,
    },
    /// Build a static website from the exported bundles: a page per guide and locale, with
    /// outdated and not-yet-translated markers, a language switcher, no JavaScript.
    Site {
        /// Output directory (default: `site` in the workspace). It must be empty, absent or
        /// an earlier site.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Serve the site on this machine and rebuild it whenever content, translations or
    /// stamps change.
    Preview {
        /// Port (default: 4400 if free, else any free port).
        #[arg(long)]
        port: Option<u16>,
        /// Address to listen on. Anything but a loopback address makes the preview
        /// reachable from other machines.
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
    },
    /// Print a rule's documentation, or list all rules.
    Explain { rule: Option<String> },
    /// Start a new workspace in DIR (default: the current directory): polyguide.toml, an
    /// example guide, the source terms file, the guide's template and a .gitignore. Writes
    /// nothing if any of these files exists.
    Init {
        /// Where to write the workspace (created if needed; default: the current directory).
        dir: Option<PathBuf>,
        /// The language the guides are written in.
        #[arg(long, value_name = "L", default_value = "en")]
        source_locale: String,
    },
    /// Start a translation: add LOCALE to polyguide.toml (comments kept) and write its
    /// worksheets, every source message commented out, and its stamps file.
    AddLocale {
        /// A BCP 47 locale id in canonical case: fr, pt-BR, zh-Hant.
        locale: String,
    },
    /// Bring translation files in step with the source: insert new source messages as
    /// commented-out worksheet entries, in source order; report translations of removed
    /// messages. Changes nothing else in the files.
    Sync {
        /// The locales to sync (default: every configured locale).
        locales: Vec<String>,
        /// Also remove the entries of messages the source no longer has (with the comments
        /// attached to them). Worksheet entries are never rewritten: they may hold drafts.
        #[arg(long)]
        prune: bool,
    },
    /// A Language Server Protocol server on stdin/stdout, for editors: the lint's findings
    /// as you type, hover, go to source, completion, "Mark as reviewed".
    Lsp,
}

/// Exit code for "polyguide could not do its job".
const EXIT_FAILURE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    polyguide::fsx::on_lock_wait(|what| {
        let _ = writeln!(
            anstream::stderr(),
            "waiting for another polyguide run to release {what}…"
        );
    });
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            let _ = writeln!(anstream::stderr(), "error: {message}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

/// Runs a command; `Err` is a message for stderr and exit code 2.
fn run(cli: Cli) -> Result<u8, String> {
    if let Command::Explain { rule } = &cli.command {
        return explain(rule.as_deref());
    }
    if let Command::Lsp = &cli.command {
        // The workspace is opened once the client says which folder it has open.
        let options = polyguide::lsp::Options {
            workspace: cli.workspace,
            l10n_toml: cli.l10n_toml,
            config: cli.config,
        };
        // The protocol: exit code 0 after `shutdown`, 1 when the client exits without it.
        return polyguide::lsp::run(&options).map(|clean| u8::from(!clean));
    }
    if let Command::Init { dir, source_locale } = &cli.command {
        return init(dir.as_ref().or(cli.workspace.as_ref()), source_locale);
    }
    if let Command::Preview { port, host } = &cli.command {
        return preview(&cli, host, *port);
    }
    let mut ws = open_workspace(&cli)?;
    if let Command::Lint { validate: true, .. } = &cli.command {
        // No locale: only the source side is linted.
        ws.config.locales.clear();
    }
    let project = Project::load(&ws);
    match cli.command {
        Command::Lint {
            locales,
            format,
            deny_warnings,
            validate: _,
        } => {
            let color = format == LintFormat::Human && colors_enabled();
            let stdout = std::io::stdout();
            let mut stream =
                report::LintStream::new(format, std::io::BufWriter::new(stdout.lock()));
            lint::run_streaming(
                &project,
                &lint::LintOptions { locales },
                &|batch| report::render_batch(format, color, batch),
                &mut |batch, text| stream.batch(batch, text),
            )
            .map_err(|e| e.to_string())?;
            let (totals, error) = stream.finish();
            match error {
                // A closed pipe (`polyguide lint | head -1`): the reader has what it wanted.
                Some(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    return Err(format!("cannot write the output: {e}"))
                }
                _ => {}
            }
            let failed = totals.errors > 0 || (deny_warnings && totals.warnings > 0);
            Ok(u8::from(failed))
        }
        Command::Status { locales, format } => status(&project, locales, format),
        Command::Stale {
            locale,
            format,
            deny_warnings,
        } => stale(&project, locale, format, deny_warnings),
        Command::Accept {
            args,
            all,
            editorial,
        } => accept(&project, args, all, editorial),
        Command::Extract { out, deny_warnings } => extract(&project, out, deny_warnings),
        Command::Export { out, locales } => export(&project, out, locales),
        Command::Site { out } => site(&project, out),
        Command::AddLocale { locale } => add_locale(&project, &locale),
        Command::Sync { locales, prune } => sync(&project, locales, prune),
        Command::Explain { .. } | Command::Preview { .. } | Command::Init { .. } | Command::Lsp => {
            unreachable!("handled above")
        }
    }
}

/// The workspace: from `--l10n-toml` files (with a polyguide.toml's settings, if any), from
/// `--workspace`, or the nearest polyguide.toml upward.
fn open_workspace(cli: &Cli) -> Result<Workspace, String> {
    WorkspaceArgs::of(cli).open()
}

/// The arguments that locate the workspace, kept so that `preview` can reopen it.
#[derive(Clone)]
struct WorkspaceArgs {
    workspace: Option<PathBuf>,
    l10n_toml: Vec<PathBuf>,
    config: Option<PathBuf>,
    l10n_base: Option<PathBuf>,
    defines: Vec<String>,
    full: bool,
    ignore_missing_includes: bool,
    /// The locales the command names (`--locale L`, `stale L`), for `--full`.
    locales: Vec<String>,
}

impl WorkspaceArgs {
    fn of(cli: &Cli) -> WorkspaceArgs {
        WorkspaceArgs {
            workspace: cli.workspace.clone(),
            l10n_toml: cli.l10n_toml.clone(),
            config: cli.config.clone(),
            l10n_base: cli.l10n_base.clone(),
            defines: cli.defines.clone(),
            full: cli.full,
            ignore_missing_includes: cli.ignore_missing_includes,
            locales: cli.command.locales().to_vec(),
        }
    }

    fn open(&self) -> Result<Workspace, String> {
        let cwd = || std::env::current_dir().map_err(|e| e.to_string());
        if self.l10n_toml.is_empty() {
            return match &self.workspace {
                Some(dir) => Workspace::open(dir),
                None => Workspace::discover(&cwd()?),
            }
            .map_err(|e| e.to_string());
        }
        let settings_file = match (&self.config, &self.workspace) {
            (Some(file), _) => Some(file.clone()),
            (None, Some(dir)) => Some(dir.join(polyguide::workspace::CONFIG_FILE)),
            (None, None) => polyguide::workspace::find_config(&cwd()?),
        };
        let settings = match settings_file {
            Some(path) => {
                let text = polyguide::fsx::read_text(&path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                Some(
                    Config::parse_settings(&text)
                        .map_err(|e| format!("{}: {e}", path.display()))?,
                )
            }
            None => None,
        };
        let mut options = L10nOptions {
            full: self.full,
            full_locales: self.locales.clone(),
            ..L10nOptions::default()
        };
        options.load.l10n_base = self.l10n_base.clone();
        options.load.ignore_missing_includes = self.ignore_missing_includes;
        for define in &self.defines {
            let (name, value) = parse_define(define)?;
            options
                .load
                .vars
                .insert(name.to_string(), value.to_string());
        }
        let ws = Workspace::from_l10n_toml_with(&self.l10n_toml, &options, settings.as_ref())
            .map_err(|e| e.to_string())?;
        self.check_l10n(&ws)?;
        Ok(ws)
    }

    /// A locale with translations on disk that the configs do not list: say how to lint it;
    /// includes skipped under --ignore-missing-includes: say which.
    fn check_l10n(&self, ws: &Workspace) -> Result<(), String> {
        let polyguide::workspace::Layout::L10n(project) = &ws.layout else {
            return Ok(());
        };
        if !self.full {
            if let Some(locale) = self
                .locales
                .iter()
                .find(|l| !ws.config.locales.contains(l) && project.locales_on_disk().contains(l))
            {
                return Err(format!(
                    "locale `{locale}` has translations on disk but is not in the l10n.toml \
                     locales ({}); add --full to lint it (like compare-locales --full)",
                    ws.config.locales.join(", ")
                ));
            }
        }
        let mut w = anstream::stderr();
        for skipped in project.skipped_includes() {
            let _ = writeln!(
                w,
                "warning: {}: `{}`: {} does not exist; skipped (--ignore-missing-includes)",
                skipped.config.display(),
                skipped.key,
                skipped.target.display()
            );
        }
        Ok(())
    }
}

/// `-D name=value`: the name is a config variable name (letters, digits, `_`).
fn parse_define(define: &str) -> Result<(&str, &str), String> {
    match define.split_once('=') {
        Some((name, value))
            if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') =>
        {
            Ok((name, value))
        }
        _ => Err(format!(
            "`-D {define}`: expected NAME=VALUE, NAME made of letters, digits and `_` \
             (a variable of the l10n.toml files, like compare-locales' -D)"
        )),
    }
}

impl Command {
    /// The locales a command names (`--locale L`, `stale L`), for `--full`.
    fn locales(&self) -> &[String] {
        match self {
            Command::Lint { locales, .. }
            | Command::Status { locales, .. }
            | Command::Export { locales, .. } => locales,
            Command::Stale {
                locale: Some(locale),
                ..
            } => std::slice::from_ref(locale),
            _ => &[],
        }
    }
}

/// Says on stderr which broken files an answer depends on.
fn report_broken(lines: &[String]) {
    let mut w = anstream::stderr();
    for line in lines {
        let _ = writeln!(w, "error: {}", report::terminal_safe(line));
    }
}

fn status(project: &Project, locales: Vec<String>, format: StatusFormat) -> Result<u8, String> {
    // Only the summaries are needed: stream, so memory stays flat on big projects.
    let mut summaries = Vec::new();
    let mut source_errors = 0;
    lint::run_streaming(
        project,
        &lint::LintOptions { locales },
        &|_| String::new(),
        &mut |batch, _| {
            if batch.summary.is_none() {
                let errors = batch.diagnostics.iter();
                source_errors += errors.filter(|d| d.severity == Severity::Error).count();
            }
            summaries.extend(batch.summary)
        },
    )
    .map_err(|e| e.to_string())?;
    print(&report::status::render(&summaries, format))?;
    let mut broken: Vec<String> = project.describe_broken();
    // Completeness against a source that export refuses is no answer to "ready to ship?".
    if broken.is_empty() && source_errors > 0 {
        broken.push(format!(
            "the source has {source_errors} error{}, so `polyguide export` writes no bundle; `polyguide lint` shows {}",
            if source_errors == 1 { "" } else { "s" },
            if source_errors == 1 { "it" } else { "them" },
        ));
    }
    for s in &summaries {
        for path in &s.broken {
            if !project.broken.iter().any(|b| &b.path == path) {
                broken.push(format!(
                    "{path} is invalid: staleness in {} is unknown",
                    s.locale
                ));
            }
        }
    }
    report_broken(&broken);
    Ok(u8::from(!broken.is_empty()))
}

fn stale(
    project: &Project,
    locale: Option<String>,
    format: StaleFormat,
    deny_warnings: bool,
) -> Result<u8, String> {
    let locales: Vec<String> = locale.into_iter().collect();
    let outcome = lint::run(project, &lint::LintOptions { locales }).map_err(|e| e.to_string())?;
    let color = format == StaleFormat::Human && colors_enabled();
    let mut broken = project.describe_broken();
    for d in outcome
        .diagnostics
        .iter()
        .filter(|d| d.rule == polyguide::rules::RuleId::InvalidStamps)
    {
        broken.push(format!(
            "{}:{}: {}; the worklist of {} is unknown",
            d.path,
            d.line,
            d.message,
            d.locale.as_deref().unwrap_or("?")
        ));
    }
    // "No stale translations" would be a claim the broken files do not allow.
    if broken.is_empty() || !outcome.stale.is_empty() || format == StaleFormat::Json {
        print(&report::stale::render(&outcome.stale, format, color))?;
    }
    if !broken.is_empty() {
        report_broken(&broken);
        return Ok(1);
    }
    let fails = |s: Severity| s == Severity::Error || (deny_warnings && s == Severity::Warning);
    Ok(u8::from(outcome.stale.iter().any(|i| fails(i.severity))))
}

fn export(project: &Project, out: Option<PathBuf>, locales: Vec<String>) -> Result<u8, String> {
    let ws = project.ws;
    let out = out.unwrap_or_else(|| ws.root.join(&ws.config.export_out_dir));
    let report = polyguide::export::export(
        project,
        &polyguide::export::ExportOptions {
            out: out.clone(),
            locales,
        },
    )
    .map_err(|e| e.to_string())?;
    let shown = out
        .strip_prefix(&ws.root)
        .unwrap_or(&out)
        .display()
        .to_string();
    let mut s = String::new();
    if report.broken.iter().any(|(l, _)| l.is_none()) {
        s.push_str(&format!("exported nothing to {shown}: the source is broken; the earlier export, if any, is kept\n"));
    } else {
        s.push_str(&format!(
            "exported {} files to {shown}\n",
            report.written.len()
        ));
    }
    if !report.removed.is_empty() {
        s.push_str(&format!(
            "removed {} file(s) of an earlier export that no longer belong\n",
            report.removed.len()
        ));
    }
    for note in &report.notes {
        s.push_str(&format!("note: {note}\n"));
    }
    for (locale, held) in &report.held_back {
        let list: Vec<String> = held
            .iter()
            .map(|(id, why)| {
                let why = match *why {
                    "error" => "has an error",
                    "copy" => "is a copy of the source",
                    "stale" => "is stale",
                    "unstamped" => "has no stamp (never reviewed)",
                    other => other,
                };
                format!("{id} ({why})")
            })
            .collect();
        s.push_str(&format!(
            "{locale}: held back {} translation(s), shipped the fallback instead: {}\n",
            held.len(),
            list.join(", ")
        ));
    }
    for (locale, why) in &report.skipped {
        s.push_str(&format!("skipped {locale}: {why}\n"));
    }
    print(&s)?;
    let broken: Vec<String> = report
        .broken
        .iter()
        .map(|(locale, why)| match locale {
            Some(l) => format!("not exported {l}: {why}"),
            None => why.clone(),
        })
        .collect();
    report_broken(&broken);
    Ok(u8::from(!broken.is_empty()))
}

fn site(project: &Project, out: Option<PathBuf>) -> Result<u8, String> {
    let ws = project.ws;
    let out = out.unwrap_or_else(|| ws.root.join("site"));
    let build = polyguide::site::build(project).map_err(|e| e.to_string())?;
    let shown = out
        .strip_prefix(&ws.root)
        .unwrap_or(&out)
        .display()
        .to_string();
    let mut s = String::new();
    let mut broken = export_problems(&build.export, &mut s);
    match &build.site {
        Some(site) => {
            let report = polyguide::site::write(site, &out, ws, &build.unbuilt_locales())
                .map_err(|e| e.to_string())?;
            s.push_str(&format!(
                "site: {} pages in {shown} ({} written, {} unchanged, {} removed{})\n",
                site.files.len(),
                report.written.len(),
                report.unchanged,
                report.removed.len(),
                kept_pages(&report.kept)
            ));
        }
        None => broken.push(format!(
            "wrote no site to {shown}: the source is broken; the earlier site, if any, is kept"
        )),
    }
    print(&s)?;
    report_broken(&broken);
    Ok(u8::from(!broken.is_empty()))
}

/// `; N earlier pages of LOCALES kept` for the site's summary line, or nothing.
fn kept_pages(kept: &[String]) -> String {
    if kept.is_empty() {
        return String::new();
    }
    let locales: std::collections::BTreeSet<&str> = kept
        .iter()
        .filter_map(|rel| rel.split_once('/').map(|(locale, _)| locale))
        .collect();
    let locales: Vec<&str> = locales.into_iter().collect();
    format!(
        "; {} earlier page{} of {} kept",
        kept.len(),
        if kept.len() == 1 { "" } else { "s" },
        locales.join(", ")
    )
}

/// The export's skipped locales (appended to `out`) and broken parts (returned).
fn export_problems(report: &polyguide::export::ExportReport, out: &mut String) -> Vec<String> {
    for (locale, why) in &report.skipped {
        out.push_str(&format!("skipped {locale}: {why}\n"));
    }
    report
        .broken
        .iter()
        .map(|(locale, why)| match locale {
            Some(l) => format!("not built {l}: {why}"),
            None => why.clone(),
        })
        .collect()
}

fn preview(cli: &Cli, host: &str, port: Option<u16>) -> Result<u8, String> {
    use polyguide::preview::{Event, Preview, PreviewOptions};
    let ws = open_workspace(cli)?;
    let options = PreviewOptions {
        host: host.to_string(),
        port,
    };
    // Each rebuild reopens the workspace, so an edited polyguide.toml applies too; the
    // directory found at start stays the workspace.
    let mut args = WorkspaceArgs::of(cli);
    if args.l10n_toml.is_empty() {
        args.workspace = Some(ws.root.clone());
    }
    let reopen = move || args.open();
    let preview = Preview::start(&ws, reopen, &options).map_err(|e| e.to_string())?;
    let url = preview.url();
    if !preview.is_loopback() {
        let _ = writeln!(
            anstream::stderr(),
            "warning: listening on {}: the preview is reachable from other machines",
            preview.addr()
        );
    }
    print(&format!("preview: {url}  (Ctrl-C to stop)\n"))?;
    for event in preview.events() {
        let line = match event {
            Event::Built {
                pages,
                millis,
                problems,
            } => {
                let mut line = format!("rebuilt {pages} pages in {millis} ms\n");
                for p in problems {
                    line.push_str(&format!("  {p}\n"));
                }
                line
            }
            Event::Failed { why } => format!("rebuild failed: {why}\n"),
        };
        print(&line)?;
    }
    Ok(0)
}

fn extract(project: &Project, out: Option<PathBuf>, deny_warnings: bool) -> Result<u8, String> {
    let ws = project.ws;
    let out_dir = out.unwrap_or_else(|| ws.locales_dir().join(&ws.config.source_locale));
    let report = polyguide::extract::extract(project, &out_dir)?;
    let mut lines = String::new();
    for d in &report.findings {
        lines.push_str(&format!(
            "{}:{}:{}: {}[{}]: {}\n",
            report::terminal_safe(&d.path),
            d.line,
            d.column,
            d.severity,
            d.rule,
            report::terminal_safe(&d.message)
        ));
    }
    for line in &report.lines {
        lines.push_str(line);
        lines.push('\n');
    }
    print(&lines)?;
    let warned = deny_warnings
        && report
            .findings
            .iter()
            .any(|d| d.severity == Severity::Warning);
    Ok(u8::from(report.failed || warned))
}

fn accept(project: &Project, args: Vec<String>, all: bool, editorial: bool) -> Result<u8, String> {
    use polyguide::accept::{self, Selection};
    if editorial {
        if args.is_empty() {
            return Err("accept --editorial needs at least one message id".into());
        }
        let reports = accept::accept_editorial(project, &args).map_err(|e| e.to_string())?;
        let s: String = reports.iter().map(accept::Editorial::describe).collect();
        print(&s)?;
        return Ok(0);
    }
    let mut args = args.into_iter();
    let Some(locale) = args.next() else {
        return Err(
            "usage: polyguide accept LOCALE (ID… | --all), or accept --editorial ID…".into(),
        );
    };
    let ids: Vec<String> = args.collect();
    let selection = match (all, ids.is_empty()) {
        (true, true) => Selection::All,
        (true, false) => return Err("give message ids or --all, not both".into()),
        (false, true) if !project.ws.config.locales.contains(&locale) => {
            // Not a locale: the library says what it is (a message id, the source locale).
            accept::accept(project, &locale, &Selection::Ids(Vec::new()))
                .map_err(|e| e.to_string())?;
            return Err(format!("name the messages to accept (`polyguide accept LOCALE {locale}`)"));
        }
        (false, true) => return Err(format!("name the messages to accept (`polyguide accept {locale} ID…`), or accept everything translated with --all")),
        (false, false) => Selection::Ids(ids),
    };
    let report = accept::accept(project, &locale, &selection).map_err(|e| e.to_string())?;
    let s = report.describe();
    print(&s)?;
    for (id, message) in &report.with_errors {
        let _ = writeln!(
            anstream::stderr(),
            "warning: {id} was accepted, but its translation has an error: {message}"
        );
    }
    if !report.were_stale.is_empty() && !all {
        // Named ids were reviewed one by one: say what changed state, quietly.
        print(&format!(
            "{}: now current after review: {}\n",
            report.locale,
            report.were_stale.join(", ")
        ))?;
    }
    if !report.were_stale.is_empty() && all {
        let mut w = anstream::stderr();
        let _ = writeln!(
            w,
            "warning: {} marked current without review (--all):",
            match report.were_stale.len() {
                1 => "1 of the accepted messages was STALE and is now".to_string(),
                n => format!("{n} of the accepted messages were STALE and are now"),
            }
        );
        for id in &report.were_stale {
            let _ = writeln!(w, "  {id}");
        }
    }
    Ok(0)
}

fn init(dir: Option<&PathBuf>, source_locale: &str) -> Result<u8, String> {
    let target = dir.cloned().unwrap_or_else(|| PathBuf::from("."));
    let done = polyguide::init::init(&target, source_locale).map_err(|e| e.to_string())?;
    let shown = target.display().to_string();
    let mut s = if dir.is_some() && shown != "." {
        format!("created a polyguide workspace in {shown}/:\n")
    } else {
        "created a polyguide workspace:\n".to_string()
    };
    for file in &done.files {
        s.push_str(&format!("  {file}\n"));
    }
    let guide = format!("content/{}.yaml", polyguide::init::EXAMPLE_GUIDE);
    s.push_str("\nnext steps:\n");
    if dir.is_some() && shown != "." {
        s.push_str(&format!("  cd {shown}\n"));
    }
    let width = guide.len() + 5;
    for (command, what) in [
        (
            "polyguide lint".to_string(),
            "check guides and translations",
        ),
        (
            "polyguide add-locale fr".to_string(),
            "start a translation: a worksheet of every source message",
        ),
        (
            format!("edit {guide}"),
            "then `polyguide extract` and `polyguide sync`",
        ),
        (
            "polyguide export".to_string(),
            "write the bundles for apps to dist/",
        ),
    ] {
        s.push_str(&format!("  {command:<width$}  {what}\n"));
    }
    print(&s)?;
    Ok(0)
}

fn add_locale(project: &Project, locale: &str) -> Result<u8, String> {
    let added = polyguide::add_locale::add_locale(project, locale).map_err(|e| e.to_string())?;
    let l = &added.locale;
    let mut s = if added.config_edited {
        format!("added {l} to polyguide.toml\n")
    } else {
        format!(
            "polyguide.toml needs no edit: `locales = \"*\"` takes every locale directory, {l} included\n"
        )
    };
    for (path, count) in &added.created {
        s.push_str(&format!(
            "created {path}: {count} message{} to translate\n",
            plural(*count)
        ));
    }
    s.push_str(&format!("created {}\n", added.stamps));
    let dir = project.ws.locale_rel_dir(l);
    s.push_str(&format!(
        "next: in {dir}/, remove the \"# \" in front of a message and translate it; then `polyguide lint --locale {l}` and `polyguide accept {l} ID…`\n"
    ));
    print(&s)?;
    let skipped: Vec<String> = added
        .skipped
        .iter()
        .map(|s| format!("{s}: no worksheet written; fix it, then run `polyguide sync {l}`"))
        .chain(
            added
                .partial
                .iter()
                .map(|s| format!("{s}; fix it, then run `polyguide sync {l}`")),
        )
        .collect();
    report_broken(&skipped);
    Ok(u8::from(!skipped.is_empty()))
}

fn sync(project: &Project, locales: Vec<String>, prune: bool) -> Result<u8, String> {
    let report = polyguide::sync::sync(project, &polyguide::sync::SyncOptions { locales, prune })
        .map_err(|e| e.to_string())?;
    let mut s = String::new();
    let mut problems = Vec::new();
    for locale in &report.locales {
        let l = &locale.locale;
        let before = (s.len(), problems.len());
        for f in &locale.files {
            describe_synced(l, f, &mut s, &mut problems);
        }
        for orphan in &locale.orphans {
            s.push_str(&format!(
                "{l}: {orphan} has no source file (a removed guide?); delete it if it is not needed\n"
            ));
        }
        if (s.len(), problems.len()) == before {
            // With a broken source part, only what loads is in step.
            s.push_str(&if report.broken.is_empty() {
                format!("{l}: up to date\n")
            } else {
                format!("{l}: the files of the source that loads are up to date\n")
            });
        }
    }
    if report.locales.is_empty() {
        s.push_str("no translation locales yet: add one with `polyguide add-locale LOCALE`\n");
    }
    print(&s)?;
    for part in &report.broken {
        problems.push(format!(
            "{part}: its translations are not synced, and no file was checked for removed messages"
        ));
    }
    report_broken(&problems);
    Ok(u8::from(report.failed()))
}

/// What sync did to one file: lines for stdout (`s`) and for stderr (`problems`).
fn describe_synced(
    l: &str,
    f: &polyguide::sync::FileReport,
    s: &mut String,
    problems: &mut Vec<String>,
) {
    let p = &f.path;
    if let Some(why) = &f.skipped {
        problems.push(format!("{l}: {p} not synced: {why}"));
        return;
    }
    if let Some(why) = &f.unchecked {
        problems.push(format!("{l}: {p}: {why}"));
    }
    if let Some(n) = f.created {
        s.push_str(&format!(
            "{l}: created {p}: {n} message{} to translate\n",
            plural(n)
        ));
        return;
    }
    if !f.added.is_empty() {
        s.push_str(&format!(
            "{l}: {p}: added {} message{} to translate: {}\n",
            f.added.len(),
            plural(f.added.len()),
            f.added.join(", ")
        ));
    }
    let removed = [
        (&f.obsolete, "translation", "translations"),
        (
            &f.obsolete_worksheet,
            "worksheet entry",
            "worksheet entries",
        ),
    ];
    for (list, one, many) in removed.into_iter().filter(|(l, _, _)| !l.is_empty()) {
        let what = match list.len() {
            1 => format!("1 {one} of a message"),
            n => format!("{n} {many} of messages"),
        };
        let ids = list.join(", ");
        s.push_str(&if f.pruned {
            format!("{l}: {p}: removed {what} the source no longer has: {ids}\n")
        } else {
            format!(
                "{l}: {p}: {what} the source no longer has, kept (remove with --prune): {ids}\n"
            )
        });
    }
    if !f.outdated_worksheet.is_empty() {
        let what = match f.outdated_worksheet.len() {
            1 => "1 worksheet entry".to_string(),
            n => format!("{n} worksheet entries"),
        };
        let ids = f.outdated_worksheet.join(", ");
        s.push_str(&format!(
            "{l}: {p}: {what} not showing today's source text (an older source, or a draft typed into it), kept: {ids}; delete an entry and run `polyguide sync` for today's\n"
        ));
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn explain(rule: Option<&str>) -> Result<u8, String> {
    use polyguide::rules::{self, RULES};
    match rule {
        None => {
            let width = RULES.iter().map(|r| r.name.len()).max().unwrap_or(0);
            let mut s = String::new();
            for r in RULES {
                s.push_str(&format!(
                    "{:<width$}  {:<7}  {}\n",
                    r.name,
                    r.default_severity.as_str(),
                    r.summary
                ));
            }
            print(&s)?;
            Ok(0)
        }
        Some(name) => match rules::find(name) {
            Some(r) => {
                print(&format!(
                    "# {}\n\nDefault severity: {}\n\n{}",
                    r.name, r.default_severity, r.doc
                ))?;
                Ok(0)
            }
            None => {
                let hint = polyguide::suggest::nearest(name, RULES.iter().map(|r| r.name))
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default();
                Err(format!(
                    "no rule named `{name}`{hint}; `polyguide explain` lists them"
                ))
            }
        },
    }
}

/// Colours on a terminal unless NO_COLOR is set; CLICOLOR=0 turns them off and
/// CLICOLOR_FORCE=1 turns them on anywhere (anstream's rules).
fn colors_enabled() -> bool {
    anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
}

/// Writes to stdout; a closed pipe (`polyguide lint | head -1`) ends the output quietly.
fn print(s: &str) -> Result<(), String> {
    let mut out = anstream::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("cannot write the output: {e}")),
    }
}
