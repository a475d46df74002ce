#pragma once

// gtest assertions on a finished process (TestHome::run / cli): on failure they print the exit
// code and both output streams, which is what one needs to see why a CLI call failed.

#include "support/TestHome.h"

#include <gtest/gtest.h>

inline ::testing::AssertionResult succeeded(const ProcessResult &result)
{
    if (result.exitCode == 0)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "exit " << result.exitCode << "\nstdout: " << result.out.toStdString()
           << "\nstderr: " << result.err.toStdString();
}
