//! Any text as a stamp file: parsing must not panic, and what parses must render and parse
//! back to the same stamps.
#![no_main]
use libfuzzer_sys::fuzz_target;
use polyguide::stamps::StampFile;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(file) = StampFile::parse(text) {
        // Ids or sources with line breaks cannot round-trip; the parser never produces them.
        let again = StampFile::parse(&file.render()).expect("rendered stamps parse");
        assert_eq!(again, file);
    }
    let _ = polyguide::stamps::word_diff_text(text, &text.chars().rev().collect::<String>());
});
