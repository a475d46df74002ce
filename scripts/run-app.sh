#!/usr/bin/env bash
# Install what is missing, build MirrorDeck and launch it. Extra arguments go to the app,
# e.g. scripts/run-app.sh --catalog my-mirrors.json
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/app -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMIRRORDECK_BUILD_TESTS=OFF
cmake --build build/app
exec build/app/app/mirrordeck "$@"
