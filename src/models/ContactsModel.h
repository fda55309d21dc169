#pragma once

#include "core/store/ContactBrowser.h"
#include "shared/phone/DisplayedPhones.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <memory>

namespace iq {

class Database;
class ChangeNotifier;

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

    // Lists longer than this get their positions read in the background (see ListPositions), so that
    // dragging the scroll bar anywhere is as quick as jumping to either end.
    void setPositionsMinimumRows(int rows);
    bool hasPositions() const { return m_browser.hasPositions(); }

Q_SIGNALS:
    void totalCountChanged(int total);
    void loadFailed(const QString& message);
    // The current list's positions were read: any window of it is now one short index range.
    void positionsReady();

private:
    static constexpr int kPageSize = 64;
    static constexpr int kMaxCachedPages = 96;
    // More selected rows than this are not followed across a change: finding each costs a query.
    static constexpr int kMaxFollowedRows = 64;
    // A window at most this far from a known position: about a tenth of a millisecond of walking.
    static constexpr int kPositionStride = 256;

    const ContactRow* rowAt(int row) const;
    void clearCache();
    void relayout(const std::function<bool()>& change);
    void reportError(const QString& message) const;
    void readPositions();
    void startReadingPositions();
    void stopReadingPositions();

    Database& m_database;
    mutable ContactBrowser m_browser;
    int m_count = 0;
    mutable QHash<int, QList<ContactRow>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
    mutable DisplayedPhones m_displayedPhones;
    QTimer m_refreshTimer;
    QTimer m_positionsTimer;
    int m_positionsMinimumRows = 20000;
    // Each reading of positions has its own stop flag; the list it was read for is the generation.
    std::shared_ptr<std::atomic<bool>> m_stopPositions;
    quint64 m_positionsGeneration = 0;
};

} // namespace iq
