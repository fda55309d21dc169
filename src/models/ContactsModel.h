#pragma once

#include "store/ContactBrowser.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <memory>

namespace iq {

class Database;
class ChangeNotifier;
class PhoneNumbers;

// The profile's contacts as a table that stays fast with a million of them: the true row count is
// known at once, rows are read from SQL a window at a time as the view asks for them, sorting,
// search and filters run in SQL on indexes. When the store changes (this window, iqm, an import, a
// sync) it re-reads in place, keeping the selection on the same people instead of resetting.
class ContactsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Mobile, Email, Groups, Consent, Updated, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ConsentRole, RawPhoneRole };

    ContactsModel(Database& database, ChangeNotifier& notifier, QObject* parent = nullptr);
    ~ContactsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    // Drag and drop carries contact ids, one per line, in this format.
    static QString contactIdsMimeType() { return QStringLiteral("application/x-iq-contact-ids"); }
    static QStringList contactIdsFromMime(const QMimeData* mime);

    void setFilter(const ContactFilter& filter);
    void setSearch(const QString& search);
    void setGroupFilter(const QString& groupId);
    void setConsentFilter(std::optional<ConsentState> consent);
    const ContactFilter& filter() const { return m_browser.filter(); }
    // The region numbers are shown for ("+1 415-555-0123"); "" leaves E.164 as stored.
    void setPhoneRegion(const QString& region);

    int totalCount() const { return m_count; }
    QString contactIdAt(int row) const;
    // The row of a contact in the current list, or -1.
    int rowOfContact(const QString& contactId);
    // Re-reads the list after a change, keeping persistent indexes (the selection) on their contacts.
    void refresh();

Q_SIGNALS:
    void totalCountChanged(int total);
    void loadFailed(const QString& message);

private:
    static constexpr int kPageSize = 128;
    static constexpr int kMaxCachedPages = 48;
    // More selected rows than this are not followed across a change: finding each costs a query.
    static constexpr int kMaxFollowedRows = 64;

    const ContactRow* rowAt(int row) const;
    void clearCache();
    void relayout(const std::function<bool()>& change);
    void reportError(const QString& message) const;

    Database& m_database;
    mutable ContactBrowser m_browser;
    std::unique_ptr<PhoneNumbers> m_phoneNumbers;
    int m_count = 0;
    mutable QHash<int, QList<ContactRow>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
    QTimer m_refreshTimer;
};

} // namespace iq
