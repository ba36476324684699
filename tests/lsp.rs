//! `polyguide lsp` driven over stdio by a scripted client: the lint's findings as the
//! translator types, hover with the stale diff, "Mark as reviewed" through accept,
//! completion, go to source, the fixes, and a clean shutdown.

mod common;

use common::lsp::{file_uri, Client};
use common::TestWs;
use polyguide::stamps::{Stamp, StampFile};
use serde_json::{json, Value};

const GUIDE: &str = "\
id: g
title: Downloads
methods:
  - id: m
    title: Method
    steps:
      - id: a
        text: Download all { $count } files.
        note: The number of files is always above one.
      - id: b
        text: Open { -brand } with { $count } files.
";

/// The translation as the translator opens it: `$cont` is not a variable of the source.
const FR: &str = "\
g--title = Téléchargements
g--m--title = Méthode
g--m--a = Téléchargez les { $count } fichiers.
g--m--b = Ouvrez { -brand } avec { $cont } fichiers.
";

/// A guide workspace whose fr stamps are current except `g--m--a`, stamped against an
/// older text of the step.
fn workspace() -> TestWs {
    let ws = TestWs::new(
        &["fr"],
        &[
            ("content/g.yaml", GUIDE),
            ("locales/en/terms.ftl", "-brand = Acme\n-other = Other\n"),
            (
                "locales/fr/terms.ftl",
                "# polyguide: same-as-source\n-brand = Acme\n-other = Autre\n",
            ),
            ("locales/fr/g.ftl", FR),
        ],
    );
    let mut stamps = StampFile::default();
    for (id, text) in [
        ("g--title", "Downloads"),
        ("g--m--title", "Method"),
        ("g--m--a", "Download the { $count } files."),
        ("g--m--b", "Open { -brand } with { $count } files."),
        ("-brand", "Acme"),
        ("-other", "Other"),
    ] {
        stamps.stamps.insert(id.into(), Stamp::of(text));
    }
    ws.write("locales/fr/polyguide.stamps", &stamps.render());
    ws
}

fn rules(diagnostics: &[Value]) -> Vec<String> {
    let mut out: Vec<String> = diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect();
    out.sort();
    out
}

fn open(client: &mut Client, uri: &str, text: &str) {
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "fluent", "version": 1, "text": text}}),
    );
}

/// The code actions the server offers for `start..end` of `uri`.
fn code_actions(client: &mut Client, uri: &str, start: &Value, end: &Value) -> Vec<Value> {
    let answer = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": {"start": start, "end": end},
            "context": {"diagnostics": []},
        }),
    );
    answer["result"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer:#}"))
        .clone()
}

fn position(text: &str, needle: &str, extra: usize) -> Value {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} in {text}"))
        + extra;
    let line = text[..at].matches('\n').count();
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    json!({"line": line, "character": text[start..at].encode_utf16().count()})
}

#[test]
fn a_translator_session_from_open_to_shutdown() {
    let ws = workspace();
    let mut client = Client::start(ws.root(), &[], ws.root());
    let uri = file_uri(&ws.path("locales/fr/g.ftl"));
    open_with_an_unknown_variable(&ws, &mut client, &uri);
    // Fix it: the variable's findings are gone, the stale one stays.
    let fixed = FR.replace("$cont", "$count");
    change(&mut client, &uri, 2, &fixed);
    let found = client.diagnostics(&uri);
    assert_eq!(rules(&found), ["stale-translation"], "{found:#?}");
    hover_the_stale_id(&mut client, &uri, &fixed);
    complete_a_variable(&mut client, &uri, &fixed);
    mark_as_reviewed(&ws, &mut client, &uri, &fixed);
    let status = client.shutdown();
    assert_eq!(status.code(), Some(0));
}

fn change(client: &mut Client, uri: &str, version: i32, text: &str) {
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
    );
}

/// Open: the unknown variable, where it is, with the lint's help and the source message.
fn open_with_an_unknown_variable(ws: &TestWs, client: &mut Client, uri: &str) {
    open(client, uri, FR);
    let found = client.diagnostics(uri);
    assert_eq!(
        rules(&found),
        ["missing-variable", "stale-translation", "unknown-variable"],
        "{found:#?}"
    );
    let unknown = found
        .iter()
        .find(|d| d["code"] == "unknown-variable")
        .unwrap();
    let start = position(FR, "$cont", 0);
    assert_eq!(unknown["range"]["start"], start);
    assert_eq!(
        unknown["range"]["end"]["character"],
        start["character"].as_u64().unwrap() + 5
    );
    assert_eq!(unknown["severity"], 1);
    let message = unknown["message"].as_str().unwrap();
    assert!(
        message.contains("help: did you mean `$count`?"),
        "{message}"
    );
    let related = &unknown["relatedInformation"][0];
    assert_eq!(
        related["location"]["uri"],
        file_uri(&ws.path("content/g.yaml"))
    );
    assert_eq!(related["location"]["range"]["start"]["line"], 10);
    assert!(related["message"]
        .as_str()
        .unwrap()
        .contains("Open { -brand } with { $count }"));
}

/// Hover the stale id: the source, its place, the note, the word diff.
fn hover_the_stale_id(client: &mut Client, uri: &str, text: &str) {
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": position(text, "g--m--a", 3)}),
    );
    let shown = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_default();
    for expected in [
        "Download [-the-]{+all+} { $count } files.",
        "guide `g` › method `m` › step `a` (1 of 2)",
        "The number of files is always above one.",
    ] {
        assert!(shown.contains(expected), "{expected} in {shown}");
    }
}

/// Completion in the value of g--m--b lists the source's variables first.
fn complete_a_variable(client: &mut Client, uri: &str, fixed: &str) {
    let typing = fixed.replace("avec { $count }", "avec { $");
    change(client, uri, 3, &typing);
    let completion = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": position(&typing, "avec { $", 8)}),
    );
    let labels: Vec<&str> = completion["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels.first(), Some(&"$count"), "{labels:?}");
    assert!(labels.contains(&"-brand"), "{labels:?}");
    change(client, uri, 4, fixed);
}

/// "Mark as reviewed": the code action's command goes through accept; the stamps file
/// changes and the stale finding goes.
fn mark_as_reviewed(ws: &TestWs, client: &mut Client, uri: &str, text: &str) {
    let at = position(text, "g--m--a", 0);
    let actions = code_actions(client, uri, &at, &at);
    let mark = actions
        .iter()
        .find(|a| a["title"] == "Mark `g--m--a` as reviewed")
        .unwrap_or_else(|| panic!("{actions:#?}"))
        .clone();
    // Findings published so far are of the edits before.
    client.forget();
    let before = ws.read("locales/fr/polyguide.stamps");
    let done = client.request("workspace/executeCommand", mark["command"].clone());
    assert!(done.get("error").is_none(), "{done}");
    let after = ws.read("locales/fr/polyguide.stamps");
    assert_ne!(before, after);
    let expected = Stamp::of("Download all { $count } files.");
    assert!(after.contains(&expected.fingerprint), "{after}");
    let found = client.diagnostics(uri);
    assert_eq!(rules(&found), Vec::<String>::new(), "{found:#?}");
}

#[test]
fn go_to_definition_leads_to_the_source_and_to_definitions() {
    let ws = workspace();
    let mut client = Client::start(ws.root(), &[], ws.root());
    let uri = file_uri(&ws.path("locales/fr/g.ftl"));
    open(&mut client, &uri, FR);
    client.diagnostics(&uri);
    let definition = |client: &mut Client, needle: &str, extra: usize| {
        client.request(
            "textDocument/definition",
            json!({"textDocument": {"uri": uri}, "position": position(FR, needle, extra)}),
        )["result"]
            .clone()
    };
    // The entry's id: the step's text in the guide's YAML.
    let to_source = definition(&mut client, "g--m--b", 2);
    assert_eq!(to_source["uri"], file_uri(&ws.path("content/g.yaml")));
    assert_eq!(
        to_source["range"]["start"],
        json!({"line": 10, "character": 14})
    );
    // A term reference: its definition in the same locale.
    let to_term = definition(&mut client, "-brand", 1);
    assert_eq!(to_term["uri"], file_uri(&ws.path("locales/fr/terms.ftl")));
    assert_eq!(
        to_term["range"]["start"],
        json!({"line": 1, "character": 0})
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn did_you_mean_fixes_and_missing_messages_are_code_actions() {
    let ws = workspace();
    let mut client = Client::start(ws.root(), &[], ws.root());
    let uri = file_uri(&ws.path("locales/fr/g.ftl"));
    let text = "g--title = Téléchargements\ng--m--b = Ouvrez { -brand } avec { $cont } fichiers.\n";
    open(&mut client, &uri, text);
    let found = client.diagnostics(&uri);
    assert!(
        rules(&found).contains(&"missing-message".to_string()),
        "{found:#?}"
    );
    let at = position(text, "$cont", 0);
    let actions = code_actions(&mut client, &uri, &at, &at);
    let fix = actions
        .iter()
        .find(|a| a["title"] == "Change to `$count`")
        .unwrap();
    let edit = &fix["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "$count");
    assert_eq!(edit["range"]["start"], position(text, "$cont", 0));
    assert_eq!(edit["range"]["end"], position(text, "$cont", 5));
    let insert = actions
        .iter()
        .find(|a| a["title"] == "Insert the 2 missing messages as worksheet entries")
        .unwrap_or_else(|| panic!("{actions:#?}"));
    // The entries `polyguide sync` writes, at the source's position: after `g--title`, with
    // the source's comments (the method heading, the step number, the translator note).
    let edits = insert["edit"]["changes"][&uri].as_array().unwrap();
    assert_eq!(edits.len(), 1, "{edits:#?}");
    assert_eq!(
        edits[0]["newText"],
        "\n## Method: m\n\n# Method title\n# g--m--title = Method\n\n# Step 1 of 2\n\
         # Note: The number of files is always above one.\n\
         # g--m--a = Download all { $count } files.\n\n"
    );
    let after_title = json!({"line": 1, "character": 0});
    assert_eq!(
        edits[0]["range"],
        json!({"start": after_title, "end": after_title})
    );
    // With the entries inserted, the messages are still missing (worksheet entries are
    // comments) but nothing is offered twice.
    let (first, rest) = text.split_at(text.find('\n').unwrap() + 1);
    let inserted = format!("{first}{}{rest}", edits[0]["newText"].as_str().unwrap());
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"text": inserted}],
        }),
    );
    let found = client.diagnostics(&uri);
    assert!(
        rules(&found).contains(&"missing-message".to_string()),
        "{found:#?}"
    );
    let (start, end) = (
        json!({"line": 0, "character": 0}),
        json!({"line": 20, "character": 0}),
    );
    let actions = code_actions(&mut client, &uri, &start, &end);
    let titles: Vec<&str> = actions.iter().filter_map(|a| a["title"].as_str()).collect();
    assert!(
        !titles.iter().any(|t| t.starts_with("Insert")),
        "{titles:?}"
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn a_source_edit_reloads_the_project_and_rechecks_the_translation() {
    let ws = workspace();
    let mut client = Client::start(ws.root(), &[], ws.root());
    let uri = file_uri(&ws.path("locales/fr/g.ftl"));
    let fixed = FR.replace("$cont", "$count");
    open(&mut client, &uri, &fixed);
    assert_eq!(rules(&client.diagnostics(&uri)), ["stale-translation"]);
    // The author drops the variable from step b in the (unsaved) guide.
    let yaml_uri = file_uri(&ws.path("content/g.yaml"));
    open(&mut client, &yaml_uri, GUIDE);
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": yaml_uri, "version": 2},
            "contentChanges": [{"text": GUIDE.replace("with { $count } files", "with all files")}],
        }),
    );
    let found = client.wait(|m| {
        let d = m["params"]["diagnostics"].as_array()?;
        (m["params"]["uri"] == uri && rules(d).contains(&"unknown-variable".to_string()))
            .then(|| d.clone())
    });
    assert!(rules(&found).contains(&"stale-translation".to_string()));
    // A YAML error in the buffer is shown on the guide.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": yaml_uri, "version": 3},
            "contentChanges": [{"text": "id: g\ntitle: [\n"}],
        }),
    );
    let found = client.wait(|m| {
        let d = m["params"]["diagnostics"].as_array()?;
        (m["params"]["uri"] == yaml_uri && !d.is_empty()).then(|| d.clone())
    });
    assert_eq!(rules(&found), ["content-syntax"], "{found:#?}");
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn a_broken_configuration_is_shown_and_fixing_it_recovers() {
    let ws = workspace();
    let mut client = Client::start(ws.root(), &[], ws.root());
    let config_uri = file_uri(&ws.path("polyguide.toml"));
    let good = ws.read("polyguide.toml");
    open(&mut client, &config_uri, &good);
    assert_eq!(client.diagnostics(&config_uri), Vec::<Value>::new());
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": config_uri, "version": 2},
            "contentChanges": [{"text": format!("{good}colour = 1\n")}],
        }),
    );
    let found = client.diagnostics(&config_uri);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0]["message"].as_str().unwrap().contains("colour"),
        "{found:#?}"
    );
    // Requests still get answers without a project.
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": config_uri}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(hover["result"], Value::Null, "{hover}");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": config_uri, "version": 3}, "contentChanges": [{"text": good}]}),
    );
    assert_eq!(client.diagnostics(&config_uri), Vec::<Value>::new());
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn malformed_messages_get_error_answers_and_the_server_goes_on() {
    let ws = workspace();
    let mut client = Client::start(ws.root(), &[], ws.root());
    client.send_raw(b"Content-Length: 9\r\n\r\n{not json");
    let parse_error = client.wait(|m| (m["error"]["code"] == -32700).then(|| m.clone()));
    assert_eq!(parse_error["id"], Value::Null);
    for (params, code) in [
        (json!({"textDocument": 5}), -32602),
        (json!(null), -32602),
        (
            json!({"textDocument": {"uri": "file:///nowhere.ftl"}, "position": {"line": -1, "character": 0}}),
            -32602,
        ),
    ] {
        let answer = client.request("textDocument/hover", params);
        assert_eq!(answer["error"]["code"], code, "{answer}");
    }
    let answer = client.request("polyguide/unknown", json!({}));
    assert_eq!(answer["error"]["code"], -32601, "{answer}");
    let answer = client.request(
        "workspace/executeCommand",
        json!({"command": "polyguide.nope", "arguments": []}),
    );
    assert_eq!(answer["error"]["code"], -32602, "{answer}");
    let answer = client.request(
        "workspace/executeCommand",
        json!({"command": "polyguide.accept", "arguments": ["fr"]}),
    );
    assert_eq!(answer["error"]["code"], -32803, "{answer}");
    let answer = client.request(
        "workspace/executeCommand",
        json!({"command": "polyguide.accept", "arguments": ["xx", "g--title"]}),
    );
    assert!(
        answer["error"]["message"]
            .as_str()
            .unwrap()
            .contains("`xx`"),
        "{answer}"
    );
    // Hover on a document that is not open, and positions far beyond the text.
    let answer = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///nowhere.ftl"}, "position": {"line": 99999, "character": 99999}}),
    );
    assert_eq!(answer["result"], Value::Null, "{answer}");
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn exit_without_shutdown_is_exit_code_1() {
    let ws = workspace();
    let mut client = Client::start(ws.root(), &[], ws.root());
    client.notify("exit", Value::Null);
    assert_eq!(client.finish().code(), Some(1));
}

#[test]
fn an_edit_that_changes_what_a_file_defines_rechecks_the_locales_other_open_files() {
    let ws = workspace();
    let mut client = Client::start(ws.root(), &[], ws.root());
    let uri = file_uri(&ws.path("locales/fr/g.ftl"));
    // A term that only the French files could define.
    let text = FR
        .replace("$cont", "$count")
        .replace("Téléchargements", "Téléchargements { -fr-only }");
    open(&mut client, &uri, &text);
    let unknown = "unknown-reference".to_string();
    assert!(rules(&client.diagnostics(&uri)).contains(&unknown));
    let terms_uri = file_uri(&ws.path("locales/fr/terms.ftl"));
    let terms = ws.read("locales/fr/terms.ftl");
    open(&mut client, &terms_uri, &terms);
    client.diagnostics(&terms_uri);
    // terms.ftl now defines it: g.ftl is checked again, without being edited.
    change(
        &mut client,
        &terms_uri,
        2,
        &format!("{terms}-fr-only = Truc\n"),
    );
    let found = client.wait(|m| {
        let d = m["params"]["diagnostics"].as_array()?;
        (m["params"]["uri"] == uri.as_str()).then(|| d.clone())
    });
    assert!(!rules(&found).contains(&unknown), "{found:#?}");
    // An edit that defines nothing new leaves the other file alone.
    client.forget();
    change(
        &mut client,
        &terms_uri,
        3,
        &format!("{terms}-fr-only = Machin\n"),
    );
    client.diagnostics(&terms_uri);
    let _ = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": terms_uri}, "position": {"line": 0, "character": 0}}),
    );
    assert!(
        !client
            .notes
            .iter()
            .any(|m| m["params"]["uri"] == uri.as_str()),
        "{:#?}",
        client.notes
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn a_stamps_file_is_checked_as_typed_and_its_locale_with_it() {
    let ws = workspace();
    let mut client = Client::start(ws.root(), &[], ws.root());
    let uri = file_uri(&ws.path("locales/fr/g.ftl"));
    open(&mut client, &uri, &FR.replace("$cont", "$count"));
    assert_eq!(rules(&client.diagnostics(&uri)), ["stale-translation"]);
    let stamps_uri = file_uri(&ws.path("locales/fr/polyguide.stamps"));
    let stamps = ws.read("locales/fr/polyguide.stamps");
    open(&mut client, &stamps_uri, &stamps);
    assert_eq!(client.diagnostics(&stamps_uri), Vec::<Value>::new());
    // A merge-conflict marker typed into the stamps: an error there, and staleness in fr is
    // unknown, so the stale finding goes.
    client.forget();
    change(
        &mut client,
        &stamps_uri,
        2,
        &format!("<<<<<<< HEAD\n{stamps}"),
    );
    let found = client.diagnostics(&stamps_uri);
    assert_eq!(rules(&found), ["invalid-stamps"], "{found:#?}");
    assert_eq!(found[0]["range"]["start"]["line"], 0);
    let found = client.diagnostics(&uri);
    assert_eq!(rules(&found), Vec::<String>::new(), "{found:#?}");
    assert_eq!(client.shutdown().code(), Some(0));
}

/// An editor buffer that starts with a byte-order mark: the lint reads it without the mark,
/// the positions the client gets count it (one character on the first line).
#[test]
fn a_buffer_with_a_byte_order_mark_gets_exact_positions_and_fixes() {
    let ws = workspace();
    let mut client = Client::start(ws.root(), &[], ws.root());
    let uri = file_uri(&ws.path("locales/fr/g.ftl"));
    let text = format!(
        "\u{FEFF}g--title = Téléchargements {{ $cont }}\n{}",
        FR.split_once('\n').unwrap().1
    );
    open(&mut client, &uri, &text);
    let found = client.diagnostics(&uri);
    let mut starts: Vec<&Value> = found
        .iter()
        .filter(|d| d["code"] == "unknown-variable")
        .map(|d| &d["range"]["start"])
        .collect();
    starts.sort_by_key(|p| p["line"].as_u64());
    assert_eq!(starts.len(), 2, "{found:#?}");
    let second = text.rfind("$cont").unwrap();
    assert_eq!(starts[0], &position(&text, "$cont", 0), "{found:#?}");
    let line = text[..second].matches('\n').count();
    let column = text[..second]
        .rsplit('\n')
        .next()
        .unwrap()
        .encode_utf16()
        .count();
    assert_eq!(starts[1], &json!({"line": line, "character": column}));
    let actions = code_actions(&mut client, &uri, starts[1], starts[1]);
    let fix = actions
        .iter()
        .find(|a| a["title"] == "Change to `$count`")
        .unwrap_or_else(|| panic!("{actions:#?}"))
        .clone();
    let edit = &fix["edit"]["changes"][&uri][0];
    assert_eq!(edit["range"]["start"], *starts[1]);
    assert_eq!(client.shutdown().code(), Some(0));
}
