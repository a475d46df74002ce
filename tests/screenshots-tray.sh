#!/usr/bin/env bash
# Screenshots of the tray menu open, in English and in Chinese, against loopback mirrors.
#
#   tests/screenshots-tray.sh [BUILD_DIR] [OUT_DIR]      (defaults: build/, shots/)
#
# Starts tests/fixtures/mirror_server.py (Go/npm/pip mirrors on 127.0.0.1 only: fast, slow,
# failing), seeds a throw-away HOME, runs Xvfb with a real tray host (trayer) and the real
# `mirrordeck` started hidden in the tray with --catalog pointing at the loopback catalog. After
# the first measurements the app opens its tray menu (MIRRORDECK_TRAY_MENU_SHOT_DELAY_MS, see
# ui/TrayMenuShowcase.h); this script then takes the screen with `import -window root` and crops
# the corner with the tray: OUT_DIR/tray-menu-<lang>.png.
# Needs: Xvfb, trayer, imagemagick, python3, fonts-noto-cjk.
set -euo pipefail

SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "${1:-$SRC/build}" && pwd)
OUT=${2:-$SRC/shots}
APP="$BUILD/app/mirrordeck"
[ -x "$APP" ] || { echo "tray screenshots: $APP not built" >&2; exit 1; }
for tool in Xvfb trayer import convert; do
    command -v "$tool" >/dev/null || { echo "tray screenshots: $tool is missing" >&2; exit 1; }
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

WORK=$(mktemp -d /tmp/mirrordeck-trayshots.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    exec 3>&- 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

mkfifo "$WORK/server-in"
python3 "$SRC/tests/fixtures/mirror_server.py" --exit-on-stdin-eof \
    --catalog-out "$WORK/catalog.json" --info-out "$WORK/info.json" --artifact-size 65536 \
    --mirror go-up:go:official=1,latency=0.045 \
    --mirror go-campus:go:latency=0.012 \
    --mirror go-cloud:go:latency=0.03 \
    --mirror go-slow:go:latency=0.25 \
    --mirror go-down:go:fault=refused \
    --mirror npm-up:npm:official=1,latency=0.05 \
    --mirror npm-cloud:npm:latency=0.015 \
    --mirror pip-up:pip:official=1,latency=0.06 \
    --mirror pip-campus:pip:latency=0.01 \
    <"$WORK/server-in" >"$WORK/server.log" 2>&1 &
exec 3>"$WORK/server-in"
for _ in $(seq 100); do [ -s "$WORK/info.json" ] && break; sleep 0.1; done
[ -s "$WORK/info.json" ] || { echo "tray screenshots: mirror server did not start" >&2; exit 1; }

python3 - "$WORK/catalog.json" <<'PY'
import json, sys
names = {
    "up": ("Official upstream", "官方源"), "campus": ("Campus mirror", "校园网镜像"),
    "cloud": ("Cloud mirror", "云镜像"), "slow": ("Slow mirror", "慢速镜像"),
    "down": ("Offline mirror", "离线镜像"),
}
path = sys.argv[1]
catalog = json.load(open(path, encoding="utf-8"))
for m in catalog["mirrors"]:
    en, zh = names[m["id"].split("-", 1)[1]]
    m["name"], m["name_zh"] = en + " (loopback)", zh + "（本机测试）"
json.dump(catalog, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
url_of() { python3 -c "import json,sys; print(json.load(open('$WORK/info.json'))['mirrors'][sys.argv[1]]['url'])" "$1"; }

shoot() {
    local lang=$1 home="$WORK/home-$1" display
    mkdir -p "$home/.config/go" "$home/.config/MirrorDeck" "$home/work" "$WORK/runtime-$lang"
    chmod 700 "$WORK/runtime-$lang"
    printf 'GOPROXY=%s,direct\n' "$(url_of go-cloud)" >"$home/.config/go/env"
    printf 'registry=%s\n' "$(url_of npm-cloud)" >"$home/.npmrc"
    cat >"$home/.config/MirrorDeck/MirrorDeck.conf" <<INI
[ui]
language=$lang
start_minimised=true
[probe]
interval_s=10
request_timeout_s=2
INI
    for display in $(seq 141 190); do
        [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ] || break
    done
    Xvfb ":$display" -screen 0 1280x720x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
    local xvfb=$!
    PIDS+=("$xvfb")
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
    DISPLAY=":$display" trayer --edge top --align right --widthtype request --height 28 \
        --transparent false --tint 0x404040 --SetDockType true >"$WORK/trayer.log" 2>&1 &
    local trayer=$!
    PIDS+=("$trayer")
    sleep 1
    env -i PATH="$PATH" HOME="$home" LANG=C.UTF-8 DISPLAY=":$display" QT_QPA_PLATFORM=xcb \
        XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$WORK/runtime-$lang" \
        GOTOOLCHAIN=local MIRRORDECK_ALLOW_MULTIPLE=1 \
        MIRRORDECK_TRAY_MENU_SHOT_DELAY_MS="${MIRRORDECK_TRAY_MENU_SHOT_DELAY_MS:-12000}" \
        "$APP" --catalog "$WORK/catalog.json" >"$WORK/app-$lang.log" 2>&1 &
    local app=$!
    PIDS+=("$app")
    for _ in $(seq 600); do grep -q MIRRORDECK_TRAY_MENU_OPEN "$WORK/app-$lang.log" && break; sleep 0.1; done
    grep -q MIRRORDECK_TRAY_MENU_OPEN "$WORK/app-$lang.log" || {
        echo "tray screenshots: the menu never opened ($lang)" >&2; tail -20 "$WORK/app-$lang.log" >&2; exit 1; }
    DISPLAY=":$display" import -window root "$WORK/full-$lang.png"
    # The top right corner: the tray and the menu below it.
    convert "$WORK/full-$lang.png" -gravity NorthEast -crop 900x420+0+0 +repage \
        "$OUT/tray-menu-$lang.png"
    kill "$app" "$trayer" "$xvfb" 2>/dev/null || true
    wait "$app" "$trayer" "$xvfb" 2>/dev/null || true
}

shoot en
shoot zh_CN
ls -1 "$OUT"/tray-menu-*.png
