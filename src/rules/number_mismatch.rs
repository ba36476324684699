//! `number-mismatch`: a number of the source is missing or changed in the translation.

use super::{Rule, RuleId};
use crate::checks::PairCtx;
use crate::diagnostic::{Diagnostic, Severity};
use fluent_syntax::ast::{Pattern, PatternElement};
use std::borrow::Cow;

pub static RULE: Rule = Rule {
    id: RuleId::NumberMismatch,
    name: "number-mismatch",
    default_severity: Severity::Warning,
    summary: "a number of the source text is missing or changed in the translation",
    doc: r#"## What it does

Finds the numbers in the text of each part of a source message and reports those that the
same part of the translation does not have. Numbers are compared by value, digit by digit,
in any digit system: `10`, Arabic-Indic `١٠`, Extended Arabic-Indic (Persian, Urdu) `۱۰`,
Devanagari `१०` and full-width `１０` are all 10. Grouping and decimal separators are not
compared (`10,000`, `10 000`, `10.000` and `1,00,000` style grouping are one number each, as
are `1.5` and `1,5`), nor leading zeros. Numbers inside placeables (variables, selects,
string literals), URLs and markup (`<h2>`, `&#160;`) are ignored, and a translation may
add numbers of its own.

The finding is a warning, and an **error** in notes of kind `warning` or `caution`, where a
wrong number is a safety risk (hold the buttons for 5 seconds instead of 15, and the phone
does not enter recovery mode but restarts).

## Why is this bad

In a how-to guide a changed number is a wrong instruction: "hold for 10 seconds" translated
as "5 secondes", "press 3 times" as "2 fois". Readers follow the text literally, and a
number is the one thing they cannot check against their own language.

## Example

```ftl
# source
unlock-mi-phone--hard-reset--enter-recovery = Hold Power and Volume Up for 10 seconds.
# translation
unlock-mi-phone--hard-reset--enter-recovery = Maintenez Marche et Volume + pendant 5 secondes.
```

Write `10 secondes`.
"#,
};

pub fn check(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    for sp in &ctx.source.per_part {
        // The source's numbers are found once for the run; most texts have none.
        if sp.numbers().is_empty() {
            continue;
        }
        let Some(tp) = t.facts.part(sp.name) else {
            continue;
        };
        let translated = tp.numbers();
        let missing: Vec<&str> = sp
            .numbers()
            .iter()
            .filter(|n| translated.binary_search(n).is_err())
            .map(String::as_str)
            .collect();
        if missing.is_empty() {
            continue;
        }
        let part = sp.name.map(|n| format!(".{n} of ")).unwrap_or_default();
        let what = if missing.len() == 1 {
            format!("the number {}", missing[0])
        } else {
            format!("the numbers {}", missing.join(", "))
        };
        let extra: Vec<&str> = translated
            .iter()
            .filter(|n| sp.numbers().binary_search(n).is_err())
            .map(String::as_str)
            .collect();
        let help = if extra.is_empty() {
            "write the source's numbers (in any digits of the language: 10, ١٠, १०)".to_string()
        } else {
            format!(
                "the translation has {} instead: write the source's numbers (in any digits of the language: 10, ١٠, १०)",
                extra.join(", ")
            )
        };
        let severity = if ctx.safety {
            Severity::Error
        } else {
            RULE.default_severity
        };
        out.push(
            t.diag(
                &RULE,
                t.part_span(sp.name),
                format!("{part}`{}` lacks {what} of the source", t.id),
            )
            .with_severity(severity)
            .with_help(help),
        );
    }
}

/// The numbers of a pattern's text elements (not its placeables), outside URLs and markup,
/// each as the values of its digits with leading zeros and separators dropped (`١٠`,
/// `10` → `"10"`; `10,000` → `"10000"`), sorted, without repeats.
pub fn numbers(pattern: &Pattern<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for el in &pattern.elements {
        if let PatternElement::TextElement { value } = el {
            // One pass finds the first digit; most texts have none.
            let Some(first) = next_digit(value) else {
                continue;
            };
            match without_urls_and_markup(value) {
                // Nothing blanked out: the numbers start at the digit already found.
                Cow::Borrowed(_) => numbers_in(&value[first..], &mut out),
                Cow::Owned(cleaned) => numbers_in(&cleaned, &mut out),
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The byte offset of the first decimal digit of any script in `text`. Only characters
/// whose first UTF-8 byte can start a digit are decoded: Latin, Cyrillic, CJK text is
/// skipped byte by byte.
fn next_digit(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        i += candidate(&bytes[i..])?;
        if bytes[i].is_ascii_digit() {
            return Some(i);
        }
        let c = text[i..].chars().next()?;
        if digit_value(c).is_some() {
            return Some(i);
        }
        i += c.len_utf8();
    }
}

/// The position of the first byte that is an ASCII digit or the lead byte of a character
/// that may be one: U+0660–U+07FF (D9–DF), U+0800–U+1FFF (E0, E1), U+A000–U+AFFF (EA),
/// U+F000–U+FFFF (EF), the supplementary planes (F0), and, to keep the test simple, the
/// other lead bytes from D9 up. Blocks of 32 bytes are tested without branching (vector
/// instructions): Latin and Cyrillic text is passed over quickly.
fn candidate(bytes: &[u8]) -> Option<usize> {
    let hit = |b: u8| (b.wrapping_sub(b'0') < 10) | (b >= 0xD9);
    const BLOCK: usize = 32;
    let mut i = 0;
    while i + BLOCK <= bytes.len() {
        if bytes[i..i + BLOCK]
            .iter()
            .fold(false, |found, &b| found | hit(b))
        {
            break;
        }
        i += BLOCK;
    }
    bytes[i..].iter().position(|&b| hit(b)).map(|k| i + k)
}

/// The text with URLs, tags and character references (`&#160;`) blanked out.
fn without_urls_and_markup(text: &str) -> Cow<'_, str> {
    let mut out = Cow::Borrowed(text);
    if text.contains("http") {
        for url in super::url_mismatch::urls(text) {
            out = Cow::Owned(out.replace(&url, " "));
        }
    }
    if out.contains('<') {
        out = Cow::Owned(super::markup_mismatch::without_tags(&out));
    }
    if out.contains('&') {
        out = Cow::Owned(without_character_references(&out));
    }
    out
}

/// `&amp;`, `&#160;`, `&#xA0;` replaced by a space.
pub fn without_character_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let len = after
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
            .count();
        if len > 0 && after.as_bytes().get(len) == Some(&b';') {
            out.push(' ');
            rest = &after[len + 1..];
        } else {
            out.push('&');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Appends the numbers of `text`. A number is a run of digits of one or more digit systems;
/// `.`, `,`, `'`, `’`, the Arabic separators `٫` `٬` and a no-break space join digit groups,
/// a plain space only before a group of exactly three digits (`10 000`).
fn numbers_in(text: &str, out: &mut Vec<String>) {
    let mut rest = text;
    while let Some(start) = next_digit(rest) {
        let mut digits = String::new();
        let chars = rest[start..].char_indices();
        let mut end = rest.len() - start;
        for (i, c) in chars {
            if let Some(d) = digit_value(c) {
                digits.push(char::from(b'0' + d));
            } else if !joins_groups(c, &rest[start + i + c.len_utf8()..]) {
                end = i;
                break;
            }
        }
        let value = digits.trim_start_matches('0');
        out.push(if value.is_empty() { "0" } else { value }.to_string());
        rest = &rest[start + end..];
    }
}

/// True if `c`, followed by `after`, is a separator between two digit groups of one number.
fn joins_groups(c: char, after: &str) -> bool {
    let group = || {
        after
            .chars()
            .take_while(|c| digit_value(*c).is_some())
            .count()
    };
    match c {
        '.' | ',' | '\'' | '’' | '\u{66B}' | '\u{66C}' | '\u{A0}' | '\u{202F}' => group() > 0,
        ' ' => {
            group() == 3
                && !after
                    .chars()
                    .nth(3)
                    .is_some_and(|c| c.is_alphanumeric() || c == ',' || c == '.')
        }
        _ => false,
    }
}

/// The value of a decimal digit of any script (Unicode general category Nd), `None` for
/// anything else.
pub fn digit_value(c: char) -> Option<u8> {
    if c.is_ascii() {
        return c.is_ascii_digit().then(|| c as u8 - b'0');
    }
    let code = u32::from(c);
    // Latin, Greek, Cyrillic, Hebrew; CJK and Hangul: no digits there, the common cases.
    if code < 0x660 || (0x1C5A..0xA620).contains(&code) || (0xABFA..0xFF10).contains(&code) {
        return None;
    }
    // The Indic scripts (Devanagari to Sinhala) each have a block of 128 with the digits at
    // 0x66–0x6F; Thai and Lao at 0x50–0x59.
    let low = code & 0x7F;
    if (0x900..0xE00).contains(&code) {
        return (0x66..=0x6F).contains(&low).then(|| (low - 0x66) as u8);
    }
    if (0xE00..0xF00).contains(&code) {
        return (0x50..=0x59).contains(&low).then(|| (low - 0x50) as u8);
    }
    // The last block starting at or before `c`; digits come in runs of ten.
    let i = DIGIT_ZEROS.partition_point(|&z| z <= code);
    let zero = DIGIT_ZEROS[i.checked_sub(1)?];
    (code - zero < 10).then(|| (code - zero) as u8)
}

/// The code point of the digit zero of every decimal digit system in Unicode (category Nd),
/// in order: ASCII, Arabic-Indic, Extended Arabic-Indic, N'Ko, Devanagari, Bengali, …,
/// full-width, and the systems of historic and minority scripts.
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        numbers_in(&without_urls_and_markup(text), &mut out);
        out
    }

    #[test]
    fn the_fast_paths_agree_with_the_table() {
        for code in 0x80..0x11_0000u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let zero = DIGIT_ZEROS.iter().rev().find(|&&z| z <= code);
            let expected = zero.filter(|&&z| code - z < 10).map(|&z| (code - z) as u8);
            assert_eq!(digit_value(c), expected, "U+{code:04X}");
        }
    }

    #[test]
    fn the_first_digit_is_found_wherever_it_is() {
        let filler = "é中ж a—";
        for len in 0..70 {
            let base: String = filler.chars().cycle().take(len).collect();
            assert_eq!(next_digit(&base), None, "{base:?}");
            for digit in ['7', '٣', '۳', '३', '３', '๓'] {
                for at in 0..=len {
                    let mut t: String = base.chars().take(at).collect();
                    let expected = t.len();
                    t.push(digit);
                    t.extend(base.chars().skip(at));
                    assert_eq!(
                        next_digit(&t),
                        Some(expected),
                        "{digit} at {at} in {base:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn digits_of_every_system_have_their_value() {
        for ten in ["10", "١٠", "۱۰", "१०", "１０", "১০", "๑๐"] {
            assert_eq!(of(ten), ["10"], "{ten}");
        }
        assert_eq!(digit_value('a'), None);
        assert_eq!(digit_value('٫'), None);
        assert_eq!(digit_value('\u{96F}'), Some(9));
    }

    #[test]
    fn separators_join_groups_and_leading_zeros_go() {
        assert_eq!(of("10,000 10 000 10.000 10\u{a0}000"), ["10000"; 4]);
        assert_eq!(of("1,00,000 and 100,000"), ["100000", "100000"]);
        assert_eq!(of("1.5 or 1,5"), ["15", "15"]);
        assert_eq!(of("at 5:05"), ["5", "5"]);
        assert_eq!(of("steps 1, 2 and 3."), ["1", "2", "3"]);
        assert_eq!(of("2 100 times"), ["2100"]);
        assert_eq!(of("in 3 1000s"), ["3", "1000"]);
    }

    #[test]
    fn urls_tags_and_character_references_are_not_numbers() {
        assert_eq!(
            of("Go to <h2>https://x.y/4</h2> &#160; now, 3 times"),
            ["3"]
        );
        assert_eq!(of("A & B 7"), ["7"]);
    }
}
