#!/bin/sh
# Compare the built library's ABI with the committed baseline. Exit 77 (skip)
# only when abidiff is not installed; fail on an incompatible change.
# Usage: abidiff.sh LIBRARY.so SOURCE_DIR
set -u
lib=$1
src=$2
baseline=$src/abi/libcrimepolicy.abi
if ! command -v abidiff >/dev/null 2>&1; then
    echo "abidiff not installed (Debian: abigail-tools); skipping"
    exit 77
fi
if [ ! -f "$baseline" ]; then
    echo "no baseline $baseline: run scripts/abi-baseline"
    exit 1
fi
abidiff --no-added-syms --headers-dir2 "$src/include" "$baseline" "$lib"
status=$?
# abidiff's status is a bit field: 4 = some change, 8 = incompatible change.
if [ $((status & 8)) -ne 0 ]; then
    echo "INCOMPATIBLE ABI change against $baseline"
    exit 1
fi
if [ $((status & 3)) -ne 0 ]; then
    echo "abidiff failed (status $status)"
    exit 1
fi
if [ $((status & 4)) -ne 0 ]; then
    echo "compatible ABI change: regenerate the baseline with scripts/abi-baseline and commit it"
fi
echo "abidiff: no incompatible change"
exit 0
