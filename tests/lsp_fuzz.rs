//! A bounded, seeded fuzz of the language server's message handling: valid client messages
//! mutated (values of the wrong type, keys dropped, huge or negative positions, broken
//! document texts, corrupted bytes) go through the real transport and dispatcher. Every
//! request gets an answer, none an internal error (a handler that panicked), and the server
//! still answers a valid request at the end.

mod common;

use common::lsp::{file_uri, read_message};
use common::TestWs;
use polyguide::lsp::{serve, transport, Options};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::io::Write;
use std::sync::{Arc, Mutex};

const MESSAGES: usize = 2_500;

/// xorshift64*: small, seeded, the same sequence on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const FR: &str = "g--title = Bonjour\ng--m--a = Ouvrez { -brand } avec { $count } fichiers.\n";

fn base_messages(uri: &str) -> Vec<Value> {
    let doc = json!({"uri": uri});
    // On the id, on `-brand`, inside `{ $count }`: places with real answers.
    let on_id = json!({"line": 1, "character": 3});
    let on_term = json!({"line": 1, "character": 21});
    let in_placeable = json!({"line": 1, "character": 38});
    let at = json!({"line": 1, "character": 12});
    let range = json!({"start": at, "end": {"line": 1, "character": 20}});
    vec![
        json!({"method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "fluent", "version": 1, "text": FR}}}),
        json!({"method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"range": range, "text": "{ $nombre"}]}}),
        json!({"method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": FR}]}}),
        json!({"method": "textDocument/didSave", "params": {"textDocument": doc}}),
        json!({"method": "textDocument/didClose", "params": {"textDocument": doc}}),
        json!({"method": "workspace/didChangeWatchedFiles", "params": {"changes": [{"uri": uri, "type": 2}]}}),
        json!({"id": 0, "method": "textDocument/hover", "params": {"textDocument": doc, "position": on_id}}),
        json!({"id": 0, "method": "textDocument/definition", "params": {"textDocument": doc, "position": on_term}}),
        json!({"id": 0, "method": "textDocument/definition", "params": {"textDocument": doc, "position": on_id}}),
        json!({"id": 0, "method": "textDocument/completion", "params": {"textDocument": doc, "position": in_placeable}}),
        json!({"id": 0, "method": "textDocument/completion", "params": {"textDocument": doc, "position": {"line": 2, "character": 0}}}),
        json!({"id": 0, "method": "textDocument/codeAction", "params": {"textDocument": doc, "range": range, "context": {"diagnostics": []}}}),
        json!({"id": 0, "method": "workspace/executeCommand", "params": {"command": "polyguide.accept", "arguments": ["fr", "g--title"]}}),
    ]
}

fn wild_value(rng: &mut Rng) -> Value {
    let deep = (0..40).fold(json!(1), |v, _| json!([v]));
    let options = [
        Value::Null,
        json!(true),
        json!(-1),
        json!(2_147_483_648u64),
        json!(1e300),
        json!(""),
        json!("x".repeat(5_000)),
        json!("file:///etc/passwd"),
        json!("file:///%zz"),
        json!([]),
        json!({}),
        json!("\u{0}\u{202e}😀"),
        deep,
        json!({"line": 4_294_967_295u64, "character": 4_294_967_295u64}),
    ];
    rng.pick(&options).clone()
}

/// Replaces a random leaf (or drops a random key) somewhere under `v`.
fn mutate_value(rng: &mut Rng, v: &mut Value) {
    match v {
        Value::Object(map) if !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = rng.pick(&keys).clone();
            match rng.below(6) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    map.insert(key, wild_value(rng));
                }
                _ => mutate_value(rng, map.get_mut(&key).expect("key")),
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = rng.below(items.len());
            mutate_value(rng, &mut items[i]);
        }
        Value::String(s) if rng.below(2) == 0 => {
            // Text edits that break Fluent in the ways typing does.
            let bits = [
                "{", "}", "$", "-", "\r", "é", "😀", "[", "*[", "->", "\\u", "\n  .", "=",
            ];
            let at = (0..=s.len())
                .filter(|i| s.is_char_boundary(*i))
                .collect::<Vec<_>>();
            let i = *rng.pick(&at);
            let bit = rng.pick(&bits[..]).to_string();
            s.insert_str(i, &bit);
        }
        _ => *v = wild_value(rng),
    }
}

/// A message as bytes: mutated, sometimes corrupted after serialization.
fn frame(rng: &mut Rng, mut message: Value, id: i64) -> (Vec<u8>, Option<i64>) {
    if message.get("id").is_some() {
        message["id"] = json!(id);
    }
    // A third of the messages stay valid, so the handlers see real documents too.
    for _ in 0..rng.below(3) {
        match rng.below(12) {
            0 => {
                let methods = ["textDocument/hover", "textDocument/didOpen", "nonsense", ""];
                let method = json!(rng.pick(&methods));
                if let Some(m) = message.as_object_mut() {
                    m.insert("method".into(), method);
                }
            }
            1 => {
                let id = wild_value(rng);
                if let Some(m) = message.as_object_mut() {
                    m.insert("id".into(), id);
                }
            }
            2 => mutate_value(rng, &mut message),
            _ => match message.get_mut("params") {
                Some(params) => mutate_value(rng, params),
                None => mutate_value(rng, &mut message),
            },
        }
    }
    if let Some(m) = message.as_object_mut() {
        m.insert("jsonrpc".into(), json!("2.0"));
    }
    let mut expects_answer = message["method"].is_string() && message["id"] == json!(id);
    let mut body = message.to_string().into_bytes();
    if rng.below(20) == 0 && !body.is_empty() {
        // A corrupted body may no longer be a request: its answer, if any, has no id.
        let i = rng.below(body.len());
        body[i] = rng.next() as u8;
        expects_answer = false;
    }
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend(body);
    (out, expects_answer.then_some(id))
}

struct Shared(Arc<Mutex<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn mutated_messages_never_crash_the_server() {
    let ws = TestWs::new(
        &["fr"],
        &[
            ("content/g.yaml", "id: g\ntitle: Hello\nmethods:\n  - id: m\n    title: M\n    steps:\n      - id: a\n        text: Open { -brand } with { $count } files.\n"),
            ("locales/en/terms.ftl", "-brand = Acme\n"),
            ("locales/fr/terms.ftl", "-brand = Acme\n"),
            ("locales/fr/g.ftl", FR),
        ],
    );
    let uri = file_uri(&ws.path("locales/fr/g.ftl"));
    let base = base_messages(&uri);
    let mut rng = Rng(0x5eed_1234_abcd_0017);
    let mut input = Vec::new();
    let mut expected = BTreeSet::new();
    let mut push = |bytes: &[u8]| input.extend_from_slice(bytes);
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"rootUri": file_uri(ws.root()), "capabilities": {}}}).to_string();
    push(format!("Content-Length: {}\r\n\r\n{init}", init.len()).as_bytes());
    for i in 0..MESSAGES {
        let message = rng.pick(&base).clone();
        let (bytes, answer) = frame(&mut rng, message, 10 + i as i64);
        push(&bytes);
        expected.extend(answer);
    }
    let tail = [
        json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "fluent", "version": 99, "text": FR}}}),
        json!({"jsonrpc": "2.0", "id": 999_999, "method": "textDocument/hover", "params": {"textDocument": {"uri": uri}, "position": {"line": 1, "character": 2}}}),
        json!({"jsonrpc": "2.0", "id": 1_000_000, "method": "shutdown"}),
        json!({"jsonrpc": "2.0", "method": "exit"}),
    ];
    for m in tail {
        let body = m.to_string();
        push(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }
    let started = std::time::Instant::now();
    let written = Arc::new(Mutex::new(Vec::new()));
    let (conn, threads) = transport::connect(std::io::Cursor::new(input), Shared(written.clone()));
    let clean = serve(&conn, &Options::default()).expect("the server runs");
    drop(conn);
    threads.join();
    assert!(clean, "shutdown came before exit");
    assert!(
        started.elapsed().as_secs() < 120,
        "bounded: {:?}",
        started.elapsed()
    );

    let output = written.lock().unwrap().clone();
    let mut reader = std::io::BufReader::new(output.as_slice());
    let mut answered = BTreeSet::new();
    let mut last_hover = None;
    let (mut results, mut errors, mut published) = (0, 0, 0);
    while let Some(m) = read_message(&mut reader) {
        assert_ne!(m["error"]["code"], -32603, "a handler failed: {m}");
        results += usize::from(m.get("result").is_some_and(|r| !r.is_null()));
        errors += usize::from(m.get("error").is_some());
        published += usize::from(m["method"] == "textDocument/publishDiagnostics");
        if let Some(id) = m["id"].as_i64().filter(|_| m.get("method").is_none()) {
            answered.insert(id);
            if id == 999_999 {
                last_hover = Some(m.clone());
            }
        }
    }
    eprintln!(
        "{results} answers with a result, {errors} errors, {published} diagnostics published"
    );
    // The mutations reach the handlers: many answers are real ones.
    assert!(
        results > 150 && errors > 150 && published > 100,
        "{results} {errors} {published}"
    );
    let unanswered: Vec<_> = expected.difference(&answered).collect();
    assert!(
        unanswered.is_empty(),
        "requests without an answer: {unanswered:?}"
    );
    let hover = last_hover.expect("the last hover is answered");
    assert!(
        hover["result"]["contents"]["value"]
            .as_str()
            .is_some_and(|v| v.contains("g--m--a")),
        "{hover}"
    );
}
