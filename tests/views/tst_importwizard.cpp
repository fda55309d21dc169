#include "ContactFixtures.h"
#include "TestSupport.h"
#include "core/profile/Profile.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"
#include "models/ContactsModel.h"
#include "models/ImportPlanModel.h"
#include "views/MainWindow.h"
#include "views/contacts/ContactsPage.h"
#include "views/groups/GroupsPage.h"
#include "views/import/ContactExportTask.h"
#include "views/import/ImportHistoryDialog.h"
#include "views/import/ImportRunPages.h"
#include "views/import/ImportSourcePages.h"
#include "views/import/ImportWizard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace iq;

namespace {

QString fixture(const QString& name) {
    return test::dataPath(QStringLiteral("import/") + name);
}

int indexOfData(QComboBox* box, const QVariant& data) {
    const int index = box->findData(data);
    return index;
}

} // namespace

class TestImportWizard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void menuHasImportAndExport();
    void previewShowsDetectionAndRereads();
    void mapsAColumnByHandPlansAndImports();
    void recognizesGoogleAndSavesTheMapping();
    void namesAFileThatCannotBeRead();
    void consentNeedsASource();
    void cancelMidwayLeavesTheProfileUnchanged();
    void savingAtTheEndIsShownAndNotCancellable();
    void rollsBackFromTheReportAndFromHistory();
    void savesTheRejectedRows();
    void exportThenImportChangesNothing_data();
    void exportThenImportChangesNothing();
    void exportsTheShownListAndAGroup();
    void exportProgressMovesFromTheStart_data();
    void exportProgressMovesFromTheStart();
    void droppingAFileOnTheContactsPageOpensTheWizard();
    void screenshots();

private:
    ImportWizard* openOn(const QString& path);
    void goToPlan(ImportWizard* wizard);
    void import(ImportWizard* wizard);
    int contactCount();
    void exportAndWait(ContactExportTask* task, bool expectOk = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestImportWizard::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto profile = Profile::open(m_dir->filePath(QStringLiteral("profile")));
    QVERIFY2(profile, qPrintable(profile.errorMessage()));
    m_profile = std::move(profile).value();
    QVERIFY(m_profile->setSetting(QStringLiteral("default_region"), QStringLiteral("US")));
    // Already in the profile: the file's Ana Souza has the same number.
    test::addContact(m_profile->database(), QStringLiteral("Ana"), QStringLiteral("Souza"),
                     {QStringLiteral("415 555 0152")}, {});
    m_window = std::make_unique<MainWindow>(*m_profile);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportWizard::cleanup() {
    m_tester.reset();
    m_window.reset();
    m_profile.reset();
    m_dir.reset();
}

int TestImportWizard::contactCount() {
    auto count = ContactRepository(m_profile->database()).count();
    return count ? count.value() : -1;
}

ImportWizard* TestImportWizard::openOn(const QString& path) {
    ImportWizard* wizard = m_window->openImportWizard();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        wizard->planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(wizard->filePage()->pathField(), path);
    wizard->next();
    if (wizard->currentId() == ImportWizard::PreviewPageId)
        static_cast<void>(QTest::qWaitFor(
            [wizard] { return wizard->previewLoaded() || !wizard->lastError().isEmpty(); }, 10000));
    return wizard;
}

void TestImportWizard::goToPlan(ImportWizard* wizard) {
    while (wizard->currentId() != ImportWizard::PlanPageId) {
        const int before = wizard->currentId();
        wizard->next();
        QVERIFY2(wizard->currentId() != before, "the wizard did not move on");
    }
    QTRY_VERIFY_WITH_TIMEOUT(wizard->planPage()->isComplete() || !wizard->lastError().isEmpty(), 30000);
    QVERIFY2(wizard->lastError().isEmpty(), qPrintable(wizard->lastError()));
}

void TestImportWizard::import(ImportWizard* wizard) {
    QCOMPARE(wizard->currentId(), int(ImportWizard::PlanPageId));
    QVERIFY(wizard->button(QWizard::CommitButton)->isVisible());
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ImportWizard::ResultPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->resultPage()->isComplete(), 30000);
}

void TestImportWizard::exportAndWait(ContactExportTask* task, bool expectOk) {
    QSignalSpy finished(task, &ContactExportTask::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), expectOk);
}

void TestImportWizard::menuHasImportAndExport() {
    QCOMPARE(m_window->importAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(m_window->importAction()->text().contains(QStringLiteral("Import contacts")));
    QVERIFY(!m_window->exportAction()->shortcut().isEmpty());
    QVERIFY(m_window->importHistoryAction());
    m_window->importAction()->trigger();
    auto* wizard = m_window->findChild<ImportWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no file yet
    for (QWidget* widget : wizard->findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
            qobject_cast<QAbstractButton*>(widget)) {
            if (widget->isVisibleTo(wizard) && !widget->objectName().startsWith(QLatin1String("qt_")))
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }
    wizard->reject();
}

void TestImportWizard::previewShowsDetectionAndRereads() {
    ImportWizard* wizard = openOn(fixture(QStringLiteral("shop-customers-semicolon.csv")));
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    ImportPreviewPage* page = wizard->previewPage();
    QTableWidget* table = page->table();
    QCOMPARE(table->columnCount(), 5);
    QCOMPARE(table->rowCount(), 7);
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Customer"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Doe, Jane"));
    QVERIFY2(page->summaryLabel()->text().contains(QStringLiteral("UTF-8")),
             qPrintable(page->summaryLabel()->text()));
    QVERIFY(page->delimiterBox()->currentText().contains(QStringLiteral("semicolon"), Qt::CaseInsensitive));
    QVERIFY(page->headerBox()->isChecked());

    // Read as comma separated, each row sits in one column.
    page->delimiterBox()->setCurrentIndex(indexOfData(page->delimiterBox(), QStringLiteral(",")));
    QTRY_VERIFY(wizard->previewLoaded());
    QCOMPARE(wizard->preview().delimiter, QLatin1Char(','));
    QVERIFY(table->columnCount() != 5);
    QVERIFY(table->item(0, 0)->text().contains(QLatin1Char(';')));

    page->delimiterBox()->setCurrentIndex(indexOfData(page->delimiterBox(), QStringLiteral(";")));
    QTRY_VERIFY(wizard->previewLoaded());
    QCOMPARE(table->columnCount(), 5);

    // Without a header row the first row is data.
    page->headerBox()->setChecked(false);
    QTRY_VERIFY(wizard->previewLoaded());
    QCOMPARE(table->rowCount(), 8);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Customer"));
    page->headerBox()->setChecked(true);
    QTRY_VERIFY(wizard->previewLoaded());
    QCOMPARE(table->rowCount(), 7);

    // Another encoding is a choice too; the file is read again with it.
    page->encodingBox()->setCurrentIndex(indexOfData(page->encodingBox(), QByteArray("windows-1252")));
    QTRY_VERIFY(wizard->previewLoaded());
    QCOMPARE(wizard->preview().encoding, QByteArray("windows-1252"));
    wizard->reject();
}

void TestImportWizard::mapsAColumnByHandPlansAndImports() {
    ImportWizard* wizard = openOn(fixture(QStringLiteral("shop-customers-semicolon.csv")));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    ImportMappingPage* mapping = wizard->mappingPage();
    QCOMPARE(mapping->table()->rowCount(), 5);
    QCOMPARE(mapping->targetBox(1)->currentData().toInt(), int(ColumnRule::Target::Phone));
    QCOMPARE(mapping->targetBox(2)->currentData().toInt(), int(ColumnRule::Target::Email));
    // "Customer" is no name the formats use: map it by hand, and the shop notes to notes.
    QComboBox* customer = mapping->targetBox(0);
    QVERIFY(!customer->accessibleName().isEmpty());
    customer->setCurrentIndex(customer->findData(int(ColumnRule::Target::FullName)));
    mapping->targetBox(4)->setCurrentIndex(mapping->targetBox(4)->findData(int(ColumnRule::Target::Notes)));
    QVERIFY(wizard->mappingChangedByHand());
    QVERIFY(mapping->formatLabel()->text().contains(QStringLiteral("by hand")));
    QCOMPARE(wizard->mapping().rule(0).target, ColumnRule::Target::FullName);

    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::OptionsPageId));
    QCOMPARE(wizard->optionsPage()->regionField()->text(), QStringLiteral("US"));
    QVERIFY(wizard->optionsPage()->skipButton()->isChecked());
    QTest::keyClicks(wizard->optionsPage()->groupsField(), QStringLiteral("Shop customers"));

    goToPlan(wizard);
    ImportPlanModel* plan = wizard->planModel();
    QCOMPARE(plan->totalCount(), 7);
    QCOMPARE(plan->count(RowOutcome::Create), 4);
    QCOMPARE(plan->count(RowOutcome::Skip), 1);
    QCOMPARE(plan->count(RowOutcome::Duplicate), 1);
    QCOMPARE(plan->count(RowOutcome::Invalid), 1);
    QVERIFY(wizard->planPage()->summaryLabel()->text().contains(QStringLiteral("4 to create")));
    // The filter buttons carry the counts and filter the table.
    QAbstractButton* invalidButton = nullptr;
    for (QAbstractButton* button : wizard->planPage()->filterButtons()) {
        if (button->text().startsWith(displayName(RowOutcome::Invalid)))
            invalidButton = button;
    }
    QVERIFY(invalidButton);
    QCOMPARE(invalidButton->text(), displayName(RowOutcome::Invalid) + QStringLiteral(" (1)"));
    QTest::mouseClick(invalidButton, Qt::LeftButton);
    QCOMPARE(plan->rowCount(), 1);
    QCOMPARE(plan->index(0, ImportPlanModel::Name).data().toString(), QStringLiteral("Broken Number"));
    QCOMPARE(plan->index(0, ImportPlanModel::Line).data().toInt(), 7);
    const QString reason = plan->index(0, ImportPlanModel::Details).data().toString();
    QVERIFY2(reason.contains(QStringLiteral("\"12\"")), qPrintable(reason));
    wizard->planPage()->showOutcome(int(RowOutcome::Duplicate));
    QCOMPARE(plan->rowCount(), 1);
    QCOMPARE(plan->index(0, ImportPlanModel::Name).data().toString(), QStringLiteral("Pat J."));
    wizard->planPage()->showOutcome(-1);
    QCOMPARE(plan->rowCount(), 7);
    QCOMPARE(contactCount(), 1); // the plan changed nothing

    import(wizard);
    QVERIFY(wizard->importReport());
    QCOMPARE(wizard->importReport()->count(RowOutcome::Create), 4);
    QVERIFY(wizard->resultPage()->reportLabel()->text().contains(QStringLiteral("Created")));
    QCOMPARE(contactCount(), 5);

    // The contacts page shows them (the model hears of the commit made on the worker's connection).
    ContactsModel* model = m_window->contactsModel();
    QTRY_COMPARE(model->totalCount(), 5);
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, ContactsModel::Name).data().toString();
    QVERIFY2(names.contains(QStringLiteral("Jane Doe")) || names.contains(QStringLiteral("Doe, Jane")),
             qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY(names.contains(QStringLiteral("Li Na")));
    auto group = GroupRepository(m_profile->database()).find(QStringLiteral("Shop customers"));
    QVERIFY(group);
    QCOMPARE(GroupRepository(m_profile->database()).members(group.value().id).value().size(), 4);
    auto contacts = ContactRepository(m_profile->database()).list(0, 100);
    bool sawNotes = false;
    for (const Contact& contact : contacts.value())
        sawNotes = sawNotes || contact.notes == QStringLiteral("Bought a MacBook; wants news") ||
                   contact.notes == QStringLiteral("Prefers texts");
    QVERIFY(sawNotes);
    wizard->accept();
}

void TestImportWizard::recognizesGoogleAndSavesTheMapping() {
    ImportWizard* wizard = openOn(fixture(QStringLiteral("google.csv")));
    wizard->next();
    ImportMappingPage* mapping = wizard->mappingPage();
    QVERIFY2(mapping->formatLabel()->text().contains(QStringLiteral("Google Contacts")),
             qPrintable(mapping->formatLabel()->text()));
    QVERIFY(!wizard->mappingChangedByHand());
    // Skip the notes by hand, save, change again, load: the saved choice comes back.
    const int notes = static_cast<int>(wizard->mapping().headers().indexOf(QStringLiteral("Notes")));
    QVERIFY(notes >= 0);
    mapping->targetBox(notes)->setCurrentIndex(
        mapping->targetBox(notes)->findData(int(ColumnRule::Target::Skip)));
    const QString saved = m_dir->filePath(QStringLiteral("google-mapping.json"));
    QVERIFY(mapping->saveMapping(saved));
    mapping->targetBox(notes)->setCurrentIndex(
        mapping->targetBox(notes)->findData(int(ColumnRule::Target::Custom)));
    QCOMPARE(wizard->mapping().rule(notes).target, ColumnRule::Target::Custom);
    QVERIFY(mapping->loadMapping(saved));
    QCOMPARE(wizard->mapping().rule(notes).target, ColumnRule::Target::Skip);
    QCOMPARE(mapping->targetBox(notes)->currentData().toInt(), int(ColumnRule::Target::Skip));
    // A file that is not a mapping is refused with its name.
    const QString bogus = m_dir->filePath(QStringLiteral("bogus.json"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not json");
    file.close();
    QVERIFY(!mapping->loadMapping(bogus));
    QVERIFY(mapping->errorLabel()->text().contains(QStringLiteral("bogus.json")));
    wizard->reject();
}

void TestImportWizard::namesAFileThatCannotBeRead() {
    ImportWizard* wizard = m_window->openImportWizard();
    const QString missing = m_dir->filePath(QStringLiteral("no-such-file.csv"));
    wizard->setFilePath(missing);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
    QLabel* error = wizard->filePage()->errorLabel();
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("no-such-file.csv")) &&
                 error->text().contains(QStringLiteral("no such file")),
             qPrintable(error->text()));
    wizard->setFilePath(m_dir->path());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
    QVERIFY2(error->text().contains(QStringLiteral("folder")), qPrintable(error->text()));
    wizard->reject();
}

void TestImportWizard::consentNeedsASource() {
    ImportWizard* wizard = openOn(fixture(QStringLiteral("plain.csv")));
    wizard->next(); // mapping
    wizard->next(); // options
    ImportOptionsPage* options = wizard->optionsPage();
    QVERIFY(!options->consentSourceField()->isEnabled());
    options->consentBox()->setCurrentIndex(options->consentBox()->findData(int(ConsentState::OptedIn)));
    QVERIFY(options->consentSourceField()->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::OptionsPageId));
    QVERIFY(options->errorLabel()->isVisible());
    QTest::keyClicks(options->consentSourceField(), QStringLiteral("paper sign-up sheet, March 2026"));
    QCOMPARE(wizard->importOptions().consent, ConsentState::OptedIn);
    QCOMPARE(wizard->importOptions().consentSource, QStringLiteral("paper sign-up sheet, March 2026"));
    goToPlan(wizard);
    QCOMPARE(wizard->planModel()->count(RowOutcome::Create), 2);
    wizard->reject();
}

void TestImportWizard::cancelMidwayLeavesTheProfileUnchanged() {
    // Large enough to take several batches: people with e-mail addresses only, so the test does not
    // wait for phone number parsing.
    const QString path = m_dir->filePath(QStringLiteral("many.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("First Name,Last Name,E-mail\n");
    for (int i = 0; i < 40000; ++i)
        file.write(QStringLiteral("Person,Number %1,person%1@example.com\n").arg(i).toUtf8());
    file.close();

    ImportWizard* wizard = openOn(path);
    goToPlan(wizard);
    QCOMPARE(wizard->planModel()->count(RowOutcome::Create), 40000);
    const int before = contactCount();

    // Cancel as soon as the import reports its first batch.
    QMetaObject::Connection connection =
        connect(wizard, &ImportWizard::progressed, this, [wizard](qint64 done, qint64 total) {
            if (wizard->currentId() == ImportWizard::ResultPageId && done < total &&
                wizard->resultPage()->cancelButton()->isEnabled())
                QTest::mouseClick(wizard->resultPage()->cancelButton(), Qt::LeftButton);
        });
    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    disconnect(connection);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(wizard->lastError().contains(QStringLiteral("cancelled")), qPrintable(wizard->lastError()));
    QVERIFY(wizard->resultPage()->isComplete());
    QCOMPARE(contactCount(), before);
    auto imports = m_profile->database().exec(QStringLiteral("SELECT count(*) FROM imports"));
    QVERIFY(imports && imports.value().next());
    QCOMPARE(imports.value().value(0).toInt(), 0);
    wizard->accept();
}

void TestImportWizard::savingAtTheEndIsShownAndNotCancellable() {
    const QString path = m_dir->filePath(QStringLiteral("some.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("First Name,Last Name,E-mail\n");
    // Several batches: the file is read a batch ahead of the rows written.
    for (int i = 0; i < 20000; ++i)
        file.write(QStringLiteral("Person,Number %1,person%1@example.com\n").arg(i).toUtf8());
    file.close();
    ImportWizard* wizard = openOn(path);
    goToPlan(wizard);

    // What the page shows once every row is written, while the import indexes and saves them.
    bool sawEnd = false, cancelEnabledAtEnd = true, barBusyAtEnd = false, cancelEnabledBefore = false;
    QString statusAtEnd;
    QMetaObject::Connection connection =
        connect(wizard, &ImportWizard::progressed, this, [&, wizard](qint64 done, qint64 total) {
            if (wizard->currentId() != ImportWizard::ResultPageId)
                return;
            ImportResultPage* page = wizard->resultPage();
            if (done < total) {
                cancelEnabledBefore = page->cancelButton()->isEnabled();
                return;
            }
            sawEnd = true;
            cancelEnabledAtEnd = page->cancelButton()->isEnabled();
            barBusyAtEnd = page->progressBar()->maximum() == 0;
            for (QLabel* label : page->findChildren<QLabel*>()) {
                if (label->text().contains(QStringLiteral("indexing")))
                    statusAtEnd = label->text();
            }
        });
    import(wizard);
    disconnect(connection);
    QVERIFY(sawEnd);
    QVERIFY(cancelEnabledBefore);
    QVERIFY(!cancelEnabledAtEnd);
    QVERIFY(barBusyAtEnd);
    QCOMPARE(statusAtEnd, QStringLiteral("Saving the contacts and indexing them for search…"));
    QVERIFY2(wizard->lastError().isEmpty(), qPrintable(wizard->lastError()));
    wizard->accept();
}

void TestImportWizard::rollsBackFromTheReportAndFromHistory() {
    // From the report page.
    ImportWizard* wizard = openOn(fixture(QStringLiteral("plain.csv")));
    goToPlan(wizard);
    import(wizard);
    QCOMPARE(contactCount(), 3);
    QPushButton* undo = wizard->resultPage()->rollbackButton();
    QVERIFY(undo->isVisible() && undo->isEnabled());
    QSignalSpy rolledBack(wizard, &ImportWizard::rollbackFinished);
    QTest::mouseClick(undo, Qt::LeftButton);
    // Busy while it undoes (the answer comes back through the event loop, not before this line).
    QVERIFY(wizard->resultPage()->progressBar()->isVisible());
    QCOMPARE(wizard->resultPage()->progressBar()->maximum(), 0);
    QVERIFY(rolledBack.wait(30000));
    QVERIFY2(rolledBack.first().at(0).toBool(), qPrintable(rolledBack.first().at(1).toString()));
    QVERIFY(!wizard->resultPage()->progressBar()->isVisible());
    QCOMPARE(contactCount(), 1);
    QTRY_COMPARE(m_window->contactsModel()->totalCount(), 1);
    wizard->accept();

    // Import again, then undo from the history.
    wizard = openOn(fixture(QStringLiteral("plain.csv")));
    goToPlan(wizard);
    import(wizard);
    QCOMPARE(contactCount(), 3);
    wizard->accept();
    ImportHistoryDialog* history = m_window->openImportHistory();
    QTRY_COMPARE(history->table()->rowCount(), 2);
    QCOMPARE(history->table()->item(0, 1)->text(), QStringLiteral("plain.csv"));
    QVERIFY(!history->table()->item(1, 4)->text().isEmpty()); // the first one was undone
    QVERIFY(history->table()->item(0, 4)->text().isEmpty());
    history->table()->selectRow(1);
    QVERIFY(!history->rollbackButton()->isEnabled());
    history->table()->selectRow(0);
    QVERIFY(history->rollbackButton()->isEnabled());
    QVERIFY(!history->progressBar()->isVisible());
    QSignalSpy undone(history, &ImportHistoryDialog::rolledBack);
    history->rollbackRow(0);
    // Busy while it undoes, on the worker thread: this line runs before the answer comes back.
    QVERIFY(history->busy());
    QVERIFY(history->progressBar()->isVisible());
    QCOMPARE(history->progressBar()->maximum(), 0);
    QVERIFY(!history->rollbackButton()->isEnabled());
    QVERIFY(!history->closeButton()->isEnabled());
    history->table()->selectRow(0);
    QVERIFY(!history->rollbackButton()->isEnabled());
    history->reject(); // Escape waits for the undo to finish
    QVERIFY(history->isVisible());
    QVERIFY(undone.wait(30000));
    QVERIFY2(undone.first().at(0).toBool(), qPrintable(undone.first().at(1).toString()));
    QCOMPARE(contactCount(), 1);
    QTRY_VERIFY(!history->busy());
    QVERIFY(!history->progressBar()->isVisible());
    QVERIFY(history->closeButton()->isEnabled());
    QVERIFY(!history->table()->item(0, 4)->text().isEmpty());
    QVERIFY(!history->rollbackButton()->isEnabled()); // this one is undone now
    for (int column : {0, 4}) {                       // when it ran and when it was undone show whole
        const QString text = history->table()->item(0, column)->text();
        QVERIFY2(history->table()->fontMetrics().horizontalAdvance(text) + 8 <=
                     history->table()->columnWidth(column),
                 qPrintable(text));
    }
    QVERIFY(history->statusLabel()->text().contains(QStringLiteral("2 contacts removed")));
    history->close();
}

void TestImportWizard::savesTheRejectedRows() {
    ImportWizard* wizard = openOn(fixture(QStringLiteral("shop-customers-semicolon.csv")));
    goToPlan(wizard);
    import(wizard);
    QPushButton* save = wizard->resultPage()->saveRejectedButton();
    QVERIFY(save->isVisible());
    const QString path = m_dir->filePath(QStringLiteral("rejected.csv"));
    QVERIFY(wizard->resultPage()->saveRejectedRows(path));
    const QString text = QString::fromUtf8(test::fileBytes(path));
    QVERIFY2(text.startsWith(QStringLiteral("Customer;")) || text.startsWith(QStringLiteral("Customer,")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Broken Number")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Wei Chen")));
    QVERIFY(!wizard->resultPage()->saveRejectedRows(m_dir->filePath(QStringLiteral("missing/dir/x.csv"))));
    wizard->accept();
}

void TestImportWizard::exportThenImportChangesNothing_data() {
    QTest::addColumn<QString>("fileName");
    QTest::newRow("csv") << QStringLiteral("export.csv");
    QTest::newRow("vcard") << QStringLiteral("export.vcf");
}

void TestImportWizard::exportThenImportChangesNothing() {
    QFETCH(QString, fileName);
    ImportWizard* wizard = openOn(fixture(QStringLiteral("shop-customers-semicolon.csv")));
    wizard->next();
    wizard->mappingPage()->targetBox(0)->setCurrentIndex(
        wizard->mappingPage()->targetBox(0)->findData(int(ColumnRule::Target::FullName)));
    wizard->next();
    QTest::keyClicks(wizard->optionsPage()->groupsField(), QStringLiteral("Shop customers, Newsletter"));
    goToPlan(wizard);
    import(wizard);
    wizard->accept();
    const int count = contactCount();
    QCOMPARE(count, 5);

    const QString path = m_dir->filePath(fileName);
    ContactsPage* page = m_window->contactsPage();
    exportAndWait(page->exportContacts(false, path, ContactExportTask::formatOf(path)));
    QVERIFY(QFile::exists(path));

    wizard = openOn(path);
    goToPlan(wizard);
    ImportPlanModel* plan = wizard->planModel();
    QCOMPARE(plan->totalCount(), count);
    QCOMPARE(plan->count(RowOutcome::Unchanged), count);
    QCOMPARE(plan->count(RowOutcome::Create), 0);
    QCOMPARE(plan->count(RowOutcome::Update), 0);
    import(wizard);
    QCOMPARE(contactCount(), count);
    wizard->accept();
}

void TestImportWizard::exportsTheShownListAndAGroup() {
    Database& db = m_profile->database();
    const QString zoe =
        test::addContact(db, QStringLiteral("Zoë"), QStringLiteral("Adams"),
                         {QStringLiteral("(201) 555-0123")}, {QStringLiteral("zoe@example.com")});
    test::addToGroup(db, QStringLiteral("Mac Users"), zoe, ConsentState::OptedIn);
    test::addContact(db, QStringLiteral("Bob"), QStringLiteral("Stone"), {},
                     {QStringLiteral("bob@example.com")});
    m_window->contactsModel()->refresh();

    ContactsPage* page = m_window->contactsPage();
    QVERIFY(!page->exportShownAction()->isEnabled());
    page->searchField()->setText(QStringLiteral("zo"));
    page->applySearchNow();
    QTRY_COMPARE(m_window->contactsModel()->totalCount(), 1);
    QVERIFY(page->exportShownAction()->isEnabled());
    const QString shown = m_dir->filePath(QStringLiteral("shown.csv"));
    exportAndWait(page->exportContacts(true, shown, ContactExporter::Format::Csv));
    QString text = QString::fromUtf8(test::fileBytes(shown));
    QVERIFY(text.contains(QStringLiteral("Zoë")));
    QVERIFY(!text.contains(QStringLiteral("Bob")));
    QVERIFY(!text.contains(QStringLiteral("Souza")));

    GroupsPage* groups = m_window->groupsPage();
    auto group = GroupRepository(db).find(QStringLiteral("Mac Users"));
    QVERIFY(group);
    const QString grouped = m_dir->filePath(QStringLiteral("group.vcf"));
    QSignalSpy status(groups, &GroupsPage::statusMessage);
    exportAndWait(groups->exportGroup(group.value().id, grouped, ContactExporter::Format::VCard));
    text = QString::fromUtf8(test::fileBytes(grouped));
    QCOMPARE(text.count(QStringLiteral("BEGIN:VCARD")), 1);
    QVERIFY(text.contains(QStringLiteral("Adams")));
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().at(0).toString().contains(QStringLiteral("group.vcf")));

    // A file that cannot be written is reported with its name.
    exportAndWait(page->exportContacts(false, m_dir->filePath(QStringLiteral("missing/x.csv")),
                                       ContactExporter::Format::Csv),
                  false);
}

void TestImportWizard::exportProgressMovesFromTheStart_data() {
    QTest::addColumn<bool>("vcard");
    QTest::addColumn<int>("afterReading"); // of 1000: the share of the bar for reading the contacts
    QTest::newRow("csv") << false << 300;
    QTest::newRow("vcard") << true << 120;
}

void TestImportWizard::exportProgressMovesFromTheStart() {
    // The bar moves before the first contact is written: its first step is the contacts read, then it
    // only goes forward, to the end.
    QFETCH(bool, vcard);
    QFETCH(int, afterReading);
    ContactsPage* page = m_window->contactsPage();
    ContactExportTask* task =
        page->exportContacts(false, m_dir->filePath(QStringLiteral("progress.out")),
                             vcard ? ContactExporter::Format::VCard : ContactExporter::Format::Csv);
    QList<int> reported, shown;
    connect(task, &ContactExportTask::progressed, this, [&, task](int permille) {
        reported << permille;
        QVERIFY(task->progressDialog());
        shown << task->progressDialog()->value();
    });
    exportAndWait(task);
    QCOMPARE(reported, (QList<int>{afterReading, 1000})); // fewer than 1024 contacts: one report each
    QCOMPARE(shown, reported);
}

void TestImportWizard::droppingAFileOnTheContactsPageOpensTheWizard() {
    ContactsPage* page = m_window->contactsPage();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixture(QStringLiteral("plain.csv")))});
    const QPoint position = page->rect().center();
    QDragEnterEvent enter(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &drop);
    auto* wizard = m_window->findChild<ImportWizard*>();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    QTRY_VERIFY(wizard->previewLoaded());
    QCOMPARE(wizard->previewPage()->table()->rowCount(), 2);
    wizard->reject();
}

// Not a check: with IQ_SCREENSHOT_DIR set, saves a picture of each step (for the README and for
// looking at the wizard), on IQ_SCREENSHOT_FILE or the shop fixture.
void TestImportWizard::screenshots() {
    const QString directory = qEnvironmentVariable("IQ_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set IQ_SCREENSHOT_DIR to save pictures of the wizard's steps.");
    QString file = qEnvironmentVariable("IQ_SCREENSHOT_FILE");
    if (file.isEmpty())
        file = fixture(QStringLiteral("shop-customers-semicolon.csv"));
    test::addContact(m_profile->database(), QStringLiteral("Sofia"), QStringLiteral("Berg"),
                     {QStringLiteral("415-555-0108")}, {});
    auto shoot = [&](QWidget* widget, const QString& name) {
        QTest::qWait(200);
        QVERIFY(widget->grab().save(QDir(directory).filePath(name)));
    };
    ImportWizard* wizard = openOn(file);
    shoot(wizard, QStringLiteral("import-1-preview.png"));
    wizard->next();
    shoot(wizard, QStringLiteral("import-2-mapping.png"));
    wizard->next();
    QTest::keyClicks(wizard->optionsPage()->groupsField(), QStringLiteral("Spring sale"));
    wizard->optionsPage()->updateEmptyButton()->setChecked(true);
    shoot(wizard, QStringLiteral("import-3-options.png"));
    goToPlan(wizard);
    wizard->planPage()->table()->selectRow(std::min(9, wizard->planModel()->rowCount() - 1));
    shoot(wizard, QStringLiteral("import-4-plan.png"));
    wizard->planPage()->showOutcome(int(RowOutcome::Invalid));
    shoot(wizard, QStringLiteral("import-5-plan-invalid.png"));
    import(wizard);
    shoot(wizard, QStringLiteral("import-6-report.png"));
    wizard->accept();
    ImportHistoryDialog* history = m_window->openImportHistory();
    QTRY_COMPARE(history->table()->rowCount(), 1);
    history->table()->selectRow(0);
    shoot(history, QStringLiteral("import-7-history.png"));
    history->close();
    shoot(m_window.get(), QStringLiteral("import-8-contacts.png"));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
