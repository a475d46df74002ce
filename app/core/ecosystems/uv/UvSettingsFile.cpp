#include "ecosystems/uv/UvSettingsFile.h"

namespace {
const QString kIndex = QStringLiteral("index");
const QString kUrl = QStringLiteral("url");
const QString kDefault = QStringLiteral("default");
} // namespace

UvSettingsFile::UvSettingsFile(TomlDocument document, QStringList prefix)
    : m_document(std::move(document))
    , m_prefix(std::move(prefix))
{}

Expected<UvSettingsFile> UvSettingsFile::parse(const QByteArray &bytes, const QString &path,
                                               const QStringList &prefix)
{
    MIRRORDECK_TRY_ASSIGN(document, TomlDocument::parse(bytes, path));
    return UvSettingsFile(std::move(document), prefix);
}

TomlDocument::TableRef UvSettingsFile::indexTable(int entry) const
{
    return {m_prefix + QStringList{kIndex}, entry};
}

int UvSettingsFile::defaultIndexEntry() const
{
    const int count = m_document.arrayCount(m_prefix + QStringList{kIndex});
    for (int i = 0; i < count; ++i) {
        const auto isDefault = m_document.value(indexTable(i), {kDefault});
        if (isDefault && isDefault->kind == TomlDocument::ValueKind::Boolean &&
            isDefault->text == QLatin1String("true"))
            return i;
    }
    return -1;
}

std::optional<UvSettingsFile::Setting> UvSettingsFile::defaultIndex() const
{
    const int entry = defaultIndexEntry();
    if (entry < 0)
        return std::nullopt;
    const auto url = m_document.value(indexTable(entry), {kUrl});
    if (!url || url->kind != TomlDocument::ValueKind::String)
        return std::nullopt;
    return Setting{url->text, {url->text}, url->line};
}

std::optional<UvSettingsFile::Setting> UvSettingsFile::topLevel(const QString &key) const
{
    const TomlDocument::TableRef root{m_prefix, -1};
    const auto value = m_document.value(root, {key});
    if (!value)
        return std::nullopt;
    if (value->kind == TomlDocument::ValueKind::String)
        return Setting{value->text, {value->text}, value->line};
    if (value->kind != TomlDocument::ValueKind::Array)
        return std::nullopt;
    Setting setting;
    setting.line = value->line;
    for (const TomlDocument::Value &item : m_document.arrayValues(root, {key})) {
        if (item.kind == TomlDocument::ValueKind::String)
            setting.values << item.text;
    }
    setting.value = setting.values.join(QLatin1Char(' '));
    return setting;
}

std::optional<UvSettingsFile::Setting> UvSettingsFile::find(const QString &key) const
{
    if (key == QLatin1String("default-index"))
        return defaultIndex();
    return topLevel(key);
}

Expected<void> UvSettingsFile::setDefaultIndex(const QString &url)
{
    const int entry = defaultIndexEntry();
    if (entry >= 0) {
        MIRRORDECK_TRY(m_document.setString(indexTable(entry), {kUrl}, url));
        return {};
    }
    const QList<QPair<QString, QByteArray>> values = {{kUrl, TomlDocument::quoteBasic(url)},
                                                      {kDefault, "true"}};
    MIRRORDECK_TRY(m_document.appendArrayTable(m_prefix + QStringList{kIndex}, values));
    return {};
}

Expected<bool> UvSettingsFile::removeDefaultIndex()
{
    const int entry = defaultIndexEntry();
    if (entry < 0)
        return false;
    MIRRORDECK_TRY_ASSIGN(removed, m_document.removeTable(indexTable(entry)));
    if (!removed)
        return makeError(CoreError::Kind::InvalidValue,
                         tr("The default index is written inside an inline array "
                            "(index = [{ … }]); MirrorDeck does not take it apart. Edit the line "
                            "by hand, or set another URL instead."));
    return true;
}

Expected<void> UvSettingsFile::setTopLevel(const QString &key, const QStringList &values, bool list)
{
    const TomlDocument::TableRef root{m_prefix, -1};
    if (!list) {
        MIRRORDECK_TRY(m_document.setString(root, {key}, values.value(0)));
        return {};
    }
    QByteArrayList quoted;
    for (const QString &value : values)
        quoted << TomlDocument::quoteBasic(value);
    const QByteArray raw = '[' + quoted.join(", ") + ']';
    const auto existing = m_document.value(root, {key});
    if (existing && existing->kind == TomlDocument::ValueKind::Array) {
        // The same entries in another layout (one per line, comments) are no change.
        QStringList now;
        for (const TomlDocument::Value &item : m_document.arrayValues(root, {key}))
            now << item.text;
        if (now == values)
            return {};
    }
    MIRRORDECK_TRY(m_document.setRawValue(root, {key}, raw));
    return {};
}

Expected<bool> UvSettingsFile::removeTopLevel(const QString &key)
{
    return m_document.removeKey({m_prefix, -1}, {key});
}
