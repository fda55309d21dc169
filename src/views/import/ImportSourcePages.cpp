#include "views/import/ImportSourcePages.h"

#include "core/csv/CsvReader.h"
#include "views/common/Theme.h"
#include "views/import/ImportWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTableWidget>
#include <QVBoxLayout>

namespace iq {
namespace {

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

QTableWidget* makeTable(QWidget* parent, const QString& name) {
    auto* table = new QTableWidget(parent);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    return table;
}

QString fileDialogDirectory(const QString& current) {
    const QFileInfo info(current);
    return current.isEmpty() ? QString() : info.absolutePath();
}

} // namespace

// ---- file ----

ImportFilePage::ImportFilePage(ImportWizard& wizard)
    : m_wizard(wizard) {
    setTitle(tr("Choose the file to import"));
    setSubTitle(tr("A CSV file saved from a spreadsheet, Google Contacts, Outlook or Mailchimp, or a vCard "
                   "file from a phone. Nothing changes in your contacts until the last step."));
    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("Path of a .csv, .txt or .vcf file"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setAccessibleName(tr("Choose a file"));
    m_error = makeErrorLabel(this);
    auto* hint = new QLabel(tr("You can also drop a file on this window or on the Contacts page."), this);
    hint->setWordWrap(true);
    hint->setAccessibleName(tr("Hint"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        showError(m_error, {});
        Q_EMIT completeChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
}

bool ImportFilePage::isComplete() const {
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage() {
    const QString path = m_path->text().trimmed();
    QFile file(path);
    QString reason;
    if (!QFileInfo::exists(path))
        reason = tr("there is no such file");
    else if (QFileInfo(path).isDir())
        reason = tr("it is a folder, not a file");
    else if (!file.open(QIODevice::ReadOnly))
        reason = file.errorString();
    else if (file.size() == 0)
        reason = tr("the file is empty");
    if (!reason.isEmpty()) {
        showError(m_error, tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    return true;
}

void ImportFilePage::browse() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import contacts"), fileDialogDirectory(m_path->text()),
        tr("Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;CSV files (*.csv *.txt *.tsv);;vCard files "
           "(*.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

// ---- preview ----

ImportPreviewPage::ImportPreviewPage(ImportWizard& wizard)
    : m_wizard(wizard) {
    setTitle(tr("Check how the file reads"));
    setSubTitle(tr("The first rows as they will be read. If letters look wrong, choose another encoding; if "
                   "everything sits in one column, choose another delimiter."));
    m_encoding = new QComboBox(this);
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->addItem(tr("As detected"), QByteArray());
    for (const char* name : {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1", "ISO-8859-15",
                             "windows-1250", "Shift_JIS", "GB18030", "Big5", "KOI8-R"}) {
        if (QStringDecoder(name).isValid())
            m_encoding->addItem(QString::fromLatin1(name), QByteArray(name));
    }
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiter = new QComboBox(this);
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiter->addItem(tr("As detected"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe ( | )"), QStringLiteral("|"));
    m_header = new QCheckBox(tr("First row holds &column names"), this);
    m_header->setAccessibleName(tr("First row holds column names"));
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("How the file was read"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table = makeTable(this, tr("First rows of the file"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* controls = new QHBoxLayout;
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto* delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    controls->addWidget(encodingLabel);
    controls->addWidget(m_encoding);
    controls->addSpacing(16);
    controls->addWidget(delimiterLabel);
    controls->addWidget(m_delimiter);
    controls->addSpacing(16);
    controls->addWidget(m_header);
    controls->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    auto reload = [this] {
        m_summary->setText(tr("Reading the file…"));
        m_table->setEnabled(false);
        m_wizard.loadPreview();
        Q_EMIT completeChanged();
    };
    connect(m_encoding, &QComboBox::currentIndexChanged, this, reload);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, reload);
    connect(m_header, &QCheckBox::toggled, this, [this, reload] {
        m_headerTouched = true;
        reload();
    });
    connect(&m_wizard, &ImportWizard::previewChanged, this, &ImportPreviewPage::showPreview);
}

QByteArray ImportPreviewPage::chosenEncoding() const {
    return m_encoding->currentData().toByteArray();
}

QChar ImportPreviewPage::chosenDelimiter() const {
    const QString text = m_delimiter->currentData().toString();
    return text.isEmpty() ? QChar() : text.front();
}

int ImportPreviewPage::headerChoice() const {
    if (!m_headerTouched)
        return static_cast<int>(CsvOptions::Header::Auto);
    return static_cast<int>(m_header->isChecked() ? CsvOptions::Header::Yes : CsvOptions::Header::No);
}

void ImportPreviewPage::reset() {
    const QSignalBlocker encodingBlocker(m_encoding);
    const QSignalBlocker delimiterBlocker(m_delimiter);
    const QSignalBlocker headerBlocker(m_header);
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    m_headerTouched = false;
}

void ImportPreviewPage::initializePage() {
    if (m_loadedPath == m_wizard.filePath() && m_wizard.previewLoaded())
        return;
    m_loadedPath = m_wizard.filePath();
    reset();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_summary->setText(tr("Reading the file…"));
    m_wizard.loadPreview();
}

bool ImportPreviewPage::isComplete() const {
    return m_wizard.previewLoaded() && !m_wizard.busy();
}

int ImportPreviewPage::nextId() const {
    return m_wizard.preview().vcard ? ImportWizard::OptionsPageId : ImportWizard::MappingPageId;
}

void ImportPreviewPage::showPreview() {
    const ImportPreview& preview = m_wizard.preview();
    m_table->setEnabled(true);
    m_table->clear();
    if (!preview.error.isEmpty()) {
        setTextRole(m_summary, ColourRole::ErrorText);
        m_summary->setText(preview.error);
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        Q_EMIT completeChanged();
        return;
    }
    clearTextRole(m_summary);
    const bool vcard = preview.vcard;
    m_encoding->setEnabled(!vcard);
    m_delimiter->setEnabled(!vcard);
    m_header->setEnabled(!vcard);
    {
        const QSignalBlocker blocker(m_header);
        m_header->setChecked(preview.hasHeader);
    }
    const QString encoding = QString::fromLatin1(preview.encoding);
    m_encoding->setItemText(0, chosenEncoding().isEmpty() ? tr("As detected: %1").arg(encoding)
                                                          : tr("As detected"));
    if (chosenDelimiter().isNull())
        m_delimiter->setItemText(0, tr("As detected: %1").arg(CsvReader::delimiterName(preview.delimiter)));
    else
        m_delimiter->setItemText(0, tr("As detected"));

    QString summary;
    if (vcard) {
        summary = tr("A vCard file: each card is one person. The first %n card(s):", nullptr,
                     static_cast<int>(preview.rows.size()));
    } else {
        const QString reason = preview.encodingReason.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" (%1)").arg(preview.encodingReason);
        summary =
            tr("Read as %1%2, fields separated by %3, %4. The first %n row(s):", nullptr,
               static_cast<int>(preview.rows.size()))
                .arg(encoding, reason, CsvReader::delimiterName(preview.delimiter),
                     preview.hasHeader ? tr("column names in the first row") : tr("no row of column names"));
    }
    m_summary->setText(summary);

    int columns = static_cast<int>(preview.headers.size());
    for (const QStringList& row : preview.rows)
        columns = std::max(columns, static_cast<int>(row.size()));
    m_table->setColumnCount(columns);
    m_table->setRowCount(static_cast<int>(preview.rows.size()));
    QStringList labels;
    for (int column = 0; column < columns; ++column)
        labels << preview.headers.value(column, tr("Column %1").arg(column + 1));
    m_table->setHorizontalHeaderLabels(labels);
    for (int row = 0; row < preview.rows.size(); ++row) {
        const QStringList& fields = preview.rows.at(row);
        for (int column = 0; column < fields.size(); ++column) {
            QString text = fields.at(column);
            text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            m_table->setItem(row, column, new QTableWidgetItem(text));
        }
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < columns; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    Q_EMIT completeChanged();
}

// ---- mapping ----

ImportMappingPage::ImportMappingPage(ImportWizard& wizard)
    : m_wizard(wizard) {
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Where each column of the file goes. Change any of them; columns you skip are not "
                   "imported, custom fields keep the column under its own name."));
    m_format = new QLabel(this);
    m_format->setAccessibleName(tr("Recognized format"));
    m_format->setWordWrap(true);
    m_table = makeTable(this, tr("Columns of the file"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Examples"), tr("Import as")});
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_error = makeErrorLabel(this);

    auto* load = new QPushButton(tr("&Load mapping…"), this);
    load->setAccessibleName(tr("Load a saved mapping"));
    auto* save = new QPushButton(tr("&Save mapping…"), this);
    save->setAccessibleName(tr("Save this mapping"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_format);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the column mapping"),
                                                          fileDialogDirectory(m_wizard.filePath()),
                                                          tr("Column mappings (*.json)"));
        if (!path.isEmpty())
            saveMapping(path);
    });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a column mapping"),
                                                          fileDialogDirectory(m_wizard.filePath()),
                                                          tr("Column mappings (*.json);;All files (*)"));
        if (!path.isEmpty())
            loadMapping(path);
    });
}

QComboBox* ImportMappingPage::targetBox(int column) const {
    return qobject_cast<QComboBox*>(m_table->cellWidget(column, 2));
}

void ImportMappingPage::initializePage() {
    showError(m_error, {});
    rebuild();
}

void ImportMappingPage::rebuild() {
    const ColumnMapping& mapping = m_wizard.mapping();
    const ImportPreview& preview = m_wizard.preview();
    QString format = tr("Recognized format: %1.").arg(mapping.formatName());
    if (m_wizard.mappingChangedByHand())
        format += QLatin1Char(' ') + tr("Changed by hand.");
    m_format->setText(format);

    const QStringList headers = mapping.headers();
    m_table->setRowCount(static_cast<int>(headers.size()));
    for (int column = 0; column < headers.size(); ++column) {
        m_table->setItem(column, 0, new QTableWidgetItem(headers.at(column)));
        QStringList examples;
        for (const QStringList& row : preview.rows) {
            const QString value = row.value(column).simplified();
            if (!value.isEmpty() && !examples.contains(value))
                examples << value;
            if (examples.size() == 3)
                break;
        }
        m_table->setItem(column, 1, new QTableWidgetItem(examples.join(QStringLiteral(" · "))));
        auto* box = new QComboBox(m_table);
        box->setAccessibleName(tr("Import column “%1” as").arg(headers.at(column)));
        for (int target = int(ColumnRule::Target::Skip); target <= int(ColumnRule::Target::Custom); ++target)
            box->addItem(ColumnMapping::targetName(ColumnRule::Target(target)), target);
        const ColumnRule rule = mapping.rule(column);
        box->setCurrentIndex(box->findData(int(rule.target)));
        if (!rule.label.isEmpty())
            box->setToolTip(tr("Label: %1").arg(rule.label));
        connect(box, &QComboBox::currentIndexChanged, this, [this, column] { targetChosen(column); });
        m_table->setCellWidget(column, 2, box);
    }
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(0, std::min(std::max(m_table->columnWidth(0), 160), 280));
    m_table->setColumnWidth(2, 220);
}

void ImportMappingPage::targetChosen(int column) {
    QComboBox* box = targetBox(column);
    if (!box)
        return;
    ColumnMapping mapping = m_wizard.mapping();
    ColumnRule rule;
    rule.target = ColumnRule::Target(box->currentData().toInt());
    if (rule.target == mapping.rule(column).target)
        return;
    mapping.setRule(column, rule);
    m_wizard.setMapping(mapping, true);
    m_format->setText(tr("Recognized format: %1.").arg(mapping.formatName()) + QLatin1Char(' ') +
                      tr("Changed by hand."));
}

bool ImportMappingPage::saveMapping(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(m_wizard.mapping().toJson()).toJson()) < 0 || !file.commit()) {
        showError(
            m_error,
            tr("Cannot save the mapping to %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    showError(m_error, {});
    return true;
}

bool ImportMappingPage::loadMapping(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(
            m_error,
            tr("Cannot read the mapping %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        showError(m_error, tr("Cannot read the mapping %1: it is not a saved mapping (%2).")
                               .arg(QDir::toNativeSeparators(path), parseError.errorString()));
        return false;
    }
    auto mapping = ColumnMapping::fromJson(document.object(), m_wizard.mapping().headers());
    if (!mapping) {
        showError(
            m_error,
            tr("Cannot use the mapping %1: %2").arg(QDir::toNativeSeparators(path), mapping.errorMessage()));
        return false;
    }
    showError(m_error, {});
    m_wizard.setMapping(mapping.value(), true);
    rebuild();
    return true;
}

} // namespace iq
