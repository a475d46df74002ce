#pragma once

// Version ordering of the ecosystems' version schemes, enough to find "the latest release" and
// "what a stale mirror lacks": SemVer 2.0 (Go modules with a leading "v", npm) and PEP 440
// (PyPI; epochs, pre/post/dev releases; local versions are ignored).

#include <QString>

namespace VersionOrder {

// <0, 0, >0 like strcmp. Unparsable parts compare as text, so the order is always total.
int compareSemver(const QString &a, const QString &b);
bool isSemverPrerelease(const QString &version);

int comparePep440(const QString &a, const QString &b);
bool isPep440Prerelease(const QString &version);

} // namespace VersionOrder
