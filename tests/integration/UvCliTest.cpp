// mirrordeck-cli end to end for uv: the real executable against a temporary HOME. uv cannot be
// installed here, so what the CLI wrote is judged by Python's tomllib and uv's documented reading
// of it (the url of the [[index]] entry with default = true).

#include "support/ProcessAssertions.h"
#include "support/TestHome.h"
#include "support/Tomllib.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

const QString kUserFile = QStringLiteral(".config/uv/uv.toml");
const QString kTuna = QStringLiteral("https://pypi.tuna.tsinghua.edu.cn/simple");
const QByteArray kOriginal = "# my uv settings\r\nnative-tls = true\r\n\r\n[[index]]\r\nname = "
                             "\"torch\" # keep\r\nurl = 'https://download.pytorch.org/whl/cpu'\r\n";

ProcessResult cli(const TestHome &home, const QStringList &arguments)
{
    return home.cli(arguments);
}

// uv's reading of the user file by tomllib: the default index, "" when none.
QString uvDefaultIndex(const TestHome &home)
{
    const QJsonObject read = Tomllib::parseOne(home.path(kUserFile));
    EXPECT_TRUE(read.value("ok").toBool()) << read.value("message").toString().toStdString();
    for (const QJsonValue &entry : read.value("data").toObject().value("index").toArray()) {
        const QJsonObject index = entry.toObject();
        if (index.value("default").toObject().value("value") == "true")
            return index.value("url").toObject().value("value").toString();
    }
    return {};
}

bool haveTomllib()
{
    return !Tomllib::parse({QStringLiteral("/dev/null")}).isEmpty();
}

} // namespace

TEST(UvCli, UvByTomllib_UseSetGetUnsetHistoryRestore)
{
    if (!haveTomllib())
        GTEST_SKIP() << "python3 with tomllib is needed to judge uv.toml";
    TestHome home;
    home.writeFile(kUserFile, kOriginal);

    // use by URL appends the default entry and keeps every other byte.
    ASSERT_TRUE(succeeded(cli(home, {"use", "uv", kTuna})));
    EXPECT_EQ(home.readFile(kUserFile), kOriginal + "\r\n[[index]]\r\nurl = \"" + kTuna.toUtf8() +
                                            "\"\r\ndefault = true\r\n");
    EXPECT_EQ(uvDefaultIndex(home), kTuna);

    const ProcessResult get = cli(home, {"get", "uv", "default-index"});
    ASSERT_TRUE(succeeded(get));
    EXPECT_EQ(get.outText(), kTuna);

    // use by catalog id (a pip catalog mirror: uv reads the same protocol) edits that url in place.
    ASSERT_TRUE(succeeded(cli(home, {"use", "uv", "ustc"})));
    const QString ustc = uvDefaultIndex(home);
    EXPECT_TRUE(ustc.contains(QLatin1String("ustc"))) << ustc.toStdString();
    EXPECT_EQ(home.readFile(kUserFile),
              kOriginal + "\r\n[[index]]\r\nurl = \"" + ustc.toUtf8() + "\"\r\ndefault = true\r\n");

    // set through the generic command, then the same value again writes nothing.
    ASSERT_TRUE(succeeded(cli(home, {"set", "uv", "default-index", kTuna})));
    EXPECT_EQ(uvDefaultIndex(home), kTuna);
    const QByteArray afterSet = home.readFile(kUserFile);
    ASSERT_TRUE(succeeded(cli(home, {"set", "uv", "default-index", kTuna})));
    EXPECT_EQ(home.readFile(kUserFile), afterSet);

    // uv's validation speaks through the CLI, and nothing is written.
    const ProcessResult bad = cli(home, {"set", "uv", "default-index", "pypi.example/simple"});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(bad.err).contains(QLatin1String("https://")));
    EXPECT_EQ(home.readFile(kUserFile), afterSet);

    // unset removes the default entry and leaves the torch index and the comments.
    ASSERT_TRUE(succeeded(cli(home, {"unset", "uv", "default-index"})));
    EXPECT_EQ(home.readFile(kUserFile), kOriginal);
    EXPECT_EQ(uvDefaultIndex(home), QString());

    const ProcessResult history = cli(home, {"history", "uv", "--json"});
    ASSERT_TRUE(succeeded(history));
    const QJsonArray entries =
        QJsonDocument::fromJson(history.out).object().value("entries").toArray();
    ASSERT_EQ(entries.size(), 4); // use, use, set, unset (the no-op set records nothing)
    EXPECT_EQ(entries.at(0).toObject().value("id").toString(), "4");

    // restore 2 puts back what the second use changed: the file as the first use left it.
    ASSERT_TRUE(succeeded(cli(home, {"restore", "uv", "2"})));
    EXPECT_EQ(uvDefaultIndex(home), kTuna);
    EXPECT_EQ(home.readFile(kUserFile), kOriginal + "\r\n[[index]]\r\nurl = \"" + kTuna.toUtf8() +
                                            "\"\r\ndefault = true\r\n");
}

TEST(UvCli, StatusShowsSourceShadowsAndTheMirrorInUse)
{
    TestHome home;
    home.writeFile(kUserFile, "[[index]]\nurl = \"" + kTuna.toUtf8() + "\"\ndefault = true\n");
    home.writeFile(QStringLiteral(".bashrc"),
                   "export UV_DEFAULT_INDEX=https://shell.example/simple\n");
    home.writeFile(QStringLiteral("work/uv.toml"),
                   "index-url = \"https://project.example/simple\"\n");

    const ProcessResult status = cli(home, {"status", "uv", "--json"});
    ASSERT_TRUE(succeeded(status));
    const QJsonArray ecosystems =
        QJsonDocument::fromJson(status.out).object().value("ecosystems").toArray();
    ASSERT_EQ(ecosystems.size(), 1);
    const QJsonObject uv = ecosystems.at(0).toObject();
    EXPECT_EQ(uv.value("id").toString(), "uv");
    EXPECT_EQ(uv.value("user_file").toString(), home.path(kUserFile));
    EXPECT_EQ(uv.value("mirror_in_use").toObject().value("id").toString(), "tuna");
    const QJsonObject setting = uv.value("settings").toArray().at(0).toObject();
    EXPECT_EQ(setting.value("key").toString(), "default-index");
    EXPECT_EQ(setting.value("value").toString(), kTuna);
    EXPECT_EQ(setting.value("source").toObject().value("line").toInt(), 2);
    // The shell export and the project file's index-url both stand above the user file.
    const QJsonArray shadows = setting.value("shadows").toArray();
    ASSERT_EQ(shadows.size(), 2) << status.outText().toStdString();
    QStringList files;
    for (const QJsonValue &shadow : shadows)
        files << shadow.toObject().value("file").toString();
    EXPECT_TRUE(files.contains(home.path(QStringLiteral(".bashrc"))));
    EXPECT_TRUE(files.contains(home.path(QStringLiteral("work/uv.toml"))));

    // The text form names the tool; an unknown tool is a usage error.
    const ProcessResult text = cli(home, {"status", "uv"});
    ASSERT_TRUE(succeeded(text));
    EXPECT_TRUE(text.outText().startsWith(QLatin1String("uv  ")));
    EXPECT_FALSE(text.outText().contains(QLatin1String("npm")));
    EXPECT_EQ(cli(home, {"status", "nosuchtool"}).exitCode, 2);
}

TEST(UvCli, ListShowsPipsMirrorsWithTheOneInUse)
{
    TestHome home;
    home.writeFile(kUserFile, "[[index]]\nurl = \"" + kTuna.toUtf8() + "\"\ndefault = true\n");
    const ProcessResult list = cli(home, {"list", "uv"});
    ASSERT_TRUE(succeeded(list));
    EXPECT_TRUE(list.outText().startsWith(QLatin1String("uv  (default-index = ") + kTuna))
        << list.outText().toStdString();
    const ProcessResult pip = cli(home, {"list", "pip"});
    ASSERT_TRUE(succeeded(pip));
    // The same catalog entries for both tools.
    auto ids = [](const ProcessResult &result) {
        QStringList out;
        const QStringList lines = result.outText().split(QLatin1Char('\n'));
        for (const QString &line : lines.mid(1))
            out << line.mid(4).section(QLatin1Char(' '), 0, 0);
        return out;
    };
    EXPECT_EQ(ids(list), ids(pip));
    EXPECT_TRUE(list.outText().contains(QLatin1String("  * tuna")));
}
