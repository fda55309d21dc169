#include "core/actions/HistoryActions.h"

#include "core/csv/CsvWriter.h"
#include "core/import/ExportOutputBuffer.h"
#include "core/store/Database.h"
#include "shared/campaign/DeliveryErrors.h"
#include "shared/util/Clock.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>

namespace iq {

// An export's messages are those of the contacts export, in every language already.
class ExportText final {
    Q_DECLARE_TR_FUNCTIONS(iq::ContactExporter)
};

namespace {

// Writes pages of a list until it ends, the device fails or the export is cancelled.
template <typename Record>
Result<qint64> writePages(QIODevice* device, const QStringList& header,
                          const std::function<Result<QList<Record>>(int offset)>& page,
                          const std::function<QStringList(const Record&)>& row, qint64 total,
                          const HistoryActions::Progress& progress, const std::atomic_bool* cancel) {
    CsvWriter writer(device);
    const auto failed = [&] {
        return Error::make(Error::Code::Io,
                           ExportText::tr("Cannot write the export: %1").arg(device->errorString()));
    };
    if (!writer.writeRow(header))
        return failed();
    qint64 written = 0;
    while (!cancel || !cancel->load()) {
        auto rows = page(int(written));
        if (!rows)
            return rows.error();
        for (const Record& record : std::as_const(rows.value())) {
            if (!writer.writeRow(row(record)))
                return failed();
        }
        written += rows.value().size();
        if (progress)
            progress(written, qMax(total, written));
        if (rows.value().size() < HistoryActions::kPageSize)
            break;
    }
    return written;
}

QString storedOrEmpty(const QDateTime& time) {
    return time.isValid() ? toStoredTime(time) : QString();
}

} // namespace

HistoryActions::HistoryActions(Database& database)
    : m_messages(database)
    , m_calls(database) {}

std::optional<QDateTime> HistoryActions::parseTime(const QString& text, bool endOfRange) {
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid() && trimmed.size() == 10)
        return endOfRange ? date.addDays(1).startOfDay() : date.startOfDay();
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

Result<int> HistoryActions::countMessages(const HistoryFilter& filter) {
    return m_messages.count(filter);
}

Result<QList<MessageRecord>> HistoryActions::messages(const HistoryFilter& filter, MessageSortKey key,
                                                      Qt::SortOrder order, int offset, int limit) {
    return m_messages.page(filter, key, order, offset, limit);
}

Result<std::optional<MessageRecord>> HistoryActions::message(const QString& messageId) {
    return m_messages.get(messageId);
}

Result<int> HistoryActions::countCalls(const HistoryFilter& filter) {
    return m_calls.count(filter);
}

Result<QList<CallRecord>> HistoryActions::calls(const HistoryFilter& filter, CallSortKey key,
                                                Qt::SortOrder order, int offset, int limit) {
    return m_calls.page(filter, key, order, offset, limit);
}

QString HistoryActions::errorMeaning(const MessageRecord& message) {
    if (message.errorCode.isEmpty())
        return message.errorMessage;
    const QString known = campaign::displayMeaning(message.errorCode);
    return known.isEmpty() ? message.errorMessage : known;
}

QStringList HistoryActions::messageCsvHeader() {
    // Stable names, as in the JSON of iqm history, so scripts can read any language's export.
    return {QStringLiteral("time"),      QStringLiteral("recipient"), QStringLiteral("to"),
            QStringLiteral("channel"),   QStringLiteral("campaign"),  QStringLiteral("status"),
            QStringLiteral("errorCode"), QStringLiteral("error"),     QStringLiteral("segments"),
            QStringLiteral("text"),      QStringLiteral("updated"),   QStringLiteral("id")};
}

QStringList HistoryActions::messageCsvRow(const MessageRecord& m) {
    return {storedOrEmpty(m.createdAt),
            m.recipientName,
            m.address,
            m.channel,
            m.campaignName,
            m.status,
            m.errorCode,
            errorMeaning(m),
            QString::number(m.segments),
            m.body,
            storedOrEmpty(m.updatedAt),
            m.id};
}

QStringList HistoryActions::callCsvHeader() {
    return {QStringLiteral("started"), QStringLiteral("contact"),   QStringLiteral("from"),
            QStringLiteral("to"),      QStringLiteral("forwarded"), QStringLiteral("durationSeconds"),
            QStringLiteral("type"),    QStringLiteral("outcome"),   QStringLiteral("campaign"),
            QStringLiteral("routing"), QStringLiteral("id")};
}

QStringList HistoryActions::callCsvRow(const CallRecord& c) {
    return {storedOrEmpty(c.startedAt),
            c.contactName,
            c.callingNumber,
            c.receivingNumber,
            c.forwardingNumber,
            QString::number(c.durationSeconds),
            c.callType,
            c.outcome,
            c.campaignName,
            c.routing,
            c.id};
}

Result<qint64> HistoryActions::exportMessages(QIODevice* device, const HistoryFilter& filter,
                                              MessageSortKey key, Qt::SortOrder order,
                                              const Progress& progress, const std::atomic_bool* cancel) {
    auto total = countMessages(filter);
    if (!total)
        return total.error();
    // The cells of messageCsvRow() written from SQLite's bytes: a million messages in seconds, where
    // a QString per value took ten times as long.
    ExportOutputBuffer out(device);
    out.append("\xEF\xBB\xBF");
    const QStringList header = messageCsvHeader();
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i)
            out.append(",");
        out.cell(header.at(i).toUtf8(), true);
    }
    out.append("\r\n");
    QHash<QByteArray, QByteArray> meanings; // of each error code met
    qint64 written = 0;
    using C = MessageRowBytes;
    auto read = m_messages.forEachBytes(filter, key, order, [&](const MessageRowBytes& row) {
        if (cancel && cancel->load())
            return false;
        QByteArrayView error = row.cells[C::ErrorMessage];
        if (!row.cells[C::ErrorCode].isEmpty()) {
            const QByteArray code = row.cells[C::ErrorCode].toByteArray();
            auto known = meanings.constFind(code);
            if (known == meanings.cend())
                known = meanings.insert(code, campaign::displayMeaning(QString::fromUtf8(code)).toUtf8());
            if (!known->isEmpty())
                error = *known;
        }
        const QByteArrayView cells[] = {row.cells[C::CreatedAt],    row.cells[C::RecipientName],
                                        row.cells[C::Address],      row.cells[C::Channel],
                                        row.cells[C::CampaignName], row.cells[C::Status],
                                        row.cells[C::ErrorCode],    error,
                                        row.cells[C::Segments],     row.cells[C::Body],
                                        row.cells[C::UpdatedAt],    row.cells[C::Id]};
        for (std::size_t i = 0; i < std::size(cells); ++i) {
            if (i)
                out.append(",");
            out.cell(cells[i], true);
        }
        out.append("\r\n");
        if (!out.flushIfFull())
            return false;
        if (++written % kPageSize == 0 && progress)
            progress(written, qMax(qint64(total.value()), written));
        return true;
    });
    const bool complete = out.finish();
    if (!read)
        return read.error();
    if (!complete)
        return Error::make(Error::Code::Io,
                           ExportText::tr("Cannot write the export: %1").arg(out.errorString()));
    if (progress)
        progress(written, qMax(qint64(total.value()), written));
    return written;
}

Result<qint64> HistoryActions::exportCalls(QIODevice* device, const HistoryFilter& filter, CallSortKey key,
                                           Qt::SortOrder order, const Progress& progress,
                                           const std::atomic_bool* cancel) {
    auto total = countCalls(filter);
    if (!total)
        return total.error();
    return writePages<CallRecord>(
        device, callCsvHeader(), [&](int offset) { return calls(filter, key, order, offset, kPageSize); },
        &callCsvRow, total.value(), progress, cancel);
}

Result<qint64> HistoryActions::toFile(const QString& path,
                                      const std::function<Result<qint64>(QIODevice*)>& write,
                                      const std::atomic_bool* cancel) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io,
                           ExportText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto written = write(&file);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (cancel && cancel->load()) {
        file.cancelWriting();
        return Error::make(Error::Code::Cancelled, ExportText::tr("The export was cancelled."));
    }
    if (!file.commit())
        return Error::make(Error::Code::Io,
                           ExportText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

} // namespace iq
