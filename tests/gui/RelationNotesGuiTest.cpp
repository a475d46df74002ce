// The descriptors' relation notes on the tool pages: a tool's own relationNote on its page, and
// the relatedToNote of every tool whose relatedTo names a page on that page. Two toy descriptors
// (tests/toy) are registered for it: the toy, and a "toy reader" that reads the toy's setting.

#include "ToyEcosystem.h"
#include "ecosystems/EcosystemRegistry.h"
#include "gui/ShellFixture.h"
#include "pages/ConfigService.h"
#include "pages/CurrentMirrorCard.h"
#include "pages/EcosystemPage.h"

#include <QLabel>

#include <gtest/gtest.h>

namespace {

const QString kOwnNote = QStringLiteral("Toy Reader reads the toy's mirror setting.");
const QString kRelatedNote = QStringLiteral("Toy Reader reads this setting too.");

class RelationNotes : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        registerToyEcosystem();
        Ecosystem reader = toyEcosystem();
        reader.id = QStringLiteral("toyreader");
        reader.displayName = [] { return QStringLiteral("Toy Reader"); };
        reader.relatedTo = QStringLiteral("toy");
        reader.relationNote = [] { return kOwnNote; };
        reader.relatedToNote = [] { return kRelatedNote; };
        EcosystemRegistry::add(reader);
    }

    // The page of `ecosystem`, shown; the label shows the notes on one elided line and whole in
    // its tool-tip, which is what is returned (with the line, which must not be empty).
    QString notesShownOn(const QString &ecosystem)
    {
        ConfigService service(ecosystem, f.context);
        EcosystemPage page(&service, nullptr);
        page.resize(1000, 700);
        page.show();
        auto *label = page.card()->findChild<QLabel *>(QStringLiteral("relationNotes"));
        if (!label || !label->isVisible())
            return {};
        if (label->text().isEmpty())
            return {};
        const QString text = label->toolTip();
        page.hide();
        f.pool.waitForDone();
        return text;
    }

    ShellFixture f;
};

} // namespace

TEST_F(RelationNotes, TheReadersPageShowsItsOwnNote)
{
    const QString shown = notesShownOn(QStringLiteral("toyreader"));
    EXPECT_TRUE(shown.contains(kOwnNote)) << qPrintable(shown);
    EXPECT_FALSE(shown.contains(kRelatedNote)) << qPrintable(shown);
}

TEST_F(RelationNotes, TheReadToolsPageShowsTheReadersNoteForIt)
{
    const QString shown = notesShownOn(QStringLiteral("toy"));
    EXPECT_TRUE(shown.contains(kRelatedNote)) << qPrintable(shown);
    EXPECT_FALSE(shown.contains(kOwnNote)) << qPrintable(shown);
}

TEST_F(RelationNotes, AnUnrelatedPageShowsNone)
{
    EXPECT_TRUE(notesShownOn(QStringLiteral("go")).isEmpty());
    EXPECT_TRUE(EcosystemPage::relationNotes(QStringLiteral("go")).isEmpty());
}
