#!/usr/bin/env bash
# Installs what MirrorDeck needs and is missing, on Debian 12 / Ubuntu 22.04+ (as root or with sudo).
#   scripts/install-deps.sh          build and run the app
#   scripts/install-deps.sh --test   also everything the test suite uses (real go/npm/pip clients,
#                                    Xvfb, a tray host, a keyring, clang for the fuzzers, packaging tools)
#                                    and a current npm from the npm registry in a private prefix
#                                    ($MIRRORDECK_TEST_CLIENTS, default build/test-clients)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

build_packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libgl-dev qtkeychain-qt6-dev
    libsecret-1-dev  # the pip item in the Secret Service with Python keyring's attributes
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
    libqt6svg6
    libqt6sql6-sqlite # the SQLite driver of Qt SQL: the measured history (app/core/probedb)
)
test_packages=(
    googletest libgtest-dev
    golang-go nodejs npm python3 python3-pip python3-venv
    git  # the real client the credential helper serves (and `go get` runs); minbase has none
    ca-certificates
    xvfb xauth x11-apps trayer imagemagick fonts-noto-cjk
    dbus dbus-x11 gnome-keyring libsecret-tools
    # a notification server on the test session bus (the tray tests' Notify calls get answered)
    dunst
    zsh fish  # the shadow fix is judged by real login shells (bash, zsh, fish)
    python3-keyring  # Debian's pip finds private index credentials through it
    cargo  # Debian's cargo (0.66, /usr/bin/cargo): the Cargo tests judge edits with it too
    clang libclang-rt-dev
    desktop-file-utils appstream dpkg-dev fakeroot file openssl
)

packages=("${build_packages[@]}")
if [[ "${1:-}" == "--test" ]]; then
    packages+=("${test_packages[@]}")
fi

# A client that is already installed some other way (npm from nodejs.org, pip from pyenv) counts.
skip_if_present() {
    local command=$1 package=$2
    if command -v "$command" >/dev/null 2>&1; then
        for i in "${!packages[@]}"; do
            if [[ "${packages[$i]}" == "$package" ]]; then
                unset 'packages[i]'
            fi
        done
    fi
}
skip_if_present npm npm
skip_if_present node nodejs
skip_if_present go golang-go
if python3 -m pip --version >/dev/null 2>&1; then
    skip_if_present python3 python3-pip
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
fi
if ((${#missing[@]} == 0)); then
    echo "install-deps: every package is installed"
else
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The npm tests judge MirrorDeck against the npm on PATH (npm 9.2 on Debian 12) and a current
# The JavaScript clients the tests judge against, each pinned (a new release cannot change test
# results unannounced) and installed by whatever npm is present into its own private prefix
# under the test-clients folder (nothing global changes; tests/CMakeLists.txt finds them there).
#   install_js_client FOLDER PACKAGE VERSION FILE   FILE (inside the prefix) says it is installed
install_js_client() {
    local folder=$1 package=$2 version=$3 marker=$4
    local prefix=${MIRRORDECK_TEST_CLIENTS:-$root/build/test-clients}/$folder-$version
    if [[ -e "$prefix/$marker" ]]; then
        echo "install-deps: $package $version is in $prefix"
        return
    fi
    echo "install-deps: installing $package $version into $prefix"
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-save --no-audit --no-fund --no-update-notifier \
        --loglevel=error "$package@$version"
}
# A current npm next to the one on PATH (npm 9.2 on Debian 12). npm 11 needs Node.js ^20.17 or
# >= 22.9; on older Node.js (Debian 12 has 18.19) the newest npm that supports it is 10.9.
install_current_npm() {
    local version=10.9.9
    if node -e 'const [a, b] = process.versions.node.split(".").map(Number)
                process.exit(a > 22 || (a === 22 && b >= 9) || (a === 20 && b >= 17) ? 0 : 1)'; then
        version=11.21.2
    fi
    install_js_client npm npm "$version" node_modules/.bin/npm
}
# pnpm 10 needs Node.js >= 18.12, so it runs on Debian 12's Node.js 18.19 (pnpm 11 would not).
install_pnpm() { install_js_client pnpm pnpm 10.34.9 node_modules/.bin/pnpm; }
# Yarn Berry: @yarnpkg/cli-dist 4.x needs Node.js >= 18.12; its bin/yarn.js runs on the node on
# PATH.
install_yarn_berry() {
    install_js_client yarn @yarnpkg/cli-dist 4.18.1 node_modules/@yarnpkg/cli-dist/bin/yarn.js
}
if [[ "${1:-}" == "--test" ]]; then
    install_current_npm
    install_pnpm
    install_yarn_berry
fi
