#include "models/ImportPlanModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace iq;

namespace {

PlannedRow row(qint64 line, RowOutcome outcome, const QString& name, const QString& detail = {}) {
    PlannedRow planned;
    planned.line = line;
    planned.outcome = outcome;
    planned.name = name;
    planned.detail = detail;
    return planned;
}

} // namespace

class TestImportPlanModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void filtersByOutcome_data() {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("all") << -1
                             << QStringList{QStringLiteral("Ann"), QStringLiteral("Bob"),
                                            QStringLiteral("Cy"), QStringLiteral("Di")};
        QTest::newRow("create") << int(RowOutcome::Create)
                                << QStringList{QStringLiteral("Ann"), QStringLiteral("Di")};
        QTest::newRow("invalid") << int(RowOutcome::Invalid) << QStringList{QStringLiteral("Bob")};
        QTest::newRow("update") << int(RowOutcome::Update) << QStringList{QStringLiteral("Cy")};
        QTest::newRow("duplicate") << int(RowOutcome::Duplicate) << QStringList{};
    }

    void filtersByOutcome() {
        QFETCH(int, outcome);
        QFETCH(QStringList, names);
        ImportPlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendRows({row(2, RowOutcome::Create, QStringLiteral("Ann")),
                          row(3, RowOutcome::Invalid, QStringLiteral("Bob"),
                              QStringLiteral("Phone \"12\" is not valid"))});
        if (outcome >= 0)
            model.setOutcomeFilter(RowOutcome(outcome));
        // Rows arriving while filtered land only when they match.
        PlannedRow update = row(4, RowOutcome::Update, QStringLiteral("Cy"));
        update.changedFields = {QStringLiteral("email")};
        model.appendRows({update, row(5, RowOutcome::Create, QStringLiteral("Di"))});
        QStringList shown;
        for (int r = 0; r < model.rowCount(); ++r)
            shown << model.index(r, ImportPlanModel::Name).data().toString();
        QCOMPARE(shown, names);
        QCOMPARE(model.totalCount(), 4);
        QCOMPARE(model.count(RowOutcome::Create), 2);
        model.setOutcomeFilter(std::nullopt);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1, ImportPlanModel::Details).data().toString(),
                 QStringLiteral("Phone \"12\" is not valid"));
        QVERIFY(model.index(2, ImportPlanModel::Details).data().toString().contains(QStringLiteral("email")));
        QCOMPARE(model.index(0, ImportPlanModel::Line).data().toInt(), 2);
        QCOMPARE(model.index(1, 0).data(ImportPlanModel::OutcomeRole).toInt(), int(RowOutcome::Invalid));
    }

    void keepsABoundedNumberOfRowsButCountsAll() {
        ImportPlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &ImportPlanModel::countsChanged);
        const qint64 extra = 10;
        QList<PlannedRow> batch;
        for (qint64 i = 0; i < ImportPlanModel::kMaxRowsPerOutcome + extra; ++i) {
            batch.append(row(i + 2, RowOutcome::Create, QStringLiteral("P%1").arg(i)));
            if (batch.size() == 5000) {
                model.appendRows(batch);
                batch.clear();
            }
        }
        model.appendRows(batch);
        model.appendRows({row(1, RowOutcome::Invalid, QStringLiteral("Bad"))});
        QCOMPARE(model.count(RowOutcome::Create), ImportPlanModel::kMaxRowsPerOutcome + extra);
        QCOMPARE(model.droppedRows(), extra);
        QCOMPARE(model.rowCount(), int(ImportPlanModel::kMaxRowsPerOutcome + 1));
        QVERIFY(counts.size() > 1);
        model.setOutcomeFilter(RowOutcome::Invalid);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
    }
};

QTEST_MAIN(TestImportPlanModel)
#include "tst_importplanmodel.moc"
