#!/usr/bin/env python3
"""Growth curve of `polyguide lint`: synthetic plain-Fluent workspaces scaled in locales (10
to 5,000) and in messages (1x to 8x). Prints wall time and CPU time (user + system, all
threads; medians of RUNS), peak RSS and the time per million message x locale pairs, which
stays flat when the cost is linear in messages x locales. CPU time is the steadier measure
on a shared machine: a busy neighbour stretches the wall time, not the work. The locale
series runs every workspace both ways, with polyguide.toml and with an equivalent
compare-locales l10n.toml (`--l10n-toml`); its start-up is `lint --validate` on the same
workspace (the source side alone), and the last column leaves it out.

    benches/scale.py [RUNS] [MAX_LOCALES]     (defaults 3 and 5000; builds polyguide in release mode)

POLYGUIDE_BASELINE=/path/to/polyguide adds that binary (say, a build of main) to the locale
series, taking turns with this one, in rows marked "baseline".

The generated messages are realistic in shape: text with terms, variables, plurals and
markup, about 10% missing per locale and a few obsolete ones, across 20 files per locale.
Each locale file is one of 8 generated variants (hard links), so that 5,000 locales take
seconds to write and little disk; polyguide reads and checks every file all the same.
Locale ids are a real language with a numeric variant (`fr-0000`, `fr-0001`, ...): valid
BCP 47 ids with the language's plural rules, none another's CLDR parent, so every locale
does the same kind of work at every scale.
"""
import os, random, statistics, subprocess, sys, tempfile, time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
MAX_LOCALES = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release/polyguide")
BASELINE = os.environ.get("POLYGUIDE_BASELINE")
# 80 real language codes.
LANGUAGES = """fr de es it pt ru pl ja zh ar nl sv da fi nb cs sk sl hr sr bg ro hu el tr he fa ur hi
bn ta te ml kn mr gu pa si th lo km my vi id ms tl ko ka hy az kk uz ky tg mn ne ps am sw
zu xh af yo ig ha so et lv lt is ga cy gd eu ca gl oc br mt sq mk be uk""".split()
WORDS = "the quick brown fox jumps over lazy dog phone account reset data settings".split()
FILES = 20
VARIANTS = 8
LOCALE_STEPS = [n for n in (10, 20, 40, 80, 500, 1000, 2000, 5000) if n <= MAX_LOCALES]
MESSAGES = 2000


def locale_ids(n):
    return [f"{LANGUAGES[i % len(LANGUAGES)]}-{i // len(LANGUAGES):04d}" for i in range(n)]


def message(rng, i):
    kind = i % 10
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14)))
    if kind == 0:
        return f"msg-{i} = {{ $count ->\n    [one] {{ $count }} {words}\n   *[other] {{ $count }} {words}s\n}}\n"
    if kind == 1:
        return f"msg-{i} = <b>{words}</b> {{ -brand }}\n"
    if kind == 2:
        return f"msg-{i} = {words} {{ $name }}\n    .title = {words}\n"
    return f"msg-{i} = {words}\n"


def file_text(rng, fi, per_file, source):
    out = ["-brand = Acme\n"] if fi == 0 else []
    for j in range(per_file):
        if not source and rng.random() < 0.1:
            continue  # missing
        out.append(message(rng, fi * per_file + j))
    if not source and rng.random() < 0.3:
        out.append(f"old-{fi} = obsolete text\n")
    return "".join(out)


def build(dir, n_locales, n_messages, rng):
    """Writes polyguide.toml, l10n.toml and locales/<locale>/file<N>.ftl."""
    per_file = n_messages // FILES
    locales = locale_ids(n_locales)
    quoted = ", ".join(f'"{l}"' for l in locales)
    with open(os.path.join(dir, "polyguide.toml"), "w") as f:
        f.write(f'source-locale = "en"\nlocales = [{quoted}]\n')
    with open(os.path.join(dir, "l10n.toml"), "w") as f:
        f.write(f'basepath = "."\nlocales = [{quoted}]\n[[paths]]\n'
                '    reference = "locales/en/**/*.ftl"\n    l10n = "locales/{locale}/**/*.ftl"\n')
    os.makedirs(os.path.join(dir, "locales", "en"))
    for fi in range(FILES):
        with open(os.path.join(dir, "locales", "en", f"file{fi}.ftl"), "w") as f:
            f.write(file_text(rng, fi, per_file, True))
    variants = os.path.join(dir, "variants")
    os.makedirs(variants)
    for fi in range(FILES):
        for v in range(VARIANTS):
            with open(os.path.join(variants, f"file{fi}-{v}.ftl"), "w") as f:
                f.write(file_text(rng, fi, per_file, False))
    for k, loc in enumerate(locales):
        os.makedirs(os.path.join(dir, "locales", loc))
        for fi in range(FILES):
            v = (k * 7 + fi * 3) % VARIANTS
            os.link(os.path.join(variants, f"file{fi}-{v}.ftl"), os.path.join(dir, "locales", loc, f"file{fi}.ftl"))


def once(dir, args):
    """(wall s, CPU s, peak RSS MB) of one run, from the child's own resource usage. `args`
    start with the binary."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=dir, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.exit(f"polyguide {' '.join(args)} failed with exit {proc.returncode} in {dir}: {err.decode()}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(dir, commands):
    """Runs each command RUNS times, taking turns; (median wall, median CPU, peak RSS) each."""
    runs = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, args in commands.items():
            runs[name].append(once(dir, args))
    return {
        name: (statistics.median(r[0] for r in got), statistics.median(r[1] for r in got),
               max(r[2] for r in got))
        for name, got in runs.items()
    }


def row(series, n_locales, n_messages, measured, startup=None):
    wall, cpu, rss = measured
    pairs = n_locales * n_messages
    per = lambda s: s / pairs * 1e6
    after = "" if startup is None else f"{startup[1]:>9.3f}{per(cpu - startup[1]):>12.3f}"
    print(f"{series:<15}{n_locales:>7,}{n_messages:>9,}{wall:>9.3f}{cpu:>8.3f}{rss:>8.1f}"
          f"{per(wall):>10.3f}{per(cpu):>10.3f}{after}", flush=True)


def main():
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "polyguide"], cwd=ROOT, check=True)
    rng = random.Random(42)
    print(f"{'':<31}{'median':>9}{'median':>8}{'peak':>8}{'wall s':>10}{'CPU s':>10}{'start-up':>9}{'CPU s/1M':>12}")
    print(f"{'series':<15}{'locales':>7}{'messages':>9}{'wall s':>9}{'CPU s':>8}{'RSS MB':>8}"
          f"{'/1M pairs':>10}{'/1M pairs':>10}{'CPU s':>9}{'- start-up':>12}")
    lint = ["lint", "--format", "json"]
    l10n = ["--l10n-toml", "l10n.toml"]
    for n in LOCALE_STEPS:
        with tempfile.TemporaryDirectory() as dir:
            build(dir, n, MESSAGES, rng)
            commands = {
                "toml": [BINARY, *lint],
                "toml-startup": [BINARY, *lint, "--validate"],
                "l10n": [BINARY, *l10n, *lint],
                "l10n-startup": [BINARY, *l10n, *lint, "--validate"],
            }
            if BASELINE:
                commands["base-toml"] = [BASELINE, *lint]
                commands["base-l10n"] = [BASELINE, *l10n, *lint]
            got = measure(dir, commands)
        row("polyguide.toml", n, MESSAGES, got["toml"], got["toml-startup"])
        row("l10n.toml", n, MESSAGES, got["l10n"], got["l10n-startup"])
        if BASELINE:
            row("  baseline", n, MESSAGES, got["base-toml"])
            row("  baseline l10n", n, MESSAGES, got["base-l10n"])
    for scale in (1, 2, 4, 8):
        n_messages = MESSAGES * scale
        with tempfile.TemporaryDirectory() as dir:
            build(dir, 10, n_messages, rng)
            got = measure(dir, {"toml": [BINARY, *lint]})
        row(f"messages {scale}x", 10, n_messages, got["toml"])


if __name__ == "__main__":
    main()
