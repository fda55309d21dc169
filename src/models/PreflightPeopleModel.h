#pragma once

#include "core/campaign/CampaignPreflight.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace iq {

// The people of a pre-flight report, one row each in audience order: name, where the message goes,
// what happens to them (gets it, held until a time, or not and why), segments and the text they get.
class PreflightPeopleModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, To, Outcome, Why, Segments, Message, ColumnCount };
    enum Role { ContactIdRole = Qt::UserRole + 1, OutcomeRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const PreflightReport& report);
    // Only the people with this outcome; nullopt shows everyone.
    void setOutcomeFilter(std::optional<campaign::Outcome> outcome);
    void clear();
    const PreflightPerson* person(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Gets it", "Held", "Not sent".
    static QString outcomeName(campaign::Outcome outcome);

private:
    void refilter();

    QList<PreflightPerson> m_people;
    QList<int> m_shown; // indexes into m_people
    std::optional<campaign::Outcome> m_filter;
};

} // namespace iq
