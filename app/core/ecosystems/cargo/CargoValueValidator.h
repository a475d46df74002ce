#pragma once

// Cargo's rules for the values MirrorDeck writes, as strict as cargo's own parsing: a source
// name for replace-with, a registry index URL (sparse+http(s)://…/ with its trailing slash, or a
// git index URL), the crates-io protocol (sparse or git).

#include "Expected.h"

#include <QCoreApplication>
#include <QString>

namespace CargoValueValidator {

Expected<void> validateSourceName(const QString &name);
Expected<void> validateRegistryUrl(const QString &url);
Expected<void> validateProtocol(const QString &value);

} // namespace CargoValueValidator
