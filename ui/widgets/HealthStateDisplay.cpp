#include "widgets/HealthStateDisplay.h"

#include <QFile>

namespace {

QString iconBaseName(HealthState state)
{
    switch (state) {
    case HealthState::Up:
        return QStringLiteral("tray-up");
    case HealthState::Degraded:
        return QStringLiteral("tray-degraded");
    case HealthState::Down:
        return QStringLiteral("tray-down");
    case HealthState::Unknown:
        break;
    }
    return QStringLiteral("tray-unknown");
}

QString themeFallback(HealthState state)
{
    switch (state) {
    case HealthState::Up:
        return QStringLiteral("emblem-ok");
    case HealthState::Degraded:
        return QStringLiteral("dialog-warning");
    case HealthState::Down:
        return QStringLiteral("dialog-error");
    case HealthState::Unknown:
        break;
    }
    return QStringLiteral("dialog-question");
}

QIcon loadIcon(HealthState state)
{
    const QString base = QStringLiteral(":/icons/") + iconBaseName(state);
    QIcon icon;
    // The pre-rendered PNGs are pixel-hinted for small sizes; the SVG covers everything else.
    for (int size : {16, 22, 24, 32, 48, 64}) {
        const QString png =
            base + QLatin1Char('-') + QString::number(size) + QStringLiteral(".png");
        if (QFile::exists(png))
            icon.addFile(png, QSize(size, size));
    }
    if (QFile::exists(base + QStringLiteral(".svg")))
        icon.addFile(base + QStringLiteral(".svg"));
    if (icon.isNull())
        icon = QIcon::fromTheme(themeFallback(state));
    return icon;
}

} // namespace

QString HealthStateDisplay::text(HealthState state)
{
    switch (state) {
    case HealthState::Up:
        return tr("Up");
    case HealthState::Degraded:
        return tr("Degraded");
    case HealthState::Down:
        return tr("Down");
    case HealthState::Unknown:
        break;
    }
    return tr("Not tested");
}

QIcon HealthStateDisplay::icon(HealthState state)
{
    // Loaded once per state: the table asks for icons on every repaint.
    static const QIcon icons[] = {loadIcon(HealthState::Unknown), loadIcon(HealthState::Up),
                                  loadIcon(HealthState::Degraded), loadIcon(HealthState::Down)};
    return icons[static_cast<int>(state)];
}

int HealthStateDisplay::sortRank(HealthState state)
{
    switch (state) {
    case HealthState::Up:
        return 0;
    case HealthState::Degraded:
        return 1;
    case HealthState::Down:
        return 2;
    case HealthState::Unknown:
        break;
    }
    return 3;
}
