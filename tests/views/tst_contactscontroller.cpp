// The Contacts page's actions without its widgets: what each action changes in a real profile, what
// it asks the page to show (selection, details, status) and the errors it reports.
#include "ContactFixtures.h"
#include "core/actions/ConsentActions.h"
#include "core/actions/ContactActions.h"
#include "core/profile/Profile.h"
#include "models/ContactsModel.h"
#include "shared/phone/PhoneNumbers.h"
#include "views/contacts/ContactsController.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace iq;

class TestContactsController final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsSelectsAndUndoes();
    void groupsAndUngroupsWithUndo();
    void removingFromAnUnknownGroupReportsIt();
    void optsOutAndRecordsConsent();
    void consentWithoutASourceIsRefused();
    void mergesTwoIntoTheFirst();
    void mergingAnUnknownContactReportsIt();
    void deletesAndUndoes();
    void readsNumbersInTheRegionSet();
    void exportsAndReportsWhereTo();
    void anExportThatCannotWriteReportsIt();

private:
    QStringList ids() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ContactsModel> m_model;
    std::unique_ptr<ContactsController> m_controller;
    QString m_jose;
    QString m_anna;
};

void TestContactsController::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto profile = Profile::open(m_dir->path());
    QVERIFY2(profile, qPrintable(profile.errorMessage()));
    m_profile = std::move(profile).value();
    QVERIFY(m_profile->setSetting(QStringLiteral("default_region"), QStringLiteral("US")));
    Database& db = m_profile->database();
    m_jose = test::addContact(db, QStringLiteral("José"), QStringLiteral("Núñez"),
                              {QStringLiteral("(415) 555-0123")}, {QStringLiteral("jose@example.com")});
    m_anna = test::addContact(db, QStringLiteral("Anna"), QStringLiteral("Smith"),
                              {QStringLiteral("+1 212 555 0199")}, {QStringLiteral("anna@shop.example")});
    m_undo = std::make_unique<QUndoStack>();
    m_model = std::make_unique<ContactsModel>(db, m_profile->notifier());
    m_controller = std::make_unique<ContactsController>(*m_profile, *m_model, *m_undo);
}

void TestContactsController::cleanup() {
    m_controller.reset();
    m_model.reset();
    m_undo.reset();
    m_profile.reset();
    m_dir.reset();
}

QStringList TestContactsController::ids() const {
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->contactIdAt(row);
    return ids;
}

void TestContactsController::addsSelectsAndUndoes() {
    QSignalSpy selected(m_controller.get(), &ContactsController::contactToSelect);
    QSignalSpy errors(m_controller.get(), &ContactsController::errorChanged);
    Contact zoe;
    zoe.givenName = QStringLiteral("Zoë");
    zoe.familyName = QStringLiteral("Adams");
    QVERIFY(m_controller->addContact(zoe));
    QCOMPARE(m_model->totalCount(), 3);
    QCOMPARE(selected.size(), 1);
    const QString id = selected.at(0).at(0).toString();
    QVERIFY(ids().contains(id));
    QVERIFY(m_controller->lastError().isEmpty());
    QCOMPARE(errors.size(), 1); // the previous error cleared, none new
    QCOMPARE(errors.at(0).at(0).toString(), QString());

    m_undo->undo();
    m_model->refresh();
    QCOMPARE(m_model->totalCount(), 2);
    QVERIFY(!ids().contains(id));
}

void TestContactsController::groupsAndUngroupsWithUndo() {
    QVERIFY(m_controller->addToGroup({m_jose, m_anna}, QStringLiteral("VIP"), ConsentState::OptedIn,
                                     QStringLiteral("shop counter")));
    const QList<Group> groups = m_controller->groups();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first().name, QStringLiteral("VIP"));
    ContactActions contacts(*m_profile, QStringLiteral("test"));
    QCOMPARE(contacts.memberships(m_anna).value().size(), 1);

    m_controller->removeFromGroup({m_anna}, groups.first().id);
    QVERIFY(m_controller->lastError().isEmpty());
    QCOMPARE(contacts.memberships(m_anna).value().size(), 0);
    QCOMPARE(contacts.memberships(m_jose).value().size(), 1);
    m_undo->undo();
    QCOMPARE(contacts.memberships(m_anna).value().size(), 1);
}

void TestContactsController::removingFromAnUnknownGroupReportsIt() {
    QSignalSpy errors(m_controller.get(), &ContactsController::errorChanged);
    m_controller->removeFromGroup({m_anna}, QStringLiteral("no-such-group"));
    QVERIFY(!m_controller->lastError().isEmpty());
    QCOMPARE(errors.last().at(0).toString(), m_controller->lastError());
    QCOMPARE(m_undo->count(), 0);

    // The next action that succeeds clears it.
    QVERIFY(m_controller->optOut({m_anna}, QStringLiteral("phone call")));
    QVERIFY(m_controller->lastError().isEmpty());
    QCOMPARE(errors.last().at(0).toString(), QString());
}

void TestContactsController::optsOutAndRecordsConsent() {
    QSignalSpy details(m_controller.get(), &ContactsController::detailsChanged);
    QVERIFY(m_controller->optOut({m_jose}, QStringLiteral("replied STOP")));
    QCOMPARE(details.size(), 1);
    ConsentActions consent(*m_profile, QStringLiteral("test"));
    QCOMPARE(consent.effective(m_jose, {}, Channel::Sms).value(), ConsentState::OptedOut);
    QCOMPARE(consent.effective(m_anna, {}, Channel::Sms).value(), ConsentState::Unknown);

    QVERIFY(m_controller->recordConsent({m_anna}, {}, Channel::Email, ConsentState::OptedIn,
                                        ConsentMethod::Paper, QStringLiteral("signed form")));
    QCOMPARE(details.size(), 2);
    const auto history = consent.history(m_anna);
    QVERIFY(history.ok());
    QCOMPARE(history.value().size(), 1);
    QCOMPARE(history.value().first().change.state, ConsentState::OptedIn);
    QCOMPARE(history.value().first().change.source, QStringLiteral("signed form"));
    QCOMPARE(history.value().first().change.recordedBy, QStringLiteral("desktop"));
    // Consent is recorded in the ledger, never on the undo stack.
    QCOMPARE(m_undo->count(), 0);
}

void TestContactsController::consentWithoutASourceIsRefused() {
    QSignalSpy errors(m_controller.get(), &ContactsController::errorChanged);
    QVERIFY(!m_controller->recordConsent({m_anna}, {}, Channel::Sms, ConsentState::OptedIn,
                                         ConsentMethod::Manual, QStringLiteral("  ")));
    QVERIFY2(m_controller->lastError().contains(QStringLiteral("source")),
             qPrintable(m_controller->lastError()));
    QCOMPARE(errors.last().at(0).toString(), m_controller->lastError());
    QVERIFY(!m_controller->optOut({QStringLiteral("no-such-contact")}, QStringLiteral("call")));
    QVERIFY(!m_controller->lastError().isEmpty());
}

void TestContactsController::mergesTwoIntoTheFirst() {
    const auto pair = m_controller->mergePair(m_jose, m_anna);
    QVERIFY(pair);
    QCOMPARE(pair->first.givenName, QStringLiteral("José"));
    QCOMPARE(pair->second.givenName, QStringLiteral("Anna"));
    QSignalSpy selected(m_controller.get(), &ContactsController::contactToSelect);
    QVERIFY(
        m_controller->mergeContacts(m_jose, m_anna, MergeChoices::preferFilled(pair->first, pair->second)));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), m_jose);
    m_model->refresh();
    QCOMPARE(ids(), QStringList{m_jose});
    const auto kept = m_controller->contact(m_jose);
    QVERIFY(kept);
    QCOMPARE(kept->emails.size(), 2);
}

void TestContactsController::mergingAnUnknownContactReportsIt() {
    QVERIFY(!m_controller->mergePair(m_jose, QStringLiteral("no-such-contact")));
    QVERIFY2(m_controller->lastError().startsWith(QStringLiteral("Could not read the contacts to merge")),
             qPrintable(m_controller->lastError()));
    QVERIFY(!m_controller->mergeContacts(m_jose, QStringLiteral("no-such-contact"), MergeChoices{}));
    QVERIFY2(m_controller->lastError().startsWith(QStringLiteral("Could not merge the contacts")),
             qPrintable(m_controller->lastError()));
    QVERIFY(!m_controller->contact(QStringLiteral("no-such-contact")));
    QCOMPARE(m_model->totalCount(), 2);
}

void TestContactsController::deletesAndUndoes() {
    m_controller->deleteContacts({m_anna});
    QCOMPARE(ids(), QStringList{m_jose});
    m_undo->undo();
    m_model->refresh();
    QCOMPARE(m_model->totalCount(), 2);
    QVERIFY(ids().contains(m_anna));
}

void TestContactsController::readsNumbersInTheRegionSet() {
    QCOMPARE(m_controller->phoneNumbers().defaultRegion(), QStringLiteral("US"));
    QSignalSpy details(m_controller.get(), &ContactsController::detailsChanged);
    m_controller->setDefaultRegion(QStringLiteral("GB"));
    QCOMPARE(m_controller->phoneNumbers().defaultRegion(), QStringLiteral("GB"));
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.at(0).at(0).toString(), QString());
}

void TestContactsController::exportsAndReportsWhereTo() {
    QSignalSpy status(m_controller.get(), &ContactsController::statusMessage);
    const QString path = m_dir->filePath(QStringLiteral("everyone.csv"));
    QVERIFY(m_controller->exportContacts(false, path, ContactExporter::Format::Csv, nullptr));
    QVERIFY(status.wait(10000));
    QVERIFY(m_controller->lastError().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("Núñez")));
    QVERIFY(text.contains(QStringLiteral("anna@shop.example")));
}

void TestContactsController::anExportThatCannotWriteReportsIt() {
    QSignalSpy errors(m_controller.get(), &ContactsController::errorChanged);
    QSignalSpy status(m_controller.get(), &ContactsController::statusMessage);
    const QString path = m_dir->filePath(QStringLiteral("no-such-folder/everyone.csv"));
    QVERIFY(m_controller->exportContacts(false, path, ContactExporter::Format::Csv, nullptr));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->lastError().isEmpty(), 10000);
    QCOMPARE(errors.last().at(0).toString(), m_controller->lastError());
    QCOMPARE(status.size(), 0);
}

QTEST_GUILESS_MAIN(TestContactsController)
#include "tst_contactscontroller.moc"
