#include "models/ContactTimelineModel.h"

#include "core/profile/Profile.h"
#include "core/store/ChangeNotifier.h"

#include <QLocale>

namespace iq {

ContactTimelineModel::ContactTimelineModel(Profile& profile, QObject* parent)
    : QAbstractTableModel(parent)
    , m_actions(profile.database()) {
    connect(&profile.notifier(), &ChangeNotifier::changed, this, [this](Entity entity, const QStringList&) {
        // Messages and calls come by sync in bursts that name no contact: any change of a kind the
        // timeline shows reads it again.
        if (!m_contactId.isEmpty() && entity != Entity::Content && entity != Entity::Account)
            reload();
    });
}

void ContactTimelineModel::setContactId(const QString& contactId) {
    if (contactId == m_contactId)
        return;
    m_contactId = contactId;
    reload();
}

void ContactTimelineModel::reload() {
    QList<TimelineEvent> events;
    if (!m_contactId.isEmpty()) {
        auto read = m_actions.timeline(m_contactId);
        if (read)
            events = read.value();
        else
            Q_EMIT loadFailed(read.errorMessage());
    }
    beginResetModel();
    m_events = events;
    endResetModel();
}

int ContactTimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int ContactTimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent& event = m_events.at(index.row());
    if (role == KindRole)
        return TimelineActions::toWire(event.kind);
    if (role == RecordIdRole)
        return event.recordId;
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return event.summary;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Time:
        return event.at.isValid() ? QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat)
                                  : QString();
    case Kind:
        return TimelineActions::kindName(event.kind);
    case Summary:
        return event.summary;
    default:
        return {};
    }
}

QVariant ContactTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("When");
    case Kind:
        return tr("What");
    case Summary:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace iq
