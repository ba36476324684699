//! JSON-RPC messages framed by `Content-Length` headers over a byte stream (stdio).
//!
//! lsp-server's own stdio transport ends the connection on the first message that is not
//! valid JSON, and allocates whatever `Content-Length` a client claims. This one answers
//! such a message with a JSON-RPC error (`-32700` parse error, `-32600` invalid request,
//! `id: null` when the id cannot be read) and goes on reading; it never holds more than
//! [`MAX_MESSAGE_BYTES`] of one message or [`MAX_HEADER_BYTES`] of one header line. The
//! typed messages it hands over are lsp-server's.

use crossbeam_channel::{Receiver, Sender};
use lsp_server::{Connection, ErrorCode, Message};
use std::io::{BufRead, Read, Write};
use std::sync::{Arc, Mutex};

/// The largest message body read (64 MiB, the largest file polyguide reads).
pub const MAX_MESSAGE_BYTES: usize = crate::fsx::MAX_FILE_BYTES as usize;

/// The longest header line read; longer ones are skipped.
pub const MAX_HEADER_BYTES: u64 = 8 * 1024;

/// The two threads that move messages between the stream and the server's channels.
pub struct IoThreads {
    reader: std::thread::JoinHandle<()>,
    writer: std::thread::JoinHandle<()>,
}

impl IoThreads {
    /// Waits for both threads: the reader ends at the end of input or after `exit`, the
    /// writer once every sender of the connection is dropped.
    pub fn join(self) {
        let _ = self.reader.join();
        let _ = self.writer.join();
    }
}

/// A connection over stdin and stdout.
pub fn stdio() -> (Connection, IoThreads) {
    connect(std::io::BufReader::new(std::io::stdin()), std::io::stdout())
}

/// A connection reading messages from `input` and writing them to `output`.
pub fn connect(
    input: impl BufRead + Send + 'static,
    output: impl Write + Send + 'static,
) -> (Connection, IoThreads) {
    let output: Arc<Mutex<Box<dyn Write + Send>>> = Arc::new(Mutex::new(Box::new(output)));
    let (to_server, from_client) = crossbeam_channel::unbounded::<Message>();
    let (to_client, from_server) = crossbeam_channel::unbounded::<Message>();
    let out = output.clone();
    let reader = std::thread::spawn(move || read_loop(input, &to_server, &out));
    let writer = std::thread::spawn(move || write_loop(&from_server, &output));
    (
        Connection {
            sender: to_client,
            receiver: from_client,
        },
        IoThreads { reader, writer },
    )
}

fn write_loop(from_server: &Receiver<Message>, output: &Mutex<Box<dyn Write + Send>>) {
    for message in from_server {
        let mut out = output.lock().unwrap_or_else(|e| e.into_inner());
        if message.write(&mut *out).is_err() {
            // The client is gone; the server notices when its input ends.
            return;
        }
    }
}

/// What one frame held.
enum Frame {
    Message(Message),
    /// A frame that is not a message: the error to answer with.
    Bad {
        id: serde_json::Value,
        code: ErrorCode,
        message: String,
    },
    End,
}

fn read_loop(
    mut input: impl BufRead,
    to_server: &Sender<Message>,
    output: &Mutex<Box<dyn Write + Send>>,
) {
    loop {
        match read_frame(&mut input) {
            Frame::End => return,
            Frame::Message(message) => {
                let exit = matches!(&message, Message::Notification(n) if n.method == "exit");
                if to_server.send(message).is_err() || exit {
                    return;
                }
            }
            Frame::Bad { id, code, message } => {
                let reply = serde_json::json!({
                    "jsonrpc": "2.0",
                    "id": id,
                    "error": {"code": code as i32, "message": message},
                })
                .to_string();
                let mut out = output.lock().unwrap_or_else(|e| e.into_inner());
                let written = write!(out, "Content-Length: {}\r\n\r\n{reply}", reply.len())
                    .and_then(|()| out.flush());
                if written.is_err() {
                    return;
                }
            }
        }
    }
}

/// Reads one frame: headers up to a blank line, then `Content-Length` bytes of JSON.
fn read_frame(input: &mut impl BufRead) -> Frame {
    let mut length: Option<Result<usize, String>> = None;
    let mut saw_header = false;
    loop {
        let mut line = Vec::new();
        match input
            .by_ref()
            .take(MAX_HEADER_BYTES)
            .read_until(b'\n', &mut line)
        {
            Ok(0) | Err(_) => return Frame::End,
            Ok(_) => {}
        }
        if !line.ends_with(b"\n") {
            // A header line too long to be one: skip the rest of it.
            if skip_line(input).is_err() {
                return Frame::End;
            }
            continue;
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if saw_header {
                break;
            }
            continue;
        }
        saw_header = true;
        if let Some((name, value)) = text.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = Some(value.trim().parse::<usize>().map_err(|e| e.to_string()));
            }
        }
    }
    let length = match length {
        Some(Ok(n)) => n,
        Some(Err(e)) => return bad(ErrorCode::ParseError, format!("bad Content-Length: {e}")),
        None => {
            return bad(
                ErrorCode::ParseError,
                "a message without Content-Length".into(),
            )
        }
    };
    if length > MAX_MESSAGE_BYTES {
        let skipped = std::io::copy(
            &mut input.by_ref().take(length as u64),
            &mut std::io::sink(),
        );
        if skipped.map_or(true, |n| n < length as u64) {
            return Frame::End;
        }
        return bad(
            ErrorCode::InvalidRequest,
            format!("a message of {length} bytes, larger than the {MAX_MESSAGE_BYTES} read"),
        );
    }
    let mut body = vec![0; length];
    if input.read_exact(&mut body).is_err() {
        return Frame::End;
    }
    decode(&body)
}

fn skip_line(input: &mut impl BufRead) -> std::io::Result<()> {
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        match memchr::memchr(b'\n', buf) {
            Some(i) => {
                input.consume(i + 1);
                return Ok(());
            }
            None => {
                let n = buf.len();
                input.consume(n);
            }
        }
    }
}

fn bad(code: ErrorCode, message: String) -> Frame {
    Frame::Bad {
        id: serde_json::Value::Null,
        code,
        message,
    }
}

/// A body as a message: not JSON is a parse error; JSON that is no request, response or
/// notification is an invalid request, answered with its id when it has a usable one.
fn decode(body: &[u8]) -> Frame {
    let value: serde_json::Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => return bad(ErrorCode::ParseError, format!("not JSON: {e}")),
    };
    let has_id = value.get("id").is_some_and(|id| !id.is_null());
    let id = match value.get("id") {
        Some(id @ (serde_json::Value::Number(_) | serde_json::Value::String(_))) => id.clone(),
        _ => serde_json::Value::Null,
    };
    match serde_json::from_value::<Message>(value) {
        // An id lsp-server cannot hold (an object, a number beyond 32 bits) would turn a
        // request into a notification and leave the client waiting for an answer.
        Ok(Message::Notification(_)) if has_id => Frame::Bad {
            id,
            code: ErrorCode::InvalidRequest,
            message: "a request id must be a string or a 32-bit integer".into(),
        },
        Ok(message) => Frame::Message(message),
        Err(e) => Frame::Bad {
            id,
            code: ErrorCode::InvalidRequest,
            message: format!("not a JSON-RPC request, response or notification: {e}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    /// Runs the reader on `input`; returns what reached the server and what was answered.
    fn run(input: String) -> (Vec<Message>, String) {
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
        let written = Arc::new(Mutex::new(Vec::new()));
        let (conn, threads) = connect(
            std::io::Cursor::new(input.into_bytes()),
            Shared(written.clone()),
        );
        let received: Vec<Message> = conn.receiver.iter().collect();
        drop(conn);
        threads.join();
        let out = String::from_utf8(written.lock().unwrap().clone()).unwrap();
        (received, out)
    }

    #[test]
    fn garbage_is_answered_and_reading_goes_on() {
        let input = [
            frame("{not json"),
            frame(r#"{"jsonrpc":"2.0","id":{"x":1},"method":"m"}"#),
            frame(r#"[1,2]"#),
            frame(r#"{"jsonrpc":"2.0","id":99999999999,"method":"textDocument/hover"}"#),
            "X-Junk\r\nContent-Length: abc\r\n\r\n".to_string(),
            format!("Content-Type: x\r\n{}\r\n\r\n", "h".repeat(20_000)),
            frame(r#"{"jsonrpc":"2.0","id":7,"method":"shutdown"}"#),
        ]
        .concat();
        let (received, out) = run(input);
        assert_eq!(received.len(), 1, "{received:?}");
        assert!(matches!(&received[0], Message::Request(r) if r.method == "shutdown"));
        assert_eq!(out.matches("\"code\":-32700").count(), 3, "{out}");
        assert_eq!(out.matches("\"code\":-32600").count(), 3, "{out}");
        assert_eq!(out.matches("\"id\":null").count(), 5, "{out}");
        assert!(out.contains("\"id\":99999999999"), "{out}");
    }

    #[test]
    fn an_oversized_message_is_skipped_not_allocated() {
        let huge = MAX_MESSAGE_BYTES + 10;
        let mut input = format!("Content-Length: {huge}\r\n\r\n");
        input.push_str(&" ".repeat(huge));
        input.push_str(&frame(r#"{"jsonrpc":"2.0","method":"exit"}"#));
        let (received, out) = run(input);
        assert_eq!(received.len(), 1);
        assert!(out.contains("larger than"), "{out}");
    }

    #[test]
    fn a_truncated_stream_ends_quietly() {
        let (received, out) = run("Content-Length: 50\r\n\r\n{\"a\"".into());
        assert!(received.is_empty());
        assert!(out.is_empty());
    }
}
