#include "views/import/ImportRunPages.h"

#include "core/profile/Profile.h"
#include "models/ImportPlanModel.h"
#include "shared/phone/PhoneNumbers.h"
#include "views/common/AppPreferences.h"
#include "views/common/Theme.h"
#include "views/import/ImportWizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace iq {
namespace {

const RowOutcome kOutcomes[] = {RowOutcome::Create, RowOutcome::Update,    RowOutcome::Unchanged,
                                RowOutcome::Skip,   RowOutcome::Duplicate, RowOutcome::Invalid};
constexpr int kAllId = 100;

QLabel* makeErrorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setAccessibleName(QWizardPage::tr("Problem"));
    label->setWordWrap(true);
    setTextRole(label, ColourRole::ErrorText);
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& message) {
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

// 0..1000 of the file read, so large files (more bytes than an int holds) still show progress.
void showProgress(QProgressBar* bar, qint64 done, qint64 total) {
    bar->setRange(0, 1000);
    bar->setValue(total > 0 ? static_cast<int>(std::min<qint64>(1000, done * 1000 / total)) : 0);
}

QString countsSentence(const ImportReport& report, bool committed) {
    QStringList parts;
    for (RowOutcome outcome : kOutcomes) {
        const qint64 count = report.count(outcome);
        if (count == 0)
            continue;
        switch (outcome) {
        case RowOutcome::Create:
            parts << (committed ? QWizardPage::tr("%1 created") : QWizardPage::tr("%1 to create")).arg(count);
            break;
        case RowOutcome::Update:
            parts << (committed ? QWizardPage::tr("%1 updated") : QWizardPage::tr("%1 to update")).arg(count);
            break;
        case RowOutcome::Unchanged:
            parts << QWizardPage::tr("%1 already up to date").arg(count);
            break;
        case RowOutcome::Skip:
            parts << QWizardPage::tr("%1 already in your contacts, skipped").arg(count);
            break;
        case RowOutcome::Duplicate:
            parts << QWizardPage::tr("%1 repeated in the file").arg(count);
            break;
        case RowOutcome::Invalid:
            parts << QWizardPage::tr("%1 invalid").arg(count);
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

// ---- options ----

ImportOptionsPage::ImportOptionsPage(ImportWizard& wizard)
    : m_wizard(wizard) {
    setTitle(tr("Choose how to import"));
    setSubTitle(tr("These apply to every person in the file. The next step shows exactly what will "
                   "happen before anything changes."));

    m_region = new QLineEdit(this);
    m_region->setAccessibleName(tr("Default region for phone numbers"));
    m_region->setMaxLength(2);
    m_region->setMaximumWidth(60);
    m_region->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_region));
    auto* regionHint = new QLabel(tr("Two letters, such as US, GB or DE: the country of numbers written "
                                     "without +country code."),
                                  this);
    regionHint->setWordWrap(true);
    auto* regionRow = new QHBoxLayout;
    regionRow->addWidget(m_region);
    regionRow->addWidget(regionHint, 1);

    auto* duplicates = new QGroupBox(tr("People already in your contacts (same number or e-mail)"), this);
    duplicates->setAccessibleName(tr("People already in your contacts"));
    m_skip = new QRadioButton(tr("&Skip them: keep your contacts as they are"), duplicates);
    m_skip->setAccessibleName(tr("Skip people already in your contacts"));
    m_updateEmpty =
        new QRadioButton(tr("&Fill in what is missing: the file only fills empty fields"), duplicates);
    m_updateEmpty->setAccessibleName(tr("Fill in empty fields of people already in your contacts"));
    m_overwrite = new QRadioButton(tr("&Overwrite: the file's values replace yours"), duplicates);
    m_overwrite->setAccessibleName(tr("Overwrite people already in your contacts"));
    m_skip->setChecked(true);
    auto* duplicateLayout = new QVBoxLayout(duplicates);
    duplicateLayout->addWidget(m_skip);
    duplicateLayout->addWidget(m_updateEmpty);
    duplicateLayout->addWidget(m_overwrite);

    m_groups = new QLineEdit(this);
    m_groups->setAccessibleName(tr("Add everyone to these groups"));
    m_groups->setPlaceholderText(tr("Group names separated by commas, e.g. Mac Users, Newsletter"));
    m_groups->setClearButtonEnabled(true);

    m_consent = new QComboBox(this);
    m_consent->setAccessibleName(tr("Consent to record"));
    m_consent->addItem(tr("Unknown: record no consent"), int(ConsentState::Unknown));
    m_consent->addItem(tr("Opted in"), int(ConsentState::OptedIn));
    m_consent->addItem(tr("Pending confirmation"), int(ConsentState::Pending));
    m_consent->addItem(tr("Opted out"), int(ConsentState::OptedOut));
    m_source = new QLineEdit(this);
    m_source->setAccessibleName(tr("Where the consent came from"));
    m_source->setPlaceholderText(tr("e.g. paper sign-up sheet, March 2026"));
    m_source->setEnabled(false);
    auto* consentNote = new QLabel(tr("People your contacts hold as opted out stay opted out, whatever "
                                      "the file says; the file's own unsubscribe columns are honoured."),
                                   this);
    consentNote->setWordWrap(true);
    m_error = makeErrorLabel(this);

    auto* form = new QFormLayout;
    auto* regionLabel = new QLabel(tr("Default &region:"), this);
    regionLabel->setBuddy(m_region);
    form->addRow(regionLabel, regionRow);
    form->addRow(tr("Add to &groups:"), m_groups);
    form->addRow(tr("&Consent:"), m_consent);
    form->addRow(tr("Consent &source:"), m_source);
    form->addRow(QString(), consentNote);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(duplicates);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_consent, &QComboBox::currentIndexChanged, this, [this] {
        m_source->setEnabled(consent() != ConsentState::Unknown);
        showError(m_error, {});
    });
    connect(m_source, &QLineEdit::textChanged, this, [this] { showError(m_error, {}); });
}

void ImportOptionsPage::initializePage() {
    if (m_initialized)
        return;
    m_initialized = true;
    QString region = m_wizard.profile().setting(PhoneNumbers::regionSettingKey());
    if (region.isEmpty())
        region = PhoneNumbers::systemRegion();
    m_region->setText(region.toUpper());
}

bool ImportOptionsPage::validatePage() {
    if (!region().isEmpty() && region().size() != 2) {
        showError(m_error, tr("The default region is two letters, such as US or DE."));
        m_region->setFocus();
        return false;
    }
    if (consent() != ConsentState::Unknown && consentSource().isEmpty()) {
        showError(m_error, tr("Say where the consent came from (for example “paper sign-up sheet, March "
                              "2026”), or choose Unknown."));
        m_source->setFocus();
        return false;
    }
    return true;
}

QString ImportOptionsPage::region() const {
    return m_region->text().trimmed().toUpper();
}

int ImportOptionsPage::onDuplicate() const {
    if (m_overwrite->isChecked())
        return int(ImportOptions::OnDuplicate::Overwrite);
    if (m_updateEmpty->isChecked())
        return int(ImportOptions::OnDuplicate::UpdateEmpty);
    return int(ImportOptions::OnDuplicate::Skip);
}

QStringList ImportOptionsPage::groups() const {
    QStringList names;
    for (const QString& part : m_groups->text().split(QLatin1Char(','))) {
        const QString name = part.simplified();
        if (!name.isEmpty() && !names.contains(name, Qt::CaseInsensitive))
            names << name;
    }
    return names;
}

ConsentState ImportOptionsPage::consent() const {
    return ConsentState(m_consent->currentData().toInt());
}

QString ImportOptionsPage::consentSource() const {
    return consent() == ConsentState::Unknown ? QString() : m_source->text().trimmed();
}

// ---- plan ----

ImportPlanPage::ImportPlanPage(ImportWizard& wizard)
    : m_wizard(wizard) {
    setTitle(tr("Check the plan"));
    setSubTitle(tr("What will happen to each row of the file. Nothing has changed yet: press Import to "
                   "do it, or go back to change the mapping or the options."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Planning progress"));
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Plan summary"));
    m_summary->setWordWrap(true);

    m_filters = new QButtonGroup(this);
    m_filters->setExclusive(true);
    auto* filterRow = new QHBoxLayout;
    auto addFilter = [this, filterRow](int id, const QString& name) {
        auto* button = new QPushButton(this);
        button->setCheckable(true);
        button->setFlat(false);
        button->setAccessibleName(tr("Show: %1").arg(name));
        button->setProperty("outcomeName", name);
        m_filters->addButton(button, id);
        filterRow->addWidget(button);
    };
    addFilter(kAllId, tr("All rows"));
    for (RowOutcome outcome : kOutcomes)
        addFilter(int(outcome), displayName(outcome));
    filterRow->addStretch();
    m_filters->button(kAllId)->setChecked(true);

    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Plan, row by row"));
    m_table->setModel(m_wizard.planModel());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ImportPlanModel::Line, 48);
    m_table->setColumnWidth(ImportPlanModel::Outcome, 120);
    m_table->setColumnWidth(ImportPlanModel::Name, 150);
    m_table->setColumnWidth(ImportPlanModel::Phones, 125);
    m_table->setColumnWidth(ImportPlanModel::Emails, 200);
    m_table->setColumnWidth(ImportPlanModel::Groups, 150);

    m_rowDetail = new QLabel(this);
    m_rowDetail->setAccessibleName(tr("The selected row"));
    m_rowDetail->setWordWrap(true);
    m_rowDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowDetail->setText(tr("Select a row to read the whole reason."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_rowDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid()) {
                    m_rowDetail->setText(tr("Select a row to read the whole reason."));
                    return;
                }
                const QAbstractItemModel* model = m_table->model();
                const QString details =
                    model->index(current.row(), ImportPlanModel::Details).data(Qt::ToolTipRole).toString();
                m_rowDetail->setText(
                    tr("Line %1, %2: %3")
                        .arg(model->index(current.row(), ImportPlanModel::Line).data().toString(),
                             model->index(current.row(), ImportPlanModel::Outcome).data().toString(),
                             details.isEmpty() ? tr("nothing to add") : details));
            });

    connect(m_filters, &QButtonGroup::idClicked, this, &ImportPlanPage::showOutcome);
    connect(m_wizard.planModel(), &ImportPlanModel::countsChanged, this, &ImportPlanPage::updateCounts);
    connect(&m_wizard, &ImportWizard::progressed, this, [this](qint64 done, qint64 total) {
        if (m_wizard.currentPage() == this)
            showProgress(m_progress, done, total);
    });
    connect(&m_wizard, &ImportWizard::planFinished, this, &ImportPlanPage::finished);
    updateCounts();
}

QList<QAbstractButton*> ImportPlanPage::filterButtons() const {
    return m_filters->buttons();
}

void ImportPlanPage::showOutcome(int outcomeOrAll) {
    if (outcomeOrAll < 0 || outcomeOrAll == kAllId) {
        m_filters->button(kAllId)->setChecked(true);
        m_wizard.planModel()->setOutcomeFilter(std::nullopt);
    } else {
        m_filters->button(outcomeOrAll)->setChecked(true);
        m_wizard.planModel()->setOutcomeFilter(RowOutcome(outcomeOrAll));
    }
}

void ImportPlanPage::initializePage() {
    m_done = false;
    showOutcome(-1);
    m_progress->setRange(0, 0);
    m_progress->show();
    clearTextRole(m_summary);
    m_summary->setText(tr("Reading the whole file and comparing it with your contacts…"));
    m_wizard.startPlan();
}

void ImportPlanPage::cleanupPage() {
    m_wizard.cancelRunning();
    m_done = false;
}

bool ImportPlanPage::isComplete() const {
    return m_done && m_wizard.planReport().has_value();
}

void ImportPlanPage::updateCounts() {
    const ImportPlanModel* model = m_wizard.planModel();
    for (QAbstractButton* button : m_filters->buttons()) {
        const int id = m_filters->id(button);
        const qint64 count = id == kAllId ? model->totalCount() : model->count(RowOutcome(id));
        button->setText(QStringLiteral("%1 (%2)").arg(button->property("outcomeName").toString()).arg(count));
        if (id != kAllId)
            button->setEnabled(count > 0 || button->isChecked());
    }
}

void ImportPlanPage::finished(bool ok) {
    m_progress->hide();
    m_done = ok;
    if (!ok) {
        setTextRole(m_summary, ColourRole::ErrorText);
        m_summary->setText(m_wizard.lastError());
        Q_EMIT completeChanged();
        return;
    }
    const ImportReport report = *m_wizard.planReport();
    QString text = tr("%1 (%2): %n row(s).", nullptr, static_cast<int>(report.rows))
                       .arg(report.fileName, report.formatName) +
                   QLatin1Char(' ') + countsSentence(report, false) + QLatin1Char('.');
    if (report.optedOut > 0)
        text += QLatin1Char(' ') + tr("%1 will be recorded as opted out.").arg(report.optedOut);
    if (report.warnings > 0)
        text += QLatin1Char(' ') + tr("%1 note(s) worth a look in the last column.").arg(report.warnings);
    if (m_wizard.planModel()->droppedRows() > 0)
        text += QLatin1Char(' ') + tr("The table lists the first %1 rows of each kind; the counts cover "
                                      "every row.")
                                       .arg(ImportPlanModel::kMaxRowsPerOutcome);
    if (report.count(RowOutcome::Create) + report.count(RowOutcome::Update) == 0)
        text += QLatin1Char(' ') + tr("Importing would change no contact.");
    m_summary->setText(text);
    if (report.count(RowOutcome::Invalid) > 0 && report.count(RowOutcome::Invalid) == report.rows)
        showOutcome(int(RowOutcome::Invalid));
    Q_EMIT completeChanged();
}

// ---- import and report ----

ImportResultPage::ImportResultPage(ImportWizard& wizard)
    : m_wizard(wizard) {
    setTitle(tr("Importing"));
    setSubTitle(tr("Your contacts change in one step: a cancelled import changes nothing."));
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Import status"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Import progress"));
    m_cancel = new QPushButton(tr("&Cancel import"), this);
    m_cancel->setAccessibleName(tr("Cancel the import"));
    m_report = new QLabel(this);
    m_report->setAccessibleName(tr("Import report"));
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::RichText);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveRejected = new QPushButton(tr("&Save rejected rows…"), this);
    m_saveRejected->setAccessibleName(tr("Save the rejected rows as CSV"));
    m_saveRejected->setToolTip(tr("The rows that were not imported, with a column saying why: fix them "
                                  "in a spreadsheet and import that file."));
    m_rollback = new QPushButton(tr("&Undo this import"), this);
    m_rollback->setAccessibleName(tr("Undo this import"));
    m_rollback->setToolTip(tr("Removes the contacts this import created and restores those it updated."));

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveRejected);
    buttons->addWidget(m_rollback);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_report);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
        m_wizard.cancelRunning();
    });
    connect(&m_wizard, &ImportWizard::progressed, this, [this](qint64 done, qint64 total) {
        if (m_wizard.currentPage() != this || m_done)
            return;
        if (total <= 0 || done < total) {
            showProgress(m_progress, done, total);
            return;
        }
        // Every row is written; indexing and saving them (a good part of a large import) runs to the
        // end, so Cancel goes away rather than promise what it can no longer do.
        m_progress->setRange(0, 0);
        if (m_cancel->isEnabled()) {
            m_cancel->setEnabled(false);
            m_status->setText(tr("Saving the contacts and indexing them for search…"));
        }
    });
    connect(&m_wizard, &ImportWizard::importFinished, this, &ImportResultPage::finished);
    connect(m_saveRejected, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the rejected rows"), AppPreferences::exportPath(QStringLiteral("rejected.csv")),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveRejectedRows(path);
    });
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        if (!m_wizard.importReport())
            return;
        m_rollback->setEnabled(false);
        m_status->setText(tr("Undoing the import…"));
        m_progress->setRange(0, 0);
        m_progress->show();
        m_wizard.rollback(m_wizard.importReport()->importId);
    });
    connect(&m_wizard, &ImportWizard::rollbackFinished, this, [this](bool ok, const QString& message) {
        m_progress->hide();
        setErrorText(m_status, !ok);
        m_status->setText(message);
        m_rollback->setEnabled(!ok);
    });
}

void ImportResultPage::initializePage() {
    m_done = false;
    setTitle(tr("Importing"));
    clearTextRole(m_status);
    m_status->setText(tr("Importing %1…").arg(QFileInfo(m_wizard.filePath()).fileName()));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_report->clear();
    m_saveRejected->hide();
    m_rollback->hide();
    m_wizard.startImport();
}

bool ImportResultPage::isComplete() const {
    return m_done;
}

void ImportResultPage::finished(bool ok) {
    m_done = true;
    m_progress->hide();
    m_cancel->hide();
    setTitle(ok ? tr("Imported") : tr("Not imported"));
    if (!ok) {
        setTextRole(m_status, ColourRole::ErrorText);
        m_status->setText(m_wizard.lastError());
        Q_EMIT completeChanged();
        return;
    }
    const ImportReport report = *m_wizard.importReport();
    m_status->setText(tr("Imported %1. To undo it later, use File > Import history.").arg(report.fileName));
    QString rows;
    auto addRow = [&rows](const QString& name, qint64 count) {
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;<b>%2</b></td></tr>")
                    .arg(name.toHtmlEscaped())
                    .arg(count);
    };
    addRow(tr("Rows read"), report.rows);
    addRow(tr("Created"), report.count(RowOutcome::Create));
    addRow(tr("Updated"), report.count(RowOutcome::Update));
    addRow(tr("Already up to date"), report.count(RowOutcome::Unchanged));
    addRow(tr("Already in your contacts, skipped"), report.count(RowOutcome::Skip));
    addRow(tr("Repeated in the file"), report.count(RowOutcome::Duplicate));
    addRow(tr("Invalid, not imported"), report.count(RowOutcome::Invalid));
    addRow(tr("Group memberships added"), report.groupsJoined);
    addRow(tr("Recorded as opted out"), report.optedOut);
    m_report->setText(QStringLiteral("<table>%1</table>").arg(rows));
    m_saveRejected->setVisible(report.rejectedRows > 0);
    m_saveRejected->setText(tr("&Save %n rejected row(s)…", nullptr, static_cast<int>(report.rejectedRows)));
    m_rollback->show();
    m_rollback->setEnabled(!report.importId.isEmpty());
    Q_EMIT completeChanged();
}

bool ImportResultPage::saveRejectedRows(const QString& path) {
    // Written whole or not at all: a failed save leaves an earlier file of that name as it was.
    QFile source(m_wizard.rejectedRowsFile());
    QSaveFile target(path);
    QString error;
    if (!source.open(QIODevice::ReadOnly))
        error = source.errorString();
    else if (!target.open(QIODevice::WriteOnly) || target.write(source.readAll()) < 0 || !target.commit())
        error = target.errorString();
    if (!error.isEmpty()) {
        setTextRole(m_status, ColourRole::ErrorText);
        m_status->setText(
            tr("Cannot save the rejected rows to %1: %2.").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    clearTextRole(m_status);
    m_status->setText(tr("Saved the rejected rows to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace iq
