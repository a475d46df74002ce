#pragma once

// The whole of mirrordeck-cli as a function (defined in main.cpp), so that a test binary can
// register extra ecosystems first (tests/toy/) and then run the real CLI unchanged.

int mirrordeckCliMain(int argc, char *argv[]);
