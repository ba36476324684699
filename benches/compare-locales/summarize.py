#!/usr/bin/env python3
"""Turn compare-locales' ``--json`` output into a per-locale TSV.

Usage:
    summarize.py CL_JSON [--per-project] > summary.tsv

``compare-locales --json FILE`` writes a JSON *list* with one object per
project config given on the command line (``l10n-pontoon.toml``,
``l10n-vendor.toml``, ...), in command-line order.  Each object is
``{"summary": {locale: {field: int}}, "details": <tree>}``.  The union row
that compare-locales prints in its text output ("counting each string
once") is *not* serialized.

By default one row per locale is printed, summing each field over the
projects that report that locale.  That equals compare-locales' union row
when every locale belongs to exactly one project, which is the case for
www-l10n (pontoon and vendor locales are disjoint).  If a locale is reported
by more than one project a warning goes to stderr, because the sum then
double-counts files shared by the projects.  ``--per-project`` prints one
row per (project, locale) instead, with the project's index in the list.

Besides the summary fields, two columns are derived from the details tree:
``missing_files`` and ``obsolete_files`` (files reported as
``{"missingFile": ...}`` / ``{"obsoleteFile": ...}``; compare-locales
counts the entities of a missing file in ``missing`` but never counts
obsolete files in the summary).

Rows are sorted by locale (then project index); standard library only.
"""

import argparse
import json
import signal
import sys
from collections import Counter, defaultdict

# Order of compare-locales' Observer.summary fields.
SUMMARY_FIELDS = (
    "missing",
    "missing_w",
    "report",
    "obsolete",
    "changed",
    "changed_w",
    "unchanged",
    "unchanged_w",
    "keys",
    "errors",
    "warnings",
)
DETAIL_FIELDS = ("missing_files", "obsolete_files")


def walk_details(tree, prefix=()):
    """Yield (path_segments, item) for every item of a details tree.

    Tree keys are path fragments joined with "/" (common prefixes are
    collapsed, so a key may be "cy/privacy/firefox.ftl" or just "ach");
    leaves are lists of one-key dicts such as {"missingEntity": "id"}.
    """
    if isinstance(tree, list):
        for item in tree:
            yield prefix, item
        return
    for key, sub in tree.items():
        yield from walk_details(sub, prefix + tuple(key.split("/")))


def file_counts(details):
    """Per-locale Counter of missing/obsolete files from a details tree."""
    counts = defaultdict(Counter)
    for segments, item in walk_details(details):
        # Paths are relative to the l10n base dir: first segment is the locale.
        locale = segments[0] if segments else ""
        if "missingFile" in item:
            counts[locale]["missing_files"] += 1
        elif "obsoleteFile" in item:
            counts[locale]["obsolete_files"] += 1
    return counts


def rows(data, per_project):
    if not isinstance(data, list):
        raise SystemExit("expected a JSON list (compare-locales --json output)")
    merged = defaultdict(Counter)
    seen_in = defaultdict(list)
    out = []
    for index, project in enumerate(data):
        files = file_counts(project.get("details", {}))
        summary = project.get("summary", {})
        unknown = {k for s in summary.values() for k in s} - set(SUMMARY_FIELDS)
        if unknown:
            print(
                "warning: unknown summary fields ignored: " + ", ".join(sorted(unknown)),
                file=sys.stderr,
            )
        for locale in set(summary) | set(files):
            row = Counter(summary.get(locale, {}))
            row.update(files.get(locale, {}))
            if per_project:
                out.append((locale, index, row))
            else:
                merged[locale].update(row)
                seen_in[locale].append(index)
    if per_project:
        return sorted(out, key=lambda r: (r[0], r[1]))
    for locale, projects in sorted(seen_in.items()):
        if len(projects) > 1:
            print(
                "warning: %s is reported by projects %s; summed counts may "
                "differ from compare-locales' union row" % (locale, projects),
                file=sys.stderr,
            )
    return [(locale, None, merged[locale]) for locale in sorted(merged)]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("json_path", help="file written by compare-locales --json")
    ap.add_argument(
        "--per-project",
        action="store_true",
        help="one row per (project, locale) instead of summing projects",
    )
    args = ap.parse_args(argv)
    if hasattr(signal, "SIGPIPE"):
        # behave like a Unix filter when piped into head(1)
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    with open(args.json_path, encoding="utf-8") as fh:
        data = json.load(fh)
    columns = ("locale",) + (("project",) if args.per_project else ())
    columns += SUMMARY_FIELDS + DETAIL_FIELDS
    w = sys.stdout.write
    w("\t".join(columns) + "\n")
    for locale, project, row in rows(data, args.per_project):
        cells = [locale] + ([str(project)] if args.per_project else [])
        cells += [str(row.get(f, 0)) for f in SUMMARY_FIELDS + DETAIL_FIELDS]
        w("\t".join(cells) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
