// Validation of registry URLs, scopes and strict-ssl, with examples from npm's own rules
// (nopt's url type, validate-npm-package-name, the Boolean type).

#include "ecosystems/npm/NpmValueValidator.h"

#include <gtest/gtest.h>

namespace {

bool valid(const QString &key, const QString &value,
           const QProcessEnvironment &environment = QProcessEnvironment())
{
    return NpmValueValidator::validate(key, value, environment).hasValue();
}

} // namespace

TEST(NpmValidation, RegistryAcceptsHttpAndHttpsUrls)
{
    EXPECT_TRUE(valid(QStringLiteral("registry"), QStringLiteral("https://registry.npmjs.org/")));
    EXPECT_TRUE(valid(QStringLiteral("registry"), QStringLiteral("http://127.0.0.1:4873/")));
    EXPECT_TRUE(valid(QStringLiteral("registry"), QStringLiteral("https://h.example/npm")));
}

TEST(NpmValidation, RegistryRejectsWhatNpmCannotUse)
{
    for (const char *bad : {"", "registry.npmjs.org", "ftp://h/", "https:///x", "https://h/ x",
                            "https://h/?a=1", "https://h/#x", "file:///tmp/x", "https://"}) {
        const Expected<void> result =
            NpmValueValidator::validate(QStringLiteral("registry"), QString::fromUtf8(bad), {});
        ASSERT_FALSE(result.hasValue()) << bad;
        EXPECT_EQ(result.error().kind, CoreError::Kind::InvalidValue);
        EXPECT_TRUE(result.error().message.contains(QLatin1String("Example"))) << bad;
    }
}

TEST(NpmValidation, RegistryReferencesAreCheckedAfterExpansion)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("MIRROR"), QStringLiteral("https://m.example/"));
    EXPECT_TRUE(valid(QStringLiteral("registry"), QStringLiteral("${MIRROR}"), environment));
    EXPECT_FALSE(valid(QStringLiteral("registry"), QStringLiteral("${UNSET_VAR}"), environment));
}

TEST(NpmValidation, ScopesFollowPackageNameRules)
{
    EXPECT_TRUE(NpmValueValidator::isScopedRegistryKey(QStringLiteral("@my-co:registry")));
    EXPECT_TRUE(NpmValueValidator::isScopedRegistryKey(QStringLiteral("@a.b_c:registry")));
    EXPECT_FALSE(NpmValueValidator::isScopedRegistryKey(QStringLiteral("@MyCo:registry")));
    EXPECT_FALSE(NpmValueValidator::isScopedRegistryKey(QStringLiteral("@:registry")));
    EXPECT_FALSE(NpmValueValidator::isScopedRegistryKey(QStringLiteral("@a/b:registry")));
    EXPECT_FALSE(NpmValueValidator::isScopedRegistryKey(QStringLiteral("@_x:registry")));
    EXPECT_FALSE(NpmValueValidator::isScopedRegistryKey(QStringLiteral("@.x:registry")));
    EXPECT_FALSE(NpmValueValidator::isScopedRegistryKey(QStringLiteral("@x!:registry")));
    EXPECT_FALSE(NpmValueValidator::isScopedRegistryKey(QStringLiteral("mycompany:registry")));
    EXPECT_FALSE(valid(QStringLiteral("@Bad:registry"), QStringLiteral("https://h/")));
    EXPECT_TRUE(valid(QStringLiteral("@good:registry"), QStringLiteral("https://h/")));
}

TEST(NpmValidation, StrictSslIsTrueOrFalseOnly)
{
    EXPECT_TRUE(valid(QStringLiteral("strict-ssl"), QStringLiteral("true")));
    EXPECT_TRUE(valid(QStringLiteral("strict-ssl"), QStringLiteral("false")));
    for (const char *bad : {"no", "0", "False", "", "yes"})
        EXPECT_FALSE(valid(QStringLiteral("strict-ssl"), QString::fromUtf8(bad))) << bad;
}

TEST(NpmValidation, UnknownKeysAreRefused)
{
    const Expected<void> result =
        NpmValueValidator::validate(QStringLiteral("cafile"), QStringLiteral("/x"), {});
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(result.error().kind, CoreError::Kind::UnknownKey);
}

TEST(NpmValidation, MissingTrailingSlashIsAHintNotAnError)
{
    const QString url = QStringLiteral("https://h.example/npm");
    EXPECT_TRUE(valid(QStringLiteral("registry"), url));
    const QStringList hints = NpmValueValidator::hints(QStringLiteral("registry"), url, {});
    ASSERT_EQ(hints.size(), 1);
    EXPECT_TRUE(hints.first().contains(QLatin1String("//h.example/npm/")));
    EXPECT_TRUE(
        NpmValueValidator::hints(QStringLiteral("registry"), url + QLatin1Char('/'), {}).isEmpty());
}

TEST(NpmValidation, NerfDartMatchesNpm)
{
    EXPECT_EQ(NpmValueValidator::nerfDart(QStringLiteral("https://h.example/npm")), "//h.example/");
    EXPECT_EQ(NpmValueValidator::nerfDart(QStringLiteral("https://h.example/npm/")),
              "//h.example/npm/");
    EXPECT_EQ(NpmValueValidator::nerfDart(QStringLiteral("http://h:8080/a/b?x")), "//h:8080/a/");
    EXPECT_EQ(NpmValueValidator::nerfDart(QStringLiteral("https://h:443/")), "//h/");
}
