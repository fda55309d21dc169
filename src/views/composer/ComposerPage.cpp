#include "views/composer/ComposerPage.h"

#include "models/ColourRoles.h"
#include "shared/sms/SmsSegments.h"
#include "views/composer/ComposerController.h"
#include "views/composer/TemplateHighlighter.h"
#include "views/composer/VoicePreview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace iq {

namespace {

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

} // namespace

ComposerPage::ComposerPage(Profile& profile, QWidget* parent)
    : QWidget(parent)
    , m_controller(new ComposerController(profile, this)) {
    m_voice = new VoicePreview(this);
    buildUi();
    connectController();
    m_controller->reload();
}

ComposerPage::~ComposerPage() = default;

void ComposerPage::buildUi() {
    QHBoxLayout* header = buildHeader();
    QWidget* left = buildEditorColumn();
    QWidget* right = buildPreviewColumn();

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    auto* insertShortcut = new QAction(this);
    insertShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(insertShortcut, &QAction::triggered, m_insertField, &QToolButton::showMenu);
    addAction(insertShortcut);
    connectWidgets();
}

QHBoxLayout* ComposerPage::buildHeader() {
    auto* title = new QLabel(tr("Compose a message"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_channel = new QComboBox(this);
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("SMS"), int(tmpl::RenderChannel::Sms));
    m_channel->addItem(tr("E-mail (HTML)"), int(tmpl::RenderChannel::EmailHtml));
    m_channel->addItem(tr("E-mail (plain text)"), int(tmpl::RenderChannel::EmailText));
    m_channel->addItem(tr("Voice script"), int(tmpl::RenderChannel::Voice));
    m_audience = new QComboBox(this);
    m_audience->setAccessibleName(tr("Audience"));
    m_audience->setMinimumContentsLength(16);
    m_marketing = new QCheckBox(tr("&Marketing message"), this);
    m_marketing->setAccessibleName(tr("Marketing message"));
    m_marketing->setToolTip(tr("Marketing texts must tell people how to opt out."));
    m_marketing->setChecked(true);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    auto* channelLabel = new QLabel(tr("C&hannel:"), this);
    channelLabel->setBuddy(m_channel);
    auto* audienceLabel = new QLabel(tr("&To:"), this);
    audienceLabel->setBuddy(m_audience);
    header->addWidget(channelLabel);
    header->addWidget(m_channel);
    header->addWidget(audienceLabel);
    header->addWidget(m_audience);
    header->addWidget(m_marketing);
    return header;
}

QWidget* ComposerPage::buildEditorColumn() {
    m_insertField = new QToolButton(this);
    m_insertField->setText(tr("Insert &field"));
    m_insertField->setAccessibleName(tr("Insert field"));
    m_insertField->setToolTip(tr("Insert a recipient's field, e.g. their first name (Ctrl+Shift+F)"));
    m_insertField->setPopupMode(QToolButton::InstantPopup);
    m_insertField->setMenu(new QMenu(m_insertField));
    m_snippets = new QToolButton(this);
    m_snippets->setText(tr("S&nippet"));
    m_snippets->setAccessibleName(tr("Insert snippet"));
    m_snippets->setToolTip(tr("Insert a saved snippet such as your signature or the opt-out footer"));
    m_snippets->setPopupMode(QToolButton::InstantPopup);
    m_snippets->setMenu(new QMenu(m_snippets));
    m_fixPunctuation = new QPushButton(tr("Use &plain punctuation"), this);
    m_fixPunctuation->setAccessibleName(tr("Replace smart punctuation"));
    m_fixPunctuation->setToolTip(tr(
        "Replace curly quotes, dashes and ellipses with plain ones so the text stays GSM-7 (Ctrl+Shift+P)"));
    m_fixPunctuation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_save = new QPushButton(tr("&Save to library…"), this);
    m_save->setAccessibleName(tr("Save to content library"));
    m_save->setShortcut(QKeySequence::Save);
    m_listen = new QPushButton(tr("&Listen"), this);
    m_listen->setAccessibleName(tr("Listen to the voice message"));

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_insertField);
    tools->addWidget(m_snippets);
    tools->addWidget(m_fixPunctuation);
    tools->addStretch(1);
    tools->addWidget(m_listen);
    tools->addWidget(m_save);

    m_subjectLabel = new QLabel(tr("Su&bject:"), this);
    m_subject = new QLineEdit(this);
    m_subject->setAccessibleName(tr("E-mail subject"));
    m_subject->setPlaceholderText(tr("News for {{first_name|you}}"));
    m_subjectLabel->setBuddy(m_subject);
    auto* subjectRow = new QHBoxLayout;
    subjectRow->addWidget(m_subjectLabel);
    subjectRow->addWidget(m_subject, 1);

    m_editor = new QPlainTextEdit(this);
    m_editor->setAccessibleName(tr("Message template"));
    m_editor->setPlaceholderText(
        tr("Hi {{first_name|there}}, the new MacBook is in at {{business_name}}! {{opt_out}}"));
    m_editor->setTabChangesFocus(true);
    m_highlighter = new TemplateHighlighter(m_editor->document());
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setAccessibleName(tr("Problems and warnings"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::RichText);
    m_problemsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(tools);
    leftLayout->addLayout(subjectRow);
    leftLayout->addWidget(m_editor, 3);
    leftLayout->addWidget(m_problemsLabel, 1);
    return left;
}

QWidget* ComposerPage::buildPreviewColumn() {
    // The preview for one recipient.
    m_previous = new QPushButton(tr("◀"), this);
    m_previous->setAccessibleName(tr("Previous recipient"));
    m_previous->setToolTip(tr("Previous recipient (Alt+Left)"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next = new QPushButton(tr("▶"), this);
    m_next->setAccessibleName(tr("Next recipient"));
    m_next->setToolTip(tr("Next recipient (Alt+Right)"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    for (QPushButton* button : {m_previous, m_next})
        button->setFixedWidth(button->fontMetrics().horizontalAdvance(QStringLiteral("MMM")));
    m_recipientLabel = new QLabel(this);
    m_recipientLabel->setAccessibleName(tr("Recipient shown"));
    m_recipientPicker = new QComboBox(this);
    m_recipientPicker->setAccessibleName(tr("Pick a recipient"));
    m_recipientPicker->setToolTip(tr("Pick the recipient to preview"));
    auto* recipientRow = new QHBoxLayout;
    recipientRow->addWidget(m_previous);
    recipientRow->addWidget(m_recipientLabel, 1);
    recipientRow->addWidget(m_next);

    m_preview = new QTextBrowser(this);
    m_preview->setAccessibleName(tr("Preview for this recipient"));
    m_preview->setOpenLinks(false);
    m_countLabel = new QLabel(this);
    m_countLabel->setAccessibleName(tr("Segments and encoding"));
    QFont countFont = m_countLabel->font();
    countFont.setBold(true);
    m_countLabel->setFont(countFont);
    m_culpritLabel = new QLabel(this);
    m_culpritLabel->setAccessibleName(tr("Characters that force UCS-2"));
    m_culpritLabel->setWordWrap(true);
    m_fallbackLabel = new QLabel(this);
    m_fallbackLabel->setAccessibleName(tr("Fallbacks used"));
    m_fallbackLabel->setWordWrap(true);

    auto* previewBox = new QGroupBox(tr("Preview"), this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addLayout(recipientRow);
    previewLayout->addWidget(m_recipientPicker);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_countLabel);
    previewLayout->addWidget(m_culpritLabel);
    previewLayout->addWidget(m_fallbackLabel);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setAccessibleName(tr("Audience summary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summaryProgress = new QProgressBar(this);
    m_summaryProgress->setAccessibleName(tr("Counting the audience"));
    m_summaryProgress->setRange(0, 0);
    m_summaryProgress->setTextVisible(false);
    m_summaryProgress->setMaximumHeight(8);
    m_summaryProgress->hide();
    m_summaryLabel->setText(tr("Type a message to see what it costs."));
    auto* summaryBox = new QGroupBox(tr("Whole audience"), this);
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(m_summaryProgress);
    summaryLayout->addWidget(m_summaryLabel);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(previewBox, 3);
    rightLayout->addWidget(summaryBox, 2);
    return right;
}

void ComposerPage::connectWidgets() {
    connect(m_editor, &QPlainTextEdit::textChanged, this,
            [this] { m_controller->setSource(m_editor->toPlainText()); });
    connect(m_subject, &QLineEdit::textChanged, m_controller, &ComposerController::setSubject);
    connect(m_channel, &QComboBox::currentIndexChanged, this,
            [this] { m_controller->setChannel(channel()); });
    connect(m_marketing, &QCheckBox::toggled, m_controller, &ComposerController::setMarketing);
    connect(m_audience, &QComboBox::currentIndexChanged, this,
            [this] { m_controller->setAudience(m_audience->currentData().toString()); });
    connect(m_previous, &QPushButton::clicked, this, [this] { showRecipient(recipientIndex() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showRecipient(recipientIndex() + 1); });
    connect(m_recipientPicker, &QComboBox::activated, this, [this](int index) { showRecipient(index); });
    connect(m_fixPunctuation, &QPushButton::clicked, this, &ComposerPage::fixSmartPunctuation);
    connect(m_save, &QPushButton::clicked, this, &ComposerPage::saveToLibrary);
    connect(m_listen, &QPushButton::clicked, this, &ComposerPage::listen);
    connect(m_voice, &VoicePreview::stateChanged, this,
            [this](bool busy) { m_listen->setText(busy ? tr("&Stop") : tr("&Listen")); });
}

void ComposerPage::connectController() {
    connect(m_controller, &ComposerController::groupsChanged, this, &ComposerPage::showGroups);
    connect(m_controller, &ComposerController::snippetsChanged, this, &ComposerPage::showSnippets);
    connect(m_controller, &ComposerController::recipientChanged, this, &ComposerPage::showRecipientState);
    connect(m_controller, &ComposerController::previewUpdated, this, &ComposerPage::showPreview);
    connect(m_controller, &ComposerController::summaryStarted, m_summaryProgress, &QWidget::show);
    connect(m_controller, &ComposerController::summaryUpdated, this, &ComposerPage::showSummaryState);
}

tmpl::RenderChannel ComposerPage::channel() const {
    return static_cast<tmpl::RenderChannel>(m_channel->currentData().toInt());
}

void ComposerPage::setChannel(tmpl::RenderChannel channel) {
    m_channel->setCurrentIndex(m_channel->findData(int(channel)));
}

QString ComposerPage::renderedText() const {
    return m_controller->renderedText();
}

const AudienceSummary& ComposerPage::summary() const {
    return m_controller->summary();
}

int ComposerPage::recipientIndex() const {
    return m_controller->recipientIndex();
}

void ComposerPage::showGroups() {
    QSignalBlocker blocker(m_audience);
    m_audience->clear();
    m_audience->addItem(tr("All contacts"), QString());
    for (const Group& group : m_controller->groups())
        m_audience->addItem(group.name, group.id);
    const int index = m_audience->findData(m_controller->audienceId());
    m_audience->setCurrentIndex(index < 0 ? 0 : index);
}

void ComposerPage::showSnippets() {
    QMenu* menu = m_snippets->menu();
    menu->clear();
    const QStringList names = m_controller->snippetNames();
    if (names.isEmpty()) {
        menu->addAction(tr("No snippets yet: save one from the Content library"))->setEnabled(false);
    }
    for (const QString& name : names)
        menu->addAction(name, this, [this, name] { insertAtCursor(QStringLiteral("{{> %1}}").arg(name)); });
}

void ComposerPage::rebuildFieldMenu() {
    QMenu* menu = m_insertField->menu();
    menu->clear();
    for (int i = 0; i < ContactFields::FieldCount; ++i) {
        const auto field = static_cast<ContactFields::Field>(i);
        const QString name = ContactFields::builtInName(field);
        QAction* action =
            menu->addAction(QStringLiteral("%1\t{{%2}}").arg(ContactFields::label(field), name));
        connect(action, &QAction::triggered, this, [this, name] {
            // A name may be missing: offer the fallback right away for the ones that often are.
            const bool personal = name == QLatin1String("first_name") || name == QLatin1String("name");
            insertAtCursor(personal ? QStringLiteral("{{%1|there}}").arg(name) : tmpl::fieldTag(name));
        });
    }
    const QStringList custom = m_controller->customFieldNames();
    if (!custom.isEmpty()) {
        menu->addSeparator();
        for (const QString& name : custom)
            menu->addAction(name, this, [this, name] { insertAtCursor(tmpl::fieldTag(name)); });
    }
}

void ComposerPage::insertAtCursor(const QString& text) {
    m_editor->textCursor().insertText(text);
    m_editor->setFocus();
}

void ComposerPage::fixSmartPunctuation() {
    int replaced = 0;
    const QString fixed = sms::replaceSmartPunctuation(m_editor->toPlainText(), &replaced);
    if (replaced == 0)
        return;
    // One edit through the cursor keeps it undoable with Ctrl+Z.
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(fixed);
}

void ComposerPage::showRecipient(int index) {
    m_controller->showRecipient(index);
}

void ComposerPage::showRecipientState() {
    const int index = m_controller->recipientIndex();
    const int size = m_controller->audienceSize();
    {
        QSignalBlocker blocker(m_recipientPicker);
        m_recipientPicker->clear();
        for (const auto& [id, name] : m_controller->recipientChoices())
            m_recipientPicker->addItem(name.isEmpty() ? tr("(no name)") : name, id);
        m_recipientPicker->setCurrentIndex(index < ComposerController::kChoices ? index : -1);
    }
    if (m_controller->exampleRecipient())
        m_recipientLabel->setText(tr("Example recipient (no contacts yet)"));
    else if (m_controller->recipientRead())
        m_recipientLabel->setText(tr("%1 (%2 of %3)")
                                      .arg(m_controller->recipientName())
                                      .arg(QLocale().toString(index + 1))
                                      .arg(QLocale().toString(size)));
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < size);
    rebuildFieldMenu();
}

void ComposerPage::showPreview() {
    const tmpl::RenderChannel current = m_controller->channel();
    const bool email = current == tmpl::RenderChannel::EmailHtml || current == tmpl::RenderChannel::EmailText;
    m_subject->setVisible(email);
    m_subjectLabel->setVisible(email);
    m_marketing->setEnabled(current == tmpl::RenderChannel::Sms);
    m_listen->setVisible(current == tmpl::RenderChannel::Voice);
    if (current == tmpl::RenderChannel::Voice) {
        m_listen->setEnabled(m_voice->canSpeak());
        if (!m_voice->canSpeak())
            m_listen->setText(m_voice->whyNoSpeech());
    }

    const ComposerPreview& preview = m_controller->preview();
    if (current == tmpl::RenderChannel::EmailHtml)
        m_preview->setHtml(
            QStringLiteral("<p><b>%1</b> %2</p><hr/>").arg(tr("Subject:"), escaped(preview.subject)) +
            preview.rendered);
    else if (email)
        m_preview->setPlainText(tr("Subject: %1").arg(preview.subject) + QStringLiteral("\n\n") +
                                preview.rendered);
    else
        m_preview->setPlainText(preview.rendered);
    m_fixPunctuation->setEnabled(preview.punctuationFixable);
    showCount(preview, current == tmpl::RenderChannel::Sms);
    m_fallbackLabel->setText(preview.fallbacks.isEmpty()
                                 ? QString()
                                 : tr("This recipient gets the fallback for: %1")
                                       .arg(preview.fallbacks.join(QStringLiteral(", "))));
    m_fallbackLabel->setVisible(!preview.fallbacks.isEmpty());
    showProblems(preview.problems);
    Q_EMIT previewUpdated();
}

void ComposerPage::showCount(const ComposerPreview& preview, bool sms) {
    m_culpritLabel->setVisible(sms);
    if (!sms) {
        m_countLabel->setText(preview.rendered.size() == 1
                                  ? tr("1 character")
                                  : tr("%1 characters").arg(QLocale().toString(preview.rendered.size())));
        m_culpritLabel->clear();
        return;
    }
    const sms::SegmentAnalysis& analysis = preview.analysis;
    const int segments = analysis.count.segments;
    const bool gsm = analysis.count.encoding == sms::Encoding::Gsm7;
    const int used = gsm ? analysis.count.characters : static_cast<int>(preview.rendered.size());
    const int capacity = segments == 1 ? analysis.singleSegmentLimit : segments * analysis.multiSegmentLimit;
    m_countLabel->setText(
        (segments == 1 ? tr("1 segment · %1 · %2 characters, %3 left in the segment")
                       : tr("%1 segments · %2 · %3 characters, %4 left in the last segment").arg(segments))
            .arg(sms::toString(analysis.count.encoding))
            .arg(QLocale().toString(analysis.count.characters))
            .arg(QLocale().toString(std::max(0, capacity - used))));
    if (analysis.culprits.isEmpty()) {
        m_culpritLabel->setText(tr("All characters fit GSM-7."));
        return;
    }
    QStringList shown;
    for (const sms::Culprit& culprit : analysis.culprits) {
        const QString quoted = QStringLiteral("“%1”").arg(culprit.text);
        if (!shown.contains(quoted) && shown.size() < 12)
            shown << quoted;
    }
    m_culpritLabel->setText(tr("UCS-2 (70 characters per segment) because of: %1%2")
                                .arg(shown.join(QLatin1Char(' ')),
                                     preview.punctuationFixable
                                         ? tr(" — “Use plain punctuation” fixes the quotes and dashes.")
                                         : QString()));
}

void ComposerPage::showProblems(const QList<ComposerProblem>& problems) {
    QStringList lines;
    QList<TemplateHighlighter::Range> ranges;
    for (const ComposerProblem& problem : problems) {
        switch (problem.kind) {
        case ComposerProblem::Kind::Error:
            lines << colouredHtml(ColourRole::ErrorText, escaped(problem.text));
            break;
        case ComposerProblem::Kind::Warning:
            lines << colouredHtml(ColourRole::WarningText, QStringLiteral("⚠ ") + escaped(problem.text));
            break;
        case ComposerProblem::Kind::Note:
            lines << escaped(problem.text);
            break;
        }
        if (problem.marked)
            ranges.append({problem.offset, problem.length});
    }
    m_problemsLabel->setText(lines.isEmpty() ? tr("No problems found.")
                                             : lines.join(QStringLiteral("<br/>")));
    m_highlighter->setProblems(ranges);
}

void ComposerPage::showSummaryState() {
    switch (m_controller->summaryState()) {
    case ComposerController::SummaryState::Empty:
        m_summaryLabel->setText(tr("Type a message to see what it costs."));
        break;
    case ComposerController::SummaryState::InvalidTemplate:
        m_summaryLabel->setText(tr("Fix the template to see what it costs."));
        break;
    case ComposerController::SummaryState::Failed:
        m_summaryProgress->hide();
        m_summaryLabel->setText(escaped(m_controller->summaryError()));
        break;
    case ComposerController::SummaryState::Ready:
        m_summaryProgress->hide();
        showSummaryText();
        break;
    }
    Q_EMIT summaryUpdated();
}

void ComposerPage::showSummaryText() {
    const AudienceSummary& summary = m_controller->summary();
    const QLocale locale;
    QStringList lines;
    if (summary.recipients == 0) {
        lines << tr("No recipients yet: add contacts to see what the message costs.");
    } else if (m_controller->channel() == tmpl::RenderChannel::Sms) {
        lines << tr("<b>%1 recipients · %2 segments in total</b>")
                     .arg(locale.toString(summary.recipients), locale.toString(summary.totalSegments));
        QStringList bySegments;
        for (auto it = summary.recipientsBySegments.cbegin(); it != summary.recipientsBySegments.cend(); ++it)
            bySegments << (it.key() == 1 ? tr("1 segment: %1") : tr("%1 segments: %2").arg(it.key()))
                              .arg(locale.toString(it.value()));
        lines << bySegments.join(QStringLiteral(" · "));
        if (summary.ucs2Recipients > 0)
            lines << tr("%1 go as UCS-2 (70 characters per segment)")
                         .arg(locale.toString(summary.ucs2Recipients));
    } else {
        lines << tr("<b>%1 recipients</b>").arg(locale.toString(summary.recipients));
    }
    if (summary.fallbackRecipients > 0)
        lines << tr("With a fallback: %1 (%2%3)")
                     .arg(locale.toString(summary.fallbackRecipients),
                          escaped(summary.fallbackExamples.join(QStringLiteral(", "))),
                          summary.fallbackRecipients > summary.fallbackExamples.size() ? tr(", …")
                                                                                       : QString());
    if (summary.emptyRecipients > 0)
        lines << colouredHtml(ColourRole::ErrorText,
                              tr("Empty message: %1 (%2)")
                                  .arg(locale.toString(summary.emptyRecipients),
                                       escaped(summary.emptyExamples.join(QStringLiteral(", ")))));
    m_summaryLabel->setText(lines.join(QStringLiteral("<br/>")));
}

void ComposerPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // Another theme: the tags, problems and summary take its colours.
    if (event->type() != QEvent::PaletteChange || !m_highlighter)
        return;
    m_highlighter->rehighlight();
    if (m_controller->summaryState() == ComposerController::SummaryState::Ready)
        showSummaryText();
    showPreview();
}

void ComposerPage::openContent(const QString& id) {
    auto item = m_controller->openContent(id);
    if (!item) {
        QMessageBox::warning(this, tr("Cannot open"), item.errorMessage());
        return;
    }
    switch (item.value().kind) {
    case ContentItem::Kind::Email:
        setChannel(item.value().bodyHtml.isEmpty() ? tmpl::RenderChannel::EmailText
                                                   : tmpl::RenderChannel::EmailHtml);
        m_subject->setText(item.value().subject);
        m_editor->setPlainText(item.value().bodyHtml.isEmpty() ? item.value().body : item.value().bodyHtml);
        return;
    case ContentItem::Kind::Voice:
        setChannel(tmpl::RenderChannel::Voice);
        break;
    case ContentItem::Kind::Sms:
    case ContentItem::Kind::Snippet:
        setChannel(tmpl::RenderChannel::Sms);
        break;
    }
    m_editor->setPlainText(item.value().body);
}

void ComposerPage::saveToLibrary() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save to the content library"), tr("Name:"),
                                               QLineEdit::Normal, m_controller->openedName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (Status saved = m_controller->saveToLibrary(name); !saved)
        QMessageBox::warning(this, tr("Cannot save"), saved.errorMessage());
}

void ComposerPage::listen() {
    if (m_listen->text() == tr("&Stop")) {
        m_voice->stop();
        return;
    }
    m_voice->speak(m_controller->renderedText());
}

} // namespace iq
