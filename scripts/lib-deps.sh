# Sourced by scripts/run and scripts/test: make sure the Debian packages the
# build and the tests need are installed. As root they are installed with
# apt-get; otherwise the exact command is printed and the script stops.
# What building and running the CLI needs (scripts/run)...
CP_DEB_PACKAGES="gcc make cmake pkg-config libutf8proc-dev libcmocka-dev python3"
# ...and what the tests need on top (scripts/test): the ABI check, valgrind,
# the map's renderer, pip, Dask and GNU parallel for the cluster examples,
# clang and libFuzzer.
CP_TEST_PACKAGES="abigail-tools valgrind librsvg2-bin python3-venv python3-setuptools python3-wheel python3-pip python3-distributed parallel clang libclang-rt-14-dev"

cp_missing_packages() {
    missing=""
    for p in $CP_DEB_PACKAGES ${CP_WITH_TESTS:+$CP_TEST_PACKAGES}; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $p"
        fi
    done
    echo "$missing"
}

cp_ensure_packages() {
    missing=$(cp_missing_packages)
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        echo "installing:$missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq $missing >/dev/null
    else
        echo "missing Debian packages:$missing"
        echo "run:  sudo apt-get install -y$missing"
        exit 1
    fi
}
