#pragma once

// The command line's way to wait for an asynchronous keychain job or test: a local event loop
// until the job's finished() arrives. Only the CLI blocks like this; the window never does.

#include "credentials/KeychainJob.h"

#include <QEventLoop>
#include <QObject>

template <typename Job, typename Result = KeychainResult> Result waitFor(Job &job)
{
    QEventLoop loop;
    Result result;
    QObject::connect(&job, &Job::finished, &loop, [&](const Result &finished) {
        result = finished;
        loop.quit();
    });
    job.start();
    loop.exec();
    return result;
}
