#pragma once

#include "core/actions/TimelineActions.h"

#include <QAbstractTableModel>
#include <QList>

namespace iq {

class Profile;

// One person's timeline, newest first: when, what kind of event and its summary. Reads the whole
// list through TimelineActions (one person's history is short next to the profile's) and reads it
// again when messages, calls, consent or contacts change.
class ContactTimelineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Kind, Summary, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, RecordIdRole };

    explicit ContactTimelineModel(Profile& profile, QObject* parent = nullptr);

    // Shows this person's timeline; empty shows nothing.
    void setContactId(const QString& contactId);
    QString contactId() const { return m_contactId; }
    TimelineEvent event(int row) const { return m_events.value(row); }
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    TimelineActions m_actions;
    QString m_contactId;
    QList<TimelineEvent> m_events;
};

} // namespace iq
