#pragma once

// GoogleTest printers for Qt value types, so a failing EXPECT_EQ on QString shows the text
// instead of dumping (or, for QString, walking) raw bytes.

#include <QByteArray>
#include <QString>

#include <ostream>

inline void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}

inline void PrintTo(const QByteArray &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}
