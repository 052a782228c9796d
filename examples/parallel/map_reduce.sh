#!/usr/bin/env bash
# Extraction with GNU parallel over the CLI: a map and a merge.
#
#   map_reduce.sh CLI PATH...
#
# Lists the *.txt documents under each PATH, runs `CLI json --lines` on
# batches of them in parallel (one line per document, canonical ids), and
# merges the lines with `CLI merge`. The output is byte for byte what
# `CLI json PATH...` prints in one process. Over several machines that see
# the same files (a shared filesystem), add to the parallel line:
#   --sshlogin host1,host2,: --workdir "$PWD"
# (`:` is this machine; the CLI must be installed at the same path on each).
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: map_reduce.sh CLI PATH..." >&2
    exit 2
fi
cli=$1
shift
lines=$(mktemp)
trap 'rm -f "$lines"' EXIT
# the map: a bad document fails the run (nothing is merged)
find "$@" -name '*.txt' \( -type f -o -type l \) | LC_ALL=C sort |
    parallel --will-cite --halt now,fail=1 -X -n 64 "$cli" json --lines --jobs 1 >"$lines"
# the reduce
"$cli" merge "$lines"
