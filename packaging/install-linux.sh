#!/usr/bin/env bash
# Install the frozen Overlap Planner (dist/overlap-planner from `make dist`) for one user or
# system-wide, with its menu entry, icon, AppStream metadata and plan file type, so that a
# double-click on a *.overlap.toml plan opens the app.
#
#   packaging/install-linux.sh [--prefix DIR] [--app DIR] [--metadata-only]
#   packaging/install-linux.sh [--prefix DIR] --uninstall
#
# --prefix         where to install: ~/.local (default) or /usr/local (as root)
# --app            the one-folder app to install (default: dist/overlap-planner)
# --metadata-only  install only the menu entry, icons, metainfo and file type, for an
#                  `overlap-planner` already on PATH (e.g. from `pip install`)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
prefix="${HOME}/.local"
app="$root/dist/overlap-planner"
metadata_only=false
uninstall=false
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="$2"; shift 2 ;;
        --app) app="$2"; shift 2 ;;
        --metadata-only) metadata_only=true; shift ;;
        --uninstall) uninstall=true; shift ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "install-linux.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done

name=overlap-planner
app_id=io.github.overlap_planner.OverlapPlanner
share="$prefix/share"
icons="$share/icons/hicolor"
sizes="16 24 32 48 64 128 256 512"

refresh() {
    # Each cache is optional: desktops without these tools read the files directly.
    if command -v update-mime-database >/dev/null; then update-mime-database "$share/mime"; fi
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$share/applications"
    fi
    if command -v gtk-update-icon-cache >/dev/null && [ -f "$icons/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$icons"
    fi
}

if $uninstall; then
    rm -rf "$prefix/lib/$name"
    rm -f "$prefix/bin/$name" "$share/applications/$name.desktop" \
        "$share/metainfo/$app_id.metainfo.xml" "$share/mime/packages/$name.xml" \
        "$icons/scalable/apps/$name.svg"
    for size in $sizes; do rm -f "$icons/${size}x${size}/apps/$name.png"; done
    refresh
    echo "removed Overlap Planner from $prefix"
    exit 0
fi

exec_path="$name"
if ! $metadata_only; then
    if [ ! -x "$app/$name" ]; then
        echo "install-linux.sh: no app at $app: run 'make dist' first, or pass --app DIR" >&2
        exit 2
    fi
    mkdir -p "$prefix/lib" "$prefix/bin"
    rm -rf "$prefix/lib/$name.new"
    cp -a "$app" "$prefix/lib/$name.new"
    rm -rf "$prefix/lib/$name"
    mv "$prefix/lib/$name.new" "$prefix/lib/$name"
    ln -sfn "$prefix/lib/$name/$name" "$prefix/bin/$name"
    exec_path="$prefix/bin/$name"
fi

install -d "$share/applications" "$share/metainfo" "$share/mime/packages" "$icons/scalable/apps"
# The menu entry names the installed binary, so it works without $prefix/bin on PATH.
sed -e "s|^Exec=$name |Exec=$exec_path |" -e "s|^TryExec=$name\$|TryExec=$exec_path|" \
    "$here/$name.desktop" >"$share/applications/$name.desktop"
install -m 644 "$here/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
install -m 644 "$here/$name-mime.xml" "$share/mime/packages/$name.xml"
install -m 644 "$root/resources/icons/$name.svg" "$icons/scalable/apps/$name.svg"
for size in $sizes; do
    install -D -m 644 "$root/resources/icons/$name-$size.png" "$icons/${size}x${size}/apps/$name.png"
done
refresh
echo "installed Overlap Planner in $prefix"
