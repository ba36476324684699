//! `polyguide site`: a static website per locale, built from the exported bundles.
//!
//! The site is the reference consumer of the export: [`build`] runs the export into a
//! temporary directory, and [`render`] sees only what any app sees, `manifest.json` and
//! `<locale>/<guide>.json` (read by [`bundle`]). Each guide becomes
//! `<locale>/<guide>.html`, each locale gets `<locale>/index.html`, and `index.html` lists
//! the languages. Every item carries its status: a stale translation is marked "outdated"
//! with the source text on demand (`<details>`), a fallback text is marked "not yet
//! translated" and carries the `lang` (and `dir`) of the language it is in.
//!
//! Pages are rendered by minijinja templates (`src/site/templates/`) with HTML auto-escaping,
//! so no text of a bundle can add markup; the CSS is inline and there is no script, so a page
//! needs nothing but itself. The same bundles give byte-identical pages.

pub mod bundle;
pub mod ui;

use crate::export::{self, ExportOptions, ExportReport};
use crate::project::Project;
use crate::workspace::Workspace;
use bundle::{Bundles, Direction, GuideBundle, Status, TextItem};
use minijinja::value::{Serde, Value};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use ui::Ui;

/// The file in a site directory that lists the files `polyguide site` wrote there: a
/// directory without it is never written into unless it is empty, and only the files it
/// lists are ever removed.
pub const SITE_LIST: &str = ".polyguide-site";

/// A rendered site: file paths (relative, with `/`) and their bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Site {
    pub files: BTreeMap<String, Vec<u8>>,
}

/// What [`build`] produced: the site (None when the export wrote no manifest because the
/// source does not load) and the export's own report (locales skipped or broken).
#[derive(Debug)]
pub struct Build {
    pub site: Option<Site>,
    pub export: ExportReport,
}

impl Build {
    /// The locales the export did not build this time (below `min-complete`, or blocked by
    /// a broken part such as an invalid stamps file): as export keeps their earlier bundles,
    /// [`write()`] keeps their earlier pages.
    pub fn unbuilt_locales(&self) -> BTreeSet<String> {
        let skipped = self.export.skipped.iter().map(|(locale, _)| locale.clone());
        let blocked = self.export.broken.iter().filter_map(|(l, _)| l.clone());
        skipped.chain(blocked).collect()
    }
}

/// What [`write()`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Files whose bytes changed or that are new.
    pub written: Vec<String>,
    /// Files already in place with the same bytes.
    pub unchanged: usize,
    /// Files of an earlier run that no longer belong.
    pub removed: Vec<String>,
    /// Files of an earlier run kept because their locale was not built this time.
    pub kept: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error("export: {0}")]
    Export(#[from] export::ExportError),
    #[error("reading the exported bundles: {0}")]
    Bundle(#[from] bundle::BundleError),
    #[error("rendering {page}: {source}")]
    Template {
        page: String,
        source: minijinja::Error,
    },
    #[error("cannot {what} {path}: {source}")]
    Io {
        what: &'static str,
        path: String,
        source: std::io::Error,
    },
    #[error("refusing to write the site into {out}: it {relation} {what}; choose another directory (e.g. `site`)")]
    Overlap {
        out: String,
        relation: &'static str,
        what: String,
    },
    #[error("refusing to write the site into {0}: it is not empty and was not written by `polyguide site` (no {SITE_LIST} file)")]
    NotASite(String),
}

/// Exports the project into a temporary directory and renders the site from that export.
pub fn build(project: &Project) -> Result<Build, SiteError> {
    let tmp = tempfile::Builder::new()
        .prefix("polyguide-site-")
        .tempdir()
        .map_err(|source| SiteError::Io {
            what: "create a temporary directory in",
            path: std::env::temp_dir().display().to_string(),
            source,
        })?;
    let report = export::export(
        project,
        &ExportOptions {
            out: tmp.path().to_path_buf(),
            locales: Vec::new(),
        },
    )?;
    if report.broken.iter().any(|(locale, _)| locale.is_none()) {
        return Ok(Build {
            site: None,
            export: report,
        });
    }
    let bundles = Bundles::read(tmp.path())?;
    Ok(Build {
        site: Some(render(&bundles)?),
        export: report,
    })
}

/// Renders the site of an export read back with [`Bundles::read`].
pub fn render(bundles: &Bundles) -> Result<Site, SiteError> {
    let env = templates()?;
    let languages = Languages::of(&bundles.manifest)?;
    let mut files = BTreeMap::new();
    for &locale in &languages.order {
        render_locale(&env, bundles, &languages, locale, &mut files)?;
    }
    files.insert(
        "index.html".into(),
        render_home(&env, &bundles.manifest, &languages)?,
    );
    Ok(Site { files })
}

/// Writes the site into `out`, which must be empty, absent or an earlier site (it holds a
/// [`SITE_LIST`]); files of the earlier site that no longer belong are removed, files whose
/// bytes are already in place are left alone. The earlier pages of `unbuilt` locales (see
/// [`Build::unbuilt_locales`]) stay, and stay listed. `out` may not overlap the workspace's
/// root (beyond lying inside it), content or locales.
pub fn write(
    site: &Site,
    out: &Path,
    ws: &Workspace,
    unbuilt: &BTreeSet<String>,
) -> Result<WriteReport, SiteError> {
    check_overlap(out, ws)?;
    let io = |what: &'static str, path: &Path| {
        let path = path.display().to_string();
        move |source| SiteError::Io { what, path, source }
    };
    let list_path = out.join(SITE_LIST);
    if !list_path.exists() && out.exists() {
        let mut entries = std::fs::read_dir(out).map_err(io("read", out))?;
        if entries.next().is_some() {
            return Err(SiteError::NotASite(out.display().to_string()));
        }
    }
    // One writer per site directory; the kernel releases the lock however the process ends.
    let what = format!("the site directory {}", out.display());
    let _lock = crate::fsx::DirLock::acquire(out, &what, crate::fsx::LOCK_TIMEOUT)
        .map_err(io("lock", out))?;
    crate::fsx::remove_leftovers(out);
    let earlier: Vec<String> = match crate::fsx::read_text(&list_path) {
        Ok(text) => text.lines().skip(1).map(str::to_string).collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(io("read", &list_path)(e)),
    };
    let mut report = WriteReport::default();
    for (rel, bytes) in &site.files {
        let path = safe_join(out, rel).ok_or_else(|| SiteError::Io {
            what: "write",
            path: rel.clone(),
            source: std::io::Error::other("the path leaves the output directory"),
        })?;
        if let Some(parent) = path.parent() {
            within(out, parent)?;
            std::fs::create_dir_all(parent).map_err(io("create", parent))?;
        }
        within(out, &path)?;
        if crate::fsx::read_file(&path).is_ok_and(|old| &old == bytes) {
            report.unchanged += 1;
            continue;
        }
        crate::fsx::write_atomic(&path, bytes).map_err(io("write", &path))?;
        report.written.push(rel.clone());
    }
    remove_earlier(site, out, earlier, unbuilt, &mut report)?;
    write_list(site, &list_path, &report.kept)?;
    Ok(report)
}

/// Removes the files of the earlier site (`earlier`, as listed) that `site` no longer has,
/// except those of `unbuilt` locales, which go to `report.kept`.
fn remove_earlier(
    site: &Site,
    out: &Path,
    earlier: Vec<String>,
    unbuilt: &BTreeSet<String>,
    report: &mut WriteReport,
) -> Result<(), SiteError> {
    for rel in earlier {
        if site.files.contains_key(&rel) {
            continue;
        }
        let Some(path) = safe_join(out, &rel) else {
            continue;
        };
        if rel
            .split_once('/')
            .is_some_and(|(locale, _)| unbuilt.contains(locale))
        {
            // Still the site's while it is there; one removed by hand is no longer listed.
            if path.symlink_metadata().is_ok() {
                report.kept.push(rel);
            }
            continue;
        }
        within(out, &path)?;
        match std::fs::remove_file(&path) {
            Ok(()) => report.removed.push(rel),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(SiteError::Io {
                    what: "remove",
                    path: path.display().to_string(),
                    source: e,
                })
            }
        }
        if let Some(parent) = path.parent().filter(|p| *p != out) {
            // Only an empty directory goes; one with anything else in it stays.
            let _ = std::fs::remove_dir(parent);
        }
    }
    Ok(())
}

/// Writes the [`SITE_LIST`]: the files of `site` and the earlier files `kept`, sorted (left
/// alone when it already says that).
fn write_list(site: &Site, list_path: &Path, kept: &[String]) -> Result<(), SiteError> {
    let files: BTreeSet<&str> = site.files.keys().chain(kept).map(String::as_str).collect();
    let mut list =
        String::from("polyguide site: the files below were written by `polyguide site`\n");
    for rel in files {
        list.push_str(rel);
        list.push('\n');
    }
    if crate::fsx::read_text(list_path).ok().as_deref() != Some(list.as_str()) {
        crate::fsx::write_atomic(list_path, list.as_bytes()).map_err(|source| SiteError::Io {
            what: "write",
            path: list_path.display().to_string(),
            source,
        })?;
    }
    Ok(())
}

/// Refuses to write or remove through a symbolic link that leaves the output directory.
fn within(out: &Path, path: &Path) -> Result<(), SiteError> {
    crate::fsx::inside(out, path, "the output directory").map_err(|why| SiteError::Io {
        what: "write",
        path: path.display().to_string(),
        source: std::io::Error::other(why.to_string()),
    })
}

// ---------------------------------------------------------------------------------------
// Pages: what [`render`] writes for each locale and for the home page.

/// The languages of a site: the source first, then the other locales of the manifest in
/// its order, each with its name (in itself) and its direction.
struct Languages<'a> {
    source: &'a str,
    order: Vec<&'a str>,
    names: BTreeMap<&'a str, String>,
    directions: BTreeMap<&'a str, Direction>,
}

impl<'a> Languages<'a> {
    /// The languages of `manifest`, which must have an entry for its source locale.
    fn of(manifest: &'a bundle::Manifest) -> Result<Languages<'a>, SiteError> {
        let source = manifest.source_locale.as_str();
        if !manifest.locales.contains_key(source) {
            return Err(bundle::BundleError::Invalid {
                path: "manifest.json".into(),
                why: format!("the source locale `{source}` has no entry"),
            }
            .into());
        }
        let mut order: Vec<&str> = vec![source];
        order.extend(
            manifest
                .locales
                .keys()
                .map(String::as_str)
                .filter(|l| *l != source),
        );
        let names = order
            .iter()
            .map(|l| (*l, ui::autonym(l).unwrap_or_else(|| l.to_string())))
            .collect();
        let directions = manifest
            .locales
            .iter()
            .map(|(l, e)| (l.as_str(), e.direction))
            .collect();
        Ok(Languages {
            source,
            order,
            names,
            directions,
        })
    }

    /// The language switcher of a page in `current`: a link per language to `href(lang)`.
    fn links(&self, current: &str, href: impl Fn(&str) -> String) -> Vec<LanguageLink> {
        self.order
            .iter()
            .map(|&l| LanguageLink {
                href: href(l),
                lang: l.to_string(),
                dir: self.directions[l].as_str(),
                name: self.names[l].clone(),
                current: l == current,
            })
            .collect()
    }
}

/// Whether `locale`'s bundles hold guide `id`.
fn has_guide(bundles: &Bundles, locale: &str, id: &str) -> bool {
    bundles
        .guides
        .get(locale)
        .is_some_and(|guides| guides.contains_key(id))
}

/// The pages of `locale`: one per guide, and its index.
fn render_locale(
    env: &minijinja::Environment,
    bundles: &Bundles,
    languages: &Languages,
    locale: &str,
    files: &mut BTreeMap<String, Vec<u8>>,
) -> Result<(), SiteError> {
    let entry = &bundles.manifest.locales[locale];
    let no_guides = BTreeMap::new();
    let guides = bundles.guides.get(locale).unwrap_or(&no_guides);
    let sources = bundles.guides.get(languages.source);
    let page_dir = entry.direction;
    let ui = UiView::new(locale, page_dir);
    let ctx = ItemContext {
        page_lang: locale,
        page_dir,
        source: languages.source,
        directions: &languages.directions,
    };
    for (id, guide) in guides {
        let source_guide = sources.and_then(|s| s.get(id));
        let page = GuidePage {
            lang: locale,
            dir: page_dir.as_str(),
            title: &guide.title.text,
            ui: &ui,
            languages: languages.links(locale, |l| {
                if has_guide(bundles, l, id) {
                    format!("../{l}/{id}.html")
                } else {
                    format!("../{l}/index.html")
                }
            }),
            home: "../index.html",
            index: "index.html",
            guide: guide_view(guide, source_guide, &ctx, &ui.ui),
        };
        let path = format!("{locale}/{id}.html");
        files.insert(path.clone(), render_page(env, "guide.html", &page, &path)?);
    }
    let mut listed: Vec<GuideLink> = guides
        .iter()
        .map(|(id, g)| GuideLink {
            href: format!("{id}.html"),
            title: item_view(&g.title, None, &ctx),
        })
        .collect();
    listed.sort_by(|a, b| a.href.cmp(&b.href));
    let page = LocalePage {
        lang: locale,
        dir: page_dir.as_str(),
        ui: &ui,
        languages: languages.links(locale, |l| format!("../{l}/index.html")),
        home: "../index.html",
        completeness: locale_completeness(&ui.ui, entry, locale == languages.source),
        guides: listed,
    };
    let path = format!("{locale}/index.html");
    files.insert(path.clone(), render_page(env, "locale.html", &page, &path)?);
    Ok(())
}

/// The home page: every language, each named in itself with its completeness.
fn render_home(
    env: &minijinja::Environment,
    manifest: &bundle::Manifest,
    languages: &Languages,
) -> Result<Vec<u8>, SiteError> {
    let source = languages.source;
    let directions = &languages.directions;
    let home_ui = UiView::new(source, directions[source]);
    let home = HomePage {
        lang: source,
        dir: directions[source].as_str(),
        ui: &home_ui,
        locales: languages
            .order
            .iter()
            .map(|&l| {
                let lui = Ui::for_locale(l);
                HomeLocale {
                    href: format!("{l}/index.html"),
                    lang: l,
                    dir: directions[l].as_str(),
                    name: languages.names[l].clone(),
                    ui_lang: lui.lang,
                    ui_dir: lui.dir,
                    complete: locale_completeness(&lui, &manifest.locales[l], l == source)
                        .into_iter()
                        .next()
                        .unwrap_or_default(),
                }
            })
            .collect(),
    };
    render_page(env, "home.html", &home, "index.html")
}

// ---------------------------------------------------------------------------------------
// Views: what the templates see.

/// The interface strings of a page, and whether they are in another language than it.
#[derive(Serialize)]
struct UiView {
    lang: &'static str,
    /// The strings come from another language's file: the templates mark them with `lang`.
    foreign: bool,
    /// Their direction, when it differs from the page's.
    dir: Option<&'static str>,
    strings: BTreeMap<&'static str, String>,
    #[serde(skip)]
    ui: Ui,
}

impl UiView {
    fn new(locale: &str, page_dir: Direction) -> UiView {
        let ui = Ui::for_locale(locale);
        let strings = [
            "languages",
            "contents",
            "guides",
            "important",
            "note-warning",
            "note-caution",
            "note-tip",
            "note-info",
            "marker-stale",
            "marker-fallback",
            "show-original",
            "site-footer",
            "all-languages",
        ]
        .into_iter()
        .map(|id| (id, ui.text(id)))
        .collect();
        UiView {
            lang: ui.lang,
            foreign: ui.lang != locale,
            dir: (ui.dir != page_dir.as_str()).then_some(ui.dir),
            strings,
            ui,
        }
    }
}

#[derive(Serialize)]
struct LanguageLink {
    href: String,
    lang: String,
    dir: &'static str,
    name: String,
    current: bool,
}

#[derive(Serialize)]
struct GuidePage<'a> {
    lang: &'a str,
    dir: &'static str,
    title: &'a str,
    ui: &'a UiView,
    languages: Vec<LanguageLink>,
    home: &'static str,
    index: &'static str,
    guide: GuideView,
}

#[derive(Serialize)]
struct LocalePage<'a> {
    lang: &'a str,
    dir: &'static str,
    ui: &'a UiView,
    languages: Vec<LanguageLink>,
    home: &'static str,
    completeness: Vec<String>,
    guides: Vec<GuideLink>,
}

#[derive(Serialize)]
struct GuideLink {
    href: String,
    title: ItemView,
}

#[derive(Serialize)]
struct HomePage<'a> {
    lang: &'a str,
    dir: &'static str,
    ui: &'a UiView,
    locales: Vec<HomeLocale<'a>>,
}

#[derive(Serialize)]
struct HomeLocale<'a> {
    href: String,
    lang: &'a str,
    dir: &'static str,
    name: String,
    /// The language of `complete` (the locale's interface language) and its direction.
    ui_lang: &'static str,
    ui_dir: &'static str,
    complete: String,
}

#[derive(Serialize)]
struct GuideView {
    title: ItemView,
    summary: Option<ItemView>,
    /// The completeness line of the page, in parts.
    completeness: Vec<String>,
    /// Guide-level notes shown before the methods, and after them.
    notes_before: Vec<NoteView>,
    methods: Vec<MethodView>,
    notes_after: Vec<NoteView>,
}

#[derive(Serialize)]
struct MethodView {
    anchor: String,
    title: ItemView,
    summary: Option<ItemView>,
    /// Hazards come before the procedure: the notes the bundle places before the steps.
    notes_before: Vec<NoteView>,
    steps: Vec<ItemView>,
    notes_after: Vec<NoteView>,
}

#[derive(Serialize)]
struct NoteView {
    kind: &'static str,
    label: String,
    item: ItemView,
}

/// One text of a bundle, ready to show: split into plain text and variables, with the
/// language it is in when that is not the page's.
#[derive(Serialize)]
struct ItemView {
    id: String,
    status: &'static str,
    segments: Vec<Segment>,
    lang: Option<String>,
    dir: Option<&'static str>,
    /// For a stale item: today's source text.
    original: Option<Original>,
}

#[derive(Serialize)]
struct Original {
    segments: Vec<Segment>,
    lang: String,
    dir: Option<&'static str>,
}

#[derive(Serialize, Debug, PartialEq)]
struct Segment {
    text: String,
    /// A variable the text leaves to the app (`{$name}` in the bundle).
    var: bool,
}

struct ItemContext<'a> {
    page_lang: &'a str,
    page_dir: Direction,
    source: &'a str,
    directions: &'a BTreeMap<&'a str, Direction>,
}

impl ItemContext<'_> {
    /// The `dir` attribute for text in `lang`: only when it differs from the page's.
    fn dir_for(&self, lang: &str) -> Option<&'static str> {
        self.directions
            .get(lang)
            .filter(|d| **d != self.page_dir)
            .map(|d| d.as_str())
    }
}

fn item_view(item: &TextItem, source: Option<&TextItem>, ctx: &ItemContext) -> ItemView {
    let (lang, dir) = match item.status {
        Status::Fallback => {
            let from = item.from.as_deref().unwrap_or(ctx.source);
            (Some(from.to_string()), ctx.dir_for(from))
        }
        _ => (None, None),
    };
    let original = match (item.status, source) {
        (Status::Stale, Some(s)) if ctx.page_lang != ctx.source => Some(Original {
            segments: segments(&s.text, &s.variables),
            lang: ctx.source.to_string(),
            dir: ctx.dir_for(ctx.source),
        }),
        _ => None,
    };
    ItemView {
        id: item.id.clone(),
        status: item.status.as_str(),
        segments: segments(&item.text, &item.variables),
        lang,
        dir,
        original,
    }
}

fn guide_view(
    guide: &GuideBundle,
    source: Option<&GuideBundle>,
    ctx: &ItemContext,
    ui: &Ui,
) -> GuideView {
    let source_items: BTreeMap<&str, &TextItem> = source
        .map(|g| g.items().into_iter().map(|i| (i.id.as_str(), i)).collect())
        .unwrap_or_default();
    let view = |item: &TextItem| item_view(item, source_items.get(item.id.as_str()).copied(), ctx);
    let notes = |notes: &[bundle::Note], at: bundle::Position| -> Vec<NoteView> {
        notes
            .iter()
            .filter(|n| n.position == at)
            .map(|n| NoteView {
                kind: n.kind.as_str(),
                label: ui.text(&format!("note-{}", n.kind.as_str())),
                item: view(&n.item),
            })
            .collect()
    };
    use bundle::Position::{After, Before};
    let (mut current, mut stale, mut fallback) = (0u64, 0u64, 0u64);
    for item in guide.items() {
        match item.status {
            Status::Current => current += 1,
            Status::Stale => stale += 1,
            Status::Fallback => fallback += 1,
        }
    }
    let total = current + stale + fallback;
    let completeness = if ctx.page_lang == ctx.source {
        vec![ui.text("page-original")]
    } else {
        let mut parts =
            vec![ui.text_with("page-current", &[("current", current), ("total", total)])];
        if stale > 0 {
            parts.push(ui.text_with("page-stale", &[("count", stale)]));
        }
        if fallback > 0 {
            parts.push(ui.text_with("page-fallback", &[("count", fallback)]));
        }
        parts
    };
    GuideView {
        title: view(&guide.title),
        summary: guide.summary.as_ref().map(view),
        completeness,
        methods: guide
            .methods
            .iter()
            .map(|m| MethodView {
                anchor: m.key.clone(),
                title: view(&m.title),
                summary: m.summary.as_ref().map(view),
                notes_before: notes(&m.notes, Before),
                steps: m.steps.iter().map(|s| view(&s.item)).collect(),
                notes_after: notes(&m.notes, After),
            })
            .collect(),
        notes_before: notes(&guide.notes, Before),
        notes_after: notes(&guide.notes, After),
    }
}

/// A locale's completeness line (index pages): its percentage (rounded down, as the
/// manifest's `complete` is a floor too), then its stale and fallback counts.
fn locale_completeness(ui: &Ui, entry: &bundle::LocaleEntry, is_source: bool) -> Vec<String> {
    if is_source {
        return vec![ui.text("page-original")];
    }
    let percent = entry.complete.clamp(0.0, 100.0).floor() as u64;
    let mut parts = vec![ui.text_with("locale-complete", &[("percent", percent)])];
    if entry.counts.stale > 0 {
        parts.push(ui.text_with("page-stale", &[("count", entry.counts.stale)]));
    }
    if entry.counts.fallback > 0 {
        parts.push(ui.text_with("page-fallback", &[("count", entry.counts.fallback)]));
    }
    parts
}

/// Splits a bundle text into plain text and the variables it declares (`{$name}`).
fn segments(text: &str, variables: &[String]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut plain = String::new();
    while let Some(start) = rest.find("{$") {
        let after = &rest[start + 2..];
        let var = after
            .find('}')
            .map(|end| &after[..end])
            .filter(|name| variables.iter().any(|v| v == name));
        match var {
            Some(name) => {
                plain.push_str(&rest[..start]);
                if !plain.is_empty() {
                    out.push(Segment {
                        text: std::mem::take(&mut plain),
                        var: false,
                    });
                }
                out.push(Segment {
                    text: name.to_string(),
                    var: true,
                });
                rest = &after[name.len() + 1..];
            }
            None => {
                plain.push_str(&rest[..start + 2]);
                rest = after;
            }
        }
    }
    plain.push_str(rest);
    if !plain.is_empty() {
        out.push(Segment {
            text: plain,
            var: false,
        });
    }
    out
}

// ---------------------------------------------------------------------------------------
// Templates and files.

const STYLE: &str = include_str!("site/templates/style.css");

fn templates() -> Result<minijinja::Environment<'static>, SiteError> {
    let mut env = minijinja::Environment::new();
    // `.html` templates escape every value (minijinja's default callback), attributes
    // included: no bundle text can add markup.
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") {
            minijinja::AutoEscape::Html
        } else {
            minijinja::AutoEscape::None
        }
    });
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    for (name, source) in [
        ("base.html", include_str!("site/templates/base.html")),
        ("macros.html", include_str!("site/templates/macros.html")),
        ("guide.html", include_str!("site/templates/guide.html")),
        ("locale.html", include_str!("site/templates/locale.html")),
        ("home.html", include_str!("site/templates/home.html")),
    ] {
        // The templates are part of the binary: a syntax error in one fails every test.
        env.add_template(name, source)
            .map_err(|source| SiteError::Template {
                page: name.to_string(),
                source,
            })?;
    }
    env.add_global("style", Value::from_safe_string(STYLE.to_string()));
    Ok(env)
}

fn render_page<T: Serialize>(
    env: &minijinja::Environment,
    template: &str,
    page: &T,
    path: &str,
) -> Result<Vec<u8>, SiteError> {
    let err = |source| SiteError::Template {
        page: path.to_string(),
        source,
    };
    let text = env
        .get_template(template)
        .and_then(|t| t.render(Value::from(Serde(page))))
        .map_err(err)?;
    Ok(text.into_bytes())
}

/// `out/rel`, when `rel` is a plain relative path (no `..`, no root, no backslash).
fn safe_join(out: &Path, rel: &str) -> Option<PathBuf> {
    let plain = !rel.is_empty()
        && !rel.contains('\\')
        && Path::new(rel)
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
    plain.then(|| out.join(rel))
}

/// Refuses an output directory that is, contains or lies inside the content or locales
/// directory, or that is or contains the workspace root.
fn check_overlap(out: &Path, ws: &Workspace) -> Result<(), SiteError> {
    let out_abs = absolute(out);
    let overlap = |relation, what: &Path| SiteError::Overlap {
        out: out.display().to_string(),
        relation,
        what: what.display().to_string(),
    };
    let root = absolute(&ws.root);
    if root.starts_with(&out_abs) {
        return Err(overlap("is or contains the workspace", &ws.root));
    }
    let protected: BTreeSet<PathBuf> = [ws.content_dir(), ws.locales_dir()].into_iter().collect();
    for dir in protected {
        let abs = absolute(&dir);
        if out_abs.starts_with(&abs) {
            return Err(overlap("lies inside", &dir));
        }
        if abs.starts_with(&out_abs) {
            return Err(overlap("contains", &dir));
        }
    }
    Ok(())
}

/// The path made absolute, symbolic links of its existing part resolved.
fn absolute(path: &Path) -> PathBuf {
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = path.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut full = real;
            full.extend(rest.iter().rev());
            return full;
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return path,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(text: &str, var: bool) -> Segment {
        Segment {
            text: text.into(),
            var,
        }
    }

    #[test]
    fn variables_become_their_own_segments() {
        let vars = vec!["percent".to_string()];
        assert_eq!(
            segments("Keep it charged: {$percent}% or more.", &vars),
            vec![
                seg("Keep it charged: ", false),
                seg("percent", true),
                seg("% or more.", false)
            ]
        );
        // Braces that are not a declared variable stay text.
        assert_eq!(
            segments("{$other} and {$percent", &vars),
            vec![seg("{$other} and {$percent", false)]
        );
        assert_eq!(segments("", &vars), vec![]);
    }

    #[test]
    fn only_plain_relative_paths_are_joined() {
        let out = Path::new("/tmp/site");
        assert!(safe_join(out, "fr/g.html").is_some());
        assert!(safe_join(out, "../x").is_none());
        assert!(safe_join(out, "/etc/passwd").is_none());
        assert!(safe_join(out, "a\\b").is_none());
        assert!(safe_join(out, "").is_none());
    }
}
