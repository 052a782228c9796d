#!/bin/sh
# Case folders: each loader/NAME/ has input.txt and expected.blocks (the output
# of `crimepolicy blocks input.txt`); each errors/NAME/ has input.txt and
# expected.err (what `crimepolicy check input.txt` prints, exit status 1).
# Usage: run.sh CLI CASES_DIR [--update]
set -u
cli=$1
cases=$2
update=${3:-}
passed=0
failed=0
for dir in "$cases"/loader/*/; do
    name=$(basename "$dir")
    actual=$(cd "$dir" && "$cli" blocks input.txt 2>&1)
    if [ "$update" = --update ]; then
        printf '%s\n' "$actual" > "$dir/expected.blocks"
    fi
    if [ "$actual" = "$(cat "$dir/expected.blocks")" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL loader/$name"
        printf '%s\n' "$actual" | diff "$dir/expected.blocks" - | head -20
    fi
done
# Inputs the fuzzers once failed on: each loads (or is refused) without a
# sanitizer report, and its JSON reads back to the same bytes.
for file in "$cases"/fuzz-regressions/*; do
    [ -f "$file" ] || continue
    name=$(basename "$file")
    tmp=$(mktemp -d)
    "$cli" json "$file" >"$tmp/one.json" 2>"$tmp/err"
    status=$?
    ok=1
    if [ "$status" -ge 2 ]; then
        ok=0
    elif [ "$status" = 0 ]; then
        "$cli" merge "$tmp/one.json" >"$tmp/back.json" 2>>"$tmp/err" &&
            cmp -s "$tmp/one.json" "$tmp/back.json" || ok=0
    fi
    if [ "$ok" = 1 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL fuzz-regressions/$name (exit $status)"
        head -5 "$tmp/err"
    fi
    rm -rf "$tmp"
done
for dir in "$cases"/errors/*/; do
    name=$(basename "$dir")
    actual=$(cd "$dir" && "$cli" check input.txt 2>&1 >/dev/null)
    status=$(cd "$dir" && "$cli" check input.txt >/dev/null 2>&1; echo $?)
    if [ "$update" = --update ]; then
        printf '%s\n' "$actual" > "$dir/expected.err"
    fi
    if [ "$status" = 1 ] && [ "$actual" = "$(cat "$dir/expected.err")" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL errors/$name (exit $status)"
        printf '%s\n' "$actual" | diff "$dir/expected.err" - | head -5
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
