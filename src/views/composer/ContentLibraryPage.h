#pragma once

#include "shared/domain/Content.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace iq {

class Profile;
class ContentListModel;
class VoicePreview;

// The content library: saved SMS, e-mail and voice templates and snippets, with tags; open one in the
// composer, duplicate, rename, delete (undoable right after), play a voice recording.
class ContentLibraryPage final : public QWidget {
    Q_OBJECT
public:
    explicit ContentLibraryPage(Profile& profile, QWidget* parent = nullptr);

    ContentListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString currentId() const;
    void selectId(const QString& id);

    // The actions of the buttons, without dialogs (the buttons ask first).
    void duplicateCurrent();
    void renameCurrent(const QString& name);
    void deleteCurrent();
    void undoDelete();

Q_SIGNALS:
    void openRequested(const QString& id);

private:
    void reloadTags();
    void updateButtons();
    void applyFilter();
    void playCurrent();
    void showError(const QString& message);

    Profile& m_profile;
    ContentListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QComboBox* m_tagFilter = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_play = nullptr;
    VoicePreview* m_voice = nullptr;
    QString m_deletedId;
    ContentItem m_deleted; // kept so the deletion can be taken back right away
};

} // namespace iq
