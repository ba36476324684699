//! "Did you mean" suggestions for misspelt names (fields, rules, ids).

/// The candidate closest to `input` by edit distance, if it is close enough to be a likely
/// typo (about a third of the input's length, rounded up, and at least one edit allowed).
pub fn nearest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = input.chars().count().div_ceil(3).max(1);
    candidates
        .into_iter()
        .map(|c| (levenshtein(input, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

/// Edit distance in Unicode scalar values, counting a swap of two neighbouring characters
/// as one edit (optimal string alignment), since `cuont` for `count` is one slip.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let fields = ["id", "text", "kind"];
        assert_eq!(nearest("txt", fields), Some("text"));
        assert_eq!(nearest("colour", fields), None);
    }

    #[test]
    fn swaps_are_one_edit() {
        assert_eq!(levenshtein("cuont", "count"), 1);
        assert_eq!(nearest("cuont", ["count", "user"]), Some("count"));
        assert_eq!(nearest("genre", ["gender"]), Some("gender"));
    }

    #[test]
    fn distance_counts_chars_not_bytes() {
        assert_eq!(levenshtein("ñu", "nu"), 1);
    }
}
