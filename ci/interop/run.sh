#!/usr/bin/env bash
# CI-only interop step: checks polyguide's output against other implementations. These need
# tools beyond Rust, so they are not part of `cargo test`; `.ci/run` runs this after
# ci/check.sh. It installs what it needs itself.
#
# Today:
# - python-fluent's `fluent.syntax` (0.19.0), a second, independent Fluent parser, parses
#   every .ftl that `polyguide export` writes without junk, for
#     - this repository's workspace, and
#     - ci/interop/fixture, after an accept and a source edit, so that the export has every
#       item status (current, stale, fallback), fallback comments, terms with attributes,
#       selects and a right-to-left locale;
# - compare-locales (9.0.5) and polyguide give the same per-locale missing, obsolete and
#   error counts on tests/l10n-corpus, a Mozilla-style project (configs in the source
#   repository, translations beside it), each invoked the same way: plain, --full and
#   --validate (ci/interop/compare_locales_corpus.py);
# - ci/site/run.sh: `polyguide site` in headless Chromium, and fluent.js (@fluent/bundle)
#   loading every export and running the README's snippet (it installs chromium and node).
#
# Both are installed with pip into a virtualenv under the cargo target directory (PyPI
# access needed). INTEROP_PYTHON=/path/to/python uses that interpreter as is instead,
# without installing anything. A missing tool is a failure naming it, never a skip.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

fluent_syntax=fluent.syntax==0.19.0
compare_locales=compare-locales==9.0.5
target_dir=${CARGO_TARGET_DIR:-target}
case $target_dir in /*) ;; *) target_dir=$repo/$target_dir ;; esac

fail() {
	echo "interop: $*" >&2
	exit 1
}

# --- tools
if [[ -n ${INTEROP_PYTHON:-} ]]; then
	python=$INTEROP_PYTHON
	command -v "$python" >/dev/null || fail "python (INTEROP_PYTHON=$python) is not installed"
else
	command -v python3 >/dev/null || fail "python3 is not installed (needed for fluent.syntax and compare-locales)"
	venv=$target_dir/interop-venv
	if [[ ! -x $venv/bin/python ]]; then
		echo "== interop: creating a python virtualenv in $venv"
		python3 -m venv "$venv" || fail "python3 -m venv failed (on Debian/Ubuntu: apt-get install python3-venv)"
	fi
	python=$venv/bin/python
	echo "== interop: pip install $fluent_syntax $compare_locales"
	"$python" -m pip install --quiet --disable-pip-version-check --no-input "$fluent_syntax" "$compare_locales" ||
		fail "could not install python $fluent_syntax and $compare_locales with pip"
fi
"$python" -c 'import fluent.syntax' 2>/dev/null ||
	fail "python fluent.syntax is not installed for $python (pip install $fluent_syntax)"
"$python" -c 'import compare_locales.commands' 2>/dev/null ||
	fail "compare-locales is not installed for $python (pip install $compare_locales)"

# --- exports
echo "== interop: cargo build"
cargo build --quiet
polyguide=$target_dir/debug/polyguide
[[ -x $polyguide ]] || fail "cargo build did not produce $polyguide"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== interop: polyguide export (this repository's workspace)"
"$polyguide" export --workspace "$repo" --out "$tmp/repo-export" >/dev/null ||
	fail "polyguide export of this repository's workspace failed"

echo "== interop: polyguide export (ci/interop/fixture, with stale and fallback items)"
cp -R ci/interop/fixture "$tmp/fixture"
"$polyguide" accept --workspace "$tmp/fixture" fr --all >/dev/null ||
	fail "polyguide accept fr --all in the fixture failed"
# A source edit after the accept makes fr's translation of step `a` stale.
sed -i.orig 's/Power off your phone\./Power off your phone completely./' "$tmp/fixture/content/g.yaml"
cmp -s "$tmp/fixture/content/g.yaml" "$tmp/fixture/content/g.yaml.orig" &&
	fail "the fixture edit did not change content/g.yaml"
rm "$tmp/fixture/content/g.yaml.orig"
"$polyguide" export --workspace "$tmp/fixture" --out "$tmp/fixture-export" >/dev/null ||
	fail "polyguide export of ci/interop/fixture failed"
# The fixture must keep producing what it is there for.
"$python" - "$tmp/fixture-export/manifest.json" <<'EOF' || fail "the fixture export no longer has a stale and a fallback item in fr"
import json, sys
counts = json.load(open(sys.argv[1], encoding="utf-8"))["locales"]["fr"]["counts"]
sys.exit(0 if counts["stale"] > 0 and counts["fallback"] > 0 and counts["current"] > 0 else 1)
EOF

# --- checks
echo "== interop: python fluent.syntax parses every exported .ftl"
"$python" ci/interop/check_fluent_syntax.py "$tmp/repo-export" "$tmp/fixture-export" ||
	fail "python fluent.syntax rejected an exported file (see above)"

echo "== interop: compare-locales and polyguide agree on tests/l10n-corpus"
"$python" ci/interop/compare_locales_corpus.py "$polyguide" tests/l10n-corpus ||
	fail "compare-locales and polyguide disagree on tests/l10n-corpus (see above)"
# --- the website in headless Chromium, the README's fluent.js snippet, fluent.js loads
bash ci/site/run.sh "$polyguide" || fail "the site and fluent.js checks failed (ci/site/run.sh, see above)"
echo "interop: ok"
