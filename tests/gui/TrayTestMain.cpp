// The main() of the tray tests: a real X server is needed (a tray host embeds the icon over the
// XEmbed protocol, which the offscreen platform does not have), so xcb is used where DISPLAY is
// set — even when the environment asks for offscreen, as scripts/run-tests.sh does for every other
// GUI test; without DISPLAY the platform is offscreen and the tests that need a tray skip.

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariableIsEmpty("DISPLAY") ? "offscreen" : "xcb");
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qputenv("LANG", "C.UTF-8");
    QApplication::setOrganizationName(QStringLiteral("MirrorDeckTests"));
    QApplication::setApplicationName(QStringLiteral("MirrorDeckTrayTests"));
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
