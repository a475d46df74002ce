#pragma once

// Errors are values in the core: a call that can fail returns Expected<T>, holding either the
// result or a CoreError whose message is already translated and complete (what went wrong, which
// file and line, what to do next). No exceptions cross Qt event boundaries.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

struct CoreError
{
    enum class Kind
    {
        InvalidValue, // a value fails validation
        UnknownKey,   // a key MirrorDeck does not manage
        Io,           // the file could not be read or written
        BadFile,      // the file is not a text config file the tool can read
        Conflict,     // the file changed on disk since it was read
        NotFound,     // a history entry, catalog id … does not exist
        Usage,        // wrong arguments
        Network,
    };

    Kind kind = Kind::InvalidValue;
    QString message; // translated sentence(s)
    QString filePath;
    int line = 0; // 1-based; 0 when no line applies

    // "file:line: message" (or shorter when file/line are absent): the one-line CLI form.
    QString toString() const
    {
        QString where = filePath;
        if (!where.isEmpty() && line > 0)
            where += QLatin1Char(':') + QString::number(line);
        return where.isEmpty() ? message : where + QLatin1String(": ") + message;
    }
};

inline CoreError makeError(CoreError::Kind kind, const QString &message,
                           const QString &filePath = {}, int line = 0)
{
    return CoreError{kind, message, filePath, line};
}

template <typename T> class Expected
{
public:
    Expected(T value)
        : m_data(std::move(value))
    {} // NOLINT(google-explicit-constructor)
    Expected(CoreError error)
        : m_data(std::move(error))
    {} // NOLINT(google-explicit-constructor)

    bool hasValue() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const CoreError &error() const { return std::get<CoreError>(m_data); }

private:
    std::variant<T, CoreError> m_data;
};

// Expected<void>: success, or an error.
template <> class Expected<void>
{
public:
    Expected() = default;
    Expected(CoreError error)
        : m_error(std::move(error))
    {} // NOLINT(google-explicit-constructor)

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const CoreError &error() const { return *m_error; }

private:
    std::optional<CoreError> m_error;
};
