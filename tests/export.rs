//! Export end to end: fallback, statuses, determinism, atomicity, path safety, loading in
//! fluent-rs. Checks against other Fluent implementations (python-fluent) need more than Rust:
//! they run in `ci/interop/run.sh`, a separate step of `.ci/run`, not in `cargo test`.

mod common;

use common::TestWs;
use polyguide::accept::{accept, Selection};
use polyguide::export::{export, ExportError, ExportOptions};
use polyguide::project::Project;
use serde_json::Value;
use std::path::Path;

const GUIDE: &str = "id: g\ntitle: Hello { -brand }\nmethods:\n  - id: m\n    title: Method\n    steps:\n      - id: a\n        text: Power off your phone.\n      - id: b\n        text: Press { $button }.\n    notes:\n      - id: w\n        kind: warning\n        text: This erases all data.\n";
const TERMS_EN: &str = "-brand = Acme\n";

fn fr_full() -> &'static str {
    "g--title = Bonjour { -brand }\ng--m--title = Méthode\ng--m--a = Éteignez votre téléphone.\ng--m--b = Appuyez sur { $button }.\ng--m--w = Cela efface toutes les données.\n"
}

fn run(ws: &TestWs, out: &Path) -> Result<polyguide::export::ExportReport, ExportError> {
    export(
        &Project::load(&ws.workspace()),
        &ExportOptions {
            out: out.to_path_buf(),
            locales: vec![],
        },
    )
}

fn json(path: &Path) -> Value {
    serde_json::from_slice(
        &std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    )
    .unwrap()
}

/// Every text item of a bundle, by message id.
fn items(bundle: &Value) -> std::collections::BTreeMap<String, Value> {
    let mut out = std::collections::BTreeMap::new();
    fn walk(v: &Value, out: &mut std::collections::BTreeMap<String, Value>) {
        match v {
            Value::Object(o) => {
                if let (Some(Value::String(id)), Some(_)) = (o.get("id"), o.get("status")) {
                    out.insert(id.clone(), v.clone());
                }
                o.values().for_each(|c| walk(c, out));
            }
            Value::Array(a) => a.iter().for_each(|c| walk(c, out)),
            _ => {}
        }
    }
    walk(bundle, &mut out);
    out
}

fn workspace(locales: &[&str], extra: &[(&str, &str)]) -> TestWs {
    let mut files = vec![
        ("content/g.yaml", GUIDE),
        ("locales/en/terms.ftl", TERMS_EN),
    ];
    files.extend_from_slice(extra);
    TestWs::new(locales, &files)
}

#[test]
fn statuses_current_stale_and_fallback_with_from() {
    let ws = workspace(
        &["fr"],
        &[("locales/fr/g.ftl", "g--title = Bonjour { -brand }\ng--m--title = Méthode\ng--m--a = Éteignez votre téléphone.\ng--m--w = Cela efface toutes les données.\n"), ("locales/fr/terms.ftl", "-brand = Acmé\n")],
    );
    accept(&Project::load(&ws.workspace()), "fr", &Selection::All).unwrap();
    let yaml = ws
        .read("content/g.yaml")
        .replace("Power off your phone.", "Power off your Acme phone.");
    ws.write("content/g.yaml", &yaml);
    let out = ws.path("dist");
    run(&ws, &out).unwrap();
    let fr = items(&json(&out.join("fr/g.json")));
    assert_eq!(fr["g--title"]["status"], "current");
    assert_eq!(
        fr["g--title"]["text"], "Bonjour Acmé",
        "terms expanded, no isolation marks"
    );
    assert!(fr["g--title"].get("from").is_none());
    assert_eq!(fr["g--m--a"]["status"], "stale");
    assert_eq!(fr["g--m--a"]["text"], "Éteignez votre téléphone.");
    assert_eq!(fr["g--m--b"]["status"], "fallback");
    assert_eq!(fr["g--m--b"]["from"], "en");
    assert_eq!(fr["g--m--b"]["text"], "Press {$button}.");
    assert_eq!(fr["g--m--b"]["pattern"], "Press { $button }.");
    assert_eq!(fr["g--m--b"]["variables"], serde_json::json!(["button"]));
    let manifest = json(&out.join("manifest.json"));
    let counts = &manifest["locales"]["fr"]["counts"];
    assert_eq!(
        (
            counts["current"].as_u64(),
            counts["stale"].as_u64(),
            counts["fallback"].as_u64()
        ),
        (Some(4), Some(1), Some(1))
    );
    // The complete FTL has every source message, the fallback one marked.
    let ftl = std::fs::read_to_string(out.join("fr/g.ftl")).unwrap();
    assert!(
        ftl.contains("# fallback: en\ng--m--b = Press { $button }.\n"),
        "{ftl}"
    );
    // Terms are defined once per locale, in terms.ftl, not repeated in every guide file.
    assert!(!ftl.contains("-brand ="), "terms only in terms.ftl: {ftl}");
    let terms = std::fs::read_to_string(out.join("fr/terms.ftl")).unwrap();
    assert!(terms.contains("-brand = Acmé\n"), "{terms}");
    let manifest = json(&out.join("manifest.json"));
    assert_eq!(
        manifest["locales"]["fr"]["resources"],
        serde_json::json!(["fr/g.ftl", "fr/terms.ftl"])
    );
}

#[test]
fn stale_policy_fallback_ships_the_source_instead() {
    let ws = workspace(&["fr"], &[("locales/fr/g.ftl", fr_full())]);
    accept(&Project::load(&ws.workspace()), "fr", &Selection::All).unwrap();
    ws.write(
        "content/g.yaml",
        &ws.read("content/g.yaml")
            .replace("Power off your phone.", "Power off the phone."),
    );
    let toml = ws.read("polyguide.toml") + "[export]\nstale = \"fallback\"\n";
    ws.write("polyguide.toml", &toml);
    let out = ws.path("dist");
    run(&ws, &out).unwrap();
    let fr = items(&json(&out.join("fr/g.json")));
    assert_eq!(fr["g--m--a"]["status"], "fallback");
    assert_eq!(fr["g--m--a"]["text"], "Power off the phone.");
}

#[test]
fn a_translation_with_an_error_is_exported_from_the_fallback() {
    let broken = fr_full().replace("Appuyez sur { $button }.", "Appuyez sur { $bouton }.");
    let ws = workspace(&["fr"], &[("locales/fr/g.ftl", &broken)]);
    let out = ws.path("dist");
    run(&ws, &out).unwrap();
    let fr = items(&json(&out.join("fr/g.json")));
    assert_eq!(
        fr["g--m--b"]["status"], "fallback",
        "unknown-variable is an error: never ship it"
    );
    assert_eq!(fr["g--m--b"]["text"], "Press {$button}.");
}

#[test]
fn fallback_chains_explicit_cldr_parent_and_source() {
    let partial = "g--title = Olá { -brand }\n";
    let pt = "g--title = Olá { -brand }\ng--m--title = Método\n";
    let ws = workspace(
        &["pt", "pt-BR", "pt-PT", "zh-CN", "zh-TW"],
        &[
            ("locales/pt/g.ftl", pt),
            ("locales/pt-BR/g.ftl", partial),
            ("locales/pt-PT/g.ftl", "g--m--a = Desligue o telemóvel.\n"),
            ("locales/zh-CN/g.ftl", "g--m--title = 方法\n"),
            ("locales/zh-TW/g.ftl", "g--title = 你好 { -brand }\n"),
        ],
    );
    let out = ws.path("dist");
    run(&ws, &out).unwrap();
    // CLDR parent: pt-BR → pt → en.
    let br = items(&json(&out.join("pt-BR/g.json")));
    assert_eq!(
        (
            br["g--m--title"]["status"].as_str(),
            br["g--m--title"]["from"].as_str()
        ),
        (Some("fallback"), Some("pt"))
    );
    assert_eq!(br["g--m--a"]["from"], "en");
    // zh-TW never takes Simplified Chinese text.
    let tw = items(&json(&out.join("zh-TW/g.json")));
    assert_eq!(tw["g--m--title"]["from"], "en");
    assert_eq!(tw["g--m--title"]["text"], "Method");
    // Explicit chain.
    let toml = ws.read("polyguide.toml") + "[fallback]\n\"pt-BR\" = [\"pt-PT\"]\n";
    ws.write("polyguide.toml", &toml);
    run(&ws, &out).unwrap();
    let br = items(&json(&out.join("pt-BR/g.json")));
    assert_eq!(br["g--m--a"]["from"], "pt-PT");
    assert_eq!(
        br["g--m--title"]["from"], "en",
        "pt is not in the explicit chain"
    );
    let manifest = json(&out.join("manifest.json"));
    assert_eq!(
        manifest["locales"]["pt-BR"]["fallback"],
        serde_json::json!(["pt-PT", "en"])
    );
}

#[test]
fn direction_comes_from_the_locale() {
    let ws = workspace(&["ar", "he", "fr"], &[]);
    let out = ws.path("dist");
    run(&ws, &out).unwrap();
    let manifest = json(&out.join("manifest.json"));
    assert_eq!(manifest["locales"]["ar"]["direction"], "rtl");
    assert_eq!(manifest["locales"]["he"]["direction"], "rtl");
    assert_eq!(manifest["locales"]["fr"]["direction"], "ltr");
    assert_eq!(json(&out.join("ar/g.json"))["direction"], "rtl");
}

#[test]
fn exporting_twice_gives_identical_bytes() {
    let ws = workspace(&["fr", "de"], &[("locales/fr/g.ftl", fr_full())]);
    let (a, b) = (ws.path("a"), ws.path("b"));
    run(&ws, &a).unwrap();
    run(&ws, &b).unwrap();
    let files = |dir: &Path| -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        for locale in std::fs::read_dir(dir).unwrap() {
            let p = locale.unwrap().path();
            if p.is_dir() {
                for f in std::fs::read_dir(&p).unwrap() {
                    let f = f.unwrap().path();
                    out.push((
                        f.strip_prefix(dir).unwrap().display().to_string(),
                        std::fs::read(&f).unwrap(),
                    ));
                }
            } else {
                out.push((
                    p.strip_prefix(dir).unwrap().display().to_string(),
                    std::fs::read(&p).unwrap(),
                ));
            }
        }
        out.sort();
        out
    };
    assert_eq!(files(&a), files(&b));
    // The manifest's hashes are the files' hashes.
    let manifest = json(&a.join("manifest.json"));
    for f in manifest["locales"]["fr"]["files"].as_array().unwrap() {
        let bytes = std::fs::read(a.join(f["path"].as_str().unwrap())).unwrap();
        let hash: String = sha256(&bytes);
        assert_eq!(f["sha256"].as_str().unwrap(), hash);
    }
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn an_injected_write_failure_leaves_no_partial_file() {
    let ws = workspace(&["fr"], &[("locales/fr/g.ftl", fr_full())]);
    let out = ws.path("dist");
    run(&ws, &out).unwrap();
    let before = std::fs::read(out.join("fr/g.ftl")).unwrap();
    // fr/g.json becomes a directory: the rename over it fails mid-export.
    std::fs::remove_file(out.join("fr/g.json")).unwrap();
    std::fs::create_dir(out.join("fr/g.json")).unwrap();
    std::fs::write(out.join("fr/g.json/keep"), "x").unwrap();
    ws.write("locales/fr/g.ftl", &fr_full().replace("Bonjour", "Salut"));
    let err = run(&ws, &out).unwrap_err();
    assert!(matches!(err, ExportError::Io { .. }), "{err}");
    for entry in std::fs::read_dir(out.join("fr")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            !name.ends_with(".tmp"),
            "temporary file left behind: {name}"
        );
    }
    // The file written before the failure is complete (old or new, never half).
    let after = std::fs::read(out.join("fr/g.ftl")).unwrap();
    assert!(after == before || String::from_utf8_lossy(&after).contains("Salut"));
    assert!(String::from_utf8_lossy(&after).ends_with('\n'));
}

#[cfg(unix)]
#[test]
fn a_re_export_rewrites_only_the_files_that_changed() {
    use std::os::unix::fs::MetadataExt;
    let ws = workspace(&["fr"], &[("locales/fr/g.ftl", fr_full())]);
    let out = ws.path("dist");
    run(&ws, &out).unwrap();
    // A rewrite is a new file renamed into place: a new inode.
    let inode = |rel: &str| std::fs::metadata(out.join(rel)).unwrap().ino();
    let (ftl, json, source) = (inode("fr/g.ftl"), inode("fr/g.json"), inode("en/g.ftl"));
    let report = run(&ws, &out).unwrap();
    assert!(
        report.written.iter().any(|f| f == "fr/g.ftl"),
        "still part of the bundle"
    );
    assert_eq!(inode("fr/g.ftl"), ftl, "unchanged file rewritten");
    assert_eq!(inode("en/g.ftl"), source, "unchanged file rewritten");
    // A changed translation: its files are rewritten, the source's are not.
    ws.write("locales/fr/g.ftl", &fr_full().replace("Bonjour", "Salut"));
    run(&ws, &out).unwrap();
    assert_ne!(inode("fr/g.ftl"), ftl);
    assert_ne!(inode("fr/g.json"), json);
    assert_eq!(inode("en/g.ftl"), source);
    assert!(std::fs::read_to_string(out.join("fr/g.ftl"))
        .unwrap()
        .contains("Salut"));
}

#[test]
fn out_pointing_at_a_file_is_an_error() {
    let ws = workspace(&["fr"], &[]);
    ws.write("dist", "not a directory");
    let err = run(&ws, &ws.path("dist")).unwrap_err();
    assert!(matches!(err, ExportError::NotADirectory(_)), "{err}");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .args(["export", "--out", "dist", "--workspace"])
        .arg(ws.root())
        .current_dir(ws.root())
        .output()
        .unwrap();
    assert_eq!(status.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&status.stderr).contains("not a directory"));
}

#[test]
fn nothing_is_written_outside_the_output_directory() {
    let ws = workspace(&["fr"], &[("locales/en/sub/deep.ftl", "x = X\n")]);
    let out = ws.path("dist");
    let report = run(&ws, &out).unwrap();
    for rel in &report.written {
        assert!(!rel.contains(".."), "{rel}");
        let full = out.join(rel).canonicalize().unwrap();
        assert!(full.starts_with(out.canonicalize().unwrap()), "{rel}");
    }
    assert!(report.written.contains(&"fr/sub/deep.ftl".to_string()));
}

#[test]
fn below_min_complete_a_locale_is_skipped_and_its_earlier_bundle_kept() {
    let ws = workspace(
        &["fr", "de"],
        &[
            ("locales/fr/g.ftl", fr_full()),
            ("locales/fr/terms.ftl", "-brand = Acme\n"),
            ("locales/de/g.ftl", "g--title = Hallo { -brand }\n"),
        ],
    );
    // Reviewed: an unstamped translation is not current, and fr would be skipped too.
    accept(&Project::load(&ws.workspace()), "fr", &Selection::All).unwrap();
    let out = ws.path("dist");
    run(&ws, &out).unwrap();
    let de_before = std::fs::read(out.join("de/g.json")).unwrap();
    let manifest_before = json(&out.join("manifest.json"));
    ws.write("locales/de/g.ftl", "g--title = Hallo, { -brand }\n");
    let toml = ws.read("polyguide.toml") + "[export]\nmin-complete = 50.0\n";
    ws.write("polyguide.toml", &toml);
    let report = run(&ws, &out).unwrap();
    assert_eq!(report.skipped.len(), 1);
    assert_eq!(report.skipped[0].0, "de");
    assert_eq!(
        std::fs::read(out.join("de/g.json")).unwrap(),
        de_before,
        "untouched"
    );
    assert_eq!(
        json(&out.join("manifest.json"))["locales"]["de"],
        manifest_before["locales"]["de"]
    );
}

/// Loads every locale of an export as an app does: the manifest's `resources` of a locale
/// into one FluentBundle (no id may be defined twice), then formats every message and
/// attribute of every resource with no error. Returns how many messages were formatted.
fn load_every_locale_in_fluent_rs(out: &Path) -> usize {
    let manifest = json(&out.join("manifest.json"));
    let mut formatted = 0;
    for (locale, entry) in manifest["locales"].as_object().unwrap() {
        let mut bundle = fluent_bundle::FluentBundle::new(vec![locale.parse().unwrap()]);
        bundle.set_use_isolating(false);
        let mut ids = Vec::new();
        for path in entry["resources"].as_array().unwrap() {
            let text = std::fs::read_to_string(out.join(path.as_str().unwrap())).unwrap();
            let resource = fluent_bundle::FluentResource::try_new(text)
                .unwrap_or_else(|(_, e)| panic!("{locale} {path}: {e:?}"));
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_string());
                }
            }
            bundle
                .add_resource(resource)
                .unwrap_or_else(|e| panic!("{locale} {path}: {e:?}"));
        }
        for id in &ids {
            let msg = bundle.get_message(id).unwrap();
            let mut errors = vec![];
            let args = fluent_bundle::FluentArgs::new();
            if let Some(value) = msg.value() {
                bundle.format_pattern(value, Some(&args), &mut errors);
            }
            for attr in msg.attributes() {
                bundle.format_pattern(attr.value(), Some(&args), &mut errors);
            }
            // A variable without a value is the app's to give, not an error of the export.
            errors.retain(|e| {
                !matches!(
                    e,
                    fluent_bundle::FluentError::ResolverError(
                        fluent_bundle::resolver::ResolverError::Reference(
                            fluent_bundle::resolver::errors::ReferenceKind::Variable { .. }
                        )
                    )
                )
            });
            assert!(errors.is_empty(), "{locale} {id}: {errors:?}");
            formatted += 1;
        }
    }
    formatted
}

#[test]
fn exported_ftl_loads_in_fluent_rs_without_errors() {
    let ws = workspace(&["fr"], &[("locales/fr/g.ftl", fr_full())]);
    let out = ws.path("dist");
    run(&ws, &out).unwrap();
    assert!(load_every_locale_in_fluent_rs(&out) > 0);
}

/// Every locale of this repository's export loads into one FluentBundle per locale, with no
/// error, as the manifest's resources say.
#[test]
fn every_locale_of_the_repository_loads_into_one_bundle() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ws = polyguide::Workspace::open(repo).unwrap();
    let out = tempfile::tempdir().unwrap();
    export(
        &Project::load(&ws),
        &ExportOptions {
            out: out.path().to_path_buf(),
            locales: vec![],
        },
    )
    .unwrap();
    assert!(load_every_locale_in_fluent_rs(out.path()) >= 10 * 48);
}

fn validator(file: &str) -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(file);
    let schema: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{file} compiles: {e}"))
}

#[track_caller]
fn assert_valid(validator: &jsonschema::Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not match its schema:\n{}",
        errors.join("\n")
    );
}

/// Every property name the schema declares, by walking `properties` everywhere.
fn schema_properties(schema: &Value, out: &mut std::collections::BTreeSet<String>) {
    match schema {
        Value::Object(o) => {
            if let Some(Value::Object(props)) = o.get("properties") {
                out.extend(props.keys().cloned());
            }
            o.values().for_each(|v| schema_properties(v, out));
        }
        Value::Array(a) => a.iter().for_each(|v| schema_properties(v, out)),
        _ => {}
    }
}

fn instance_keys(v: &Value, out: &mut std::collections::BTreeSet<String>) {
    match v {
        Value::Object(o) => {
            out.extend(o.keys().cloned());
            o.values().for_each(|c| instance_keys(c, out));
        }
        Value::Array(a) => a.iter().for_each(|c| instance_keys(c, out)),
        _ => {}
    }
}

/// The exported files validate against the committed schemas, and the schemas match the
/// code both ways: `additionalProperties: false` rejects a field the schemas lack, and every
/// field the schemas declare is produced by some export here (the manifest's locale ids
/// aside, which are data).
#[test]
fn exported_files_validate_against_the_schemas_and_the_schemas_match_the_code() {
    let bundle_schema = validator("guide-bundle.schema.json");
    let manifest_schema = validator("manifest.schema.json");
    let mut seen = std::collections::BTreeSet::new();

    // A workspace that produces every status, `from`, variables, summaries and a translation
    // held back for an error.
    let ws = workspace(&["fr"], &[("locales/fr/g.ftl", "g--title = Bonjour { -brand }\ng--m--title = Méthode\ng--m--a = Éteignez votre téléphone.\ng--m--w = Cela efface { $nope }.\n")]);
    accept(&Project::load(&ws.workspace()), "fr", &Selection::All).unwrap();
    ws.write(
        "content/g.yaml",
        &ws.read("content/g.yaml")
            .replace("title: Method", "title: Method\n    summary: A summary.")
            .replace("Power off your phone.", "Power off the phone."),
    );
    ws.write(
        "content/g.yaml",
        &format!(
            "{}summary: Guide summary.\nnotes:\n  - id: n\n    kind: tip\n    text: A tip.\n",
            ws.read("content/g.yaml")
        ),
    );
    let out = ws.path("dist");
    run(&ws, &out).unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let repo_out = tempfile::tempdir().unwrap();
    export(
        &Project::load(&polyguide::Workspace::open(repo).unwrap()),
        &ExportOptions {
            out: repo_out.path().to_path_buf(),
            locales: vec![],
        },
    )
    .unwrap();

    for dir in [out.as_path(), repo_out.path()] {
        let manifest = json(&dir.join("manifest.json"));
        assert_valid(&manifest_schema, &manifest, "manifest.json");
        instance_keys(&manifest, &mut seen);
        for locale in manifest["locales"].as_object().unwrap().keys() {
            seen.remove(locale);
        }
        for locale in std::fs::read_dir(dir)
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir() && e.file_name() != "schemas")
        {
            for file in std::fs::read_dir(locale.path())
                .unwrap()
                .filter_map(Result::ok)
            {
                if file.path().extension().is_some_and(|e| e == "json") {
                    let bundle = json(&file.path());
                    assert_valid(&bundle_schema, &bundle, &file.path().display().to_string());
                    instance_keys(&bundle, &mut seen);
                }
            }
        }
    }
    let statuses: std::collections::BTreeSet<String> = items(&json(&out.join("fr/g.json")))
        .values()
        .map(|i| i["status"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        statuses,
        ["current", "fallback", "stale"]
            .map(String::from)
            .into_iter()
            .collect()
    );

    let mut declared = std::collections::BTreeSet::new();
    for file in ["guide-bundle.schema.json", "manifest.schema.json"] {
        let schema: Value =
            serde_json::from_slice(&std::fs::read(repo.join("schema").join(file)).unwrap())
                .unwrap();
        schema_properties(&schema, &mut declared);
    }
    let unused: Vec<&String> = declared.difference(&seen).collect();
    assert!(
        unused.is_empty(),
        "the schemas declare fields no export produced: {unused:?}"
    );
    let undeclared: Vec<&String> = seen.difference(&declared).collect();
    assert!(
        undeclared.is_empty(),
        "exports produce fields the schemas lack: {undeclared:?}"
    );

    // A broken bundle is rejected: the check can fail.
    let mut broken = json(&out.join("fr/g.json"));
    broken["title"]["status"] = Value::String("fresh".into());
    assert!(!bundle_schema.is_valid(&broken));
}

#[test]
fn an_l10n_toml_project_counts_and_ships_only_the_files_it_translates() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        (
            "l10n.toml",
            "locales = [\"fr\", \"de\"]\n[[paths]]\n    reference = \"en/a.ftl\"\n    l10n = \"{locale}/a.ftl\"\n[[paths]]\n    reference = \"en/b.ftl\"\n    l10n = \"{locale}/b.ftl\"\n    locales = [\"fr\"]\n",
        ),
        ("en/a.ftl", "a1 = A1\na2 = A2\n"),
        ("en/b.ftl", "b1 = B1\n"),
        ("fr/a.ftl", "a1 = FA1\n"),
        ("fr/b.ftl", "b1 = FB1\n"),
        ("de/a.ftl", "a1 = DA1\na2 = DA2\n"),
        // Left over: the project does not translate b.ftl into de.
        ("de/b.ftl", "b1 = DB1\n"),
    ];
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let ws = polyguide::workspace::Workspace::from_l10n_toml(&[dir.path().join("l10n.toml")], None)
        .unwrap();
    let out = dir.path().join("dist");
    export(
        &Project::load(&ws),
        &ExportOptions {
            out: out.clone(),
            locales: vec![],
        },
    )
    .unwrap();
    let manifest = json(&out.join("manifest.json"));
    let counts = |l: &str| manifest["locales"][l]["counts"].clone();
    assert_eq!(
        counts("de"),
        serde_json::json!({"current": 2, "stale": 0, "fallback": 0})
    );
    assert_eq!(
        counts("fr"),
        serde_json::json!({"current": 2, "stale": 0, "fallback": 1})
    );
    assert!(!out.join("de/b.ftl").exists());
    assert!(std::fs::read_to_string(out.join("fr/b.ftl"))
        .unwrap()
        .contains("FB1"));
}

/// Hazards before the procedure: in every exported locale of this repository, a method's
/// warning and caution notes come before its steps, in the JSON (position and order) and in
/// the FTL resource.
#[test]
fn warning_notes_of_a_method_come_before_its_steps_in_every_locale() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ws = polyguide::Workspace::open(repo).unwrap();
    let out = tempfile::tempdir().unwrap();
    export(
        &Project::load(&ws),
        &ExportOptions {
            out: out.path().to_path_buf(),
            locales: vec![],
        },
    )
    .unwrap();
    let mut checked = 0;
    for locale in ws.all_locales() {
        let bundle = json(&out.path().join(locale).join("unlock-mi-phone.json"));
        let ftl =
            std::fs::read_to_string(out.path().join(locale).join("unlock-mi-phone.ftl")).unwrap();
        let line_of = |id: &str| {
            ftl.lines()
                .position(|l| l.starts_with(&format!("{id} =")))
                .unwrap_or_else(|| panic!("{locale}: {id} not in the FTL"))
        };
        for method in bundle["methods"].as_array().unwrap() {
            let notes = method["notes"].as_array().unwrap();
            let Some(first_step) = method["steps"].as_array().unwrap().first() else {
                continue;
            };
            let step_line = line_of(first_step["id"].as_str().unwrap());
            let mut seen_after = false;
            for note in notes {
                let safety = matches!(note["kind"].as_str(), Some("warning" | "caution"));
                let before = note["position"] == "before";
                assert!(!safety || before, "{locale}: {note}");
                assert!(
                    !(before && seen_after),
                    "{locale}: notes not in display order"
                );
                seen_after |= !before;
                let note_line = line_of(note["id"].as_str().unwrap());
                assert_eq!(before, note_line < step_line, "{locale}: {note}");
                checked += usize::from(safety);
            }
        }
        // The hard-reset data-loss warning, the issue that started this.
        let hard_reset = &bundle["methods"][0];
        assert_eq!(hard_reset["key"], "hard-reset");
        assert_eq!(hard_reset["notes"][0]["key"], "data-loss");
        assert_eq!(hard_reset["notes"][0]["position"], "before");
    }
    assert!(checked >= 10 * 4, "only {checked} safety notes checked");
}

/// An export that fails part way (here fr's directory is a file) leaves a manifest whose
/// hashes are those of the files on disk: the locales written before it are listed as
/// written, the others as before.
#[test]
fn a_failed_export_leaves_a_manifest_that_matches_the_files() {
    let ws = workspace(&["fr", "de"], &[("locales/fr/g.ftl", fr_full())]);
    let out = ws.path("dist");
    run(&ws, &out).unwrap();
    ws.write(
        "content/g.yaml",
        &GUIDE.replace("title: Hello", "title: Hi"),
    );
    std::fs::remove_dir_all(out.join("fr")).unwrap();
    std::fs::write(out.join("fr"), "not a directory").unwrap();
    assert!(run(&ws, &out).is_err());
    let manifest = json(&out.join("manifest.json"));
    let locales = manifest["locales"].as_object().unwrap();
    assert!(locales.contains_key("en") && locales.contains_key("de"));
    let mut checked = 0;
    for (locale, entry) in locales {
        for f in entry["files"].as_array().unwrap() {
            let path = out.join(f["path"].as_str().unwrap());
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{locale}: {e}"));
            assert_eq!(f["sha256"].as_str().unwrap(), sha256(&bytes), "{locale}");
            checked += 1;
        }
    }
    assert!(checked > 0);
    // en was written before fr failed: its bundle has today's title.
    assert!(std::fs::read_to_string(out.join("en/g.json"))
        .unwrap()
        .contains("Hi"));
}

/// With the earlier manifest unreadable, a locale that cannot be exported now keeps its files
/// but no entry: the report says so instead of implying an app still finds them.
#[test]
fn files_no_manifest_lists_any_more_are_named() {
    let ws = workspace(&["fr"], &[("locales/fr/g.ftl", fr_full())]);
    let out = ws.path("dist");
    run(&ws, &out).unwrap();
    std::fs::write(out.join("manifest.json"), "{ truncated").unwrap();
    ws.write("locales/fr/polyguide.stamps", "<<<<<<< HEAD\n");
    let report = run(&ws, &out).unwrap();
    assert!(report
        .broken
        .iter()
        .any(|(l, _)| l.as_deref() == Some("fr")));
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.starts_with("fr: earlier files are in")
                && n.contains("no manifest entry lists them")),
        "{:?}",
        report.notes
    );
    assert!(out.join("fr/g.json").is_file());
}
