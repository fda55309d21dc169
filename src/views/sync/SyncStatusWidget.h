#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace iq {

class SyncController;

// The sync part of the status bar: state, last sync, pending changes, problems, progress of a long
// sync, and a button to sync now. Offline is shown as a state, never as a dialog.
class SyncStatusWidget final : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(SyncController& controller, QWidget* parent = nullptr);

    QString text() const;
    QToolButton* syncButton() const { return m_button; }
    QProgressBar* progressBar() const { return m_progress; }

public Q_SLOTS:
    void refresh();

private:
    void showProgress(int done, int total);

    SyncController& m_controller;
    QLabel* m_label = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_button = nullptr;
};

} // namespace iq
