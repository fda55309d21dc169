// The History page: the same messages as iqm history for the same profile, its filter controls, sortable
// headers, the selected message's details, the calls tab and Export CSV.
#include "HistoryFixtures.h"
#include "TestSupport.h"

#include "core/profile/Profile.h"
#include "models/CallLogModel.h"
#include "models/HistoryModel.h"
#include "views/history/HistoryExportTask.h"
#include "views/history/HistoryFilterBar.h"
#include "views/history/HistoryPage.h"
#include "views/history/MessageDetailPane.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace iq;

class TestHistoryPage final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<HistoryPage> m_page;
    static constexpr int kMessages = 30;

    QString profileDir() const { return m_dir.filePath(QStringLiteral("profile")); }

    QJsonArray iqmHistory(const QStringList& options) {
        auto result = test::runProgram(QStringLiteral("iqm"),
                                       QStringList{QStringLiteral("--profile"), profileDir(),
                                                   QStringLiteral("history"), QStringLiteral("--json")} +
                                           options);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return QJsonDocument::fromJson(result.out).array();
    }

    // The rows the page's message table shows, as "id status".
    QStringList shownRows() {
        HistoryModel* model = m_page->messagesModel();
        model->fetchAll();
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row)
            rows << model->index(row, 0).data(HistoryModel::IdRole).toString() + QLatin1Char(' ') +
                        model->index(row, 0).data(HistoryModel::StatusRole).toString();
        return rows;
    }

    static QStringList iqmRows(const QJsonArray& messages) {
        QStringList rows;
        for (const QJsonValue& m : messages)
            rows << m.toObject().value(QStringLiteral("id")).toString() + QLatin1Char(' ') +
                        m.toObject().value(QStringLiteral("status")).toString();
        return rows;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        auto profile = Profile::open(profileDir());
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        m_profile = std::move(profile).value();
        QVERIFY(test::pullHistory(m_profile->database(), kMessages));
    }

    void init() {
        m_page = std::make_unique<HistoryPage>(*m_profile);
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void showsTheSameRowsAsIqmHistory() {
        const QJsonArray messages = iqmHistory({});
        QCOMPARE(messages.size(), kMessages);
        QCOMPARE(shownRows(), iqmRows(messages));
        QCOMPARE(m_page->messagesTable()->model()->rowCount(), kMessages);
        QCOMPARE(m_page->countLabel()->text(), QStringLiteral("30 message(s)"));
    }

    void filterControlsNarrowTheListAsIqmDoes() {
        HistoryFilterBar* filters = m_page->messageFilters();
        QComboBox* status = filters->statusField();
        status->setCurrentIndex(status->findData(QStringLiteral("failed,undeliverable")));
        const QStringList failed =
            iqmRows(iqmHistory({QStringLiteral("--status"), QStringLiteral("failed,undeliverable")}));
        QVERIFY(!failed.isEmpty());
        QCOMPARE(shownRows(), failed);

        QComboBox* channel = filters->channelField();
        channel->setCurrentIndex(channel->findData(QStringLiteral("voice")));
        QCOMPARE(shownRows(),
                 iqmRows(iqmHistory({QStringLiteral("--status"), QStringLiteral("failed,undeliverable"),
                                     QStringLiteral("--channel"), QStringLiteral("voice")})));

        filters->clearButton()->click();
        QCOMPARE(m_page->messagesModel()->totalCount(), kMessages);
        QComboBox* campaign = filters->campaignField();
        QCOMPARE(campaign->count(), 3); // all, and the two campaigns
        campaign->setCurrentIndex(campaign->findData(QStringLiteral("c-voice")));
        QCOMPARE(m_page->messagesModel()->totalCount(), kMessages / 5);

        filters->clearButton()->click();
        // The fixture's messages are a minute apart from 2026-03-01 09:00 UTC, all on one day.
        filters->sinceField()->setDate(QDate(2026, 3, 2));
        QCOMPARE(m_page->messagesModel()->totalCount(), 0);
        filters->sinceField()->setDate(filters->sinceField()->minimumDate());
        filters->untilField()->setDate(QDate(2026, 2, 27));
        QCOMPARE(m_page->messagesModel()->totalCount(), 0);
        filters->untilField()->setDate(filters->untilField()->minimumDate());

        QTest::keyClicks(filters->searchField(), QStringLiteral("Message 17"));
        QTRY_COMPARE(m_page->messagesModel()->totalCount(), 1);
        QCOMPARE(m_page->messagesModel()->message(0).body, QStringLiteral("Message 17"));
    }

    void headersSortTheList() {
        QTableView* table = m_page->messagesTable();
        QCOMPARE(m_page->messagesModel()->sortOrder(), Qt::DescendingOrder);
        QTest::mouseClick(
            table->horizontalHeader()->viewport(), Qt::LeftButton, {},
            QPoint(table->horizontalHeader()->sectionViewportPosition(HistoryModel::Recipient) + 5, 5));
        QCOMPARE(m_page->messagesModel()->sortKey(), MessageSortKey::Recipient);
        const QString first = m_page->messagesModel()->index(0, HistoryModel::Recipient).data().toString();
        table->sortByColumn(HistoryModel::Recipient,
                            table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder
                                ? Qt::DescendingOrder
                                : Qt::AscendingOrder);
        QVERIFY(m_page->messagesModel()->index(0, HistoryModel::Recipient).data().toString() != first);
    }

    void showsTheSelectedMessagesDetails() {
        HistoryModel* model = m_page->messagesModel();
        model->sort(HistoryModel::Time, Qt::AscendingOrder);
        m_page->messagesTable()->selectRow(2); // undeliverable, 30005
        MessageDetailPane* pane = m_page->detailPane();
        QCOMPARE(pane->messageId(), model->message(2).id);
        QVERIFY(pane->isVisible());
        QCOMPARE(pane->statusHistory()->topLevelItemCount(), 3);
        QCOMPARE(pane->statusHistory()->topLevelItem(2)->text(1), QStringLiteral("Undeliverable"));
        QCOMPARE(pane->errorLabel()->text(), QStringLiteral("The number is not in service (code 30005)"));
        QCOMPARE(pane->recipientLabel()->text(), QStringLiteral("Cleo"));
        QCOMPARE(pane->textView()->toPlainText(), QStringLiteral("Message 2"));
        // A reload keeps it selected.
        m_profile->notifier().announce(Entity::Message);
        QTest::qWait(150);
        QCOMPARE(pane->messageId(), model->message(2).id);
        QCOMPARE(m_page->messagesTable()->currentIndex().row(), 2);
    }

    void listsCallsOnTheirTab() {
        m_page->tabs()->setCurrentIndex(1);
        QCOMPARE(m_page->callsModel()->totalCount(), kMessages / 5);
        QCOMPARE(m_page->countLabel()->text(), QStringLiteral("6 call(s)"));
        QComboBox* outcome = m_page->callFilters()->statusField();
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("answered")));
        QVERIFY(m_page->callsModel()->totalCount() > 0);
        QVERIFY(m_page->callsModel()->totalCount() < kMessages / 5);
        QVERIFY(!m_page->callFilters()->channelField()->isVisible());
    }

    void exportsTheFilteredListAsCsv() {
        QComboBox* status = m_page->messageFilters()->statusField();
        status->setCurrentIndex(status->findData(QStringLiteral("delivered")));
        const int shown = m_page->messagesModel()->totalCount();
        QVERIFY(shown > 0 && shown < kMessages);
        QVERIFY(m_page->exportButton()->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("delivered.csv"));
        HistoryExportTask* task = m_page->exportTo(path);
        QSignalSpy finished(task, &HistoryExportTask::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(shown));
        const QList<QByteArray> lines = test::fileBytes(path).trimmed().split('\n');
        QCOMPARE(lines.size(), shown + 1);
        for (const QByteArray& line : lines.mid(1))
            QVERIFY(line.contains(",delivered,"));
        QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("delivered.csv")));
    }

    void everyControlHasAName() {
        for (int tab : {0, 1}) {
            m_page->tabs()->setCurrentIndex(tab);
            const auto widgets = m_page->findChildren<QWidget*>();
            for (QWidget* widget : widgets) {
                if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_page.get()))
                    continue;
                if (qobject_cast<QAbstractScrollArea*>(widget->parentWidget()))
                    continue; // viewports take their scroll area's name
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
            }
        }
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
