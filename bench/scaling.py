#!/usr/bin/env python3
"""How the CLI's time grows with hostile input shapes (a benchmark run by hand,
not a test).

    bench/scaling.py BUILD_DIR [--command summary|json] [--shape NAME ...]

For each shape of tests/hostile/gen_hostile.py (one huge line, a long list,
dense digits, deeply nested lists, runs of [[[[ and the like, many tiny files)
it finds a size S at which `crimepolicy summary` takes 0.2-2 s (doubling from
a small size; aiming at 0.3 s), then times the CLI at S and 2S, median of 3 runs each, and
prints a Markdown table: shape | size | seconds | size x2 seconds | ratio. A
linear reader gives a ratio near 2; ratios above 2.1 are flagged.

Sizes are doubled in bytes of input. For nested lists a file of L levels has
about L*L bytes (2 spaces of indentation per level), so 2S there means
L*sqrt(2) levels; the table gives both the levels and the bytes.
"""
import argparse
import importlib.util
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, os.pardir, "tests", "hostile", "gen_hostile.py")

# shape -> (gen_hostile shape, starting size in its unit, how the unit grows
# with bytes: 1 linear, 2 quadratic)
BENCH = {
    "one huge line": ("one-line", 1 << 20, 1),
    "long list": ("million-items", 20_000, 1),
    "dense digits (run)": ("run-digits", 1 << 20, 1),
    "huge number (digits)": ("huge-number", 100_000, 1),
    "nested lists (levels)": ("nested-lists", 1_000, 2),
    "[[[[ run": ("run-brackets", 1 << 20, 1),
    "*** run": ("run-stars", 1 << 20, 1),
    ",,,, run": ("run-commas", 1 << 20, 1),
    "many tiny files": ("tiny-files", 2_000, 1),
    "many programs": ("many-programs", 2_000, 1),
    "many sections": ("many-sections", 2_000, 1),
    "programs in turn": ("rotating-programs", 2_000, 1),
    "the city, again and again": ("the-city", 2_000, 1),
    "long list of states": ("state-list", 2_000, 1),
}
LOW, TARGET, HIGH, FLAG = 0.2, 0.3, 2.0, 2.1
MAX_DOUBLINGS = 12
MAX_BYTES = 200 << 20  # 2S stays under the CLI's default 256 MiB document limit
FAILED = {}  # path -> how the CLI failed on it (a failed run's time means nothing)


def load_gen():
    spec = importlib.util.spec_from_file_location("gen_hostile", GEN)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def find_cli(arg):
    for cand in (os.path.join(arg, "examples", "crimepolicy"), os.path.join(arg, "crimepolicy"), arg):
        if os.path.isfile(cand) and os.access(cand, os.X_OK):
            return os.path.abspath(cand)
    sys.exit("scaling.py: no crimepolicy CLI in %s" % arg)


def disk_size(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


class Shape:
    def __init__(self, gen, tmp, name, start, power):
        self.writer, _, self.unit, self.is_dir = gen.SHAPES[name]
        self.tmp, self.name, self.start, self.power = tmp, name, start, power

    def make(self, n):
        path = os.path.join(self.tmp, "%s-%d" % (self.name, n) + ("" if self.is_dir else ".txt"))
        if not os.path.exists(path):
            self.writer(path, n)
        return path

    def doubled(self, n):
        """The size in the shape's unit that doubles the bytes of input."""
        return max(n + 1, round(n * 2 ** (1 / self.power)))

    def drop(self, n):
        path = os.path.join(self.tmp, "%s-%d" % (self.name, n) + ("" if self.is_dir else ".txt"))
        if os.path.isdir(path):
            shutil.rmtree(path)
        elif os.path.exists(path):
            os.remove(path)


def time_once(cli, command, path):
    t0 = time.perf_counter()
    proc = subprocess.run([cli, command, path], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, timeout=600)
    t = time.perf_counter() - t0
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        FAILED.setdefault(path, "exit %d: %s" % (proc.returncode, err[0] if err else ""))
        print("  warning: %s %s %s" % (command, path, FAILED[path]), file=sys.stderr)
    return t


def median_times(cli, command, path1, path2, runs=3):
    """Median seconds of each path; the runs alternate so a drift in the
    machine's load affects both sizes alike."""
    t1, t2 = [], []
    for _ in range(runs):
        t1.append(time_once(cli, command, path1))
        t2.append(time_once(cli, command, path2))
    return statistics.median(t1), statistics.median(t2)


def calibrate(shape, cli, command):
    """The smallest size from the start, doubling, that takes at least LOW s
    (aiming a little higher, TARGET, so the median is not just under it)."""
    n = shape.start
    for _ in range(MAX_DOUBLINGS * shape.power):  # a doubling of bytes each
        path = shape.make(n)
        t = min(time_once(cli, command, path), time_once(cli, command, path))
        if t >= TARGET or disk_size(path) * 2 > MAX_BYTES:
            return n
        nxt = shape.doubled(n)
        if t * 2.5 > HIGH:  # the next one would likely be too slow
            return nxt if t * 2 <= HIGH else n
        shape.drop(n)
        n = nxt
    return n


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("build_dir")
    ap.add_argument("--command", default="summary", choices=["summary", "json"])
    ap.add_argument("--shape", action="append", choices=sorted(BENCH),
                    help="only this shape (repeatable)")
    args = ap.parse_args(argv)
    cli = find_cli(args.build_dir)
    gen = load_gen()
    tmp = tempfile.mkdtemp(prefix="scaling.")
    rows = []
    try:
        print("crimepolicy %s, median of 3; CLI %s" % (args.command, cli), file=sys.stderr)
        for label in args.shape or BENCH:
            name, start, power = BENCH[label]
            shape = Shape(gen, tmp, name, start, power)
            n = calibrate(shape, cli, args.command)
            n2 = shape.doubled(n)
            p1, p2 = shape.make(n), shape.make(n2)
            t1, t2 = median_times(cli, args.command, p1, p2)
            b1, b2 = disk_size(p1), disk_size(p2)
            # Normalise to an exact doubling of bytes (levels round to integers).
            ratio = (t2 / t1) * (2 / (b2 / b1)) if t1 > 0 else float("inf")
            note = "; ".join("%s at %s: %s" % (label, what, FAILED[p])
                             for what, p in (("size", p1), ("size×2", p2)) if p in FAILED)
            rows.append((label, n, shape.unit, b1, t1, n2, b2, t2, ratio, note))
            print("  %-22s %s" % (label, "done"), file=sys.stderr)
            shape.drop(n)
            shape.drop(n2)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print("| shape | size | seconds | size×2 | size×2 seconds | ratio |")
    print("|---|---|---:|---|---:|---:|")
    flagged = 0
    notes = []
    for label, n, unit, b1, t1, n2, b2, t2, ratio, note in rows:
        flag = " **> %.1f**" % FLAG if ratio > FLAG else ""
        flagged += bool(flag)
        if note:
            flag += " (the CLI failed, see below)"
            notes.append(note.replace(tmp + os.sep, ""))
        print("| %s | %s %s (%s) | %.3f | %s %s (%s) | %.3f | %.2f%s |" % (
            label, fmt_count(n), unit, fmt_bytes(b1), t1, fmt_count(n2), unit,
            fmt_bytes(b2), t2, ratio, flag))
    for note in notes:
        print("\nThe CLI failed: %s" % note)
    if flagged:
        print("\n%d shape(s) grow faster than linear (ratio above %.1f)." % (flagged, FLAG))
    return 0


def fmt_count(n):
    return "{:,}".format(n)


def fmt_bytes(b):
    for unit in ("B", "KB", "MB", "GB"):
        if b < 1024 or unit == "GB":
            return ("%d %s" % (b, unit)) if unit == "B" else ("%.1f %s" % (b, unit))
        b /= 1024.0
    return str(b)


if __name__ == "__main__":
    sys.exit(main())
