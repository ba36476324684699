//! "Did you mean" suggestions for misspelt names (fields, rules, ids).

/// The candidate closest to `input` by edit distance, if it is close enough to be a likely
/// typo (about a third of the input's length, rounded up, and at least one edit allowed).
pub fn nearest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input_len = input.chars().count();
    let limit = input_len.div_ceil(3).max(1);
    candidates
        .into_iter()
        // The distance is at least the difference in length: skip the work when that alone
        // is too far (ids of a hundred-message file are compared with each obsolete one).
        .filter(|c| c.chars().count().abs_diff(input_len) <= limit)
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
    // Three rows of the matrix: the one before last (for swaps), the last, the current.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut last: Vec<usize> = (0..=b.len()).collect();
    let mut row: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        row[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (last[j] + 1).min(row[j - 1] + 1).min(last[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            row[j] = best;
        }
        std::mem::swap(&mut before, &mut last);
        std::mem::swap(&mut last, &mut row);
    }
    last[b.len()]
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

    /// The textbook full-matrix optimal string alignment distance.
    fn reference_distance(a: &str, b: &str) -> usize {
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

    #[test]
    fn rolling_rows_match_the_full_matrix() {
        // Short strings over a small alphabet, so swaps, repeats and empties all occur.
        let alphabet = ['a', 'b', 'c', 'ñ'];
        let mut seed = 0x2545_f491_u64;
        let mut word = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 7) as usize;
            (0..len)
                .map(|k| alphabet[((seed >> (8 + 2 * k)) % 4) as usize])
                .collect::<String>()
        };
        for _ in 0..5000 {
            let (a, b) = (word(), word());
            assert_eq!(levenshtein(&a, &b), reference_distance(&a, &b), "{a} / {b}");
        }
    }

    #[test]
    fn distance_counts_chars_not_bytes() {
        assert_eq!(levenshtein("ñu", "nu"), 1);
    }
}
