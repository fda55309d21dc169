#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace iq {

class ImportWizard;

// Step 1: which file. Typed, chosen in the file dialog, or dropped on the page.
class ImportFilePage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard& wizard);

    QLineEdit* pathField() const { return m_path; }
    QPushButton* browseButton() const { return m_browse; }
    QLabel* errorLabel() const { return m_error; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard& m_wizard;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_error = nullptr;
};

// Step 2: the first rows as read, with the encoding, delimiter and header row detected; changing
// one reads the file again.
class ImportPreviewPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard& wizard);

    QComboBox* encodingBox() const { return m_encoding; }
    QComboBox* delimiterBox() const { return m_delimiter; }
    QCheckBox* headerBox() const { return m_header; }
    QTableWidget* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }

    // The choices on this page; empty encoding and null delimiter mean "as detected".
    QByteArray chosenEncoding() const;
    QChar chosenDelimiter() const;
    int headerChoice() const; // CsvOptions::Header

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void reset();
    void showPreview();

    ImportWizard& m_wizard;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QCheckBox* m_header = nullptr;
    bool m_headerTouched = false;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QString m_loadedPath;
};

// Step 3: where each column goes, starting from the recognized format; any column can be mapped by
// hand, skipped or kept as a custom field. Mappings can be saved and loaded for the next file.
class ImportMappingPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard& wizard);

    QLabel* formatLabel() const { return m_format; }
    QTableWidget* table() const { return m_table; }
    QComboBox* targetBox(int column) const;
    QLabel* errorLabel() const { return m_error; }

    // What the save and load buttons do once a file was chosen; errors show on the page.
    bool saveMapping(const QString& path);
    bool loadMapping(const QString& path);

    void initializePage() override;

private:
    void rebuild();
    void targetChosen(int column);

    ImportWizard& m_wizard;
    QLabel* m_format = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace iq
