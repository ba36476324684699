#!/usr/bin/env python3
"""Runs compare-locales and polyguide on tests/l10n-corpus and checks that their per-locale
counts agree.

    compare_locales_corpus.py POLYGUIDE CORPUS

compare-locales is imported from the running interpreter (run.sh installs compare-locales
9.0.5 in its virtualenv). Three runs, each invoked the same way in both tools:

    compare-locales en-US/_configs/app.toml l10n
        polyguide --l10n-toml en-US/_configs/app.toml --l10n-base l10n lint
    compare-locales --full en-US/_configs/app.toml l10n LOCALE...   (the locales on disk)
        polyguide --l10n-toml en-US/_configs/app.toml --l10n-base l10n --full lint
    compare-locales --validate en-US/_configs/app.toml l10n   (on a copy with a broken reference)
        polyguide --l10n-toml en-US/_configs/app.toml --l10n-base l10n lint --validate

For each locale, missing, obsolete and errors must be equal, with one deliberate difference
(README, "Plain Fluent projects at scale"): a missing message that a `warning` filter covers
is in compare-locales' `report` and in polyguide's `missing`, so polyguide's missing is
compared with missing + report. Exit 0 when every count agrees, else 1 with a table.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

CONFIG = "en-US/_configs/app.toml"
L10N_BASE = "l10n"
RUN_COMPARE_LOCALES = (
    "import sys; from compare_locales.commands import CompareLocales; "
    "sys.argv[0] = 'compare-locales'; sys.exit(CompareLocales.call())"
)


def compare_locales(corpus, args):
    """compare-locales --json - ARGS in CORPUS: {locale: summary}, summed over configs."""
    out = subprocess.run(
        [sys.executable, "-c", RUN_COMPARE_LOCALES, "--json", "-", *args],
        cwd=corpus, capture_output=True, text=True,
    )
    # Exit 1 means "errors found", which the corpus has on purpose.
    if out.returncode not in (0, 1):
        sys.exit(f"compare-locales {' '.join(args)} failed ({out.returncode}): {out.stderr}")
    summary = {}
    for project in json.loads(out.stdout):
        for locale, fields in project["summary"].items():
            into = summary.setdefault(locale, {})
            for key, value in fields.items():
                into[key] = into.get(key, 0) + value
    return summary


def polyguide(binary, corpus, global_args, lint_args):
    """polyguide lint --format json in CORPUS: the report."""
    out = subprocess.run(
        [binary, "--l10n-toml", CONFIG, "--l10n-base", L10N_BASE, *global_args,
         "lint", "--format", "json", *lint_args],
        cwd=corpus, capture_output=True, text=True,
    )
    if out.returncode not in (0, 1):
        sys.exit(f"polyguide {' '.join(global_args + lint_args)} failed ({out.returncode}): {out.stderr}")
    return json.loads(out.stdout)


def check(name, theirs, ours):
    """Prints the per-locale table; returns the number of disagreements."""
    print(f"-- {name}")
    print(f"   {'locale':<22}{'missing cl/pg':>16}{'obsolete cl/pg':>16}{'errors cl/pg':>14}")
    bad = 0
    for locale in sorted(set(theirs) | set(ours)):
        c, p = theirs.get(locale), ours.get(locale)
        if c is None or p is None:
            print(f"   {locale:<22} only in {'polyguide' if c is None else 'compare-locales'}")
            bad += 1
            continue
        cl = (c["missing"] + c["report"], c["obsolete"], c["errors"])
        pg = (p["missing"], p["obsolete"], p["errors"])
        mark = "" if cl == pg else "   <-- differs"
        bad += cl != pg
        print(f"   {locale:<22}{f'{cl[0]}/{pg[0]}':>16}{f'{cl[1]}/{pg[1]}':>16}{f'{cl[2]}/{pg[2]}':>14}{mark}")
    return bad


def by_locale(report):
    return {l["locale"]: l for l in report["locales"]}


def main():
    binary, corpus = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    bad = 0

    ours = by_locale(polyguide(binary, corpus, [], []))
    if not ours:
        sys.exit("polyguide linted no locale of the corpus")
    bad += check("configured locales", compare_locales(corpus, [CONFIG, L10N_BASE]), ours)

    full = by_locale(polyguide(binary, corpus, ["--full"], []))
    if set(full) <= set(ours):
        sys.exit("polyguide --full found no locale on disk beyond the configured ones")
    theirs = compare_locales(corpus, ["--full", CONFIG, L10N_BASE, *sorted(full)])
    bad += check("--full (the locales on disk)", theirs, full)

    # --validate: a copy whose reference has a syntax error and a duplicate id.
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "corpus")
        shutil.copytree(corpus, copy)
        with open(os.path.join(copy, "en-US/app/main.ftl"), "a", encoding="utf-8") as f:
            f.write("broken = { $x\ndup = A\ndup = B\n")
        report = polyguide(binary, copy, [], ["--validate"])
        if report["locales"]:
            sys.exit("polyguide lint --validate linted locales")
        errors = sum(1 for f in report["findings"] if f["severity"] == "error")
        theirs = compare_locales(copy, ["--validate", CONFIG, L10N_BASE])
        reference = theirs.get("en-x-moz-reference", {})
        cl_errors = reference.get("errors", 0)
        print("-- --validate (a broken reference file)")
        print(f"   errors cl/pg: {cl_errors}/{errors}{'' if cl_errors == errors else '   <-- differs'}")
        if errors == 0:
            sys.exit("polyguide lint --validate found nothing in a broken reference")
        bad += cl_errors != errors

    if bad:
        print(f"{bad} disagreement(s) between compare-locales and polyguide")
        sys.exit(1)
    print("compare-locales and polyguide agree on every count")


if __name__ == "__main__":
    main()
