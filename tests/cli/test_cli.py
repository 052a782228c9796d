"""The example CLI: commands, help, exit codes, error lines and the JSON.

Usage: test_cli.py CLI SEEDS_DIR  (run by ctest)
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

CLI = SEEDS = None


def run(*args, stdin=None):
    proc = subprocess.run([CLI, *args], input=stdin, capture_output=True, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


class CliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.bad = os.path.join(cls.tmp.name, "bad.txt")
        with open(cls.bad, "wb") as f:
            f.write(b"first line\nsecond \xff line\n")
        cls.seed_files = sorted(os.path.join(SEEDS, n) for n in os.listdir(SEEDS)
                                if n.endswith(".txt"))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_help_and_version(self):
        code, out, _ = run("--help")
        self.assertEqual(code, 0)
        self.assertIn("usage: crimepolicy", out)
        for cmd in ("json", "check", "blocks", "summary", "show", "documents", "programs",
                    "sites", "figures", "agencies", "map", "merge"):
            code, out, _ = run(cmd, "--help")
            self.assertEqual(code, 0, cmd)
            self.assertIn("usage: crimepolicy ", out)
            self.assertIn(cmd, out.splitlines()[0])
        code, out, _ = run("--version")
        self.assertEqual(code, 0)
        self.assertRegex(out, r"^crimepolicy \d+\.\d+\.\d+")

    def test_usage_errors(self):
        self.assertEqual(run()[0], 2)
        self.assertEqual(run("frobnicate")[0], 2)
        self.assertEqual(run("json", "--bogus")[0], 2)
        code, _, err = run("check")
        self.assertEqual(code, 2)
        self.assertIn("no PATH", err)

    def test_json_of_the_seeds(self):
        code, out, err = run("json", SEEDS)
        self.assertEqual(code, 0, err)
        model = json.loads(out)
        self.assertEqual(model["schema"], "crimepolicy/1")
        docs = model["documents"]
        self.assertEqual(len(docs), 5)
        self.assertEqual([d["id"] for d in docs], sorted(d["id"] for d in docs))
        for d in docs:
            self.assertEqual(d["bytes"], os.path.getsize(d["path"]))
            self.assertIn(d["kind"], ("news", "press_release", "fact_sheet", "unknown"))
        dates = {d["id"][:3]: d["date"] for d in docs}
        self.assertEqual(dates, {"000": "2021-06-22", "001": "2017-06-20", "002": None,
                                 "003": None, "004": "2022-02-04"})
        admins = {a["id"]: a for a in model["administrations"]}
        self.assertEqual(sorted(admins), ["biden-2021", "obama-2009", "trump-2017"])
        self.assertEqual(admins["trump-2017"]["documents"], [docs[1]["id"], docs[2]["id"]])
        self.assertEqual([d["administration"] for d in docs],
                         ["biden-2021", "trump-2017", "trump-2017", "obama-2009", "biden-2021"])
        ids = [s["id"] for s in model["sites"]]
        self.assertEqual(ids, sorted(ids))
        self.assertIn("kansas-city-mo", ids)
        # every mention points at the bytes of its document
        texts = {d["id"]: open(d["path"], "rb").read() for d in docs}
        for s in model["sites"]:
            for m in s["mentions"]:
                span = texts[m["document"]][m["start"]:m["end"]].decode("utf-8")
                self.assertTrue(span.startswith(s["name"].split()[0]) or s["kind"] != "city",
                                (s["id"], span))

    def test_default_is_the_bundled_seeds(self):
        code, out, _ = run("json")
        self.assertEqual(code, 0)
        ids = [d["id"] for d in json.loads(out)["documents"]]
        self.assertEqual(ids, [os.path.basename(p)[:-4] for p in self.seed_files])

    def test_order_does_not_matter(self):
        a = run("json", *self.seed_files)
        b = run("json", *reversed(self.seed_files))
        self.assertEqual(a[0], 0)
        self.assertEqual(a[1], b[1])

    def test_bad_input(self):
        code, out, err = run("json", SEEDS, self.bad)
        self.assertEqual(code, 1)
        self.assertEqual(out, "")
        self.assertEqual(err.strip(), f"{self.bad}:2:8: invalid UTF-8 byte 0xff at offset 18")
        code, out, err = run("json", "--keep-going", SEEDS, self.bad)
        self.assertEqual(code, 3)
        self.assertEqual(len(json.loads(out)["documents"]), 5)
        self.assertIn(":2:8:", err)
        code, out, err = run("check", self.bad, "/nonexistent.txt")
        self.assertEqual(code, 1)
        lines = err.strip().splitlines()
        self.assertEqual(len(lines), 2)
        self.assertTrue(lines[1].startswith("/nonexistent.txt: "))
        code, out, _ = run("check", SEEDS)
        self.assertEqual(code, 0)
        self.assertIn("5 documents", out)

    def test_tables(self):
        import csv
        import io
        for what, key in (("sites", "kansas-city-mo"), ("programs", "national-public-safety-partnership"),
                          ("documents", "001_128cdeab1240b2e1"), ("agencies", "fbi")):
            code, out, err = run(what, "--format", "csv", SEEDS)
            self.assertEqual(code, 0, err)
            rows = list(csv.DictReader(io.StringIO(out)))
            self.assertIn(key, [r.get("id") for r in rows])
            code, tsv, _ = run(what, "--format", "tsv", SEEDS)
            self.assertEqual(len(tsv.splitlines()), len(rows) + 1)
            code, table, _ = run(what, SEEDS)
            self.assertEqual(len(table.splitlines()), len(rows) + 1)
        code, out, _ = run("figures", "--format", "csv", SEEDS)
        rows = list(csv.DictReader(io.StringIO(out)))
        change = [r for r in rows if r["kind"] == "change" and r["from"]][0]
        self.assertEqual((change["value"], change["from"], change["per"]), ("8000", "6000", "year"))
        self.assertEqual(run("sites", "--format", "xml")[0], 2)

    def test_summary_and_show(self):
        code, out, _ = run("summary", SEEDS)
        self.assertEqual(code, 0)
        for part in ("Documents (5)", "Administrations (3)", "Jeff Sessions, Attorney General",
                     "National Public Safety Partnership (PSP)", "Kansas City, MO"):
            self.assertIn(part, out)
        code, out, _ = run("show", "kansas-city-mo", SEEDS)
        self.assertEqual(code, 0)
        self.assertIn("[[Kansas City, Missouri]]", out)
        self.assertEqual(run("show", "no-such-id", SEEDS)[0], 1)
        self.assertEqual(run("show")[0], 2)

    def test_map(self):
        import math
        import shutil
        import xml.etree.ElementTree as ET
        svg = os.path.join(self.tmp.name, "map.svg")
        code, _, err = run("map", "-o", svg, SEEDS)
        self.assertEqual(code, 0, err)
        root = ET.parse(svg).getroot()
        ns = {"s": "http://www.w3.org/2000/svg"}
        self.assertEqual(len(root.findall(".//s:g[@id='states']/s:path", ns)), 51)
        dots = root.findall(".//s:circle[@class='site']", ns)
        self.assertGreaterEqual(len(dots), 17)
        # each dot where the Albers projection puts its site's coordinates
        def project(lon, lat, rot=96, p0=29.5, p1=45.5, clon=-0.6, clat=38.7, k=1300, tx=487.5, ty=305):
            r = math.pi / 180
            sy0 = math.sin(p0 * r)
            n = (sy0 + math.sin(p1 * r)) / 2
            c = 1 + sy0 * (2 * n - sy0)
            r0 = math.sqrt(c) / n
            def raw(x, y):
                rho = math.sqrt(c - 2 * n * math.sin(y * r)) / n
                return rho * math.sin(x * r * n), r0 - rho * math.cos(x * r * n)
            px, py = raw(lon + rot, lat)
            cx, cy = raw(clon, clat)
            return tx + k * (px - cx), ty - k * (py - cy)
        for dot in dots:
            x, y = project(float(dot.get("data-lon")), float(dot.get("data-lat")))
            self.assertAlmostEqual(float(dot.get("cx")), x, delta=0.1)
            self.assertAlmostEqual(float(dot.get("cy")), y, delta=0.1)
            self.assertTrue(0 <= x <= 975 and 0 <= y <= 610)
        titles = [d.find("s:title", ns).text for d in dots]
        self.assertTrue(any(t.startswith("Kansas City, MO") for t in titles))
        # one program's map
        code, out, _ = run("map", "--program", "national-public-safety-partnership", SEEDS)
        self.assertEqual(code, 0)
        self.assertEqual(out.count('class="site"'), 12)
        self.assertEqual(run("map", "--program", "nope", SEEDS)[0], 1)
        if shutil.which("rsvg-convert"):
            png = os.path.join(self.tmp.name, "map.png")
            subprocess.run(["rsvg-convert", "-o", png, svg], check=True)
            with open(png, "rb") as f:
                self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")

    def test_outputs_match_expected_files(self):
        expected = os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected")
        cases = [("summary.txt", ["summary"]), ("sites.table", ["sites"])]
        cases += [(f"{w}.csv", [w, "--format", "csv"])
                  for w in ("documents", "programs", "sites", "figures", "agencies")]
        for name, args in cases:
            code, out, err = run(*args, SEEDS)
            self.assertEqual(code, 0, err)
            with open(os.path.join(expected, name), encoding="utf-8") as f:
                self.assertEqual(out, f.read(), name)

    def test_check_every_bad_input_class(self):
        classes = {
            "utf8.txt": (b"ok\nbad \xc3\x28\n", ":2:5: invalid UTF-8"),
            "nul.txt": (b"a\x00b", ":1:2: NUL byte"),
            "empty.txt": (b"", ":1:1: document is empty"),
            "header.txt": (b" date 2021-13-45 x", ":1:12: malformed date header"),
        }
        for name, (data, want) in classes.items():
            path = os.path.join(self.tmp.name, name)
            with open(path, "wb") as f:
                f.write(data)
            code, _, err = run("check", path)
            self.assertEqual(code, 1, name)
            self.assertEqual(err.strip(), path + want + err.strip()[len(path + want):])
        empty_dir = os.path.join(self.tmp.name, "nodocs")
        os.mkdir(empty_dir)
        code, _, err = run("check", empty_dir)
        self.assertEqual(code, 1)
        self.assertIn("no *.txt documents", err)
        code, _, err = run("check", "/nonexistent/x.txt")
        self.assertEqual(code, 1)
        self.assertIn("no such file", err)

    def test_standard_input(self):
        code, out, err = run("json", "-", stdin=b" date 2020-01-02 A story from a pipe.\n")
        self.assertEqual(code, 0, err)
        docs = json.loads(out)["documents"]
        self.assertEqual(docs[0]["id"], "stdin")
        self.assertEqual(docs[0]["date"], "2020-01-02")

    def test_jobs_lines_and_merge(self):
        code, whole, err = run("json", SEEDS)
        self.assertEqual(code, 0, err)
        for jobs in ("1", "2", "7", "0"):
            self.assertEqual(run("json", "--jobs", jobs, SEEDS)[1], whole, jobs)
        self.assertEqual(run("json", "--jobs", "many", SEEDS)[0], 2)
        code, lines, err = run("json", "--lines", "-j", "2", SEEDS)
        self.assertEqual(code, 0, err)
        rows = lines.splitlines()
        self.assertEqual(len(rows), len(self.seed_files))
        for row, path in zip(rows, self.seed_files):  # one document each, in path order
            self.assertEqual([d["path"] for d in json.loads(row)["documents"]], [path])
        # merged from standard input in reverse, and from files split 2 + 3
        code, merged, err = run("merge", "-", stdin="\n".join(reversed(rows)).encode())
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(merged, whole)
        a = os.path.join(self.tmp.name, "a.json")
        b = os.path.join(self.tmp.name, "b.jsonl")
        with open(a, "w") as f:
            f.write(run("json", *self.seed_files[:2])[1])
        with open(b, "w") as f:
            f.write("\n".join(rows[2:]) + "\n")
        self.assertEqual(run("merge", b, a)[1], whole)
        # the same document twice, and bad JSON: exit 1, nothing printed
        code, out, err = run("merge", a, a)
        self.assertEqual((code, out), (1, ""))
        self.assertIn("loaded already", err)
        with open(b, "w") as f:
            f.write('{"schema": "crimepolicy/1",\n  "documents": [1]}\n')
        code, out, err = run("merge", b)
        self.assertEqual((code, out), (1, ""))
        self.assertIn(b + ":2:17: a document should be an object", err)
        self.assertEqual(run("merge")[0], 2)
        # every loading command keeps going when asked, and says so (exit 3)
        for cmd in (["summary"], ["sites"], ["show", "kansas-city-mo"]):
            code, out, err = run(*cmd[:1], "--keep-going", *cmd[1:], SEEDS, self.bad)
            self.assertEqual(code, 3, cmd)
            self.assertIn("Kansas City", out)
            self.assertIn(self.bad + ":2:8: ", err)
            self.assertEqual(run(*cmd, SEEDS, self.bad)[0], 1)
        # --lines with a bad file: the good lines, then the error
        code, out, err = run("json", "--lines", "--keep-going", SEEDS, self.bad)
        self.assertEqual(code, 3)
        self.assertEqual(len(out.splitlines()), len(self.seed_files))
        self.assertIn(self.bad + ":2:8: ", err)

    def test_json_escaping(self):
        path = os.path.join(self.tmp.name, 'we"ird\\name.txt')
        with open(path, "wb") as f:
            f.write(b'Title "in quotes" \\ back\\slash \xe2\x80\x94 dash\n\nBody text here.\n')
        code, out, err = run("json", path)
        self.assertEqual(code, 0, err)
        doc = json.loads(out)["documents"][0]
        self.assertEqual(doc["id"], 'we"ird\\name')
        self.assertEqual(doc["title"], 'Title "in quotes" \\ back\\slash - dash')


if __name__ == "__main__":
    CLI, SEEDS = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1])
