//! `invisible-character`: bidi controls, zero-width characters or a BOM inside a text.

use super::{Rule, RuleId};
use crate::checks::{EntryCtx, LocaleFacts, PairCtx, PartFacts};
use crate::diagnostic::{Diagnostic, Severity};
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

pub static RULE: Rule = Rule {
    id: RuleId::InvisibleCharacter,
    name: "invisible-character",
    default_severity: Severity::Warning,
    summary: "bidi controls, zero-width characters or a BOM hidden inside a text",
    doc: r#"## What it does

Looks for invisible characters in the text of every message, source (guide texts included)
and translation:

- bidi embeddings, overrides and isolates (LRE, RLE, LRO, RLO, LRI, RLI, FSI and their
  closers PDF, PDI) that are **unbalanced** within a text (one opened and never closed, or
  a closer with nothing to close): an **error**;
- in a translation, bidi controls and marks (LRM, RLM, ALM), zero-width spaces (U+200B),
  zero-width joiners and non-joiners (ZWJ, ZWNJ) and byte-order marks (U+FEFF) that the
  same part of the source does not have: a warning;
- in the source, the same characters, except balanced embeddings and isolates (an isolated
  placeable, FSI `{ $name }` PDI, is deliberate); balanced overrides, which reorder
  characters, are reported: a warning.

Characters that are part of normal writing are fine: ZWJ and ZWNJ in locales whose script
uses them (Arabic script, as in Persian, and the Indic and South-East Asian scripts) and
ZWJ inside emoji sequences; LRM, RLM, ALM and balanced embeddings and isolates in
right-to-left locales; zero-width spaces in scripts written without spaces (Thai, Lao,
Khmer, Myanmar, Tibetan).

## Why is this bad

Nobody sees these characters in review, yet bidi controls reorder what readers see (the
"Trojan Source" attack: an override left open displays the rest of the line reversed, and
can make a step read differently from what the file says). A zero-width space or a BOM
breaks search, copy-paste of codes and URLs, and line breaking, and usually comes from a
translation tool.

## Example

A translation pasted from a chat holds a right-to-left override (U+202E, shown here as
`<U+202E>`) that is never closed:

```ftl
unlock-mi-phone--imei = Notez votre IMEI : <U+202E>351 756 0
```

Readers see the digits in reverse order. Delete the override.
"#,
};

/// The invisible characters of one part of a message.
#[derive(Debug, Default)]
pub struct Scan {
    /// Every invisible character with its offset in the file and whether it follows an
    /// emoji (a ZWJ there joins an emoji sequence).
    pub found: Vec<(char, usize, bool)>,
    /// Bidi controls without their pair: (character, offset).
    pub unbalanced: Vec<(char, usize)>,
}

impl Scan {
    /// No invisible character.
    pub const EMPTY: Scan = Scan {
        found: Vec::new(),
        unbalanced: Vec::new(),
    };

    fn has(&self, c: char) -> bool {
        self.found.iter().any(|f| f.0 == c)
    }
}

/// Unbalanced bidi controls in any entry; in the source, every invisible character its
/// locale does not write with.
pub fn check(ctx: &EntryCtx, out: &mut Vec<Diagnostic>) {
    for part in &ctx.facts.per_part {
        let scan = part.invisible();
        for &(c, offset) in &scan.unbalanced {
            let what = if is_closer(c) {
                format!("`{}` has a {} with nothing to close", ctx.id, describe(c))
            } else {
                format!(
                    "`{}` opens a {} and never closes it: the text after it is displayed reordered",
                    ctx.id,
                    describe(c)
                )
            };
            out.push(
                ctx.diag(&RULE, offset..offset + c.len_utf8(), what)
                    .with_severity(Severity::Error)
                    .with_help("close each embedding or override with U+202C (PDF) and each isolate with U+2069 (PDI) in the same text, or delete them"),
            );
        }
        if ctx.is_source() {
            report_unexpected(ctx, part, None, out);
        }
    }
}

/// In a translation, the invisible characters the source does not have and its locale does
/// not write with.
pub fn check_pair(ctx: &PairCtx, out: &mut Vec<Diagnostic>) {
    let t = &ctx.translation;
    for tp in &t.facts.per_part {
        if tp.invisible().found.is_empty() {
            continue;
        }
        report_unexpected(t, tp, ctx.source.part(tp.name), out);
    }
}

fn report_unexpected(
    ctx: &EntryCtx,
    part: &PartFacts,
    source: Option<&PartFacts>,
    out: &mut Vec<Diagnostic>,
) {
    let scan = part.invisible();
    let language = &ctx.env.language;
    let mut reported: Vec<char> = Vec::new();
    for &(c, offset, after_emoji) in &scan.found {
        // Unbalanced controls are already errors; a balanced closer goes with its opener,
        // which is reported.
        let bidi_error = is_bidi_control(c) && !scan.unbalanced.is_empty();
        if reported.contains(&c)
            || bidi_error
            || is_closer(c)
            || writes_with(language, c, after_emoji, ctx.is_source())
            || source.is_some_and(|s| s.invisible().has(c))
        {
            continue;
        }
        reported.push(c);
        let unlike = if source.is_some() {
            ", which the source does not have"
        } else {
            ""
        };
        out.push(
            ctx.diag(
                &RULE,
                offset..offset + c.len_utf8(),
                format!("`{}` contains an invisible {}{unlike}", ctx.id, describe(c)),
            )
            .with_help(help(c, ctx.env.name())),
        );
    }
}

/// True if `c` is no finding: the locale's writing uses it, or (balanced, in the source) it
/// sets the direction of a run on purpose.
fn writes_with(language: &LocaleFacts, c: char, after_emoji: bool, in_source: bool) -> bool {
    match c {
        '\u{200D}' => after_emoji || language.uses_joiners(),
        '\u{200C}' => language.uses_joiners(),
        '\u{200B}' => language.uses_zero_width_space(),
        '\u{200E}' | '\u{200F}' | '\u{61C}' => language.rtl,
        // Embeddings and isolates set the direction of a run: right-to-left text uses them
        // around left-to-right names, and a source may isolate a placeable. Overrides
        // reorder characters and never count.
        '\u{202A}' | '\u{202B}' | '\u{202C}' | '\u{2066}'..='\u{2069}' => language.rtl || in_source,
        _ => false,
    }
}

fn help(c: char, locale: &str) -> String {
    match c {
        '\u{FEFF}' => "delete it: a byte-order mark belongs at most at the start of a file".into(),
        '\u{200B}' => "delete it: it breaks search and copy-paste, and the reader cannot see it".into(),
        c if is_bidi_control(c) => "delete it, unless the text needs it and the source has it too: bidi controls change the order in which readers see the text".into(),
        _ => format!("delete it, unless it is part of the writing ({locale} does not normally need it)"),
    }
}

/// The embeddings, overrides and isolates and their closers.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_closer(c: char) -> bool {
    matches!(c, '\u{202C}' | '\u{2069}')
}

/// `U+202E RIGHT-TO-LEFT OVERRIDE`.
fn describe(c: char) -> String {
    let name = match c {
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{61C}' => "ARABIC LETTER MARK",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        _ => "BYTE ORDER MARK",
    };
    format!("U+{:04X} {name}", u32::from(c))
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{61C}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// True if `text` holds one of the characters, read from their UTF-8 bytes without decoding
/// the text: E2 80 8B–8F (U+200B–U+200F), E2 80 AA–AE (U+202A–U+202E), E2 81 A6–A9
/// (U+2066–U+2069), EF BB BF (U+FEFF), D8 9C (U+061C). D8 leads most Arabic letters, so
/// the Arabic letter mark is looked for on its own.
fn may_hold(text: &str) -> bool {
    if text.is_ascii() {
        return false;
    }
    let b = text.as_bytes();
    memchr::memchr2_iter(0xE2, 0xEF, b).any(|i| {
        starts_one(
            b[i],
            b.get(i + 1).copied().unwrap_or(0),
            b.get(i + 2).copied().unwrap_or(0),
        )
    }) || text.contains('\u{61C}')
}

/// True if the bytes x, y, z start one of the characters.
fn starts_one(x: u8, y: u8, z: u8) -> bool {
    matches!(
        (x, y, z),
        (0xE2, 0x80, 0x8B..=0x8F | 0xAA..=0xAE)
            | (0xE2, 0x81, 0xA6..=0xA9)
            | (0xEF, 0xBB, 0xBF)
            | (0xD8, 0x9C, _)
    )
}

/// The invisible characters of a pattern and its unbalanced bidi controls, `None` when it
/// has none. `file` is the text the pattern was parsed from (its text borrows from it), for
/// offsets. Each select variant is balanced on its own.
pub fn scan(pattern: &Pattern<&str>, file: &str) -> Option<Box<Scan>> {
    // Most texts hold none of the characters: one look at the bytes from the pattern's first
    // text to its last decides, instead of one per piece of text. Plain text (one element)
    // is the most common pattern of all.
    let nothing = match pattern.elements.as_slice() {
        [PatternElement::TextElement { value }] => !may_hold(value),
        _ => {
            let mut range = (usize::MAX, 0);
            texts_range(pattern, file, &mut range)
                && (range.0 >= range.1 || !may_hold(&file[range.0..range.1]))
        }
    };
    if nothing {
        return None;
    }
    let mut out = Scan::default();
    scan_pattern(pattern, file, &mut out);
    (!out.found.is_empty()).then(|| Box::new(out))
}

/// Widens `range` to cover every text element and string literal of the pattern (as byte
/// offsets in `file`); false if one does not borrow from `file`.
fn texts_range(pattern: &Pattern<&str>, file: &str, range: &mut (usize, usize)) -> bool {
    pattern.elements.iter().all(|el| match el {
        PatternElement::TextElement { value } => widen(range, value, file),
        PatternElement::Placeable { expression } => match expression {
            Expression::Inline(InlineExpression::StringLiteral { value }) => {
                widen(range, value, file)
            }
            Expression::Select { variants, .. } => {
                variants.iter().all(|v| texts_range(&v.value, file, range))
            }
            // Rare: text in a placeable in a placeable; scan it the long way.
            Expression::Inline(InlineExpression::Placeable { .. }) => false,
            Expression::Inline(_) => true,
        },
    })
}

/// Widens `range` to cover `text`, a slice of `file`; false if it is not one.
fn widen(range: &mut (usize, usize), text: &str, file: &str) -> bool {
    let (base, at) = (file.as_ptr() as usize, text.as_ptr() as usize);
    if at < base || at + text.len() > base + file.len() {
        return false;
    }
    range.0 = range.0.min(at - base);
    range.1 = range.1.max(at - base + text.len());
    true
}

fn scan_pattern(pattern: &Pattern<&str>, file: &str, out: &mut Scan) {
    // Open embeddings and isolates: (character, offset, is an isolate).
    let mut open: Vec<(char, usize, bool)> = Vec::new();
    for el in &pattern.elements {
        match el {
            PatternElement::TextElement { value } => scan_text(value, file, out, &mut open),
            PatternElement::Placeable { expression } => {
                scan_expression(expression, file, out, &mut open)
            }
        }
    }
    out.unbalanced
        .extend(open.into_iter().map(|(c, offset, _)| (c, offset)));
}

fn scan_expression(
    expression: &Expression<&str>,
    file: &str,
    out: &mut Scan,
    open: &mut Vec<(char, usize, bool)>,
) {
    match expression {
        Expression::Inline(InlineExpression::StringLiteral { value }) => {
            scan_text(value, file, out, open)
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            scan_expression(expression, file, out, open)
        }
        Expression::Select { variants, .. } => {
            for v in variants {
                scan_pattern(&v.value, file, out);
            }
        }
        Expression::Inline(_) => {}
    }
}

fn scan_text(text: &str, file: &str, out: &mut Scan, open: &mut Vec<(char, usize, bool)>) {
    if !may_hold(text) {
        return;
    }
    let base = crate::ftl::offset_in(file, text);
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        if is_invisible(c) {
            let offset = base + i;
            out.found.push((c, offset, is_emoji(previous)));
            match c {
                '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => open.push((c, offset, false)),
                '\u{2066}'..='\u{2068}' => open.push((c, offset, true)),
                // PDF closes the last embedding or override, if no isolate is open above it.
                '\u{202C}' => match open.last() {
                    Some((_, _, false)) => {
                        open.pop();
                    }
                    _ => out.unbalanced.push((c, offset)),
                },
                // PDI closes the last isolate and any embedding left open inside it.
                '\u{2069}' => match open.iter().rposition(|o| o.2) {
                    Some(k) => {
                        out.unbalanced
                            .extend(open.drain(k..).skip(1).map(|(c, o, _)| (c, o)));
                    }
                    None => out.unbalanced.push((c, offset)),
                },
                _ => {}
            }
        }
        previous = c;
    }
}

/// Emoji and the modifiers that end an emoji before a joiner.
fn is_emoji(c: char) -> bool {
    matches!(
        c,
        '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{2300}'..='\u{23FF}'
            | '\u{2B00}'..='\u{2BFF}' | '\u{FE0F}' | '\u{E0020}'..='\u{E007F}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan_of(value: &str) -> Scan {
        let text = format!("m = {value}\n");
        let res = fluent_syntax::parser::parse(text.as_str()).expect("valid");
        let fluent_syntax::ast::Entry::Message(m) = &res.body[0] else {
            panic!()
        };
        scan(m.value.as_ref().unwrap(), &text).map_or(Scan::EMPTY, |s| *s)
    }

    #[test]
    fn balanced_controls_across_placeables_are_balanced() {
        let s = scan_of("a \u{2068}{ $name }\u{2069} b \u{202B}x\u{202C}");
        assert_eq!(s.found.len(), 4);
        assert!(s.unbalanced.is_empty());
    }

    #[test]
    fn open_overrides_and_stray_closers_are_unbalanced() {
        let s = scan_of("a \u{202E}b");
        assert_eq!(s.unbalanced.len(), 1);
        assert_eq!(s.unbalanced[0].0, '\u{202E}');
        assert_eq!(scan_of("a \u{202C} b").unbalanced.len(), 1);
        assert_eq!(
            scan_of("\u{2066}a\u{202A}b\u{2069}").unbalanced[0].0,
            '\u{202A}'
        );
    }

    #[test]
    fn each_variant_is_balanced_on_its_own() {
        let s = scan_of("{ $n ->\n    [one] \u{2067}x\n   *[other] y\u{2069}\n}");
        assert_eq!(s.unbalanced.len(), 2);
    }

    #[test]
    fn the_byte_test_finds_every_character_wherever_it_is() {
        let invisible = [
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{61C}', '\u{FEFF}',
            '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}',
        ];
        // Look-alike neighbours: ’ … — (E2 80 ..), é (.. A9), Arabic letters (D8 ..), ＂ (EF BC ..).
        let filler = "’…—éا＂a";
        for len in 0..80 {
            let base: String = filler.chars().cycle().take(len).collect();
            assert!(!may_hold(&base), "{base:?}");
            for at in 0..=base.chars().count() {
                for c in invisible {
                    let mut t: String = base.chars().take(at).collect();
                    t.push(c);
                    t.extend(base.chars().skip(at));
                    assert!(may_hold(&t), "{c:?} at {at} in {base:?}");
                }
            }
        }
    }

    #[test]
    fn plain_text_has_nothing() {
        assert!(scan_of("Café « déjà » — ok ’").found.is_empty());
        assert!(may_hold("\u{FEFF}") && may_hold("\u{61C}") && !may_hold("’—"));
    }
}
