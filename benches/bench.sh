#!/usr/bin/env bash
# Benchmark: polyguide against compare-locales 9.0.5 and a bare fluent-syntax parse, on
# mozilla.org's localization repository (../shared/corpus/www-l10n, ~100 locales, 8,960 files).
#
#   benches/bench.sh [RUNS] [COMPARE_LOCALES_RUNS]      (defaults: 7 and 3)
#
# POLYGUIDE_BASELINE=/path/to/polyguide adds that binary (say, a build of main) to the same
# rounds, both ways, and prints the ratio of the medians: before/after in one interleaved run.
#
# Every tool runs on the same copy of the corpus, on this machine, in this run, taking turns
# round after round. Prints the median (and min) wall time, peak RSS, messages per second and
# the ratios of the medians. compare-locales
# is installed in a throwaway venv from PyPI; polyguide is built in release mode.
set -euo pipefail
RUNS=${1:-7}
CL_RUNS=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${POLYGUIDE_CORPUS:-$here/../shared/corpus/www-l10n}
[ -d "$corpus" ] || { echo "no corpus at $corpus (set POLYGUIDE_CORPUS)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== setup (corpus copy, release build, compare-locales venv)" >&2
cp -r "$corpus" "$work/www" && chmod -R u+w "$work/www"
printf 'source-locale = "en"\nlocales = "*"\nlocales-dir = "."\n' > "$work/www/polyguide.toml"
(cd "$here" && cargo build --release --quiet --bin polyguide --example bare_parse)
pg="$here/target/release/polyguide"
bare="$here/target/release/examples/bare_parse"
cl=
if [ "$CL_RUNS" -gt 0 ]; then
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install --quiet --disable-pip-version-check compare-locales==9.0.5
    cl="$work/venv/bin/compare-locales"
fi

# once NAME CMD...: runs CMD once in the corpus, output to /dev/null; records a
# "name wall_seconds peak_kb" line.
once() {
    local name=$1; shift
    /usr/bin/time -f "$name %e %M" -a -o "$work/times" bash -c 'cd "$0" && "$@" > /dev/null 2>&1 || true' "$work/www" "$@"
}

# The tools take turns, round after round, so that a slow spell of the (virtual) machine
# falls on all of them alike instead of on whichever ran then.
echo "== running ($RUNS rounds of polyguide and the bare parse; compare-locales in the first $CL_RUNS)" >&2
baseline=${POLYGUIDE_BASELINE:-}
if [ -n "$baseline" ] && [ ! -x "$baseline" ]; then
    echo "POLYGUIDE_BASELINE=$baseline is not an executable" >&2; exit 2
fi
for round in $(seq "$RUNS"); do
    once bare-parse "$bare" .
    once bare-parse-2-threads "$bare" . --threads
    once polyguide-l10n-toml "$pg" lint --l10n-toml l10n-pontoon.toml --l10n-toml l10n-vendor.toml --format json
    once polyguide-toml "$pg" lint --format json
    if [ -n "$baseline" ]; then
        once baseline-l10n-toml "$baseline" lint --l10n-toml l10n-pontoon.toml --l10n-toml l10n-vendor.toml --format json
        once baseline-toml "$baseline" lint --format json
    fi
    if [ "$round" -le "$CL_RUNS" ]; then
        once compare-locales "$cl" --json - l10n-pontoon.toml l10n-vendor.toml .
    fi
done
messages=$(cd "$work/www" && "$bare" . | sed -E 's/.*messages ([0-9]+).*/\1/')

python3 - "$work/times" "$messages" <<'PY'
import sys, statistics, collections
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, wall, kb = line.split()
    runs[name].append((float(wall), int(kb)))
messages = int(sys.argv[2])
med = {n: statistics.median(w for w, _ in r) for n, r in runs.items()}
print(f"corpus: {messages} messages and terms (every locale, the source included)")
print(f"{'tool':<24}{'runs':>5}{'median s':>10}{'min s':>8}{'peak RSS MB':>13}{'messages/s':>13}")
for n, r in runs.items():
    walls = [w for w, _ in r]
    print(f"{n:<24}{len(r):>5}{med[n]:>10.3f}{min(walls):>8.3f}{max(k for _, k in r)/1024:>13.1f}{messages/med[n]:>13,.0f}")
pg = med["polyguide-l10n-toml"]
print()
if "compare-locales" in med:
    print(f"compare-locales / polyguide (l10n.toml):  {med['compare-locales']/pg:7.1f}x faster   (target >= 100x)")
print(f"polyguide / bare parse (1 thread):        {pg/med['bare-parse']:7.2f}x          (target <= 2x)")
print(f"polyguide / bare parse (2 threads):       {pg/med['bare-parse-2-threads']:7.2f}x")
print(f"polyguide peak RSS:                       {max(k for _, k in runs['polyguide-l10n-toml'])/1024:7.1f} MB       (target <= 50 MB)")
if "baseline-l10n-toml" in med:
    print(f"polyguide / baseline (l10n.toml):         {pg/med['baseline-l10n-toml']:7.3f}x")
    print(f"polyguide / baseline (polyguide.toml):    {med['polyguide-toml']/med['baseline-toml']:7.3f}x")
PY
