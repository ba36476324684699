fn main() {
    let data = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    let Ok(decoded) = polyguide::text::decode(data) else {
        println!("not utf8");
        return;
    };
    let text = decoded.text.as_str();
    let parsed = polyguide::ftl::parse(text);
    let index = polyguide::LineIndex::new(text);
    for e in &parsed.entries {
        let _ = index.line_col(e.id_span.start);
        println!("{:?} {:?}", e.id, polyguide::ftl::entry_value_text(text, e));
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
