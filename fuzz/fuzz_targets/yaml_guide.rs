//! Any bytes as a guide file: YAML parsing (budgets, duplicate keys), schema validation and
//! template extraction must not panic, and every finding must point inside the file.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (guide, findings) = polyguide::content::load_guide("content/g.yaml", data.to_vec());
    // Lines as polyguide counts them: `\n`, and a lone `\r`, end a line.
    let lone_cr = data.windows(2).filter(|w| w[0] == b'\r' && w[1] != b'\n').count() + usize::from(data.last() == Some(&b'\r'));
    let lines = (data.iter().filter(|b| **b == b'\n').count() + lone_cr) as u32 + 1;
    for d in &findings {
        assert!(d.line >= 1 && d.line <= lines, "finding outside the file: {d:?}");
    }
    if let Some(guide) = guide {
        let _ = polyguide::catalog::guide_template(&guide, None);
    }
});
