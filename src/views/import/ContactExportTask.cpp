#include "views/import/ContactExportTask.h"

#include "core/actions/ContactActions.h"
#include "core/profile/Profile.h"
#include "core/store/Database.h"
#include "views/common/AppPreferences.h"
#include "views/common/ProfileWorker.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>

namespace iq {
namespace {

// The share of the bar (of 1000) for reading the contacts, before the first is written: measured on
// 100,000 contacts, reading them and counting their numbers and addresses is about 30% of a CSV
// export and 12% of a vCard one, whose cards cost more to write.
int readingShare(ContactExporter::Format format) {
    return format == ContactExporter::Format::Csv ? 300 : 120;
}

QString csvFilter() {
    return ContactExportTask::tr("CSV spreadsheet (*.csv)");
}

QString vcardFilter() {
    return ContactExportTask::tr("vCard 4.0 (*.vcf)");
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
        parent, tr("Export contacts"), AppPreferences::exportPath(suggestedName + QStringLiteral(".csv")),
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
        Result<qint64> written = Error::make(Error::Code::Io, openError);
        if (database) {
            ExportSelection selection;
            ContactBrowser browser(*database);
            Status counted = browser.setQuery(filter, ContactSortKey::Name, Qt::AscendingOrder);
            const qint64 total = browser.count();
            const bool everyoneOrGroup = filter.search.trimmed().isEmpty() && !filter.consent;
            if (counted && everyoneOrGroup) {
                selection.groupId = filter.groupId;
            } else if (counted) {
                // Exactly the contacts the list shows; the export puts them in its own order.
                auto ids = browser.ids();
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
                // One bar for the whole export: reading the contacts fills its first part, writing the rest.
                const qint64 share = readingShare(format);
                auto reportShare = [&](qint64 done, qint64 from, qint64 width) {
                    const qint64 permille =
                        from + (total > 0 ? std::min<qint64>(width, done * width / total) : 0);
                    report([this, permille] { Q_EMIT progressed(static_cast<int>(permille)); });
                };
                ContactExporter::Options options;
                options.format = format;
                options.reading = [&](qint64 read) {
                    reportShare(read, 0, share);
                };
                options.progress = [&](qint64 done) {
                    reportShare(done, share, 1000 - share);
                };
                written = ContactActions(*database, nullptr, QStringLiteral("desktop"))
                              .exportToFile(path, selection, options, cancelFlag.get());
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
    connect(this, &ContactExportTask::progressed, this, [this](int permille) {
        // Never backwards: past its memory budget the export reads the contacts a second way.
        if (m_dialog && permille > m_dialog->value()) {
            m_dialog->setMaximum(1000);
            m_dialog->setValue(permille);
        }
    });
}

void ContactExportTask::cancel() {
    m_cancel->store(true);
}

} // namespace iq
