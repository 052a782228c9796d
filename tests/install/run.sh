#!/bin/sh
# Install into a temporary prefix, then build a consumer outside the tree
# twice (pkg-config, find_package) and run both; check the installed CLI and
# seeds. Usage: run.sh BUILD_DIR THIS_DIR
set -eu
build=$1
here=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
libdir=$(find "$prefix" -name 'libcrimepolicy.so.1' -printf '%h\n' | head -n 1)
test -n "$libdir"
test -f "$libdir/libcrimepolicy.so.1.1.0"
test -f "$libdir/libcrimepolicy.a"
readelf -d "$libdir/libcrimepolicy.so.1.1.0" | grep -q 'SONAME.*libcrimepolicy.so.1\]'

# 1. pkg-config
PKG_CONFIG_PATH=$libdir/pkgconfig
export PKG_CONFIG_PATH
flags=$(pkg-config --cflags --libs crimepolicy)
cc -std=c11 "$here/consumer.c" $flags -o "$tmp/consumer-pc"
out=$(LD_LIBRARY_PATH=$libdir "$tmp/consumer-pc")
echo "$out"
echo "$out" | grep -q "date 2021-06-22 sites 1"

# 2. find_package
cmake -S "$here" -B "$tmp/consumer-build" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$tmp/consumer-build" >/dev/null
out=$(LD_LIBRARY_PATH=$libdir "$tmp/consumer-build/consumer")
echo "$out"
echo "$out" | grep -q "date 2021-06-22 sites 1"

# 3. the installed CLI finds its library and its seeds from the prefix
"$prefix/bin/crimepolicy" --version
test "$(ls "$prefix/share/crimepolicy/seeds"/*.txt | wc -l)" -eq 5
echo "install: ok"
