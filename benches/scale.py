#!/usr/bin/env python3
"""Growth curve of `polyguide lint`: synthetic plain-Fluent workspaces scaled 1x, 2x, 4x, 8x
in locales and in messages. Prints wall time (median of RUNS), peak RSS and the time per
million message-locale pairs, which stays flat when the cost is linear in messages x locales.

    benches/scale.py [RUNS]            (default 3; builds polyguide in release mode)

The generated messages are realistic in shape: text with terms, variables, plurals and
markup, about 10% missing per locale and a few obsolete ones, across 20 files per locale.
"""
import os, random, statistics, subprocess, sys, tempfile, time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# 80 real language codes, so every generated locale is a valid BCP 47 id.
LOCALES = """fr de es it pt ru pl ja zh ar nl sv da fi nb cs sk sl hr sr bg ro hu el tr he fa ur hi
bn ta te ml kn mr gu pa si th lo km my vi id ms tl ko ka hy az kk uz ky tg mn ne ps am sw
zu xh af yo ig ha so et lv lt is ga cy gd eu ca gl oc br mt sq mk be uk""".split()
WORDS = "the quick brown fox jumps over lazy dog phone account reset data settings".split()


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


def build(dir, n_locales, n_messages, rng):
    files = 20
    per_file = n_messages // files
    locales = LOCALES[:n_locales]
    with open(os.path.join(dir, "polyguide.toml"), "w") as f:
        f.write('source-locale = "en"\nlocales = [%s]\n' % ", ".join(f'"{l}"' for l in locales))
    for loc in ["en"] + locales:
        os.makedirs(os.path.join(dir, "locales", loc), exist_ok=True)
        for fi in range(files):
            out = ["-brand = Acme\n"] if fi == 0 else []
            for j in range(per_file):
                i = fi * per_file + j
                if loc != "en" and rng.random() < 0.1:
                    continue  # missing
                out.append(message(rng, i))
            if loc != "en" and rng.random() < 0.3:
                out.append(f"old-{fi} = obsolete text\n")
            with open(os.path.join(dir, "locales", loc, f"file{fi}.ftl"), "w") as f:
                f.write("".join(out))
    return locales


def run(dir):
    walls, rss = [], 0
    for _ in range(RUNS):
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", os.path.join(ROOT, "target/release/polyguide"), "lint", "--format", "json", "--workspace", dir],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        walls.append(time.perf_counter() - start)
        lines = proc.stderr.strip().splitlines()
        if proc.returncode not in (0, 1) or not lines:
            sys.exit(f"polyguide failed with exit {proc.returncode} on {dir}: {proc.stderr}")
        rss = max(rss, int(lines[-1]) / 1024)
    return statistics.median(walls), rss


def main():
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "polyguide"], cwd=ROOT, check=True)
    rng = random.Random(42)
    print(f"{'series':<10}{'scale':>6}{'locales':>9}{'messages':>10}{'median s':>10}{'peak RSS MB':>13}{'s per 1M pairs':>16}")
    for series in ("locales", "messages"):
        for scale in (1, 2, 4, 8):
            n_locales = 10 * scale if series == "locales" else 10
            n_messages = 2000 * scale if series == "messages" else 2000
            with tempfile.TemporaryDirectory() as dir:
                build(dir, n_locales, n_messages, rng)
                wall, rss = run(dir)
            pairs = n_locales * n_messages
            print(f"{series:<10}{scale:>5}x{n_locales:>9}{n_messages:>10}{wall:>10.3f}{rss:>13.1f}{wall / pairs * 1e6:>16.3f}")


if __name__ == "__main__":
    main()
