#include "config/ConfigLog.h"

#include "config/EffectiveSetting.h"

Q_LOGGING_CATEGORY(lcConfig, "mirrordeck.config", QtWarningMsg)

void logEffectiveSetting(const QLoggingCategory &category, const EffectiveSetting &setting)
{
    if (!category.isDebugEnabled())
        return;
    const SettingSource &source = setting.source;
    QString where = source.kindName();
    if (!source.level.isEmpty())
        where += QLatin1Char(' ') + source.level;
    if (!source.filePath.isEmpty())
        where +=
            QLatin1Char(' ') + source.filePath + QLatin1Char(':') + QString::number(source.line);
    if (!source.variable.isEmpty())
        where += QStringLiteral(" $") + source.variable;
    QMessageLogger(nullptr, 0, nullptr, category.categoryName()).debug().noquote()
        << setting.key << "from" << where << "with" << setting.shadows.size() << "shadows";
}
