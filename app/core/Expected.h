#pragma once

// Errors are values in the core: a call that can fail returns Expected<T>, holding either the
// result or a CoreError whose message is already translated and complete (what went wrong, which
// file and line, what to do next). No exceptions cross Qt event boundaries.

#include <QString>
#include <QtGlobal>

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
        Busy,         // another MirrorDeck process holds the file's lock; nothing was written
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

// [[nodiscard]]: an ignored result is an ignored error.
template <typename T> class [[nodiscard]] Expected
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

    // Never throws: asking for the value of an error is a programming error, caught by the assert
    // in debug builds (std::get would throw std::bad_variant_access across Qt's event loop).
    const T &value() const &
    {
        Q_ASSERT(hasValue());
        return *std::get_if<T>(&m_data);
    }
    T &value() &
    {
        Q_ASSERT(hasValue());
        return *std::get_if<T>(&m_data);
    }
    T &&value() &&
    {
        Q_ASSERT(hasValue());
        return std::move(*std::get_if<T>(&m_data));
    }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const CoreError &error() const
    {
        Q_ASSERT(!hasValue());
        return *std::get_if<CoreError>(&m_data);
    }
    // The error as an optional, for code that keeps "no error" and "an error" in one field.
    std::optional<CoreError> errorIfAny() const
    {
        return hasValue() ? std::nullopt : std::optional<CoreError>(error());
    }

private:
    std::variant<T, CoreError> m_data;
};

// Expected<void>: success, or an error.
template <> class [[nodiscard]] Expected<void>
{
public:
    Expected() = default;
    Expected(CoreError error)
        : m_error(std::move(error))
    {} // NOLINT(google-explicit-constructor)

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const CoreError &error() const
    {
        Q_ASSERT(m_error.has_value());
        return *m_error;
    }
    std::optional<CoreError> errorIfAny() const { return m_error; }

private:
    std::optional<CoreError> m_error;
};

// Forwarding an error is one line, not three:
//   MIRRORDECK_TRY(validate(key, value));                 // returns the error, if any
//   MIRRORDECK_TRY_ASSIGN(file, ConfigFileReader::read(path)); // `auto file = …value()`
#define MIRRORDECK_CONCAT_INNER(a, b) a##b
#define MIRRORDECK_CONCAT(a, b) MIRRORDECK_CONCAT_INNER(a, b)
#define MIRRORDECK_TRY(expression)                                                                 \
    do {                                                                                           \
        if (auto mirrordeckTryResult = (expression); !mirrordeckTryResult)                         \
            return mirrordeckTryResult.error();                                                    \
    } while (false)
#define MIRRORDECK_TRY_ASSIGN(name, expression)                                                    \
    auto MIRRORDECK_CONCAT(mirrordeckTry_, __LINE__) = (expression);                               \
    if (!MIRRORDECK_CONCAT(mirrordeckTry_, __LINE__))                                              \
        return MIRRORDECK_CONCAT(mirrordeckTry_, __LINE__).error();                                \
    auto name = std::move(MIRRORDECK_CONCAT(mirrordeckTry_, __LINE__)).value()
