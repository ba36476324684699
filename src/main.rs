//! The `polyguide` command: parses arguments, runs the library, prints, picks the exit code.
//!
//! Exit codes (chosen on purpose, CI scripts rely on them):
//! - 0: no finding of error severity (with `--deny-warnings`, none of warning severity either);
//! - 1: findings of error severity, or warnings under `--deny-warnings`;
//! - 2: polyguide could not do its job: bad arguments, no or invalid `polyguide.toml`, an
//!   unknown locale or rule, an I/O failure writing output.

use clap::{Parser, Subcommand};
use polyguide::report::{self, stale::StaleFormat, status::StatusFormat, LintFormat};
use polyguide::{lint, Severity, Workspace};
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
    #[arg(
        long = "l10n-toml",
        global = true,
        value_name = "FILE",
        conflicts_with = "workspace"
    )]
    l10n_toml: Vec<PathBuf>,
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
        /// LOCALE then message ids; with --editorial, only message ids.
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
}

/// Exit code for "polyguide could not do its job".
const EXIT_FAILURE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
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
    let ws = if !cli.l10n_toml.is_empty() {
        Workspace::from_l10n_toml(&cli.l10n_toml)
    } else {
        match &cli.workspace {
            Some(dir) => Workspace::open(dir),
            None => Workspace::discover(&std::env::current_dir().map_err(|e| e.to_string())?),
        }
    }
    .map_err(|e| e.to_string())?;

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
                &ws,
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
        Command::Status { locales, format } => {
            // Only the summaries are needed: stream, so memory stays flat on big projects.
            let mut summaries = Vec::new();
            lint::run_streaming(
                &ws,
                &lint::LintOptions { locales },
                &|_| String::new(),
                &mut |batch, _| summaries.extend(batch.summary),
            )
            .map_err(|e| e.to_string())?;
            print(&report::status::render(&summaries, format))?;
            Ok(0)
        }
        Command::Stale { locale, format } => {
            let locales: Vec<String> = locale.into_iter().collect();
            let outcome =
                lint::run(&ws, &lint::LintOptions { locales }).map_err(|e| e.to_string())?;
            let color = format == StaleFormat::Human && colors_enabled();
            print(&report::stale::render(&outcome.stale, format, color))?;
            Ok(0)
        }
        Command::Accept {
            args,
            all,
            editorial,
        } => accept(&ws, args, all, editorial),
        Command::Extract { out } => extract(&ws, out),
        Command::Export { out, locales } => {
            let out = out.unwrap_or_else(|| ws.root.join(&ws.config.export_out_dir));
            let report = polyguide::export::export(
                &ws,
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
            let mut s = format!("exported {} files to {shown}\n", report.written.len());
            for (locale, why) in &report.skipped {
                s.push_str(&format!("skipped {locale}: {why}\n"));
            }
            print(&s)?;
            Ok(0)
        }
        Command::Explain { .. } => unreachable!("handled above"),
    }
}

fn extract(ws: &Workspace, out: Option<PathBuf>) -> Result<u8, String> {
    let loaded = lint::load(ws);
    let out_dir = out.unwrap_or_else(|| ws.locales_dir().join(&ws.config.source_locale));
    std::fs::create_dir_all(&out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let mut lines = String::new();
    let mut failed = false;
    let problems: Vec<_> = loaded
        .content
        .diagnostics
        .iter()
        .chain(
            loaded
                .catalog
                .diagnostics
                .iter()
                .filter(|d| d.rule != "outdated-template"),
        )
        .collect();
    for d in &problems {
        lines.push_str(&format!(
            "{}:{}:{}: {}[{}]: {}\n",
            d.path, d.line, d.column, d.severity, d.rule, d.message
        ));
        failed |= d.severity == Severity::Error;
    }
    for file in loaded.catalog.files.iter().filter(|f| f.is_guide) {
        if !file.complete {
            lines.push_str(&format!(
                "skipped {}: fix the errors in {} first\n",
                file.rel, file.path
            ));
            continue;
        }
        let path = out_dir.join(&file.rel);
        polyguide::fsio::write_atomic(&path, file.text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        let shown = path.strip_prefix(&ws.root).unwrap_or(&path);
        lines.push_str(&format!(
            "wrote {} ({} messages)\n",
            shown.display(),
            file.items.len()
        ));
    }
    for guide in &loaded.content.broken {
        lines.push_str(&format!("skipped {guide}.ftl: its guide does not load\n"));
        failed = true;
    }
    print(&lines)?;
    Ok(u8::from(failed))
}

fn accept(ws: &Workspace, args: Vec<String>, all: bool, editorial: bool) -> Result<u8, String> {
    use polyguide::accept::{self, Selection};
    if editorial {
        if args.is_empty() {
            return Err("accept --editorial needs at least one message id".into());
        }
        let reports = accept::accept_editorial(ws, &args).map_err(|e| e.to_string())?;
        let mut s = String::new();
        for r in reports {
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
        (false, true) => return Err(format!("name the messages to accept (`polyguide accept {locale} ID…`), or accept everything translated with --all")),
        (false, false) => Selection::Ids(ids),
    };
    let report = accept::accept(ws, &locale, &selection).map_err(|e| e.to_string())?;
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
    print(&s)?;
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
