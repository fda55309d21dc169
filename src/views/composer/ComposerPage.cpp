#include "views/composer/ComposerPage.h"

#include "core/actions/ContentActions.h"
#include "core/content/Compliance.h"
#include "core/profile/Profile.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/GroupBrowser.h"
#include "core/store/RecipientLookup.h"
#include "models/ColourRoles.h"
#include "shared/sms/SmsSegments.h"
#include "views/composer/TemplateHighlighter.h"
#include "views/composer/VoicePreview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
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
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace iq {

namespace {

constexpr int kPickerSize = 200;

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

} // namespace

ComposerPage::ComposerPage(Profile& profile, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile) {
    m_sender = SenderFields::load(profile.database());
    m_fields.setSender(m_sender);
    m_voice = new VoicePreview(this);
    buildUi();

    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(400);
    connect(m_summaryTimer, &QTimer::timeout, this, &ComposerPage::startSummary);
    m_summaryWatcher = new QFutureWatcher<SummaryResult>(this);
    connect(m_summaryWatcher, &QFutureWatcher<SummaryResult>::finished, this, &ComposerPage::showSummary);

    connect(&profile.notifier(), &ChangeNotifier::changed, this, [this](Entity entity, const QStringList&) {
        if (entity == Entity::Content || entity == Entity::Any)
            reloadSnippets();
        if (entity == Entity::Group || entity == Entity::Any)
            reloadAudiences();
        if (entity == Entity::Contact || entity == Entity::Membership || entity == Entity::Any) {
            loadRecipient();
            scheduleSummary();
        }
    });

    reloadSnippets();
    reloadAudiences();
    loadRecipient();
    updatePreview();
}

ComposerPage::~ComposerPage() {
    if (m_summaryCancel)
        m_summaryCancel->store(true);
    m_summaryWatcher->waitForFinished();
}

void ComposerPage::buildUi() {
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

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        updatePreview();
        scheduleSummary();
    });
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerPage::updatePreview);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        updatePreview();
        scheduleSummary();
    });
    connect(m_marketing, &QCheckBox::toggled, this, &ComposerPage::updatePreview);
    connect(m_audience, &QComboBox::currentIndexChanged, this, [this] {
        m_recipientIndex = 0;
        loadRecipient();
        scheduleSummary();
    });
    connect(m_previous, &QPushButton::clicked, this, [this] { showRecipient(m_recipientIndex - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showRecipient(m_recipientIndex + 1); });
    connect(m_recipientPicker, &QComboBox::activated, this, [this](int index) { showRecipient(index); });
    connect(m_fixPunctuation, &QPushButton::clicked, this, &ComposerPage::fixSmartPunctuation);
    connect(m_save, &QPushButton::clicked, this, &ComposerPage::saveToLibrary);
    connect(m_listen, &QPushButton::clicked, this, &ComposerPage::listen);
    connect(m_voice, &VoicePreview::stateChanged, this,
            [this](bool busy) { m_listen->setText(busy ? tr("&Stop") : tr("&Listen")); });
}

tmpl::RenderChannel ComposerPage::channel() const {
    return static_cast<tmpl::RenderChannel>(m_channel->currentData().toInt());
}

void ComposerPage::setChannel(tmpl::RenderChannel channel) {
    m_channel->setCurrentIndex(m_channel->findData(int(channel)));
}

void ComposerPage::reloadAudiences() {
    const QString current = m_audience->currentData().toString();
    QSignalBlocker blocker(m_audience);
    m_audience->clear();
    m_audience->addItem(tr("All contacts"), QString());
    auto groups = GroupBrowser(m_profile.database()).groups();
    if (groups) {
        for (const Group& group : groups.value())
            m_audience->addItem(group.name, group.id);
    }
    const int index = m_audience->findData(current);
    m_audience->setCurrentIndex(index < 0 ? 0 : index);
}

void ComposerPage::reloadSnippets() {
    m_partials = tmpl::Partials();
    ContentActions(m_profile).loadSnippets(m_partials);
    m_snippetNames = m_partials.names();
    m_snippetNames.sort(Qt::CaseInsensitive);
    QMenu* menu = m_snippets->menu();
    menu->clear();
    if (m_snippetNames.isEmpty()) {
        menu->addAction(tr("No snippets yet: save one from the Content library"))->setEnabled(false);
    }
    for (const QString& name : m_snippetNames)
        menu->addAction(name, this, [this, name] { insertAtCursor(QStringLiteral("{{> %1}}").arg(name)); });
    updatePreview();
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
    const QStringList custom = m_fields.customFields().keys();
    if (!custom.isEmpty()) {
        menu->addSeparator();
        for (const QString& name : custom)
            menu->addAction(name, this, [this, name] { insertAtCursor(tmpl::fieldTag(name)); });
    }
}

QStringList ComposerPage::knownNames() const {
    return m_fields.availableNames();
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
    if (m_audienceSize == 0)
        return;
    m_recipientIndex = std::clamp(index, 0, m_audienceSize - 1);
    loadRecipient();
}

void ComposerPage::loadRecipient() {
    const QString groupId = m_audience->currentData().toString();
    AudienceReader reader(m_profile.database());
    auto count = reader.count(groupId);
    m_audienceSize = count ? count.value() : 0;
    m_recipientIndex = std::clamp(m_recipientIndex, 0, std::max(0, m_audienceSize - 1));

    {
        QSignalBlocker blocker(m_recipientPicker);
        m_recipientPicker->clear();
        auto page = reader.page(groupId, 0, kPickerSize);
        if (page) {
            for (const auto& [id, name] : page.value())
                m_recipientPicker->addItem(name.isEmpty() ? tr("(no name)") : name, id);
        }
        m_recipientPicker->setCurrentIndex(m_recipientIndex < kPickerSize ? m_recipientIndex : -1);
    }

    m_fields.clear();
    m_exampleRecipient = m_audienceSize == 0;
    if (m_exampleRecipient) {
        Contact example;
        example.givenName = tr("Ann");
        example.familyName = tr("Example");
        example.phones.append({QStringLiteral("+12025550143"),
                               QStringLiteral("+12025550143"),
                               QStringLiteral("mobile"),
                               {},
                               true});
        m_fields.setContact(example, m_audience->currentIndex() > 0 ? m_audience->currentText() : QString());
        m_recipientLabel->setText(tr("Example recipient (no contacts yet)"));
    } else {
        auto page = reader.page(groupId, m_recipientIndex, 1);
        if (page && !page.value().isEmpty()) {
            auto recipient = RecipientLookup(m_profile.database()).get(page.value().first().first);
            if (recipient) {
                QString group = m_audience->currentIndex() > 0 ? m_audience->currentText() : QString();
                if (group.isEmpty())
                    group = recipient.value().firstGroupName;
                m_fields.setContact(recipient.value().contact, group);
                m_recipientLabel->setText(tr("%1 (%2 of %3)")
                                              .arg(recipient.value().contact.shownName())
                                              .arg(QLocale().toString(m_recipientIndex + 1))
                                              .arg(QLocale().toString(m_audienceSize)));
            }
        }
    }
    m_fields.setSender(m_sender);
    m_previous->setEnabled(m_recipientIndex > 0);
    m_next->setEnabled(m_recipientIndex + 1 < m_audienceSize);
    rebuildFieldMenu();
    updatePreview();
}

void ComposerPage::updatePreview() {
    const tmpl::RenderChannel current = channel();
    const bool email = current == tmpl::RenderChannel::EmailHtml || current == tmpl::RenderChannel::EmailText;
    const bool sms = current == tmpl::RenderChannel::Sms;
    m_subject->setVisible(email);
    m_subjectLabel->setVisible(email);
    m_marketing->setEnabled(sms);
    m_listen->setVisible(current == tmpl::RenderChannel::Voice);
    if (current == tmpl::RenderChannel::Voice) {
        m_listen->setEnabled(m_voice->canSpeak());
        if (!m_voice->canSpeak())
            m_listen->setText(m_voice->whyNoSpeech());
    }

    const QString source = m_editor->toPlainText();
    m_template = tmpl::Template::parse(source);
    QStringList problems;
    QList<TemplateHighlighter::Range> ranges;
    QStringList fallbacks;
    if (!m_template.isValid()) {
        const tmpl::Diagnostic& error = *m_template.error();
        problems << colouredHtml(ColourRole::ErrorText, escaped(error.toString()));
        ranges.append({error.offset, error.length});
        m_rendered.clear();
    } else {
        const tmpl::RenderOutput output =
            m_template.render(tmpl::Value::fromFields(&m_fields), tmpl::escapingFor(current), &m_partials);
        m_rendered = output.text;
        fallbacks = output.fallbacksUsed;
        for (const QString& problem : output.problems)
            problems << escaped(problem);
        for (const tmpl::Diagnostic& unknown : m_template.unknownNames(knownNames(), m_snippetNames)) {
            problems << colouredHtml(ColourRole::ErrorText, escaped(unknown.toString()));
            ranges.append({unknown.offset, unknown.length});
        }
    }

    QString subject;
    if (email) {
        const tmpl::Template subjectTemplate = tmpl::Template::parse(m_subject->text());
        subject = subjectTemplate.isValid()
                      ? subjectTemplate
                            .render(tmpl::Value::fromFields(&m_fields), tmpl::Escaping::None, &m_partials)
                            .text
                      : m_subject->text();
    }
    if (current == tmpl::RenderChannel::EmailHtml)
        m_preview->setHtml(QStringLiteral("<p><b>%1</b> %2</p><hr/>").arg(tr("Subject:"), escaped(subject)) +
                           m_rendered);
    else if (email)
        m_preview->setPlainText(tr("Subject: %1").arg(subject) + QStringLiteral("\n\n") + m_rendered);
    else
        m_preview->setPlainText(m_rendered);

    bool punctuationFixable = false;
    for (const QChar c : source) {
        if (sms::hasGsm7Replacement(c.unicode())) {
            punctuationFixable = true;
            break;
        }
    }
    m_fixPunctuation->setEnabled(punctuationFixable);

    int segments = 1;
    if (sms) {
        const sms::SegmentAnalysis analysis = sms::analyzeSegments(m_rendered);
        segments = analysis.count.segments;
        const bool gsm = analysis.count.encoding == sms::Encoding::Gsm7;
        const int used = gsm ? analysis.count.characters : static_cast<int>(m_rendered.size());
        const int capacity =
            segments == 1 ? analysis.singleSegmentLimit : segments * analysis.multiSegmentLimit;
        m_countLabel->setText(
            (segments == 1
                 ? tr("1 segment · %1 · %2 characters, %3 left in the segment")
                 : tr("%1 segments · %2 · %3 characters, %4 left in the last segment").arg(segments))
                .arg(sms::toString(analysis.count.encoding))
                .arg(QLocale().toString(analysis.count.characters))
                .arg(QLocale().toString(std::max(0, capacity - used))));
        if (analysis.culprits.isEmpty()) {
            m_culpritLabel->setText(tr("All characters fit GSM-7."));
        } else {
            QStringList shown;
            for (const sms::Culprit& culprit : analysis.culprits) {
                const QString quoted = QStringLiteral("“%1”").arg(culprit.text);
                if (!shown.contains(quoted) && shown.size() < 12)
                    shown << quoted;
            }
            m_culpritLabel->setText(tr("UCS-2 (70 characters per segment) because of: %1%2")
                                        .arg(shown.join(QLatin1Char(' ')),
                                             punctuationFixable ? tr(" — “Use plain punctuation” fixes the "
                                                                     "quotes and dashes.")
                                                                : QString()));
        }
    } else {
        m_countLabel->setText(m_rendered.size() == 1
                                  ? tr("1 character")
                                  : tr("%1 characters").arg(QLocale().toString(m_rendered.size())));
        m_culpritLabel->clear();
    }
    m_culpritLabel->setVisible(sms);
    m_fallbackLabel->setText(
        fallbacks.isEmpty()
            ? QString()
            : tr("This recipient gets the fallback for: %1").arg(fallbacks.join(QStringLiteral(", "))));
    m_fallbackLabel->setVisible(!fallbacks.isEmpty());

    if (m_template.isValid() && !source.trimmed().isEmpty()) {
        ComplianceInput input;
        input.source = source;
        input.rendered = m_rendered;
        input.channel = current;
        input.marketing = m_marketing->isChecked();
        input.businessName = m_sender.businessName;
        input.segments = segments;
        input.audience = m_summaryValid ? &m_summary : nullptr;
        for (const ComplianceWarning& warning : Compliance::check(input)) {
            problems << colouredHtml(ColourRole::WarningText,
                                     QStringLiteral("⚠ ") + escaped(warning.message));
            if (warning.offset >= 0)
                ranges.append({warning.offset, warning.length});
        }
    }
    m_problemsLabel->setText(problems.isEmpty() ? tr("No problems found.")
                                                : problems.join(QStringLiteral("<br/>")));
    m_highlighter->setProblems(ranges);
    Q_EMIT previewUpdated();
}

void ComposerPage::scheduleSummary() {
    m_summaryPending = true;
    m_summaryTimer->start();
}

void ComposerPage::startSummary() {
    if (m_summaryCancel)
        m_summaryCancel->store(true);
    if (m_summaryWatcher->isRunning()) {
        // Start again once the cancelled run has stopped.
        m_summaryTimer->start();
        return;
    }
    m_summaryPending = false;
    const tmpl::Template parsed = tmpl::Template::parse(m_editor->toPlainText());
    if (!parsed.isValid() || parsed.source().trimmed().isEmpty()) {
        m_summaryValid = false;
        m_summaryLabel->setText(parsed.isValid() ? tr("Type a message to see what it costs.")
                                                 : tr("Fix the template to see what it costs."));
        Q_EMIT summaryUpdated();
        return;
    }
    m_summaryCancel = std::make_shared<std::atomic_bool>(false);
    QHash<QString, QString> snippets;
    if (auto items = ContentActions(m_profile).list(ContentItem::Kind::Snippet)) {
        for (const ContentItem& item : items.value())
            snippets.insert(item.name, item.body);
    }
    const QString path = m_profile.databasePath();
    const QString groupId = m_audience->currentData().toString();
    const tmpl::RenderChannel current = channel();
    const SenderFields sender = m_sender;
    auto cancel = m_summaryCancel;
    m_summaryProgress->show();
    m_summaryWatcher->setFuture(QtConcurrent::run([=]() -> SummaryResult {
        SummaryResult result;
        // A worker thread has its own connection.
        auto database = Database::open(path, Database::Mode::ReadOnly);
        if (!database) {
            result.error = database.errorMessage();
            return result;
        }
        tmpl::Partials partials;
        for (auto it = snippets.begin(); it != snippets.end(); ++it)
            partials.insert(it.key(), it.value());
        auto summary = AudienceSummarizer::summarize(*database.value(), groupId, parsed, current, &partials,
                                                     sender, cancel.get());
        if (!summary) {
            result.cancelled = summary.error().code == Error::Code::Cancelled;
            result.error = summary.errorMessage();
            return result;
        }
        result.ok = true;
        result.summary = summary.value();
        return result;
    }));
}

void ComposerPage::showSummary() {
    const SummaryResult result = m_summaryWatcher->result();
    if (result.cancelled || m_summaryPending)
        return; // a newer run follows
    m_summaryProgress->hide();
    if (!result.ok) {
        m_summaryValid = false;
        m_summaryLabel->setText(escaped(result.error));
        Q_EMIT summaryUpdated();
        return;
    }
    m_summary = result.summary;
    m_summaryValid = true;
    showSummaryText();
    updatePreview(); // compliance now covers every recipient
    Q_EMIT summaryUpdated();
}

void ComposerPage::showSummaryText() {
    const QLocale locale;
    QStringList lines;
    if (m_summary.recipients == 0) {
        lines << tr("No recipients yet: add contacts to see what the message costs.");
    } else if (channel() == tmpl::RenderChannel::Sms) {
        lines << tr("<b>%1 recipients · %2 segments in total</b>")
                     .arg(locale.toString(m_summary.recipients), locale.toString(m_summary.totalSegments));
        QStringList bySegments;
        for (auto it = m_summary.recipientsBySegments.cbegin(); it != m_summary.recipientsBySegments.cend();
             ++it)
            bySegments << (it.key() == 1 ? tr("1 segment: %1") : tr("%1 segments: %2").arg(it.key()))
                              .arg(locale.toString(it.value()));
        lines << bySegments.join(QStringLiteral(" · "));
        if (m_summary.ucs2Recipients > 0)
            lines << tr("%1 go as UCS-2 (70 characters per segment)")
                         .arg(locale.toString(m_summary.ucs2Recipients));
    } else {
        lines << tr("<b>%1 recipients</b>").arg(locale.toString(m_summary.recipients));
    }
    if (m_summary.fallbackRecipients > 0)
        lines << tr("With a fallback: %1 (%2%3)")
                     .arg(locale.toString(m_summary.fallbackRecipients),
                          escaped(m_summary.fallbackExamples.join(QStringLiteral(", "))),
                          m_summary.fallbackRecipients > m_summary.fallbackExamples.size() ? tr(", …")
                                                                                           : QString());
    if (m_summary.emptyRecipients > 0)
        lines << colouredHtml(ColourRole::ErrorText,
                              tr("Empty message: %1 (%2)")
                                  .arg(locale.toString(m_summary.emptyRecipients),
                                       escaped(m_summary.emptyExamples.join(QStringLiteral(", ")))));
    m_summaryLabel->setText(lines.join(QStringLiteral("<br/>")));
}

void ComposerPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // Another theme: the tags, problems and summary take its colours.
    if (event->type() != QEvent::PaletteChange || !m_highlighter)
        return;
    m_highlighter->rehighlight();
    if (m_summaryValid)
        showSummaryText();
    updatePreview();
}

void ComposerPage::openContent(const QString& id) {
    auto item = ContentActions(m_profile).get(id);
    if (!item) {
        QMessageBox::warning(this, tr("Cannot open"), item.errorMessage());
        return;
    }
    m_contentId = id;
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
    ContentActions content(m_profile);
    QString openedName;
    if (!m_contentId.isEmpty()) {
        if (auto existing = content.get(m_contentId))
            openedName = existing.value().name;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save to the content library"), tr("Name:"),
                                               QLineEdit::Normal, openedName, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    ContentItem draft;
    draft.name = name;
    const tmpl::RenderChannel current = channel();
    draft.kind = current == tmpl::RenderChannel::Sms     ? ContentItem::Kind::Sms
                 : current == tmpl::RenderChannel::Voice ? ContentItem::Kind::Voice
                                                         : ContentItem::Kind::Email;
    draft.subject = m_subject->text();
    draft.body = current == tmpl::RenderChannel::EmailHtml ? QString() : m_editor->toPlainText();
    draft.bodyHtml = current == tmpl::RenderChannel::EmailHtml ? m_editor->toPlainText() : QString();
    auto saved = content.saveDraft(m_contentId, draft);
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot save"), saved.errorMessage());
        return;
    }
    m_contentId = saved.value().id;
}

void ComposerPage::listen() {
    if (m_listen->text() == tr("&Stop")) {
        m_voice->stop();
        return;
    }
    m_voice->speak(m_rendered);
}

} // namespace iq
