#include "models/DuplicatePairsModel.h"

namespace iq {

int DuplicatePairsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_pairs.size());
}

int DuplicatePairsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicatePairsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DuplicatePair& pair = m_pairs.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case First:
            return pair.firstName.isEmpty() ? tr("(no name)") : pair.firstName;
        case Second:
            return pair.secondName.isEmpty() ? tr("(no name)") : pair.secondName;
        case Shared: {
            QStringList shared;
            for (const QString& number : pair.sharedNumbers)
                shared << m_displayedPhones.shown(number);
            return QStringList(shared + pair.sharedEmails).join(QStringLiteral(", "));
        }
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Shared)
        return tr("Both contacts have this number or e-mail address.");
    return {};
}

QVariant DuplicatePairsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case First:
        return tr("Contact");
    case Second:
        return tr("Likely the same person");
    case Shared:
        return tr("Shared number or e-mail");
    default:
        return {};
    }
}

void DuplicatePairsModel::setPhoneRegion(const QString& region) {
    m_displayedPhones.setRegion(region);
    if (!m_pairs.isEmpty())
        Q_EMIT dataChanged(index(0, Shared), index(rowCount() - 1, Shared));
}

void DuplicatePairsModel::setPairs(QList<DuplicatePair> pairs) {
    beginResetModel();
    m_pairs = std::move(pairs);
    endResetModel();
}

} // namespace iq
