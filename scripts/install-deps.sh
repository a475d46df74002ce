#!/usr/bin/env bash
# Installs what MirrorDeck needs and is missing, on Debian 12 / Ubuntu 22.04+ (as root or with sudo).
#   scripts/install-deps.sh          build and run the app
#   scripts/install-deps.sh --test   also everything the test suite uses (real go/npm/pip clients,
#                                    Xvfb, a tray host, a keyring, clang for the fuzzers, packaging tools)
set -euo pipefail

build_packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libgl-dev qtkeychain-qt6-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
    libqt6svg6
)
test_packages=(
    googletest libgtest-dev
    golang-go nodejs npm python3 python3-pip python3-venv
    xvfb xauth x11-apps trayer imagemagick fonts-noto-cjk
    dbus dbus-x11 gnome-keyring libsecret-tools
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

if ((${#missing[@]} == 0)); then
    echo "install-deps: everything is installed"
    exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
