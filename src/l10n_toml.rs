//! Mozilla compare-locales `l10n.toml` project configurations, with the semantics of
//! compare-locales 9.0.5 (`compare_locales/paths/`; see `benches/compare-locales/NOTES.md` §3).
//!
//! A [`Project`] is one or more config files given together (like the config arguments of
//! `compare-locales`), with what compare-locales takes on its command line besides them
//! ([`LoadOptions`]: the l10n base directory, `-D` variables, `ignore_missing_includes`). All
//! paths the API takes and returns are relative to [`Project::root`] and use `/`. The root is
//! the first config's basepath, or, when patterns lead elsewhere (translations in
//! `{l10n_base}/{locale}/` beside the source repository), the deepest directory holding it
//! and everything the patterns name.
//!
//! What is supported (every key compare-locales reads):
//!
//! - `basepath` (relative to the directory of the toml file that declares it), `[env]`
//!   variables (overridden by [`LoadOptions::vars`], like `-D name=value`; `{l10n_base}` is
//!   [`LoadOptions::l10n_base`] unless a `-D` sets it), top-level `locales`, `[[paths]]`
//!   (`l10n`, `reference`, `locales`), `[[filters]]` (`path`, `key`, `action`),
//!   `[[includes]]` and `[[excludes]]`. `[[paths]]`' `test` (extra checks for Android and
//!   DTD files) and `[build]` (build-system locale lists) are accepted and have no effect, as
//!   in compare-locales for Fluent files; unknown keys are ignored, as there.
//! - Patterns: `{name}` variables (`{locale}` and `{android_locale}` are bound at query time;
//!   an unset variable matches one or more characters, `/` included, and later occurrences of
//!   the same name must repeat the first one), `*` (any characters but `/`), `**` as a whole
//!   segment (zero or more directories). A pattern matches a whole root-relative path. A
//!   reference path maps to its l10n path by substituting the wildcard captures in order.
//!   `{android_locale}` is the locale as an Android resource qualifier ([`android_code`]).
//! - Where patterns may lead: into the basepath of any config loaded (Thunderbird's
//!   `mozilla = ".."` reaches mozilla-central's `toolkit/` through an included config whose
//!   basepath is there), the l10n base, or an absolute `-D` value naming a directory. A
//!   pattern that escapes all of them is [`L10nError::Escapes`], naming them.
//! - Files of a locale: the configs whose locales (top-level and per-path, of the whole
//!   include tree) contain the locale take part. An included config whose top-level
//!   `locales` lacks the locale contributes nothing, and a `[[paths]]` entry with its own
//!   `locales` only applies to those. When several entries match, the last-declared wins.
//!   [`Project::enable_full`] is compare-locales' `--full` (sub-projects compared for every
//!   locale), plus the locales found on disk.
//! - `[[excludes]]`: for the locales that an excluded config covers, the files that its
//!   `l10n` or `reference` patterns match are dropped. Like compare-locales, an exclude is
//!   *dropped* (has no effect on the file lists) when the excluded config is itself part of
//!   the project for that locale (given as an entry point or included by one). With
//!   `l10n-pontoon.toml` and `l10n-vendor.toml` loaded together, pontoon's exclude of
//!   `configs/vendor.toml` is therefore inactive. Filters ([`Project::action`]) still apply
//!   excludes without dropping them, as compare-locales' observers do. The combined action is
//!   the same, because the excluded config reports the file itself.
//! - [`Project::action`] follows `ProjectConfig.filter`: per entry config, excluded files
//!   are ignored, then the children are asked (error wins at once), then the config's own
//!   rules are tried if one of its own active `l10n` patterns matches the file. Rules are
//!   tried last to first, and a rule with `key` applies only to entity queries. Across entry
//!   configs, error beats warning, and warning beats ignore. compare-locales gates a file's
//!   statistics with an entity query for the key `""`. `action(locale, path, Some(""))`
//!   does the same.
//! - The walk starts at the literal directory before the first wildcard of each pattern,
//!   never follows directory symlinks below that, skips non-UTF-8 names, and caches
//!   directory listings within one call.
//!
//! Where this deliberately differs from compare-locales 9.0.5:
//!
//! - Errors instead of crashes, loops or silence: include cycles (compare-locales recurses
//!   forever), a `[[paths]]` entry without `l10n`, a TOML syntax error (compare-locales
//!   says "config file not found", and skips the file with `ignore_missing_includes`), an
//!   `action` other than error/warning/ignore, an `l10n` pattern with more wildcards (or
//!   other unset variables) than its `reference`, a pattern starting with an unset variable,
//!   a pattern leading outside every directory given, and `..` after a wildcard or variable
//!   (compare-locales walks below the wildcard, never meets a `..`, and so matches nothing).
//! - For a wildcard inside a segment (`en/page*.ftl`), compare-locales walks from the
//!   literal prefix `en/page` as if it were a directory, and finds nothing. We walk `en/`.
//! - [`Project::action`] also applies the top-level `locales` of included configs.
//!   compare-locales' filter only looks at per-path lists, but its file iteration never asks
//!   about such files.
//! - A reference matched by several entries with *different* mappings: compare-locales
//!   compares it under each of them. [`Project::l10n_path`] returns the last-declared one,
//!   and [`Project::l10n_paths`] returns all of them. Two active entries with the same
//!   `l10n` pattern but different reference prefixes make compare-locales raise an error.
//!   We keep the last-declared one.
//! - [`Project::locales`] leaves out locales that only occur in per-path lists of configs
//!   that have top-level `locales` (compare-locales' `all_locales` has them, and finds no
//!   files for them).
//!
//! Checked against compare-locales 9.0.5 itself (`ProjectFiles` and `ProjectConfig.filter`)
//! on www-l10n (every locale, both entry points together and each alone) and on a fixture
//! with filters, includes, an active exclude and variables. The file lists, the mappings
//! and the actions were identical. `tests/l10n-corpus/` is compared with compare-locales
//! counts in the CI interop step.
//!
//! Not supported: legacy `l10n.ini` configs and `filter.py` ([`L10nError::LegacyIni`]; no
//! current Mozilla project has them). `re:` filter keys use `regex-lite` syntax (no
//! look-around or backreferences, an error naming the key; `\d`, `\w` are ASCII), anchored
//! at the start like Python's `re.match`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

/// A compare-locales project: one or more l10n.toml files given together.
#[derive(Debug)]
pub struct Project {
    root: PathBuf,
    /// Every config loaded (entry points, includes and excludes), referred to by index.
    configs: Vec<Config>,
    /// The configs given to [`Project::load`], in order.
    entries: Vec<usize>,
    /// Includes and excludes skipped because their file does not exist
    /// ([`LoadOptions::ignore_missing_includes`]).
    skipped_includes: Vec<SkippedInclude>,
}

/// What compare-locales takes on its command line besides the config files.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// Variables, like compare-locales' `-D name=value`: they override `[env]`, and
    /// `l10n_base` here overrides [`LoadOptions::l10n_base`]. An absolute value naming a
    /// directory is also a place patterns may lead into.
    pub vars: BTreeMap<String, String>,
    /// compare-locales' `l10n-base-dir` argument: `{l10n_base}` is this directory, made
    /// absolute against the working directory, and patterns may lead into it.
    pub l10n_base: Option<PathBuf>,
    /// An `[[includes]]` or `[[excludes]]` config that does not exist is skipped and recorded
    /// ([`Project::skipped_includes`]) instead of being an error (compare-locales'
    /// `ignore_missing_includes`). A config that exists but does not parse is still an error.
    pub ignore_missing_includes: bool,
}

/// An `[[includes]]` / `[[excludes]]` entry whose config file does not exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkippedInclude {
    /// The config that names it.
    pub config: PathBuf,
    /// `includes[0].path` or `excludes[0].path`.
    pub key: String,
    /// The file it names, absolute.
    pub target: PathBuf,
}

/// Why a project could not be loaded. Each message names the config file and, where it
/// applies, the key in it (`paths[3].l10n` counts `[[paths]]` entries from 0).
#[derive(Debug, thiserror::Error)]
pub enum L10nError {
    /// [`Project::load`] was given no config file.
    #[error("no l10n.toml config file given")]
    NoConfig,
    /// A config given to [`Project::load`] cannot be read.
    #[error("{}: cannot read config: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// A config named by `[[includes]]` or `[[excludes]]` cannot be read.
    #[error("{}: `{key}`: cannot read config {}: {source}", path.display(), target.display())]
    ReadIncluded {
        path: PathBuf,
        key: String,
        target: PathBuf,
        #[source]
        source: io::Error,
    },
    /// The file is not valid TOML.
    #[error("{}:{line}:{column}: invalid TOML: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// A key is missing, has the wrong type or an invalid value.
    #[error("{}: `{key}`: {message}", path.display())]
    Invalid {
        path: PathBuf,
        key: String,
        message: String,
    },
    /// A pattern leads outside every directory the project was pointed at: the basepaths of
    /// its configs, the l10n base, absolute `-D` values.
    /// The message says where the pattern leads, the directories it may lead into, and
    /// what to do.
    #[error("{}: `{key}`: {message}", path.display())]
    Escapes {
        path: PathBuf,
        key: String,
        message: String,
    },
    /// A legacy `l10n.ini` config (compare-locales reads those for old Mozilla branches).
    #[error(
        "{}: legacy l10n.ini configs are not supported: Mozilla's repositories replaced them with l10n.toml (compare-locales keeps reading them for old branches); pass the l10n.toml of the project",
        path.display()
    )]
    LegacyIni { path: PathBuf },
    /// `[[includes]]` / `[[excludes]]` lead back to a config that is being loaded.
    #[error("{}: `{key}`: include cycle: {chain}", path.display())]
    IncludeCycle {
        path: PathBuf,
        key: String,
        chain: String,
    },
    /// A compare-locales feature this module does not implement.
    #[error("{}: `{key}`: unsupported: {message}", path.display())]
    Unsupported {
        path: PathBuf,
        key: String,
        message: String,
    },
}

/// What a `[[filters]]` rule (or the default) says about a file or an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Error,
    Warning,
    Ignore,
}

impl Action {
    /// The spelling in `l10n.toml` and in compare-locales' output.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Error => "error",
            Action::Warning => "warning",
            Action::Ignore => "ignore",
        }
    }
}

impl Project {
    /// Loads the configs (each may `[[includes]]` / `[[excludes]]` others). `vars` are extra
    /// variables like compare-locales' `-D name=value` (override [env]).
    pub fn load(
        configs: &[PathBuf],
        vars: &BTreeMap<String, String>,
    ) -> Result<Project, L10nError> {
        let options = LoadOptions {
            vars: vars.clone(),
            ..LoadOptions::default()
        };
        Project::load_with(configs, &options)
    }

    /// Loads the configs with compare-locales' command-line settings.
    ///
    /// Every pattern must lead into a directory the project was pointed at: the basepath of
    /// one of its configs, the l10n base, or an absolute `-D` value naming a directory. The
    /// root ([`Project::root`]) is the deepest directory holding the first config's basepath
    /// and every pattern's literal directory: the basepath itself unless some pattern leads
    /// elsewhere (`{l10n_base}/{locale}/` beside the source repository).
    pub fn load_with(configs: &[PathBuf], options: &LoadOptions) -> Result<Project, L10nError> {
        let cwd_abs = |p: &Path, file: &Path| {
            absolute(p).map_err(|source| L10nError::Read {
                path: file.to_path_buf(),
                source,
            })
        };
        let first = configs.first().ok_or(L10nError::NoConfig)?;
        let mut vars = BTreeMap::new();
        // (directory, what it is, the config whose basepath it is)
        let mut places: Vec<Place> = Vec::new();
        if let Some(base) = &options.l10n_base {
            let base = cwd_abs(base, first)?;
            vars.insert("l10n_base".to_string(), path_text(&base));
            places.push((base, "the l10n base".to_string(), None));
        }
        for (name, value) in &options.vars {
            vars.insert(name.clone(), value.clone());
            let path = Path::new(value);
            if path.is_absolute() && path.is_dir() {
                let what = if name == "l10n_base" {
                    "the l10n base".to_string()
                } else {
                    format!("`-D {name}`")
                };
                places.push((normalize(path), what, None));
            }
        }
        let mut loader = Loader {
            vars: &vars,
            ignore_missing_includes: options.ignore_missing_includes,
            first_root: None,
            bases: Vec::new(),
            sites: Vec::new(),
            configs: Vec::new(),
            stack: Vec::new(),
            skipped: Vec::new(),
        };
        let mut entries = Vec::new();
        for file in configs {
            let abs = cwd_abs(file, file)?;
            if abs.extension().is_some_and(|e| e == "ini") {
                return Err(L10nError::LegacyIni { path: abs });
            }
            entries.push(loader.load(abs, None)?);
        }
        let first_root = loader.first_root.clone().ok_or(L10nError::NoConfig)?;
        places.extend(loader.bases.iter().map(|(dir, config)| {
            let what = format!("the basepath of {}", config.display());
            (dir.clone(), what, Some(config.clone()))
        }));
        let root = loader.check_sites(&first_root, &places, options.l10n_base.is_some())?;
        let prefix = match root.as_str() {
            "" => String::new(),
            r => format!("{r}/"),
        };
        let mut configs = loader.configs;
        for config in &mut configs {
            for entry in &mut config.paths {
                entry.l10n.rebase(&prefix);
                if let Some(r) = &mut entry.reference {
                    r.rebase(&prefix);
                }
            }
            for rule in &mut config.rules {
                rule.path.rebase(&prefix);
            }
        }
        // Number the same files alike, and identical `l10n` patterns alike, so that views
        // compare numbers.
        let mut files: HashMap<PathBuf, usize> = HashMap::new();
        let mut seen: HashMap<Vec<Tok>, usize> = HashMap::new();
        for config in &mut configs {
            let next = files.len();
            config.same = *files.entry(config.id.clone()).or_insert(next);
            for entry in &mut config.paths {
                let next = seen.len();
                entry.l10n_id = *seen.entry(entry.l10n.toks.clone()).or_insert(next);
            }
        }
        Ok(Project {
            root: PathBuf::from(format!("/{root}")),
            configs,
            entries,
            skipped_includes: loader.skipped,
        })
    }

    /// The includes and excludes that were skipped because their file does not exist (only
    /// with [`LoadOptions::ignore_missing_includes`]).
    pub fn skipped_includes(&self) -> &[SkippedInclude] {
        &self.skipped_includes
    }

    /// The absolute root directory; all paths below are relative to it, with `/`.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Every config file loaded (entry points, includes and excludes), absolute, in load
    /// order (includes before the config that includes them), each file once.
    pub fn config_files(&self) -> Vec<&Path> {
        let mut out: Vec<&Config> = Vec::new();
        for c in &self.configs {
            if !out.iter().any(|o| o.same == c.same) {
                out.push(c);
            }
        }
        out.into_iter().map(|c| c.file.as_path()).collect()
    }

    /// True if some config of the project declares `[[filters]]`. Without filters,
    /// [`Project::action`] does not depend on `key`, so a caller may ask once per file.
    pub fn has_filters(&self) -> bool {
        self.configs.iter().any(|c| !c.rules.is_empty())
    }

    /// Every locale of the project, sorted and deduplicated: the union of the top-level
    /// `locales` of all configs and their includes. A config without top-level `locales`
    /// contributes its per-path `locales` lists instead, because those are the locales its
    /// paths can apply to. Per-path lists of a config *with* top-level `locales` only narrow
    /// it, so their extra locales are left out. compare-locales runs them too when no locale
    /// is given, but finds no files for them.
    pub fn locales(&self) -> Vec<String> {
        let mut out = BTreeSet::new();
        for c in self.project_configs() {
            let c = &self.configs[c];
            match &c.locales {
                Some(list) => out.extend(list.iter().cloned()),
                None => {
                    for p in &c.paths {
                        out.extend(p.locales.iter().flatten().cloned());
                    }
                }
            }
        }
        out.into_iter().collect()
    }

    /// The reference (source) locale, inferred from the `[[paths]]` entries: for each entry,
    /// the segment of `reference` where `l10n` has `{locale}` (aligning what follows
    /// `{locale}` with the end of `reference`: `en` for `en/firefox/new/**/*.ftl` and
    /// `{locale}/firefox/new/**/*.ftl`). Otherwise it is the last directory segment of
    /// `reference` that looks like a locale id and is not a segment of `l10n` (`en-US` for
    /// `browser/locales/en-US/browser/**` and `{l10n_base}/{locale}/browser/**`). The most
    /// frequent candidate wins, and the first one seen wins a tie. With no candidate, the
    /// result is "en-US". "Looks like a locale id" means a 2–3 letter lowercase language,
    /// then `-` subtags.
    pub fn reference_locale(&self) -> String {
        let mut votes: Vec<(String, usize)> = Vec::new();
        for c in self.project_configs() {
            for p in &self.configs[c].paths {
                let Some(reference) = &p.reference else {
                    continue;
                };
                let Some(candidate) = locale_candidate(&reference.text, &p.l10n.text) else {
                    continue;
                };
                match votes.iter_mut().find(|(l, _)| *l == candidate) {
                    Some((_, n)) => *n += 1,
                    None => votes.push((candidate, 1)),
                }
            }
        }
        let mut best: Option<(String, usize)> = None;
        for (l, n) in votes {
            if best.as_ref().is_none_or(|(_, b)| n > *b) {
                best = Some((l, n));
            }
        }
        best.map_or_else(|| "en-US".to_string(), |(l, _)| l)
    }

    /// Every existing reference file (root-relative, `/`), sorted, that some `[[paths]]` entry's
    /// `reference` pattern matches (only .ftl files). Like compare-locales' reference
    /// validation, this looks at every entry of every config, whatever its locales, and
    /// ignores excludes.
    pub fn reference_files(&self) -> Vec<String> {
        let mut walker = Walker::new(&self.root);
        let mut out = BTreeSet::new();
        for c in self.project_configs() {
            for p in &self.configs[c].paths {
                let Some(reference) = &p.reference else {
                    continue;
                };
                walker.candidates(reference, "", &mut |path| {
                    if path.ends_with(".ftl") && reference.matches(path, "") {
                        out.insert(path.to_string());
                    }
                });
            }
        }
        out.into_iter().collect()
    }

    /// The l10n path (root-relative) of a reference file for `locale`, using the LAST-declared
    /// active `[[paths]]` entry whose reference matches; None if no active entry covers this
    /// reference for this locale (locale not in the config's locales, or not in the entry's
    /// own `locales`, or removed by an exclude). Only patterns are consulted, not the disk.
    pub fn l10n_path(&self, reference: &str, locale: &str) -> Option<String> {
        let mut first = None;
        self.map_reference(reference, locale, &mut |l10n| {
            first = Some(l10n);
            false
        });
        first
    }

    /// [`Project::l10n_path`] of each reference file, with the project's view of `locale`
    /// computed once.
    pub fn l10n_path_each(&self, references: &[&str], locale: &str) -> Vec<Option<String>> {
        let view = self.view(locale);
        references
            .iter()
            .map(|reference| {
                let mut first = None;
                self.map_in_view(&view, reference, locale, &mut |l10n| {
                    first = Some(l10n);
                    false
                });
                first
            })
            .collect()
    }

    /// Every l10n path that active `[[paths]]` entries map a reference file to for `locale`,
    /// last-declared entry first, without duplicates. compare-locales compares a reference
    /// against each of them. There is more than one only when entries with *different*
    /// mappings match the same reference. The first one is [`Project::l10n_path`].
    pub fn l10n_paths(&self, reference: &str, locale: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        self.map_reference(reference, locale, &mut |l10n| {
            if !out.contains(&l10n) {
                out.push(l10n);
            }
            true
        });
        out
    }

    /// Every EXISTING `.ftl` file under root that matches an active `l10n` pattern for
    /// `locale` (root-relative, sorted). Files matching no pattern are ignored silently, like
    /// compare-locales. Only Fluent files, as for [`Self::reference_files`]: a `**` pattern
    /// also reaches `polyguide.stamps` and notes, which are not translations.
    pub fn l10n_files(&self, locale: &str) -> Vec<String> {
        let view = self.view(locale);
        let mut walker = Walker::new(&self.root);
        let mut out = BTreeSet::new();
        for entry in &view.paths {
            walker.candidates(&entry.l10n, locale, &mut |path| {
                if path.ends_with(".ftl")
                    && !out.contains(path)
                    && entry.l10n.matches(path, locale)
                    && !view.excluded(path, locale)
                {
                    out.insert(path.to_string());
                }
            });
        }
        out.into_iter().collect()
    }

    /// compare-locales' `--full`: every config of each entry point's tree (includes too)
    /// takes the locales `only`, or, when `None`, the locales of the entry point's tree plus
    /// the locales found on disk ([`Project::locales_on_disk`]). A sub-project whose own
    /// `locales` leave a locale out is then compared for it too; per-path `locales` still
    /// narrow their entry.
    pub fn enable_full(&mut self, only: Option<&[String]>) {
        let on_disk = match only {
            Some(_) => Vec::new(),
            None => self.locales_on_disk(),
        };
        for e in self.entries.clone() {
            let list: BTreeSet<String> = match only {
                Some(locales) => locales.iter().cloned().collect(),
                None => self.configs[e]
                    .all_locales
                    .iter()
                    .chain(&on_disk)
                    .cloned()
                    .collect(),
            };
            self.set_locales_deep(e, &list);
        }
        // Includes and excludes are loaded before the config that names them.
        for c in 0..self.configs.len() {
            self.configs[c].all_locales = all_locales_of(&self.configs, c);
        }
    }

    /// The locales that have translation files on disk: the directories named like a locale
    /// (`de`, `pt-BR`, `ja-JP-mac`) where an `l10n` pattern of the project puts `{locale}`
    /// (`{l10n_base}/{locale}/…`, `{locale}/…`), and in which some `l10n` pattern of the
    /// project, whatever its `locales`, matches a file. The reference locale is left out.
    /// Sorted.
    pub fn locales_on_disk(&self) -> Vec<String> {
        let reference = self.reference_locale();
        let configs = self.project_configs();
        let mut dirs = BTreeSet::new();
        for &c in &configs {
            for p in &self.configs[c].paths {
                if let Some(dir) = p.l10n.locale_parent() {
                    dirs.insert(dir.to_string());
                }
            }
        }
        let mut walker = Walker::new(&self.root);
        let mut out = BTreeSet::new();
        for dir in &dirs {
            for e in walker.list(dir).iter() {
                if e.dir
                    && looks_like_locale(&e.name)
                    && e.name != reference
                    && !out.contains(&e.name)
                    && self.has_l10n_file(&mut walker, &configs, &e.name)
                {
                    out.insert(e.name.clone());
                }
            }
        }
        out.into_iter().collect()
    }

    /// The directory (root-relative) that holds the translations of `locale`: where the
    /// first `l10n` pattern that has `{locale}` as a whole segment puts it (`l10n/de` for
    /// `{l10n_base}/{locale}/…`). `None` when no pattern has one.
    pub fn locale_dir(&self, locale: &str) -> Option<String> {
        self.project_configs().into_iter().find_map(|c| {
            self.configs[c].paths.iter().find_map(|p| {
                p.l10n.locale_parent().map(|dir| match dir {
                    "" => locale.to_string(),
                    dir => format!("{dir}/{locale}"),
                })
            })
        })
    }

    /// The `[[filters]]` action for a file (`key` None) or an entity (`key` Some(id)) of
    /// `locale`, by compare-locales' rules: rules tried last to first, first whose path (and
    /// key-ness/key) matches wins; a rule with `key` only applies to entity queries, one
    /// without only to file queries; default Error for files matching an active l10n pattern;
    /// across configs error beats warning beats ignore. A file that no active `l10n` pattern
    /// matches, or a locale outside the project, gets Ignore.
    pub fn action(&self, locale: &str, l10n_path: &str, key: Option<&str>) -> Action {
        let mut best = None;
        for &e in &self.entries {
            if self.configs[e].all_locales.contains(locale) {
                best = stronger(best, self.filter(e, locale, l10n_path, key));
            }
        }
        best.unwrap_or(Action::Ignore)
    }
}

// ---------------------------------------------------------------------------------------
// Project internals

/// One parsed config file.
#[derive(Debug)]
struct Config {
    /// The absolute, lexically normalised path it was read from.
    file: PathBuf,
    /// Its identity: the canonical path (symlinks resolved) when available.
    id: PathBuf,
    /// Equal for configs with the same `id`.
    same: usize,
    /// Top-level `locales`.
    locales: Option<BTreeSet<String>>,
    paths: Vec<PathEntry>,
    /// `[[filters]]`, one rule per path × key, in declaration order.
    rules: Vec<Rule>,
    children: Vec<usize>,
    excludes: Vec<usize>,
    /// compare-locales' `all_locales`: top-level and per-path locales of this config and of
    /// its includes, recursively.
    all_locales: BTreeSet<String>,
}

impl Config {
    fn active(&self, locale: &str) -> bool {
        self.locales.as_ref().is_none_or(|l| l.contains(locale))
    }
}

/// One `[[paths]]` entry.
#[derive(Debug)]
struct PathEntry {
    l10n: Pattern,
    reference: Option<Pattern>,
    locales: Option<BTreeSet<String>>,
    /// Equal for entries with identical `l10n` patterns.
    l10n_id: usize,
}

impl PathEntry {
    fn active(&self, locale: &str) -> bool {
        self.locales.as_ref().is_none_or(|l| l.contains(locale))
    }
}

/// One `[[filters]]` rule for one path and at most one key.
#[derive(Debug)]
struct Rule {
    path: Pattern,
    key: Option<KeyMatcher>,
    action: Action,
}

#[derive(Debug)]
enum KeyMatcher {
    /// A plain key: the whole id (`re.escape(key) + "$"` with `re.match`).
    Exact(String),
    /// `re:REGEX`, compiled as `^(?:REGEX)` (anchored at the start only, like `re.match`).
    Regex(regex_lite::Regex),
}

impl KeyMatcher {
    fn matches(&self, key: &str) -> bool {
        match self {
            KeyMatcher::Exact(k) => k == key,
            KeyMatcher::Regex(r) => r.is_match(key),
        }
    }
}

/// The entries that apply to one locale (compare-locales' `ProjectFiles`).
struct View<'a> {
    /// Active `[[paths]]` entries, last-declared first, identical `l10n` patterns merged.
    paths: Vec<&'a PathEntry>,
    /// Active entries of the excludes that are in effect for this locale.
    excludes: Vec<&'a PathEntry>,
}

impl View<'_> {
    fn excluded(&self, path: &str, locale: &str) -> bool {
        self.excludes.iter().any(|e| {
            e.l10n.matches(path, locale)
                || e.reference.as_ref().is_some_and(|r| r.matches(path, ""))
        })
    }
}

/// compare-locales' `all_locales` of config `c`: its top-level and per-path locales and
/// those of its includes (which are loaded, so numbered, before it).
fn all_locales_of(configs: &[Config], c: usize) -> BTreeSet<String> {
    let config = &configs[c];
    let mut out: BTreeSet<String> = config.locales.iter().flatten().cloned().collect();
    for p in &config.paths {
        out.extend(p.locales.iter().flatten().cloned());
    }
    for &child in &config.children {
        out.extend(configs[child].all_locales.iter().cloned());
    }
    out
}

fn rank(a: Option<Action>) -> u8 {
    match a {
        None => 0,
        Some(Action::Ignore) => 1,
        Some(Action::Warning) => 2,
        Some(Action::Error) => 3,
    }
}

fn stronger(a: Option<Action>, b: Option<Action>) -> Option<Action> {
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

impl Project {
    /// The configs of the project (entry points and their includes, not excludes), in
    /// compare-locales' order (pre-order, the first occurrence of a file kept).
    fn project_configs(&self) -> Vec<usize> {
        let mut seen = Vec::new();
        for &e in &self.entries {
            self.collect_tree(e, &mut seen);
        }
        seen
    }

    fn collect_tree(&self, c: usize, seen: &mut Vec<usize>) {
        if seen
            .iter()
            .any(|&s| self.configs[s].same == self.configs[c].same)
        {
            return;
        }
        seen.push(c);
        for &child in &self.configs[c].children {
            self.collect_tree(child, seen);
        }
    }

    /// Calls `f` with the l10n path of `reference` for each active entry that maps it,
    /// last-declared first, until `f` returns false. Excluded paths are skipped.
    fn map_reference(&self, reference: &str, locale: &str, f: &mut dyn FnMut(String) -> bool) {
        self.map_in_view(&self.view(locale), reference, locale, f)
    }

    fn map_in_view(
        &self,
        view: &View,
        reference: &str,
        locale: &str,
        f: &mut dyn FnMut(String) -> bool,
    ) {
        if view.excluded(reference, locale) {
            return;
        }
        for entry in &view.paths {
            let Some(pattern) = &entry.reference else {
                continue;
            };
            let Some(caps) = pattern.captures(reference, "") else {
                continue;
            };
            let Some(l10n) = entry.l10n.expand(locale, pattern, reference, &caps) else {
                continue;
            };
            if !view.excluded(&l10n, locale) && !f(l10n) {
                return;
            }
        }
    }

    fn set_locales_deep(&mut self, c: usize, locales: &BTreeSet<String>) {
        self.configs[c].locales = Some(locales.clone());
        for child in self.configs[c].children.clone() {
            self.set_locales_deep(child, locales);
        }
    }

    /// True if an `l10n` pattern of `configs` matches an existing file for `locale`.
    fn has_l10n_file(&self, walker: &mut Walker, configs: &[usize], locale: &str) -> bool {
        let mut found = false;
        for &c in configs {
            for p in &self.configs[c].paths {
                walker.candidates(&p.l10n, locale, &mut |path| {
                    found = found || p.l10n.matches(path, locale);
                });
                if found {
                    return true;
                }
            }
        }
        false
    }

    fn active_entries<'a>(&'a self, configs: &[usize], locale: &str, out: &mut Vec<&'a PathEntry>) {
        for &c in configs {
            let config = &self.configs[c];
            if config.active(locale) {
                out.extend(config.paths.iter().filter(|p| p.active(locale)));
            }
        }
    }

    fn view(&self, locale: &str) -> View<'_> {
        let entries: Vec<usize> = self
            .entries
            .iter()
            .copied()
            .filter(|&e| self.configs[e].all_locales.contains(locale))
            .collect();
        let mut configs = Vec::new();
        for &e in &entries {
            self.collect_tree(e, &mut configs);
        }
        // Excludes of the active entry points, minus those that are part of the project.
        let mut excluded: Vec<usize> = Vec::new();
        for &e in &entries {
            for &x in &self.configs[e].excludes {
                let same = self.configs[x].same;
                let known = |list: &[usize]| list.iter().any(|&c| self.configs[c].same == same);
                if !known(&excluded) && !known(&configs) {
                    excluded.push(x);
                }
            }
        }
        let mut exclude_configs = Vec::new();
        for x in excluded {
            if self.configs[x].all_locales.contains(locale) {
                self.collect_tree(x, &mut exclude_configs);
            }
        }
        let mut paths = Vec::new();
        self.active_entries(&configs, locale, &mut paths);
        paths.reverse();
        let mut kept: Vec<&PathEntry> = Vec::with_capacity(paths.len());
        for p in paths {
            if !kept.iter().any(|k| k.l10n_id == p.l10n_id) {
                kept.push(p);
            }
        }
        let mut excludes = Vec::new();
        self.active_entries(&exclude_configs, locale, &mut excludes);
        View {
            paths: kept,
            excludes,
        }
    }

    /// compare-locales' `ProjectConfig._filter` (None: no opinion).
    fn filter(&self, c: usize, locale: &str, path: &str, key: Option<&str>) -> Option<Action> {
        let config = &self.configs[c];
        for &x in &config.excludes {
            if self.configs[x].all_locales.contains(locale)
                && self.filter(x, locale, path, None) == Some(Action::Error)
            {
                return None;
            }
        }
        let mut acc = None;
        for &child in &config.children {
            let a = self.filter(child, locale, path, key);
            if a == Some(Action::Error) {
                return a;
            }
            acc = stronger(acc, a);
        }
        if config.active(locale)
            && config
                .paths
                .iter()
                .any(|p| p.active(locale) && p.l10n.matches(path, locale))
        {
            let mut action = Action::Error;
            for rule in config.rules.iter().rev() {
                if rule.key.is_some() != key.is_some() || !rule.path.matches(path, locale) {
                    continue;
                }
                if let (Some(k), Some(q)) = (&rule.key, key) {
                    if !k.matches(q) {
                        continue;
                    }
                }
                action = rule.action;
                break;
            }
            acc = stronger(acc, Some(action));
        }
        acc
    }
}

// ---------------------------------------------------------------------------------------
// Loading

struct Loader<'a> {
    vars: &'a BTreeMap<String, String>,
    ignore_missing_includes: bool,
    /// The basepath of the first config.
    first_root: Option<PathBuf>,
    /// (basepath, config file) of every config loaded.
    bases: Vec<(PathBuf, PathBuf)>,
    /// Every pattern compiled, checked once every basepath is known.
    sites: Vec<Site>,
    configs: Vec<Config>,
    /// (identity, file) of the configs being loaded, outermost first.
    stack: Vec<(PathBuf, PathBuf)>,
    skipped: Vec<SkippedInclude>,
}

/// A directory patterns may lead into: (directory, what it is, the config whose basepath it
/// is).
type Place = (PathBuf, String, Option<PathBuf>);

/// Where a pattern was written and the directory its literal part names.
struct Site {
    file: PathBuf,
    key: String,
    src: String,
    /// The pattern's literal directory, absolute, without the leading `/`.
    anchor: String,
}

/// The file and key an error is about.
#[derive(Clone, Copy)]
struct At<'a> {
    file: &'a Path,
    key: &'a str,
}

impl<'a> At<'a> {
    fn new(file: &'a Path, key: &'a str) -> At<'a> {
        At { file, key }
    }

    fn invalid(self, message: impl Into<String>) -> L10nError {
        L10nError::Invalid {
            path: self.file.to_path_buf(),
            key: self.key.to_string(),
            message: message.into(),
        }
    }

    fn unsupported(self, message: impl Into<String>) -> L10nError {
        L10nError::Unsupported {
            path: self.file.to_path_buf(),
            key: self.key.to_string(),
            message: message.into(),
        }
    }
}

/// How `{locale}` is treated in a pattern.
#[derive(Clone, Copy, PartialEq)]
enum LocaleVar {
    /// Bound at query time (`l10n` and filter patterns).
    Bound,
    /// An ordinary variable: from `[env]`/vars, else unset (`reference` patterns).
    Plain,
}

/// Which list of other configs a config names.
#[derive(Clone, Copy)]
enum SubConfigs {
    /// `[[includes]]`: configs that are part of this one.
    Includes,
    /// `[[excludes]]`: configs whose files this one leaves out.
    Excludes,
}

impl Loader<'_> {
    /// Loads `file` (absolute, normalised) and its includes and excludes; returns its index.
    /// `from` is the including config and the key that names `file`.
    fn load(&mut self, file: PathBuf, from: Option<(&Path, &str)>) -> Result<usize, L10nError> {
        // Under the file-access policy: a FIFO, a device (`/dev/zero` behind a link) or an
        // oversized file is an error, never a hang. Containment is not checked: configs
        // legitimately include configs outside the first one's directory (Thunderbird's
        // `{mozilla}/…`), and the project root is only known once they are all loaded.
        let text = crate::fsx::read_text(&file).map_err(|source| match from {
            None => L10nError::Read {
                path: file.clone(),
                source,
            },
            Some((parent, key)) => L10nError::ReadIncluded {
                path: parent.to_path_buf(),
                key: key.to_string(),
                target: file.clone(),
                source,
            },
        })?;
        let id = fs::canonicalize(&file).unwrap_or_else(|_| file.clone());
        if let Some(pos) = self.stack.iter().position(|(s, _)| *s == id) {
            let (parent, key) = from.unwrap_or((&file, ""));
            let mut chain: Vec<String> = self.stack[pos..]
                .iter()
                .map(|(_, f)| f.display().to_string())
                .collect();
            chain.push(file.display().to_string());
            return Err(L10nError::IncludeCycle {
                path: parent.to_path_buf(),
                key: key.to_string(),
                chain: chain.join(" -> "),
            });
        }
        let table: toml::Table = toml::from_str(&text).map_err(|e| {
            let (line, column) = e.span().map_or((0, 0), |s| line_column(&text, s.start));
            L10nError::Syntax {
                path: file.clone(),
                line,
                column,
                message: e.message().trim().to_string(),
            }
        })?;
        self.stack.push((id.clone(), file.clone()));
        let result = self.load_table(&file, id, &table);
        self.stack.pop();
        result
    }

    /// Reads the table of config `file` into a [`Config`] (its includes and excludes loaded
    /// first) and returns its index. The keys are read in a fixed order (basepath, env,
    /// locales, paths, filters, includes, excludes); the first invalid one is the error.
    fn load_table(
        &mut self,
        file: &Path,
        id: PathBuf,
        table: &toml::Table,
    ) -> Result<usize, L10nError> {
        let config_root = self.basepath(file, table)?;
        let root_str = path_str(&config_root, At::new(file, "basepath"))?.to_string();
        let env = self.env(file, table)?;
        let locales = match table.get("locales") {
            None => None,
            Some(v) => Some(
                string_list(v, At::new(file, "locales"))?
                    .into_iter()
                    .collect(),
            ),
        };
        let mut paths = Vec::new();
        for (i, entry) in tables(table, "paths", file)?.into_iter().enumerate() {
            paths.push(self.path_entry(file, i, entry, &env, &root_str)?);
        }
        let mut rules = Vec::new();
        for (i, entry) in tables(table, "filters", file)?.into_iter().enumerate() {
            rules.extend(self.filter_rules(file, i, entry, &env, &root_str)?);
        }
        let children = self.sub_configs(file, table, SubConfigs::Includes, &env, &config_root)?;
        let excludes = self.sub_configs(file, table, SubConfigs::Excludes, &env, &config_root)?;

        self.configs.push(Config {
            file: file.to_path_buf(),
            id,
            same: 0,
            locales,
            paths,
            rules,
            children,
            excludes,
            all_locales: BTreeSet::new(),
        });
        let c = self.configs.len() - 1;
        self.configs[c].all_locales = all_locales_of(&self.configs, c);
        Ok(c)
    }

    /// The directory `basepath` names (relative to `file`'s directory, `.` by default),
    /// recorded as a place patterns may lead into.
    fn basepath(&mut self, file: &Path, table: &toml::Table) -> Result<PathBuf, L10nError> {
        let basepath = match table.get("basepath") {
            None => ".".to_string(),
            Some(v) => v
                .as_str()
                .ok_or_else(|| At::new(file, "basepath").invalid("expected a string"))?
                .to_string(),
        };
        let dir = file.parent().unwrap_or(Path::new("/"));
        let config_root = normalize(&dir.join(&basepath));
        if self.first_root.is_none() {
            self.first_root = Some(config_root.clone());
        }
        self.bases.push((config_root.clone(), file.to_path_buf()));
        Ok(config_root)
    }

    /// The variables of `file`'s patterns: its `[env]`, overridden by the command line's.
    fn env(&self, file: &Path, table: &toml::Table) -> Result<BTreeMap<String, String>, L10nError> {
        let mut env: BTreeMap<String, String> = BTreeMap::new();
        if let Some(v) = table.get("env") {
            let t = v
                .as_table()
                .ok_or_else(|| At::new(file, "env").invalid("expected a table"))?;
            for (name, value) in t {
                let key = format!("env.{name}");
                let value = value
                    .as_str()
                    .ok_or_else(|| At { file, key: &key }.invalid("expected a string"))?;
                env.insert(name.clone(), value.to_string());
            }
        }
        env.extend(self.vars.iter().map(|(k, v)| (k.clone(), v.clone())));
        Ok(env)
    }

    /// `[[paths]]` entry `i`: its `l10n` pattern (required), its `reference` (which must
    /// have at least the wildcards of `l10n`) and its own `locales`.
    fn path_entry(
        &mut self,
        file: &Path,
        i: usize,
        entry: &toml::Table,
        env: &BTreeMap<String, String>,
        root_str: &str,
    ) -> Result<PathEntry, L10nError> {
        let key = |k: &str| format!("paths[{i}].{k}");
        let l10n_key = key("l10n");
        let l10n_at = At::new(file, &l10n_key);
        let l10n_src = match entry.get("l10n") {
            None => {
                return Err(
                    l10n_at.invalid("missing: every [[paths]] entry needs an `l10n` pattern")
                )
            }
            Some(v) => v
                .as_str()
                .ok_or_else(|| l10n_at.invalid("expected a string"))?,
        };
        let l10n = self.pattern(l10n_src, env, root_str, LocaleVar::Bound, l10n_at)?;
        let ref_key = key("reference");
        let ref_at = At::new(file, &ref_key);
        let reference = match entry.get("reference") {
            None => None,
            Some(v) => {
                let src = v
                    .as_str()
                    .ok_or_else(|| ref_at.invalid("expected a string"))?;
                Some(self.pattern(src, env, root_str, LocaleVar::Plain, ref_at)?)
            }
        };
        if let Some(reference) = &reference {
            check_mapping(&l10n, reference, l10n_at)?;
        }
        let loc_key = key("locales");
        let locales = match entry.get("locales") {
            None => None,
            Some(v) => Some(
                string_list(v, At::new(file, &loc_key))?
                    .into_iter()
                    .collect(),
            ),
        };
        Ok(PathEntry {
            l10n,
            reference,
            locales,
            l10n_id: 0,
        })
    }

    /// `[[filters]]` entry `i` as rules: one per path pattern, or per path and key when the
    /// entry names keys.
    fn filter_rules(
        &mut self,
        file: &Path,
        i: usize,
        entry: &toml::Table,
        env: &BTreeMap<String, String>,
        root_str: &str,
    ) -> Result<Vec<Rule>, L10nError> {
        let path_key = format!("filters[{i}].path");
        let path_at = At::new(file, &path_key);
        let path_srcs = match entry.get("path") {
            None => return Err(path_at.invalid("missing: every [[filters]] entry needs a `path`")),
            Some(v) => string_or_list(v, path_at)?,
        };
        let action_key = format!("filters[{i}].action");
        let action_at = At::new(file, &action_key);
        let action = match entry.get("action").map(|v| v.as_str()) {
            None => {
                return Err(action_at.invalid("missing: every [[filters]] entry needs an `action`"))
            }
            Some(Some("error")) => Action::Error,
            Some(Some("warning")) => Action::Warning,
            Some(Some("ignore")) => Action::Ignore,
            Some(_) => {
                return Err(action_at.invalid("expected \"error\", \"warning\" or \"ignore\""))
            }
        };
        let key_key = format!("filters[{i}].key");
        let key_at = At::new(file, &key_key);
        let keys = match entry.get("key") {
            None => None,
            Some(v) => Some(string_or_list(v, key_at)?),
        };
        let mut rules = Vec::new();
        for src in &path_srcs {
            let path = self.pattern(src, env, root_str, LocaleVar::Bound, path_at)?;
            match &keys {
                None => rules.push(Rule {
                    path,
                    key: None,
                    action,
                }),
                Some(keys) => {
                    for k in keys {
                        rules.push(Rule {
                            path: path.clone(),
                            key: Some(key_matcher(k, key_at)?),
                            action,
                        });
                    }
                }
            }
        }
        Ok(rules)
    }

    /// Loads the configs `file`'s `[[includes]]` or `[[excludes]]` name (missing ones
    /// skipped when asked to) and returns their indices. Neither may declare excludes of its
    /// own.
    fn sub_configs(
        &mut self,
        file: &Path,
        table: &toml::Table,
        kind: SubConfigs,
        env: &BTreeMap<String, String>,
        config_root: &Path,
    ) -> Result<Vec<usize>, L10nError> {
        let (name, what) = match kind {
            SubConfigs::Includes => ("includes", "an included config"),
            SubConfigs::Excludes => ("excludes", "an excluded config"),
        };
        let mut loaded = Vec::new();
        for (i, entry) in tables(table, name, file)?.into_iter().enumerate() {
            let key = format!("{name}[{i}].path");
            let Some(child) = self.load_child(entry, env, config_root, file, &key)? else {
                continue;
            };
            if !self.configs[child].excludes.is_empty() {
                return Err(
                    At { file, key: &key }.invalid(format!("{what} cannot declare [[excludes]]"))
                );
            }
            loaded.push(child);
        }
        Ok(loaded)
    }

    /// Loads the config named by an `[[includes]]` / `[[excludes]]` entry: its `path` is
    /// relative to the including config's basepath and may use its variables. `None`: the
    /// file does not exist and missing includes are skipped.
    fn load_child(
        &mut self,
        entry: &toml::Table,
        env: &BTreeMap<String, String>,
        config_root: &Path,
        file: &Path,
        key: &str,
    ) -> Result<Option<usize>, L10nError> {
        let at = At { file, key };
        let src = match entry.get("path") {
            None => return Err(at.invalid("missing: the entry needs a `path`")),
            Some(v) => v.as_str().ok_or_else(|| at.invalid("expected a string"))?,
        };
        let expanded = expand_vars(src, env, LocaleVar::Plain, &mut Vec::new());
        if let Some(name) = first_var(&expanded) {
            return Err(at.invalid(format!("variable `{{{name}}}` is not set")));
        }
        if expanded.contains('*') {
            return Err(at.invalid("a config path cannot contain wildcards"));
        }
        let target = normalize(&config_root.join(&expanded));
        if self.ignore_missing_includes
            && fs::metadata(&target).is_err_and(|e| e.kind() == io::ErrorKind::NotFound)
        {
            self.skipped.push(SkippedInclude {
                config: file.to_path_buf(),
                key: key.to_string(),
                target,
            });
            return Ok(None);
        }
        self.load(target, Some((file, key))).map(Some)
    }

    /// Checks that every pattern leads into one of `places` (directory, description), and
    /// returns the root: the deepest directory holding `first_root` and every pattern's
    /// literal directory (absolute, without the leading `/`).
    fn check_sites(
        &self,
        first_root: &Path,
        places: &[Place],
        has_l10n_base: bool,
    ) -> Result<String, L10nError> {
        let place_texts: Vec<String> = places.iter().map(|(p, _, _)| rel_text(p)).collect();
        for site in &self.sites {
            if place_texts.iter().any(|p| inside(&site.anchor, p)) {
                continue;
            }
            // One line per directory; a config's own basepath is "its basepath".
            let mut allowed: Vec<(&PathBuf, &str)> = Vec::new();
            for (dir, what, config) in places {
                let what = match config {
                    Some(c) if *c == site.file => "its basepath",
                    _ => what.as_str(),
                };
                match allowed.iter_mut().find(|(d, _)| *d == dir) {
                    Some(seen) if what == "its basepath" => seen.1 = what,
                    Some(_) => {}
                    None => allowed.push((dir, what)),
                }
            }
            let allowed: Vec<String> = allowed
                .iter()
                .map(|(dir, what)| format!("{what} ({})", dir.display()))
                .collect();
            let hint = match (has_l10n_base, self.vars.is_empty()) {
                (true, _) => String::new(),
                (false, true) => "; if the translations live there, pass their directory with \
                     --l10n-base DIR (compare-locales' l10n-base-dir argument)"
                    .to_string(),
                (false, false) => "; if the translations live there, pass their directory with \
                     --l10n-base DIR (compare-locales' l10n-base-dir argument); a relative -D \
                     value is relative to the basepath, an absolute one names a directory \
                     patterns may lead into"
                    .to_string(),
            };
            return Err(L10nError::Escapes {
                path: site.file.clone(),
                key: site.key.clone(),
                message: format!(
                    "pattern `{}` leads to /{}, outside every directory given: {}{hint}",
                    site.src,
                    site.anchor,
                    allowed.join(", ")
                ),
            });
        }
        let mut root: Vec<&str> = Vec::new();
        let first = rel_text(first_root);
        root.extend(first.split('/').filter(|s| !s.is_empty()));
        for site in &self.sites {
            let common = root
                .iter()
                .zip(site.anchor.split('/'))
                .take_while(|(a, b)| *a == b)
                .count();
            root.truncate(common);
        }
        Ok(root.join("/"))
    }

    /// Compiles one pattern of a config whose basepath is `config_root`. The pattern is
    /// absolute (its text without the leading `/`) until [`Pattern::rebase`] makes it
    /// relative to the project root.
    fn pattern(
        &mut self,
        src: &str,
        env: &BTreeMap<String, String>,
        config_root: &str,
        locale: LocaleVar,
        at: At,
    ) -> Result<Pattern, L10nError> {
        let expanded = expand_vars(src, env, locale, &mut Vec::new());
        if let Some((_, name)) = parse_var(&expanded) {
            if !(is_bound(name) && locale == LocaleVar::Bound) {
                let how = if name == "l10n_base" {
                    "pass the directory of the translations with --l10n-base DIR (compare-locales' \
                     l10n-base-dir argument), or set it in [env]"
                        .to_string()
                } else {
                    format!("set it in [env] or pass -D {name}=VALUE")
                };
                return Err(at.invalid(format!(
                    "the pattern starts with the variable `{{{name}}}`, which is not set: {how}"
                )));
            }
        }
        let full = if expanded.starts_with('/') {
            expanded.clone()
        } else {
            format!("{config_root}/{expanded}")
        };
        let mut segs: Vec<&str> = Vec::new();
        for seg in full.split('/') {
            match seg {
                "" | "." => {}
                ".." => match segs.last() {
                    Some(last) if last.contains('*') || last.contains('{') => {
                        return Err(at.unsupported(format!(
                            "`..` after a wildcard or variable in `{src}`: compare-locales walks \
                             the directories below the wildcard and never meets a `..`, so the \
                             pattern matches no file; write the path without it"
                        )));
                    }
                    _ => {
                        segs.pop();
                    }
                },
                s => segs.push(s),
            }
        }
        let pattern = Pattern::parse(&segs.join("/"), locale);
        self.sites.push(Site {
            file: at.file.to_path_buf(),
            key: at.key.to_string(),
            src: src.to_string(),
            anchor: pattern.anchor().to_string(),
        });
        Ok(pattern)
    }
}

/// Checks that an `l10n` pattern can be produced from `reference` captures.
fn check_mapping(l10n: &Pattern, reference: &Pattern, at: At) -> Result<(), L10nError> {
    for tok in &l10n.toks {
        match tok {
            Tok::Star(i) | Tok::StarStar(i, _) if *i >= reference.nstars => {
                return Err(at.invalid(format!(
                    "`{}` has more wildcards than its reference `{}`",
                    l10n.text, reference.text
                )));
            }
            Tok::Var(k) if !reference.vars.contains(&l10n.vars[*k]) => {
                return Err(at.invalid(format!(
                    "variable `{{{}}}` is not set and does not occur in the reference `{}`",
                    l10n.vars[*k], reference.text
                )));
            }
            _ => {}
        }
    }
    Ok(())
}

fn key_matcher(key: &str, at: At) -> Result<KeyMatcher, L10nError> {
    match key.strip_prefix("re:") {
        None => Ok(KeyMatcher::Exact(key.to_string())),
        Some(re) => regex_lite::Regex::new(&format!("^(?:{re})"))
            .map(KeyMatcher::Regex)
            .map_err(|e| at.invalid(format!("invalid regular expression `{re}`: {e}"))),
    }
}

/// The `[[name]]` array of tables (empty when absent).
fn tables<'t>(
    table: &'t toml::Table,
    name: &'static str,
    file: &Path,
) -> Result<Vec<&'t toml::Table>, L10nError> {
    let at = At { file, key: name };
    match table.get(name) {
        None => Ok(Vec::new()),
        Some(toml::Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_table()
                    .ok_or_else(|| at.invalid(format!("expected an array of tables ([[{name}]])")))
            })
            .collect(),
        Some(_) => Err(at.invalid(format!("expected an array of tables ([[{name}]])"))),
    }
}

fn string_list(value: &toml::Value, at: At) -> Result<Vec<String>, L10nError> {
    let items = value
        .as_array()
        .ok_or_else(|| at.invalid("expected an array of strings"))?;
    items
        .iter()
        .map(|v| {
            v.as_str()
                .map(str::to_string)
                .ok_or_else(|| at.invalid("expected an array of strings"))
        })
        .collect()
}

fn string_or_list(value: &toml::Value, at: At) -> Result<Vec<String>, L10nError> {
    match value.as_str() {
        Some(s) => Ok(vec![s.to_string()]),
        None => string_list(value, at)
            .map_err(|_| at.invalid("expected a string or an array of strings")),
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

fn path_str<'p>(path: &'p Path, at: At) -> Result<&'p str, L10nError> {
    path.to_str()
        .ok_or_else(|| at.unsupported(format!("non-UTF-8 path {}", path.display())))
}

/// `path` as text, for a variable's value.
fn path_text(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// An absolute, normalised `path` as text without the leading `/` (how patterns are kept
/// before [`Pattern::rebase`]).
fn rel_text(path: &Path) -> String {
    path_text(path).trim_start_matches('/').to_string()
}

/// True if directory `dir` is `place` or below it (both as [`rel_text`]).
fn inside(dir: &str, place: &str) -> bool {
    place.is_empty()
        || dir == place
        || dir
            .strip_prefix(place)
            .is_some_and(|rest| rest.starts_with('/'))
}

/// Variables bound to the queried locale in `l10n` and filter patterns.
fn is_bound(name: &str) -> bool {
    name == "locale" || name == "android_locale"
}

/// The Android resource qualifier of a locale, as compare-locales' `{android_locale}` writes
/// it: the legacy codes `iw`, `in`, `ji` for he, id, yi; `ab-rCD` for a language and a
/// region; `b+sr+Latn` for other tags with subtags.
pub fn android_code(locale: &str) -> String {
    // compare-locales substitutes `(he|id|yi)(?=\Z|-)` anywhere in the tag, not only in the
    // language subtag; the same is done here so that paths agree.
    let mut code = String::with_capacity(locale.len() + 2);
    let mut rest = locale;
    while !rest.is_empty() {
        let legacy =
            [("he", "iw"), ("id", "in"), ("yi", "ji")]
                .into_iter()
                .find(|(standard, _)| {
                    rest.strip_prefix(standard)
                        .is_some_and(|after| after.is_empty() || after.starts_with('-'))
                });
        match legacy {
            Some((standard, old)) => {
                code.push_str(old);
                rest = &rest[standard.len()..];
            }
            None => {
                let ch = rest.chars().next().unwrap_or('-');
                code.push(ch);
                rest = &rest[ch.len_utf8()..];
            }
        }
    }
    let parts: Vec<&str> = code.split('-').collect();
    let language = parts[0];
    let region_first = parts
        .get(1)
        .is_some_and(|r| r.len() >= 2 && r.as_bytes()[..2].iter().all(u8::is_ascii_uppercase));
    if (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && region_first
    {
        // `re.match(r"[a-z]{2,3}-[A-Z]{2}")` then `"{}-r{}".format(*split("-"))`: the first two
        // parts only, so `ja-JP-mac` is `ja-rJP`.
        let region = parts[1];
        format!("{language}-r{region}")
    } else if parts.len() > 1 {
        format!("b+{}", code.replace('-', "+"))
    } else {
        code
    }
}

/// `path` made absolute (against the current directory) and lexically normalised.
fn absolute(path: &Path) -> io::Result<PathBuf> {
    if path.is_absolute() {
        Ok(normalize(path))
    } else {
        Ok(normalize(&std::env::current_dir()?.join(path)))
    }
}

/// Lexical normalisation like Python's `os.path.normpath` (`.` dropped, `..` pops).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            c => out.push(c.as_os_str()),
        }
    }
    out
}

/// Replaces the `{name}` variables that `env` sets by their (recursively expanded) values.
/// Unset variables (and `{locale}` when it is bound later) stay, written `{name}`. A
/// variable is not expanded inside its own value (compare-locales' `_no_cycle`).
fn expand_vars(
    text: &str,
    env: &BTreeMap<String, String>,
    locale: LocaleVar,
    hidden: &mut Vec<String>,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(off) = text[i..].find('{') {
        let start = i + off;
        out.push_str(&text[i..start]);
        match parse_var(&text[start..]) {
            Some((len, name)) => {
                let bound = locale == LocaleVar::Bound && is_bound(name);
                let expandable = !bound && !hidden.iter().any(|h| h == name);
                match env.get(name).filter(|_| expandable) {
                    Some(value) => {
                        hidden.push(name.to_string());
                        out.push_str(&expand_vars(value, env, locale, hidden));
                        hidden.pop();
                    }
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                i = start + len;
            }
            None => {
                out.push('{');
                i = start + 1;
            }
        }
    }
    out.push_str(&text[i..]);
    out
}

/// A `{ name }` variable at the start of `s` (compare-locales' `{ *(?P<varname>[\w]+) *}`):
/// its length in bytes and its name.
fn parse_var(s: &str) -> Option<(usize, &str)> {
    let rest = s.strip_prefix('{')?.trim_start_matches(' ');
    let name_len = rest
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
        .map_or(rest.len(), |(i, _)| i);
    if name_len == 0 {
        return None;
    }
    let after = rest[name_len..].trim_start_matches(' ').strip_prefix('}')?;
    Some((s.len() - after.len(), &rest[..name_len]))
}

/// The name of the first `{name}` variable in `s`.
fn first_var(s: &str) -> Option<&str> {
    s.match_indices('{')
        .find_map(|(i, _)| parse_var(&s[i..]).map(|(_, name)| name))
}

/// The reference locale that one `[[paths]]` entry suggests (see
/// [`Project::reference_locale`]).
fn locale_candidate(reference: &str, l10n: &str) -> Option<String> {
    if let Some(i) = l10n.find("{locale}") {
        let suffix = &l10n[i + "{locale}".len()..];
        if let Some(head) = reference.strip_suffix(suffix) {
            let seg = head.rsplit('/').next().unwrap_or("");
            if looks_like_locale(seg) {
                return Some(seg.to_string());
            }
        }
    }
    let l10n_segs: Vec<&str> = l10n.split('/').collect();
    let mut segs: Vec<&str> = reference.split('/').collect();
    segs.pop(); // the file name
    segs.into_iter()
        .rev()
        .find(|seg| looks_like_locale(seg) && !l10n_segs.contains(seg))
        .map(str::to_string)
}

/// `en`, `en-US`, `sr-Latn`, `ja-JP-mac`: a 2–3 letter lowercase language, then subtags of
/// 1–8 ASCII letters or digits.
fn looks_like_locale(s: &str) -> bool {
    let mut parts = s.split('-');
    let lang = parts.next().unwrap_or("");
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

// ---------------------------------------------------------------------------------------
// Patterns

/// A compiled pattern, relative to the project root.
#[derive(Debug, Clone, PartialEq)]
struct Pattern {
    /// Root-relative source text (variables written `{name}`), for messages.
    text: String,
    toks: Vec<Tok>,
    /// Number of `*` / `**` wildcards (capture slots `0..nstars`).
    nstars: usize,
    /// Names of the unset variables (capture slots `nstars..`).
    vars: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Tok {
    Lit(String),
    /// `*`: `[^/]*`, wildcard number.
    Star(usize),
    /// `**` as a whole segment: `(.+/)?` when it consumed a following `/`, else `(.+)?`.
    StarStar(usize, bool),
    /// `{locale}`, bound at query time.
    Locale,
    /// `{android_locale}`: the queried locale as an Android resource qualifier
    /// ([`android_code`]).
    AndroidLocale,
    /// The first occurrence of an unset variable: `.+?`, variable number.
    Var(usize),
    /// A later occurrence of an unset variable: the same text again.
    VarRef(usize),
}

/// Where to look for the files a pattern may match.
enum WalkPlan {
    /// The pattern is a literal path.
    File(String),
    /// Walk this directory, at most `depth` levels deep (None: no limit).
    Dir { base: String, depth: Option<usize> },
}

impl Pattern {
    /// Tokenises root-relative `text` like compare-locales' `PatternParser`.
    fn parse(text: &str, locale: LocaleVar) -> Pattern {
        let bytes = text.as_bytes();
        let mut toks = Vec::new();
        let mut lit = String::new();
        let mut nstars = 0;
        let mut vars: Vec<String> = Vec::new();
        let mut i = 0;
        let flush = |lit: &mut String, toks: &mut Vec<Tok>| {
            if !lit.is_empty() {
                toks.push(Tok::Lit(std::mem::take(lit)));
            }
        };
        while i < text.len() {
            if bytes[i] == b'*' {
                flush(&mut lit, &mut toks);
                let whole_segment = i == 0 || matches!(bytes[i - 1], b'/' | b'}');
                let next = &text[i + 1..];
                if whole_segment
                    && next.starts_with('*')
                    && (next.len() == 1 || next[1..].starts_with('/'))
                {
                    let slash = next.len() > 1;
                    toks.push(Tok::StarStar(nstars, slash));
                    i += if slash { 3 } else { 2 };
                } else {
                    toks.push(Tok::Star(nstars));
                    i += 1;
                }
                nstars += 1;
                continue;
            }
            if bytes[i] == b'{' {
                if let Some((len, name)) = parse_var(&text[i..]) {
                    flush(&mut lit, &mut toks);
                    if name == "locale" && locale == LocaleVar::Bound {
                        toks.push(Tok::Locale);
                    } else if name == "android_locale" && locale == LocaleVar::Bound {
                        toks.push(Tok::AndroidLocale);
                    } else if let Some(k) = vars.iter().position(|v| v == name) {
                        toks.push(Tok::VarRef(k));
                    } else {
                        vars.push(name.to_string());
                        toks.push(Tok::Var(vars.len() - 1));
                    }
                    i += len;
                    continue;
                }
            }
            let ch = text[i..].chars().next().unwrap_or('\u{fffd}');
            lit.push(ch);
            i += ch.len_utf8();
        }
        flush(&mut lit, &mut toks);
        Pattern {
            text: text.to_string(),
            toks,
            nstars,
            vars,
        }
    }

    /// The directory the pattern's leading literal names (up to its last `/`).
    fn anchor(&self) -> &str {
        match self.toks.first() {
            Some(Tok::Lit(l)) => &l[..l.rfind('/').unwrap_or(0)],
            _ => "",
        }
    }

    /// Makes the pattern relative to a directory `prefix` (ending with `/`, or empty) that
    /// its [`Pattern::anchor`] lies in.
    fn rebase(&mut self, prefix: &str) {
        if prefix.is_empty() {
            return;
        }
        if let Some(rest) = self.text.strip_prefix(prefix) {
            self.text = rest.to_string();
        }
        if let Some(Tok::Lit(l)) = self.toks.first_mut() {
            if let Some(rest) = l.strip_prefix(prefix) {
                *l = rest.to_string();
            }
            if l.is_empty() {
                self.toks.remove(0);
            }
        }
    }

    /// The directory (root-relative, `""` for the root) in which the pattern puts
    /// `{locale}` as a whole path segment followed by more of the path, if it does.
    fn locale_parent(&self) -> Option<&str> {
        let (dir, after) = match self.toks.as_slice() {
            [Tok::Locale, after @ ..] => ("", after),
            [Tok::Lit(l), Tok::Locale, after @ ..] if l.ends_with('/') => {
                (&l[..l.len() - 1], after)
            }
            _ => return None,
        };
        match after.first() {
            Some(Tok::Lit(l)) if l.starts_with('/') => Some(dir),
            _ => None,
        }
    }

    /// Cheap rejection on the leading literal, before any backtracking.
    fn rejects(&self, path: &str, locale: &str) -> bool {
        match self.toks.first() {
            Some(Tok::Lit(l)) => !path.starts_with(l.as_str()),
            Some(Tok::Locale) => !path.starts_with(locale),
            _ => false,
        }
    }

    fn slots(&self) -> usize {
        self.nstars + self.vars.len()
    }

    /// True if the pattern matches the whole of `path` (`{locale}` = `locale`).
    fn matches(&self, path: &str, locale: &str) -> bool {
        if self.rejects(path, locale) {
            return false;
        }
        let n = self.slots();
        let mut buf = [(0, 0); 8];
        let mut vec;
        let caps: &mut [(usize, usize)] = if n <= buf.len() {
            &mut buf[..n]
        } else {
            vec = vec![(0, 0); n];
            &mut vec
        };
        match_toks(&self.toks, path, 0, locale, self.nstars, caps)
    }

    /// The capture spans (byte ranges of `path`, wildcards first, then variables) if the
    /// pattern matches; the same choices as Python's backtracking `re`.
    fn captures(&self, path: &str, locale: &str) -> Option<Vec<(usize, usize)>> {
        if self.rejects(path, locale) {
            return None;
        }
        let mut caps = vec![(0, 0); self.slots()];
        match_toks(&self.toks, path, 0, locale, self.nstars, &mut caps).then_some(caps)
    }

    /// This pattern with the captures of `src` matching `path` substituted (compare-locales'
    /// `Matcher.sub`).
    fn expand(
        &self,
        locale: &str,
        src: &Pattern,
        path: &str,
        caps: &[(usize, usize)],
    ) -> Option<String> {
        let mut out = String::new();
        for tok in &self.toks {
            match tok {
                Tok::Lit(l) => out.push_str(l),
                Tok::Locale => out.push_str(locale),
                Tok::AndroidLocale => out.push_str(&android_code(locale)),
                Tok::Star(i) | Tok::StarStar(i, _) => {
                    let (a, b) = *caps.get(*i).filter(|_| *i < src.nstars)?;
                    out.push_str(&path[a..b]);
                }
                Tok::Var(k) | Tok::VarRef(k) => {
                    let j = src.vars.iter().position(|v| *v == self.vars[*k])?;
                    let (a, b) = caps[src.nstars + j];
                    out.push_str(&path[a..b]);
                }
            }
        }
        Some(out)
    }

    fn walk_plan(&self, locale: &str) -> WalkPlan {
        let mut prefix = String::new();
        let mut rest = &self.toks[..];
        while let Some((tok, tail)) = rest.split_first() {
            match tok {
                Tok::Lit(l) => prefix.push_str(l),
                Tok::Locale => prefix.push_str(locale),
                Tok::AndroidLocale => prefix.push_str(&android_code(locale)),
                _ => break,
            }
            rest = tail;
        }
        if rest.is_empty() {
            return WalkPlan::File(prefix);
        }
        let base_len = prefix.rfind('/').unwrap_or(0);
        let unbounded = rest
            .iter()
            .any(|t| matches!(t, Tok::StarStar(..) | Tok::Var(_) | Tok::VarRef(_)));
        let depth = (!unbounded).then(|| {
            let below = prefix[base_len..]
                .trim_start_matches('/')
                .matches('/')
                .count();
            let after: usize = rest
                .iter()
                .map(|t| match t {
                    Tok::Lit(l) => l.matches('/').count(),
                    Tok::Locale => locale.matches('/').count(),
                    Tok::AndroidLocale => android_code(locale).matches('/').count(),
                    _ => 0,
                })
                .sum();
            below + after + 1
        });
        prefix.truncate(base_len);
        WalkPlan::Dir {
            base: prefix,
            depth,
        }
    }
}

/// Backtracking match of `toks` against `path[pos..]`, trying alternatives in the order of
/// Python's regex engine (greedy `*`, `**`; lazy variables) so that captures agree.
fn match_toks(
    toks: &[Tok],
    path: &str,
    pos: usize,
    locale: &str,
    nstars: usize,
    caps: &mut [(usize, usize)],
) -> bool {
    let Some((tok, rest)) = toks.split_first() else {
        return pos == path.len();
    };
    let s = &path[pos..];
    match tok {
        Tok::Lit(l) => {
            s.starts_with(l.as_str()) && match_toks(rest, path, pos + l.len(), locale, nstars, caps)
        }
        Tok::Locale => {
            s.starts_with(locale)
                && match_toks(rest, path, pos + locale.len(), locale, nstars, caps)
        }
        Tok::AndroidLocale => {
            let code = android_code(locale);
            s.starts_with(&code) && match_toks(rest, path, pos + code.len(), locale, nstars, caps)
        }
        Tok::Star(i) => {
            let seg_end = s.find('/').map_or(path.len(), |j| pos + j);
            for end in (pos..=seg_end).rev() {
                if path.is_char_boundary(end) {
                    caps[*i] = (pos, end);
                    if match_toks(rest, path, end, locale, nstars, caps) {
                        return true;
                    }
                }
            }
            false
        }
        Tok::StarStar(i, slash) => {
            if *slash {
                // `(.+/)?`: one or more characters ending with `/`, longest first.
                for (j, _) in s.match_indices('/').collect::<Vec<_>>().into_iter().rev() {
                    if j >= 1 {
                        caps[*i] = (pos, pos + j + 1);
                        if match_toks(rest, path, pos + j + 1, locale, nstars, caps) {
                            return true;
                        }
                    }
                }
            } else {
                // `(.+)?`, longest first.
                for end in (pos + 1..=path.len()).rev() {
                    if path.is_char_boundary(end) {
                        caps[*i] = (pos, end);
                        if match_toks(rest, path, end, locale, nstars, caps) {
                            return true;
                        }
                    }
                }
            }
            caps[*i] = (pos, pos);
            match_toks(rest, path, pos, locale, nstars, caps)
        }
        Tok::Var(k) => {
            // `.+?`: shortest first.
            for end in pos + 1..=path.len() {
                if path.is_char_boundary(end) {
                    caps[nstars + k] = (pos, end);
                    if match_toks(rest, path, end, locale, nstars, caps) {
                        return true;
                    }
                }
            }
            false
        }
        Tok::VarRef(k) => {
            let (a, b) = caps[nstars + k];
            let len = b - a;
            s.starts_with(&path[a..b]) && match_toks(rest, path, pos + len, locale, nstars, caps)
        }
    }
}

// ---------------------------------------------------------------------------------------
// File system

/// One directory entry: a directory (not a symlink) or a file (symlinks to files included).
#[derive(Debug)]
struct Entry {
    name: String,
    dir: bool,
}

/// Lists directories under a root, caching each listing for the walker's lifetime.
struct Walker<'r> {
    root: &'r Path,
    cache: HashMap<String, Rc<[Entry]>>,
}

impl<'r> Walker<'r> {
    fn new(root: &'r Path) -> Walker<'r> {
        Walker {
            root,
            cache: HashMap::new(),
        }
    }

    /// The entries of root-relative `dir` (empty if it cannot be read).
    fn list(&mut self, dir: &str) -> Rc<[Entry]> {
        if let Some(entries) = self.cache.get(dir) {
            return entries.clone();
        }
        let full = if dir.is_empty() {
            self.root.to_path_buf()
        } else {
            self.root.join(dir)
        };
        let mut entries = Vec::new();
        if let Ok(read) = fs::read_dir(&full) {
            for e in read.flatten() {
                let (Ok(name), Ok(ft)) = (e.file_name().into_string(), e.file_type()) else {
                    continue;
                };
                let dir = if ft.is_symlink() {
                    match fs::metadata(e.path()) {
                        Ok(m) if m.is_file() => false,
                        _ => continue,
                    }
                } else if ft.is_dir() {
                    true
                } else if ft.is_file() {
                    false
                } else {
                    continue;
                };
                entries.push(Entry { name, dir });
            }
        }
        let entries: Rc<[Entry]> = entries.into();
        self.cache.insert(dir.to_string(), entries.clone());
        entries
    }

    /// Calls `f` with every existing file that `pattern` could match (a superset).
    fn candidates(&mut self, pattern: &Pattern, locale: &str, f: &mut dyn FnMut(&str)) {
        match pattern.walk_plan(locale) {
            WalkPlan::File(path) => {
                let (dir, name) = path.rsplit_once('/').unwrap_or(("", &path));
                if self.list(dir).iter().any(|e| !e.dir && e.name == name) {
                    f(&path);
                }
            }
            WalkPlan::Dir { base, depth } => self.walk(&base, depth, f),
        }
    }

    fn walk(&mut self, dir: &str, depth: Option<usize>, f: &mut dyn FnMut(&str)) {
        let entries = self.list(dir);
        let mut path = String::new();
        for e in entries.iter() {
            path.clear();
            if !dir.is_empty() {
                path.push_str(dir);
                path.push('/');
            }
            path.push_str(&e.name);
            if !e.dir {
                f(&path);
            } else if depth.is_none_or(|d| d > 1) {
                let sub = path.clone();
                self.walk(&sub, depth.map(|d| d - 1), f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    /// Writes `files` (path, content) under a new temporary directory.
    fn fixture(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, content) in files {
            let p = dir.path().join(path);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, content).unwrap();
        }
        dir
    }

    fn load(dir: &tempfile::TempDir, configs: &[&str]) -> Result<Project, L10nError> {
        load_with(dir, configs, &BTreeMap::new())
    }

    fn load_with(
        dir: &tempfile::TempDir,
        configs: &[&str],
        vars: &BTreeMap<String, String>,
    ) -> Result<Project, L10nError> {
        let paths: Vec<PathBuf> = configs.iter().map(|c| dir.path().join(c)).collect();
        Project::load(&paths, vars)
    }

    const BASIC: &str = r#"
basepath = "."
locales = ["it", "de"]
[[paths]]
    reference = "en/**/*.ftl"
    l10n = "{locale}/**/*.ftl"
"#;

    #[test]
    fn basic_globs_and_double_star_matching_zero_dirs() {
        let dir = fixture(&[
            ("l10n.toml", BASIC),
            ("en/a.ftl", ""),
            ("en/sub/deep/b.ftl", ""),
            ("en/notes.txt", ""),
            ("it/a.ftl", ""),
            ("it/sub/deep/b.ftl", ""),
            ("it/stray.txt", ""),
            ("fr/a.ftl", ""),
        ]);
        let p = load(&dir, &["l10n.toml"]).unwrap();
        assert_eq!(p.root(), normalize(dir.path()));
        assert_eq!(p.locales(), ["de", "it"]);
        assert_eq!(p.reference_locale(), "en");
        assert_eq!(p.reference_files(), ["en/a.ftl", "en/sub/deep/b.ftl"]);
        assert_eq!(p.l10n_path("en/a.ftl", "it").as_deref(), Some("it/a.ftl"));
        assert_eq!(
            p.l10n_path("en/sub/deep/b.ftl", "de").as_deref(),
            Some("de/sub/deep/b.ftl")
        );
        assert_eq!(p.l10n_path("en/a.ftl", "fr"), None);
        assert_eq!(p.l10n_path("other/a.ftl", "it"), None);
        assert_eq!(p.l10n_files("it"), ["it/a.ftl", "it/sub/deep/b.ftl"]);
        assert!(p.l10n_files("de").is_empty());
        assert!(p.l10n_files("fr").is_empty());
        assert_eq!(p.action("it", "it/a.ftl", None), Action::Error);
        assert_eq!(p.action("it", "it/a.ftl", Some("x")), Action::Error);
        assert_eq!(p.action("it", "it/stray.txt", None), Action::Ignore);
        assert_eq!(p.action("fr", "fr/a.ftl", None), Action::Ignore);
        assert!(!p.has_filters());
        assert_eq!(p.config_files(), [normalize(&dir.path().join("l10n.toml"))]);
    }

    #[test]
    fn pattern_semantics() {
        let p = Pattern::parse("en/**/*.ftl", LocaleVar::Plain);
        assert_eq!(
            p.toks,
            [
                Tok::Lit("en/".into()),
                Tok::StarStar(0, true),
                Tok::Star(1),
                Tok::Lit(".ftl".into())
            ]
        );
        assert!(p.matches("en/a.ftl", ""));
        assert!(p.matches("en/x/y/a.ftl", ""));
        assert!(!p.matches("en/a.ftlx", ""));
        assert!(!p.matches("de/a.ftl", ""));
        let star = Pattern::parse("en/*.ftl", LocaleVar::Plain);
        assert!(!star.matches("en/x/a.ftl", ""));
        assert!(star.matches("en/.ftl", ""));
        // `**` only as a whole segment; `a**` is two stars.
        let two = Pattern::parse("en/a**.ftl", LocaleVar::Plain);
        assert_eq!(two.nstars, 2);
        assert!(!two.matches("en/a/b.ftl", ""));
        let tail = Pattern::parse("en/**", LocaleVar::Plain);
        assert!(tail.matches("en/x/y", ""));
        // Greedy captures, as in Python's `re`: `*-*` on `a-b-c` gives `a-b` / `c`.
        let greedy = Pattern::parse("en/*-*.ftl", LocaleVar::Plain);
        let caps = greedy.captures("en/a-b-c.ftl", "").unwrap();
        assert_eq!(&"en/a-b-c.ftl"[caps[0].0..caps[0].1], "a-b");
        // Unset variables match across `/`, and repeat.
        let var = Pattern::parse("{x}/en/{x}.ftl", LocaleVar::Plain);
        assert!(var.matches("a/b/en/a/b.ftl", ""));
        assert!(!var.matches("a/en/b.ftl", ""));
        // The locale is bound.
        let loc = Pattern::parse("{locale}/*.ftl", LocaleVar::Bound);
        assert!(loc.matches("it/a.ftl", "it"));
        assert!(!loc.matches("de/a.ftl", "it"));
        assert!(!loc.matches("it/a.ftl", "i"));
    }

    #[test]
    fn basepath_is_relative_to_the_toml_and_env_and_vars() {
        let dir = fixture(&[
            (
                "configs/project.toml",
                r#"
basepath = ".."
locales = ["it"]
[env]
    sub = "en"
    site = "web/{kind}"
    kind = "pages"
[[paths]]
    reference = "{sub}/{site}/*.ftl"
    l10n = "l10n/{locale}/{site}/*.ftl"
"#,
            ),
            ("en/web/pages/a.ftl", ""),
            ("en/web/docs/b.ftl", ""),
            ("l10n/it/web/pages/a.ftl", ""),
            ("l10n/it/web/docs/b.ftl", ""),
        ]);
        let p = load(&dir, &["configs/project.toml"]).unwrap();
        assert_eq!(p.root(), normalize(dir.path()));
        assert_eq!(p.reference_files(), ["en/web/pages/a.ftl"]);
        assert_eq!(
            p.l10n_path("en/web/pages/a.ftl", "it").as_deref(),
            Some("l10n/it/web/pages/a.ftl")
        );
        assert_eq!(p.l10n_files("it"), ["l10n/it/web/pages/a.ftl"]);
        assert_eq!(p.reference_locale(), "en");
        // Variables given to `load` override [env].
        let vars = BTreeMap::from([("kind".to_string(), "docs".to_string())]);
        let p = load_with(&dir, &["configs/project.toml"], &vars).unwrap();
        assert_eq!(p.reference_files(), ["en/web/docs/b.ftl"]);
        assert_eq!(p.l10n_files("it"), ["l10n/it/web/docs/b.ftl"]);
    }

    #[test]
    fn unset_variable_matches_like_compare_locales() {
        let dir = fixture(&[
            (
                "l10n.toml",
                r#"
locales = ["it"]
[[paths]]
    reference = "src/{app}/en/*.ftl"
    l10n = "l10n/{locale}/{app}/*.ftl"
"#,
            ),
            ("src/mail/core/en/a.ftl", ""),
            ("l10n/it/mail/core/a.ftl", ""),
        ]);
        let p = load(&dir, &["l10n.toml"]).unwrap();
        assert_eq!(p.reference_files(), ["src/mail/core/en/a.ftl"]);
        assert_eq!(
            p.l10n_path("src/mail/core/en/a.ftl", "it").as_deref(),
            Some("l10n/it/mail/core/a.ftl")
        );
        assert_eq!(p.l10n_files("it"), ["l10n/it/mail/core/a.ftl"]);
        assert_eq!(p.reference_locale(), "en");
    }

    #[test]
    fn per_path_locales_and_last_declared_wins() {
        let dir = fixture(&[
            (
                "l10n.toml",
                r#"
locales = ["it", "de", "fr"]
[[paths]]
    reference = "en/**/*.ftl"
    l10n = "{locale}/**/*.ftl"
[[paths]]
    reference = "en/special/*.ftl"
    l10n = "{locale}/other/*.ftl"
    locales = ["it", "ar"]
"#,
            ),
            ("en/a.ftl", ""),
            ("en/special/s.ftl", ""),
            ("it/other/s.ftl", ""),
            ("it/special/s.ftl", ""),
        ]);
        let p = load(&dir, &["l10n.toml"]).unwrap();
        // `ar` only narrows: it is not a locale of the config.
        assert_eq!(p.locales(), ["de", "fr", "it"]);
        assert_eq!(
            p.l10n_path("en/special/s.ftl", "it").as_deref(),
            Some("it/other/s.ftl")
        );
        assert_eq!(
            p.l10n_paths("en/special/s.ftl", "it"),
            ["it/other/s.ftl", "it/special/s.ftl"]
        );
        assert_eq!(p.l10n_paths("en/special/s.ftl", "de"), ["de/special/s.ftl"]);
        assert_eq!(
            p.l10n_path("en/special/s.ftl", "de").as_deref(),
            Some("de/special/s.ftl")
        );
        assert_eq!(p.l10n_path("en/a.ftl", "ar"), None);
        assert_eq!(p.l10n_files("it"), ["it/other/s.ftl", "it/special/s.ftl"]);
        assert!(p.l10n_files("ar").is_empty());
    }

    #[test]
    fn includes_with_own_basepath_and_union_of_locales() {
        let dir = fixture(&[
            (
                "l10n.toml",
                r#"
basepath = "."
[[includes]]
    path = "browser/l10n.toml"
[[includes]]
    path = "mail/l10n.toml"
"#,
            ),
            (
                "browser/l10n.toml",
                r#"
locales = ["it"]
[[paths]]
    reference = "en/*.ftl"
    l10n = "{locale}/*.ftl"
"#,
            ),
            (
                "mail/l10n.toml",
                r#"
basepath = "."
locales = ["de", "it"]
[[paths]]
    reference = "en/*.ftl"
    l10n = "{locale}/*.ftl"
"#,
            ),
            ("browser/en/b.ftl", ""),
            ("mail/en/m.ftl", ""),
            ("browser/it/b.ftl", ""),
            ("browser/de/b.ftl", ""),
            ("mail/de/m.ftl", ""),
        ]);
        let p = load(&dir, &["l10n.toml"]).unwrap();
        assert_eq!(p.locales(), ["de", "it"]);
        assert_eq!(p.reference_files(), ["browser/en/b.ftl", "mail/en/m.ftl"]);
        assert_eq!(
            p.l10n_path("browser/en/b.ftl", "it").as_deref(),
            Some("browser/it/b.ftl")
        );
        // browser/l10n.toml has no `de`.
        assert_eq!(p.l10n_path("browser/en/b.ftl", "de"), None);
        assert_eq!(
            p.l10n_path("mail/en/m.ftl", "de").as_deref(),
            Some("mail/de/m.ftl")
        );
        assert_eq!(p.l10n_files("de"), ["mail/de/m.ftl"]);
        assert_eq!(p.action("de", "browser/de/b.ftl", None), Action::Ignore);
        assert_eq!(p.action("de", "mail/de/m.ftl", None), Action::Error);
    }

    const EXCLUDING: &str = r#"
[[includes]]
    path = "configs/main.toml"
[[excludes]]
    path = "configs/vendor.toml"
"#;
    const MAIN: &str = r#"
basepath = ".."
locales = ["it", "fr"]
[[paths]]
    reference = "en/**/*.ftl"
    l10n = "{locale}/**/*.ftl"
"#;
    const VENDOR: &str = r#"
basepath = ".."
locales = ["fr"]
[[paths]]
    reference = "en/vendor/*.ftl"
    l10n = "{locale}/vendor/*.ftl"
"#;

    fn exclude_fixture() -> tempfile::TempDir {
        fixture(&[
            ("l10n-main.toml", EXCLUDING),
            (
                "l10n-vendor.toml",
                "[[includes]]\n    path = \"configs/vendor.toml\"\n",
            ),
            ("configs/main.toml", MAIN),
            ("configs/vendor.toml", VENDOR),
            ("en/a.ftl", ""),
            ("en/vendor/v.ftl", ""),
            ("it/a.ftl", ""),
            ("it/vendor/v.ftl", ""),
            ("fr/a.ftl", ""),
            ("fr/vendor/v.ftl", ""),
        ])
    }

    #[test]
    fn excludes_remove_the_excluded_configs_files_for_its_locales() {
        let dir = exclude_fixture();
        let p = load(&dir, &["l10n-main.toml"]).unwrap();
        assert_eq!(p.locales(), ["fr", "it"]);
        // `it` is not a vendor locale: nothing excluded.
        assert_eq!(p.l10n_files("it"), ["it/a.ftl", "it/vendor/v.ftl"]);
        assert_eq!(
            p.l10n_path("en/vendor/v.ftl", "it").as_deref(),
            Some("it/vendor/v.ftl")
        );
        // `fr` is: vendor files are gone.
        assert_eq!(p.l10n_files("fr"), ["fr/a.ftl"]);
        assert_eq!(p.l10n_path("en/vendor/v.ftl", "fr"), None);
        assert_eq!(p.l10n_path("en/a.ftl", "fr").as_deref(), Some("fr/a.ftl"));
        assert_eq!(p.action("fr", "fr/vendor/v.ftl", None), Action::Ignore);
        assert_eq!(p.action("fr", "fr/a.ftl", None), Action::Error);
    }

    #[test]
    fn paths_of_many_references_agree_with_one_at_a_time() {
        let dir = exclude_fixture();
        for configs in [
            &["l10n-main.toml"][..],
            &["l10n-main.toml", "l10n-vendor.toml"],
        ] {
            let p = load(&dir, configs).unwrap();
            let refs = ["en/a.ftl", "en/vendor/v.ftl", "en/none.ftl", "de/a.ftl"];
            for locale in ["fr", "it", "de"] {
                let one: Vec<Option<String>> =
                    refs.iter().map(|r| p.l10n_path(r, locale)).collect();
                assert_eq!(p.l10n_path_each(&refs, locale), one, "{configs:?} {locale}");
            }
        }
    }

    #[test]
    fn an_exclude_is_dropped_when_the_excluded_config_is_given_too() {
        let dir = exclude_fixture();
        let p = load(&dir, &["l10n-main.toml", "l10n-vendor.toml"]).unwrap();
        assert_eq!(p.l10n_files("fr"), ["fr/a.ftl", "fr/vendor/v.ftl"]);
        assert_eq!(
            p.l10n_path("en/vendor/v.ftl", "fr").as_deref(),
            Some("fr/vendor/v.ftl")
        );
        // main ignores it, vendor reports it: error wins.
        assert_eq!(p.action("fr", "fr/vendor/v.ftl", None), Action::Error);
    }

    #[test]
    fn filters_plain_and_regex_keys_last_to_first() {
        let dir = fixture(&[
            (
                "l10n.toml",
                r#"
locales = ["it"]
[[paths]]
    reference = "en/*.ftl"
    l10n = "{locale}/*.ftl"
[[filters]]
    path = "{locale}/*.ftl"
    key = "re:brand-"
    action = "ignore"
[[filters]]
    path = ["{locale}/a.ftl", "{locale}/b.ftl"]
    key = ["brand-name", "other"]
    action = "warning"
[[filters]]
    path = "{locale}/optional.ftl"
    action = "warning"
[[filters]]
    path = "{locale}/gone.ftl"
    action = "ignore"
[[filters]]
    path = "{locale}/*.ftl"
    key = "re:.*-draft"
    action = "ignore"
"#,
            ),
            ("en/a.ftl", ""),
        ]);
        let p = load(&dir, &["l10n.toml"]).unwrap();
        assert!(p.has_filters());
        let a = |path: &str, key: Option<&str>| p.action("it", path, key);
        // The last matching rule wins: `brand-name` is a warning in a.ftl, ignored elsewhere.
        assert_eq!(a("it/a.ftl", Some("brand-name")), Action::Warning);
        assert_eq!(a("it/c.ftl", Some("brand-name")), Action::Ignore);
        // A plain key is the whole id; `re:` is anchored at the start only.
        assert_eq!(a("it/a.ftl", Some("brand-name-x")), Action::Ignore);
        assert_eq!(a("it/a.ftl", Some("x-brand-name")), Action::Error);
        assert_eq!(a("it/a.ftl", Some("x-draft-y")), Action::Ignore);
        assert_eq!(a("it/a.ftl", Some("other")), Action::Warning);
        assert_eq!(a("it/a.ftl", Some("plain")), Action::Error);
        // Key rules don't apply to files, file rules don't apply to entities.
        assert_eq!(a("it/a.ftl", None), Action::Error);
        assert_eq!(a("it/optional.ftl", None), Action::Warning);
        assert_eq!(a("it/optional.ftl", Some("plain")), Action::Error);
        assert_eq!(a("it/gone.ftl", None), Action::Ignore);
        // Files outside the l10n patterns are ignored whatever the rules say.
        assert_eq!(a("it/sub/a.ftl", Some("brand-name")), Action::Ignore);
        assert_eq!(p.action("de", "de/a.ftl", None), Action::Ignore);
        // compare-locales' statistics gate: entity "".
        assert_eq!(a("it/a.ftl", Some("")), Action::Error);
    }

    #[test]
    fn include_cycle_is_an_error() {
        let dir = fixture(&[
            ("a.toml", "[[includes]]\n    path = \"sub/b.toml\"\n"),
            (
                "sub/b.toml",
                "basepath = \"..\"\n[[includes]]\n    path = \"a.toml\"\n",
            ),
        ]);
        let err = load(&dir, &["a.toml"]).unwrap_err();
        assert!(matches!(err, L10nError::IncludeCycle { .. }), "{err}");
        let msg = err.to_string();
        assert!(
            msg.contains("b.toml") && msg.contains("includes[0].path") && msg.contains("a.toml"),
            "{msg}"
        );
    }

    #[test]
    fn patterns_may_lead_into_an_included_configs_basepath() {
        let dir = fixture(&[
            (
                "project/l10n.toml",
                r#"
locales = ["it"]
[[paths]]
    reference = "en/*.ftl"
    l10n = "{locale}/*.ftl"
[[includes]]
    path = "../shared.toml"
"#,
            ),
            (
                "shared.toml",
                r#"
locales = ["it"]
[[paths]]
    reference = "en/*.ftl"
    l10n = "{locale}/*.ftl"
"#,
            ),
            ("project/en/p.ftl", ""),
            ("en/s.ftl", ""),
        ]);
        // shared.toml's basepath is the parent directory: the root moves up to hold both.
        let p = load(&dir, &["project/l10n.toml"]).unwrap();
        assert_eq!(p.root(), normalize(dir.path()));
        assert_eq!(p.reference_files(), ["en/s.ftl", "project/en/p.ftl"]);
        assert_eq!(
            p.l10n_path("project/en/p.ftl", "it").as_deref(),
            Some("project/it/p.ftl")
        );
    }

    #[test]
    fn a_pattern_that_escapes_every_given_directory_is_an_error() {
        let dir = fixture(&[
            (
                "src/dots.toml",
                r#"
locales = ["it"]
[[paths]]
    reference = "en/*.ftl"
    l10n = "../l10n/{locale}/*.ftl"
"#,
            ),
            ("src/en/a.ftl", ""),
            ("l10n/it/a.ftl", ""),
        ]);
        let err = load(&dir, &["src/dots.toml"]).unwrap_err();
        assert!(matches!(err, L10nError::Escapes { .. }), "{err}");
        let msg = err.to_string();
        let file = normalize(&dir.path().join("src/dots.toml"));
        // The config path once, the key, where it leads, what was allowed, what to do.
        assert_eq!(msg.matches(&*file.to_string_lossy()).count(), 1, "{msg}");
        for part in [
            "dots.toml: `paths[0].l10n`: pattern `../l10n/{locale}/*.ftl` leads to ",
            "/l10n, outside every directory given: its basepath (",
            "--l10n-base DIR",
        ] {
            assert!(msg.contains(part), "{part:?} not in {msg}");
        }
        // Naming the directory as the l10n base allows it.
        let options = LoadOptions {
            l10n_base: Some(dir.path().join("l10n")),
            ..LoadOptions::default()
        };
        let p = Project::load_with(std::slice::from_ref(&file), &options).unwrap();
        assert_eq!(p.root(), normalize(dir.path()));
        assert_eq!(
            p.l10n_path("src/en/a.ftl", "it").as_deref(),
            Some("l10n/it/a.ftl")
        );
        // A directory beside it is still outside.
        let options = LoadOptions {
            l10n_base: Some(dir.path().join("l10n/it")),
            ..LoadOptions::default()
        };
        let err = Project::load_with(&[file], &options)
            .unwrap_err()
            .to_string();
        assert!(err.contains("the l10n base ("), "{err}");
        assert!(!err.contains("--l10n-base DIR"), "{err}");
    }

    #[test]
    fn config_errors_name_file_and_key() {
        let cases = [
            (
                "[[paths]]\n    reference = \"en/*.ftl\"\n",
                "`paths[0].l10n`: missing",
            ),
            (
                "locales = \"it\"\n",
                "`locales`: expected an array of strings",
            ),
            (
                "[[paths]]\n    l10n = 3\n",
                "`paths[0].l10n`: expected a string",
            ),
            (
                r#"
[[paths]]
    l10n = "{locale}/*.ftl"
[[filters]]
    path = "x"
    action = "panic"
"#,
                "`filters[0].action`",
            ),
            (
                r#"
[[paths]]
    l10n = "{locale}/*.ftl"
[[filters]]
    path = "x"
    key = "re:(?<=a)b"
    action = "ignore"
"#,
                "`filters[0].key`: invalid regular expression",
            ),
            (
                "[[paths]]\n    reference = \"en/*.ftl\"\n    l10n = \"{locale}/**/*.ftl\"\n",
                "more wildcards",
            ),
            (
                "[[paths]]\n    l10n = \"{base}/{locale}/*.ftl\"\n",
                "`paths[0].l10n`: the pattern starts with the variable `{base}`, which is not set: set it in [env] or pass -D base=VALUE",
            ),
            (
                "[[paths]]\n    l10n = \"{l10n_base}/{locale}/*.ftl\"\n",
                "`paths[0].l10n`: the pattern starts with the variable `{l10n_base}`, which is not set: pass the directory of the translations with --l10n-base DIR",
            ),
            (
                "[[paths]]\n    l10n = \"{locale}/*/../*.ftl\"\n",
                "`paths[0].l10n`: unsupported: `..` after a wildcard",
            ),
            (
                "[[includes]]\n    path = \"missing.toml\"\n",
                "`includes[0].path`: cannot read config",
            ),
            ("[[paths\n", "invalid TOML"),
        ];
        for (text, expected) in cases {
            let dir = fixture(&[("l10n.toml", text)]);
            let err = load(&dir, &["l10n.toml"]).unwrap_err().to_string();
            assert_eq!(err.matches("l10n.toml").count(), 1, "{err}");
            assert!(err.contains(expected), "{expected:?} not in {err:?}");
        }
        let dir = fixture(&[]);
        let err = load(&dir, &["nope.toml"]).unwrap_err().to_string();
        assert!(err.contains("nope.toml: cannot read config"), "{err}");
        assert!(matches!(
            Project::load(&[], &BTreeMap::new()),
            Err(L10nError::NoConfig)
        ));
    }

    /// Mozilla's layout: the source repository holds the configs, the translations lie
    /// beside it, and `{l10n_base}` comes from the command line.
    const APP: &str = r#"
basepath = ".."
locales = ["de", "fr"]
[env]
    l = "{l10n_base}/{locale}/"
[[paths]]
    reference = "app/**"
    l10n = "{l}app/**"
[[includes]]
    path = "_configs/extra.toml"
"#;
    const EXTRA: &str = r#"
basepath = ".."
locales = ["de"]
[[paths]]
    reference = "extra/*.ftl"
    l10n = "{l10n_base}/{locale}/extra/*.ftl"
"#;

    fn sibling_fixture() -> tempfile::TempDir {
        fixture(&[
            ("en-US/_configs/app.toml", APP),
            ("en-US/_configs/extra.toml", EXTRA),
            ("en-US/app/main.ftl", ""),
            ("en-US/extra/x.ftl", ""),
            ("l10n/de/app/main.ftl", ""),
            ("l10n/de/extra/x.ftl", ""),
            ("l10n/fr/app/main.ftl", ""),
            ("l10n/fr/extra/x.ftl", ""),
            ("l10n/it/app/main.ftl", ""),
            ("l10n/notes/readme.txt", ""),
            ("l10n/es/readme.txt", ""),
        ])
    }

    fn sibling_options(dir: &tempfile::TempDir) -> LoadOptions {
        LoadOptions {
            l10n_base: Some(dir.path().join("l10n")),
            ..LoadOptions::default()
        }
    }

    #[test]
    fn l10n_base_beside_the_source_repository() {
        let dir = sibling_fixture();
        let config = [dir.path().join("en-US/_configs/app.toml")];
        let err = Project::load(&config, &BTreeMap::new()).unwrap_err();
        assert!(err.to_string().contains("--l10n-base DIR"), "{err}");
        let p = Project::load_with(&config, &sibling_options(&dir)).unwrap();
        // The root holds the source repository and the l10n base.
        assert_eq!(p.root(), normalize(dir.path()));
        assert_eq!(p.reference_locale(), "en-US");
        assert_eq!(
            p.reference_files(),
            ["en-US/app/main.ftl", "en-US/extra/x.ftl"]
        );
        assert_eq!(p.locales(), ["de", "fr"]);
        assert_eq!(
            p.l10n_files("de"),
            ["l10n/de/app/main.ftl", "l10n/de/extra/x.ftl"]
        );
        // extra.toml is for de only.
        assert_eq!(p.l10n_files("fr"), ["l10n/fr/app/main.ftl"]);
        assert_eq!(p.l10n_path("en-US/extra/x.ftl", "fr"), None);
        assert_eq!(p.locale_dir("de").as_deref(), Some("l10n/de"));
        // `-D l10n_base=…` wins over the l10n base, as in compare-locales.
        let mut options = sibling_options(&dir);
        options.vars.insert(
            "l10n_base".into(),
            dir.path().join("l10n/fr").display().to_string(),
        );
        let p = Project::load_with(&config, &options).unwrap();
        assert_eq!(
            p.l10n_path("en-US/app/main.ftl", "de").as_deref(),
            Some("l10n/fr/de/app/main.ftl")
        );
        assert!(p.l10n_files("de").is_empty());
    }

    #[test]
    fn full_enables_sub_projects_and_adds_the_locales_on_disk() {
        let dir = sibling_fixture();
        let config = [dir.path().join("en-US/_configs/app.toml")];
        let mut p = Project::load_with(&config, &sibling_options(&dir)).unwrap();
        // `notes` is not named like a locale; `es` has no file a pattern matches; en-US is
        // the reference.
        assert_eq!(p.locales_on_disk(), ["de", "fr", "it"]);
        p.enable_full(None);
        assert_eq!(p.locales(), ["de", "fr", "it"]);
        // extra.toml now covers fr and it too.
        assert_eq!(
            p.l10n_files("fr"),
            ["l10n/fr/app/main.ftl", "l10n/fr/extra/x.ftl"]
        );
        assert_eq!(
            p.l10n_path("en-US/extra/x.ftl", "it").as_deref(),
            Some("l10n/it/extra/x.ftl")
        );
        assert_eq!(p.action("it", "l10n/it/app/main.ftl", None), Action::Error);
        // With locales given, exactly those, on disk or not.
        let mut p = Project::load_with(&config, &sibling_options(&dir)).unwrap();
        p.enable_full(Some(&["pt-BR".to_string()]));
        assert_eq!(p.locales(), ["pt-BR"]);
        assert_eq!(
            p.l10n_path("en-US/app/main.ftl", "pt-BR").as_deref(),
            Some("l10n/pt-BR/app/main.ftl")
        );
        assert_eq!(p.l10n_path("en-US/app/main.ftl", "de"), None);
    }

    #[test]
    fn missing_includes_are_errors_unless_ignored() {
        let dir = fixture(&[
            (
                "l10n.toml",
                "locales = [\"it\"]\n[[paths]]\n    reference = \"en/*.ftl\"\n    l10n = \"{locale}/*.ftl\"\n[[includes]]\n    path = \"gone.toml\"\n[[excludes]]\n    path = \"{x}.toml\"\n",
            ),
            ("en/a.ftl", ""),
        ]);
        let vars = BTreeMap::from([("x".to_string(), "also-gone".to_string())]);
        let err = load_with(&dir, &["l10n.toml"], &vars)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("`includes[0].path`: cannot read config"),
            "{err}"
        );
        let options = LoadOptions {
            vars,
            ignore_missing_includes: true,
            ..LoadOptions::default()
        };
        let p = Project::load_with(&[dir.path().join("l10n.toml")], &options).unwrap();
        let skipped: Vec<(&str, String)> = p
            .skipped_includes()
            .iter()
            .map(|s| {
                (
                    s.key.as_str(),
                    s.target.file_name().unwrap().to_string_lossy().into(),
                )
            })
            .collect();
        assert_eq!(
            skipped,
            [
                ("includes[0].path", "gone.toml".to_string()),
                ("excludes[0].path", "also-gone.toml".to_string())
            ]
        );
        assert_eq!(p.reference_files(), ["en/a.ftl"]);
        // A config that exists but does not parse is still an error.
        fs::write(dir.path().join("gone.toml"), "[[paths").unwrap();
        let err = Project::load_with(&[dir.path().join("l10n.toml")], &options).unwrap_err();
        assert!(err.to_string().contains("invalid TOML"), "{err}");
    }

    #[test]
    fn android_locale_codes_like_compare_locales() {
        for (locale, code) in [
            ("de", "de"),
            ("es-ES", "es-rES"),
            ("he", "iw"),
            ("id", "in"),
            ("yi", "ji"),
            ("he-IL", "iw-rIL"),
            ("ja-JP-mac", "ja-rJP"),
            ("sr-Latn", "b+sr+Latn"),
            ("es-419", "b+es+419"),
            ("zh-Hant-TW", "b+zh+Hant+TW"),
            // compare-locales replaces `he` anywhere it ends a subtag.
            ("she", "siw"),
        ] {
            assert_eq!(android_code(locale), code, "{locale}");
        }
        let dir = fixture(&[
            (
                "l10n.toml",
                r#"
locales = ["he", "es-ES", "de"]
[[paths]]
    reference = "res/values/strings.ftl"
    l10n = "res/values-{android_locale}/strings.ftl"
"#,
            ),
            ("res/values/strings.ftl", ""),
            ("res/values-iw/strings.ftl", ""),
            ("res/values-es-rES/strings.ftl", ""),
            ("res/values-he/strings.ftl", ""),
        ]);
        let p = load(&dir, &["l10n.toml"]).unwrap();
        assert_eq!(
            p.l10n_path("res/values/strings.ftl", "he").as_deref(),
            Some("res/values-iw/strings.ftl")
        );
        assert_eq!(p.l10n_files("he"), ["res/values-iw/strings.ftl"]);
        assert_eq!(p.l10n_files("es-ES"), ["res/values-es-rES/strings.ftl"]);
        assert!(p.l10n_files("de").is_empty());
        assert_eq!(
            p.action("he", "res/values-iw/strings.ftl", None),
            Action::Error
        );
        assert_eq!(
            p.action("he", "res/values-he/strings.ftl", None),
            Action::Ignore
        );
    }

    #[test]
    fn legacy_ini_configs_are_refused_by_name() {
        let dir = fixture(&[("l10n.ini", "[general]\ndepth = ../..\n")]);
        let err = load(&dir, &["l10n.ini"]).unwrap_err();
        assert!(matches!(err, L10nError::LegacyIni { .. }), "{err}");
        assert!(
            err.to_string()
                .contains("l10n.ini: legacy l10n.ini configs"),
            "{err}"
        );
    }

    #[test]
    fn included_configs_cannot_exclude() {
        let dir = fixture(&[
            ("a.toml", "[[includes]]\n    path = \"b.toml\"\n"),
            ("b.toml", "[[excludes]]\n    path = \"c.toml\"\n"),
            ("c.toml", ""),
        ]);
        let err = load(&dir, &["a.toml"]).unwrap_err().to_string();
        assert!(
            err.contains("a.toml: `includes[0].path`: an included config cannot declare"),
            "{err}"
        );
    }

    #[test]
    fn reference_locale_from_the_segment_before_the_first_wildcard() {
        let dir = fixture(&[(
            "l10n.toml",
            r#"
locales = ["it"]
[env]
    l10n_base = "l10n"
[[paths]]
    reference = "browser/locales/en-US/browser/**"
    l10n = "{l10n_base}/{locale}/browser/**"
[[paths]]
    reference = "toolkit/locales/en-US/toolkit/*.ftl"
    l10n = "{l10n_base}/{locale}/toolkit/*.ftl"
"#,
        )]);
        let p = load(&dir, &["l10n.toml"]).unwrap();
        assert_eq!(p.reference_locale(), "en-US");
        assert_eq!(
            p.l10n_path("browser/locales/en-US/browser/a/b.ftl", "it")
                .as_deref(),
            Some("l10n/it/browser/a/b.ftl")
        );
        assert_eq!(
            locale_candidate("en/firefox/new/**/*.ftl", "{locale}/firefox/new/**/*.ftl").as_deref(),
            Some("en")
        );
        assert_eq!(locale_candidate("source/*.ftl", "{locale}/x/*.ftl"), None);
        assert_eq!(
            locale_candidate("src/{app}/en/*.ftl", "l10n/{locale}/{app}/*.ftl").as_deref(),
            Some("en")
        );
        let dir = fixture(&[("l10n.toml", "[[paths]]\n    l10n = \"{locale}/*.ftl\"\n")]);
        assert_eq!(
            load(&dir, &["l10n.toml"]).unwrap().reference_locale(),
            "en-US"
        );
    }

    #[cfg(unix)]
    #[test]
    fn directory_symlinks_are_not_followed() {
        let dir = fixture(&[
            ("l10n.toml", BASIC),
            ("en/a.ftl", ""),
            ("elsewhere/x.ftl", ""),
            ("it/a.ftl", ""),
        ]);
        std::os::unix::fs::symlink(dir.path().join("elsewhere"), dir.path().join("it/link"))
            .unwrap();
        std::os::unix::fs::symlink(dir.path().join("it/a.ftl"), dir.path().join("it/b.ftl"))
            .unwrap();
        let p = load(&dir, &["l10n.toml"]).unwrap();
        assert_eq!(p.l10n_files("it"), ["it/a.ftl", "it/b.ftl"]);
    }

    /// The real www-l10n configs (skipped when the corpus is absent).
    #[test]
    fn www_l10n_corpus() {
        let corpus = Path::new("/work/shared/corpus/www-l10n");
        if !corpus.is_dir() {
            eprintln!(
                "note: {} does not exist; skipping the corpus test",
                corpus.display()
            );
            return;
        }
        let configs = [
            corpus.join("l10n-pontoon.toml"),
            corpus.join("l10n-vendor.toml"),
        ];
        let p = Project::load(&configs, &BTreeMap::new()).unwrap();
        assert_eq!(p.root(), corpus);
        let locales = p.locales();
        assert_eq!(locales.len(), 99 + 7);
        assert_eq!(p.reference_locale(), "en");
        let refs = p.reference_files();
        assert_eq!(refs.len(), 131);
        let page10 = "en/firefox/welcome/page10.ftl";
        assert_eq!(
            p.l10n_path(page10, "it").as_deref(),
            Some("it/firefox/welcome/page10.ftl")
        );
        // Not in page10's `locales` (es-ES fi it nl sv-SE).
        assert_eq!(p.l10n_path(page10, "ach"), None);
        assert_eq!(p.l10n_path(page10, "pt-BR"), None);
        // `de` is a vendor locale: vendor.toml's `en/**/*.ftl` covers page10 for it...
        assert_eq!(
            p.l10n_path(page10, "de").as_deref(),
            Some("de/firefox/welcome/page10.ftl")
        );
        // ...but with the pontoon entry point alone, `de` is outside pontoon.toml's locales.
        let pontoon = Project::load(&configs[..1], &BTreeMap::new()).unwrap();
        assert_eq!(pontoon.l10n_path(page10, "de"), None);
        assert_eq!(
            pontoon.l10n_path(page10, "it").as_deref(),
            Some("it/firefox/welcome/page10.ftl")
        );
        assert_eq!(
            p.l10n_path("en/404.ftl", "fr").as_deref(),
            Some("fr/404.ftl")
        );
        assert_eq!(p.action("fr", "fr/404.ftl", None), Action::Error);
        assert_eq!(p.action("it", "it/404.ftl", Some("x")), Action::Error);
        assert_eq!(p.action("it", "en-US/404.ftl", None), Action::Ignore);

        let start = Instant::now();
        let mut files = 0;
        for locale in &locales {
            files += p.l10n_files(locale).len();
        }
        let per_locale = start.elapsed() / locales.len() as u32;
        let start = Instant::now();
        let mut mapped = 0;
        for locale in &locales {
            mapped += refs
                .iter()
                .filter(|r| p.l10n_path(r, locale).is_some())
                .count();
        }
        let mapping = start.elapsed();
        eprintln!(
            "www-l10n: l10n_files {per_locale:?} per locale ({files} files); \
             l10n_path for {mapped} pairs in {mapping:?}"
        );
        assert!(files > 5000, "{files}");
    }
}
