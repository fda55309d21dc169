#pragma once

#include "core/import/ColumnMapping.h"
#include "core/import/ImportEngine.h"

#include <QTemporaryDir>
#include <QWizard>

#include <atomic>
#include <memory>
#include <optional>

namespace iq {

class ImportFilePage;
class ImportMappingPage;
class ImportOptionsPage;
class ImportPlanModel;
class ImportPlanPage;
class ImportPreviewPage;
class ImportResultPage;
class Profile;
class ProfileWorker;

// What the first rows of a file look like, read on the worker thread for the preview and mapping.
struct ImportPreview {
    QString path;
    QString error; // the file could not be read: names the file and the reason
    bool vcard = false;
    QByteArray encoding;
    QString encodingReason;
    QChar delimiter;
    bool hasHeader = false;
    QStringList headers;
    QList<QStringList> rows;
    ColumnMapping mapping;
};

// Imports a CSV or vCard file step by step: the file, a preview with the detected encoding and
// delimiter, the column mapping, the options, the plan (a dry run, row by row) and the import with
// its report. Reading, planning and committing run on a worker thread with its own connection; the
// profile is changed only by the last step, in one transaction that a cancel leaves untouched.
class ImportWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePageId, PreviewPageId, MappingPageId, OptionsPageId, PlanPageId, ResultPageId };

    explicit ImportWizard(Profile& profile, QWidget* parent = nullptr);
    ~ImportWizard() override;

    Profile& profile() const { return m_profile; }
    ImportFilePage* filePage() const { return m_filePage; }
    ImportPreviewPage* previewPage() const { return m_previewPage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportOptionsPage* optionsPage() const { return m_optionsPage; }
    ImportPlanPage* planPage() const { return m_planPage; }
    ImportResultPage* resultPage() const { return m_resultPage; }
    ImportPlanModel* planModel() const { return m_planModel; }

    QString filePath() const;
    // Chooses the file (as a drop or the file dialog does).
    void setFilePath(const QString& path);

    // The file as the preview page reads it: encoding and delimiter (null: detect), header row.
    CsvOptions csvOptions() const;
    const ImportPreview& preview() const { return m_preview; }
    bool previewLoaded() const { return m_previewLoaded; }
    // The mapping as detected, or as changed by hand or loaded on the mapping page.
    const ColumnMapping& mapping() const { return m_mapping; }
    void setMapping(const ColumnMapping& mapping, bool byHand);
    bool mappingChangedByHand() const { return m_mappingByHand; }
    // Everything the engine needs, from every page.
    ImportOptions importOptions() const;

    bool busy() const { return m_running; }
    std::optional<ImportReport> planReport() const { return m_planReport; }
    std::optional<ImportReport> importReport() const { return m_importReport; }
    QString lastError() const { return m_lastError; }
    QString rejectedRowsFile() const;

    // Reads the first rows again (after a change of encoding, delimiter or header row).
    void loadPreview();
    void startPlan();
    void startImport();
    void cancelRunning();
    void rollback(const QString& importId);

    void reject() override;

Q_SIGNALS:
    void previewChanged();
    void progressed(qint64 done, qint64 total);
    void planFinished(bool ok);
    void importFinished(bool ok);
    void rollbackFinished(bool ok, const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Job {
        int generation = 0;
        std::shared_ptr<std::atomic_bool> cancel;
    };
    Job beginJob();
    bool isCurrent(int generation) const { return generation == m_generation; }
    void finishPreview(int generation, const ImportPreview& preview);

    Profile& m_profile;
    ImportPlanModel* m_planModel = nullptr;
    ImportFilePage* m_filePage = nullptr;
    ImportPreviewPage* m_previewPage = nullptr;
    ImportMappingPage* m_mappingPage = nullptr;
    ImportOptionsPage* m_optionsPage = nullptr;
    ImportPlanPage* m_planPage = nullptr;
    ImportResultPage* m_resultPage = nullptr;
    ImportPreview m_preview;
    bool m_previewLoaded = false;
    ColumnMapping m_mapping;
    bool m_mappingByHand = false;
    std::optional<ImportReport> m_planReport;
    std::optional<ImportReport> m_importReport;
    QString m_lastError;
    QTemporaryDir m_scratch; // the rejected rows of the last import, until saved
    int m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<ProfileWorker> m_worker; // last: destroyed first, waiting for its job
};

} // namespace iq
