#!/usr/bin/env bash
# Install what is missing, build MirrorDeck and run the whole test suite headless:
#   1. release build: unit, integration, GUI (offscreen, under Xvfb with a D-Bus session),
#      packaging (.deb built, installed, run, removed) and translation checks;
#   2. benchmarks (figures printed, never asserted);
#   3. AddressSanitizer + UndefinedBehaviorSanitizer build of the same tests;
#   4. libFuzzer targets (clang) for the config parsers, each for a bounded time.
# Network traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scripts/install-deps.sh --test

jobs=$(nproc)
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Paths relative to the checkout, so a fresh clone elsewhere reuses earlier compilations.
    export CCACHE_BASEDIR=$root CCACHE_NOHASHDIR=true
fi

# Tests judge config files with their own HOME; nothing from this shell may leak into them.
# (TestHome drops GO*, PIP_*, NPM_CONFIG_*; this is a second guard for the scripts.)
export QT_QPA_PLATFORM=offscreen
export CTEST_OUTPUT_ON_FAILURE=1

headless() {
    # A real X server (for the tray and screenshots) and a private D-Bus session (for the keyring).
    xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- "$@"
}

step() { printf '\n==== %s ====\n' "$*"; }

step "release build"
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}"
cmake --build build/release -j "$jobs"

step "tests (release)"
(cd build/release && headless ctest -j "$jobs" -LE 'benchmark' --timeout 600)

step "benchmarks"
(cd build/release && headless ctest -L benchmark --verbose --timeout 900)

step "sanitizer build (ASan + UBSan)"
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMIRRORDECK_SANITIZE=ON "${launcher[@]}"
cmake --build build/asan -j "$jobs"
step "tests (ASan + UBSan)"
(cd build/asan && \
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
    LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    headless ctest -j "$jobs" -LE 'benchmark|packaging|screenshots' --timeout 900)

step "fuzzers (clang libFuzzer, bounded)"
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
    -DMIRRORDECK_FUZZ=ON "${launcher[@]}"
cmake --build build/fuzz -j "$jobs" --target fuzzers
(cd build/fuzz && ctest -L fuzz --timeout 600)

step "all test stages passed"
