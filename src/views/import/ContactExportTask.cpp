#include "import/ContactExportTask.h"

#include "import/ProfileWorker.h"
#include "profile/Profile.h"
#include "store/Database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>

namespace iq {
namespace {

constexpr int kIdPage = 20000;

QString csvFilter() {
    return ContactExportTask::tr("CSV spreadsheet (*.csv)");
}

QString vcardFilter() {
    return ContactExportTask::tr("vCard 4.0 (*.vcf)");
}

// The ids a filter lists, read a page at a time: the export then holds exactly what the page shows.
Result<QStringList> idsOf(Database& database, const ContactFilter& filter, qint64* count) {
    ContactBrowser browser(database);
    if (Status status = browser.setQuery(filter, ContactSortKey::Name, Qt::AscendingOrder); !status)
        return status.error();
    *count = browser.count();
    QStringList ids;
    for (int offset = 0; offset < browser.count(); offset += kIdPage) {
        auto rows = browser.rows(offset, kIdPage);
        if (!rows)
            return rows.error();
        for (const ContactRow& row : rows.value())
            ids << row.id;
    }
    return ids;
}

} // namespace

ContactExportTask::ContactExportTask(Profile& profile, QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_worker(std::make_unique<ProfileWorker>(profile.databasePath())) {}

ContactExportTask::~ContactExportTask() {
    m_cancel->store(true);
    m_worker.reset();
}

ContactExporter::Format ContactExportTask::formatOf(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard") ? ContactExporter::Format::VCard
                                                                              : ContactExporter::Format::Csv;
}

QString ContactExportTask::chooseFile(QWidget* parent, const QString& suggestedName,
                                      ContactExporter::Format* format) {
    QString selected = csvFilter();
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export contacts"), QDir::home().filePath(suggestedName + QStringLiteral(".csv")),
        csvFilter() + QStringLiteral(";;") + vcardFilter(), &selected);
    if (path.isEmpty())
        return {};
    const bool vcard = selected == vcardFilter() || formatOf(path) == ContactExporter::Format::VCard;
    if (QFileInfo(path).suffix().isEmpty())
        path += vcard ? QStringLiteral(".vcf") : QStringLiteral(".csv");
    *format = vcard ? ContactExporter::Format::VCard : ContactExporter::Format::Csv;
    return path;
}

void ContactExportTask::start(const ContactFilter& filter, const QString& path,
                              ContactExporter::Format format) {
    if (m_window) {
        m_dialog = new QProgressDialog(tr("Exporting contacts to %1…").arg(QFileInfo(path).fileName()),
                                       tr("Cancel"), 0, 0, m_window);
        m_dialog->setWindowTitle(tr("Export contacts"));
        m_dialog->setAccessibleName(tr("Export progress"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(600);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        connect(m_dialog, &QProgressDialog::canceled, this, &ContactExportTask::cancel);
    }
    auto cancelFlag = m_cancel;
    m_worker->post([this, filter, path, format, cancelFlag](Database* database, const QString& openError) {
        auto report = [this](auto&& function) {
            QMetaObject::invokeMethod(this, function, Qt::QueuedConnection);
        };
        qint64 total = -1;
        Result<qint64> written = Error::make(Error::Code::Io, openError);
        if (database) {
            ExportSelection selection;
            Status counted;
            const bool everyoneOrGroup = filter.search.trimmed().isEmpty() && !filter.consent;
            if (everyoneOrGroup) {
                selection.groupId = filter.groupId;
                ContactBrowser browser(*database);
                counted = browser.setQuery(filter, ContactSortKey::Name, Qt::AscendingOrder);
                total = browser.count();
            } else {
                auto ids = idsOf(*database, filter, &total);
                if (ids)
                    selection.ids = ids.value();
                else
                    counted = ids.error();
            }
            if (!counted) {
                written = counted.error();
            } else if (!filter.isEmpty() && total == 0) {
                written =
                    Error::make(Error::Code::NotFound, tr("There are no contacts to export in this list."));
            } else {
                ContactExporter::Options options;
                options.format = format;
                options.progress = [&](qint64 done) {
                    report([this, done, total] { Q_EMIT progressed(done, total); });
                };
                written = ContactExporter(*database).exportToFile(path, selection, options, cancelFlag.get());
            }
        }
        report([this, written, path] {
            if (m_dialog) {
                m_dialog->close();
                m_dialog->deleteLater();
                m_dialog = nullptr;
            }
            const QString name = QDir::toNativeSeparators(path);
            if (written)
                Q_EMIT finished(
                    true, written.value(),
                    tr("Exported %n contact(s) to %1.", nullptr, static_cast<int>(written.value()))
                        .arg(name));
            else
                Q_EMIT finished(false, 0, written.errorMessage());
            deleteLater();
        });
    });
    connect(this, &ContactExportTask::progressed, this, [this](qint64 done, qint64 total) {
        if (!m_dialog)
            return;
        if (total > 0) {
            m_dialog->setMaximum(1000);
            m_dialog->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / total)));
        }
    });
}

void ContactExportTask::cancel() {
    m_cancel->store(true);
}

} // namespace iq
