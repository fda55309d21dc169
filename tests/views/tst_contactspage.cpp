#include "ContactFixtures.h"
#include "core/profile/Profile.h"
#include "core/store/ConsentLedger.h"
#include "core/store/ContactRepository.h"
#include "core/store/GroupRepository.h"
#include "models/ContactsModel.h"
#include "models/DuplicatePairsModel.h"
#include "models/GroupMembersModel.h"
#include "models/GroupsModel.h"
#include "shared/domain/Consent.h"
#include "shared/phone/PhoneNumbers.h"
#include "views/contacts/ConsentDialogs.h"
#include "views/contacts/ContactDetailPane.h"
#include "views/contacts/ContactEditorDialog.h"
#include "views/contacts/ContactFilterBar.h"
#include "views/contacts/ContactsPage.h"
#include "views/contacts/DuplicatesDialog.h"
#include "views/contacts/MergeContactsDialog.h"
#include "views/groups/GroupsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace iq;

namespace {

// Answers the next modal dialog of type T with `answer`, which fills it in and closes it.
template <typename T> void answerNextDialog(std::function<void(T*)> answer) {
    QTimer::singleShot(0, qApp, [answer] {
        T* dialog = nullptr;
        for (int attempt = 0; attempt < 50 && !dialog; ++attempt) {
            dialog = qobject_cast<T*>(QApplication::activeModalWidget());
            if (!dialog)
                QTest::qWait(20);
        }
        QVERIFY2(dialog, "the expected dialog did not open");
        answer(dialog);
    });
}

QStringList column(const QAbstractItemModel& model, int column) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

namespace {

// What the main window leaves a page at its default size.
constexpr QSize kPageSizeAtDefault(1150, 700);

// Whether the action has a button on the page that shows: an action a toolbar has no room for sits
// behind the toolbar's overflow button, its own button hidden.
bool shownButton(QWidget& page, QAction* action) {
    for (QToolBar* bar : page.findChildren<QToolBar*>()) {
        if (QWidget* button = bar->widgetForAction(action))
            return button->isVisible();
    }
    for (QToolButton* button : page.findChildren<QToolButton*>()) {
        if (button->defaultAction() == action)
            return button->isVisible();
    }
    return false;
}

// The application's translation of a language installed for as long as it lives ("en" is the source).
class InterfaceLanguage final {
public:
    explicit InterfaceLanguage(const QString& language) {
        if (language == QLatin1String("en")) {
            m_loaded = true;
            return;
        }
        m_loaded = m_translator.load(
            QDir(QStringLiteral(IQ_QM_DIR)).filePath(QStringLiteral("iqmessaging_%1.qm").arg(language)));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~InterfaceLanguage() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

void languages() {
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "de", "fr", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

} // namespace

class TestContactsPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addsAContactThroughTheEditor();
    void editorRefusesABadEmailAndKeepsAnInvalidNumber();
    void editsAndUndoes();
    void searchesAsYouType();
    void shortColumnsShowTheirTextWhole();
    void showsEveryActionAtTheWindowsSize_data() { languages(); }
    void showsEveryActionAtTheWindowsSize();
    void groupsASelectionAndUndoes();
    void optsOutWithConfirmation();
    void optingBackInNeedsASource();
    void consentHistoryShowsEveryEntryWhole_data() { languages(); }
    void consentHistoryShowsEveryEntryWhole();
    void deletesAndUndoes();
    void groupsPageManagesGroupsAndMembers();
    void groupsPageShowsEveryActionAtTheWindowsSize_data() { languages(); }
    void groupsPageShowsEveryActionAtTheWindowsSize();
    void findsAndMergesDuplicates();
    void mergesTwoSelectedContacts();

private:
    void selectRows(const QList<int>& rows);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ContactsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ContactsPage> m_page;
};

void TestContactsPage::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto profile = Profile::open(m_dir->path());
    QVERIFY2(profile, qPrintable(profile.errorMessage()));
    m_profile = std::move(profile).value();
    QVERIFY(m_profile->setSetting(QStringLiteral("default_region"), QStringLiteral("US")));
    Database& db = m_profile->database();
    test::addContact(db, QStringLiteral("José"), QStringLiteral("Núñez"), {QStringLiteral("(415) 555-0123")},
                     {QStringLiteral("jose@example.com")});
    test::addContact(db, QStringLiteral("Anna"), QStringLiteral("Smith"), {QStringLiteral("+1 212 555 0199")},
                     {QStringLiteral("anna@shop.example")});
    m_undo = std::make_unique<QUndoStack>();
    m_model = std::make_unique<ContactsModel>(db, m_profile->notifier());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page = std::make_unique<ContactsPage>(*m_profile, *m_model, *m_undo);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestContactsPage::cleanup() {
    m_page.reset();
    m_tester.reset();
    m_model.reset();
    m_undo.reset();
    m_profile.reset();
    m_dir.reset();
}

void TestContactsPage::selectRows(const QList<int>& rows) {
    QTableView* table = m_page->table();
    table->clearSelection();
    for (int row : rows)
        table->selectionModel()->select(m_model->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!rows.isEmpty())
        table->selectionModel()->setCurrentIndex(m_model->index(rows.first(), 0),
                                                 QItemSelectionModel::NoUpdate);
}

void TestContactsPage::addsAContactThroughTheEditor() {
    answerNextDialog<ContactEditorDialog>([](ContactEditorDialog* dialog) {
        dialog->givenNameField()->setText(QStringLiteral("Zoë"));
        QTest::keyClicks(dialog->familyNameField(), QStringLiteral("Adams"));
        QLineEdit* phone = dialog->phoneFields().first();
        QTest::keyClicks(phone, QStringLiteral("2015550123"));
        // Formatted as it was typed.
        QCOMPARE(phone->text(), QStringLiteral("(201) 555-0123"));
        QLineEdit* second = dialog->addPhoneRow();
        QTest::keyClicks(second, QStringLiteral("+447400123456"));
        QCOMPARE(second->text(), QStringLiteral("+44 7400 123456"));
        QTest::keyClicks(dialog->emailFields().first(), QStringLiteral("zoe@adams.example"));
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled());
        dialog->buttons()->button(QDialogButtonBox::Save)->click();
    });
    m_page->newAction()->trigger();
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(column(*m_model, ContactsModel::Name),
             (QStringList{QStringLiteral("Anna Smith"), QStringLiteral("José Núñez"),
                          QStringLiteral("Zoë Adams")}));
    QCOMPARE(m_model->index(2, ContactsModel::Mobile).data().toString(), QStringLiteral("+1 201-555-0123"));
    // The new contact is selected and shown in the detail pane.
    QCOMPARE(m_page->table()->currentIndex().row(), 2);
    QVERIFY(m_page->detailPane()->summary()->text().contains(QStringLiteral("Zoë Adams")));
    QVERIFY(m_page->detailPane()->summary()->text().contains(QStringLiteral("+44 7400 123456")));
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QTRY_COMPARE(m_model->rowCount(), 2);
    m_undo->redo();
    QTRY_COMPARE(m_model->rowCount(), 3);
}

void TestContactsPage::editorRefusesABadEmailAndKeepsAnInvalidNumber() {
    const PhoneNumbers numbers(QStringLiteral("US"));
    ContactEditorDialog dialog(numbers, Contact{});
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Save)->isEnabled());
    QTest::keyClicks(dialog.givenNameField(), QStringLiteral("Bob"));
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Save)->isEnabled());
    QTest::keyClicks(dialog.emailFields().first(), QStringLiteral("bob at example"));
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Save)->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("bob at example")));
    dialog.emailFields().first()->setText(QStringLiteral("bob@example.com"));
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Save)->isEnabled());
    QTest::keyClicks(dialog.phoneFields().first(), QStringLiteral("ask at desk"));
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Save)->isEnabled());
    dialog.customFields()->insertRow(0);
    dialog.customFields()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Loyalty card")));
    dialog.customFields()->setItem(0, 1, new QTableWidgetItem(QStringLiteral("A-1234")));
    dialog.notesField()->setPlainText(QStringLiteral("Prefers texts after 5 pm"));
    const Contact contact = dialog.contact();
    QCOMPARE(contact.phones.size(), 1);
    QCOMPARE(contact.phones.first().raw, QStringLiteral("ask at desk"));
    QVERIFY(!contact.phones.first().valid);
    QCOMPARE(contact.customFields.value(QStringLiteral("Loyalty card")).toString(), QStringLiteral("A-1234"));
    QCOMPARE(contact.notes, QStringLiteral("Prefers texts after 5 pm"));
}

void TestContactsPage::editsAndUndoes() {
    selectRows({1}); // José
    answerNextDialog<ContactEditorDialog>([](ContactEditorDialog* dialog) {
        dialog->familyNameField()->setText(QStringLiteral("Alvarez"));
        dialog->buttons()->button(QDialogButtonBox::Save)->click();
    });
    m_page->editAction()->trigger();
    QCOMPARE(column(*m_model, ContactsModel::Name),
             (QStringList{QStringLiteral("Anna Smith"), QStringLiteral("José Alvarez")}));
    QCOMPARE(m_page->table()->currentIndex().data().toString(), QStringLiteral("José Alvarez"));
    m_undo->undo();
    QTRY_COMPARE(column(*m_model, ContactsModel::Name),
                 (QStringList{QStringLiteral("Anna Smith"), QStringLiteral("José Núñez")}));
    // The selection followed the person, not the row.
    QCOMPARE(m_page->table()->currentIndex().data().toString(), QStringLiteral("José Núñez"));
}

void TestContactsPage::searchesAsYouType() {
    QTest::keyClicks(m_page->searchField(), QStringLiteral("jose"));
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("José Núñez"));
    QVERIFY(m_page->countLabel()->text().contains(QStringLiteral("1")));
    m_page->searchField()->clear();
    QTest::keyClicks(m_page->searchField(), QStringLiteral("(212"));
    m_page->applySearchNow();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Anna Smith"));
    m_page->searchField()->clear();
    QTRY_COMPARE(m_model->rowCount(), 2);
}

void TestContactsPage::showsEveryActionAtTheWindowsSize() {
    QFETCH(QString, language);
    InterfaceLanguage inLanguage(language);
    QVERIFY(inLanguage.loaded());
    ContactsPage page(*m_profile, *m_model, *m_undo);
    page.resize(kPageSizeAtDefault);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (QAction* action : {page.newAction(), page.editAction(), page.deleteAction(), page.addToGroupAction(),
                            page.removeFromGroupAction(), page.optOutAction(), page.recordConsentAction(),
                            page.mergeAction(), page.findDuplicatesAction()})
        QVERIFY2(shownButton(page, action), qPrintable(action->text()));
}

void TestContactsPage::shortColumnsShowTheirTextWhole() {
    QTableView* table = m_page->table();
    const auto fits = [table](int column, const QString& text) {
        // The text's width plus the cell's own margins, as the style draws it.
        return table->fontMetrics().horizontalAdvance(text) + 8 <= table->columnWidth(column);
    };
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString updated = m_model->index(row, ContactsModel::Updated).data().toString();
        QVERIFY2(!updated.isEmpty(), "every contact has a time it was updated");
        QVERIFY2(fits(ContactsModel::Updated, updated), qPrintable(updated));
    }
    for (ConsentState state :
         {ConsentState::Unknown, ConsentState::OptedIn, ConsentState::OptedOut, ConsentState::Pending})
        QVERIFY2(fits(ContactsModel::Consent, displayName(state)), qPrintable(displayName(state)));
}

void TestContactsPage::groupsASelectionAndUndoes() {
    selectRows({0, 1});
    answerNextDialog<AddToGroupDialog>([](AddToGroupDialog* dialog) {
        dialog->groupField()->setCurrentText(QStringLiteral("VIP"));
        dialog->consentField()->setCurrentIndex(dialog->consentField()->findData(QStringLiteral("opted_in")));
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // opting in needs a source
        dialog->sourceField()->setText(QStringLiteral("paper sign-up sheet"));
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    m_page->addToGroupAction()->trigger();
    QCOMPARE(column(*m_model, ContactsModel::Groups),
             (QStringList{QStringLiteral("VIP"), QStringLiteral("VIP")}));
    QCOMPARE(m_model->index(0, 0).data(ContactsModel::ConsentRole).toString(), QStringLiteral("opted_in"));
    m_undo->undo();
    m_model->refresh();
    QCOMPARE(column(*m_model, ContactsModel::Groups), (QStringList{QString(), QString()}));
    m_undo->redo();
    m_model->refresh();
    QCOMPARE(column(*m_model, ContactsModel::Groups),
             (QStringList{QStringLiteral("VIP"), QStringLiteral("VIP")}));
    // The group filter now offers it and filters by it.
    QComboBox* groups = m_page->filterBar()->groupFilter();
    QTRY_VERIFY(groups->findText(QStringLiteral("VIP")) > 0);
    selectRows({0});
    auto vip = GroupRepository(m_profile->database()).find(QStringLiteral("VIP"));
    m_page->removeFromGroup(m_page->selectedContactIds(), vip.value().id);
    groups->setCurrentIndex(groups->findText(QStringLiteral("VIP")));
    QTRY_COMPARE(column(*m_model, ContactsModel::Name), (QStringList{QStringLiteral("José Núñez")}));
}

void TestContactsPage::optsOutWithConfirmation() {
    selectRows({0}); // Anna
    // Cancelling changes nothing.
    answerNextDialog<OptOutDialog>([](OptOutDialog* dialog) { dialog->reject(); });
    m_page->optOutAction()->trigger();
    QCOMPARE(m_model->index(0, 0).data(ContactsModel::ConsentRole).toString(), QStringLiteral("unknown"));
    answerNextDialog<OptOutDialog>([](OptOutDialog* dialog) {
        dialog->sourceField()->setText(QStringLiteral("STOP reply"));
        dialog->accept();
    });
    m_page->optOutAction()->trigger();
    QCOMPARE(m_model->index(0, 0).data(ContactsModel::ConsentRole).toString(), QStringLiteral("opted_out"));
    auto history = ConsentLedger(m_profile->database()).history(m_model->contactIdAt(0));
    QVERIFY(history);
    QCOMPARE(history.value().size(), 3); // SMS, e-mail and voice
    QCOMPARE(history.value().first().source, QStringLiteral("STOP reply"));
    QCOMPARE(m_page->detailPane()->history()->topLevelItemCount(), 3);
    QCOMPARE(m_undo->count(), 0); // an opt-out is not undone
}

void TestContactsPage::optingBackInNeedsASource() {
    selectRows({0});
    QVERIFY(m_page->optOut(m_page->selectedContactIds(), QStringLiteral("STOP reply")));
    answerNextDialog<RecordConsentDialog>([](RecordConsentDialog* dialog) {
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled());
        dialog->scopeField()->setCurrentIndex(dialog->scopeField()->findData(QStringLiteral("channel:sms")));
        dialog->sourceField()->setText(QStringLiteral("web form, 3 March"));
        dialog->methodField()->setCurrentIndex(dialog->methodField()->findData(QStringLiteral("web_form")));
        dialog->buttons()->button(QDialogButtonBox::Save)->click();
    });
    m_page->recordConsentAction()->trigger();
    auto history = ConsentLedger(m_profile->database()).history(m_model->contactIdAt(0));
    QCOMPARE(history.value().size(), 4);
    QCOMPARE(history.value().last().state, ConsentState::OptedIn);
    QCOMPARE(history.value().last().method, ConsentMethod::WebForm);
    QVERIFY(!m_page->recordConsent(m_page->selectedContactIds(), QString(), Channel::Email,
                                   ConsentState::OptedIn, ConsentMethod::Manual, QStringLiteral("  ")));
}

void TestContactsPage::consentHistoryShowsEveryEntryWhole() {
    // The pane is narrow: each entry wraps at its width, and its row is tall enough for every line.
    QFETCH(QString, language);
    InterfaceLanguage inLanguage(language);
    QVERIFY(inLanguage.loaded());
    ContactsPage page(*m_profile, *m_model, *m_undo);
    page.resize(kPageSizeAtDefault);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString id = m_model->contactIdAt(0);
    QVERIFY(page.optOut({id}, QStringLiteral("Replied STOP to the spring campaign text message on 3 March")));
    page.detailPane()->showContact(id);
    QTreeWidget* history = page.detailPane()->history();
    QCOMPARE(history->topLevelItemCount(), 3); // SMS, e-mail and voice
    for (int width : {0, 120}) {               // as laid out, and after the pane was made narrower
        if (width > 0) {
            history->setFixedWidth(history->width() - width);
            QTRY_COMPARE(history->width(), history->maximumWidth());
        }
        const int room = history->viewport()->width();
        for (int row = 0; row < history->topLevelItemCount(); ++row) {
            QTreeWidgetItem* item = history->topLevelItem(row);
            const QString text = item->text(0);
            QVERIFY2(text.contains(displayName(ConsentState::OptedOut)), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("spring campaign")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("manual")), qPrintable(text)); // not the stored spelling
            const QRect shown = history->visualItemRect(item);
            QVERIFY(shown.width() <= room);
            const QRect needed = history->fontMetrics().boundingRect(
                QRect(0, 0, shown.width() - 8, 1 << 20), Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
            QVERIFY2(needed.height() <= shown.height(), qPrintable(QStringLiteral("%1 needs %2 px, has %3")
                                                                       .arg(text)
                                                                       .arg(needed.height())
                                                                       .arg(shown.height())));
        }
    }
}

void TestContactsPage::deletesAndUndoes() {
    const QString anna = m_model->contactIdAt(0);
    QVERIFY(!test::addToGroup(m_profile->database(), QStringLiteral("Mac Users"), anna, ConsentState::OptedIn)
                 .isEmpty());
    m_model->refresh();
    selectRows({0, 1});
    m_page->deleteAction()->trigger();
    QCOMPARE(m_model->rowCount(), 0);
    m_undo->undo();
    QTRY_COMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, ContactsModel::Groups).data().toString(), QStringLiteral("Mac Users"));
    QCOMPARE(m_model->index(0, 0).data(ContactsModel::ConsentRole).toString(), QStringLiteral("opted_in"));
    auto contact = ContactRepository(m_profile->database()).get(anna);
    QVERIFY(contact);
    QCOMPARE(contact.value().emails.first().address, QStringLiteral("anna@shop.example"));
}

void TestContactsPage::groupsPageShowsEveryActionAtTheWindowsSize() {
    QFETCH(QString, language);
    InterfaceLanguage inLanguage(language);
    QVERIFY(inLanguage.loaded());
    GroupsPage page(*m_profile, *m_undo);
    page.resize(kPageSizeAtDefault);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (QAction* action :
         {page.newGroupAction(), page.renameAction(), page.describeAction(), page.deleteGroupAction(),
          page.removeMembersAction(), page.exportGroupAction(), page.addMembersAction()})
        QVERIFY2(shownButton(page, action), qPrintable(action->text()));
}

void TestContactsPage::groupsPageManagesGroupsAndMembers() {
    GroupsPage page(*m_profile, *m_undo);
    page.resize(1200, 700);
    page.show();
    QAbstractItemModelTester groupsTester(page.groupsModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester membersTester(page.membersModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page.createGroup(QStringLiteral("Mac Users"), QStringLiteral("People with Macs")));
    QVERIFY(!page.createGroup(QStringLiteral("mac users"))); // names are unique, whatever the case
    QCOMPARE(page.groupsModel()->rowCount(), 1);
    const QString groupId = page.currentGroupId();
    QVERIFY(!groupId.isEmpty());

    // Add with the picker: search, select, press the button.
    QTest::keyClicks(page.pickerSearch(), QStringLiteral("anna"));
    QTRY_COMPARE(page.pickerModel()->rowCount(), 1);
    page.pickerTable()->selectRow(0);
    QVERIFY(page.addMembersAction()->isEnabled());
    page.addMembersAction()->trigger();
    QCOMPARE(column(*page.membersModel(), GroupMembersModel::Name),
             (QStringList{QStringLiteral("Anna Smith")}));
    // Numbers read as people write them, for the profile's region, like on the Contacts page.
    QCOMPARE(column(*page.membersModel(), GroupMembersModel::Mobile),
             (QStringList{QStringLiteral("+1 212-555-0199")}));
    QCOMPARE(page.pickerModel()->index(0, ContactsModel::Mobile).data().toString(),
             QStringLiteral("+1 212-555-0199"));
    QCOMPARE(page.groupsModel()->index(0, GroupsModel::Members).data().toInt(), 1);

    // Add by drag and drop: the picker's drag data dropped on the group row.
    page.pickerSearch()->clear();
    QTRY_COMPARE(page.pickerModel()->rowCount(), 2);
    std::unique_ptr<QMimeData> mime(page.pickerModel()->mimeData({page.pickerModel()->index(1, 0)}));
    QVERIFY(page.groupsModel()->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1,
                                                page.groupsModel()->index(0, 0)));
    QVERIFY(page.groupsModel()->dropMimeData(mime.get(), Qt::CopyAction, -1, -1,
                                             page.groupsModel()->index(0, 0)));
    QCOMPARE(column(*page.membersModel(), GroupMembersModel::Name),
             (QStringList{QStringLiteral("Anna Smith"), QStringLiteral("José Núñez")}));

    // Remove, undo, redo.
    page.membersTable()->selectRow(0);
    page.removeMembersAction()->trigger();
    QCOMPARE(column(*page.membersModel(), GroupMembersModel::Name),
             (QStringList{QStringLiteral("José Núñez")}));
    m_undo->undo();
    page.membersModel()->reload();
    QCOMPARE(page.membersModel()->rowCount(), 2);

    QVERIFY(page.renameGroup(groupId, QStringLiteral("Apple fans")));
    QVERIFY(page.describeGroup(groupId, QStringLiteral("Anyone with an Apple device")));
    QCOMPARE(page.groupsModel()->index(0, GroupsModel::Name).data().toString(), QStringLiteral("Apple fans"));
    QCOMPARE(page.groupsModel()->index(0, GroupsModel::Description).data().toString(),
             QStringLiteral("Anyone with an Apple device"));
    m_model->refresh();
    QCOMPARE(m_model->index(0, ContactsModel::Groups).data().toString(), QStringLiteral("Apple fans"));
    QVERIFY(page.deleteGroup(groupId));
    QCOMPARE(page.groupsModel()->rowCount(), 0);
    m_model->refresh();
    QCOMPARE(m_model->index(0, ContactsModel::Groups).data().toString(), QString());
}

void TestContactsPage::findsAndMergesDuplicates() {
    Database& db = m_profile->database();
    // José again, from another list: the same number written another way and a last name missing.
    const QString again =
        test::addContact(db, QStringLiteral("Jose"), QString(), {QStringLiteral("+1 415-555-0123")},
                         {QStringLiteral("jnunez@work.example")}, &m_profile->notifier());
    test::addToGroup(db, QStringLiteral("Newsletter"), again, ConsentState::OptedOut, &m_profile->notifier());
    QTRY_COMPARE(m_model->totalCount(), 3);

    bool merged = false;
    answerNextDialog<DuplicatesDialog>([&merged](DuplicatesDialog* dialog) {
        // Closed however this ends, so a failed check cannot leave the test waiting on the dialog.
        const auto close = qScopeGuard([dialog] { dialog->reject(); });
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!dialog->isLoading());
        QCOMPARE(dialog->model()->rowCount(), 1);
        // Formatted as the contact list shows numbers, not as stored (+14155550123).
        QCOMPARE(dialog->model()->index(0, DuplicatePairsModel::Shared).data().toString(),
                 QStringLiteral("+1 415-555-0123"));
        QVERIFY(dialog->mergeButton()->isEnabled());
        answerNextDialog<MergeContactsDialog>([&merged](MergeContactsDialog* merge) {
            QRadioButton* given = merge->secondChoice(MergeField::GivenName);
            QVERIFY(given);
            // "José" and "Jose": the user keeps the one with the accent, whichever side it is on (the
            // first side's value is chosen by default); the missing last name is filled by default.
            if (given->text() == QStringLiteral("José"))
                given->setChecked(true);
            QVERIFY(merge->secondChoice(MergeField::FamilyName));
            // Numbers as the contact list shows them, not as stored.
            QCOMPARE(merge->numbersLabel()->text(), QStringLiteral("+1 415-555-0123"));
            for (QAbstractButton* button : merge->buttons()->buttons()) {
                if (merge->buttons()->buttonRole(button) == QDialogButtonBox::AcceptRole)
                    button->click();
            }
            merged = true;
        });
        dialog->mergeButton()->click();
        QTRY_VERIFY(!dialog->isLoading());
        QCOMPARE(dialog->model()->rowCount(), 0);
    });
    m_page->findDuplicatesAction()->trigger();
    QVERIFY(merged);

    QTRY_COMPARE(m_model->totalCount(), 2);
    ContactRepository contacts(db);
    QString survivor;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Contact contact = contacts.get(m_model->contactIdAt(row)).value();
        if (contact.givenName.startsWith(QStringLiteral("Jos")))
            survivor = contact.id;
    }
    QVERIFY(!survivor.isEmpty());
    const Contact jose = contacts.get(survivor).value();
    QCOMPARE(jose.givenName, QStringLiteral("José"));
    QCOMPARE(jose.familyName, QStringLiteral("Núñez"));
    QCOMPARE(jose.phones.size(), 1);
    QCOMPARE(jose.emails.size(), 2);
    const auto groups = contacts.memberships(survivor).value();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first().consent, ConsentState::OptedOut);
}

void TestContactsPage::mergesTwoSelectedContacts() {
    QVERIFY(!m_page->mergeAction()->isEnabled());
    selectRows({0, 1});
    QVERIFY(m_page->mergeAction()->isEnabled());
    // Cancelling the merge changes nothing.
    answerNextDialog<MergeContactsDialog>([](MergeContactsDialog* dialog) { dialog->reject(); });
    m_page->mergeAction()->trigger();
    QCOMPARE(m_model->totalCount(), 2);
    answerNextDialog<MergeContactsDialog>([](MergeContactsDialog* dialog) { dialog->accept(); });
    m_page->mergeAction()->trigger();
    QTRY_COMPARE(m_model->totalCount(), 1);
    QCOMPARE(m_undo->count(), 0); // a merge is not on the undo stack
}

QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
