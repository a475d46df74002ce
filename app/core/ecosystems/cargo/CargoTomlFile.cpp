#include "ecosystems/cargo/CargoTomlFile.h"

#include "config/TomlDocument.h"

namespace {

TomlDocument::TableRef tableOf(const QStringList &keyPath)
{
    TomlDocument::TableRef ref;
    ref.path = keyPath.mid(0, keyPath.size() - 1);
    return ref;
}

TomlDocument::TableRef table(const QStringList &path)
{
    TomlDocument::TableRef ref;
    ref.path = path;
    return ref;
}

} // namespace

CargoTomlFile::CargoTomlFile()
    : m_document(std::make_unique<TomlDocument>())
{}
CargoTomlFile::~CargoTomlFile() = default;
CargoTomlFile::CargoTomlFile(CargoTomlFile &&) noexcept = default;
CargoTomlFile &CargoTomlFile::operator=(CargoTomlFile &&) noexcept = default;

Expected<CargoTomlFile> CargoTomlFile::parse(const QByteArray &bytes, const QString &path)
{
    MIRRORDECK_TRY_ASSIGN(document, TomlDocument::parse(bytes, path));
    CargoTomlFile file;
    file.m_document = std::make_unique<TomlDocument>(std::move(document));
    return file;
}

std::optional<CargoTomlFile::Value> CargoTomlFile::value(const QStringList &keyPath) const
{
    if (keyPath.isEmpty())
        return std::nullopt;
    const auto found = m_document->value(tableOf(keyPath), {keyPath.last()});
    if (!found)
        return std::nullopt;
    Value v;
    v.isString = found->kind == TomlDocument::ValueKind::String;
    v.text = v.isString ? found->text : QString::fromUtf8(found->raw);
    v.line = found->line;
    return v;
}

QStringList CargoTomlFile::childKeys(const QStringList &keyPath) const
{
    return m_document->keys(table(keyPath));
}

bool CargoTomlFile::hasTable(const QStringList &keyPath) const
{
    return m_document->hasTable(table(keyPath));
}

Expected<void> CargoTomlFile::setString(const QStringList &keyPath, const QString &text)
{
    const TomlDocument::TableRef parent = tableOf(keyPath);
    if (!m_document->hasTable(parent) && !parent.path.isEmpty()) {
        // A new table of its own, at the end: "[source.mirror]\nregistry = …".
        MIRRORDECK_TRY(m_document->appendTable(parent.path,
                                               {{keyPath.last(), TomlDocument::quoteBasic(text)}}));
        return {};
    }
    MIRRORDECK_TRY(m_document->setString(parent, {keyPath.last()}, text));
    return {};
}

Expected<void> CargoTomlFile::remove(const QStringList &keyPath)
{
    if (!value(keyPath))
        return {};
    const Expected<bool> removed = m_document->removeKey(tableOf(keyPath), {keyPath.last()});
    if (removed && !value(keyPath))
        return {};
    // Inside an inline table (`crates-io = { replace-with = "x" }`), which loses no key line by
    // line: when the key is all it holds, the inline table goes with it.
    const QStringList parent = keyPath.mid(0, keyPath.size() - 1);
    if (parent.isEmpty() || childKeys(parent) != QStringList{keyPath.last()}) {
        if (!removed)
            return removed.error();
        return makeError(CoreError::Kind::BadFile,
                         QCoreApplication::translate("CargoTomlFile",
                                                     "“%1” cannot be removed from where the file "
                                                     "defines it; edit the file by hand.")
                             .arg(keyPath.join(QLatin1Char('.'))));
    }
    const QStringList grandParent = parent.mid(0, parent.size() - 1);
    MIRRORDECK_TRY(m_document->removeKey(table(grandParent), {parent.last()}));
    return {};
}

Expected<void> CargoTomlFile::removeTableIfEmpty(const QStringList &keyPath)
{
    if (keyPath.isEmpty() || !hasTable(keyPath) || !childKeys(keyPath).isEmpty())
        return {};
    // Only a section of its own with nothing but blank lines in it: a comment there is the
    // user's, and it stays with its header.
    const QList<TomlDocument::Table> tables = m_document->tables();
    int header = 0;
    int next = 0;
    for (const TomlDocument::Table &t : tables) {
        if (header && !next && t.line > header)
            next = t.line;
        if (t.path == keyPath && !t.isArrayEntry)
            header = t.line;
    }
    if (!header)
        return {};
    const QList<QByteArray> lines = m_document->toBytes().split('\n');
    const int end = next ? next - 1 : int(lines.size());
    for (int line = header + 1; line <= end && line <= lines.size(); ++line) {
        if (!lines.at(line - 1).trimmed().isEmpty())
            return {};
    }
    MIRRORDECK_TRY(m_document->removeTable(table(keyPath)));
    return {};
}

QByteArray CargoTomlFile::toBytes() const
{
    return m_document->toBytes();
}
