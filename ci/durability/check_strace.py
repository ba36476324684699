"""Reads an strace log (-f, openat/fsync/rename*/close) and checks that every rename of a
polyguide temporary file is preceded by an fsync of that file and followed by an fsync of the
target's directory. Exits 1 with the offending renames."""
import os
import re
import sys

TMP = ".polyguide-tmp-"
line_re = re.compile(r"^(\d+)\s+(\w+)\((.*)\)\s+=\s+(-?\d+)")
path_re = re.compile(r'"((?:[^"\\]|\\.)*)"')

fds = {}            # (pid, fd) -> path
synced = set()      # paths fsynced while open
renames = []        # (index, src, dst)
dir_syncs = []      # (index, path)
events = 0
unfinished_re = re.compile(r"^(\d+)\s+(\w+)\((.*) <unfinished \.\.\.>$")
resumed_re = re.compile(r"^(\d+)\s+<\.\.\. (\w+) resumed>(.*)\)\s+=\s+(-?\d+)")
pending = {}        # pid -> (call, args so far): strace splits calls of threads that overlap
for i, line in enumerate(open(sys.argv[1], encoding="utf-8", errors="replace")):
    line = line.rstrip("\n")
    u = unfinished_re.match(line)
    if u:
        pending[u.group(1)] = (u.group(2), u.group(3))
        continue
    r = resumed_re.match(line)
    if r and r.group(1) in pending:
        call, head = pending.pop(r.group(1))
        pid, args, ret = r.group(1), head + r.group(3), int(r.group(4))
    else:
        m = line_re.match(line)
        if not m:
            continue
        pid, call, args, ret = m.group(1), m.group(2), m.group(3), int(m.group(4))
    if ret < 0:
        continue
    paths = path_re.findall(args)
    if call == "openat" and paths:
        fds[(pid, ret)] = paths[0]
    elif call in ("fsync", "fdatasync"):
        fd = int(args.split(",")[0])
        path = fds.get((pid, fd))
        if path is not None:
            synced.add(path)
            dir_syncs.append((i, path))
    elif call == "close":
        fds.pop((pid, int(args)), None)
    elif call.startswith("rename") and len(paths) >= 2:
        renames.append((i, paths[0], paths[1]))

problems = []
checked = 0
for i, src, dst in renames:
    if TMP not in os.path.basename(src):
        continue
    checked += 1
    if src not in synced:
        problems.append(f"{dst}: the temporary {src} was not fsynced before the rename")
    parent = os.path.dirname(dst)
    if not any(j > i and os.path.normpath(p) == os.path.normpath(parent) for j, p in dir_syncs):
        problems.append(f"{dst}: its directory {parent} was not fsynced after the rename")
if checked == 0:
    problems.append("no rename of a polyguide temporary file was seen: the check proves nothing")
for p in problems:
    print(p)
print(f"{checked} replaced file(s) checked")
sys.exit(1 if problems else 0)
