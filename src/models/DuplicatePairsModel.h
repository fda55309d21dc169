#pragma once

#include "core/store/DuplicateFinder.h"
#include "shared/phone/DisplayedPhones.h"

#include <QAbstractTableModel>

namespace iq {

// Likely duplicates as a table: the two people and what they share.
class DuplicatePairsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { First, Second, Shared, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPairs(QList<DuplicatePair> pairs);
    // Shared numbers show formatted for this region, as the contact list shows them ("" as stored).
    void setPhoneRegion(const QString& region);
    const DuplicatePair& pairAt(int row) const { return m_pairs.at(row); }

private:
    QList<DuplicatePair> m_pairs;
    mutable DisplayedPhones m_displayedPhones;
};

} // namespace iq
