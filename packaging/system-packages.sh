#!/bin/sh
# Check the Debian/Ubuntu packages of packaging/system-packages.txt and install the missing
# ones with apt-get: directly as root, through sudo when it is there, else print the one
# command to run as root and stop. `make run`, `make test` and .ci/run call it first.
#
#   packaging/system-packages.sh run|test [PYTHON]
#
# run:    what the app needs; test: that and what `make test` needs.
# PYTHON: the interpreter that builds (or built) .venv. For `test` it decides the libpython
#         that PyInstaller needs: Debian's python3 X.Y needs the package libpython3.X; any
#         other Python (pyenv, /usr/local) must be built with --enable-shared.
# On systems without dpkg-query and apt-get the check is skipped with a one-line note.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
list="$here/system-packages.txt"
group=${1:-}
python=${2:-python3}
case "$group" in
    run|test) ;;
    *) echo "usage: $0 run|test [PYTHON]" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "system packages: not a Debian or Ubuntu system, not checked" \
        "(packaging/system-packages.txt lists what the app needs)"
    exit 0
fi

# The list's entries for the group ("a|b" entries stay whole).
listed() {
    awk -v group="$group" '
        /^[[:space:]]*(#|$)/ { next }
        $1 == "run" || (group == "test" && $1 == "test") { print $2 }
    ' "$list"
}

# The libpython entry for PyInstaller (test only); nothing when the Python brings its own.
libpython() {
    [ "$group" = test ] || return 0
    info=$("$python" -c 'import os, sys, sysconfig
exe = os.path.realpath(getattr(sys, "_base_executable", sys.executable))
print("%d.%d" % sys.version_info[:2], int(bool(sysconfig.get_config_var("Py_ENABLE_SHARED"))), exe)' \
        2>/dev/null) || return 0 # no Python yet: python3 comes first, then this runs again
    set -- $info
    if dpkg-query -S "$3" >/dev/null 2>&1; then
        echo "libpython$1t64|libpython$1"
    elif [ "$2" != 1 ]; then
        echo "system packages: $3 is built without a shared libpython, which PyInstaller" \
            "(the frozen-app test of make test) needs: build .venv with Debian's python3" \
            "(make clean && make test PYTHON=/usr/bin/python3) or rebuild this Python with" \
            "--enable-shared" >&2
        exit 1
    fi
}

# Every installed package name, and every name an installed package provides.
installed() {
    dpkg-query -W -f='${db:Status-Status} ${Package} ${Provides}\n' 2>/dev/null |
        awk '$1 == "installed" {
            $1 = ""; gsub(/\([^)]*\)/, ""); gsub(/,/, " ")
            for (i = 1; i <= NF; i++) { sub(/:.*/, "", $i); print $i }
        }' | sort -u
}

missing() {
    have=$(installed)
    extra=$(libpython) || exit 1
    command -v "$python" >/dev/null 2>&1 || extra="$extra python3"
    for entry in $(listed) $extra; do
        found=no
        for name in $(echo "$entry" | tr '|' ' '); do
            if printf '%s\n' "$have" | grep -Fqx -- "$name"; then found=yes; break; fi
        done
        [ "$found" = yes ] || printf '%s ' "$entry"
    done | sed 's/ $//'
}

# One name per entry: the first alternative apt has a candidate for, else the last.
resolve() {
    for entry in "$@"; do
        chosen=
        for name in $(echo "$entry" | tr '|' ' '); do
            chosen=$name
            if LC_ALL=C apt-cache policy "$name" 2>/dev/null | grep -q '^  Candidate: [^(]'; then
                break
            fi
        done
        printf '%s ' "$chosen"
    done | sed 's/ $//'
}

if [ "$(id -u)" = 0 ]; then
    as_root=
elif command -v sudo >/dev/null 2>&1; then
    as_root=sudo
else
    as_root=none
fi

for pass in 1 2; do # a second pass: libpython is known once python3 is there
    wanted=$(missing) || exit 1
    [ -n "$wanted" ] || exit 0
    # shellcheck disable=SC2086
    if [ "$as_root" = none ]; then
        names=$(resolve $wanted)
        echo "system packages: missing: $names" >&2
        echo "Install them as root, then run make again:" >&2
        echo "  apt-get update && apt-get install -y --no-install-recommends $names" >&2
        exit 1
    fi
    echo "system packages: installing the missing ones with apt-get${as_root:+ through sudo}"
    # shellcheck disable=SC2086
    if ! $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq ||
        ! names=$(resolve $wanted) ||
        ! echo "system packages: $names" ||
        ! $as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends $names >/dev/null; then
        echo "system packages: apt-get failed; as root, run:" >&2
        echo "  apt-get update && apt-get install -y --no-install-recommends $(resolve $wanted)" >&2
        exit 1
    fi
done
wanted=$(missing) || exit 1
if [ -n "$wanted" ]; then
    echo "system packages: still missing after apt-get: $wanted" >&2
    exit 1
fi
