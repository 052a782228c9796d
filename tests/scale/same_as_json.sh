#!/bin/sh
# usage: same_as_json.sh CLI PATH COMMAND...
# Passes when COMMAND prints exactly what `CLI json PATH` prints: a map and
# merge (GNU parallel, Dask) must give the model of one process.
set -eu
cli=$1
path=$2
shift 2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$cli" json "$path" >"$dir/expected.json"
"$@" >"$dir/got.json"
if ! cmp -s "$dir/expected.json" "$dir/got.json"; then
    echo "output differs from '$cli json $path':"
    diff "$dir/expected.json" "$dir/got.json" | head -20
    exit 1
fi
echo "same JSON as one process ($(wc -c <"$dir/got.json") bytes)"
