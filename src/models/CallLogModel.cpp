#include "models/CallLogModel.h"

#include "core/profile/Profile.h"
#include "models/HistoryModel.h"

namespace iq {

CallLogModel::CallLogModel(Profile& profile, QObject* parent)
    : PagedTableModel(profile.notifier(), {Entity::CallLog, Entity::Campaign, Entity::Contact}, parent)
    , m_actions(profile.database()) {
    reload();
}

void CallLogModel::setFilter(const HistoryFilter& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

int CallLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallLogModel::typeName(const QString& callType) {
    if (callType == QLatin1String("inbound"))
        return tr("Incoming");
    if (callType == QLatin1String("outbound"))
        return tr("Outgoing");
    if (callType == QLatin1String("forwarded"))
        return tr("Forwarded");
    if (callType == QLatin1String("missed"))
        return tr("Missed");
    if (callType == QLatin1String("voicemail"))
        return tr("Voicemail");
    if (callType == QLatin1String("campaign"))
        return tr("Campaign call");
    return callType;
}

QString CallLogModel::outcomeName(const QString& outcome) {
    if (outcome == QLatin1String("answered"))
        return tr("Answered");
    if (outcome == QLatin1String("voicemail"))
        return tr("Left on voicemail");
    if (outcome == QLatin1String("no_answer"))
        return tr("No answer");
    if (outcome == QLatin1String("busy"))
        return tr("Busy");
    return outcome;
}

QString CallLogModel::durationText(int seconds) {
    return seconds < 60 ? tr("%1 s").arg(seconds)
                        : tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QVariant CallLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CallRecord& c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return HistoryModel::timeText(c.startedAt);
    case Contact:
        return c.contactName;
    case From:
        return c.callingNumber;
    case To:
        return c.receivingNumber;
    case Type:
        return typeName(c.callType);
    case Outcome:
        return outcomeName(c.outcome);
    case Duration:
        return durationText(c.durationSeconds);
    case Campaign:
        return c.campaignName;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CallLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Started");
    case Contact:
        return tr("Contact");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Type:
        return tr("Type");
    case Outcome:
        return tr("Outcome");
    case Duration:
        return tr("Duration");
    case Campaign:
        return tr("Campaign");
    case ColumnCount:
        break;
    }
    return {};
}

void CallLogModel::sort(int column, Qt::SortOrder order) {
    static const CallSortKey keys[] = {CallSortKey::Time,     CallSortKey::Contact, CallSortKey::From,
                                       CallSortKey::To,       CallSortKey::Type,    CallSortKey::Outcome,
                                       CallSortKey::Duration, CallSortKey::Campaign};
    if (column < 0 || column >= ColumnCount)
        return;
    if (keys[column] == m_key && order == m_order)
        return;
    m_key = keys[column];
    m_order = order;
    reorder();
}

Result<int> CallLogModel::countRows() {
    return m_actions.countCalls(m_filter);
}

Result<int> CallLogModel::readPage(int offset, int limit) {
    auto page = m_actions.calls(m_filter, m_key, m_order, offset, limit);
    if (!page)
        return page.error();
    m_pending = std::move(page).value();
    return int(m_pending.size());
}

void CallLogModel::takePage() {
    m_rows.append(m_pending);
    m_pending.clear();
}

} // namespace iq
