#!/usr/bin/env python3
"""Generate lib/tables/*.inc from data/*.tsv (run by hand; CI runs --check).

Each .inc is a list of C initialisers of the structs in lib/tables.h. Keys are
folded names: lowercase ASCII, accents removed, "." and "'" dropped, other
punctuation to spaces. Usage: gen-tables.py [--check]
"""
import os
import re
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
OUT = os.path.join(ROOT, "lib", "tables")
MAP_OUT = os.path.join(ROOT, "examples")  # the CLI's map, not the library


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[.'\u2018\u2019\u02bb]", "", s)  # like cpi_fold: apostrophes, the okina
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def display(name):
    """A place's name as the press writes it: without the okina of Hawaiian
    names ("Kapaa", "Ewa Beach")."""
    return re.sub(r"[\u2018\u02bb]", "", name)


def c_str(s):
    out = []
    for b in s.encode("utf-8"):
        ch = chr(b)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def c_float(v):
    return "%.4ff" % float(v)


def read(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    head = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != len(head):
            sys.exit(f"{name}:{n}: {len(cells)} columns, expected {len(head)}")
        rows.append(dict(zip(head, cells)))
    return rows


def prefix_code(c):
    # a key byte as 0 (end of key or space), 1-10 (digits), 11-36 (letters):
    # the same order as strcmp gives folded keys
    if c in (None, " "):
        return 0
    if c.isdigit():
        return 1 + ord(c) - ord("0")
    return 11 + ord(c) - ord("a")


def prefix_index(keys):
    # where the keys of each two-byte prefix start: row i of PREFIXES x
    # PREFIXES + 1 entries, keys sorted; a prefix's rows are [idx[p], idx[p+1])
    codes = [prefix_code(k[0]) * 37 + prefix_code(k[1] if len(k) > 1 else None) for k in keys]
    assert codes == sorted(codes), "keys out of prefix order"
    index, row = [], 0
    for p in range(37 * 37 + 1):
        while row < len(codes) and codes[row] < p:
            row += 1
        index.append(row)
    return [" ".join("%d," % v for v in index[k:k + 37]) for k in range(0, len(index), 37)]


M64 = 0xFFFFFFFFFFFFFFFF
HASH_K = 0x9E3779B97F4A7C15


def hash_mix(h, v):
    h = ((h ^ v) * HASH_K) & M64
    return h ^ (h >> 32)


def hash_str(s):
    # cpi_hash_str (lib/hash.h): the length, then the bytes eight at a time
    # as little-endian words (the last eight overlapping; a shorter string
    # in two overlapping halves, or its first, middle and last bytes)
    b = s.encode("utf-8")
    n = len(b)
    word = lambda k, m: int.from_bytes(b[k:k + m], "little")
    h = (n * HASH_K) & M64
    if n >= 8:
        i = 0
        while i + 8 < n:
            h = hash_mix(h, word(i, 8))
            i += 8
        h = hash_mix(h, word(n - 8, 8))
    elif n >= 4:
        h = hash_mix(h, word(0, 4) | word(n - 4, 4) << 32)
    elif n > 0:
        h = hash_mix(h, b[0] | b[n // 2] << 8 | b[n - 1] << 16)
    h ^= h >> 29
    h = (h * HASH_K) & M64
    return h ^ (h >> 32)


def hash_index(keys):
    # an open-addressing index of the sorted keys: slot hash_str(key) mod size,
    # then the next ones, holds 1 + the first row of that key (0: empty).
    # The size is a power of two at least twice the keys, so that a search
    # for a key no row has ends after a slot or two.
    distinct = [(row, k) for row, k in enumerate(keys) if row == 0 or keys[row - 1] != k]
    size = 1
    while size < 2 * len(distinct):
        size *= 2
    assert len(keys) < 0xFFFF, "rows must fit 16 bits"
    slots = [0] * size
    for row, k in distinct:
        h = hash_str(k) & (size - 1)
        while slots[h]:
            h = (h + 1) & (size - 1)
        slots[h] = row + 1
    return [" ".join("%d," % v for v in slots[k:k + 16]) for k in range(0, size, 16)]


LAST_WORD_BITS = 1 << 17


def last_word_bits(word):
    # FNV-1a of the word's bytes from its last, spread by a multiply into
    # two bit numbers: may_name_place in lib/extract_sites.c computes the same
    h = 2166136261
    for b in reversed(word.encode("ascii")):
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    x = (h * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
    return (x >> 47, (x >> 30) & (LAST_WORD_BITS - 1))


def last_word_filter(keys):
    # a filter of the keys' last words ("kansas city" sets the two bits of
    # "city"): a name with either bit of its last word clear is no place's
    bits = [0] * (LAST_WORD_BITS // 64)
    for k in keys:
        for h in last_word_bits(k.split(" ")[-1]):
            bits[h // 64] |= 1 << (h % 64)
    return [" ".join("0x%016xu," % v for v in bits[i:i + 4]) for i in range(0, len(bits), 4)]


def tables():
    out = {}
    rows = sorted(read("presidencies.tsv"), key=lambda r: r["start"])
    out["presidencies"] = ("presidencies.tsv", [
        "{%s}," % ", ".join(c_str(r[k]) for k in ("id", "name", "surname", "party", "start", "end", "forms"))
        for r in rows])
    kinds = {"state": "CPI_STATE", "district": "CPI_DISTRICT", "territory": "CPI_TERRITORY"}
    rows = sorted(read("states.tsv"), key=lambda r: fold(r["name"]))
    out["states"] = ("states.tsv", [
        "{%s, %s, %s, %s, %s, %s}," % (c_str(fold(r["name"])), c_str(r["name"]), c_str(r["code"]),
                                       c_str(r["fips"]), c_str(r["ap"]), kinds[r["kind"]])
        for r in rows])
    # index of each state by its two-letter code: "MO" -> row, -1 for none
    code_index = [-1] * (26 * 26)
    for i, r in enumerate(rows):
        a, b = r["code"]
        code_index[(ord(a) - 65) * 26 + ord(b) - 65] = i
    out["state_codes"] = ("states.tsv", [
        " ".join("%d," % v for v in code_index[k:k + 26]) for k in range(0, 26 * 26, 26)])
    # a filter before the dictionaries of states' names, AP abbreviations and
    # codes, on their first three bytes: row a * 56 + m for a first byte A-Z
    # and a second coded m, bit c for a third coded c. Bytes are coded as
    # cpi_state_byte_codes in lib/knowledge.c: any other (or the end) 0, a-z
    # 1-26, A-Z 27-52, "." 53, " " 54; what follows a two-byte one ("OH",
    # "DC") is no letter
    def byte_code(c):
        if "a" <= c <= "z":
            return 1 + ord(c) - ord("a")
        if "A" <= c <= "Z":
            return 27 + ord(c) - ord("A")
        return {".": 53, " ": 54}[c]
    starts = {}
    for r in rows:
        for phrase in [r["name"], r["code"]] + [a for a in r["ap"].split("|") if a]:
            assert "A" <= phrase[0] <= "Z" and len(phrase) >= 2, phrase
            row = (ord(phrase[0]) - ord("A")) * 56 + byte_code(phrase[1])
            third = [byte_code(phrase[2])] if len(phrase) > 2 else [0, 53, 54]
            for c in third:
                starts[row] = starts.get(row, 0) | 1 << c
    out["state_starts"] = ("states.tsv", [
        "[%d] = 0x%016xu," % (row, starts[row]) for row in sorted(starts)])
    # each state's capital (states.tsv), marked in the places table
    capitals = {(r["capital"], r["code"]) for r in read("states.tsv") if r["capital"]}
    rows = sorted(read("us-places.tsv"), key=lambda r: (fold(r["name"]), -int(r["population"]), r["state"]))
    out["places"] = ("us-places.tsv", [
        "{%s, %s, %s, %s, %s, %s, %s}," % (c_str(fold(r["name"])), c_str(display(r["name"])),
                                           c_str(r["state"]),
                                           "true" if (r["name"], r["state"]) in capitals else "false",
                                           c_float(r["lat"]), c_float(r["lon"]), r["population"])
        for r in rows])
    out["place_prefixes"] = ("us-places.tsv", prefix_index([fold(r["name"]) for r in rows]))
    out["place_index"] = ("us-places.tsv", hash_index([fold(r["name"]) for r in rows]))
    out["place_last_words"] = ("us-places.tsv", last_word_filter([fold(r["name"]) for r in rows]))
    rows = sorted(read("us-counties.tsv"), key=lambda r: (fold(r["name"]), r["state"]))
    out["county_prefixes"] = ("us-counties.tsv", prefix_index([fold(r["name"]) for r in rows]))
    out["county_index"] = ("us-counties.tsv", hash_index([fold(r["name"]) for r in rows]))
    out["counties"] = ("us-counties.tsv", [
        "{%s, %s, %s, %s, %s, %s}," % (c_str(fold(r["name"])), c_str(r["name"]), c_str(r["state"]),
                                       c_str(r["fips"]), c_float(r["lat"]), c_float(r["lon"]))
        for r in rows])
    # names with a word in lower case between two others ("Isle of Wight
    # County", "Fond du Lac", "St. John the Baptist Parish") or last
    # ("Coeur d'Alene"): no run of
    # capitals reads them, so extraction looks them up as phrases. Names of
    # one row only; places of 5,000 residents or more, not "City of ..."
    # forms.
    places = sorted(read("us-places.tsv"), key=lambda r: (fold(r["name"]), -int(r["population"]), r["state"]))
    counties = rows
    def joined(name):
        return (re.search(r" [a-z]+ ", name) is not None or re.search(r" [a-z]'[A-Z]", name) is not None) \
            and not re.match(r"(City|Village|The Village|Avenue|District) ", name)
    seen = {}
    for table, rs in (("false", places), ("true", counties)):
        for i, r in enumerate(rs):
            if joined(r["name"]):
                seen.setdefault(r["name"], []).append((table, i, r))
    out["joined_names"] = ("us-places.tsv and us-counties.tsv", [
        "{%s, %s, %d}," % (c_str(name), table, i)
        for name, found in sorted(seen.items()) if len(found) == 1
        for table, i, r in found
        if table == "true" or int(r["population"]) >= 5000])
    rows = sorted(read("regions.tsv"), key=lambda r: fold(r["name"]))
    out["regions"] = ("regions.tsv", [
        "{%s, %s, %s, %s, %s, %s}," % (c_str(fold(r["name"])), c_str(r["name"]), c_str(r["state"]),
                                       c_float(r["lat"]), c_float(r["lon"]), c_str(r["aliases"]))
        for r in rows])
    rows = sorted(read("agencies.tsv"), key=lambda r: r["id"])
    out["agencies"] = ("agencies.tsv", [
        "{%s}," % ", ".join(c_str(r[k]) for k in ("id", "name", "acronym", "department", "aliases"))
        for r in rows])
    rows = sorted(read("programs.tsv"), key=lambda r: r["id"])
    out["programs"] = ("programs.tsv", [
        "{%s}," % ", ".join(c_str(r[k]) for k in ("id", "name", "acronym", "aliases", "kind",
                                                   "administration", "parent", "agencies"))
        for r in rows])
    return out


def outlines():
    # C11 compilers need only take string literals of 4,095 bytes: long
    # outlines are cut into consecutive rows of the same state.
    rows = sorted(read("us-states-albers.tsv"), key=lambda r: r["code"])
    lines = []
    for r in rows:
        path = r["path"]
        for i in range(0, len(path), 3000):
            lines.append("{%s, %s, %s}," % (c_str(r["code"]), c_str(r["name"]), c_str(path[i:i + 3000])))
    return ("us-states-albers.tsv", lines)


def write_all(dest, map_dest=None):
    os.makedirs(dest, exist_ok=True)
    source, lines = outlines()
    with open(os.path.join(map_dest or dest, "state_outlines.inc"), "w", encoding="ascii") as f:
        f.write(f"/* Generated by scripts/gen-tables.py from data/{source}; do not edit. */\n")
        f.write("\n".join(lines) + "\n")
    for name, (source, lines) in tables().items():
        with open(os.path.join(dest, name + ".inc"), "w", encoding="ascii") as f:
            f.write(f"/* Generated by scripts/gen-tables.py from data/{source}; do not edit. */\n")
            f.write("\n".join(lines) + "\n")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        with tempfile.TemporaryDirectory() as tmp:
            write_all(tmp)
            def committed(n):
                return os.path.join(MAP_OUT if n == "state_outlines.inc" else OUT, n)
            stale = [n for n in sorted(os.listdir(tmp))
                     if not os.path.exists(committed(n))
                     or open(os.path.join(tmp, n)).read() != open(committed(n)).read()]
        if stale:
            print("stale generated tables (run scripts/gen-tables.py):", ", ".join(stale))
            return 1
        print("generated tables are up to date")
        return 0
    write_all(OUT, MAP_OUT)
    print("wrote", OUT, "and", MAP_OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
