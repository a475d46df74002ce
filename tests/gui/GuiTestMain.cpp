// The main() of every GUI test executable: a real QApplication on the offscreen platform (unless
// the caller chose another, e.g. xcb under Xvfb), then GoogleTest.

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // English UI whatever the machine's locale: tests read labels; language switching is tested
    // explicitly.
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qputenv("LANG", "C.UTF-8");
    // Tests must never touch the developer's real settings or history.
    QApplication::setOrganizationName(QStringLiteral("MirrorDeckTests"));
    QApplication::setApplicationName(QStringLiteral("MirrorDeckGuiTests"));
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
