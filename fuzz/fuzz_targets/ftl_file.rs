//! Any bytes as an FTL file: decoding, parsing with positions, line/column mapping and every
//! per-entry fact the checks read must not panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use polyguide::{ftl, pattern, LineIndex};

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = polyguide::text::decode(data.to_vec()) else { return };
    let text = decoded.text.as_str();
    let parsed = ftl::parse(text);
    let index = LineIndex::new(text);
    for junk in &parsed.junk {
        let _ = index.line_col(junk.error_span.start);
        let _ = index.line_col(junk.span.end);
    }
    for entry in &parsed.entries {
        let _ = index.line_col(entry.id_span.start);
        let _ = ftl::entry_value_text(text, entry);
        if let Some(parts) = pattern::Parts::of_entry(&parsed.resource.body[entry.index]) {
            for (_, p) in parts.all() {
                let _ = pattern::variables(text, p);
                let _ = pattern::references(text, p);
                let _ = pattern::selects(text, p);
                let _ = pattern::literal_text(p);
            }
        }
    }
});
