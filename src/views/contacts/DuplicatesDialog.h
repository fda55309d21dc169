#pragma once

#include "core/store/DuplicateFinder.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace iq {

class DuplicatePairsModel;

// Lists the people who are likely in the profile twice (same number or e-mail) and offers to merge
// each pair. The search runs on a worker thread with its own connection, so a large profile never
// freezes the window.
class DuplicatesDialog final : public QDialog {
    Q_OBJECT
public:
    DuplicatesDialog(QString databasePath, QWidget* parent = nullptr);

    void reload();
    bool isLoading() const { return m_loading; }
    QTableView* table() const { return m_table; }
    DuplicatePairsModel* model() const { return m_model; }
    QPushButton* mergeButton() const { return m_merge; }

Q_SIGNALS:
    void mergeRequested(const QString& firstId, const QString& secondId);
    void loaded();

private:
    void showResult();
    void updateButtons();

    QString m_databasePath;
    DuplicatePairsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_merge = nullptr;
    QFutureWatcher<Result<QList<DuplicatePair>>> m_watcher;
    bool m_loading = false; // until the result is shown, not merely computed
};

} // namespace iq
