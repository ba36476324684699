//! `polyguide preview`: serves on loopback, rebuilds within a second of a change. Every
//! request goes to 127.0.0.1; every loop is bounded in count and time.

mod common;

use common::TestWs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn workspace() -> TestWs {
    TestWs::new(
        &["fr"],
        &[
            ("content/g.yaml", "id: g\ntitle: Hello\nmethods:\n  - id: m\n    title: Method\n    steps:\n      - id: a\n        text: Power off your phone.\n"),
            ("locales/fr/g.ftl", "g--title = Bonjour\ng--m--title = Méthode\ng--m--a = Éteignez votre téléphone.\n"),
        ],
    )
}

/// Starts `polyguide preview` on a port the system chooses; returns it and its address.
fn start(ws: &TestWs, extra: &[&str]) -> (Running, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .args(["preview", "--port", "0", "--workspace"])
        .arg(ws.root())
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let running = Running(child);
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first).unwrap();
    let addr = first
        .strip_prefix("preview: http://")
        .and_then(|r| r.split_once('/'))
        .map(|(addr, _)| addr.to_string())
        .unwrap_or_else(|| panic!("no URL in {first:?}"));
    (running, addr)
}

/// GET over loopback: (status, body).
fn get(addr: &str, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response[9..12].parse().unwrap();
    let body = response.split_once("\r\n\r\n").unwrap().1.to_string();
    (status, body)
}

#[test]
fn serves_on_loopback_and_rebuilds_within_a_second_of_a_change() {
    let ws = workspace();
    let (_running, addr) = start(&ws, &[]);
    assert!(addr.starts_with("127.0.0.1:"), "{addr}");
    let (status, page) = get(&addr, "/fr/g.html");
    assert_eq!(status, 200);
    assert!(page.contains("Éteignez votre téléphone."), "{page}");
    assert!(page.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert_eq!(get(&addr, "/").0, 200);
    assert_eq!(get(&addr, "/fr/").0, 200);
    assert_eq!(get(&addr, "/../polyguide.toml").0, 404);
    assert_eq!(get(&addr, "/nope.html").0, 404);

    for (file, text, expect) in [
        // A translation: the page shows it.
        ("locales/fr/g.ftl", "g--title = Bonjour\ng--m--title = Méthode\ng--m--a = Éteignez complètement votre téléphone.\n", "Éteignez complètement votre téléphone."),
        // The content: a new step, not translated yet, shows in fr as a fallback.
        ("content/g.yaml", "id: g\ntitle: Hello\nmethods:\n  - id: m\n    title: Method\n    steps:\n      - id: a\n        text: Power off your phone.\n      - id: b\n        text: Wait ten seconds.\n", "Wait ten seconds."),
    ] {
        let changed = Instant::now();
        ws.write(file, text);
        let mut seen = None;
        for _ in 0..200 {
            if get(&addr, "/fr/g.html").1.contains(expect) {
                seen = Some(changed.elapsed());
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let took = seen.unwrap_or_else(|| panic!("{file}: the page never showed {expect:?}"));
        assert!(took < Duration::from_secs(1), "{file}: rebuilt after {took:?}");
    }

    // Stamps: accepting the new step's translation changes its status on the page.
    ws.write("locales/fr/g.ftl", "g--title = Bonjour\ng--m--title = Méthode\ng--m--a = Éteignez complètement votre téléphone.\ng--m--b = Attendez dix secondes.\n");
    let accepted = Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .args(["accept", "fr", "--all", "--workspace"])
        .arg(ws.root())
        .output()
        .unwrap();
    assert!(accepted.status.success());
    ws.write(
        "content/g.yaml",
        &ws.read("content/g.yaml")
            .replace("Wait ten seconds.", "Wait twenty seconds."),
    );
    let changed = Instant::now();
    let mut stale = false;
    for _ in 0..200 {
        let page = get(&addr, "/fr/g.html").1;
        if page.contains("data-id=\"g--m--b\" data-status=\"stale\"") {
            stale = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(stale, "the accepted step never became stale on the page");
    assert!(
        changed.elapsed() < Duration::from_secs(1),
        "{:?}",
        changed.elapsed()
    );
}

#[test]
fn a_broken_source_is_served_as_an_error_page_until_it_is_fixed() {
    let ws = workspace();
    let (_running, addr) = start(&ws, &[]);
    let good = ws.read("content/g.yaml");
    ws.write("content/g.yaml", "id: g\ntitle: [unclosed\n");
    let mut status = 0;
    for _ in 0..200 {
        status = get(&addr, "/fr/g.html").0;
        if status == 500 {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(status, 500);
    assert!(get(&addr, "/fr/g.html")
        .1
        .contains("The site could not be built"));
    ws.write("content/g.yaml", &good);
    for _ in 0..200 {
        status = get(&addr, "/fr/g.html").0;
        if status == 200 {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(status, 200);
}

#[test]
fn a_host_that_is_not_an_address_is_refused() {
    let ws = workspace();
    let out = Command::new(env!("CARGO_BIN_EXE_polyguide"))
        .args(["preview", "--host", "example.com", "--workspace"])
        .arg(ws.root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`example.com` is not an IP address"));
}
