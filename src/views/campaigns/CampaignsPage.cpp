#include "views/campaigns/CampaignsPage.h"

#include "core/campaign/CampaignPreflight.h"
#include "core/profile/Profile.h"
#include "models/CampaignListModel.h"
#include "models/PreflightPeopleModel.h"
#include "views/campaigns/CampaignEditor.h"
#include "views/campaigns/PreflightPanel.h"
#include "views/common/ProfileWorker.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace iq {
namespace {

QPushButton* makeButton(const QString& text, const QString& accessibleName, const QKeySequence& shortcut,
                        QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setAccessibleName(accessibleName);
    if (!shortcut.isEmpty()) {
        button->setShortcut(shortcut);
        button->setToolTip(
            QStringLiteral("%1 (%2)").arg(accessibleName, shortcut.toString(QKeySequence::NativeText)));
    }
    return button;
}

QString messageStatusName(const QString& status) {
    if (status == QLatin1String("queued"))
        return CampaignsPage::tr("Queued");
    if (status == QLatin1String("held"))
        return CampaignsPage::tr("Held for quiet hours");
    if (status == QLatin1String("sent"))
        return CampaignsPage::tr("Sent");
    if (status == QLatin1String("delivered"))
        return CampaignsPage::tr("Delivered");
    if (status == QLatin1String("failed"))
        return CampaignsPage::tr("Failed");
    if (status == QLatin1String("undeliverable"))
        return CampaignsPage::tr("Undeliverable");
    if (status == QLatin1String("skipped"))
        return CampaignsPage::tr("Not sent");
    return status;
}

} // namespace

CampaignsPage::CampaignsPage(Profile& profile, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_worker(std::make_unique<ProfileWorker>(profile.databasePath())) {
    auto* title = new QLabel(tr("Campaigns"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_newButton = makeButton(tr("Ne&w campaign"), tr("New campaign"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_newButton);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(makeListSide());
    splitter->addWidget(makeDetailSide());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // The list needs room for its counts; the detail side wraps its text.
    splitter->setSizes({560, 720});

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Campaign status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_newButton, &QPushButton::clicked, this, [this] { createCampaign(); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (saveDraft())
            showStatus(tr("Draft saved."));
    });
    connect(m_runPreflight, &QPushButton::clicked, this, &CampaignsPage::runPreflight);
    connect(m_send, &QPushButton::clicked, this, [this] { sendCurrent(true); });
    connect(m_pause, &QPushButton::clicked, this, [this] { changeCurrent(QStringLiteral("pause")); });
    connect(m_resume, &QPushButton::clicked, this, [this] { changeCurrent(QStringLiteral("resume")); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(
                this, tr("Cancel the campaign?"),
                tr("Messages not sent yet will not be sent. Messages already sent stay sent.")) ==
            QMessageBox::Yes)
            changeCurrent(QStringLiteral("cancel"));
    });
    connect(m_refresh, &QPushButton::clicked, this, &CampaignsPage::refreshDelivery);
    connect(m_editor, &CampaignEditor::changed, this, [this] {
        m_lastReport.reset();
        m_preflight->clear(tr("The campaign changed: press Pre-flight to check it again."));
    });
    connect(m_preflight, &PreflightPanel::contactOpened, this, &CampaignsPage::contactOpened);
    connect(m_model, &CampaignListModel::modelReset, this, [this] {
        m_listStack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
        // The list was read again (a send, a sync): keep the same campaign selected.
        const int row = m_model->rowOf(m_currentId);
        if (row >= 0) {
            const QSignalBlocker blocker(m_table->selectionModel());
            m_table->selectRow(row);
            m_current = m_model->campaign(row);
            updateButtons();
        }
    });
    connect(m_model, &CampaignListModel::loadFailed, this, &CampaignsPage::showStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_editor->isModified() && m_current.isDraft() && (m_newPending || !m_currentId.isEmpty()))
                    saveDraft();
                showCampaign(current.isValid() ? m_model->campaign(current.row()).id : QString());
            });
    m_listStack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        showCampaign({});
}

CampaignsPage::~CampaignsPage() = default;

QWidget* CampaignsPage::makeListSide() {
    m_model = new CampaignListModel(m_profile, this);
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Campaigns"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CampaignListModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->setMinimumWidth(380);

    auto* empty = new QWidget(this);
    auto* emptyText = new QLabel(
        tr("No campaigns yet. A campaign sends one message to the groups you choose, now or at a time you "
           "set, and checks first who will get it."),
        empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto* emptyButton = new QPushButton(tr("Create a campaign"), empty);
    emptyButton->setAccessibleName(tr("Create a campaign"));
    connect(emptyButton, &QPushButton::clicked, this, [this] { createCampaign(); });
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(empty);
    m_listStack->addWidget(m_table);
    return m_listStack;
}

QWidget* CampaignsPage::makeDetailSide() {
    m_editor = new CampaignEditor(m_profile, this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_preflight = new PreflightPanel(this);

    auto* delivery = new QWidget(this);
    m_deliverySummary = new QLabel(delivery);
    m_deliverySummary->setAccessibleName(tr("Delivery summary"));
    m_deliverySummary->setWordWrap(true);
    m_delivery = new QTableWidget(0, 4, delivery);
    m_delivery->setAccessibleName(tr("Messages of the campaign"));
    m_delivery->setHorizontalHeaderLabels({tr("Contact"), tr("To"), tr("Status"), tr("Problem")});
    m_delivery->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_delivery->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_delivery->verticalHeader()->hide();
    m_delivery->horizontalHeader()->setStretchLastSection(true);
    m_refresh =
        makeButton(tr("&Refresh"), tr("Refresh the delivery"), QKeySequence(Qt::CTRL | Qt::Key_R), delivery);
    auto* deliveryLayout = new QVBoxLayout(delivery);
    auto* deliveryTop = new QHBoxLayout;
    deliveryTop->addWidget(m_deliverySummary, 1);
    deliveryTop->addWidget(m_refresh);
    deliveryLayout->addLayout(deliveryTop);
    deliveryLayout->addWidget(m_delivery, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Campaign details"));
    m_tabs->addTab(scroll, tr("&Message"));
    m_tabs->addTab(m_preflight, tr("&Pre-flight"));
    m_tabs->addTab(delivery, tr("&Delivery"));

    m_save = makeButton(tr("&Save draft"), tr("Save draft"), QKeySequence::Save, this);
    m_runPreflight = makeButton(tr("Pre-&flight"), tr("Pre-flight"), QKeySequence(Qt::Key_F9), this);
    m_send = makeButton(tr("Sen&d…"), tr("Send or schedule"), QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    m_pause = makeButton(tr("Pa&use"), tr("Pause"), {}, this);
    m_resume = makeButton(tr("Res&ume"), tr("Resume"), {}, this);
    m_cancel = makeButton(tr("&Cancel campaign"), tr("Cancel campaign"), {}, this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_runPreflight);
    buttons->addStretch(1);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);

    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    return side;
}

void CampaignsPage::setTokenStore(TokenStore* tokens) {
    m_tokens = tokens;
    m_actions.reset();
}

CampaignActions& CampaignsPage::actions() {
    if (!m_actions)
        m_actions = std::make_unique<CampaignActions>(m_profile, m_tokens);
    return *m_actions;
}

void CampaignsPage::showStatus(const QString& message) {
    m_status->setText(message);
    Q_EMIT statusMessage(message);
}

void CampaignsPage::selectCampaign(const QString& id) {
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void CampaignsPage::showCampaign(const QString& id) {
    m_newPending = false;
    m_currentId = id;
    m_lastReport.reset();
    m_delivery->setRowCount(0);
    m_deliverySummary->clear();
    if (id.isEmpty()) {
        m_current = Campaign();
        m_editor->clear();
        m_editor->setEditable(false);
        m_preflight->clear(tr("Create a campaign to check who will get it."));
        updateButtons();
        return;
    }
    auto campaign = actions().get(id);
    if (!campaign) {
        showStatus(campaign.errorMessage());
        return;
    }
    m_current = campaign.value();
    m_editor->setCampaign(m_current);
    m_editor->setEditable(m_current.isDraft());
    m_preflight->clear(
        m_current.isDraft()
            ? tr("Press Pre-flight to see who gets what before anything is sent.")
            : tr("Press Pre-flight to see who this campaign is for on this computer's records."));
    if (!m_current.isDraft())
        refreshDelivery();
    updateButtons();
}

void CampaignsPage::updateButtons() {
    const bool any = !m_currentId.isEmpty() || m_newPending;
    const QString& status = m_current.status;
    const bool draft = any && m_current.isDraft();
    m_save->setEnabled(draft);
    m_runPreflight->setEnabled(any);
    m_send->setEnabled(draft && !m_current.waitingToSend);
    m_send->setText(m_editor->input().scheduledAt.isValid() ? tr("Sche&dule…") : tr("Sen&d…"));
    m_pause->setEnabled(any && (status == QLatin1String("sending") || status == QLatin1String("scheduled")));
    m_resume->setEnabled(any && status == QLatin1String("paused"));
    m_cancel->setEnabled(any && !m_newPending &&
                         (draft || status == QLatin1String("sending") ||
                          status == QLatin1String("scheduled") || status == QLatin1String("paused")));
    m_refresh->setEnabled(any && !draft);
}

bool CampaignsPage::createCampaign() {
    if (m_editor->isModified() && m_current.isDraft() && !m_currentId.isEmpty())
        saveDraft();
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->clearSelection();
        m_table->setCurrentIndex({});
    }
    m_currentId.clear();
    m_current = Campaign();
    m_lastReport.reset();
    m_newPending = true;
    m_editor->clear();
    m_editor->setEditable(true);
    m_editor->nameEdit()->setText(
        tr("New campaign %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    m_delivery->setRowCount(0);
    m_deliverySummary->clear();
    m_preflight->clear(tr("Press Pre-flight to see who gets what before anything is sent."));
    m_tabs->setCurrentIndex(0);
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
    updateButtons();
    showStatus(tr("Write the message, choose the groups, then press Pre-flight."));
    return true;
}

bool CampaignsPage::saveDraft() {
    if (m_newPending) {
        auto created = actions().createDraft(m_editor->input());
        if (!created) {
            showStatus(created.errorMessage());
            return false;
        }
        m_newPending = false;
        m_editor->setModified(false);
        m_currentId = created.value().id;
        m_current = created.value();
        m_model->reload();
        const QSignalBlocker blocker(m_table->selectionModel());
        selectCampaign(m_currentId);
        updateButtons();
        return true;
    }
    if (m_currentId.isEmpty() || !m_current.isDraft())
        return false;
    auto saved = actions().editDraft(m_currentId, m_editor->input());
    if (!saved) {
        showStatus(saved.errorMessage());
        return false;
    }
    m_current = saved.value();
    m_editor->setModified(false);
    updateButtons();
    return true;
}

void CampaignsPage::runPreflight() {
    if (m_newPending && !saveDraft())
        return;
    if (m_currentId.isEmpty())
        return;
    if (m_current.isDraft() && m_editor->isModified() && !saveDraft())
        return;
    m_tabs->setCurrentWidget(m_preflight);
    m_preflight->showRunning();
    m_runPreflight->setEnabled(false);
    const int run = ++m_preflightRun;
    // Read here, on the window's thread; the audience is read and decided on the worker's connection.
    const PreflightSettings settings = PreflightSettings::load(m_profile);
    const Campaign campaign = m_current;
    m_worker->post([this, run, settings, campaign](Database* database, const QString& openError) {
        Result<PreflightReport> report = Error::make(Error::Code::Io, openError);
        if (database) {
            CampaignPreflight preflight(*database);
            preflight.setSettings(settings);
            report = preflight.run(campaign);
        }
        QMetaObject::invokeMethod(this, [this, run, report] {
            if (run != m_preflightRun)
                return;
            m_runPreflight->setEnabled(!m_currentId.isEmpty());
            if (report) {
                m_lastReport = report.value();
                m_preflight->showReport(report.value());
            } else {
                m_lastReport.reset();
                m_preflight->showError(report.errorMessage());
            }
            Q_EMIT preflightFinished();
        });
    });
}

bool CampaignsPage::sendCurrent(bool confirm) {
    if (m_newPending && !saveDraft())
        return false;
    if (m_currentId.isEmpty() || !m_current.isDraft())
        return false;
    if (m_editor->isModified() && !saveDraft())
        return false;
    if (m_current.audience.isEmpty()) {
        showStatus(tr("Choose at least one group to send to."));
        return false;
    }
    if (m_current.body.trimmed().isEmpty()) {
        showStatus(tr("Write the message first."));
        return false;
    }
    if (confirm) {
        const QString who = m_lastReport ? tr("%n person(s) will get it.", nullptr, m_lastReport->recipients)
                                         : tr("Run the pre-flight first to see who will get it.");
        const QString when =
            m_current.scheduledAt.isValid()
                ? tr("It goes out on %1.")
                      .arg(QLocale().toString(m_current.scheduledAt.toLocalTime(), QLocale::LongFormat))
                : tr("It goes out now.");
        QMessageBox box(QMessageBox::Question, tr("Send \"%1\"?").arg(m_current.name),
                        QStringLiteral("%1 %2").arg(when, who), QMessageBox::Cancel, this);
        QPushButton* go = box.addButton(m_current.scheduledAt.isValid() ? tr("Schedule") : tr("Send"),
                                        QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != go)
            return false;
    }
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto sent = actions().send(m_currentId);
    QApplication::restoreOverrideCursor();
    if (!sent) {
        showStatus(sent.errorMessage());
        return false;
    }
    if (sent.value().queued)
        showStatus(tr("\"%1\" waits for a connection and goes out as soon as the server can be reached: %2")
                       .arg(m_current.name, sent.value().reason));
    else
        showStatus(tr("\"%1\" was handed to the server.").arg(m_current.name));
    m_model->reload();
    showCampaign(m_currentId);
    if (!sent.value().queued) {
        m_tabs->setCurrentIndex(2);
        Q_EMIT syncWanted();
    }
    return true;
}

bool CampaignsPage::changeCurrent(const QString& action) {
    if (m_currentId.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    Result<Campaign> changed = action == QLatin1String("pause")    ? actions().pause(m_currentId)
                               : action == QLatin1String("resume") ? actions().resume(m_currentId)
                                                                   : actions().cancel(m_currentId);
    QApplication::restoreOverrideCursor();
    if (!changed) {
        showStatus(changed.errorMessage());
        return false;
    }
    showStatus(
        tr("\"%1\" is now: %2").arg(changed.value().name, CampaignListModel::stateName(changed.value())));
    m_model->reload();
    showCampaign(m_currentId);
    Q_EMIT syncWanted();
    return true;
}

void CampaignsPage::refreshDelivery() {
    if (m_currentId.isEmpty() || m_current.isDraft())
        return;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto status = actions().status(m_currentId);
    QApplication::restoreOverrideCursor();
    if (!status) {
        m_deliverySummary->setText(status.errorMessage());
        return;
    }
    QStringList counts;
    for (auto it = status.value().byStatus.cbegin(); it != status.value().byStatus.cend(); ++it)
        counts << tr("%1: %2").arg(messageStatusName(it.key())).arg(it.value());
    QString summary = counts.isEmpty() ? tr("No messages yet.") : counts.join(QStringLiteral(" · "));
    if (!status.value().fromServer)
        summary += QLatin1Char(' ') + tr("(As of the last sync: %1)").arg(status.value().offlineReason);
    m_deliverySummary->setText(summary);
    const QList<CampaignMessage>& messages = status.value().messages;
    m_delivery->setRowCount(int(messages.size()));
    for (int row = 0; row < messages.size(); ++row) {
        const CampaignMessage& message = messages.at(row);
        const QString problem = message.errorMessage.isEmpty()
                                    ? message.errorCode
                                    : tr("%1 (%2)").arg(message.errorMessage, message.errorCode);
        const QString who = message.contactName.isEmpty() ? tr("(not on this device)") : message.contactName;
        const QStringList cells{who, message.address, messageStatusName(message.status), problem};
        for (int column = 0; column < cells.size(); ++column)
            m_delivery->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_delivery->resizeColumnsToContents();
}

} // namespace iq
