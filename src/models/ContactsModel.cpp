#include "models/ContactsModel.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/Database.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QMimeData>
#include <QScopeGuard>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace iq {

ContactsModel::ContactsModel(Database& database, ChangeNotifier& notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_browser(database) {
    // A burst of changes (an import commits thousands) costs one re-read.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(50);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ContactsModel::refresh);
    // Positions are read once the list settles: typing, sorting or an import in progress would
    // throw each reading away, and the reading would compete with the window for the processor.
    m_positionsTimer.setSingleShot(true);
    m_positionsTimer.setInterval(300);
    connect(&m_positionsTimer, &QTimer::timeout, this, &ContactsModel::startReadingPositions);
    connect(&notifier, &ChangeNotifier::changed, this, [this](Entity entity, const QStringList&) {
        if (entity == Entity::Contact || entity == Entity::Membership || entity == Entity::Consent ||
            entity == Entity::Group || entity == Entity::Any)
            m_refreshTimer.start();
    });
    if (Status status = m_browser.refresh(); !status)
        reportError(status.errorMessage());
    m_count = m_browser.count();
    readPositions();
}

ContactsModel::~ContactsModel() {
    stopReadingPositions();
}

void ContactsModel::setPositionsMinimumRows(int rows) {
    m_positionsMinimumRows = rows;
    readPositions();
}

void ContactsModel::stopReadingPositions() {
    m_positionsTimer.stop();
    ++m_positionsGeneration;
    if (m_stopPositions)
        m_stopPositions->store(true);
    m_stopPositions.reset();
}

void ContactsModel::readPositions() {
    stopReadingPositions();
    const QString path = m_database.filePath();
    if (m_count >= m_positionsMinimumRows && !path.isEmpty() && path != QLatin1String(":memory:"))
        m_positionsTimer.start();
}

void ContactsModel::startReadingPositions() {
    const QString path = m_database.filePath();
    // A pass over a million index entries takes a few hundred milliseconds: too long for the
    // window's thread, so a worker reads them on its own read-only connection.
    auto stop = std::make_shared<std::atomic<bool>>(false);
    m_stopPositions = stop;
    const quint64 generation = m_positionsGeneration;
    const ContactFilter filter = m_browser.filter();
    const ContactSortKey key = m_browser.sortKey();
    const Qt::SortOrder order = m_browser.sortOrder();
    auto* watcher = new QFutureWatcher<Result<ListPositions>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_positionsGeneration)
            return;
        m_stopPositions.reset();
        Result<ListPositions> positions = watcher->result();
        // A list that changed size meanwhile is read again after its refresh; other failures leave
        // the slower walk in place, which still works.
        if (positions && m_browser.setPositions(std::move(positions).value()))
            Q_EMIT positionsReady();
    });
    watcher->setFuture(QtConcurrent::run([path, filter, key, order, stop]() -> Result<ListPositions> {
        // Only spare processor time: the window's own work comes first.
        QThread* thread = QThread::currentThread();
        const QThread::Priority priority =
            thread->priority() == QThread::InheritPriority ? QThread::NormalPriority : thread->priority();
        thread->setPriority(QThread::IdlePriority);
        const auto restore = qScopeGuard([thread, priority] { thread->setPriority(priority); });
        auto database = Database::open(path, Database::Mode::ReadOnly);
        if (!database)
            return database.error();
        ContactBrowser browser(*database.value());
        if (Status status = browser.setQuery(filter, key, order); !status)
            return status.error();
        return browser.readPositions(kPositionStride, stop.get());
    }));
}

int ContactsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_count;
}

int ContactsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void ContactsModel::reportError(const QString& message) const {
    // data() is const but a failed read is worth telling the window about.
    Q_EMIT const_cast<ContactsModel*>(this)->loadFailed(message);
}

const ContactRow* ContactsModel::rowAt(int row) const {
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto rows = m_browser.rows(page * kPageSize, kPageSize);
        if (!rows) {
            reportError(rows.errorMessage());
            return nullptr;
        }
        for (ContactRow& contact : rows.value())
            contact.phone = m_displayedPhones.shown(contact.phone);
        if (m_pages.size() >= kMaxCachedPages)
            m_pages.remove(m_pageUse.takeFirst());
        it = m_pages.insert(page, rows.value());
    } else {
        m_pageUse.removeOne(page);
    }
    m_pageUse.append(page);
    const int inPage = row % kPageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

QString ContactsModel::contactIdAt(int row) const {
    const ContactRow* contact = rowAt(row);
    return contact ? contact->id : QString();
}

QVariant ContactsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole && role != ConsentRole &&
        role != RawPhoneRole && role != Qt::AccessibleTextRole)
        return {};
    const ContactRow* contact = rowAt(index.row());
    if (!contact)
        return {};
    switch (role) {
    case IdRole:
        return contact->id;
    case ConsentRole:
        return toStorage(contact->consent);
    default:
        break;
    }
    switch (index.column()) {
    case Name:
        return contact->name;
    case Mobile:
        return contact->phone;
    case Email:
        return contact->email;
    case Groups:
        return contact->groups;
    case Consent:
        return displayName(contact->consent);
    case Updated:
        return QLocale().toString(contact->updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Mobile:
        return tr("Mobile");
    case Email:
        return tr("E-mail");
    case Groups:
        return tr("Groups");
    case Consent:
        return tr("Consent");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

Qt::ItemFlags ContactsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList ContactsModel::mimeTypes() const {
    return {contactIdsMimeType()};
}

QMimeData* ContactsModel::mimeData(const QModelIndexList& indexes) const {
    QStringList ids;
    QSet<int> rows;
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && !rows.contains(index.row())) {
            rows.insert(index.row());
            ids << contactIdAt(index.row());
        }
    }
    auto* mime = new QMimeData;
    mime->setData(contactIdsMimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

QStringList ContactsModel::contactIdsFromMime(const QMimeData* mime) {
    if (!mime || !mime->hasFormat(contactIdsMimeType()))
        return {};
    return QString::fromUtf8(mime->data(contactIdsMimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void ContactsModel::clearCache() {
    m_pages.clear();
    m_pageUse.clear();
}

void ContactsModel::setPhoneRegion(const QString& region) {
    m_displayedPhones.setRegion(region);
    clearCache();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, Mobile), index(m_count - 1, Mobile));
}

void ContactsModel::setFilter(const ContactFilter& filter) {
    if (filter == m_browser.filter())
        return;
    beginResetModel();
    clearCache();
    if (Status status = m_browser.setQuery(filter, m_browser.sortKey(), m_browser.sortOrder()); !status)
        reportError(status.errorMessage());
    m_count = m_browser.count();
    endResetModel();
    Q_EMIT totalCountChanged(m_count);
    readPositions();
}

void ContactsModel::setSearch(const QString& search) {
    ContactFilter filter = m_browser.filter();
    filter.search = search;
    setFilter(filter);
}

void ContactsModel::setGroupFilter(const QString& groupId) {
    ContactFilter filter = m_browser.filter();
    filter.groupId = groupId;
    setFilter(filter);
}

void ContactsModel::setConsentFilter(std::optional<ConsentState> consent) {
    ContactFilter filter = m_browser.filter();
    filter.consent = consent;
    setFilter(filter);
}

int ContactsModel::rowOfContact(const QString& contactId) {
    auto row = m_browser.rowOf(contactId);
    if (!row) {
        reportError(row.errorMessage());
        return -1;
    }
    return row.value();
}

void ContactsModel::relayout(const std::function<bool()>& change) {
    const int oldCount = m_count;
    if (!change()) {
        clearCache();
        return;
    }
    const int newCount = m_browser.count();
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_count = newCount;
        endInsertRows();
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Which contacts the persistent indexes (selection, current row) were on, read from the rows
    // cached before the change; then where those contacts are now.
    const QModelIndexList persistent = persistentIndexList();
    QHash<int, QString> idOfRow;
    for (const QModelIndex& index : persistent) {
        if (idOfRow.size() > kMaxFollowedRows)
            break;
        if (!idOfRow.contains(index.row()))
            idOfRow.insert(index.row(), contactIdAt(index.row()));
    }
    clearCache();
    if (idOfRow.size() <= kMaxFollowedRows && !persistent.isEmpty()) {
        QHash<int, int> newRowOf;
        for (auto it = idOfRow.cbegin(); it != idOfRow.cend(); ++it) {
            const int row = it.value().isEmpty() ? -1 : rowOfContact(it.value());
            newRowOf.insert(it.key(), row < newCount ? row : -1);
        }
        QModelIndexList from;
        QModelIndexList to;
        for (const QModelIndex& index : persistent) {
            const int row = newRowOf.value(index.row(), -1);
            from << index;
            to << (row >= 0 ? createIndex(row, index.column()) : QModelIndex());
        }
        changePersistentIndexList(from, to);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_count = newCount;
        endRemoveRows();
    }
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
    if (newCount != oldCount)
        Q_EMIT totalCountChanged(m_count);
    readPositions();
}

void ContactsModel::sort(int column, Qt::SortOrder order) {
    static const ContactSortKey keys[] = {ContactSortKey::Name,    ContactSortKey::Phone,
                                          ContactSortKey::Email,   ContactSortKey::Groups,
                                          ContactSortKey::Consent, ContactSortKey::Updated};
    if (column < 0 || column >= ColumnCount)
        return;
    if (keys[column] == m_browser.sortKey() && order == m_browser.sortOrder())
        return;
    relayout([&] {
        if (Status status = m_browser.setQuery(m_browser.filter(), keys[column], order); !status) {
            reportError(status.errorMessage());
            return false;
        }
        return true;
    });
}

void ContactsModel::refresh() {
    m_refreshTimer.stop();
    relayout([&] {
        if (Status status = m_browser.refresh(); !status) {
            reportError(status.errorMessage());
            return false;
        }
        return true;
    });
}

} // namespace iq
