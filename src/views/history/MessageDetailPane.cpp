#include "views/history/MessageDetailPane.h"

#include "core/actions/HistoryActions.h"
#include "models/HistoryModel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace iq {

MessageDetailPane::MessageDetailPane(QWidget* parent)
    : QWidget(parent) {
    setAccessibleName(tr("Message details"));
    m_placeholder = new QLabel(tr("Select a message to see its details and status history."), this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);

    m_details = new QWidget(this);
    m_recipient = makeValue(tr("Recipient"));
    m_address = makeValue(tr("Sent to"));
    m_campaign = makeValue(tr("Campaign and channel"));
    m_status = makeValue(tr("Status"));
    m_error = makeValue(tr("Error"));
    m_text = new QPlainTextEdit(m_details);
    m_text->setAccessibleName(tr("Text as sent"));
    m_text->setReadOnly(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 6);
    m_history = new QTreeWidget(m_details);
    m_history->setAccessibleName(tr("Status history"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Status"), tr("Detail")});
    // The detail (a carrier's words) takes the pane's width rather than hiding behind a scroll bar.
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto* form = new QFormLayout;
    form->addRow(tr("Recipient:"), m_recipient);
    form->addRow(tr("Sent to:"), m_address);
    form->addRow(tr("Campaign:"), m_campaign);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Error:"), m_error);
    form->addRow(tr("Text:"), m_text);
    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addLayout(form);
    details->addWidget(new QLabel(tr("Status history"), m_details));
    details->addWidget(m_history, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_details, 1);
    clear();
}

QLabel* MessageDetailPane::makeValue(const QString& accessibleName) {
    auto* label = new QLabel(m_details);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void MessageDetailPane::clear() {
    m_messageId.clear();
    m_details->hide();
    m_placeholder->show();
}

void MessageDetailPane::showMessage(const MessageRecord& m) {
    m_messageId = m.id;
    m_recipient->setText(m.recipientName.isEmpty() ? tr("(no contact)") : m.recipientName);
    m_address->setText(m.address);
    m_campaign->setText(m.campaignName.isEmpty()
                            ? HistoryModel::channelName(m.channel)
                            : tr("%1 (%2)").arg(m.campaignName, HistoryModel::channelName(m.channel)));
    QString status = HistoryModel::statusName(m.status);
    if (m.status == QLatin1String("held") && m.releaseAt.isValid())
        status = tr("%1 until %2").arg(status, HistoryModel::timeText(m.releaseAt));
    m_status->setText(status);
    const QString meaning = HistoryActions::errorMeaning(m);
    if (m.errorCode.isEmpty())
        m_error->setText(meaning.isEmpty() ? tr("None") : meaning);
    else if (meaning.isEmpty())
        m_error->setText(tr("Code %1 (no description known)").arg(m.errorCode));
    else
        m_error->setText(tr("%1 (code %2)").arg(meaning, m.errorCode));
    m_text->setPlainText(m.body);
    m_history->clear();
    for (const StatusChange& change : m.statusHistory) {
        auto* item = new QTreeWidgetItem(
            {HistoryModel::timeText(change.at), HistoryModel::statusName(change.status), change.detail});
        item->setToolTip(2, change.detail); // whole, when the pane is too narrow for it
        m_history->addTopLevelItem(item);
    }
    m_placeholder->hide();
    m_details->show();
}

} // namespace iq
