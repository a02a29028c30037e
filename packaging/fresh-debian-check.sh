#!/usr/bin/env bash
# Follow README.md on a fresh Debian or Ubuntu as a new user would, and print the time and result of
# each step. Not part of `make test`: it builds a whole system (a few GB, 10-20 minutes).
#
#   sudo packaging/fresh-debian-check.sh
#
# 1. debootstrap a minimal Debian or Ubuntu (variant minbase, plus git, make, python3, python3-venv,
#    sudo and ca-certificates), with a plain user "newuser" who may use sudo;
# 2. clone this repository (its committed HEAD) into the user's home;
# 3. as that user: `make run` first, as the README lists it (there is no screen: it must
#    install the app's packages and refuse clearly, never "internal error"), then check
#    that every library of Qt's libraries and plugins resolves (`ldd`);
# 4. `make test`; then `make run` under xvfb-run, the app painting the example plan and
#    quitting (OVERLAP_PLANNER_QUIT_AFTER_PAINT=plan);
# 5. `make test` again with the network cut (`unshare -n`): nothing to download, the
#    frozen app reused from build/frozen-app.
#
# Environment (all optional):
#   SUITE          the release (bookworm); an Ubuntu release (noble, jammy) builds Ubuntu
#   MIRROR         the mirror (http://deb.debian.org/debian; Ubuntu's releases:
#                  http://archive.ubuntu.com/ubuntu)
#   COMPONENTS     the archive areas (main; Ubuntu's: main,universe, as an installed
#                  Ubuntu has them)
#   REPO           the repository to clone (this checkout)
#   EXTRA_CA_CERT  a CA certificate the new system must trust for HTTPS (e.g. an
#                  intercepting proxy's); pip in the new system then uses the system store
#   PIP_CONF       a pip.conf to install as the new system's /etc/pip.conf (an index mirror)
#   WORKDIR        where to build the root (a new folder under /var/tmp)
#   KEEP_ROOT=1    keep the root afterwards (it is removed by default)
# http_proxy, https_proxy and no_proxy are passed to the new system's commands.
set -euo pipefail

SUITE=${SUITE:-bookworm}
case "$SUITE" in
noble | jammy | oracular | plucky | questing)
    DISTRIBUTION=Ubuntu
    MIRROR=${MIRROR:-http://archive.ubuntu.com/ubuntu}
    COMPONENTS=${COMPONENTS:-main,universe}
    # debootstrap knows every Ubuntu release by one script (older debootstraps lack the
    # newer names): gutsy's.
    SCRIPT=/usr/share/debootstrap/scripts/gutsy
    ;;
*)
    DISTRIBUTION=Debian
    MIRROR=${MIRROR:-http://deb.debian.org/debian}
    COMPONENTS=${COMPONENTS:-main}
    SCRIPT=""
    ;;
esac
REPO=${REPO:-$(cd "$(dirname "$0")/.." && pwd)}
USER_NAME=newuser

if [ "$(id -u)" != 0 ]; then
    echo "fresh-debian-check: run it as root (debootstrap, chroot, mounts)" >&2
    exit 2
fi
for tool in debootstrap chroot unshare ip git; do
    command -v "$tool" >/dev/null || { echo "fresh-debian-check: $tool is missing" >&2; exit 2; }
done

work=${WORKDIR:-$(mktemp -d /var/tmp/overlap-fresh-debian.XXXXXX)}
root="$work/root"
mkdir -p "$root"
mounted=()
results=()
failed=0

cleanup() {
    local index
    for ((index = ${#mounted[@]} - 1; index >= 0; index--)); do
        umount -R "${mounted[index]}" 2>/dev/null || umount -lR "${mounted[index]}" 2>/dev/null || true
    done
    if [ "${KEEP_ROOT:-}" = 1 ]; then
        echo "fresh-debian-check: the root stays in $root"
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT INT TERM

mount_into() { # mount_into TARGET MOUNT-ARGS...
    local target="$root$1"
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounted+=("$target")
}

# step NAME EXPECTED-EXIT COMMAND...: run, time, and record the result.
step() {
    local name=$1 expected=$2 start status
    shift 2
    echo
    echo "=== $name"
    start=$(date +%s)
    set +e
    "$@" 2>&1 | tee "$work/$name.log" | tail -n 25
    status=${PIPESTATUS[0]}
    set -e
    local seconds=$(($(date +%s) - start))
    local verdict=pass
    if [ "$status" != "$expected" ]; then
        verdict="FAIL (exit $status, expected $expected)"
        failed=1
    fi
    results+=("$(printf '%-34s %6ss  %s' "$name" "$seconds" "$verdict")")
    return 0
}

# as_user COMMAND: a login shell of the new user in the new system, in the clone.
as_user() {
    local proxies=""
    local variable
    for variable in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
        if [ -n "${!variable:-}" ]; then proxies+="export $variable='${!variable}'; "; fi
    done
    chroot "$root" runuser -l "$USER_NAME" -c "$proxies cd overlap-planner && $1"
}

debootstrap_root() {
    debootstrap --variant=minbase --components="$COMPONENTS" \
        --include=git,make,python3,python3-venv,sudo,ca-certificates \
        "$SUITE" "$root" "$MIRROR" ${SCRIPT:+"$SCRIPT"}
}

step "debootstrap $SUITE (minbase)" 0 debootstrap_root
if [ "$failed" != 0 ]; then
    printf '%s\n' "${results[@]}"
    exit 1
fi

mount_into /proc -t proc proc
mount_into /sys -t sysfs sysfs
mount_into /dev --rbind /dev
mount --make-rslave "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "127.0.1.1 $(hostname)" >>"$root/etc/hosts" # sudo looks the host name up
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" # no services in the chroot
chmod +x "$root/usr/sbin/policy-rc.d"
if [ -n "${EXTRA_CA_CERT:-}" ]; then
    cp "$EXTRA_CA_CERT" "$root/usr/local/share/ca-certificates/extra-ca.crt"
    chroot "$root" update-ca-certificates >/dev/null
    printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' >"$root/etc/pip.conf"
fi
if [ -n "${PIP_CONF:-}" ]; then
    cp "$PIP_CONF" "$root/etc/pip.conf"
fi
chroot "$root" useradd --create-home --shell /bin/bash "$USER_NAME"
echo "$USER_NAME ALL=(ALL) NOPASSWD: ALL" >"$root/etc/sudoers.d/$USER_NAME"
chmod 0440 "$root/etc/sudoers.d/$USER_NAME"
git clone --quiet "$REPO" "$root/home/$USER_NAME/overlap-planner"
# What was checked: the commit cloned now (the checkout may move on while the steps run).
checked=$(git -C "$root/home/$USER_NAME/overlap-planner" log -1 --format='%h %s' | cut -c1-60)
chroot "$root" chown -R "$USER_NAME:$USER_NAME" "/home/$USER_NAME/overlap-planner"

# No screen: the app's packages get installed, then one clear line and exit 2 (bad input).
run_without_screen() {
    local output status
    set +e
    output=$(as_user "make run" 2>&1)
    status=$?
    set -e
    printf '%s\n' "$output"
    if printf '%s\n' "$output" | grep -q "internal error"; then return 1; fi
    printf '%s\n' "$output" | grep -q "overlap-planner: error: the desktop app needs a screen" || return 1
    [ "$status" = 2 ] # make passes the app's exit code on as "Error 2"
}

# Every library Qt's libraries and plugins link to resolves (the run packages alone).
qt_libraries_resolve() {
    as_user 'qt=$(.venv/bin/python -c "import PySide6, os; print(os.path.dirname(PySide6.__file__))")/Qt
        missing=$(for f in "$qt"/lib/libQt6{Core,Gui,Widgets,Svg,PrintSupport,DBus,XcbQpa,WaylandClient}.so.6 \
            "$qt"/plugins/platforms/lib{qxcb,qoffscreen,qwayland}.so \
            "$qt"/plugins/printsupport/*.so "$qt"/plugins/imageformats/libqsvg.so; do
            ldd "$f" | grep "not found" | sed "s|^|$(basename "$f"): |"; done)
        if [ -n "$missing" ]; then echo "$missing"; exit 1; fi
        echo "every library of QtCore, QtGui, QtWidgets, QtSvg, QtPrintSupport and the xcb,"
        echo "offscreen, wayland, cups and svg plugins resolves"'
}

run_on_xvfb() {
    as_user "OVERLAP_PLANNER_QUIT_AFTER_PAINT=plan xvfb-run -a make run" | tee "$work/xvfb.out"
    grep -Eq '^first-paint [0-9]+\.[0-9]+$' "$work/xvfb.out"
}

step "make run (no screen)" 0 run_without_screen
step "Qt libraries resolve (ldd)" 0 qt_libraries_resolve
step "make test" 0 as_user "make test"
step "make run (xvfb-run, quit after paint)" 0 run_on_xvfb
# A network namespace with only the loopback (the tests' own servers listen there).
test_offline() {
    unshare -n sh -c 'ip link set lo up && exec "$@"' offline \
        chroot "$root" runuser -l "$USER_NAME" -c "cd overlap-planner && make test"
}

step "make test again, no network" 0 test_offline

echo
echo "=== fresh $DISTRIBUTION $SUITE, $checked"
printf '%s\n' "${results[@]}"
exit "$failed"
