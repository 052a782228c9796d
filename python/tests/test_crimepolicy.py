"""The Python binding on the seeds, mirroring the C tests; run by ctest with
CRIMEPOLICY_LIBRARY pointing at the built library and SEEDS at seeds/."""
import io
import json
import os
import resource
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import crimepolicy  # noqa: E402
from crimepolicy import Corpus, Error  # noqa: E402

SEEDS = os.environ.get("SEEDS", os.path.join(os.path.dirname(__file__), "..", "..", "seeds"))
CLI = os.environ.get("CRIMEPOLICY_CLI")


class SeedsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.corpus = Corpus()
        cls.corpus.load(SEEDS)

    @classmethod
    def tearDownClass(cls):
        cls.corpus.close()

    def test_documents(self):
        docs = {d.id: d for d in self.corpus.documents}
        self.assertEqual(len(docs), 5)
        self.assertEqual(docs["001_128cdeab1240b2e1"].date, "2017-06-20")
        self.assertEqual(docs["001_128cdeab1240b2e1"].kind, "press_release")
        self.assertIsNone(docs["003_30d921b88dc582be"].date)
        self.assertEqual(docs["003_30d921b88dc582be"].administration.id, "obama-2009")
        with open(os.path.join(SEEDS, "000_cb7478d317e0990c.txt"), "rb") as f:
            self.assertEqual(docs["000_cb7478d317e0990c"].bytes, f.read())

    def test_sites_and_mentions(self):
        kc = self.corpus.site("kansas-city-mo")
        self.assertEqual((kc.name, kc.state, kc.kind), ("Kansas City", "MO", "city"))
        lat, lon = kc.coordinates
        self.assertAlmostEqual(lat, 39.1, delta=0.3)
        self.assertEqual([m.text for m in kc.mentions], ["Kansas City, Missouri"] * 2)
        psp = self.corpus.program("national-public-safety-partnership")
        self.assertIn(kc, psp.sites)
        self.assertIn(psp, kc.programs)
        self.assertEqual(len(psp.sites), 12)
        self.assertEqual(sorted(p.kind for p in psp.components), ["team", "team"])

    def test_figures(self):
        doc = self.corpus.document("000_cb7478d317e0990c")
        change = [f for f in doc.figures if f.kind == "change" and f.from_value][0]
        self.assertEqual((change.value, change.from_value, change.per, change.qualifier),
                         (8000, 6000, "year", "approximately"))
        self.assertEqual(doc.bytes[change.start:change.end].decode(),
                         "from about 6,000 annually to 8,000")

    def test_officials(self):
        trump = self.corpus.administration("trump-2017")
        self.assertEqual(trump.president, "Donald J. Trump")
        names = {o.name: o.role for o in trump.officials}
        self.assertEqual(names["Jeff Sessions"], "Attorney General")

    def test_administrations_of_the_seeds(self):
        want = ["biden-2021", "trump-2017", "trump-2017", "obama-2009", "biden-2021"]
        docs = sorted(self.corpus.documents, key=lambda d: d.id)
        self.assertEqual([d.administration.id for d in docs], want)
        self.assertEqual([a.id for a in self.corpus.administrations],
                         ["biden-2021", "obama-2009", "trump-2017"])
        roles = {o.name: o.role for d in docs for o in d.officials}
        self.assertEqual(roles["Jen Psaki"], "White House Press Secretary")
        self.assertEqual(roles["Merrick Garland"], "Attorney General")

    def test_partnership_cities(self):
        psp = self.corpus.program("national-public-safety-partnership")
        cities = {s.id: s for s in psp.sites}
        self.assertEqual(len(cities), 12)
        self.assertEqual((cities["springfield-il"].state, cities["jackson-tn"].state), ("IL", "TN"))
        for site in cities.values():
            self.assertIsNotNone(site.coordinates)
            self.assertEqual(len(site.mentions), 2)
        self.assertEqual(psp.acronym, "PSP")
        self.assertEqual(psp.administration.id, "trump-2017")

    def test_strike_forces_and_rates(self):
        doc = self.corpus.document("000_cb7478d317e0990c")
        forces = [p for p in doc.programs if p.kind == "strike_force"][0]
        self.assertEqual(sorted(s.id for s in forces.sites),
                         ["chicago-il", "los-angeles-ca", "new-york-ny",
                          "san-francisco-bay-area-ca", "washington-dc"])
        rate = [f for f in self.corpus.document("004_722d21e90fd49d95").figures if f.text == "316"][0]
        self.assertEqual((rate.kind, rate.per, rate.unit), ("rate", "day", "people shot"))

    def test_json_equals_to_dicts(self):
        model = self.corpus.to_dict()
        self.assertEqual(model["schema"], "crimepolicy/1")
        self.assertEqual([s.to_dict() for s in self.corpus.sites], model["sites"])
        self.assertEqual([p.to_dict() for p in self.corpus.programs], model["programs"])
        self.assertEqual([f.to_dict() for f in self.corpus.figures], model["figures"])
        self.assertEqual([a.to_dict() for a in self.corpus.agencies], model["agencies"])
        if CLI:
            out = subprocess.run([CLI, "json", SEEDS], capture_output=True, check=True).stdout
            self.assertEqual(self.corpus.to_json(), out.decode())

    def test_write_json_gives_the_bytes_of_to_json(self):
        for compact in (False, True):
            out = io.BytesIO()
            self.corpus.write_json(out, compact=compact)
            self.assertEqual(out.getvalue().decode(), self.corpus.to_json(compact=compact))

        class Full(io.RawIOBase):
            def write(self, data):
                raise OSError("disk full")

        with self.assertRaisesRegex(OSError, "disk full"):
            self.corpus.write_json(Full())


class DeclarationsTest(unittest.TestCase):
    def test_every_function_declared(self):
        import re
        from crimepolicy._native import FUNCTIONS
        header = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "include",
                              "crimepolicy.h")
        text = re.sub(r"/\*.*?\*/", "", open(header, encoding="utf-8").read(), flags=re.S)
        names = set(re.findall(r"(cp_\w+)\s*\(", " ".join(re.findall(r"CP_API[^;]*;", text))))
        self.assertEqual(names, set(FUNCTIONS))


class ErrorsTest(unittest.TestCase):
    def test_bad_input(self):
        with Corpus() as c:
            c.load_text("good.txt", "Agents met in Memphis, Tennessee.")
            with self.assertRaises(Error) as cm:
                c.load_text("bad.txt", b"first\nsec\xffond")
            e = cm.exception
            self.assertEqual((e.status_name, e.path, e.line, e.column), ("invalid_utf8", "bad.txt", 2, 4))
            with self.assertRaises(Error) as cm:
                c.load_text("hdr.txt", " date 2021-13-45 x")
            self.assertEqual(cm.exception.status_name, "bad_header")
            with self.assertRaises(Error) as cm:
                c.load("/nonexistent/path.txt")
            self.assertEqual(cm.exception.status_name, "not_found")
            self.assertEqual([d.id for d in c.documents], ["good"])
            self.assertEqual(c.site("memphis-tn").name, "Memphis")

    def test_merge_and_order(self):
        a, b = "Officers met in Kansas City, Missouri.", "Kansas City, Mo. was chosen."
        with Corpus() as one, Corpus() as two:
            one.load_text("a.txt", a)
            one.load_text("b.txt", b)
            two.load_text("b.txt", b)
            two.load_text("a.txt", a)
            self.assertEqual(len(one.site("kansas-city-mo").mentions), 2)
            self.assertEqual(one.to_json(), two.to_json())

    def test_keep_blocks(self):
        from crimepolicy._native import lib
        with Corpus() as kept, Corpus() as lean:
            kept.load(SEEDS)
            lean.set_keep_blocks(False)
            lean.load(SEEDS)
            self.assertEqual(lean.to_json(), kept.to_json())
            for a, b in zip(kept.documents, lean.documents):
                self.assertGreater(lib.cp_document_block_count(a._h), 0)
                self.assertEqual(lib.cp_document_block_count(b._h), 0)
                self.assertEqual((b.title, b.bytes), (a.title, a.bytes))

    def test_jobs_stream_and_merge(self):
        with Corpus() as whole:
            whole.jobs = 2
            self.assertEqual(whole.jobs, 2)
            whole.load(SEEDS)
            expected = whole.to_json()
        lines = []
        with Corpus() as c:
            c.jobs = 0
            self.assertGreaterEqual(c.jobs, 1)

            def keep(one):
                self.assertEqual(len(one), 1)
                lines.append(one.to_json(compact=True))
            c.stream(SEEDS, keep)
            self.assertEqual(len(c), 0)
        self.assertEqual(len(lines), 5)
        self.assertTrue(all("\n" not in line for line in lines))
        # the reduce, in any order
        self.assertEqual(crimepolicy.merge(reversed(lines)), expected)
        with Corpus() as merged:
            merged.load_json("\n".join(lines))
            doc = merged.documents[0]
            self.assertFalse(doc.has_text)
            self.assertIsNone(doc.bytes)
            self.assertIsNone(doc.sites[0].mentions[0].text)
        # a callback's exception comes out of stream, and stops it
        seen = []

        def boom(one):
            seen.append(1)
            raise ValueError("stop here")
        with Corpus() as c:
            with self.assertRaises(ValueError):
                c.stream(SEEDS, boom)
        self.assertEqual(seen, [1])
        with Corpus() as c:
            with self.assertRaises(Error) as e:
                c.load_json('{"schema": "crimepolicy/1",\n "documents": 3}', name="x.json")
            self.assertEqual(e.exception.status_name, "bad_json")
            self.assertEqual((e.exception.path, e.exception.line), ("x.json", 2))

    def test_memory_stays_flat(self):
        def rss():
            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        for _ in range(30):
            with Corpus() as c:
                c.load(SEEDS)
        before = rss()
        for _ in range(200):
            with Corpus() as c:
                c.load(SEEDS)
                c.to_json()
        for _ in range(50):
            c = Corpus()
            c.load(SEEDS)
            del c
        self.assertLess(rss() - before, 20 * 1024)  # KiB: no corpus is kept


if __name__ == "__main__":
    unittest.main()
