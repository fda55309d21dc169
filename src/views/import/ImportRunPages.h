#pragma once

#include "shared/domain/Consent.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;
class QAbstractButton;

namespace iq {

class ImportWizard;
struct ImportReport;

// Step 4: the default region, what to do with people already in the profile, groups to join and
// the consent to record.
class ImportOptionsPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportOptionsPage(ImportWizard& wizard);

    QLineEdit* regionField() const { return m_region; }
    QRadioButton* skipButton() const { return m_skip; }
    QRadioButton* updateEmptyButton() const { return m_updateEmpty; }
    QRadioButton* overwriteButton() const { return m_overwrite; }
    QLineEdit* groupsField() const { return m_groups; }
    QComboBox* consentBox() const { return m_consent; }
    QLineEdit* consentSourceField() const { return m_source; }
    QLabel* errorLabel() const { return m_error; }

    QString region() const;
    int onDuplicate() const; // ImportOptions::OnDuplicate
    QStringList groups() const;
    ConsentState consent() const;
    QString consentSource() const;

    void initializePage() override;
    bool validatePage() override;

private:
    ImportWizard& m_wizard;
    QLineEdit* m_region = nullptr;
    QRadioButton* m_skip = nullptr;
    QRadioButton* m_updateEmpty = nullptr;
    QRadioButton* m_overwrite = nullptr;
    QLineEdit* m_groups = nullptr;
    QComboBox* m_consent = nullptr;
    QLineEdit* m_source = nullptr;
    QLabel* m_error = nullptr;
    bool m_initialized = false;
};

// Step 5: the plan, a dry run of the whole file: counts per outcome and the rows, filtered by
// outcome. Nothing is changed until Import.
class ImportPlanPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPlanPage(ImportWizard& wizard);

    QTableView* table() const { return m_table; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* rowDetailLabel() const { return m_rowDetail; }
    // The filter buttons: "All" first, then one per outcome (see ImportPlanPage::outcomes()).
    QList<QAbstractButton*> filterButtons() const;
    void showOutcome(int outcomeOrAll); // -1: all

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void updateCounts();
    void finished(bool ok);

    ImportWizard& m_wizard;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QButtonGroup* m_filters = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_rowDetail = nullptr;
    bool m_done = false;
};

// Step 6: the import itself with progress and Cancel, then the report: counts per outcome, the
// rejected rows to save and fix, and a way to roll the import back.
class ImportResultPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportResultPage(ImportWizard& wizard);

    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* reportLabel() const { return m_report; }
    QPushButton* saveRejectedButton() const { return m_saveRejected; }
    QPushButton* rollbackButton() const { return m_rollback; }

    bool saveRejectedRows(const QString& path);

    void initializePage() override;
    bool isComplete() const override;

private:
    void finished(bool ok);

    ImportWizard& m_wizard;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_report = nullptr;
    QPushButton* m_saveRejected = nullptr;
    QPushButton* m_rollback = nullptr;
    bool m_done = false;
};

} // namespace iq
