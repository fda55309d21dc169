#include "views/sync/SyncStatusWidget.h"

#include "core/account/SyncController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace iq {
namespace {

QString ago(const QDateTime& when) {
    if (!when.isValid())
        return SyncStatusWidget::tr("never");
    const qint64 seconds = when.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return SyncStatusWidget::tr("just now");
    if (seconds < 3600)
        return SyncStatusWidget::tr("%n min ago", nullptr, int(seconds / 60));
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

SyncStatusWidget::SyncStatusWidget(SyncController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller) {
    setAccessibleName(tr("Sync status"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setAccessibleName(tr("Sync state"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(16);
    m_progress->hide();
    m_button = new QToolButton(this);
    m_button->setText(tr("Sync now"));
    m_button->setToolTip(tr("Sync with the server now (F5)"));
    m_button->setAccessibleName(tr("Sync now"));
    m_button->setAutoRaise(true);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, &controller, &SyncController::syncNow);
    connect(&controller, &SyncController::stateChanged, this, &SyncStatusWidget::refresh);
    connect(&controller, &SyncController::progress, this, &SyncStatusWidget::showProgress);
    auto* clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    clock->start(30000);
    refresh();
}

QString SyncStatusWidget::text() const {
    return m_label->text();
}

void SyncStatusWidget::refresh() {
    const int pending = m_controller.pendingChanges();
    const int conflicts = m_controller.openConflicts();
    const int setAside = m_controller.changesSetAside();
    QString text;
    QString tip = m_controller.message();
    switch (m_controller.state()) {
    case SyncController::State::LocalOnly:
        text = tr("Local only — sign in to sync");
        tip = tr("This profile is kept on this computer only. Account > Sign in connects it to an account "
                 "and uploads its data.");
        break;
    case SyncController::State::SignedOut:
        text = tr("Signed out — sign in to sync");
        break;
    case SyncController::State::NoKeychain:
        text = tr("No keychain — working offline");
        break;
    case SyncController::State::Syncing:
        text = tr("Syncing…");
        break;
    case SyncController::State::UpToDate:
        text = tr("Synced %1").arg(ago(m_controller.lastSync()));
        if (!m_controller.message().isEmpty())
            text += tr(" (with problems)");
        break;
    case SyncController::State::Offline:
        text = tr("Offline — last synced %1, will retry").arg(ago(m_controller.lastSync()));
        break;
    case SyncController::State::Failed:
        text = tr("Sync problem — will retry");
        break;
    }
    if (pending > 0)
        text += tr(" · %n change(s) to send", nullptr, pending);
    if (conflicts > 0)
        text += tr(" · %n conflict(s) to review", nullptr, conflicts);
    if (setAside > 0) {
        text += tr(" · %n change(s) not sent", nullptr, setAside);
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) +
               tr("The server cannot take %n change(s): too large, or refused. They stay on this computer; "
                  "edit the record to send it again.",
                  nullptr, setAside);
    }
    m_label->setText(text);
    m_label->setToolTip(tip);
    m_button->setEnabled(m_controller.state() != SyncController::State::Syncing &&
                         m_controller.state() != SyncController::State::LocalOnly);
    if (m_controller.state() != SyncController::State::Syncing)
        m_progress->hide();
}

void SyncStatusWidget::showProgress(int done, int total) {
    // Only a sync that takes a while earns a progress bar; a busy indicator when the total is unknown.
    m_progress->setRange(0, total > 0 ? total : 0);
    if (total > 0)
        m_progress->setValue(done);
    m_progress->setFormat(tr("%1 records").arg(done));
    m_progress->setTextVisible(true);
    if (done >= 1000 || total >= 1000)
        m_progress->show();
}

} // namespace iq
