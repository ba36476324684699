#!/usr/bin/env bash
# CI-only: the website in a real browser, and the README's fluent.js snippet run by node.
# ci/interop/run.sh calls it with the polyguide binary it built:
#
#   bash ci/site/run.sh POLYGUIDE
#
# It installs what it needs itself: Debian's chromium and fonts (apt-get), node and npm if
# missing, and @fluent/bundle from npm into the cargo target directory. Then:
#   1. browser.mjs opens every page of three sites in headless Chromium at 360 and 1280 px:
#      this repository's (10 locales), the same with one source sentence edited and one
#      warning's translation removed in fr and ar (stale and fallback items on real text; the
#      README's screenshots come from it), and ci/interop/fixture after an accept and a
#      source edit;
#   2. the README's fluent.js snippet runs against the fixture's export and must print what
#      the README says it prints;
#   3. fluent_js_loads.mjs loads every locale of both exports into one @fluent/bundle bundle
#      each (the manifest's resources) and formats every message and attribute: zero errors.
# SCREENSHOT_DIR=DIR saves the two screenshots there (ci/site/screenshots.sh: docs/).
# A missing tool is a failure that names it, never a skip.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
polyguide=${1:?usage: bash ci/site/run.sh POLYGUIDE_BINARY}
fluent_bundle=@fluent/bundle@0.19.1
target_dir=${CARGO_TARGET_DIR:-target}
case $target_dir in /*) ;; *) target_dir=$repo/$target_dir ;; esac

fail() {
	echo "site: $*" >&2
	exit 1
}

# --- tools
as_root() {
	if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}
missing=()
command -v chromium >/dev/null || missing+=(chromium)
# Fonts for every script of the repository's languages (Arabic, Devanagari, Cyrillic,
# Latin: Noto; Simplified Chinese: WenQuanYi Micro Hei, 1.6 MB instead of Noto CJK's 56 MB).
for font in fonts-noto-core fonts-wqy-microhei; do
	dpkg -s "$font" >/dev/null 2>&1 || missing+=("$font")
done
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
	command -v apt-get >/dev/null || fail "missing ${missing[*]}, and no apt-get to install them"
	echo "== site: apt-get install ${missing[*]}"
	as_root apt-get update -qq || fail "apt-get update failed"
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
		fail "apt-get install ${missing[*]} failed"
fi
chromium=$(command -v chromium) || fail "chromium is not installed"
node --version | grep -Eq '^v(1[89]|[2-9][0-9])\.' || fail "node $(node --version) is too old ($fluent_bundle needs 18 or newer)"
node_dir=$target_dir/interop-node
mkdir -p "$node_dir"
if [[ ! -f $node_dir/node_modules/@fluent/bundle/package.json ]] ||
	! grep -q '"version": "0.19.1"' "$node_dir/node_modules/@fluent/bundle/package.json"; then
	echo "== site: npm install $fluent_bundle"
	npm install --prefix "$node_dir" --no-audit --no-fund --silent "$fluent_bundle" >/dev/null ||
		fail "could not install $fluent_bundle with npm"
fi
# The scripts import @fluent/bundle: they run from the directory that has it.
cp ci/site/fluent_js_loads.mjs ci/site/readme_snippet.mjs "$node_dir/"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
shots=${SCREENSHOT_DIR:-$tmp/shots}
mkdir -p "$shots"

# site NAME WORKSPACE [SHOT…]: export and site of a workspace, then the browser check.
site() {
	local name=$1 ws=$2
	shift 2
	"$polyguide" export --workspace "$ws" --out "$tmp/$name-export" >/dev/null ||
		fail "polyguide export of $name failed"
	"$polyguide" site --workspace "$ws" --out "$tmp/$name-site" >/dev/null ||
		fail "polyguide site of $name failed"
	echo "== site: $name in headless Chromium"
	node ci/site/browser.mjs "$chromium" "$tmp/$name-site" "$tmp/$name-export" "$@" ||
		fail "the browser check of $name failed (see above)"
}

# --- 1. this repository
site repo "$repo"
pages=$(find "$tmp/repo-site" -name '*.html' | wc -l)
[[ $pages -eq 21 ]] || fail "the repository's site has $pages pages, not 21 (10 locales × 2 + index)"

# --- 1b. this repository with a stale sentence and an untranslated warning in fr and ar
mkdir -p "$tmp/edited"
cp -R polyguide.toml content locales "$tmp/edited/"
sed -i 's/There are several things you can do\./Here is what you can do./' "$tmp/edited/content/unlock-mi-phone.yaml"
for locale in fr ar; do
	file=$tmp/edited/locales/$locale/unlock-mi-phone.ftl
	# Drop the message and its indented continuation lines.
	awk '/^unlock-mi-phone--hard-reset--data-loss =/ { skip = 1; next } skip && /^[ \t]/ { next } { skip = 0; print }' \
		"$file" >"$file.new"
	mv "$file.new" "$file"
done
site edited "$tmp/edited" \
	"fr/unlock-mi-phone.html:$shots/site-fr-360.png" "ar/unlock-mi-phone.html:$shots/site-ar-360.png"
node - "$tmp/edited-export/manifest.json" <<'JS' || fail "the edited copy no longer has stale and fallback items in fr and ar"
const m = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
for (const l of ["fr", "ar"]) {
  const c = m.locales[l].counts;
  if (!(c.stale > 0 && c.fallback === 1)) process.exit(1);
}
JS

# --- 1c. the interop fixture, after an accept and a source edit
cp -R ci/interop/fixture "$tmp/fixture"
"$polyguide" accept --workspace "$tmp/fixture" fr --all >/dev/null || fail "polyguide accept fr --all in the fixture failed"
sed -i 's/Power off your phone\./Power off your phone completely./' "$tmp/fixture/content/g.yaml"
site fixture "$tmp/fixture"

# --- 2. the README's fluent.js snippet, on the fixture's export
echo "== site: the README's fluent.js snippet"
mkdir -p "$tmp/consume"
ln -s "$tmp/fixture-export" "$tmp/consume/dist"
node "$node_dir/readme_snippet.mjs" "$repo/README.md" "$node_dir" "$tmp/consume" ||
	fail "the README's fluent.js snippet does not print what the README says"

# --- 3. every locale of both exports in fluent.js
echo "== site: @fluent/bundle formats every message of every exported locale"
node "$node_dir/fluent_js_loads.mjs" "$tmp/repo-export" "$tmp/fixture-export" ||
	fail "@fluent/bundle could not load or format an export (see above)"
echo "site: ok"
