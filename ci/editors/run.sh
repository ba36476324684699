#!/usr/bin/env bash
# CI-only: the Neovim snippet of the README ("Editor setup") compiles as Lua (`luac -p`).
# The JSON and TOML snippets are parsed by `cargo test` (tests/editors.rs); Lua needs a Lua
# compiler, installed here with apt-get when missing. A missing tool is a failure naming it.
set -euo pipefail
cd "$(dirname "$0")/../.."
luac=$(command -v luac luac5.4 luac5.3 2>/dev/null | head -1 || true)
if [ -z "$luac" ]; then
	echo "== editors: apt-get install lua5.4"
	{ apt-get update -qq && apt-get install -y -qq lua5.4 >/dev/null; } ||
		{ echo "editors: luac is not installed and apt-get could not install lua5.4" >&2; exit 1; }
	luac=$(command -v luac luac5.4 | head -1)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The fenced block after `<!-- editor: neovim -->`.
awk '/<!-- editor: neovim -->/ {found=1; next}
     found && /^```/ {if (inside) exit; inside=1; next}
     inside {print}' README.md > "$tmp/init.lua"
[ -s "$tmp/init.lua" ] || { echo "editors: no Neovim snippet in the README" >&2; exit 1; }
"$luac" -p "$tmp/init.lua"
echo "== editors: the Neovim snippet compiles ($("$luac" -v 2>&1 | head -1))"
