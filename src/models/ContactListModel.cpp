#include "ContactListModel.h"

#include "store/ChangeNotifier.h"
#include "store/ContactRepository.h"

#include <QLocale>

namespace iq {

ContactListModel::ContactListModel(Database& database, ChangeNotifier& notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database) {
    connect(&notifier, &ChangeNotifier::changed, this, [this](Entity entity, const QStringList&) {
        if (entity == Entity::Contact || entity == Entity::Any)
            reload();
    });
    reload();
}

int ContactListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact& contact = m_rows.at(index.row());
    if (role == IdRole)
        return contact.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return contact.shownName();
    case Phone: {
        for (const ContactPhone& phone : contact.phones) {
            if (phone.type == QLatin1String("mobile"))
                return phone.e164.isEmpty() ? phone.raw : phone.e164;
        }
        return contact.phones.isEmpty()
                   ? QString()
                   : (contact.phones.first().e164.isEmpty() ? contact.phones.first().raw
                                                            : contact.phones.first().e164);
    }
    case Email:
        return contact.emails.isEmpty() ? QString() : contact.emails.first().address;
    case Updated:
        return QLocale().toString(contact.meta.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

bool ContactListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void ContactListModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid())
        return;
    auto page = ContactRepository(m_database).list(static_cast<int>(m_rows.size()), kPageSize);
    if (!page) {
        Q_EMIT loadFailed(page.errorMessage());
        return;
    }
    if (page.value().isEmpty()) {
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.value().size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

void ContactListModel::reload() {
    ContactRepository contacts(m_database);
    auto total = contacts.count();
    auto firstPage = total ? contacts.list(0, kPageSize) : Result<QList<Contact>>(total.error());
    if (!firstPage) {
        Q_EMIT loadFailed(firstPage.errorMessage());
        return;
    }
    beginResetModel();
    m_rows = std::move(firstPage).value();
    m_total = total.value();
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

} // namespace iq
