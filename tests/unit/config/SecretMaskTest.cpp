#include "config/SecretMask.h"
#include "migration/HistoryMerge.h"

#include <gtest/gtest.h>

TEST(SecretMask, HidesNpmTokensPasswordsAndUrlCredentialsButKeepsTheLineShape)
{
    const QByteArray file("registry=https://r.example/\r\n"
                          "//r.example/:_authToken=npm_SECRET1\r\n"
                          "_auth=dXNlcjpwYXNz\n"
                          "//r.example/:_password = cGFzcw==\n"
                          "index-url = https://alice:Pa55@pypi.example/simple\n"
                          "GOPROXY=https://tok3n@goproxy.example,direct\n"
                          "machine git.example login bob password hunter2\n"
                          "//r.example/:_authToken=${NPM_TOKEN}\n"
                          "# no secret here\n");
    const QByteArray masked = SecretMask::mask(file);
    for (const char *secret :
         {"npm_SECRET1", "dXNlcjpwYXNz", "cGFzcw==", "Pa55", "tok3n", "hunter2"})
        EXPECT_FALSE(masked.contains(secret)) << secret;
    EXPECT_TRUE(masked.contains("//r.example/:_authToken=<secret-hidden-by-MirrorDeck>\r\n"));
    EXPECT_TRUE(masked.contains("https://alice:<secret-hidden-by-MirrorDeck>@pypi.example/simple"));
    EXPECT_TRUE(masked.contains("${NPM_TOKEN}")) << "a reference is no secret";
    EXPECT_TRUE(masked.contains("# no secret here\n"));
    EXPECT_EQ(SecretMask::mask(masked), masked) << "masking is idempotent";
    EXPECT_EQ(SecretMask::mask("a=b\n"), QByteArray("a=b\n"));
}

TEST(SecretMask, UnmaskTakesTheCurrentSecretOrLeavesTheLineOut)
{
    const QByteArray stored = SecretMask::mask("registry=https://old.example/\n"
                                               "//old.example/:_authToken=OLD\n"
                                               "//gone.example/:_authToken=GONE\n");
    const QByteArray current("registry=https://new.example/\n"
                             "//old.example/:_authToken=CURRENT\n");
    QStringList lost;
    const QByteArray restored = SecretMask::unmask(stored, current, &lost);
    EXPECT_EQ(restored, QByteArray("registry=https://old.example/\n"
                                   "//old.example/:_authToken=CURRENT\n"));
    ASSERT_EQ(lost.size(), 1);
    EXPECT_TRUE(lost.first().startsWith(QLatin1String("//gone.example/:_authToken=")));
    EXPECT_FALSE(restored.contains(SecretMask::kMarker));
}

TEST(SecretMask, SummariesAndValuesAreMasked)
{
    EXPECT_EQ(
        SecretMask::maskText(QStringLiteral("global.index-url set to https://u:p@h/simple")),
        QStringLiteral("global.index-url set to https://u:<secret-hidden-by-MirrorDeck>@h/simple"));
}

TEST(SecretMask, HistoriesOfEarlierVersionsLoseTheirSecretsWhenMerged)
{
    const QByteArray token("npm_OLDSECRET42");
    const QByteArray before = "//r.example/:_authToken=" + token + "\n";
    const QByteArray history = "{\"version\":1,\"entries\":[{\"id\":\"1\",\"before\":\"" +
                               before.toBase64() + "\",\"after\":\"" + before.toBase64() +
                               "\",\"summary\":\"x\",\"keys\":[]}]}";
    const QByteArray masked = HistoryMerge::maskSecrets(history);
    EXPECT_FALSE(masked.contains(token.toBase64()));
    EXPECT_FALSE(masked.contains(token));
    EXPECT_TRUE(masked.contains(SecretMask::mask(before).toBase64()));
}

TEST(SecretMask, HidesTokensInYamlAndTomlKeysButNotTheirNeighbours)
{
    const QByteArray file("npmRegistryServer: \"https://r.example\"\n"
                          "npmScopes:\n"
                          "  corp:\n"
                          "    npmAuthToken: \"yarn-SECRET2\"\n"
                          "    npmAuthIdent: dXNlcjpZYVJu\n"
                          "    npmAlwaysAuth: true\n"
                          "[registries.corp]\n"
                          "token = \"cargo-SECRET3\"\n"
                          "password = 'uv-SECRET4'\n"
                          "tokenHelper=/usr/bin/helper\n");
    const QByteArray masked = SecretMask::mask(file);
    for (const char *secret : {"yarn-SECRET2", "dXNlcjpZYVJu", "cargo-SECRET3", "uv-SECRET4"})
        EXPECT_FALSE(masked.contains(secret)) << secret << "\n" << masked.constData();
    for (const char *kept : {"npmAlwaysAuth: true", "tokenHelper=/usr/bin/helper",
                             "npmRegistryServer: \"https://r.example\""})
        EXPECT_TRUE(masked.contains(kept)) << kept;
    EXPECT_EQ(SecretMask::mask(masked), masked);
}
