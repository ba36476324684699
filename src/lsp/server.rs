//! The server: the handshake, the message loop, the open documents, and when to check what.
//!
//! The loop runs one *generation* per loaded project. A generation keeps the project and its
//! prepared source side on the stack of [`Server::serve_workspace`] (so nothing is
//! self-referential) and ends when a source file or the configuration changes; the next
//! one loads the project again, with the open documents' texts. An edit of a translation
//! file marks that file dirty (and the locale's other open files when what it defines
//! changed); dirty files are checked, each alone ([`crate::lint::lint_file`]), once no
//! message is waiting (a burst of keystrokes is checked once) and before any request is
//! answered.

use super::loaded::{Loaded, Scope};
use super::text::{self, Encoding};
use super::{actions, complete, diagnostics, hover, navigate, Options};
use crate::overlay::Overlay;
use crate::project::Project;
use crate::workspace::{Config, Workspace, CONFIG_FILE};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response, ResponseError};
use lsp_types::{notification as note, request as req};
use lsp_types::{notification::Notification as _, request::Request as _};
use rustc_hash::FxHashSet;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// An open document.
pub struct Doc {
    pub uri: lsp_types::Uri,
    /// Its local path, for `file://` URIs.
    pub path: Option<PathBuf>,
    pub version: i32,
    pub text: Arc<String>,
}

/// What handling a message asks of the loop.
pub enum Flow {
    Continue,
    /// A source file or the configuration changed: load the project again.
    Reload,
    Exit,
}

pub struct Server<'c> {
    conn: &'c Connection,
    options: Options,
    /// The client's root folder (or the working directory): where `polyguide.toml` is
    /// looked for.
    root_hint: PathBuf,
    pub enc: Encoding,
    /// Open documents by URI.
    pub docs: BTreeMap<String, Doc>,
    pub overlay: Overlay,
    /// The root of the project being served (real path too, for clients that resolve links).
    root: Option<(PathBuf, PathBuf)>,
    /// Why there is no project, with the file to show it on.
    config_error: Option<(PathBuf, String)>,
    shutdown: bool,
    watch_files: bool,
}

impl<'c> Server<'c> {
    /// The handshake: waits for `initialize`, answers with the capabilities. `Err` when the
    /// client leaves first.
    pub fn start(conn: &'c Connection, options: &Options) -> Result<Server<'c>, String> {
        let (id, params) = loop {
            let (id, raw) = conn.initialize_start().map_err(|e| e.to_string())?;
            match serde_json::from_value::<lsp_types::InitializeParams>(raw) {
                Ok(params) => break (id, params),
                Err(e) => send(
                    conn,
                    error_response(id, ErrorCode::InvalidParams, e.to_string()),
                ),
            }
        };
        let utf8 = params
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_ref())
            .is_some_and(|encs| encs.contains(&lsp_types::PositionEncodingKind::UTF8));
        let enc = if utf8 {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        };
        let watch_files = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false);
        let result = serde_json::json!({
            "capabilities": capabilities(enc),
            "serverInfo": {"name": "polyguide", "version": env!("CARGO_PKG_VERSION")},
        });
        send(conn, Response::new_ok(id, result));
        Ok(Server {
            conn,
            options: options.clone(),
            root_hint: root_hint(&params),
            enc,
            docs: BTreeMap::new(),
            overlay: Overlay::default(),
            root: None,
            config_error: None,
            shutdown: false,
            watch_files,
        })
    }

    /// Serves generation after generation; `Ok(true)` if `shutdown` came before `exit`.
    pub fn run(mut self) -> Result<bool, String> {
        loop {
            let flow = match self.open_workspace() {
                Ok(ws) => {
                    self.config_error = None;
                    self.serve_workspace(&ws)
                }
                Err(error) => {
                    self.config_error = Some(error);
                    self.message_loop(None)
                }
            };
            if let Flow::Exit = flow {
                return Ok(self.shutdown);
            }
        }
    }

    fn serve_workspace(&mut self, ws: &Workspace) -> Flow {
        let project = Project::load(ws);
        let parsed = crate::lint::parse_source(&project);
        let source = crate::source::Source::new(&ws.config, &project.catalog, &parsed);
        let mut loaded = Loaded::new(ws, &project, &source, self.config_paths(ws));
        for key in self.docs.keys().cloned().collect::<Vec<_>>() {
            if let (Scope::Locale(_), Some(rel)) =
                (self.scope_of(Some(&loaded), &key), self.rel_of(&key))
            {
                loaded.dirty.insert(rel);
            }
        }
        self.flush(&mut loaded);
        for key in self.docs.keys().cloned().collect::<Vec<_>>() {
            if !matches!(self.scope_of(Some(&loaded), &key), Scope::Locale(_)) {
                self.publish(Some(&loaded), &key);
            }
        }
        self.message_loop(Some(&mut loaded))
    }

    fn message_loop(&mut self, mut loaded: Option<&mut Loaded>) -> Flow {
        if loaded.is_none() {
            for key in self.docs.keys().cloned().collect::<Vec<_>>() {
                self.publish(None, &key);
            }
        }
        loop {
            let Ok(message) = self.conn.receiver.recv() else {
                return Flow::Exit;
            };
            let flow = self.guarded(loaded.as_deref_mut(), message);
            if !matches!(flow, Flow::Continue) {
                return flow;
            }
            if self.conn.receiver.is_empty() {
                if let Some(l) = loaded.as_deref_mut() {
                    self.flush(l);
                }
            }
        }
    }

    /// Handles one message; a panic in a handler (a bug) answers the request with an
    /// internal error instead of ending the server.
    fn guarded(&mut self, loaded: Option<&mut Loaded>, message: Message) -> Flow {
        let id = match &message {
            Message::Request(r) => Some(r.id.clone()),
            _ => None,
        };
        let run = std::panic::AssertUnwindSafe(|| self.handle(loaded, message));
        match std::panic::catch_unwind(run) {
            Ok(flow) => flow,
            Err(_) => {
                if let Some(id) = id {
                    let e = "polyguide failed on this request (a bug: please report it)";
                    self.respond(error_response(id, ErrorCode::InternalError, e.into()));
                }
                Flow::Continue
            }
        }
    }

    fn handle(&mut self, loaded: Option<&mut Loaded>, message: Message) -> Flow {
        match message {
            Message::Request(r) => self.request(loaded, r),
            Message::Notification(n) => self.notification(loaded, n),
            // Answers to our registration request: nothing to do.
            Message::Response(_) => Flow::Continue,
        }
    }

    fn request(&mut self, mut loaded: Option<&mut Loaded>, r: Request) -> Flow {
        if self.shutdown {
            let e = "the server is shutting down".to_string();
            self.respond(error_response(r.id, ErrorCode::InvalidRequest, e));
            return Flow::Continue;
        }
        if let Some(l) = loaded.as_deref_mut() {
            self.flush(l);
        }
        let l = loaded;
        match r.method.as_str() {
            req::Shutdown::METHOD => {
                self.shutdown = true;
                self.respond(Response::new_ok(r.id, ()));
            }
            req::Initialize::METHOD => {
                let e = "initialize may be sent only once".to_string();
                self.respond(error_response(r.id, ErrorCode::InvalidRequest, e));
            }
            req::HoverRequest::METHOD => self.answer(r, l, hover::hover),
            req::GotoDefinition::METHOD => self.answer(r, l, navigate::definition),
            req::Completion::METHOD => self.answer(r, l, complete::completion),
            req::CodeActionRequest::METHOD => self.answer(r, l, actions::code_actions),
            req::ExecuteCommand::METHOD => self.answer(r, l, actions::execute),
            _ => {
                let e = format!("polyguide does not handle `{}`", r.method);
                self.respond(error_response(r.id, ErrorCode::MethodNotFound, e));
            }
        }
        Flow::Continue
    }

    /// Answers a request with `f`: parameters that do not fit are an invalid-params error.
    fn answer<P, R>(
        &mut self,
        r: Request,
        loaded: Option<&mut Loaded>,
        f: impl FnOnce(&mut Self, Option<&mut Loaded>, P) -> Result<R, ResponseError>,
    ) where
        P: serde::de::DeserializeOwned,
        R: serde::Serialize,
    {
        let params = match serde_json::from_value::<P>(r.params) {
            Ok(p) => p,
            Err(e) => {
                let message = format!("invalid parameters for `{}`: {e}", r.method);
                self.respond(error_response(r.id, ErrorCode::InvalidParams, message));
                return;
            }
        };
        let result = f(self, loaded, params)
            .and_then(|value| serde_json::to_value(value).map_err(|e| failed(e.to_string())));
        self.respond(Response {
            id: r.id,
            response_result: result,
        });
    }

    fn notification(&mut self, loaded: Option<&mut Loaded>, n: Notification) -> Flow {
        // Notifications get no answer: one whose parameters do not fit is dropped.
        let method = n.method.clone();
        match method.as_str() {
            note::Exit::METHOD => Flow::Exit,
            note::Initialized::METHOD => {
                self.register_watchers();
                Flow::Continue
            }
            note::DidOpenTextDocument::METHOD => with(n, |p| self.did_open(loaded, p)),
            note::DidChangeTextDocument::METHOD => with(n, |p| self.did_change(loaded, p)),
            note::DidSaveTextDocument::METHOD => with(n, |p| self.did_save(loaded, p)),
            note::DidCloseTextDocument::METHOD => with(n, |p| self.did_close(loaded, p)),
            note::DidChangeWatchedFiles::METHOD => {
                with(n, |p| self.watched_files_changed(loaded, p))
            }
            // Cancellation, progress, configuration: nothing to do.
            _ => Flow::Continue,
        }
    }

    fn did_open(
        &mut self,
        loaded: Option<&mut Loaded>,
        p: lsp_types::DidOpenTextDocumentParams,
    ) -> Flow {
        let doc = p.text_document;
        let key = doc.uri.as_str().to_string();
        let text = Arc::new(doc.text);
        let path = text::uri_to_path(&doc.uri);
        self.docs.insert(
            key.clone(),
            Doc {
                uri: doc.uri,
                path,
                version: doc.version,
                text: text.clone(),
            },
        );
        let Some(rel) = self.rel_of(&key) else {
            return Flow::Continue;
        };
        let same_as_disk = self.same_as_disk(&rel, &text);
        self.overlay.set(&rel, text);
        self.changed(loaded, &key, same_as_disk)
    }

    fn did_change(
        &mut self,
        loaded: Option<&mut Loaded>,
        p: lsp_types::DidChangeTextDocumentParams,
    ) -> Flow {
        let key = p.text_document.uri.as_str().to_string();
        let enc = self.enc;
        let Some(doc) = self.docs.get_mut(&key) else {
            return Flow::Continue;
        };
        let mut text = doc.text.as_str().to_string();
        for change in p.content_changes {
            text = text::apply_change(&text, change.range, &change.text, enc);
        }
        doc.version = p.text_document.version;
        doc.text = Arc::new(text);
        let text = doc.text.clone();
        if let Some(rel) = self.rel_of(&key) {
            self.overlay.set(&rel, text);
        }
        self.changed(loaded, &key, false)
    }

    fn did_save(
        &mut self,
        loaded: Option<&mut Loaded>,
        p: lsp_types::DidSaveTextDocumentParams,
    ) -> Flow {
        let key = p.text_document.uri.as_str().to_string();
        // An l10n.toml is read from disk: a save is when it changes.
        match self.scope_of(loaded.as_deref(), &key) {
            Scope::Config => Flow::Reload,
            _ => {
                self.publish(loaded.as_deref(), &key);
                Flow::Continue
            }
        }
    }

    fn did_close(
        &mut self,
        loaded: Option<&mut Loaded>,
        p: lsp_types::DidCloseTextDocumentParams,
    ) -> Flow {
        let key = p.text_document.uri.as_str().to_string();
        let rel = self.rel_of(&key);
        let scope = self.scope_of(loaded.as_deref(), &key);
        let Some(doc) = self.docs.remove(&key) else {
            return Flow::Continue;
        };
        let unsaved = rel
            .as_deref()
            .is_some_and(|r| !self.same_as_disk(r, &doc.text));
        if let Some(rel) = &rel {
            self.overlay.remove(rel);
        }
        diagnostics::clear(self.conn, doc.uri);
        match (scope, loaded, rel) {
            (Scope::Source | Scope::Config, _, _) if unsaved => Flow::Reload,
            (Scope::Locale(locale), Some(l), Some(rel)) => {
                l.file_findings.remove(&rel);
                if unsaved {
                    // The file on disk is what counts again: for what it defines, and for
                    // a stamps file, for every open file of the locale.
                    self.edited(l, &locale, &rel);
                }
                Flow::Continue
            }
            _ => Flow::Continue,
        }
    }

    fn watched_files_changed(
        &mut self,
        mut loaded: Option<&mut Loaded>,
        p: lsp_types::DidChangeWatchedFilesParams,
    ) -> Flow {
        for change in p.changes {
            let Some(path) = text::uri_to_path(&change.uri) else {
                continue;
            };
            let Some(rel) = self.rel_of_path(&path) else {
                continue;
            };
            // An open document's buffer wins over the disk.
            if self.overlay.contains(&rel) {
                continue;
            }
            let scope = match loaded.as_deref() {
                Some(l) => l.scope(&rel),
                None if rel.ends_with(CONFIG_FILE) => return Flow::Reload,
                None => Scope::Other,
            };
            match (scope, loaded.as_deref_mut()) {
                (Scope::Source | Scope::Config, _) => return Flow::Reload,
                (Scope::Locale(locale), Some(l)) => {
                    l.forget_locale(&locale);
                    for other in l.falling_back_to(&locale) {
                        self.mark_locale(l, &other);
                    }
                    self.mark_locale(l, &locale);
                }
                _ => {}
            }
        }
        Flow::Continue
    }

    /// After a document's text changed (or it was opened): what to check again.
    fn changed(&mut self, loaded: Option<&mut Loaded>, key: &str, same_as_disk: bool) -> Flow {
        let scope = self.scope_of(loaded.as_deref(), key);
        match (scope, loaded) {
            (Scope::Locale(locale), Some(l)) => {
                if let Some(rel) = self.rel_of(key) {
                    self.edited(l, &locale, &rel);
                }
                Flow::Continue
            }
            (Scope::Source | Scope::Config, Some(l)) if same_as_disk => {
                self.publish(Some(l), key);
                Flow::Continue
            }
            (Scope::Source | Scope::Config, _) => Flow::Reload,
            (_, l) => {
                self.publish(l.as_deref(), key);
                Flow::Continue
            }
        }
    }

    /// Translation or stamps file `rel` of `locale` changed: what to check again.
    fn edited(&self, l: &mut Loaded, locale: &str, rel: &str) {
        if rel == l.project.stamps_rel(locale) {
            self.mark_locale(l, locale);
        }
        l.dirty.insert(rel.to_string());
    }

    /// Every open file of `locale` is to be checked again.
    pub fn mark_locale(&self, l: &mut Loaded, locale: &str) {
        for key in self.docs.keys() {
            if let (Scope::Locale(x), Some(rel)) = (l.scope_of_key(self, key), self.rel_of(key)) {
                if x == locale {
                    l.dirty.insert(rel);
                }
            }
        }
    }

    /// Checks the dirty files again and publishes the open ones. A file whose definitions
    /// changed makes the locale's other open files (and those of locales falling back to
    /// it) dirty too.
    pub fn flush(&mut self, l: &mut Loaded) {
        if l.dirty.is_empty() {
            return;
        }
        let dirty = std::mem::take(&mut l.dirty);
        for rel in &dirty {
            if let Scope::Locale(locale) = l.scope(rel) {
                if l.refresh_definitions(&locale, rel) {
                    for other in l.falling_back_to(&locale) {
                        self.mark_locale(l, &other);
                    }
                    self.mark_locale(l, &locale);
                }
            }
        }
        let mut check = std::mem::take(&mut l.dirty);
        check.extend(dirty);
        let open: BTreeMap<String, String> = self
            .docs
            .keys()
            .filter_map(|k| Some((self.rel_of(k)?, k.clone())))
            .collect();
        for rel in check {
            let (Some(key), Scope::Locale(locale)) = (open.get(&rel), l.scope(&rel)) else {
                continue;
            };
            let found = l.check(&locale, &rel);
            l.file_findings.insert(rel, found);
            self.publish(Some(l), key);
        }
    }

    /// Publishes the findings of one open document.
    pub fn publish(&self, loaded: Option<&Loaded>, key: &str) {
        let Some(doc) = self.docs.get(key) else {
            return;
        };
        let found = match (loaded, self.rel_of(key)) {
            (Some(l), Some(rel)) => diagnostics::of_document(l, &rel, &doc.text, self),
            (None, _) => self.config_error_on(doc),
            (Some(_), None) => Vec::new(),
        };
        diagnostics::publish(self.conn, doc, found);
    }

    fn config_error_on(&self, doc: &Doc) -> Vec<lsp_types::Diagnostic> {
        match (&self.config_error, &doc.path) {
            (Some((path, message)), Some(p)) if same_file(path, p) => {
                vec![diagnostics::config_error(message, &doc.text, self.enc)]
            }
            _ => Vec::new(),
        }
    }

    /// What the document `key` is to the project (`Other` without one, except that a
    /// `polyguide.toml` is always configuration).
    pub fn scope_of(&self, loaded: Option<&Loaded>, key: &str) -> Scope {
        match (loaded, self.rel_of(key)) {
            (Some(l), Some(rel)) => l.scope(&rel),
            (None, Some(rel)) if rel.rsplit('/').next() == Some(CONFIG_FILE) => Scope::Config,
            _ => Scope::Other,
        }
    }

    /// The document's path relative to the project root, with `/`.
    pub fn rel_of(&self, key: &str) -> Option<String> {
        let path = self.docs.get(key)?.path.as_ref()?;
        self.rel_of_path(path)
    }

    fn rel_of_path(&self, path: &Path) -> Option<String> {
        let (root, real) = self.root.as_ref()?;
        let rest = path
            .strip_prefix(root)
            .or_else(|_| path.strip_prefix(real))
            .ok()?;
        let parts: Option<Vec<&str>> = rest.components().map(|c| c.as_os_str().to_str()).collect();
        Some(parts?.join("/"))
    }

    /// The absolute path of `rel`.
    pub fn abs(&self, rel: &str) -> Option<PathBuf> {
        self.root.as_ref().map(|(root, _)| root.join(rel))
    }

    fn same_as_disk(&self, rel: &str, text: &str) -> bool {
        let Some((root, _)) = &self.root else {
            return false;
        };
        crate::fsx::read_file(&root.join(rel))
            .ok()
            .and_then(|b| crate::text::decode(b).ok())
            .is_some_and(|d| d.text == text)
    }

    pub fn respond(&self, response: Response) {
        send(self.conn, response);
    }

    pub fn notify<N: lsp_types::notification::Notification>(&self, params: N::Params) {
        send(self.conn, Notification::new(N::METHOD.to_string(), params));
    }

    /// Opens the project: its root is found first, so the open documents' texts (keyed by
    /// path relative to it) are what the configuration and every file are read from.
    fn open_workspace(&mut self) -> Result<Workspace, (PathBuf, String)> {
        let o = self.options.clone();
        if !o.l10n_toml.is_empty() {
            return self.open_l10n(&o);
        }
        let dir = match &o.workspace {
            Some(dir) => dir.clone(),
            None => match crate::workspace::find_config(&self.root_hint) {
                Some(config) => config.parent().map(Path::to_path_buf).unwrap_or_default(),
                None => {
                    self.set_root(&self.root_hint.clone());
                    let e = format!(
                        "no {CONFIG_FILE} in {} or above it",
                        self.root_hint.display()
                    );
                    return Err((self.root_hint.join(CONFIG_FILE), e));
                }
            },
        };
        self.set_root(&dir);
        Workspace::open_with(&dir, self.overlay.clone())
            .map_err(|e| (dir.join(CONFIG_FILE), e.to_string()))
    }

    fn open_l10n(&mut self, o: &Options) -> Result<Workspace, (PathBuf, String)> {
        let first = o.l10n_toml.first().cloned().unwrap_or_default();
        let settings_file = match (&o.config, &o.workspace) {
            (Some(file), _) => Some(file.clone()),
            (None, Some(dir)) => Some(dir.join(CONFIG_FILE)),
            (None, None) => crate::workspace::find_config(&self.root_hint),
        };
        let settings = match settings_file {
            Some(path) => {
                let text =
                    crate::fsx::read_text(&path).map_err(|e| (path.clone(), e.to_string()))?;
                Some(Config::parse_settings(&text).map_err(|e| (path.clone(), e))?)
            }
            None => None,
        };
        let mut ws = Workspace::from_l10n_toml(&o.l10n_toml, settings.as_ref())
            .map_err(|e| (first, e.to_string()))?;
        self.set_root(&ws.root.clone());
        ws.overlay = self.overlay.clone();
        Ok(ws)
    }

    /// Serves files under `root` from now on: the overlay is keyed relative to it.
    fn set_root(&mut self, root: &Path) {
        let root = if root.is_absolute() {
            root.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(root)
        };
        let real = root.canonicalize().unwrap_or_else(|_| root.clone());
        self.root = Some((root, real));
        self.overlay = Overlay::default();
        for key in self.docs.keys() {
            if let (Some(rel), Some(doc)) = (self.rel_of(key), self.docs.get(key)) {
                self.overlay.set(&rel, doc.text.clone());
            }
        }
    }

    fn config_paths(&self, ws: &Workspace) -> FxHashSet<String> {
        let mut out = FxHashSet::default();
        let files = self.options.l10n_toml.iter().chain(&self.options.config);
        for file in files {
            let abs = std::env::current_dir().unwrap_or_default().join(file);
            if let Some(rel) = self.rel_of_path(&abs) {
                out.insert(rel);
            }
        }
        if matches!(ws.layout, crate::workspace::Layout::Mirror) {
            out.insert(CONFIG_FILE.to_string());
        }
        out
    }

    /// Asks the client to tell us about changes on disk (`git checkout`, another tool).
    fn register_watchers(&self) {
        if !self.watch_files {
            return;
        }
        let params = serde_json::json!({"registrations": [{
            "id": "polyguide-files",
            "method": note::DidChangeWatchedFiles::METHOD,
            "registerOptions": {"watchers": [
                {"globPattern": "**/*.{ftl,yaml,yml,toml,stamps}"}
            ]},
        }]});
        let request = Request::new(
            lsp_server::RequestId::from("polyguide-register".to_string()),
            req::RegisterCapability::METHOD.to_string(),
            params,
        );
        send(self.conn, request);
    }
}

/// Runs `f` on the notification's parameters, if they are what it takes.
fn with<P: serde::de::DeserializeOwned>(n: Notification, f: impl FnOnce(P) -> Flow) -> Flow {
    match serde_json::from_value(n.params) {
        Ok(p) => f(p),
        Err(_) => Flow::Continue,
    }
}

fn send(conn: &Connection, message: impl Into<Message>) {
    // The client is gone when this fails: the loop ends at the next receive.
    let _ = conn.sender.send(message.into());
}

pub fn error_response(id: lsp_server::RequestId, code: ErrorCode, message: String) -> Response {
    Response::new_err(id, code as i32, message)
}

/// A request that was understood but could not be done.
pub fn failed(message: impl Into<String>) -> ResponseError {
    ResponseError {
        code: ErrorCode::RequestFailed as i32,
        message: message.into(),
        data: None,
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b || (a.canonicalize().ok().is_some() && a.canonicalize().ok() == b.canonicalize().ok())
}

/// The folder the client opened: the first workspace folder, else the root URI, else the
/// working directory.
#[allow(deprecated)] // root_uri: older clients send only it
fn root_hint(params: &lsp_types::InitializeParams) -> PathBuf {
    let folder = params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .and_then(|f| text::uri_to_path(&f.uri));
    folder
        .or_else(|| params.root_uri.as_ref().and_then(text::uri_to_path))
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default()
}

fn capabilities(enc: Encoding) -> serde_json::Value {
    serde_json::json!({
        "positionEncoding": if enc == Encoding::Utf8 { "utf-8" } else { "utf-16" },
        "textDocumentSync": {
            "openClose": true,
            "change": lsp_types::TextDocumentSyncKind::INCREMENTAL,
            "save": {"includeText": false},
        },
        "hoverProvider": true,
        "definitionProvider": true,
        "completionProvider": {"triggerCharacters": ["$", "-", "{"]},
        "codeActionProvider": {"codeActionKinds": ["quickfix", "source"]},
        "executeCommandProvider": {"commands": [super::ACCEPT_COMMAND]},
    })
}
