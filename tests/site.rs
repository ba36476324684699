//! `polyguide site` end to end: pages per locale from the exported bundles, per-item status
//! markers, lang/dir, escaping of hostile translations, determinism, safe writes. The
//! browser checks (rendering, overflow, console errors) need Chromium: they run in
//! `ci/interop/run.sh`, not in `cargo test`.

mod common;

use common::TestWs;
use polyguide::accept::{accept, Selection};
use polyguide::export::{export, ExportOptions};
use polyguide::project::Project;
use polyguide::site::{self, bundle::Bundles, Site, SiteError};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

const GUIDE: &str = "id: g\ntitle: Hello { -brand }\nsummary: A guide.\nmethods:\n  - id: m\n    title: Method\n    steps:\n      - id: a\n        text: Power off your phone.\n      - id: b\n        text: Press { $button }.\n      - id: c\n        text: Open the settings.\n    notes:\n      - id: w\n        kind: warning\n        text: This erases all data.\n      - id: k\n        kind: caution\n        text: Be careful.\nnotes:\n  - id: n\n    kind: tip\n    text: Keep it charged.\n";
const TERMS_EN: &str = "-brand = Acme\n";
const FR: &str = "g--title = Bonjour { -brand }\ng--summary = Un guide.\ng--m--title = Méthode\ng--m--a = Éteignez votre téléphone.\ng--m--c = Ouvrez les réglages.\ng--m--w = Cela efface toutes les données.\ng--m--k = Soyez prudent.\ng--n = Gardez-le chargé.\n";
const AR: &str = "g--title = مرحبا { -brand }\ng--m--title = طريقة\ng--m--a = أطفئ هاتفك.\ng--m--w = هذا يمسح كل البيانات.\n";

/// fr: one stale step (a), one fallback step (b), the rest current; ar: half translated.
fn fixture() -> TestWs {
    let ws = TestWs::new(
        &["fr", "ar"],
        &[
            ("content/g.yaml", GUIDE),
            ("locales/en/terms.ftl", TERMS_EN),
            ("locales/fr/terms.ftl", "-brand = Acmé\n"),
            ("locales/fr/g.ftl", FR),
            ("locales/ar/terms.ftl", "-brand = أكمي\n"),
            ("locales/ar/g.ftl", AR),
        ],
    );
    accept(&Project::load(&ws.workspace()), "fr", &Selection::All).unwrap();
    accept(&Project::load(&ws.workspace()), "ar", &Selection::All).unwrap();
    let yaml = ws
        .read("content/g.yaml")
        .replace("Power off your phone.", "Power off your phone completely.");
    ws.write("content/g.yaml", &yaml);
    ws
}

fn build(ws: &TestWs) -> Site {
    let build = site::build(&Project::load(&ws.workspace())).expect("site builds");
    assert!(build.export.broken.is_empty(), "{:?}", build.export.broken);
    build.site.expect("a site")
}

fn page(site: &Site, path: &str) -> String {
    String::from_utf8(
        site.files
            .get(path)
            .unwrap_or_else(|| panic!("no {path}"))
            .clone(),
    )
    .unwrap()
}

/// Each item of a page (by `data-id`): its status and its markup, up to the next item.
fn page_items(html: &str) -> BTreeMap<String, (String, String)> {
    let mut items = BTreeMap::new();
    let mut parts = html.split(" data-id=\"").skip(1);
    for part in parts.by_ref() {
        let (id, rest) = part.split_once('"').unwrap();
        let status = rest
            .strip_prefix(" data-status=\"")
            .and_then(|r| r.split_once('"'))
            .map(|(s, _)| s.to_string())
            .unwrap_or_else(|| panic!("item {id} has no data-status"));
        items.insert(id.to_string(), (status, rest.to_string()));
    }
    items
}

/// Each text item of an exported guide bundle, by id: its status.
fn bundle_statuses(dir: &Path, locale: &str) -> BTreeMap<String, String> {
    let bundles = Bundles::read(dir).unwrap();
    bundles.guides[locale]["g"]
        .items()
        .into_iter()
        .map(|i| (i.id.clone(), i.status.as_str().to_string()))
        .collect()
}

#[test]
fn a_page_per_guide_and_locale_an_index_per_locale_and_a_home() {
    let site = build(&fixture());
    let paths: Vec<&str> = site.files.keys().map(String::as_str).collect();
    assert_eq!(
        paths,
        [
            "ar/g.html",
            "ar/index.html",
            "en/g.html",
            "en/index.html",
            "fr/g.html",
            "fr/index.html",
            "index.html"
        ]
    );
    assert!(page(&site, "ar/g.html").starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assert!(page(&site, "fr/g.html").starts_with("<!DOCTYPE html>\n<html lang=\"fr\" dir=\"ltr\">"));
    assert!(
        page(&site, "en/index.html").starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">")
    );
    let fr = page(&site, "fr/g.html");
    // Methods are sections, steps an ordered list, notes callouts by kind.
    assert!(fr.contains("<section class=\"method\" aria-labelledby=\"m\">"));
    assert_eq!(fr.matches("<li class=\"item step\"").count(), 3);
    assert!(fr.contains("<aside class=\"note note-warning\""));
    assert!(fr.contains("<aside class=\"note note-caution\""));
    assert!(fr.contains("<aside class=\"note note-tip\""));
    // Hazards before the procedure: the warning and the caution precede the steps, the
    // guide's tip comes last.
    let body = &fr[fr.find("<body>").unwrap()..];
    let at = |needle: &str| body.find(needle).unwrap_or_else(|| panic!("no {needle}"));
    assert!(at("class=\"note note-warning\"") < at("<ol class=\"steps\">"));
    assert!(at("class=\"note note-caution\"") < at("<ol class=\"steps\">"));
    assert!(at("<ol class=\"steps\">") < at("class=\"note note-tip\""));
    // Terms resolved, the language switcher names each language in itself.
    assert!(fr.contains(">Bonjour Acmé</h1>"));
    assert!(fr.contains("hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>"));
    assert!(fr.contains("<span aria-current=\"page\" lang=\"fr\" dir=\"ltr\">Français</span>"));
    // The page's completeness, counted from its own 9 items.
    assert!(
        fr.contains("<span>7 textes sur 9 traduits et à jour</span><span class=\"sep\" aria-hidden=\"true\"> · </span><span>1 traduction obsolète</span><span class=\"sep\" aria-hidden=\"true\"> · </span><span>1 texte pas encore traduit</span>"),
        "{fr}"
    );
    // No script, no external resource.
    for (path, bytes) in &site.files {
        let html = String::from_utf8_lossy(bytes);
        assert!(!html.contains("<script"), "{path}");
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "{path}"
        );
        assert!(!html.contains("<link rel=\"stylesheet\""), "{path}");
    }
}

#[test]
fn markers_sit_exactly_on_the_stale_and_fallback_items_of_the_bundle() {
    let ws = fixture();
    let site = build(&ws);
    let dist = ws.path("dist");
    export(
        &Project::load(&ws.workspace()),
        &ExportOptions {
            out: dist.clone(),
            locales: vec![],
        },
    )
    .unwrap();
    let mut seen = BTreeMap::new();
    for locale in ["en", "fr", "ar"] {
        let statuses = bundle_statuses(&dist, locale);
        let html = page(&site, &format!("{locale}/g.html"));
        let items = page_items(&html);
        let on_page: BTreeMap<String, String> = items
            .iter()
            .map(|(id, (s, _))| (id.clone(), s.clone()))
            .collect();
        assert_eq!(
            on_page, statuses,
            "{locale}: every item, with the bundle's status"
        );
        for (id, (status, markup)) in &items {
            *seen.entry(status.clone()).or_insert(0) += 1;
            assert_eq!(
                markup.contains("marker-stale"),
                status == "stale",
                "{locale} {id}"
            );
            assert_eq!(
                markup.contains("marker-fallback"),
                status == "fallback",
                "{locale} {id}"
            );
            assert_eq!(
                markup.contains("<details"),
                status == "stale",
                "{locale} {id}"
            );
        }
        let stale = statuses.values().filter(|s| *s == "stale").count();
        let fallback = statuses.values().filter(|s| *s == "fallback").count();
        assert_eq!(html.matches("class=\"marker marker-stale\"").count(), stale);
        assert_eq!(
            html.matches("class=\"marker marker-fallback\"").count(),
            fallback
        );
    }
    assert!(
        seen["stale"] >= 2 && seen["fallback"] >= 2 && seen["current"] >= 2,
        "{seen:?}"
    );
}

#[test]
fn a_stale_item_offers_the_source_text_and_a_fallback_item_carries_its_language() {
    let site = build(&fixture());
    let fr = page_items(&page(&site, "fr/g.html"));
    let (_, a) = &fr["g--m--a"];
    assert!(
        a.contains("<p class=\"text\">Éteignez votre téléphone.</p>"),
        "{a}"
    );
    assert!(
        a.contains("<details class=\"original\"><summary>Afficher l’original</summary><blockquote lang=\"en\">Power off your phone completely.</blockquote></details>"),
        "{a}"
    );
    let (_, b) = &fr["g--m--b"];
    // Same direction as the page: lang only; the variable shown as such.
    assert!(
        b.contains("<p class=\"text\" lang=\"en\">Press <var>button</var>.</p>"),
        "{b}"
    );
    assert!(
        b.contains("<span class=\"marker marker-fallback\">Pas encore traduit</span>"),
        "{b}"
    );
    let ar = page_items(&page(&site, "ar/g.html"));
    let (_, c) = &ar["g--m--c"];
    // In a right-to-left page, English text gets its own direction.
    assert!(
        c.contains("<p class=\"text\" lang=\"en\" dir=\"ltr\">Open the settings.</p>"),
        "{c}"
    );
    let (_, a) = &ar["g--m--a"];
    assert!(
        a.contains(
            "<blockquote lang=\"en\" dir=\"ltr\">Power off your phone completely.</blockquote>"
        ),
        "{a}"
    );
}

#[test]
fn a_hostile_translation_cannot_add_markup() {
    let ws = fixture();
    let hostile =
        "<script>alert(1)</script><img src=x onerror=\"alert(2)\"> & 'q' </p></li></ol><h1>owned";
    ws.write(
        "locales/fr/g.ftl",
        &FR.replace("Ouvrez les réglages.", hostile),
    );
    ws.write(
        "locales/fr/terms.ftl",
        "-brand = <b onmouseover=alert(3)>Acmé</b>\n",
    );
    let site = build(&ws);
    let fr = page(&site, "fr/g.html");
    let items = page_items(&fr);
    assert_eq!(
        items["g--m--c"].0, "current",
        "the hostile text is shipped by the export"
    );
    assert!(
        !fr.contains("<script") && !fr.contains("<img") && !fr.contains("<b "),
        "{fr}"
    );
    assert_eq!(fr.matches("<h1").count(), 1);
    assert!(fr.contains(
        "&lt;script&gt;alert(1)&lt;&#x2f;script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt; &amp; &#x27;q&#x27;"
    ), "{fr}");
    assert!(
        fr.contains("Bonjour &lt;b onmouseover=alert(3)&gt;Acmé&lt;&#x2f;b&gt;</h1>"),
        "{fr}"
    );
    // The <title> and the index's links are escaped too.
    assert!(
        fr.contains("<title>Bonjour &lt;b onmouseover=alert(3)&gt;"),
        "{fr}"
    );
    assert!(!page(&site, "fr/index.html").contains("<b "));
}

#[test]
fn the_site_is_byte_identical_on_rebuild_and_a_rewrite_changes_nothing() {
    let ws = fixture();
    let first = build(&ws);
    let second = build(&ws);
    assert_eq!(first, second);
    let bin = env!("CARGO_BIN_EXE_polyguide");
    // Relative to the working directory, as for `export --out`.
    let run = |out: &str| {
        let o = Command::new(bin)
            .current_dir(ws.root())
            .args(["site", "--out", out])
            .output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    };
    assert_eq!(
        run("site-a"),
        "site: 7 pages in site-a (7 written, 0 unchanged, 0 removed)\n"
    );
    run("site-b");
    for path in first.files.keys() {
        let a = std::fs::read(ws.path("site-a").join(path)).unwrap();
        let b = std::fs::read(ws.path("site-b").join(path)).unwrap();
        assert!(a == b && a == first.files[path], "{path}");
    }
    assert_eq!(
        run("site-a"),
        "site: 7 pages in site-a (0 written, 7 unchanged, 0 removed)\n"
    );
}

#[test]
fn pages_of_a_removed_guide_are_removed_and_other_files_stay() {
    let ws = fixture();
    ws.write("content/h.yaml", "id: h\ntitle: Second\nmethods:\n  - id: m\n    title: M\n    steps:\n      - id: a\n        text: Step.\n");
    let out = ws.path("site");
    let written = site::write(&build(&ws), &out, &ws.workspace(), &Default::default()).unwrap();
    assert_eq!(written.written.len(), 10);
    assert!(out.join("fr/h.html").is_file());
    std::fs::write(out.join("fr/notes.txt"), "mine").unwrap();
    std::fs::remove_file(ws.path("content/h.yaml")).unwrap();
    let report = site::write(&build(&ws), &out, &ws.workspace(), &Default::default()).unwrap();
    assert_eq!(report.removed, ["ar/h.html", "en/h.html", "fr/h.html"]);
    assert!(!out.join("fr/h.html").exists() && !out.join("en").join("h.html").exists());
    assert_eq!(
        std::fs::read_to_string(out.join("fr/notes.txt")).unwrap(),
        "mine"
    );
    // The indexes changed (one guide fewer, other percentages); the guide pages did not.
    assert_eq!(
        report.written,
        [
            "ar/index.html",
            "en/index.html",
            "fr/index.html",
            "index.html"
        ]
    );
}

#[test]
fn the_site_is_never_written_over_something_else() {
    let ws = fixture();
    let site = build(&ws);
    let workspace = ws.workspace();
    let foreign = ws.path("docs");
    std::fs::create_dir_all(&foreign).unwrap();
    std::fs::write(foreign.join("keep.md"), "x").unwrap();
    assert!(matches!(
        site::write(&site, &foreign, &workspace, &Default::default()),
        Err(SiteError::NotASite(_))
    ));
    for (out, relation) in [
        (ws.path("locales/fr"), "lies inside"),
        (ws.path("content"), "lies inside"),
        (ws.root().to_path_buf(), "is or contains the workspace"),
        (
            ws.root().parent().unwrap().to_path_buf(),
            "is or contains the workspace",
        ),
    ] {
        match site::write(&site, &out, &workspace, &Default::default()) {
            Err(SiteError::Overlap { relation: r, .. }) => {
                assert_eq!(r, relation, "{}", out.display())
            }
            other => panic!("{}: {other:?}", out.display()),
        }
    }
    assert_eq!(
        std::fs::read_to_string(foreign.join("keep.md")).unwrap(),
        "x"
    );
    assert!(!ws.path("locales/fr/index.html").exists());
}

#[test]
fn the_site_reads_only_the_bundle_format() {
    // A bundle written by hand, with a field the site does not know: no workspace needed.
    let dir = tempfile::tempdir().unwrap();
    let manifest = r#"{"format": 1, "source_locale": "en", "future_field": true, "locales": {
        "en": {"direction": "ltr", "fallback": [], "complete": 100.0,
               "counts": {"current": 1, "stale": 0, "fallback": 0},
               "files": [{"path": "en/x.json", "sha256": "00"}, {"path": "en/x.ftl", "sha256": "00"}]},
        "he": {"direction": "rtl", "fallback": ["en"], "complete": 0.0,
               "counts": {"current": 0, "stale": 0, "fallback": 1},
               "files": [{"path": "he/x.json", "sha256": "00"}]}}}"#;
    let guide = |locale: &str, dir: &str, status: &str| {
        let from = if status == "fallback" {
            r#", "from": "en""#
        } else {
            ""
        };
        format!(
            r#"{{"format": 1, "guide": "x", "locale": "{locale}", "direction": "{dir}", "summary": null, "notes": [], "methods": [],
               "title": {{"id": "x--title", "text": "Title", "status": "{status}"{from}}}}}"#
        )
    };
    std::fs::create_dir_all(dir.path().join("en")).unwrap();
    std::fs::create_dir_all(dir.path().join("he")).unwrap();
    std::fs::write(dir.path().join("manifest.json"), manifest).unwrap();
    std::fs::write(dir.path().join("en/x.json"), guide("en", "ltr", "current")).unwrap();
    std::fs::write(dir.path().join("he/x.json"), guide("he", "rtl", "fallback")).unwrap();
    let site = site::render(&Bundles::read(dir.path()).unwrap()).unwrap();
    let he = page(&site, "he/x.html");
    assert!(he.starts_with("<!DOCTYPE html>\n<html lang=\"he\" dir=\"rtl\">"));
    // No Hebrew interface file: English strings, marked as English and left to right.
    assert!(he.contains("<span class=\"marker marker-fallback\" lang=\"en\" dir=\"ltr\">Not yet translated</span>"), "{he}");
    assert!(
        he.contains("<h1 class=\"text\" lang=\"en\" dir=\"ltr\">Title</h1>"),
        "{he}"
    );
    assert!(
        he.contains("<span aria-current=\"page\" lang=\"he\" dir=\"rtl\">he</span>"),
        "{he}"
    );

    // A later format is refused by name, and so is a path that leaves the bundle.
    std::fs::write(
        dir.path().join("manifest.json"),
        manifest.replace("\"format\": 1", "\"format\": 99"),
    )
    .unwrap();
    let err = Bundles::read(dir.path()).unwrap_err().to_string();
    assert!(err.contains("format 99"), "{err}");
    std::fs::write(
        dir.path().join("manifest.json"),
        manifest.replace("\"he\"", "\"../he\""),
    )
    .unwrap();
    let err = Bundles::read(dir.path()).unwrap_err().to_string();
    assert!(err.contains("`../he` is not a locale id"), "{err}");
}

#[test]
fn the_repository_site_has_ten_locales_each_in_its_language_and_direction() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ws = polyguide::Workspace::open(root).unwrap();
    let build = site::build(&Project::load(&ws)).unwrap();
    assert!(build.export.broken.is_empty() && build.export.skipped.is_empty());
    let site = build.site.unwrap();
    assert_eq!(site.files.len(), 21);
    for locale in [
        "en", "es", "fr", "de", "pt-BR", "hi", "id", "ru", "zh-CN", "ar",
    ] {
        let dir = if locale == "ar" { "rtl" } else { "ltr" };
        let html = page(&site, &format!("{locale}/unlock-mi-phone.html"));
        assert!(
            html.starts_with(&format!(
                "<!DOCTYPE html>\n<html lang=\"{locale}\" dir=\"{dir}\">"
            )),
            "{locale}"
        );
        // Every interface string in the page's own language: no `lang` switch but the items'.
        assert!(
            !html.contains(" lang=\"en\" dir=\"ltr\">Not yet")
                && html.contains("<nav class=\"languages\" aria-label=\"")
        );
        assert_eq!(html.matches("<nav class=\"languages\"").count(), 1);
    }
}

#[cfg(unix)]
#[test]
fn the_site_is_never_written_through_a_link_that_leaves_its_directory() {
    let ws = fixture();
    let site = build(&ws);
    let out = ws.path("site");
    site::write(&site, &out, &ws.workspace(), &Default::default()).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::remove_dir_all(out.join("fr")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), out.join("fr")).unwrap();
    let err = site::write(&site, &out, &ws.workspace(), &Default::default())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("a symbolic link that leaves the output directory"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
}

/// Regression: `polyguide site` removed the pages of a locale that export did not build
/// (below `min-complete`, or blocked by an invalid stamps file), though export keeps that
/// locale's earlier bundle. Its earlier pages now stay, listed as the site's, until the
/// locale is built again or leaves the configuration.
#[test]
fn pages_of_a_locale_export_skipped_or_blocked_are_kept() {
    let ws = fixture();
    let bin = env!("CARGO_BIN_EXE_polyguide");
    let run = |code: i32| {
        let o = Command::new(bin)
            .current_dir(ws.root())
            .args(["site", "--out", "site"])
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let (stdout, stderr) = (
            String::from_utf8(o.stdout).unwrap(),
            String::from_utf8(o.stderr).unwrap(),
        );
        assert_eq!(o.status.code(), Some(code), "{stdout}{stderr}");
        (stdout, stderr)
    };
    let read = |rel: &str| std::fs::read_to_string(ws.path("site").join(rel)).ok();
    let list = || ws.read(&format!("site/{}", site::SITE_LIST));
    run(0);
    let ar_pages = ["ar/g.html", "ar/index.html"].map(read);
    assert!(ar_pages.iter().all(Option::is_some));
    let full_list = list();

    // ar is 40 % complete: below min-complete, export skips it.
    let config = ws.read("polyguide.toml");
    ws.write(
        "polyguide.toml",
        &format!("{config}[export]\nmin-complete = 60.0\n"),
    );
    let (stdout, _) = run(0);
    assert!(stdout.starts_with("skipped ar: "), "{stdout}");
    assert!(
        stdout.ends_with(
            "site: 5 pages in site (5 written, 0 unchanged, 0 removed; 2 earlier pages of ar kept)\n"
        ),
        "{stdout}"
    );
    assert!(
        ["ar/g.html", "ar/index.html"].map(read) == ar_pages,
        "ar's pages are kept"
    );
    assert_eq!(list(), full_list, "the kept pages stay listed");
    let fr_pages = ["fr/g.html", "fr/index.html"].map(read);

    // fr's stamps file is invalid: export does not build fr (exit 1), its pages stay too.
    let stamps = ws.read("locales/fr/polyguide.stamps");
    ws.write("locales/fr/polyguide.stamps", "format = 99\n");
    let (stdout, stderr) = run(1);
    assert!(stderr.contains("not built fr: "), "{stderr}");
    assert!(
        stdout.ends_with("site: 3 pages in site (3 written, 0 unchanged, 0 removed; 4 earlier pages of ar, fr kept)\n"),
        "{stdout}"
    );
    assert!(
        ["fr/g.html", "fr/index.html"].map(read) == fr_pages,
        "fr's pages are kept"
    );
    assert!(
        ["ar/g.html", "ar/index.html"].map(read) == ar_pages,
        "ar's pages are kept"
    );
    assert_eq!(list(), full_list);

    // Built again, both are rewritten from their bundles; dropped from the configuration,
    // ar's pages go.
    ws.write("locales/fr/polyguide.stamps", &stamps);
    ws.write("polyguide.toml", &config);
    let (stdout, _) = run(0);
    assert!(stdout.ends_with("0 removed)\n"), "{stdout}");
    assert_eq!(list(), full_list);
    ws.write("polyguide.toml", &config.replace(", \"ar\"", ""));
    let (stdout, _) = run(0);
    assert!(stdout.ends_with("2 removed)\n"), "{stdout}");
    assert!(read("ar/g.html").is_none() && read("ar/index.html").is_none());
}
