#pragma once

// Keeps secrets out of everything MirrorDeck stores or shows: the change history, diff previews,
// summaries and logs. A line that carries a credential — npm's `_authToken`, `_auth`,
// `_password`, the password (or lone token) in a URL's user info, a `.netrc` password — keeps its
// shape with the secret replaced by a marker, so a reader still sees which line holds what.
//
// A masked file cannot be written back as it is: restoring one takes each masked line from the
// file as it is now (the line whose masked form is the same), so the current secret stays; a
// line whose secret is no longer anywhere is left out and reported, never written with the
// marker in it. References such as `${NPM_TOKEN}` are not secrets and stay visible.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace SecretMask {

// What stands where a secret was.
inline constexpr char kMarker[] = "<secret-hidden-by-MirrorDeck>";

QByteArray maskLine(const QByteArray &line);
// Every line of a file, terminators and BOM kept.
QByteArray mask(const QByteArray &bytes);
// A value or a sentence that may hold a URL with credentials or a token line.
QString maskText(const QString &text);
bool isMasked(const QByteArray &bytes);
bool isMasked(const QString &text);

// `masked` with each masked line replaced by the line of `current` that masks to the same text.
// Lines that cannot be restored are dropped; their masked text goes into `lost`.
QByteArray unmask(const QByteArray &masked, const QByteArray &current, QStringList *lost);

} // namespace SecretMask
