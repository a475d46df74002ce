#include "ecosystems/uv/UvValueValidator.h"

#include <QRegularExpression>
#include <QUrl>

namespace {
const QString kExample = QStringLiteral("https://pypi.tuna.tsinghua.edu.cn/simple");
}

QStringList UvValueValidator::splitValues(const QString &value)
{
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    return value.split(blanks, Qt::SkipEmptyParts);
}

Expected<void> UvValueValidator::validate(const QString &key, const QString &value)
{
    if (key == QLatin1String("extra-index-url")) {
        const QStringList entries = splitValues(value);
        if (entries.isEmpty())
            return makeError(CoreError::Kind::InvalidValue,
                             tr("%1 needs at least one URL; separate several with spaces, for "
                                "example %2. To remove the key, unset it instead.")
                                 .arg(key, kExample));
        for (const QString &entry : entries)
            MIRRORDECK_TRY(validateIndexUrl(key, entry));
        return {};
    }
    return validateIndexUrl(key, value);
}

Expected<void> UvValueValidator::validateIndexUrl(const QString &key, const QString &url)
{
    if (url.isEmpty())
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1 cannot be empty; give the index's full URL, for example %2. To go "
                            "back to PyPI, unset the key.")
                             .arg(key, kExample));
    for (const QChar c : url) {
        if (c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return makeError(CoreError::Kind::InvalidValue,
                             tr("%1 must be a single URL without spaces or control characters "
                                "(“%2”); for example %3.")
                                 .arg(key, url, kExample));
    }
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || scheme.isEmpty() || !url.contains(QLatin1String("://")))
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1 must be an absolute URL starting with https:// or http://; “%2” "
                            "is not (uv would take it for a local path). For example %3.")
                             .arg(key, url, kExample));
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1: a mirror is read over https:// or http://, not “%2”; for "
                            "example %3.")
                             .arg(key, scheme, kExample));
    if (parsed.host().isEmpty())
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1: “%2” has no host name; for example %3.").arg(key, url, kExample));
    if (!parsed.fragment().isNull())
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1: “%2” has a #fragment, which an index URL never has; for example "
                            "%3.")
                             .arg(key, url, kExample));
    return {};
}
