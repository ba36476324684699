//! The README's "Consuming the bundles" Rust snippet, run: the code between the `README:`
//! markers below is in the README word for word (a test checks it), and the tests load every
//! locale of two exports with it (one bundle per locale, as the manifest's `resources` say)
//! and format every message and attribute without an error.
//! The fluent.js snippet runs in `ci/interop/run.sh` (it needs node).

mod common;

use fluent_bundle::FluentArgs;
use polyguide::export::{export, ExportOptions};
use polyguide::project::Project;
use std::path::Path;

// README: fluent-rs begin
use fluent_bundle::{FluentBundle, FluentResource};
use serde_json::Value;

type Error = Box<dyn std::error::Error>;

/// A locale's messages: the `resources` the manifest lists for it, in one bundle.
fn load_locale(dist: &Path, locale: &str) -> Result<FluentBundle<FluentResource>, Error> {
    let manifest: Value = serde_json::from_slice(&std::fs::read(dist.join("manifest.json"))?)?;
    let resources = manifest["locales"][locale]["resources"].as_array();
    let mut bundle = FluentBundle::new(vec![locale.parse()?]);
    bundle.set_use_isolating(false); // plain text out; keep isolation for HTML
    for path in resources.ok_or("no such locale")? {
        let path = path.as_str().ok_or("not a path")?;
        let source = std::fs::read_to_string(dist.join(path))?;
        let resource = FluentResource::try_new(source).map_err(|_| "invalid FTL")?;
        bundle
            .add_resource(resource)
            .map_err(|e| format!("{path}: {e:?}"))?;
    }
    Ok(bundle)
}

/// Formats message `id`.
fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Result<String, Error> {
    let message = bundle.get_message(id).ok_or(format!("no message {id}"))?;
    let pattern = message.value().ok_or(format!("{id} has no value"))?;
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned();
    match errors.is_empty() {
        true => Ok(text),
        false => Err(format!("{id}: {errors:?}").into()),
    }
}

/// A guide's steps with their status, from `<locale>/<guide>.json`.
fn print_steps(dist: &Path, locale: &str, guide: &str) -> Result<Vec<String>, Error> {
    let path = dist.join(locale).join(format!("{guide}.json"));
    let guide: Value = serde_json::from_slice(&std::fs::read(path)?)?;
    let mut lines = Vec::new();
    for method in guide["methods"].as_array().ok_or("no methods")? {
        lines.push(format!(
            "## {}",
            method["title"]["text"].as_str().unwrap_or_default()
        ));
        for step in method["steps"].as_array().ok_or("no steps")? {
            let notice = match step["status"].as_str() {
                Some("stale") => " [outdated translation]".to_string(),
                Some("fallback") => {
                    let from = step["from"].as_str().unwrap_or_default();
                    format!(" [not yet translated, shown in {from}]")
                }
                _ => String::new(),
            };
            let text = step["text"].as_str().unwrap_or_default();
            lines.push(format!("{}. {text}{notice}", step["number"]));
        }
    }
    Ok(lines)
}
// README: fluent-rs end

const FIXTURE: &str = "ci/interop/fixture";

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn export_to(root: &Path, out: &Path) {
    let ws = polyguide::Workspace::open(root).unwrap();
    let report = export(
        &Project::load(&ws),
        &ExportOptions {
            out: out.to_path_buf(),
            locales: vec![],
        },
    )
    .unwrap();
    assert!(report.broken.is_empty(), "{:?}", report.broken);
}

/// The interop fixture after an accept and a source edit: every status is there.
fn fixture_export(out: &Path) -> tempfile::TempDir {
    let ws = tempfile::tempdir().unwrap();
    copy_dir(&repo().join(FIXTURE), ws.path());
    let workspace = polyguide::Workspace::open(ws.path()).unwrap();
    polyguide::accept::accept(
        &Project::load(&workspace),
        "fr",
        &polyguide::accept::Selection::All,
    )
    .unwrap();
    let yaml = ws.path().join("content/g.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(
        &yaml,
        text.replace("Power off your phone.", "Power off your phone completely."),
    )
    .unwrap();
    export_to(ws.path(), out);
    ws
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Formats every message and attribute of every locale with the snippet's functions;
/// returns how many messages.
fn format_everything(dist: &Path) -> usize {
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(dist.join("manifest.json")).unwrap()).unwrap();
    let mut formatted = 0;
    let mut args = FluentArgs::new();
    for name in ["count", "button", "percent"] {
        args.set(name, 3);
    }
    for (locale, entry) in manifest["locales"].as_object().unwrap() {
        let bundle = load_locale(dist, locale).unwrap_or_else(|e| panic!("{locale}: {e}"));
        for path in entry["resources"].as_array().unwrap() {
            let path = path.as_str().unwrap();
            // A bundle does not list its messages: take the ids from a parse of the file.
            let source = std::fs::read_to_string(dist.join(path)).unwrap();
            let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
            for entry in &resource.body {
                let fluent_syntax::ast::Entry::Message(message) = entry else {
                    continue;
                };
                let id = message.id.name;
                if message.value.is_some() {
                    format(&bundle, id, Some(&args)).unwrap_or_else(|e| panic!("{path}: {e}"));
                }
                for attribute in bundle.get_message(id).unwrap().attributes() {
                    let mut errors = Vec::new();
                    bundle.format_pattern(attribute.value(), Some(&args), &mut errors);
                    assert!(
                        errors.is_empty(),
                        "{path} {id}.{}: {errors:?}",
                        attribute.id()
                    );
                }
                formatted += 1;
            }
        }
    }
    formatted
}

#[test]
fn every_message_of_every_locale_of_the_repository_formats_without_errors() {
    let dist = tempfile::tempdir().unwrap();
    export_to(repo(), dist.path());
    // 10 locales × 61 messages and terms, of which the 48 guide messages are formatted here
    // (terms are formatted through them).
    assert_eq!(format_everything(dist.path()), 10 * 48);
}

#[test]
fn the_fixture_formats_and_reads_with_its_statuses() {
    let dist = tempfile::tempdir().unwrap();
    let _ws = fixture_export(dist.path());
    assert!(format_everything(dist.path()) > 0);
    let fr = load_locale(dist.path(), "fr").unwrap();
    let mut args = FluentArgs::new();
    args.set("percent", 20);
    assert_eq!(
        format(&fr, "g--n", Some(&args)).unwrap(),
        "Gardez votre téléphone chargé : 20 % ou plus."
    );
    args.set("count", 1);
    assert_eq!(
        format(&fr, "apps-installed", Some(&args)).unwrap(),
        "Une application est installée."
    );
    assert_eq!(
        print_steps(dist.path(), "fr", "g").unwrap(),
        [
            "## Méthode",
            "1. Éteignez votre téléphone. [outdated translation]",
            "2. Press {$button}. [not yet translated, shown in en]",
            "3. Ouvrez Paramètres et touchez Effacer les données.",
        ]
    );
    assert!(load_locale(dist.path(), "xx").is_err());
}

#[test]
fn the_readme_shows_this_code() {
    let this = std::fs::read_to_string(repo().join("tests/consume.rs")).unwrap();
    let snippet = this
        .split("// README: fluent-rs begin\n")
        .nth(1)
        .and_then(|s| s.split("// README: fluent-rs end\n").next())
        .unwrap();
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    assert!(
        readme.contains(&format!("```rust\n{snippet}```\n")),
        "README.md must show the code between the README markers of tests/consume.rs as is"
    );
}
