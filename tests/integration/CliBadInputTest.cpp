// Bad input through the real CLI, for every ecosystem: a clear one-line error naming the file,
// a non-zero exit, and the file left byte-for-byte as it was.

#include "support/TestHome.h"

#include <QFile>

#include <gtest/gtest.h>

namespace {

struct EcosystemFile
{
    const char *ecosystem;
    const char *key;
    const char *value;
    const char *relativePath;
    QByteArray validContent;
};

const QList<EcosystemFile> &ecosystemFiles()
{
    static const QList<EcosystemFile> files = {
        {"go", "GOPROXY", "https://goproxy.cn,direct", ".config/go/env",
         "GOPROXY=https://goproxy.io,direct\n"},
        {"npm", "registry", "https://registry.npmmirror.com/", ".npmrc",
         "registry=https://registry.npmjs.org/\n"},
        {"pip", "global.index-url", "https://pypi.tuna.tsinghua.edu.cn/simple",
         ".config/pip/pip.conf", "[global]\nindex-url = https://pypi.org/simple\n"},
    };
    return files;
}

struct BadCase
{
    const char *name;
    QByteArray bytes;
};

QList<BadCase> badContents(const QByteArray &valid)
{
    QByteArray huge = valid;
    huge += QByteArray(1024 * 1024 + 10, '#');
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage += char((i * 7919 + 13) % 256);
    return {
        {"nul", valid + QByteArray("x=\0y\n", 5)},
        // In a line every tool reads (go and npm skip invalid bytes in comments; see below).
        {"invalid-utf8", valid + "X=caf\xE9 au lait\n"},
        {"over-1mb", huge},
        {"binary-garbage", garbage},
    };
}

QString oneLine(const QByteArray &stderrBytes)
{
    return QString::fromUtf8(stderrBytes).trimmed();
}

} // namespace

TEST(CliBadInput, BinaryInvalidUtf8AndHugeFilesAreRefusedAndLeftAlone)
{
    for (const EcosystemFile &file : ecosystemFiles()) {
        for (const BadCase &bad : badContents(file.validContent)) {
            TestHome home;
            home.writeFile(QString::fromLatin1(file.relativePath), bad.bytes);
            const ProcessResult result =
                home.cli({QStringLiteral("set"), QString::fromLatin1(file.ecosystem),
                          QString::fromLatin1(file.key), QString::fromLatin1(file.value)});
            const QString message = oneLine(result.err);
            EXPECT_EQ(result.exitCode, 1) << file.ecosystem << " " << bad.name;
            EXPECT_EQ(message.count(QLatin1Char('\n')), 0) << message.toStdString();
            EXPECT_TRUE(message.contains(QString::fromLatin1(file.relativePath)))
                << file.ecosystem << " " << bad.name << ": " << message.toStdString();
            EXPECT_EQ(home.readFile(QString::fromLatin1(file.relativePath)), bad.bytes)
                << file.ecosystem << " " << bad.name;
        }
    }
}

TEST(CliBadInput, ReadOnlyFileAndDirectoryAreRefusedAndLeftAlone)
{
    for (const EcosystemFile &file : ecosystemFiles()) {
        const QString relative = QString::fromLatin1(file.relativePath);
        {
            TestHome home;
            home.writeFile(relative, file.validContent);
            QFile::setPermissions(home.path(relative),
                                  QFileDevice::ReadOwner | QFileDevice::ReadGroup);
            const ProcessResult result =
                home.cli({QStringLiteral("set"), QString::fromLatin1(file.ecosystem),
                          QString::fromLatin1(file.key), QString::fromLatin1(file.value)});
            EXPECT_EQ(result.exitCode, 1) << file.ecosystem;
            EXPECT_TRUE(oneLine(result.err).contains(QStringLiteral("read-only")))
                << oneLine(result.err).toStdString();
            EXPECT_EQ(home.readFile(relative), file.validContent) << file.ecosystem;
        }
        {
            TestHome home;
            home.writeFile(relative, file.validContent);
            const QString directory = QFileInfo(home.path(relative)).absolutePath();
            QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            const ProcessResult result =
                home.cli({QStringLiteral("set"), QString::fromLatin1(file.ecosystem),
                          QString::fromLatin1(file.key), QString::fromLatin1(file.value)});
            QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner);
            EXPECT_EQ(result.exitCode, 1) << file.ecosystem;
            EXPECT_EQ(home.readFile(relative), file.validContent) << file.ecosystem;
        }
        {
            TestHome home;
            home.writeFile(relative, file.validContent);
            QFile::setPermissions(home.path(relative), QFileDevice::Permissions());
            const ProcessResult result =
                home.cli({QStringLiteral("set"), QString::fromLatin1(file.ecosystem),
                          QString::fromLatin1(file.key), QString::fromLatin1(file.value)});
            QFile::setPermissions(home.path(relative),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            EXPECT_EQ(result.exitCode, 1) << file.ecosystem;
            EXPECT_EQ(home.readFile(relative), file.validContent) << file.ecosystem;
        }
    }
}

TEST(CliBadInput, InvalidValuesAreRefusedWithTheKeyNamedAndNothingWritten)
{
    const struct
    {
        const char *ecosystem;
        const char *key;
        const char *value;
    } invalid[] = {
        {"go", "GOPROXY", "ftp://goproxy.cn"},
        {"go", "GOPROXY", ",,"},
        {"go", "GOSUMDB", "sum.golang.org https://a https://b"},
        {"go", "GOPRIVATE", "*.corp.example.com, github.com/me"},
        {"npm", "registry", "not a url"},
        {"npm", "registry", "ftp://registry.example.com/"},
        {"npm", "strict-ssl", "maybe"},
        {"pip", "global.index-url", "pypi.tuna.tsinghua.edu.cn/simple"},
        {"pip", "global.timeout", "soon"},
    };
    for (const auto &testCase : invalid) {
        TestHome home;
        const ProcessResult result =
            home.cli({QStringLiteral("set"), QString::fromLatin1(testCase.ecosystem),
                      QString::fromLatin1(testCase.key), QString::fromLatin1(testCase.value)});
        const QString message = oneLine(result.err);
        EXPECT_EQ(result.exitCode, 1) << testCase.key << "=" << testCase.value;
        EXPECT_EQ(message.count(QLatin1Char('\n')), 0) << message.toStdString();
        EXPECT_TRUE(
            message.contains(QString::fromLatin1(testCase.key).section(QLatin1Char('.'), -1)))
            << testCase.key << ": " << message.toStdString();
        EXPECT_TRUE(home.readFile(QStringLiteral(".config/go/env")).isEmpty());
        EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".npmrc"))));
        EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".config/pip/pip.conf"))));
    }
}

TEST(CliBadInput, UnknownEcosystemOrKeyIsAUsageOrKeyError)
{
    TestHome home;
    const ProcessResult unknownEcosystem =
        home.cli({QStringLiteral("get"), QStringLiteral("maven"), QStringLiteral("mirror")});
    EXPECT_EQ(unknownEcosystem.exitCode, 2);
    EXPECT_TRUE(oneLine(unknownEcosystem.err).contains(QStringLiteral("go, npm, pip")));
    const ProcessResult unknownKey =
        home.cli({QStringLiteral("set"), QStringLiteral("go"), QStringLiteral("GOFLAGS"),
                  QStringLiteral("-mod=mod")});
    EXPECT_EQ(unknownKey.exitCode, 1);
    EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".config/go/env"))));
}

TEST(CliBadInput, InvalidUtf8InACommentIsKeptWhereTheToolIgnoresItAndRefusedForPip)
{
    for (const EcosystemFile &file : ecosystemFiles()) {
        TestHome home;
        const QString relative = QString::fromLatin1(file.relativePath);
        const QByteArray comment("# caf\xE9 au lait\n");
        home.writeFile(relative, comment + file.validContent);
        const ProcessResult result =
            home.cli({QStringLiteral("set"), QString::fromLatin1(file.ecosystem),
                      QString::fromLatin1(file.key), QString::fromLatin1(file.value)});
        const QByteArray after = home.readFile(relative);
        if (QByteArray(file.ecosystem) == "pip") {
            // pip itself refuses the whole file ("contains invalid UTF-8 characters").
            EXPECT_EQ(result.exitCode, 1);
            EXPECT_TRUE(oneLine(result.err).contains(relative + QStringLiteral(":1:")))
                << oneLine(result.err).toStdString();
            EXPECT_EQ(after, comment + file.validContent);
            continue;
        }
        EXPECT_EQ(result.exitCode, 0)
            << file.ecosystem << ": " << oneLine(result.err).toStdString();
        EXPECT_TRUE(after.startsWith(comment)) << file.ecosystem;
        EXPECT_TRUE(after.contains(file.value)) << file.ecosystem;
    }
}
