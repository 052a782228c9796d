#!/usr/bin/env python3
"""Print where the first bad byte of each file is, as PATH:LINE:COL:

    tests/hostile/expect_pos.py FILE...

A bad byte is a NUL byte or the start of an ill-formed UTF-8 sequence (the
first byte of the maximal ill-formed subpart, as Python's strict decoder
reports it). LINE is 1 + the number of LF bytes before it; COL is 1 + the
number of code points between the start of that line and the byte. A file
without a bad byte prints PATH:OK. Used by run.sh to check the positions the
CLI reports.
"""
import sys


def first_bad(data):
    """Byte offset of the first NUL or invalid UTF-8 byte, or None."""
    bad = []
    nul = data.find(b"\0")
    if nul >= 0:
        bad.append(nul)
    try:
        data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        bad.append(e.start)
    return min(bad) if bad else None


def position(data, offset):
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    col = len(data[line_start:offset].decode("utf-8")) + 1
    return line, col


def main(paths):
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        off = first_bad(data)
        if off is None:
            print("%s:OK" % path)
        else:
            print("%s:%d:%d:" % ((path,) + position(data, off)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
