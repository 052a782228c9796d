#!/usr/bin/env python3
"""Extraction over a Dask cluster: a map on the workers, a merge at the end.

Each worker streams a batch of documents through libcrimepolicy and returns
one crimepolicy/1 line per document (canonical ids, nothing shared); the
client merges the lines into one model. The merge does not depend on how the
documents were split or in which order the batches come back, so the output
is byte for byte what `crimepolicy json PATH...` prints in one process.

    dask_map_reduce.py seeds                      # a LocalCluster of 2 workers
    dask_map_reduce.py --scheduler tcp://head:8786 /data/archive

With a real scheduler, every worker needs the library and this package
(`pip install ./python`) and must see the documents at the same paths (give
absolute paths on a shared filesystem).
"""
import argparse
import os
import sys

import crimepolicy


def list_documents(paths):
    """Every *.txt under the paths (files are taken as they are)."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path, followlinks=True):
                dirs.sort()
                files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".txt"))
        else:
            files.append(path)
    return files


def extract(paths):
    """The map: runs on a worker, returns JSON Lines (one document each)."""
    lines = []
    with crimepolicy.Corpus() as corpus:
        corpus.jobs = 1  # Dask gives the parallelism
        for path in paths:
            corpus.stream(path, lambda one: lines.append(one.to_json(compact=True)))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", help="files or directories of *.txt documents")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler "
                    "(default: start a LocalCluster)")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    ap.add_argument("--batch", type=int, default=64, help="documents per task")
    args = ap.parse_args()

    from dask.distributed import Client, LocalCluster

    files = list_documents(args.paths)
    if not files:
        sys.exit("no *.txt documents under " + " ".join(args.paths))
    batches = [files[i:i + args.batch] for i in range(0, len(files), args.batch)]
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        parts = client.gather(client.map(extract, batches))
    except crimepolicy.Error as e:
        sys.exit(f"dask_map_reduce: {e}")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    sys.stdout.write(crimepolicy.merge(parts))  # the reduce


if __name__ == "__main__":
    main()
