#!/usr/bin/env python3
"""Print each program with the sites linked to it.

    CRIMEPOLICY_LIBRARY=build/lib/libcrimepolicy.so.1 \
        PYTHONPATH=python python3 examples/python/sites_by_program.py seeds
"""
import sys

from crimepolicy import Corpus


def main(paths):
    with Corpus() as corpus:
        for path in paths or ["seeds"]:
            corpus.load(path)
        for program in corpus.programs:
            sites = ", ".join(f"{s.name}, {s.state}" if s.state else s.name
                              for s in sorted(program.sites, key=lambda s: s.id))
            print(f"{program.name}: {sites or '-'}")


if __name__ == "__main__":
    main(sys.argv[1:])
