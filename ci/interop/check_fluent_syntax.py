"""Interop: every .ftl of a polyguide export parses without junk in python-fluent.

Usage: python check_fluent_syntax.py EXPORT_DIR...

python-fluent's `fluent.syntax` is a second, independent implementation of the Fluent
syntax. For each export directory, every `.ftl` file under it (recursively) is parsed; a
Junk entry is an error, reported as `path:line:column: message`. The files parsed must be
exactly the `.ftl` files the export's manifest.json lists, and there must be at least one,
so an empty or partial export cannot pass.

Exit status: 0 when every file parses cleanly, 1 otherwise.
"""

import json
import pathlib
import sys

from fluent.syntax import FluentParser, ast


def line_col(text, offset):
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def check_dir(root):
    errors = []
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    listed = {
        f["path"]
        for locale in manifest["locales"].values()
        for f in locale["files"]
        if f["path"].endswith(".ftl")
    }
    found = {p.relative_to(root).as_posix() for p in root.rglob("*.ftl")}
    if not found:
        errors.append(f"{root}: no .ftl file was exported")
    for rel in sorted(listed - found):
        errors.append(f"{root / rel}: listed in manifest.json but not found")
    for rel in sorted(found - listed):
        errors.append(f"{root / rel}: exported but not listed in manifest.json")
    parser = FluentParser(with_spans=True)
    for rel in sorted(found):
        path = root / rel
        text = path.read_text(encoding="utf-8")
        resource = parser.parse(text)
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                line, col = line_col(text, entry.span.start)
                why = "; ".join(a.message for a in entry.annotations) or "junk"
                errors.append(f"{path}:{line}:{col}: {why}: {entry.content.strip()[:80]!r}")
    return len(found), errors


def main(dirs):
    if not dirs:
        print(__doc__, file=sys.stderr)
        return 2
    failed = False
    for d in dirs:
        count, errors = check_dir(pathlib.Path(d))
        for e in errors:
            print(f"interop: fluent.syntax: {e}", file=sys.stderr)
        failed |= bool(errors)
        print(f"interop: fluent.syntax: {d}: {count} .ftl files, {len(errors)} errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
