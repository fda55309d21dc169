#include "views/import/ImportWizard.h"

#include "core/import/ImportSource.h"
#include "core/profile/Profile.h"
#include "core/store/ChangeNotifier.h"
#include "models/ImportPlanModel.h"
#include "views/import/ImportRunPages.h"
#include "views/import/ImportSourcePages.h"
#include "views/import/ImportUndo.h"
#include "views/common/ProfileWorker.h"

#include <QAbstractButton>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLineEdit>
#include <QMimeData>
#include <QUrl>

namespace iq {
namespace {

constexpr int kPreviewRows = 20;
constexpr int kRowsPerDelivery = 1000;

// The local file a drag carries, if it carries exactly one.
QString droppedFile(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

} // namespace

ImportWizard::ImportWizard(Profile& profile, QWidget* parent)
    : QWizard(parent)
    , m_profile(profile)
    , m_worker(std::make_unique<ProfileWorker>(profile.databasePath())) {
    setWindowTitle(tr("Import contacts"));
    setAccessibleName(tr("Import contacts wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setAcceptDrops(true);

    m_planModel = new ImportPlanModel(this);
    m_filePage = new ImportFilePage(*this);
    m_previewPage = new ImportPreviewPage(*this);
    m_mappingPage = new ImportMappingPage(*this);
    m_optionsPage = new ImportOptionsPage(*this);
    m_planPage = new ImportPlanPage(*this);
    m_resultPage = new ImportResultPage(*this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(PlanPageId, m_planPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(FilePageId);
    setButtonText(CommitButton, tr("&Import"));
    button(BackButton)->setAccessibleName(tr("Back"));
    button(NextButton)->setAccessibleName(tr("Next"));
    button(CommitButton)->setAccessibleName(tr("Import"));
    button(FinishButton)->setAccessibleName(tr("Finish"));
    button(CancelButton)->setAccessibleName(tr("Cancel"));
    resize(1120, 700);
}

ImportWizard::~ImportWizard() {
    if (m_cancel)
        m_cancel->store(true);
    m_worker.reset();
}

QString ImportWizard::filePath() const {
    return m_filePage->pathField()->text().trimmed();
}

void ImportWizard::setFilePath(const QString& path) {
    m_filePage->pathField()->setText(path);
}

CsvOptions ImportWizard::csvOptions() const {
    CsvOptions options;
    options.encoding = m_previewPage->chosenEncoding();
    options.delimiter = m_previewPage->chosenDelimiter();
    options.header = static_cast<CsvOptions::Header>(m_previewPage->headerChoice());
    return options;
}

void ImportWizard::setMapping(const ColumnMapping& mapping, bool byHand) {
    m_mapping = mapping;
    m_mappingByHand = byHand;
}

ImportOptions ImportWizard::importOptions() const {
    ImportOptions options;
    options.region = m_optionsPage->region();
    options.onDuplicate = static_cast<ImportOptions::OnDuplicate>(m_optionsPage->onDuplicate());
    options.targetGroups = m_optionsPage->groups();
    options.consent = m_optionsPage->consent();
    options.consentSource = m_optionsPage->consentSource();
    options.source.csv = csvOptions();
    if (m_previewLoaded && !m_preview.vcard)
        options.source.mapping = m_mapping;
    return options;
}

QString ImportWizard::rejectedRowsFile() const {
    return m_scratch.isValid() ? m_scratch.filePath(QStringLiteral("rejected.csv")) : QString();
}

ImportWizard::Job ImportWizard::beginJob() {
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    m_lastError.clear();
    return Job{++m_generation, m_cancel};
}

void ImportWizard::cancelRunning() {
    if (m_cancel)
        m_cancel->store(true);
}

void ImportWizard::loadPreview() {
    const Job job = beginJob();
    m_previewLoaded = false;
    const QString path = filePath();
    ImportSourceOptions options;
    options.csv = csvOptions();
    m_worker->post([this, job, path, options](Database*, const QString&) {
        ImportPreview preview;
        preview.path = path;
        auto opened = ImportSource::open(path, options);
        if (!opened) {
            preview.error = opened.errorMessage();
        } else {
            ImportSource& source = *opened.value();
            preview.vcard = source.isVCard();
            preview.encoding = source.encoding();
            preview.encodingReason = source.encodingReason();
            preview.delimiter = source.delimiter();
            preview.hasHeader = source.hasHeader();
            preview.headers = source.mapping().headers();
            preview.mapping = source.mapping();
            preview.rows = source.preview();
            if (preview.vcard) {
                ImportDraft draft;
                while (preview.rows.size() < kPreviewRows && source.next(draft))
                    preview.rows.append(draft.rawFields);
            }
            if (preview.rows.size() > kPreviewRows)
                preview.rows.resize(kPreviewRows);
        }
        QMetaObject::invokeMethod(
            this, [this, job, preview] { finishPreview(job.generation, preview); }, Qt::QueuedConnection);
    });
}

void ImportWizard::finishPreview(int generation, const ImportPreview& preview) {
    if (!isCurrent(generation))
        return;
    m_running = false;
    m_preview = preview;
    m_previewLoaded = preview.error.isEmpty();
    m_lastError = preview.error;
    m_mapping = preview.mapping;
    m_mappingByHand = false;
    Q_EMIT previewChanged();
}

void ImportWizard::startPlan() {
    const Job job = beginJob();
    m_planModel->clear();
    m_planReport.reset();
    const QString path = filePath();
    const ImportOptions options = importOptions();
    m_worker->post([this, job, path, options](Database* database, const QString& openError) {
        auto deliver = [this, job](auto&& function) {
            QMetaObject::invokeMethod(
                this,
                [this, job, function] {
                    if (isCurrent(job.generation))
                        function();
                },
                Qt::QueuedConnection);
        };
        if (!database) {
            deliver([this, openError] {
                m_running = false;
                m_lastError = openError;
                Q_EMIT planFinished(false);
            });
            return;
        }
        QList<PlannedRow> rows;
        auto flush = [&] {
            if (rows.isEmpty())
                return;
            deliver([this, rows] { m_planModel->appendRows(rows); });
            rows.clear();
        };
        ImportEngine engine(*database);
        auto report = engine.plan(
            path, options,
            [&](const PlannedRow& row) {
                rows.append(row);
                if (rows.size() >= kRowsPerDelivery)
                    flush();
            },
            job.cancel.get(),
            [&](qint64 done, qint64 total) {
                flush();
                deliver([this, done, total] { Q_EMIT progressed(done, total); });
            });
        flush();
        deliver([this, report] {
            m_running = false;
            if (report) {
                m_planReport = report.value();
            } else {
                m_lastError = report.errorMessage();
            }
            Q_EMIT planFinished(report.ok());
        });
    });
}

void ImportWizard::startImport() {
    const Job job = beginJob();
    m_importReport.reset();
    const QString path = filePath();
    ImportOptions options = importOptions();
    options.rejectedRowsPath = rejectedRowsFile();
    m_worker->post([this, job, path, options](Database* database, const QString& openError) {
        auto deliver = [this, job](auto&& function) {
            QMetaObject::invokeMethod(
                this,
                [this, job, function] {
                    if (isCurrent(job.generation))
                        function();
                },
                Qt::QueuedConnection);
        };
        if (!database) {
            deliver([this, openError] {
                m_running = false;
                m_lastError = openError;
                Q_EMIT importFinished(false);
            });
            return;
        }
        ImportEngine engine(*database);
        auto report = engine.commit(path, options, {}, job.cancel.get(), [&](qint64 done, qint64 total) {
            deliver([this, done, total] { Q_EMIT progressed(done, total); });
        });
        deliver([this, report] {
            m_running = false;
            if (report) {
                m_importReport = report.value();
                // The commit came from another connection: tell this window's models now rather
                // than when the change watcher next polls.
                m_profile.notifier().announce(Entity::Contact);
                m_profile.notifier().announce(Entity::Group);
                m_profile.notifier().announce(Entity::Membership);
            } else {
                m_lastError = report.errorMessage();
            }
            Q_EMIT importFinished(report.ok());
        });
    });
}

void ImportWizard::rollback(const QString& importId) {
    const Job job = beginJob();
    undoImport(*m_worker, m_profile, this, importId, [this, job](bool ok, const QString& message) {
        if (!isCurrent(job.generation))
            return;
        m_running = false;
        if (!ok)
            m_lastError = message;
        Q_EMIT rollbackFinished(ok, message);
    });
}

void ImportWizard::reject() {
    // Cancel during the import stops the import; the wizard closes once it has been undone.
    if (m_running && currentId() == ResultPageId) {
        cancelRunning();
        return;
    }
    cancelRunning();
    QWizard::reject();
}

void ImportWizard::dragEnterEvent(QDragEnterEvent* event) {
    if (currentId() == FilePageId && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent* event) {
    const QString path = droppedFile(event->mimeData());
    if (currentId() != FilePageId || path.isEmpty())
        return;
    setFilePath(path);
    event->acceptProposedAction();
    next();
}

} // namespace iq
