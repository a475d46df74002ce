#!/usr/bin/env bash
# Screenshots of every page of MirrorDeck, in English and in Chinese, against loopback mirrors.
#
#   tests/screenshots.sh [BUILD_DIR] [OUT_DIR]      (defaults: build/, shots/)
#   SCREENSHOT_SIZE=1024x640 tests/screenshots.sh …  another screen (and window) size
#
# Starts tests/fixtures/mirror_server.py (fake Go/npm/pip mirrors on 127.0.0.1 only: fast, slow,
# stale, failing), seeds a throw-away HOME with real-looking go/npm/pip config files (and a
# ~/.bashrc export that shadows GOPROXY, so the warning shows), then runs the real `mirrordeck`
# under Xvfb with --catalog pointing at the loopback catalog — never the built-in one with public
# hosts. The app's screenshot tour (MIRRORDECK_SCREENSHOT_DIR) visits every page, the settings
# editors, the diff preview, the history and the preferences, saving OUT_DIR/<lang>-<n>-<page>.png
# (en-*, zh_CN-*, and dark-en-* in a dark palette).
# Needs: Xvfb, python3, fonts-noto-cjk.
set -euo pipefail

SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "${1:-$SRC/build}" && pwd)
OUT=${2:-$SRC/shots}
APP="$BUILD/app/mirrordeck"
[ -x "$APP" ] || { echo "screenshots: $APP not built" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "screenshots: Xvfb is missing (apt install xvfb)" >&2; exit 1; }
fc-list :lang=zh | grep -q . || echo "screenshots: warning: no CJK font (apt install fonts-noto-cjk)" >&2
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

WORK=$(mktemp -d /tmp/mirrordeck-shots.XXXXXX)
XVFB_PID=""
cleanup() {
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    # Closing the server's stdin ends it (--exit-on-stdin-eof).
    exec 3>&- 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# --- loopback mirrors -----------------------------------------------------------------------
mkfifo "$WORK/server-in"
python3 "$SRC/tests/fixtures/mirror_server.py" --exit-on-stdin-eof \
    --catalog-out "$WORK/catalog.json" --info-out "$WORK/info.json" \
    --artifact-size 393216 --upstream-versions 30 \
    --mirror go-up:go:official=1,latency=0.045,bandwidth=1500000 \
    --mirror go-campus:go:latency=0.012,bandwidth=6000000 \
    --mirror go-cloud:go:latency=0.03,bandwidth=3000000 \
    --mirror go-stale:go:stale=3,latency=0.08 \
    --mirror go-broken:go:fault=5xx \
    --mirror go-hang:go:fault=hang \
    --mirror go-trickle:go:fault=trickle-artifact \
    --mirror npm-up:npm:official=1,latency=0.05,bandwidth=1200000 \
    --mirror npm-cloud:npm:latency=0.015,bandwidth=5000000 \
    --mirror npm-campus:npm:latency=0.035,bandwidth=2500000 \
    --mirror npm-slow:npm:latency=0.26,bandwidth=400000 \
    --mirror pip-up:pip:official=1,latency=0.06,bandwidth=1000000 \
    --mirror pip-campus:pip:latency=0.01,bandwidth=6000000 \
    --mirror pip-cloud:pip:latency=0.025,bandwidth=3500000 \
    --mirror pip-down:pip:fault=refused \
    --mirror cargo-up:cargo:official=1,latency=0.05,bandwidth=1500000 \
    --mirror cargo-campus:cargo:latency=0.012,bandwidth=5000000 \
    --mirror cargo-stale:cargo:stale=2,latency=0.03 \
    <"$WORK/server-in" >"$WORK/server.log" 2>&1 &
exec 3>"$WORK/server-in"
for _ in $(seq 100); do [ -s "$WORK/info.json" ] && break; sleep 0.1; done
[ -s "$WORK/info.json" ] || { echo "screenshots: mirror server did not start" >&2; cat "$WORK/server.log" >&2; exit 1; }

# Friendlier names than the fixture's ids (they are still loopback fixtures, and say so).
python3 - "$WORK/catalog.json" <<'PY'
import json, sys
names = {
    "up": ("Official upstream", "官方源"), "campus": ("Campus mirror", "校园网镜像"),
    "cloud": ("Cloud mirror", "云镜像"), "stale": ("Lagging mirror", "滞后镜像"),
    "broken": ("Broken mirror", "故障镜像"), "slow": ("Slow mirror", "慢速镜像"),
    "down": ("Offline mirror", "离线镜像"), "hang": ("Hanging mirror", "无响应镜像"),
    "trickle": ("Trickling mirror", "龟速镜像"),
}
path = sys.argv[1]
catalog = json.load(open(path, encoding="utf-8"))
for m in catalog["mirrors"]:
    en, zh = names[m["id"].split("-", 1)[1]]
    m["name"], m["name_zh"] = en + " (loopback)", zh + "（本机测试）"
json.dump(catalog, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
url_of() { python3 -c "import json,sys; print(json.load(open('$WORK/info.json'))['mirrors'][sys.argv[1]]['url'])" "$1"; }
GO_URL=$(url_of go-cloud)
NPM_URL=$(url_of npm-up)
PIP_URL=$(url_of pip-cloud)
CARGO_URL=$(url_of cargo-campus)

# --- a seeded home per language ---------------------------------------------------------------
seed_home() {
    local home=$1 lang=$2
    mkdir -p "$home/.config/go" "$home/.config/pip" "$home/.config/MirrorDeck" "$home/work"
    printf 'GOPROXY=%s,direct\nGOPRIVATE=*.corp.example.com\n' "$GO_URL" >"$home/.config/go/env"
    printf '; npm settings\nregistry=%s\n@corp:registry=http://127.0.0.1:9/corp-npm/\nfund=false\n' \
        "$NPM_URL" >"$home/.npmrc"
    printf '[global]\nindex-url = %s\ntimeout = 30\n' "$PIP_URL" >"$home/.config/pip/pip.conf"
    mkdir -p "$home/.cargo" "$home/.config/uv"
    printf '# crates.io through the campus mirror\n[source.crates-io]\nreplace-with = "campus"\n\n[source.campus]\nregistry = "%s"\n' \
        "$CARGO_URL" >"$home/.cargo/config.toml"
    printf '[[index]]\nname = "campus"\nurl = "%s"\ndefault = true\n' "$PIP_URL" >"$home/.config/uv/uv.toml"
    printf '# Yarn Berry\nnpmRegistryServer: "%s"\nunsafeHttpWhitelist:\n  - "127.0.0.1"\n' \
        "$NPM_URL" >"$home/.yarnrc.yml"
    # A terminal-only override the desktop app cannot see by itself: shown as a warning.
    printf '# added by a setup script\nexport GOPROXY=http://127.0.0.1:9/shell-proxy\n' >"$home/.bashrc"
    cat >"$home/.config/MirrorDeck/MirrorDeck.conf" <<INI
[ui]
language=$lang
[probe]
interval_s=10
request_timeout_s=3
INI
}

find_display() {
    local n
    for n in $(seq 91 140); do
        [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || { echo "$n"; return; }
    done
    return 1
}

shoot() {
    local lang=$1 prefix=${2:-$1} dark=${3:-0} home="$WORK/home-$1-${2:-$1}" display
    seed_home "$home" "$lang"
    display=$(find_display)
    Xvfb ":$display" -screen 0 "${SCREENSHOT_SIZE:-1280x860}x24" -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
    rm -f "$OUT/$prefix"-*.png
    mkdir -p "$WORK/runtime-$prefix" && chmod 700 "$WORK/runtime-$prefix"
    # A clean environment: no GO*/PIP_*/npm_config_* of this machine leak into the shots.
    env -i PATH="$PATH" HOME="$home" LANG=C.UTF-8 DISPLAY=":$display" QT_QPA_PLATFORM=xcb \
        XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$WORK/runtime-$prefix" \
        GOTOOLCHAIN=local MIRRORDECK_ALLOW_MULTIPLE=1 \
        MIRRORDECK_SCREENSHOT_DIR="$OUT" MIRRORDECK_SCREENSHOT_PREFIX="$prefix-" \
        MIRRORDECK_SCREENSHOT_DARK="$dark" \
        MIRRORDECK_SCREENSHOT_DELAY_MS="${MIRRORDECK_SCREENSHOT_DELAY_MS:-24000}" \
        timeout 300 "$APP" --catalog "$WORK/catalog.json" >"$WORK/app-$prefix.log" 2>&1 || {
            echo "screenshots: mirrordeck failed ($prefix):" >&2; tail -20 "$WORK/app-$prefix.log" >&2; exit 1; }
    grep -q MIRRORDECK_SCREENSHOTS_DONE "$WORK/app-$prefix.log" || {
        echo "screenshots: the tour did not finish ($prefix)" >&2; exit 1; }
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=""
}

shoot en
shoot zh_CN
# The same tour in a dark palette (set SCREENSHOTS_NO_DARK=1 to skip).
[ -n "${SCREENSHOTS_NO_DARK:-}" ] || shoot en dark-en 1
ls -1 "$OUT"/*.png
