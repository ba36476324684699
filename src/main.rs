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
    /// `[rules]`, `[[ignore]]` and `[export]` still come from a polyguide.toml: `--config`,
    /// else the one in `--workspace DIR`, else the nearest one upward, if any.
    #[arg(long = "l10n-toml", global = true, value_name = "FILE")]
    l10n_toml: Vec<PathBuf>,
    /// With --l10n-toml: the polyguide.toml whose `[rules]`, `[[ignore]]` and `[export]`
    /// apply.
    #[arg(long, global = true, value_name = "FILE", requires = "l10n_toml")]
    config: Option<PathBuf>,
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
    /// Print a rule's documentation, or list all rules.
    Explain { rule: Option<String> },
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
    let ws = open_workspace(&cli)?;
    let project = Project::load(&ws);
    match cli.command {
        Command::Lint {
            locales,
            format,
            deny_warnings,
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
        Command::Stale { locale, format } => stale(&project, locale, format),
        Command::Accept {
            args,
            all,
            editorial,
        } => accept(&project, args, all, editorial),
        Command::Extract { out } => extract(&project, out),
        Command::Export { out, locales } => export(&project, out, locales),
        Command::Explain { .. } | Command::Lsp => unreachable!("handled above"),
    }
}

/// The workspace: from `--l10n-toml` files (with a polyguide.toml's settings, if any), from
/// `--workspace`, or the nearest polyguide.toml upward.
fn open_workspace(cli: &Cli) -> Result<Workspace, String> {
    let cwd = || std::env::current_dir().map_err(|e| e.to_string());
    if cli.l10n_toml.is_empty() {
        return match &cli.workspace {
            Some(dir) => Workspace::open(dir),
            None => Workspace::discover(&cwd()?),
        }
        .map_err(|e| e.to_string());
    }
    let settings_file = match (&cli.config, &cli.workspace) {
        (Some(file), _) => Some(file.clone()),
        (None, Some(dir)) => Some(dir.join(polyguide::workspace::CONFIG_FILE)),
        (None, None) => polyguide::workspace::find_config(&cwd()?),
    };
    let settings = match settings_file {
        Some(path) => {
            let text = polyguide::fsx::read_text(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            Some(Config::parse_settings(&text).map_err(|e| format!("{}: {e}", path.display()))?)
        }
        None => None,
    };
    Workspace::from_l10n_toml(&cli.l10n_toml, settings.as_ref()).map_err(|e| e.to_string())
}

/// Says on stderr which broken files an answer depends on.
fn report_broken(lines: &[String]) {
    let mut w = anstream::stderr();
    for line in lines {
        let _ = writeln!(w, "error: {line}");
    }
}

fn status(project: &Project, locales: Vec<String>, format: StatusFormat) -> Result<u8, String> {
    // Only the summaries are needed: stream, so memory stays flat on big projects.
    let mut summaries = Vec::new();
    lint::run_streaming(
        project,
        &lint::LintOptions { locales },
        &|_| String::new(),
        &mut |batch, _| summaries.extend(batch.summary),
    )
    .map_err(|e| e.to_string())?;
    print(&report::status::render(&summaries, format))?;
    let mut broken: Vec<String> = project.describe_broken();
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

fn stale(project: &Project, locale: Option<String>, format: StaleFormat) -> Result<u8, String> {
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
    let errors = outcome.stale.iter().any(|i| i.severity == Severity::Error);
    Ok(u8::from(errors))
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
        s.push_str(&format!("exported nothing to {shown}: the source does not load; the earlier export, if any, is kept\n"));
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

fn extract(project: &Project, out: Option<PathBuf>) -> Result<u8, String> {
    let ws = project.ws;
    let out_dir = out.unwrap_or_else(|| ws.locales_dir().join(&ws.config.source_locale));
    let report = polyguide::extract::extract(project, &out_dir)?;
    let mut lines = String::new();
    for d in &report.findings {
        lines.push_str(&format!(
            "{}:{}:{}: {}[{}]: {}\n",
            d.path, d.line, d.column, d.severity, d.rule, d.message
        ));
    }
    for line in &report.lines {
        lines.push_str(line);
        lines.push('\n');
    }
    print(&lines)?;
    Ok(u8::from(report.failed))
}

fn accept(project: &Project, args: Vec<String>, all: bool, editorial: bool) -> Result<u8, String> {
    use polyguide::accept::{self, Selection};
    if editorial {
        if args.is_empty() {
            return Err("accept --editorial needs at least one message id".into());
        }
        let reports = accept::accept_editorial(project, &args).map_err(|e| e.to_string())?;
        let mut s = String::new();
        for r in reports {
            if r.stamped.is_empty() && r.left_stale.is_empty() && !r.already_current.is_empty() {
                s.push_str(&format!(
                    "{}: unchanged since it was stamped ({}); nothing to do\n",
                    r.id,
                    r.already_current.join(", ")
                ));
                continue;
            }
            if r.stamped.is_empty() && r.left_stale.is_empty() {
                s.push_str(&format!(
                    "{}: no locale has a stamp for it yet; nothing to do\n",
                    r.id
                ));
                continue;
            }
            if r.stamped.is_empty() {
                s.push_str(&format!(
                    "{}: no translation was current before the change; nothing stamped\n",
                    r.id
                ));
            } else {
                s.push_str(&format!(
                    "{}: editorial change, still current in {}\n",
                    r.id,
                    r.stamped.join(", ")
                ));
            }
            if !r.left_stale.is_empty() {
                s.push_str(&format!(
                    "{}: still stale in {} (stamped against an older text)\n",
                    r.id,
                    r.left_stale.join(", ")
                ));
            }
        }
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
    let mut s = format!(
        "{}: accepted {} message{}\n",
        report.locale,
        report.stamped.len(),
        if report.stamped.len() == 1 { "" } else { "s" }
    );
    if !report.dropped.is_empty() {
        s.push_str(&format!(
            "{}: dropped {} stamp(s) of messages no longer in the source\n",
            report.locale,
            report.dropped.len()
        ));
    }
    if !report.kept_for.is_empty() {
        s.push_str(&format!(
            "{}: kept the stamps of messages missing from the source, because {} does not load\n",
            report.locale,
            report.kept_for.join(", ")
        ));
    }
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
            "warning: {} of the accepted messages were STALE and are now marked current without review (--all):",
            report.were_stale.len()
        );
        for id in &report.were_stale {
            let _ = writeln!(w, "  {id}");
        }
    }
    Ok(0)
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
