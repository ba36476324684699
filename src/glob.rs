//! Glob patterns for `[[ignore]]`: `*` matches within one path segment, `**` across
//! segments, `?` one character. Ids have no `/`, so there `*` matches anything.

/// True if `text` matches `pattern` entirely.
pub fn matches(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    matches_at(&p, &t)
}

fn matches_at(p: &[char], t: &[char]) -> bool {
    match p.first() {
        None => t.is_empty(),
        Some('*') if p.get(1) == Some(&'*') => {
            let rest = p[2..].strip_prefix(&['/']).unwrap_or(&p[2..]);
            // `**` (and `**/`) match any number of characters, `/` included.
            (0..=t.len()).any(|i| matches_at(rest, &t[i..]) || matches_at(&p[2..], &t[i..]))
        }
        Some('*') => (0..=t.len())
            .take_while(|&i| i == 0 || t[i - 1] != '/')
            .any(|i| matches_at(&p[1..], &t[i..])),
        Some('?') => t.first().is_some_and(|c| *c != '/') && matches_at(&p[1..], &t[1..]),
        Some(c) => t.first() == Some(c) && matches_at(&p[1..], &t[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn star_stays_in_a_segment_double_star_crosses() {
        assert!(matches("locales/*/terms.ftl", "locales/fr/terms.ftl"));
        assert!(!matches("locales/*/terms.ftl", "locales/fr/sub/terms.ftl"));
        assert!(matches("locales/**/terms.ftl", "locales/fr/sub/terms.ftl"));
        assert!(matches("locales/**/terms.ftl", "locales/terms.ftl"));
        assert!(matches("-brand*", "-brand-short"));
        assert!(matches("a?c", "abc"));
        assert!(!matches("a?c", "a/c"));
        assert!(!matches("abc", "abcd"));
    }
}
