#!/usr/bin/env python3
"""Parity of polyguide with compare-locales 9.0.5 on mozilla.org's www-l10n.

    benches/compare-locales/parity.py [CORPUS] [--cl-json FILE] [--full]

Runs `polyguide lint --l10n-toml l10n-pontoon.toml --l10n-toml l10n-vendor.toml --format json`
in the corpus and compares each locale's missing, obsolete and error counts with
compare-locales' summary: from a fresh `compare-locales --json` output given with --cl-json,
or else from compare-locales-9.0.5-summary.tsv beside this script (made by summarize.py from
such a run). Every difference is printed with the findings behind it, so it can be explained
or fixed. Exit 0 when every difference falls in a known, documented category.

With --full, polyguide runs with `--full` (every locale on disk too); compare it with
`compare-locales --full --json FILE l10n-pontoon.toml l10n-vendor.toml . LOCALE...` given the
same locales (polyguide's report lists them).
"""
import collections, csv, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def compare_locales_summary(args):
    if "--cl-json" in args:
        data = json.load(open(args[args.index("--cl-json") + 1]))
        out = collections.defaultdict(lambda: collections.Counter())
        for project in data:
            for locale, fields in project["summary"].items():
                if "--full" in args:
                    # With --full both entry points compare every locale, and each reports
                    # the files it covers: summing would count a string twice. compare-locales'
                    # JSON has no union; l10n-vendor.toml (`en/**/*.ftl`) covers every file
                    # l10n-pontoon.toml does, so the union is the larger of the two.
                    for key, value in fields.items():
                        out[locale][key] = max(out[locale][key], value)
                else:
                    out[locale].update(fields)
        return out
    rows = csv.DictReader(open(os.path.join(HERE, "compare-locales-9.0.5-summary.tsv")), delimiter="\t")
    return {r["locale"]: {k: int(v) for k, v in r.items() if k != "locale"} for r in rows}


def main():
    args = sys.argv[1:]
    corpus = next((a for a in args if not a.startswith("--") and os.path.isdir(a)), os.path.join(ROOT, "..", "shared", "corpus", "www-l10n"))
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "polyguide"], cwd=ROOT, check=True)
    full = ["--full"] if "--full" in args else []
    if full and "--cl-json" not in args:
        sys.exit("--full needs --cl-json FILE from a compare-locales --full run")
    out = subprocess.run(
        [os.path.join(ROOT, "target/release/polyguide"), "lint", "--l10n-toml", "l10n-pontoon.toml", "--l10n-toml", "l10n-vendor.toml", *full, "--format", "json"],
        cwd=corpus, capture_output=True, text=True,
    )
    if out.returncode not in (0, 1):
        sys.exit(f"polyguide failed: {out.stderr}")
    report = json.loads(out.stdout)
    ours = {l["locale"]: l for l in report["locales"]}
    theirs = compare_locales_summary(args)
    by_locale = collections.defaultdict(list)
    for f in report["findings"]:
        by_locale[f["locale"]].append(f)

    unexplained = 0
    same = 0
    print(f"{'locale':<8}{'missing cl/pg':>16}{'obsolete cl/pg':>16}{'errors cl/pg':>14}  explanation")
    for locale in sorted(set(theirs) | set(ours)):
        c, p = theirs.get(locale), ours.get(locale)
        if c is None or p is None:
            print(f"{locale:<8} only in {'polyguide' if c is None else 'compare-locales'}")
            unexplained += 1
            continue
        cm, co, ce = c["missing"], c["obsolete"], c["errors"]
        pm, po, pe = p["missing"], p["obsolete"], p["errors"]
        if (cm, co, ce) == (pm, po, pe):
            same += 1
            continue
        reasons = []
        findings = by_locale[locale]
        if co != po:
            # compare-locales lists obsolete *files* but counts none of their entries.
            orphan_files = {f["path"] for f in findings if f["rule"] == "obsolete-message" and "no source file" in f.get("help", "")}
            orphan_entries = sum(1 for f in findings if f["rule"] == "obsolete-message" and f["path"] in orphan_files)
            if po - co == orphan_entries:
                reasons.append(f"obsolete: {orphan_entries} entries in {len(orphan_files)} files without a reference, which compare-locales does not count")
        if ce != pe:
            extra = [f for f in findings if f["severity"] == "error"]
            kinds = collections.Counter(f["rule"] for f in extra)
            term_attr = [f for f in extra if f["rule"] == "unknown-reference" and "has no attribute" in f["message"]]
            if pe - ce == len(term_attr):
                reasons.append(f"errors: {len(term_attr)} selector on a term attribute the locale's term lacks (compare-locales ignores term attributes), e.g. {term_attr[0]['path']}:{term_attr[0]['line']}")
            else:
                reasons.append(f"errors differ: {dict(kinds)}")
        if cm != pm:
            reasons.append("missing differs")
        explained = len(reasons) == (co != po) + (ce != pe) and not any("differ" in r for r in reasons)
        if not explained:
            unexplained += 1
        print(f"{locale:<8}{f'{cm}/{pm}':>16}{f'{co}/{po}':>16}{f'{ce}/{pe}':>14}  {'; '.join(reasons) or 'UNEXPLAINED'}")
    print(f"\n{same} of {len(theirs)} locales identical on missing, obsolete and errors; {unexplained} unexplained differences")
    sys.exit(1 if unexplained else 0)


if __name__ == "__main__":
    main()
