#!/usr/bin/env python3
"""Write hostile input documents for the crimepolicy CLI (Python 3 stdlib only).

    tests/hostile/gen_hostile.py DIR [--scale N]

Everything is deterministic: the same DIR and scale give the same bytes. At
--scale 1 the big cases are full size (a 50 MB single line, a million list
items, 10,000 nesting levels, runs of a few MB, 100,000 tiny files); --scale N
divides those sizes by N so tests can use small versions (--scale 50: a 1 MB
line, 20,000 items, 200 levels, 2,000 files).

What is written (names relative to DIR):

    one-line.txt              one single line, no newline at all
    million-items.txt         "- Item N in Dallas, Texas" lines
    huge-number.txt           a 10,000-digit number inside a sentence
    nested-lists.txt          a list nested 10,000 levels (2 spaces per level)
    many-figures.txt          4.3 million numbers, past the limit of mentions
    run-stars.txt, run-brackets.txt, run-commas.txt, run-digits.txt
                              a sentence around a run of ***, [[[[, ,,,, or digits
    state-list.txt            a program's sentence naming 200,000 states in a row
    many-programs.txt, many-sections.txt, rotating-programs.txt, the-city.txt
                              one text of 100,000 programs, of 100,000 sections,
                              of 100,000 paragraphs about eight programs in turn,
                              of 100,000 paragraphs of "the city's" program
    spoken-numbers.txt        100,000 numbers in words, each running into the next
    utf8-KIND.txt             the valid base document with one bad UTF-8 sequence
                              inserted at many positions (KIND: ff, truncated,
                              truncated-at-eof, overlong, overlong3, surrogate,
                              above-max, lone-continuation)
    utf8-every-position/      a 200-byte document with 0xC3 inserted at each
                              position 0..200, one file per position
    valid-base.txt            the base document itself (must load)
    tiny-files/               100,000 tiny documents
    symloop/                  a/b -> ../a, self.txt -> self.txt, selfdir -> selfdir,
                              and one real document a/doc.txt
    deep-dirs/                300 nested directories with a document at the bottom
    dup-ids/                  x/doc.txt and y/doc.txt (the same document id)
    nul-byte.txt              the base document with a NUL byte in it
    empty.txt                 0 bytes
    whitespace.txt            only spaces, tabs and newlines
    bom-only.txt              only a UTF-8 byte order mark
    cr-only.txt               a long run of bare CR line ends
    special/fifo.txt          a FIFO (named pipe)              [--special]
    special/dangling/x.txt    a dangling symlink -> missing     [--special]
    special/proc.txt          a symlink to /proc/self/status    [--special]
                              (a "regular" file whose size is 0 but reads bytes:
                              the file changes while it is read)
    special/devnull.txt       a symlink to /dev/null            [--special]

The module is also imported by bench/scaling.py, which uses the SHAPES table
to write one shape at a chosen size.
"""
import argparse
import os
import sys

CHUNK = 1 << 20

# A seed-like document, written for these tests: a dateline header, news
# paragraphs with curly quotes, accents and a dash, a list of sites.
BASE_DOCUMENT = (
    " date 2022-03-14 The Justice Department announced the expansion of the "
    "Safe Streets Partnership to eight cities.\n"
    "\n"
    "The department’s Office of Justice Programs will award about $4.5 million "
    "over two years, officials said — an increase of 12 percent.\n"
    "\n"
    "“We are putting resources where they matter,” said Deputy Attorney General "
    "Renée Castillo in San José, California.\n"
    "\n"
    "The new sites are:\n"
    "\n"
    "- Dallas, Texas\n"
    "- Tulsa, Oklahoma\n"
    "  - Broken Arrow, Oklahoma\n"
    "- Albuquerque, New Mexico\n"
    "- Española, New Mexico\n"
    "\n"
    "Homicides in the eight cities fell from about 1,240 in 2020 to 1,050 in 2021, "
    "a drop of 15 percent, according to the FBI’s Uniform Crime Reporting program 🚓.\n"
).encode("utf-8")

# Exactly 200 bytes for utf8-every-position/: ASCII with a 2-, a 3- and a
# 4-byte character so an inserted byte can land inside a character.
SMALL_DOCUMENT = (
    "Officials in San José, Texas said the department’s grant of $1.2 million "
    "will fund 🚓 patrols.\n"
    "\n"
    "- Dallas, Texas\n"
    "- Austin, Texas\n"
).encode("utf-8")
SMALL_DOCUMENT += b"x" * (199 - len(SMALL_DOCUMENT)) + b"\n"
assert len(SMALL_DOCUMENT) == 200, len(SMALL_DOCUMENT)

UTF8_KINDS = {
    "ff": b"\xff",
    "truncated": b"\xe2\x82",          # a 3-byte sequence cut after 2 bytes
    "overlong": b"\xc0\xaf",           # '/' as 2 bytes
    "overlong3": b"\xe0\x80\xaf",      # '/' as 3 bytes
    "surrogate": b"\xed\xa0\x80",      # U+D800
    "above-max": b"\xf4\x90\x80\x80",  # U+110000
    "lone-continuation": b"\x80",
}


def write_repeated(path, unit, size, head=b"", tail=b""):
    """Write head, then `unit` repeated up to `size` bytes in total, then tail."""
    with open(path, "wb") as f:
        f.write(head)
        left = max(0, size - len(head) - len(tail))
        block = unit * max(1, CHUNK // len(unit))
        while left >= len(block):
            f.write(block)
            left -= len(block)
        reps, rest = divmod(left, len(unit))
        f.write(unit * reps + unit[:rest])
        f.write(tail)


# --- the shapes (each takes a path and a size in its own unit) --------------

def one_line(path, nbytes):
    """One line of `nbytes` bytes, sentences but no newline anywhere."""
    unit = (b"Officials said Dallas, Texas will receive about $3.5 million "
            b"from the Safe Streets Partnership this year. ")
    write_repeated(path, unit, nbytes)


def million_items(path, items):
    with open(path, "wb") as f:
        f.write(b"The department selected these sites:\n\n")
        buf = []
        for n in range(1, items + 1):
            buf.append(b"- Item %d in Dallas, Texas\n" % n)
            if len(buf) == 65536:
                f.write(b"".join(buf))
                buf.clear()
        f.write(b"".join(buf))


def huge_number(path, digits):
    number = b"".join(b"%d" % ((i * 7 + 3) % 10) for i in range(digits))
    number = b"9" + number[1:]  # no leading zero
    with open(path, "wb") as f:
        f.write(b"Officials in Dallas, Texas said about " + number +
                b" people were shot in 2021, up 12 percent.\n")


def nested_lists(path, levels):
    with open(path, "wb") as f:
        f.write(b"The sites are:\n\n")
        for level in range(levels):
            f.write(b"  " * level + b"- Level %d in Dallas, Texas\n" % level)


def many_figures(path, count):
    """More numbers than a document may hold mentions and figures
    (CP_MAX_MENTIONS is 4,194,304): refused with CP_ERR_LIMIT."""
    write_repeated(path, b"7 ", 2 * count, head=b"Officials counted ", tail=b"in all.\n")


def run_of(unit):
    def shape(path, nbytes):
        write_repeated(path, unit, nbytes, head=b"Officials in Dallas, Texas said ",
                       tail=b" was the total.\n")
    return shape


def digit_run(path, nbytes):
    write_repeated(path, b"1234567890", nbytes,
                   head=b"Officials in Dallas, Texas said ", tail=b" was the total.\n")


STATE_NAMES = [b"Alabama", b"Alaska", b"Arizona", b"Arkansas", b"California", b"Colorado",
               b"Connecticut", b"Delaware", b"Florida", b"Georgia"]


def state_list(path, count):
    """One sentence of a program and `count` states, comma after comma: every
    place of the list is a state, each asked what follows it."""
    with open(path, "wb") as f:
        f.write(b"The Safe Valley Task Force works in ")
        for n in range(count):
            f.write(STATE_NAMES[n % len(STATE_NAMES)] + b", ")
        f.write(b"and Ohio.\n")


def name_of(n):
    """A distinct capitalised word for n: Zqa, Zqb, ..., Zqba, ..."""
    letters = b""
    while True:
        letters = bytes([ord("a") + n % 26]) + letters
        n //= 26
        if n == 0:
            return b"Zq" + letters


def many_programs(path, count):
    """A document naming `count` programs, each with its acronym and a short
    form, and a place: every program is compared with the others."""
    with open(path, "wb") as f:
        for n in range(count):
            w = name_of(n)
            f.write(b"Operation %s (OP%s) began in Dallas, Texas. The %s Initiative and "
                    b"the OP%s program followed.\n" % (w, w.upper(), w, w.upper()))


def many_sections(path, count):
    """`count` Markdown sections, each about a program of its own and its
    places: a text read section by section."""
    with open(path, "wb") as f:
        f.write(b"Weekly roundup\n\n")
        for n in range(count):
            w = name_of(n)
            f.write(b"### %d. Operation %s comes to Tulsa\n\nAgents arrived in Tulsa and "
                    b"Dallas, Texas, this week.\n\n" % (n + 1, w))


def rotating_programs(path, count):
    """One long article of `count` paragraphs, each about one of eight
    programs in turn and the places it works in: programs asked in turn
    about places mentioned thousands of times."""
    programs = (b"Memphis Safe Task Force", b"Operation Legend", b"Tulsa Gun Strike Force",
                b"Project Safe Neighborhoods", b"Dallas Violent Crime Task Force",
                b"Operation Relentless Pursuit", b"National Public Safety Partnership",
                b"Chicago Crime Gun Strike Force")
    with open(path, "wb") as f:
        for n in range(count):
            f.write(b"The %s worked in Memphis, Tennessee, Tulsa, Oklahoma and Dallas, "
                    b"Texas this week, where 12 arrests were made.\n\n"
                    % programs[n % len(programs)])


def the_city(path, count):
    """`count` paragraphs that each name a city and then "the city's"
    program: each "the city" asks which place the text is about."""
    with open(path, "wb") as f:
        for n in range(count):
            f.write(b"Dallas, Texas recorded %d homicides. In 2023 the city won a grant for "
                    b"the city's Safe Streets Partnership program.\n\n" % (n % 90 + 10))


def spoken_numbers(path, count):
    """One sentence of `count` numbers in words that each could go on into
    the next ("two thousand two thousand ... agents")."""
    write_repeated(path, b"two thousand three hundred and ", count * 31, tail=b"agents.\n")


def tiny_files(path, count):
    """A directory of `count` tiny documents (path is the directory)."""
    os.makedirs(path, exist_ok=True)
    for n in range(count):
        with open(os.path.join(path, "t%06d.txt" % n), "wb") as f:
            f.write(b"Item %d in Dallas, Texas.\n" % n)


# name -> (writer, size at scale 1, unit, is a directory)
SHAPES = {
    "one-line": (one_line, 50_000_000, "bytes", False),
    "million-items": (million_items, 1_000_000, "items", False),
    "huge-number": (huge_number, 10_000, "digits", False),
    "nested-lists": (nested_lists, 10_000, "levels", False),
    "run-stars": (run_of(b"***"), 4_000_000, "bytes", False),
    "run-brackets": (run_of(b"[[[["), 4_000_000, "bytes", False),
    "run-commas": (run_of(b",,,,"), 4_000_000, "bytes", False),
    "run-digits": (digit_run, 4_000_000, "bytes", False),
    "tiny-files": (tiny_files, 100_000, "files", True),
    "many-figures": (many_figures, 4_300_000, "numbers", False),
    "many-programs": (many_programs, 100_000, "programs", False),
    "many-sections": (many_sections, 100_000, "sections", False),
    "rotating-programs": (rotating_programs, 100_000, "paragraphs", False),
    "the-city": (the_city, 100_000, "paragraphs", False),
    "spoken-numbers": (spoken_numbers, 100_000, "numbers", False),
    "state-list": (state_list, 200_000, "states", False),
}
# Shapes whose size is not divided by --scale (they are small already).
UNSCALED = {"huge-number", "many-figures"}


def insertion_points(doc, step):
    """Character boundaries roughly every `step` bytes, the first one in the
    middle of the second paragraph (after non-ASCII text on that line)."""
    first = doc.index("’".encode()) + len("’".encode()) + 10
    points, pos = [], first
    while pos < len(doc):
        while pos < len(doc) and (doc[pos] & 0xC0) == 0x80:
            pos += 1  # not inside a character
        points.append(pos)
        pos += step
    return points


def insert_at(doc, points, seq):
    out, last = [], 0
    for p in points:
        out.append(doc[last:p])
        out.append(seq)
        last = p
    out.append(doc[last:])
    return b"".join(out)


def write_utf8(out):
    points = insertion_points(BASE_DOCUMENT, 97)
    for kind, seq in UTF8_KINDS.items():
        with open(os.path.join(out, "utf8-%s.txt" % kind), "wb") as f:
            f.write(insert_at(BASE_DOCUMENT, points, seq))
    with open(os.path.join(out, "utf8-truncated-at-eof.txt"), "wb") as f:
        f.write(BASE_DOCUMENT + b"\xf0\x9f\x9a")  # the police car, cut short
    every = os.path.join(out, "utf8-every-position")
    os.makedirs(every, exist_ok=True)
    for p in range(len(SMALL_DOCUMENT) + 1):
        with open(os.path.join(every, "pos%03d.txt" % p), "wb") as f:
            f.write(SMALL_DOCUMENT[:p] + b"\xc3" + SMALL_DOCUMENT[p:])


def symlink(target, name):
    if os.path.lexists(name):
        os.remove(name)
    os.symlink(target, name)


def write_links(out):
    loop = os.path.join(out, "symloop")
    os.makedirs(os.path.join(loop, "a"), exist_ok=True)
    with open(os.path.join(loop, "a", "doc.txt"), "wb") as f:
        f.write(BASE_DOCUMENT)
    symlink("../a", os.path.join(loop, "a", "b"))
    symlink("self.txt", os.path.join(loop, "self.txt"))
    symlink("selfdir", os.path.join(loop, "selfdir"))


def write_special(out):
    special = os.path.join(out, "special")
    os.makedirs(os.path.join(special, "dangling"), exist_ok=True)
    os.makedirs(os.path.join(special, "fifo-dir"), exist_ok=True)
    for fifo in (os.path.join(special, "fifo.txt"), os.path.join(special, "fifo-dir", "f.txt")):
        if not os.path.exists(fifo):
            os.mkfifo(fifo)
    symlink("missing", os.path.join(special, "dangling", "x.txt"))
    symlink("/proc/self/status", os.path.join(special, "proc.txt"))
    symlink("/dev/null", os.path.join(special, "devnull.txt"))


def write_small(out):
    with open(os.path.join(out, "valid-base.txt"), "wb") as f:
        f.write(BASE_DOCUMENT)
    with open(os.path.join(out, "nul-byte.txt"), "wb") as f:
        p = insertion_points(BASE_DOCUMENT, 97)[2]
        f.write(BASE_DOCUMENT[:p] + b"\0" + BASE_DOCUMENT[p:])
    open(os.path.join(out, "empty.txt"), "wb").close()
    with open(os.path.join(out, "whitespace.txt"), "wb") as f:
        f.write(b"   \n\t\t\n \r\n\n" * 1000)
    with open(os.path.join(out, "bom-only.txt"), "wb") as f:
        f.write(b"\xef\xbb\xbf")
    with open(os.path.join(out, "cr-only.txt"), "wb") as f:
        f.write(b"Dallas, Texas\r" * 20000)
    deep = os.path.join(out, "deep-dirs")
    os.makedirs(os.path.join(deep, *(["d"] * 300)), exist_ok=True)
    with open(os.path.join(deep, *(["d"] * 300), "bottom.txt"), "wb") as f:
        f.write(BASE_DOCUMENT)
    for sub in ("x", "y"):
        os.makedirs(os.path.join(out, "dup-ids", sub), exist_ok=True)
        with open(os.path.join(out, "dup-ids", sub, "doc.txt"), "wb") as f:
            f.write(BASE_DOCUMENT)


def scaled(name, scale):
    size = SHAPES[name][1]
    return size if name in UNSCALED else max(1, size // scale)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--scale", type=int, default=1,
                    help="divide the big sizes by N (default 1: full size)")
    ap.add_argument("--no-special", action="store_true",
                    help="no FIFOs or links to /proc and /dev")
    args = ap.parse_args(argv)
    if args.scale < 1:
        ap.error("--scale must be at least 1")
    os.makedirs(args.dir, exist_ok=True)
    for name, (writer, _size, _unit, is_dir) in SHAPES.items():
        writer(os.path.join(args.dir, name if is_dir else name + ".txt"), scaled(name, args.scale))
    write_utf8(args.dir)
    write_links(args.dir)
    write_small(args.dir)
    if not args.no_special:
        write_special(args.dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
