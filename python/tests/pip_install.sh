#!/bin/sh
# `pip install ./python` works offline in a virtual environment: Debian's
# python3 with python3-venv, python3-setuptools and python3-wheel, no index.
# Usage: pip_install.sh SOURCE_DIR LIBRARY
set -eu
src=$1
lib=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 -m venv --system-site-packages "$tmp/venv"
# build from a copy, so that the source tree gets no build/ or egg-info
cp -r "$src/python" "$tmp/pkg"
"$tmp/venv/bin/pip" install --quiet --no-index --no-build-isolation "$tmp/pkg"
cd "$tmp"
CRIMEPOLICY_LIBRARY=$lib "$tmp/venv/bin/python" - "$src/seeds" <<'PY'
import sys
import crimepolicy
assert crimepolicy.__file__.startswith(sys.prefix), crimepolicy.__file__
with crimepolicy.Corpus() as c:
    c.load(sys.argv[1])
    assert len(c.documents) == 5
print("pip install: ok", crimepolicy.__version__)
PY
