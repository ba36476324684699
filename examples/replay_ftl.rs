//! Replays one input through the FTL pipeline the `ftl_file` fuzz target exercises, outside
//! libFuzzer: `cargo run --example replay_ftl -- fuzz/artifacts/ftl_file/crash-…`. A panic
//! here is a bug; the normal output is each entry's id and value.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: replay_ftl FILE");
        std::process::exit(2);
    };
    let data = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2)
    });
    let Ok(decoded) = polyguide::text::decode(data) else {
        println!("not UTF-8: a syntax-error finding, nothing to parse");
        return;
    };
    let text = decoded.text.as_str();
    let parsed = polyguide::ftl::parse(text);
    let index = polyguide::LineIndex::new(text);
    for junk in &parsed.junk {
        println!(
            "junk at {:?}: {}",
            index.line_col(junk.error_span.start),
            junk.message
        );
    }
    for e in &parsed.entries {
        let _ = index.line_col(e.id_span.start);
        println!("{} = {:?}", e.id, polyguide::ftl::entry_value_text(text, e));
        if let Some(parts) = polyguide::pattern::Parts::of_entry(&parsed.resource.body[e.index]) {
            for (_, p) in parts.all() {
                let _ = polyguide::pattern::variables(text, p);
                let _ = polyguide::pattern::references(text, p);
                let _ = polyguide::pattern::selects(text, p);
                let _ = polyguide::pattern::literal_text(p);
            }
        }
    }
}
