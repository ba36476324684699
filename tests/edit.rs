//! Property test: editing one entry of a person's FTL file changes only that entry's bytes.
//! Random files (comments, blank lines, multi-line values, attributes, selects, junk, CRLF)
//! and random edits, from a fixed-seed generator so failures reproduce.

use polyguide::ftl;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "Hello",
    "Bonjour",
    "world",
    "monde",
    "{ -brand }",
    "{ $n }",
    "ü",
    "中文",
    "a  b",
    "<b>x</b>",
];

fn entry(rng: &mut Rng, id: &str) -> String {
    let words: Vec<&str> = (0..1 + rng.below(5)).map(|_| rng.pick(WORDS)).collect();
    let value = words.join(" ");
    match rng.below(5) {
        0 => format!("{id} =\n    {value}\n    {value}\n"),
        1 => format!("{id} = {value}\n    .title = {value}\n"),
        2 => format!("{id} = {{ $n ->\n    [one] {value}\n   *[other] {value}\n}}\n"),
        3 => format!("-{id} = {value}\n"),
        _ => format!("{id} = {value}\n"),
    }
}

fn file(rng: &mut Rng, ids: &[String]) -> String {
    let mut out = String::new();
    if rng.below(3) == 0 {
        out.push_str("### Resource comment\n\n");
    }
    for id in ids {
        match rng.below(6) {
            0 => out.push_str("# A comment for translators\n"),
            1 => out.push_str("\n\n"),
            2 => out.push_str("## Group\n\n"),
            3 => out.push_str("broken = { unclosed\n"),
            _ => {}
        }
        out.push_str(&entry(rng, id));
    }
    if rng.below(2) == 0 {
        out = out.trim_end().to_string();
    }
    if rng.below(3) == 0 {
        out = out.replace('\n', "\r\n");
    }
    out
}

#[test]
fn edits_change_only_the_edited_entry() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    for case in 0..3000 {
        let ids: Vec<String> = (0..1 + rng.below(8)).map(|i| format!("m{i}")).collect();
        let text = file(&mut rng, &ids);
        let target = if rng.below(5) == 0 {
            "new-one".to_string()
        } else {
            ids[rng.below(ids.len())].clone()
        };
        let replacement = entry(&mut rng, &target);
        let edited = ftl::set_entry(&text, &target, &replacement);

        let parsed = ftl::parse(&text);
        match parsed
            .entries
            .iter()
            .find(|e| e.id == target || e.id == format!("-{target}"))
        {
            Some(e) if e.id == target => {
                let span = e.span(&text);
                let (before, after) = (&text[..span.start], &text[span.end..]);
                assert!(
                    edited.starts_with(before),
                    "case {case}: bytes before the entry changed\n{text:?}\n{edited:?}"
                );
                assert!(
                    edited.ends_with(after),
                    "case {case}: bytes after the entry changed\n{text:?}\n{edited:?}"
                );
            }
            _ => {
                // Not defined under this id: appended, the original kept as a prefix.
                assert!(
                    edited.starts_with(&text),
                    "case {case}: append changed the file\n{text:?}\n{edited:?}"
                );
            }
        }
        // The new entry is there, parsed as written.
        let again = ftl::parse(&edited);
        let id = if replacement.starts_with('-') {
            format!("-{target}")
        } else {
            target.clone()
        };
        let found = again.entries.iter().find(|e| e.id == id);
        assert!(
            found.is_some(),
            "case {case}: {id} missing after the edit\n{edited:?}"
        );
        let crlf = text.contains("\r\n");
        if crlf {
            assert!(
                !edited.replace("\r\n", "").contains('\n'),
                "case {case}: mixed line endings\n{edited:?}"
            );
        }
    }
}

#[test]
fn an_edit_keeps_comments_blank_lines_and_crlf() {
    let text = "### Header\r\n\r\n# Comment\r\na = Old\r\n    .title = T\r\n\r\n\r\nb = B\r\n";
    let edited = ftl::set_entry(text, "a", "a = New\n    .title = T2\n");
    assert_eq!(
        edited,
        "### Header\r\n\r\n# Comment\r\na = New\r\n    .title = T2\r\n\r\n\r\nb = B\r\n"
    );
}
