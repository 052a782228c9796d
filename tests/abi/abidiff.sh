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
# abidiff's status is a bit field: 1/2 = abidiff failed, 4 = a change, 8 = an
# incompatible change. Added functions are filtered out (--no-added-syms), so
# any change left is a change to a function of the baseline: a break, even
# where abidiff only calls it a change (a return type from int to long).
if [ $((status & 3)) -ne 0 ]; then
    echo "abidiff failed (status $status)"
    exit 1
fi
if [ $((status & 12)) -ne 0 ]; then
    echo "ABI BREAK against $baseline: a function of the baseline changed or went away."
    echo "Adding functions is allowed (then regenerate with scripts/abi-baseline);"
    echo "changing or removing them needs a new major version."
    exit 1
fi
echo "abidiff: no change to the functions of the baseline"
exit 0
