//! Any bytes as a guide file: YAML parsing (budgets, duplicate keys), schema validation and
//! template extraction must not panic, and every finding must point inside the file.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (guide, findings) = polyguide::content::load_guide("content/g.yaml", data.to_vec());
    let lines = data.split(|b| *b == b'\n').count() as u32 + 1;
    for d in &findings {
        assert!(d.line >= 1 && d.line <= lines, "finding outside the file: {d:?}");
    }
    if let Some(guide) = guide {
        let _ = polyguide::catalog::guide_template(&guide, None);
    }
});
