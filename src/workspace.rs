//! Finding the workspace and reading `polyguide.toml`.
//!
//! A workspace is the directory holding `polyguide.toml`. Every problem with the
//! configuration is a [`ConfigError`]: polyguide cannot do its job without a valid one, so the
//! binary maps it to exit code 2, unlike findings in content or translation files.

use crate::diagnostic::Severity;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use unic_langid::LanguageIdentifier;

pub const CONFIG_FILE: &str = "polyguide.toml";

/// A loaded, validated workspace: its root directory and its configuration.
#[derive(Clone, Debug)]
pub struct Workspace {
    pub root: PathBuf,
    pub config: Config,
    /// How source files map to translation files.
    pub layout: Layout,
    /// The configured locales by their normalized CLDR form, built on the first
    /// [`Workspace::fallback_chain`] call from `config.locales` as they are then.
    parents_index: std::sync::OnceLock<ParentsIndex>,
    /// Editor buffers that stand in for files (the language server's); empty on the command
    /// line. Every read of a workspace file goes through [`Workspace::read_file`].
    pub overlay: crate::overlay::Overlay,
}

/// Which configured locales normalize to a given CLDR locale (the first entry of their own
/// fallback chain). With it a locale's fallback chain costs a few lookups instead of a scan
/// of every configured locale, which made a lint quadratic in the number of locales.
#[derive(Clone, Debug, Default)]
struct ParentsIndex(std::collections::HashMap<String, Vec<String>>);

/// Where translations live relative to their source files.
#[derive(Clone, Debug, Default)]
pub enum Layout {
    /// polyguide's own: `<locales-dir>/<locale>/<path>` mirrors `<locales-dir>/<source>/<path>`.
    #[default]
    Mirror,
    /// A compare-locales project (`l10n.toml`): `[[paths]]` patterns decide.
    L10n(std::sync::Arc<crate::l10n_toml::Project>),
}

/// The validated contents of `polyguide.toml`.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub source_locale: String,
    /// The translation locales, in the order the file lists them (source excluded), or, with
    /// `locales = "*"`, every locale directory present, sorted.
    pub locales: Vec<String>,
    /// `locales = "*"`: [`Workspace::open`] fills `locales` from the locale directories.
    pub discover_locales: bool,
    /// Relative to the workspace root, `/`-separated, never escaping it.
    pub content_dir: String,
    pub locales_dir: String,
    /// Explicit fallback chains; the source locale is always the implicit last resort.
    pub fallback: BTreeMap<String, Vec<String>>,
    /// Severity overrides by rule name; `None` turns the rule off.
    pub rules: BTreeMap<String, Option<Severity>>,
    pub export_out_dir: String,
    /// `[export] stale = "fallback"`: stale translations are not shipped.
    pub export_stale_fallback: bool,
    /// `[export] min-complete`: locales below this percentage are not exported.
    pub export_min_complete: f64,
    /// `[[ignore]]` entries: findings they match are dropped.
    pub ignore: Vec<Ignore>,
    /// `same-as-source`: message ids (globs) whose translation may be identical to the
    /// source (names, codes, cognates); elsewhere a copy counts as untranslated.
    pub same_as_source: Vec<String>,
    /// `[checks]`: what some rules need to know about the project.
    pub checks: CheckSettings,
}

/// The `[checks]` table: facts about the app that only the project knows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckSettings {
    /// Which plural categories `missing-plural-category` asks of a locale.
    pub plural_categories: PluralCategories,
    /// Fluent functions the app registers besides `NUMBER` and `DATETIME` (`unknown-function`).
    pub functions: Vec<String>,
}

/// `[checks] plural-categories`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PluralCategories {
    /// `"integers"` (the default): the categories some whole number 0 ≤ n < 1,000,000
    /// selects. Categories reached only by fractions or by millions (French `many`,
    /// Russian `other`) are optional.
    #[default]
    Integers,
    /// `"cldr"`: every cardinal category CLDR defines for the locale.
    Cldr,
}

/// One `[[ignore]]` entry. A finding is ignored when it matches every list the entry gives:
/// its rule is in `rules`, its path matches one of `paths`, its id one of `ids` (globs).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ignore {
    #[serde(default)]
    pub rules: Vec<String>,
    #[serde(default)]
    pub paths: Vec<String>,
    #[serde(default)]
    pub ids: Vec<String>,
}

impl Ignore {
    pub fn matches(&self, d: &crate::Diagnostic) -> bool {
        (self.rules.is_empty() || self.rules.iter().any(|r| d.rule == r.as_str()))
            && (self.paths.is_empty()
                || self.paths.iter().any(|p| crate::glob::matches(p, &d.path)))
            && (self.ids.is_empty()
                || d.id
                    .as_deref()
                    .is_some_and(|id| self.ids.iter().any(|p| crate::glob::matches(p, id))))
    }
}

/// Why the workspace could not be used. Each message names the file and, where it applies,
/// the key, so the user knows what to fix.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("no {CONFIG_FILE} found in {0} or any parent directory (pass --workspace DIR, or create {CONFIG_FILE})")]
    NotFound(PathBuf),
    #[error("{0} has no {CONFIG_FILE} (the directory given with --workspace must contain one)")]
    NoConfigIn(PathBuf),
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
    /// An `l10n.toml` project that cannot be loaded (the message names the file and key).
    #[error(transparent)]
    L10n(#[from] crate::l10n_toml::L10nError),
}

/// How to open a compare-locales project: what compare-locales takes on its command line
/// besides the config files.
#[derive(Clone, Debug, Default)]
pub struct L10nOptions {
    /// `--l10n-base DIR`, `-D name=value`, `--ignore-missing-includes`.
    pub load: crate::l10n_toml::LoadOptions,
    /// `--full`: compare sub-projects for locales their own `locales` leave out, and add the
    /// locales found on disk ([`crate::l10n_toml::Project::enable_full`]).
    pub full: bool,
    /// With `full`: exactly these locales (like compare-locales' locale arguments with
    /// `--full`), which need not be in any config. Empty: the configs' locales and the
    /// locales on disk.
    pub full_locales: Vec<String>,
}

impl Workspace {
    /// A workspace from its parts (no file is read).
    pub fn new(root: PathBuf, config: Config, layout: Layout) -> Workspace {
        Workspace {
            root,
            config,
            layout,
            parents_index: std::sync::OnceLock::new(),
            overlay: crate::overlay::Overlay::default(),
        }
    }

    /// The workspace of `start`: the nearest directory at or above it with a `polyguide.toml`.
    pub fn discover(start: &Path) -> Result<Workspace, ConfigError> {
        match find_config(start) {
            Some(config) => Workspace::open(config.parent().unwrap_or(Path::new("."))),
            None => Err(ConfigError::NotFound(absolute(start))),
        }
    }

    /// The workspace rooted exactly at `root` (its `polyguide.toml` must exist).
    pub fn open(root: &Path) -> Result<Workspace, ConfigError> {
        Workspace::open_with(root, crate::overlay::Overlay::default())
    }

    /// [`Workspace::open`] reading through `overlay`: an editor's unsaved `polyguide.toml`
    /// counts, and so do the buffers of every file read later.
    pub fn open_with(
        root: &Path,
        overlay: crate::overlay::Overlay,
    ) -> Result<Workspace, ConfigError> {
        let root = absolute(root);
        let path = root.join(CONFIG_FILE);
        let text = overlay
            .read_file(&root, CONFIG_FILE)
            .and_then(|bytes| {
                crate::text::decode(bytes).map(|d| d.text).map_err(|e| {
                    std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string())
                })
            })
            .map_err(|source| {
                if source.kind() == std::io::ErrorKind::NotFound {
                    ConfigError::NoConfigIn(root.clone())
                } else {
                    ConfigError::Io {
                        path: path.clone(),
                        source,
                    }
                }
            })?;
        let mut config = Config::parse(&text).map_err(|message| ConfigError::Invalid {
            path: path.clone(),
            message,
        })?;
        if config.discover_locales {
            config.locales =
                discover_locales(&root.join(&config.locales_dir), &config.source_locale);
        }
        let mut ws = Workspace::new(root, config, Layout::Mirror);
        ws.overlay = overlay;
        Ok(ws)
    }

    /// A workspace for compare-locales `l10n.toml` files (no `polyguide.toml` needed): the
    /// project's root, its locales, its reference locale as the source, no guide content.
    ///
    /// `settings`, a `polyguide.toml` read with [`Config::parse_settings`], supplies
    /// `[rules]`, `[[ignore]]`, `[checks]` and `[export]`.
    pub fn from_l10n_toml(
        configs: &[PathBuf],
        settings: Option<&Config>,
    ) -> Result<Workspace, ConfigError> {
        Workspace::from_l10n_toml_with(configs, &L10nOptions::default(), settings)
    }

    /// [`Workspace::from_l10n_toml`] with compare-locales' command-line settings: the l10n
    /// base, variables, `--full`.
    pub fn from_l10n_toml_with(
        configs: &[PathBuf],
        options: &L10nOptions,
        settings: Option<&Config>,
    ) -> Result<Workspace, ConfigError> {
        let mut project = crate::l10n_toml::Project::load_with(configs, &options.load)?;
        if options.full {
            let only = (!options.full_locales.is_empty()).then_some(&options.full_locales[..]);
            project.enable_full(only);
        }
        let source_locale = project.reference_locale();
        let locales: Vec<String> = project
            .locales()
            .into_iter()
            .filter(|l| *l != source_locale)
            .collect();
        let defaults = Config::default();
        let settings = settings.unwrap_or(&defaults);
        let config = Config {
            source_locale,
            locales,
            discover_locales: false,
            // Unused: an l10n.toml project has no guide content (see `Project::load`).
            content_dir: "content".into(),
            locales_dir: ".".into(),
            fallback: BTreeMap::new(),
            rules: settings.rules.clone(),
            export_out_dir: settings.export_out_dir.clone(),
            export_stale_fallback: settings.export_stale_fallback,
            export_min_complete: settings.export_min_complete,
            ignore: settings.ignore.clone(),
            same_as_source: settings.same_as_source.clone(),
            checks: settings.checks.clone(),
        };
        Ok(Workspace::new(
            project.root().to_path_buf(),
            config,
            Layout::L10n(std::sync::Arc::new(project)),
        ))
    }

    /// Reads file `rel` (relative to the root, with `/`): the editor's buffer if the overlay
    /// holds one, else the file under the access policy.
    pub fn read_file(&self, rel: &str) -> std::io::Result<Vec<u8>> {
        self.overlay.read_file(&self.root, rel)
    }

    /// Hand-written source FTL files: (key, path relative to the root). The key is what a
    /// [`crate::catalog::SourceFile`] keeps as `rel`: the path inside the source locale
    /// directory (mirror layout) or the reference path (l10n.toml).
    pub fn source_ftl_files(&self) -> Vec<(String, String)> {
        match &self.layout {
            Layout::Mirror => {
                let source = &self.config.source_locale;
                crate::ftl::find_files(
                    &self.locales_dir().join(source),
                    &self.locale_rel_dir(source),
                    &self.root,
                )
            }
            Layout::L10n(p) => p
                .reference_files()
                .into_iter()
                .map(|r| (r.clone(), r))
                .collect(),
        }
    }

    /// Where the translation of source file `rel` lives in `locale` (relative to the root);
    /// `None` when the project does not translate that file in that locale.
    pub fn translation_path(&self, rel: &str, locale: &str) -> Option<String> {
        match &self.layout {
            Layout::Mirror => Some(join_rel(&self.locale_rel_dir(locale), rel)),
            Layout::L10n(p) => self.unless_may_be_absent(p, locale, p.l10n_path(rel, locale)),
        }
    }

    /// [`Self::translation_path`] of several source files at once (the project's rules for
    /// `locale` are worked out once).
    pub fn translation_paths(&self, rels: &[&str], locale: &str) -> Vec<Option<String>> {
        match &self.layout {
            Layout::Mirror => {
                let dir = self.locale_rel_dir(locale);
                rels.iter().map(|rel| Some(join_rel(&dir, rel))).collect()
            }
            Layout::L10n(p) => p
                .l10n_path_each(rels, locale)
                .into_iter()
                .map(|path| self.unless_may_be_absent(p, locale, path))
                .collect(),
        }
    }

    /// `path`, unless an l10n.toml `[[filters]]` rule says the file may be absent (a file
    /// rule with `action = "ignore"`) and it is: compare-locales then counts nothing for it,
    /// so the project does not translate it in this locale.
    fn unless_may_be_absent(
        &self,
        project: &crate::l10n_toml::Project,
        locale: &str,
        path: Option<String>,
    ) -> Option<String> {
        let path = path?;
        let may_be_absent = project.has_filters()
            && project.action(locale, &path, None) == crate::l10n_toml::Action::Ignore;
        if may_be_absent && std::fs::symlink_metadata(self.root.join(&path)).is_err() {
            return None;
        }
        Some(path)
    }

    /// The translation files of `locale`, and those found but not read (links out of the
    /// workspace, broken links, special files), with the reason.
    pub fn scan_translation_files(&self, locale: &str) -> (Vec<String>, Vec<(String, String)>) {
        match &self.layout {
            Layout::Mirror => {
                let scan = crate::ftl::scan_files(
                    &self.locales_dir().join(locale),
                    &self.locale_rel_dir(locale),
                    &self.root,
                );
                (
                    scan.files.into_iter().map(|(_, p)| p).collect(),
                    scan.skipped,
                )
            }
            Layout::L10n(p) => (p.l10n_files(locale), Vec::new()),
        }
    }

    /// The source FTL files found but not read, with the reason (see [`Self::scan_translation_files`]).
    pub fn skipped_source_files(&self) -> Vec<(String, String)> {
        match &self.layout {
            Layout::Mirror => {
                let source = &self.config.source_locale;
                crate::ftl::scan_files(
                    &self.locales_dir().join(source),
                    &self.locale_rel_dir(source),
                    &self.root,
                )
                .skipped
            }
            Layout::L10n(_) => Vec::new(),
        }
    }

    /// The translation files present for `locale` (paths relative to the root, sorted).
    pub fn translation_files(&self, locale: &str) -> Vec<String> {
        match &self.layout {
            Layout::Mirror => crate::ftl::find_files(
                &self.locales_dir().join(locale),
                &self.locale_rel_dir(locale),
                &self.root,
            )
            .into_iter()
            .map(|(_, path)| path)
            .collect(),
            Layout::L10n(p) => p.l10n_files(locale),
        }
    }

    /// What the project says about a missing or obsolete entity (`key` Some) or file (`key`
    /// None): `None` to ignore it, else the severity to report it with (`default` unless an
    /// l10n.toml `[[filters]]` rule says otherwise).
    pub fn filter(
        &self,
        locale: &str,
        path: &str,
        key: Option<&str>,
        default: Severity,
    ) -> Option<Severity> {
        match &self.layout {
            Layout::Mirror => Some(default),
            // Without [[filters]], an entity of a file the project compares is always an error.
            Layout::L10n(p) if key.is_some() && !p.has_filters() => Some(default),
            Layout::L10n(p) => match p.action(locale, path, key) {
                crate::l10n_toml::Action::Ignore => None,
                crate::l10n_toml::Action::Warning => Some(Severity::Warning),
                crate::l10n_toml::Action::Error => Some(default),
            },
        }
    }

    pub fn content_dir(&self) -> PathBuf {
        self.root.join(&self.config.content_dir)
    }

    pub fn locales_dir(&self) -> PathBuf {
        self.root.join(&self.config.locales_dir)
    }

    /// `locales/<locale>` as a path relative to the root, with `/`. In an l10n.toml project,
    /// the directory its `l10n` patterns put the locale's files in (`l10n/de` for
    /// `{l10n_base}/{locale}/…`), where its stamps file lives too.
    pub fn locale_rel_dir(&self, locale: &str) -> String {
        match &self.layout {
            Layout::L10n(p) => p
                .locale_dir(locale)
                .unwrap_or_else(|| join_rel(&self.config.locales_dir, locale)),
            Layout::Mirror => join_rel(&self.config.locales_dir, locale),
        }
    }

    /// All locales, the source first.
    pub fn all_locales(&self) -> Vec<&str> {
        std::iter::once(self.config.source_locale.as_str())
            .chain(self.config.locales.iter().map(String::as_str))
            .collect()
    }

    /// The locales `locale` falls back to, in order, ending with the source locale: the
    /// explicit `[fallback]` chain if configured, else the configured locales among its CLDR
    /// parents (ICU4X's fallback algorithm: `pt-BR` → `pt`, `es-MX` → `es-419` → `es`;
    /// `zh-TW` goes to `zh-Hant`, never to `zh-CN`).
    pub fn fallback_chain(&self, locale: &str) -> Vec<String> {
        let source = &self.config.source_locale;
        let mut chain: Vec<String> = match self.config.fallback.get(locale) {
            Some(explicit) => explicit.clone(),
            None => {
                let index = self.parents_index.get_or_init(|| {
                    let mut index = ParentsIndex::default();
                    for c in &self.config.locales {
                        if let Some(normalized) = cldr_parents(c).into_iter().next() {
                            index.0.entry(normalized).or_default().push(c.clone());
                        }
                    }
                    index
                });
                let mut found: Vec<(usize, String)> = Vec::new();
                for (i, parent) in cldr_parents(locale).iter().enumerate() {
                    for c in index.0.get(parent).into_iter().flatten() {
                        if c != locale {
                            found.push((i, c.clone()));
                        }
                    }
                }
                found.sort();
                found.into_iter().map(|(_, c)| c).collect()
            }
        };
        chain.retain(|l| l != locale && l != source);
        chain.dedup();
        chain.push(source.clone());
        chain
    }

    /// The configured severity of a rule: the override if any, else its default; `None` = off.
    pub fn severity_of(&self, rule: &str, default: Severity) -> Option<Severity> {
        match self.config.rules.get(rule) {
            Some(over) => *over,
            None => Some(default),
        }
    }
}

/// The nearest `polyguide.toml` at or above `start`.
pub fn find_config(start: &Path) -> Option<PathBuf> {
    let start = absolute(start);
    start
        .ancestors()
        .map(|d| d.join(CONFIG_FILE))
        .find(|p| p.is_file())
}

/// The locale directories under `dir`: names that are canonical locale ids, with at least
/// one `.ftl` file below them, except the source. Sorted, so runs are deterministic.
fn discover_locales(dir: &Path, source: &str) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|name| name != source && check_locale("locales", name).is_ok())
        .filter(|name| !crate::ftl::find_files(&dir.join(name), name, dir).is_empty())
        .collect();
    out.sort();
    out
}

/// The ICU4X fallback chain of a locale, without the final `und`: the locale itself
/// (normalized), then its CLDR parents.
pub fn cldr_parents(locale: &str) -> Vec<String> {
    // A project's fallback chains ask for every configured locale's parents once per locale
    // (a hundred locales: ten thousand questions), so answers are remembered.
    static KNOWN: std::sync::Mutex<BTreeMap<String, Vec<String>>> =
        std::sync::Mutex::new(BTreeMap::new());
    let mut known = KNOWN.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(parents) = known.get(locale) {
        return parents.clone();
    }
    let parents = compute_cldr_parents(locale);
    known.insert(locale.to_string(), parents.clone());
    parents
}

fn compute_cldr_parents(locale: &str) -> Vec<String> {
    let Ok(parsed) = locale.parse::<icu_locale_core::Locale>() else {
        return vec![locale.to_string()];
    };
    let fallbacker = icu_locale::LocaleFallbacker::new();
    let mut it = fallbacker
        .for_config(Default::default())
        .fallback_for((&parsed).into());
    let mut out = Vec::new();
    // The chain is short (at most a handful of steps); the bound guards against surprises.
    for _ in 0..16 {
        let current = it.get();
        if current.is_unknown() {
            break;
        }
        out.push(current.to_string());
        it.step();
    }
    out
}

/// `a/b` joined with `c`, treating `.` as the root.
pub fn join_rel(dir: &str, name: &str) -> String {
    if dir.is_empty() || dir == "." {
        name.to_string()
    } else {
        format!("{}/{}", dir.trim_end_matches('/'), name)
    }
}

fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|cwd| cwd.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    source_locale: Option<String>,
    #[serde(default)]
    locales: LocalesSpec,
    content_dir: Option<String>,
    locales_dir: Option<String>,
    #[serde(default)]
    fallback: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    rules: BTreeMap<String, String>,
    #[serde(default)]
    export: RawExport,
    #[serde(default)]
    ignore: Vec<Ignore>,
    #[serde(default)]
    same_as_source: Vec<String>,
    #[serde(default)]
    checks: RawChecks,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawChecks {
    plural_categories: Option<String>,
    #[serde(default)]
    functions: Vec<String>,
}

/// `locales = ["fr", "de"]`, or `locales = "*"`: every locale directory present.
#[derive(Deserialize)]
#[serde(untagged)]
enum LocalesSpec {
    List(Vec<String>),
    All(String),
}

impl Default for LocalesSpec {
    fn default() -> Self {
        LocalesSpec::List(Vec::new())
    }
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawExport {
    out_dir: Option<String>,
    stale: Option<String>,
    min_complete: Option<f64>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            source_locale: "en".into(),
            locales: Vec::new(),
            discover_locales: false,
            content_dir: "content".into(),
            locales_dir: "locales".into(),
            fallback: BTreeMap::new(),
            rules: BTreeMap::new(),
            export_out_dir: "dist".into(),
            export_stale_fallback: false,
            export_min_complete: 0.0,
            ignore: Vec::new(),
            same_as_source: Vec::new(),
            checks: CheckSettings::default(),
        }
    }
}

impl Config {
    /// The settings of a `polyguide.toml` that apply to an `l10n.toml` project: `[rules]`,
    /// `[[ignore]]`, `[checks]` and `[export]`. The file is validated as a whole, but `source-locale` may
    /// be left out; the project's own keys (locales, directories, fallback) come from the
    /// l10n.toml files.
    pub fn parse_settings(text: &str) -> Result<Config, String> {
        Config::parse_with(text, false)
    }

    /// Parses and validates the text of a `polyguide.toml`. The error is a sentence naming
    /// the offending key.
    pub fn parse(text: &str) -> Result<Config, String> {
        Config::parse_with(text, true)
    }

    /// The keys are checked in a fixed order, each by its own function; the first invalid
    /// one is the error.
    fn parse_with(text: &str, needs_source: bool) -> Result<Config, String> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            // toml's message is multi-line with a snippet; keep it, it names key and line.
            e.to_string().trim_end().to_string()
        })?;

        let source_locale = check_source_locale(raw.source_locale.as_deref(), needs_source)?;
        let (locales, discover_locales) = check_locales(&raw.locales, &source_locale)?;
        let fallback = check_fallback(raw.fallback, &locales)?;
        let rules = check_rules(raw.rules)?;
        check_ignores(&raw.ignore)?;
        let (export_stale_fallback, export_min_complete) = check_export_policy(&raw.export)?;
        let checks = check_settings(&raw.checks)?;

        Ok(Config {
            checks,
            discover_locales,
            export_stale_fallback,
            export_min_complete,
            source_locale,
            locales,
            content_dir: check_dir(
                "content-dir",
                raw.content_dir.as_deref().unwrap_or("content"),
            )?,
            locales_dir: check_dir(
                "locales-dir",
                raw.locales_dir.as_deref().unwrap_or("locales"),
            )?,
            fallback,
            rules,
            ignore: raw.ignore,
            same_as_source: raw.same_as_source,
            export_out_dir: check_dir(
                "export.out-dir",
                raw.export.out_dir.as_deref().unwrap_or("dist"),
            )?,
        })
    }
}

/// `source-locale`: required in a `polyguide.toml`, `en` when only its settings are read.
fn check_source_locale(raw: Option<&str>, needs_source: bool) -> Result<String, String> {
    let raw_source = match raw {
        Some(s) => s,
        None if !needs_source => "en",
        None => return Err("missing key `source-locale` (the language the content is written in, e.g. `source-locale = \"en\"`)".into()),
    };
    check_locale("source-locale", raw_source)
}

/// `locales`: the translation locales, each valid, listed once and not the source; and
/// whether the list is `"*"` (discover them on disk).
fn check_locales(spec: &LocalesSpec, source_locale: &str) -> Result<(Vec<String>, bool), String> {
    let (listed, discover_locales) = match spec {
        LocalesSpec::List(list) => (list.as_slice(), false),
        LocalesSpec::All(star) if star == "*" => (&[][..], true),
        LocalesSpec::All(other) => {
            return Err(format!(
                "key `locales`: `{other}` is not a list; write `locales = [\"fr\", …]`, or `locales = \"*\"` for every locale directory"
            ))
        }
    };
    let mut locales = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for locale in listed {
        let locale = check_locale("locales", locale)?;
        if locale == source_locale {
            return Err(format!(
                "key `locales`: {locale} is the source locale; list only translation locales"
            ));
        }
        if !seen.insert(locale.clone()) {
            return Err(format!("key `locales`: {locale} is listed twice"));
        }
        locales.push(locale);
    }
    Ok((locales, discover_locales))
}

/// `[fallback]`: chains of valid locales, each for a configured locale and never through
/// that locale itself.
fn check_fallback(
    raw: BTreeMap<String, Vec<String>>,
    locales: &[String],
) -> Result<BTreeMap<String, Vec<String>>, String> {
    let mut fallback = BTreeMap::new();
    for (locale, chain) in raw {
        let key = format!("fallback.\"{locale}\"");
        let locale = check_locale(&key, &locale)?;
        if !locales.contains(&locale) {
            return Err(format!(
                "key `{key}`: {locale} is not one of the configured `locales`"
            ));
        }
        let mut checked = Vec::new();
        for l in &chain {
            let l = check_locale(&key, l)?;
            if l == locale {
                return Err(format!("key `{key}`: a locale cannot fall back to itself"));
            }
            checked.push(l);
        }
        fallback.insert(locale, checked);
    }
    Ok(fallback)
}

/// `[rules]`: known rule names (a near miss is suggested) mapped to a severity, `None` for
/// `"off"`.
fn check_rules(
    raw: BTreeMap<String, String>,
) -> Result<BTreeMap<String, Option<Severity>>, String> {
    let mut rules = BTreeMap::new();
    for (name, level) in raw {
        if crate::rules::find(&name).is_none() {
            let hint = crate::suggest::nearest(&name, crate::rules::RULES.iter().map(|r| r.name))
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            return Err(format!(
                "key `rules.{name}`: no such rule{hint}; `polyguide explain` lists them"
            ));
        }
        let severity = match level.as_str() {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            "off" => None,
            other => {
                return Err(format!(
                    "key `rules.{name}`: `{other}` is not a severity; use \"error\", \"warning\", \"info\" or \"off\""
                ))
            }
        };
        rules.insert(name, severity);
    }
    Ok(rules)
}

/// `[[ignore]]`: every entry narrows by at least one list, and names only known rules.
fn check_ignores(entries: &[Ignore]) -> Result<(), String> {
    for (i, entry) in entries.iter().enumerate() {
        let key = format!("ignore[{i}]");
        if entry.rules.is_empty() && entry.paths.is_empty() && entry.ids.is_empty() {
            return Err(format!("key `{key}`: give at least one of `rules`, `paths`, `ids` (an empty entry would ignore everything)"));
        }
        for rule in &entry.rules {
            if crate::rules::find(rule).is_none() {
                return Err(format!(
                    "key `{key}.rules`: no such rule `{rule}`; `polyguide explain` lists them"
                ));
            }
        }
    }
    Ok(())
}

/// `[export] stale` and `min-complete`: whether stale translations fall back instead of
/// shipping, and the completeness a locale needs to be exported.
fn check_export_policy(raw: &RawExport) -> Result<(bool, f64), String> {
    let stale_fallback = match raw.stale.as_deref() {
        None | Some("ship") => false,
        Some("fallback") => true,
        Some(other) => {
            return Err(format!(
                "key `export.stale`: `{other}` is not a policy; use \"ship\" or \"fallback\""
            ))
        }
    };
    let min_complete = raw.min_complete.unwrap_or(0.0);
    if !(0.0..=100.0).contains(&min_complete) {
        return Err("key `export.min-complete`: a percentage from 0 to 100".into());
    }
    Ok((stale_fallback, min_complete))
}

/// The validated `[checks]` table.
fn check_settings(raw: &RawChecks) -> Result<CheckSettings, String> {
    let plural_categories = match raw.plural_categories.as_deref() {
        None | Some("integers") => PluralCategories::Integers,
        Some("cldr") => PluralCategories::Cldr,
        Some(other) => {
            return Err(format!(
                "key `checks.plural-categories`: `{other}` is not a choice; use \"integers\" (the categories whole numbers reach, the default) or \"cldr\" (every CLDR category)"
            ))
        }
    };
    let mut functions: Vec<String> = Vec::new();
    for name in &raw.functions {
        // Fluent's grammar: a function name is upper case ASCII letters, digits, `_` and `-`,
        // starting with a letter.
        let valid = name.starts_with(|c: char| c.is_ascii_uppercase())
            && name
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !valid {
            return Err(format!(
                "key `checks.functions`: `{name}` is not a Fluent function name (upper case letters, digits, `_` and `-`, starting with a letter, e.g. \"PLATFORM\")"
            ));
        }
        if functions.contains(name) {
            return Err(format!("key `checks.functions`: `{name}` is listed twice"));
        }
        functions.push(name.clone());
    }
    Ok(CheckSettings {
        plural_categories,
        functions,
    })
}

/// A locale id must be a valid BCP 47 language tag written in its canonical case, because it
/// is also a directory name and must match exactly on case-sensitive file systems.
pub fn check_locale(key: &str, value: &str) -> Result<String, String> {
    let parsed: LanguageIdentifier = value.parse().map_err(|_| {
        format!("key `{key}`: `{value}` is not a valid locale id (BCP 47, e.g. \"pt-BR\")")
    })?;
    let canonical = parsed.to_string();
    if canonical != value {
        return Err(format!(
            "key `{key}`: write locale `{value}` as `{canonical}` (the directory name must match)"
        ));
    }
    if canonical == "und" {
        return Err(format!("key `{key}`: `{value}` is not a language"));
    }
    Ok(canonical)
}

/// A configured directory must stay inside the workspace.
fn check_dir(key: &str, value: &str) -> Result<String, String> {
    let path = Path::new(value);
    let escapes = path.is_absolute()
        || path.components().any(|c| {
            matches!(
                c,
                Component::ParentDir | Component::Prefix(_) | Component::RootDir
            )
        });
    if escapes || value.contains('\\') {
        return Err(format!(
            "key `{key}`: `{value}` must be a relative path inside the workspace"
        ));
    }
    let normalized: Vec<&str> = value
        .split('/')
        .filter(|s| !s.is_empty() && *s != ".")
        .collect();
    Ok(if normalized.is_empty() {
        ".".to_string()
    } else {
        normalized.join("/")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_config_gets_defaults() {
        let c = Config::parse("source-locale = \"en\"\nlocales = [\"fr\", \"pt-BR\"]\n").unwrap();
        assert_eq!(c.content_dir, "content");
        assert_eq!(c.locales_dir, "locales");
        assert_eq!(c.export_out_dir, "dist");
        assert_eq!(c.locales, ["fr", "pt-BR"]);
    }

    #[test]
    fn unknown_key_is_named() {
        let e = Config::parse("source-locale = \"en\"\nlocale = [\"fr\"]\n").unwrap_err();
        assert!(e.contains("locale"), "{e}");
    }

    #[test]
    fn non_canonical_locale_is_rejected_with_the_fix() {
        let e = Config::parse("source-locale = \"en\"\nlocales = [\"pt-br\"]\n").unwrap_err();
        assert!(e.contains("`pt-BR`"), "{e}");
    }

    #[test]
    fn invalid_locale_is_rejected() {
        let e =
            Config::parse("source-locale = \"en\"\nlocales = [\"not a locale\"]\n").unwrap_err();
        assert!(e.contains("not a valid locale id"), "{e}");
    }

    #[test]
    fn unknown_rule_gets_a_suggestion() {
        let e = Config::parse("source-locale = \"en\"\n[rules]\nmissing-mesage = \"off\"\n")
            .unwrap_err();
        assert!(e.contains("did you mean `missing-message`"), "{e}");
    }

    fn ws(config: &str) -> Workspace {
        Workspace::new(
            PathBuf::from("/nonexistent"),
            Config::parse(config).unwrap(),
            Layout::Mirror,
        )
    }

    #[test]
    fn fallback_follows_cldr_parents_among_configured_locales() {
        let w = ws("source-locale = \"en\"\nlocales = [\"pt\", \"pt-BR\", \"es\", \"es-419\", \"es-MX\", \"zh-CN\", \"zh-TW\", \"fr\"]\n");
        assert_eq!(w.fallback_chain("pt-BR"), ["pt", "en"]);
        assert_eq!(w.fallback_chain("es-MX"), ["es-419", "es", "en"]);
        assert_eq!(
            w.fallback_chain("zh-TW"),
            ["en"],
            "never the Simplified Chinese text"
        );
        assert_eq!(w.fallback_chain("fr"), ["en"]);
    }

    /// Regression: every locale's chain used to scan every configured locale, so a lint of
    /// 5,000 locales spent most of its time here (25 million CLDR lookups).
    #[test]
    fn fallback_chains_of_thousands_of_locales_take_linear_time() {
        let languages = ["fr", "de", "es", "pt", "zh", "ar", "ru", "ja", "hi", "sw"];
        let mut locales: Vec<String> = languages.iter().map(|l| l.to_string()).collect();
        for a in 'A'..='Z' {
            for b in 'A'..='Z' {
                for l in &languages[..8] {
                    locales.push(format!("{l}-{a}{b}"));
                }
            }
        }
        assert!(locales.len() > 5000);
        let list: Vec<String> = locales.iter().map(|l| format!("\"{l}\"")).collect();
        let w = ws(&format!(
            "source-locale = \"en\"\nlocales = [{}]\n",
            list.join(", ")
        ));
        let start = std::time::Instant::now();
        let chains: Vec<Vec<String>> = locales.iter().map(|l| w.fallback_chain(l)).collect();
        let elapsed = start.elapsed();
        // The scan it replaces, on a sample.
        for (l, chain) in locales.iter().zip(&chains).step_by(97) {
            let parents = cldr_parents(l);
            let mut naive: Vec<(usize, &String)> = locales
                .iter()
                .filter(|c| *c != l)
                .filter_map(|c| {
                    let normalized = cldr_parents(c).into_iter().next()?;
                    parents
                        .iter()
                        .position(|p| *p == normalized)
                        .map(|i| (i, c))
                })
                .collect();
            naive.sort();
            let mut naive: Vec<&str> = naive.into_iter().map(|(_, c)| c.as_str()).collect();
            naive.push("en");
            assert_eq!(chain, &naive, "{l}");
        }
        assert_eq!(w.fallback_chain("pt-AO"), ["pt-PT", "pt", "en"]);
        assert_eq!(w.fallback_chain("zh-TW"), ["en"]);
        assert!(
            elapsed < std::time::Duration::from_secs(3),
            "{} fallback chains took {elapsed:?}",
            locales.len()
        );
    }

    #[test]
    fn explicit_fallback_wins() {
        let w = ws("source-locale = \"en\"\nlocales = [\"pt-BR\", \"pt-PT\"]\n[fallback]\n\"pt-BR\" = [\"pt-PT\"]\n");
        assert_eq!(w.fallback_chain("pt-BR"), ["pt-PT", "en"]);
    }

    #[test]
    fn directories_cannot_escape_the_workspace() {
        let e = Config::parse("source-locale = \"en\"\nlocales-dir = \"../x\"\n").unwrap_err();
        assert!(e.contains("locales-dir"), "{e}");
        let c = Config::parse("source-locale = \"en\"\nlocales-dir = \".\"\n").unwrap();
        assert_eq!(c.locales_dir, ".");
    }

    #[test]
    fn ignore_entries_are_validated() {
        let c = Config::parse("source-locale = \"en\"\n[[ignore]]\nrules = [\"untranslated\"]\npaths = [\"locales/*/terms.ftl\"]\n").unwrap();
        assert_eq!(c.ignore.len(), 1);
        assert!(Config::parse("source-locale = \"en\"\n[[ignore]]\n")
            .unwrap_err()
            .contains("ignore[0]"));
        assert!(
            Config::parse("source-locale = \"en\"\n[[ignore]]\nrules = [\"nope\"]\n")
                .unwrap_err()
                .contains("nope")
        );
        assert!(Config::parse("source-locale = \"en\"\n[[ignore]]\nrule = [\"x\"]\n").is_err());
    }

    #[test]
    fn severity_values_are_checked() {
        let e = Config::parse("source-locale = \"en\"\n[rules]\nmissing-message = \"loud\"\n")
            .unwrap_err();
        assert!(e.contains("rules.missing-message"), "{e}");
    }
}
