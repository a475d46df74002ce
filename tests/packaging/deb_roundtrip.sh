#!/bin/bash
# Builds the .deb from a configured and built tree, installs it with dpkg, checks what it put where
# and that the installed programs run, then purges it and checks that nothing is left behind.
# Needs root to install; exits 77 (CTest SKIP_RETURN_CODE) when not root. The package never stays
# installed: the EXIT trap purges it whether the checks pass or fail.
#
# Usage: deb_roundtrip.sh BUILD_DIR VERSION APP_ID   (CPACK=/path/to/cpack to pick the CPack)
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 BUILD_DIR VERSION APP_ID" >&2
    exit 2
fi
build_dir=$1
version=$2
app_id=$3
package=mirrordeck

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: installing a .deb needs root"
    exit 77
fi

work=$(mktemp -d)

is_known_to_dpkg() {
    # Installed, half-installed or only config files left: anything dpkg still has a record of.
    local status
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null) || return 1
    [ -n "$status" ] && [ "${status:1:1}" != "n" ]
}

cleanup() {
    local rc=$?
    if is_known_to_dpkg; then
        echo "cleanup: purging $package"
        dpkg --purge "$package" >/dev/null 2>&1 || echo "WARNING: could not purge $package" >&2
    fi
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

if is_known_to_dpkg; then
    # Left by an interrupted run, or installed by hand on this test machine.
    echo "NOTE: $package is already known to dpkg; purging it before the test"
    dpkg --purge "$package" >/dev/null
fi

echo "== cpack -G DEB"
if ! (cd "$build_dir" && "${CPACK:-cpack}" -G DEB -B "$work/out") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack failed"
fi
shopt -s nullglob
debs=("$work/out/${package}_${version}_"*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected one ${package}_${version}_*.deb, found: ${debs[*]:-none}"
deb=${debs[0]}
echo "built $(basename "$deb")"

echo "== control fields"
dpkg-deb -f "$deb" Package Version Architecture Section Maintainer Homepage Depends Recommends
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
[ "$(dpkg-deb -f "$deb" Section)" = "devel" ] || fail "Section is not devel"
[ -n "$(dpkg-deb -f "$deb" Homepage)" ] || fail "no Homepage"
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "no Maintainer"
depends=$(dpkg-deb -f "$deb" Depends)
# libqt6core6 and libc6 come only from dpkg-shlibdeps; the plugins only from our explicit list.
for dep in libc6 libqt6core6 libqt6widgets6 libqt6svg6 qt6-qpa-plugins; do
    dep_regex="(^|[ ,])${dep}([ ,(]|\$)"
    [[ "$depends" =~ $dep_regex ]] || fail "Depends lacks $dep: $depends"
done

echo "== appstreamcli validate-tree on the package contents"
# Checks the metainfo together with what it points at: the launchable desktop file and the icons.
dpkg-deb -x "$deb" "$work/root"
appstreamcli validate-tree --no-net --strict "$work/root" || fail "package file tree is not valid"

echo "== dpkg -i"
if ! dpkg -i "$deb" >"$work/dpkg-install.log" 2>&1; then
    cat "$work/dpkg-install.log" >&2
    fail "dpkg -i failed"
fi
dpkg-query -L "$package" >"$work/files"

expected=(
    /usr/bin/mirrordeck
    /usr/bin/mirrordeck-cli
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/mirrordeck/$app_id-autostart.desktop"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "/usr/share/icons/hicolor/scalable/status/$app_id-tray-up.svg"
    /usr/share/doc/mirrordeck/copyright
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    [ -f "$path" ] || fail "not installed: $path"
done
for exe in /usr/bin/mirrordeck /usr/bin/mirrordeck-cli; do
    [ -x "$exe" ] || fail "not executable: $exe"
    if ldd "$exe" | grep -q "not found"; then
        ldd "$exe" >&2
        fail "$exe has unresolved libraries"
    fi
done

echo "== installed desktop entry"
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "installed desktop file invalid"
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "/usr/share/applications/$app_id.desktop" | head -n1)
[ "$(PATH=/usr/bin:/bin command -v "$exec_name")" = "/usr/bin/$exec_name" ] \
    || fail "menu entry runs '$exec_name', which is not /usr/bin/$exec_name"

# A clean environment and a throw-away HOME, so the programs neither read nor write real settings.
mkdir -p "$work/home" "$work/run"
chmod 700 "$work/run"
clean_env=(env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/run" LANG=C.UTF-8)

echo "== mirrordeck-cli --version"
cli_out=$(cd "$work" && "${clean_env[@]}" timeout 20 /usr/bin/mirrordeck-cli --version 2>&1) \
    || fail "mirrordeck-cli --version failed: $cli_out"
echo "$cli_out"
first_line=$(head -n1 <<<"$cli_out")
[[ "$first_line" == *mirrordeck-cli* && "$first_line" == *"$version"* ]] \
    || fail "expected 'mirrordeck-cli $version', got: $first_line"

echo "== mirrordeck --version (offscreen, in a network namespace without network)"
# unshare --net: whatever the GUI does at start, it cannot reach a public host.
if unshare --net true 2>/dev/null; then
    set +e
    gui_out=$(cd "$work" && "${clean_env[@]}" QT_QPA_PLATFORM=offscreen \
        unshare --net timeout 5 /usr/bin/mirrordeck --version 2>&1)
    gui_rc=$?
    set -e
    case $gui_rc in
        0)
            echo "$gui_out"
            grep -qF "$version" <<<"$gui_out" || fail "mirrordeck --version does not print $version"
            ;;
        124)
            # --version must print and exit; a window or event loop that keeps running is a bug.
            fail "mirrordeck --version was still running after 5 s (timeout exit 124): $gui_out"
            ;;
        *)
            fail "mirrordeck --version exited with $gui_rc: $gui_out"
            ;;
    esac
else
    echo "NOTE: cannot create a network namespace here; GUI start not tried (ldd check passed)"
fi

echo "== dpkg --purge"
if ! dpkg --purge "$package" >"$work/dpkg-remove.log" 2>&1; then
    cat "$work/dpkg-remove.log" >&2
    fail "dpkg --purge failed"
fi
! is_known_to_dpkg || fail "dpkg still lists $package after purge"
left=0
while IFS= read -r path; do
    if [ -f "$path" ] || [ -L "$path" ]; then
        echo "left behind: $path" >&2
        left=1
    fi
done <"$work/files"
for dir in /usr/share/mirrordeck /usr/share/doc/mirrordeck; do
    if [ -e "$dir" ]; then
        echo "left behind: $dir" >&2
        left=1
    fi
done
[ "$left" -eq 0 ] || fail "files remain after purge"

echo "PASS: $(basename "$deb") installs, runs and uninstalls cleanly"
