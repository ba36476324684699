//! `polyguide preview`: the site served on this machine, rebuilt on every change.
//!
//! A translator edits an FTL file and reloads the page (or waits: a served page polls the
//! build number and reloads itself) to see the step in place. [`Preview::start`] builds the
//! site in memory with [`crate::site::build`], listens on 127.0.0.1 unless another address
//! is asked for, and watches `polyguide.toml`, the content and the locales directories
//! (translations and stamps) with `notify`; a change is followed by a rebuild after 30 ms of
//! quiet, so one save that touches several files rebuilds once. A failed rebuild is served
//! as an error page until the next good one.
//!
//! The server is a few dozen lines over `std::net`: GET and HEAD of the in-memory files,
//! nothing else, one short-lived thread per connection. It is a preview for one person on
//! their own machine, not a web server to deploy; `polyguide site` writes the files for that.

use crate::project::Project;
use crate::site::{self, Site};
use crate::workspace::Workspace;
use notify::{EventKind, RecursiveMode, Watcher};
use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// The port tried first when none is given; if it is taken, any free port.
pub const DEFAULT_PORT: u16 = 4400;

/// Where to listen.
#[derive(Clone, Debug)]
pub struct PreviewOptions {
    /// An IP address (`127.0.0.1`, `::1`, `0.0.0.0`…) or `localhost`.
    pub host: String,
    /// None: [`DEFAULT_PORT`] if free, else one the system chooses.
    pub port: Option<u16>,
}

/// What happened to the site, for the command to print.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A build that served pages; `problems` are locales the export skipped or could not
    /// build.
    Built {
        pages: usize,
        millis: u128,
        problems: Vec<String>,
    },
    /// A build that produced no site (the workspace or its source does not load).
    Failed { why: String },
}

#[derive(Debug, thiserror::Error)]
pub enum PreviewError {
    #[error("`{0}` is not an IP address or `localhost`")]
    Host(String),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error("cannot watch {path} for changes: {source}")]
    Watch { path: String, source: notify::Error },
}

/// A running preview: the server and the watcher live as long as this value.
pub struct Preview {
    addr: SocketAddr,
    events: Receiver<Event>,
    _watcher: notify::RecommendedWatcher,
}

impl Preview {
    /// Builds the site, starts serving it and watching the workspace. `reopen` loads the
    /// workspace again for each rebuild (so a changed `polyguide.toml` applies).
    pub fn start<F>(
        ws: &Workspace,
        reopen: F,
        options: &PreviewOptions,
    ) -> Result<Preview, PreviewError>
    where
        F: Fn() -> Result<Workspace, String> + Send + 'static,
    {
        let listener = bind(options)?;
        let addr = listener.local_addr().map_err(|source| PreviewError::Bind {
            addr: options.host.clone(),
            source,
        })?;
        let (event_tx, events) = mpsc::channel();
        let state = Arc::new(RwLock::new(Served {
            build: 0,
            site: Err("not built yet".into()),
        }));
        rebuild(&state, &event_tx, Ok(ws.clone()));

        let (change_tx, changes) = mpsc::channel();
        let mut watcher =
            notify::recommended_watcher(change_tx).map_err(|source| PreviewError::Watch {
                path: ws.root.display().to_string(),
                source,
            })?;
        for (path, mode) in watched(ws) {
            watcher
                .watch(&path, mode)
                .map_err(|source| PreviewError::Watch {
                    path: path.display().to_string(),
                    source,
                })?;
        }
        let root = ws.root.clone();
        let rebuild_state = Arc::clone(&state);
        std::thread::spawn(move || {
            watch_loop(&changes, &root, || {
                rebuild(&rebuild_state, &event_tx, reopen());
            })
        });
        std::thread::spawn(move || serve(listener, state));
        Ok(Preview {
            addr,
            events,
            _watcher: watcher,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://HOST:PORT/`, an IPv6 host in brackets.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Whether only this machine can connect.
    pub fn is_loopback(&self) -> bool {
        self.addr.ip().is_loopback()
    }

    /// Builds as they happen (the first one included); blocks between them.
    pub fn events(&self) -> impl Iterator<Item = Event> + '_ {
        self.events.iter()
    }
}

/// The site being served, and its build number (the pages poll it to reload).
struct Served {
    build: u64,
    site: Result<Site, String>,
}

fn bind(options: &PreviewOptions) -> Result<TcpListener, PreviewError> {
    let ip: IpAddr = match options.host.as_str() {
        "localhost" => IpAddr::from([127, 0, 0, 1]),
        host => host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse()
            .map_err(|_| PreviewError::Host(host.to_string()))?,
    };
    let attempt = |port| {
        TcpListener::bind(SocketAddr::new(ip, port)).map_err(|source| PreviewError::Bind {
            addr: SocketAddr::new(ip, port).to_string(),
            source,
        })
    };
    match options.port {
        Some(port) => attempt(port),
        None => attempt(DEFAULT_PORT).or_else(|_| attempt(0)),
    }
}

/// polyguide.toml and the other files at the root (not recursively: a build directory can
/// hold many thousands of directories), then content and locales recursively.
fn watched(ws: &Workspace) -> Vec<(PathBuf, RecursiveMode)> {
    let mut paths = vec![(ws.root.clone(), RecursiveMode::NonRecursive)];
    for dir in [ws.content_dir(), ws.locales_dir()] {
        if dir.is_dir() && !paths.iter().any(|(p, _)| *p == dir) {
            paths.push((dir, RecursiveMode::Recursive));
        } else if dir == ws.root {
            paths[0].1 = RecursiveMode::Recursive;
        }
    }
    paths
}

/// Waits for a relevant change, lets a burst of them settle, then calls `rebuild`.
fn watch_loop(
    changes: &Receiver<notify::Result<notify::Event>>,
    root: &Path,
    mut rebuild: impl FnMut(),
) {
    const QUIET: Duration = Duration::from_millis(30);
    while let Ok(change) = changes.recv() {
        if !relevant(&change, root) {
            continue;
        }
        loop {
            match changes.recv_timeout(QUIET) {
                Ok(_) => continue,
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        rebuild();
    }
}

/// A change that can alter the site: a file created, written, renamed or removed (not read,
/// not a metadata change such as the access time our own build causes). At the workspace
/// root, only `.toml` files count.
fn relevant(change: &notify::Result<notify::Event>, root: &Path) -> bool {
    let Ok(event) = change else {
        // The watcher lost events (a queue overflow): rebuild to be safe.
        return true;
    };
    let kind = !matches!(
        event.kind,
        EventKind::Access(_) | EventKind::Modify(notify::event::ModifyKind::Metadata(_))
    );
    kind && event
        .paths
        .iter()
        .any(|p| p.parent() != Some(root) || p.extension().is_some_and(|e| e == "toml"))
}

fn rebuild(state: &RwLock<Served>, events: &Sender<Event>, ws: Result<Workspace, String>) {
    let started = Instant::now();
    let outcome = ws.and_then(|ws| {
        let project = Project::load(&ws);
        site::build(&project).map_err(|e| e.to_string())
    });
    let (site, event) = match outcome {
        Ok(build) => {
            let mut problems: Vec<String> = build
                .export
                .skipped
                .iter()
                .map(|(l, why)| format!("skipped {l}: {why}"))
                .collect();
            problems.extend(build.export.broken.iter().map(|(l, why)| match l {
                Some(l) => format!("not built {l}: {why}"),
                None => why.clone(),
            }));
            match build.site {
                Some(site) => {
                    let pages = site.files.len();
                    let millis = started.elapsed().as_millis();
                    (
                        Ok(site),
                        Event::Built {
                            pages,
                            millis,
                            problems,
                        },
                    )
                }
                None => {
                    let why = problems.join("; ");
                    (Err(why.clone()), Event::Failed { why })
                }
            }
        }
        Err(why) => (Err(why.clone()), Event::Failed { why }),
    };
    if let Ok(mut served) = state.write() {
        served.build += 1;
        served.site = site;
    }
    let _ = events.send(event);
}

fn serve(listener: TcpListener, state: Arc<RwLock<Served>>) {
    for stream in listener.incoming().flatten() {
        let state = Arc::clone(&state);
        std::thread::spawn(move || {
            let _ = respond(stream, &state);
        });
    }
}

/// The path of the build number, which served pages poll to reload themselves.
const BUILD_PATH: &str = "/__polyguide/build";

fn respond(mut stream: TcpStream, state: &RwLock<Served>) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let head = read_head(&mut stream)?;
    let mut words = head.split(' ');
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let reply = if method != "GET" && method != "HEAD" {
        Reply::text(405, "only GET and HEAD\n")
    } else {
        let served = state
            .read()
            .map_err(|_| std::io::Error::other("lock poisoned"))?;
        lookup(target, &served)
    };
    let mut out = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        reply.status,
        reason(reply.status),
        reply.content_type,
        reply.body.len()
    )
    .into_bytes();
    if method != "HEAD" {
        out.extend_from_slice(&reply.body);
    }
    stream.write_all(&out)?;
    stream.flush()
}

/// The request line, after reading the head up to its blank line (at most 16 KiB).
fn read_head(stream: &mut TcpStream) -> std::io::Result<String> {
    let mut head = Vec::new();
    let mut buf = [0u8; 2048];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
        let n = stream.read(&mut buf)?;
        if n == 0 {
            break;
        }
        head.extend_from_slice(&buf[..n]);
    }
    let line = head.split(|b| *b == b'\r').next().unwrap_or_default();
    Ok(String::from_utf8_lossy(line).into_owned())
}

struct Reply {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
}

impl Reply {
    fn text(status: u16, body: &str) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: body.as_bytes().to_vec(),
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "Internal Server Error",
    }
}

/// The reply to a request target: the build number, a page of the site, an error page
/// while the last build failed, or 404.
fn lookup(target: &str, served: &Served) -> Reply {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if path == BUILD_PATH {
        return Reply::text(200, &served.build.to_string());
    }
    let site = match &served.site {
        Ok(site) => site,
        Err(why) => {
            return Reply {
                status: 500,
                content_type: "text/html; charset=utf-8",
                body: with_reload(error_page(why), served.build),
            }
        }
    };
    let Some(rel) = site_path(path) else {
        return Reply::text(404, "not found\n");
    };
    match site.files.get(&rel) {
        Some(bytes) if rel.ends_with(".html") => Reply {
            status: 200,
            content_type: "text/html; charset=utf-8",
            body: with_reload(bytes.clone(), served.build),
        },
        Some(bytes) => Reply {
            status: 200,
            content_type: "application/octet-stream",
            body: bytes.clone(),
        },
        None => Reply::text(404, "not found\n"),
    }
}

/// The site file a URL path names (`/` and `/fr/` are their `index.html`); None for a path
/// that is not plain (`..`, backslashes, percent escapes of them).
fn site_path(path: &str) -> Option<String> {
    let decoded = percent_decode(path.strip_prefix('/')?)?;
    let mut rel = decoded;
    if rel.is_empty() || rel.ends_with('/') {
        rel.push_str("index.html");
    }
    let plain = !rel.contains('\\')
        && rel
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..");
    plain.then_some(rel)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Adds the script that reloads the page when the build number changes. Only the preview
/// serves it; `polyguide site` writes pages without any script.
fn with_reload(mut html: Vec<u8>, build: u64) -> Vec<u8> {
    let script = format!(
        "<script>(function(){{var b=\"{build}\";setInterval(function(){{fetch(\"{BUILD_PATH}\",{{cache:\"no-store\"}}).then(function(r){{return r.text()}}).then(function(t){{if(t!==b)location.reload()}},function(){{}})}},500)}})();</script>\n"
    );
    let at = html
        .windows(7)
        .rposition(|w| w == b"</body>")
        .unwrap_or(html.len());
    html.splice(at..at, script.into_bytes());
    html
}

fn error_page(why: &str) -> Vec<u8> {
    let mut env = minijinja::Environment::new();
    let template = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>polyguide preview: build failed</title></head>\n<body><h1>The site could not be built</h1>\n<pre>{{ why }}</pre>\n<p>Fix the file and save: this page reloads by itself.</p>\n</body></html>\n";
    // A constant template with one escaped value: rendering cannot fail.
    let _ = env.add_template("error.html", template);
    env.get_template("error.html")
        .and_then(|t| t.render(minijinja::context! { why }))
        .unwrap_or_default()
        .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_paths_map_to_site_files_and_never_leave_the_site() {
        assert_eq!(site_path("/").as_deref(), Some("index.html"));
        assert_eq!(site_path("/fr/").as_deref(), Some("fr/index.html"));
        assert_eq!(site_path("/fr/g.html").as_deref(), Some("fr/g.html"));
        assert_eq!(
            site_path("/pt%2DBR/g.html").as_deref(),
            Some("pt-BR/g.html")
        );
        assert_eq!(site_path("/../etc/passwd"), None);
        assert_eq!(site_path("/%2e%2e/x"), None);
        assert_eq!(site_path("/fr//g.html"), None);
        assert_eq!(site_path("/a\\b"), None);
        assert_eq!(site_path("/%zz"), None);
        assert_eq!(site_path("relative"), None);
    }

    #[test]
    fn the_reload_script_goes_before_the_end_of_the_body() {
        let html = with_reload(b"<html><body><p>x</p></body></html>".to_vec(), 7);
        let html = String::from_utf8(html).unwrap();
        assert!(html.contains("var b=\"7\""));
        assert!(html.ends_with("</script>\n</body></html>"));
    }

    #[test]
    fn the_error_page_escapes_the_reason() {
        let page = String::from_utf8(error_page("<script>x</script>")).unwrap();
        assert!(!page.contains("<script>x"));
        assert!(page.contains("&lt;script&gt;x"));
    }

    #[test]
    fn the_host_is_an_address() {
        let options = |host: &str| PreviewOptions {
            host: host.into(),
            port: Some(0),
        };
        assert!(matches!(
            bind(&options("example.com")),
            Err(PreviewError::Host(_))
        ));
        let listener = bind(&options("localhost")).unwrap();
        assert!(listener.local_addr().unwrap().ip().is_loopback());
    }

    #[test]
    fn reading_our_own_files_is_not_a_change() {
        let root = Path::new("/w");
        let event = |kind, path: &str| Ok(notify::Event::new(kind).add_path(PathBuf::from(path)));
        use notify::event::{AccessKind, CreateKind, DataChange, MetadataKind, ModifyKind};
        assert!(!relevant(
            &event(EventKind::Access(AccessKind::Any), "/w/locales/fr/g.ftl"),
            root
        ));
        assert!(!relevant(
            &event(
                EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)),
                "/w/locales/fr/g.ftl"
            ),
            root
        ));
        assert!(relevant(
            &event(
                EventKind::Modify(ModifyKind::Data(DataChange::Any)),
                "/w/locales/fr/g.ftl"
            ),
            root
        ));
        assert!(relevant(
            &event(EventKind::Create(CreateKind::File), "/w/polyguide.toml"),
            root
        ));
        assert!(!relevant(
            &event(EventKind::Create(CreateKind::File), "/w/README.md"),
            root
        ));
    }
}
