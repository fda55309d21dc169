#pragma once

#include "shared/domain/Content.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace iq {

class Database;
class ChangeNotifier;

// The content library as a table: name, kind, tags, last change. Reloads when content changes.
class ContentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Tags, Updated, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, BodyRole };

    ContentListModel(Database& database, ChangeNotifier& notifier, QObject* parent = nullptr);

    // Narrow the list; an empty tag shows every tag.
    void setFilter(std::optional<ContentItem::Kind> kind, const QString& tag);
    void reload();
    ContentItem item(int row) const { return m_items.value(row); }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    Database& m_database;
    std::optional<ContentItem::Kind> m_kind;
    QString m_tag;
    QList<ContentItem> m_items;
};

} // namespace iq
