#include "models/HistoryModel.h"

#include "core/profile/Profile.h"

#include <QLocale>

namespace iq {

HistoryModel::HistoryModel(Profile& profile, QObject* parent)
    : PagedTableModel(profile.notifier(), {Entity::Message, Entity::Campaign, Entity::Contact}, parent)
    , m_actions(profile.database()) {
    reload();
}

void HistoryModel::setFilter(const HistoryFilter& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

int HistoryModel::rowOf(const QString& messageId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == messageId)
            return row;
    }
    return -1;
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::statusName(const QString& status) {
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("held"))
        return tr("Held for quiet hours");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("undeliverable"))
        return tr("Undeliverable");
    if (status == QLatin1String("skipped"))
        return tr("Not sent");
    return status;
}

QString HistoryModel::channelName(const QString& channel) {
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    if (channel == QLatin1String("email"))
        return tr("E-mail");
    if (channel == QLatin1String("voice"))
        return tr("Voice");
    return channel;
}

QString HistoryModel::timeText(const QDateTime& time) {
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MessageRecord& m = m_rows.at(index.row());
    if (role == IdRole)
        return m.id;
    if (role == StatusRole)
        return m.status;
    if (role == ErrorCodeRole)
        return m.errorCode;
    if (role == Qt::ToolTipRole && index.column() == Error && !m.errorCode.isEmpty()) {
        // The whole meaning, which the column may cut short, and the code.
        const QString meaning = HistoryActions::errorMeaning(m);
        return meaning.isEmpty() ? tr("Error code %1").arg(m.errorCode)
                                 : tr("%1 (code %2)").arg(meaning, m.errorCode);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return timeText(m.createdAt);
    case Recipient:
        return m.recipientName.isEmpty() ? tr("(no contact)") : m.recipientName;
    case To:
        return m.address;
    case Channel:
        return channelName(m.channel);
    case Campaign:
        return m.campaignName;
    case Status:
        return statusName(m.status);
    case Error: {
        const QString meaning = HistoryActions::errorMeaning(m);
        return meaning.isEmpty() ? m.errorCode : meaning;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Recipient:
        return tr("Recipient");
    case To:
        return tr("To");
    case Channel:
        return tr("Channel");
    case Campaign:
        return tr("Campaign");
    case Status:
        return tr("Status");
    case Error:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

void HistoryModel::sort(int column, Qt::SortOrder order) {
    static const MessageSortKey keys[] = {
        MessageSortKey::Time,     MessageSortKey::Recipient, MessageSortKey::Address, MessageSortKey::Channel,
        MessageSortKey::Campaign, MessageSortKey::Status,    MessageSortKey::Error};
    if (column < 0 || column >= ColumnCount)
        return;
    if (keys[column] == m_key && order == m_order)
        return;
    m_key = keys[column];
    m_order = order;
    reorder();
}

Result<int> HistoryModel::countRows() {
    return m_actions.countMessages(m_filter);
}

Result<int> HistoryModel::readPage(int offset, int limit) {
    auto page = m_actions.messages(m_filter, m_key, m_order, offset, limit);
    if (!page)
        return page.error();
    m_pending = std::move(page).value();
    return int(m_pending.size());
}

void HistoryModel::takePage() {
    m_rows.append(m_pending);
    m_pending.clear();
}

} // namespace iq
