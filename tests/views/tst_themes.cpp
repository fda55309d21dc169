#include "core/account/SyncController.h"
#include "core/profile/Profile.h"
#include "core/sync/TokenStore.h"
#include "models/ColourRoles.h"
#include "models/ContactsModel.h"
#include "shared/phone/PhoneNumbers.h"
#include "views/MainWindow.h"
#include "views/common/Theme.h"
#include "views/composer/ComposerPage.h"
#include "views/contacts/ContactEditorDialog.h"
#include "views/contacts/ContactsPage.h"
#include "views/import/ImportHistoryDialog.h"
#include "views/import/ImportWizard.h"
#include "views/settings/SettingsDialog.h"
#include "views/sync/AccountDialog.h"
#include "views/sync/SyncUi.h"
#include "views/welcome/WelcomeDialog.h"

#include "ContactFixtures.h"
#include "HistoryFixtures.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QTranslator>

using namespace iq;

namespace {

constexpr double kAa = 4.5;

QString describe(const QWidget* widget) {
    QString name = widget->accessibleName();
    if (name.isEmpty())
        name = widget->objectName();
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), name);
}

// The colour behind a widget: the first of it and its parents that paints its own background.
QColor backgroundOf(const QWidget* widget) {
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        const auto* area =
            w->parentWidget() ? qobject_cast<const QAbstractScrollArea*>(w->parentWidget()) : nullptr;
        const bool viewport = area && area->viewport() == w;
        if (viewport && qobject_cast<const QAbstractItemView*>(area))
            return w->palette().color(QPalette::Active, QPalette::Base);
        if (w->backgroundRole() == QPalette::NoRole)
            continue;
        if (w->autoFillBackground() || w->isWindow() || viewport)
            return w->palette().color(QPalette::Active, w->backgroundRole());
    }
    return QApplication::palette().color(QPalette::Active, QPalette::Window);
}

// Colours set by a stylesheet or by an HTML span in the text: `color: #rrggbb` or a colour name.
QList<QColor> declaredColours(const QString& text) {
    static const QRegularExpression colour(QStringLiteral("(?:^|[^-])color\\s*:\\s*([#\\w]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QList<QColor> found;
    for (auto it = colour.globalMatch(text); it.hasNext();) {
        const QColor parsed = QColor::fromString(it.next().captured(1));
        if (parsed.isValid())
            found << parsed;
    }
    return found;
}

// Walks a window's visible, enabled widgets and names each text that reads under 4.5:1.
class ContrastCheck {
public:
    explicit ContrastCheck(QString where)
        : m_where(std::move(where)) {}

    void walk(QWidget* root) {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* widget : widgets) {
            if (!widget->isVisible() || !widget->isEnabled())
                continue;
            if (auto* label = qobject_cast<QLabel*>(widget))
                checkLabel(label);
            else if (auto* header = qobject_cast<QHeaderView*>(widget))
                checkHeader(header);
            else if (auto* button = qobject_cast<QAbstractButton*>(widget))
                checkButton(button);
            else if (auto* view = qobject_cast<QAbstractItemView*>(widget))
                checkItems(view);
            else if (auto* box = qobject_cast<QGroupBox*>(widget))
                check(box, box->title(), box->palette().color(QPalette::Active, QPalette::WindowText),
                      backgroundOf(box));
            else if (auto* edit = qobject_cast<QPlainTextEdit*>(widget))
                checkFormats(edit, edit->document());
            else if (auto* line = qobject_cast<QLineEdit*>(widget))
                checkLine(line);
        }
    }

    const QStringList& failures() const { return m_failures; }
    int checked() const { return m_checked; }

private:
    void check(const QWidget* widget, const QString& text, const QColor& fg, const QColor& bg) {
        if (text.trimmed().isEmpty())
            return;
        ++m_checked;
        const double ratio = contrastRatio(fg, bg);
        if (ratio < kAa)
            m_failures << QStringLiteral("%1: %2 \"%3\": %4 on %5 is %6:1")
                              .arg(m_where, describe(widget), text.left(40), fg.name(), bg.name())
                              .arg(ratio, 0, 'f', 2);
    }

    void checkLabel(QLabel* label) {
        const QColor bg = backgroundOf(label);
        const QString text = label->text();
        check(label, text, label->palette().color(QPalette::Active, label->foregroundRole()), bg);
        for (const QColor& colour : declaredColours(label->styleSheet() + text))
            check(label, text, colour, bg);
        if (text.contains(QLatin1String("<a ")))
            check(label, text, label->palette().color(QPalette::Active, QPalette::Link), bg);
    }

    void checkButton(QAbstractButton* button) {
        const QPalette& palette = button->palette();
        if (qobject_cast<QCheckBox*>(button) || qobject_cast<QRadioButton*>(button)) {
            check(button, button->text(), palette.color(QPalette::Active, QPalette::WindowText),
                  backgroundOf(button));
            return;
        }
        const QColor text = palette.color(QPalette::Active, QPalette::ButtonText);
        check(button, button->text(), text, palette.color(QPalette::Active, QPalette::Button));
        auto* tool = qobject_cast<QToolButton*>(button);
        auto* push = qobject_cast<QPushButton*>(button);
        if ((tool && tool->autoRaise()) || (push && push->isFlat()))
            check(button, button->text(), text, backgroundOf(button->parentWidget()));
    }

    void checkHeader(QHeaderView* header) {
        QAbstractItemModel* model = header->model();
        if (!model)
            return;
        const int count = header->orientation() == Qt::Horizontal ? model->columnCount() : model->rowCount();
        const QPalette& palette = header->palette();
        for (int section = 0; section < count && section < 40; ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QVariant brush = model->headerData(section, header->orientation(), Qt::ForegroundRole);
            const QColor fg = brush.isValid() ? brush.value<QBrush>().color()
                                              : palette.color(QPalette::Active, QPalette::ButtonText);
            check(header, model->headerData(section, header->orientation()).toString(), fg,
                  palette.color(QPalette::Active, QPalette::Button));
        }
    }

    void checkItems(QAbstractItemView* view) {
        QAbstractItemModel* model = view->model();
        if (!model)
            return;
        const QPalette& palette = view->palette();
        for (int row = 0; row < model->rowCount() && row < 30; ++row) {
            for (int column = 0; column < model->columnCount() && column < 20; ++column) {
                const QModelIndex index = model->index(row, column);
                const bool selected = view->selectionModel() && view->selectionModel()->isSelected(index);
                const QVariant fgBrush = index.data(Qt::ForegroundRole);
                const QVariant bgBrush = index.data(Qt::BackgroundRole);
                QColor fg =
                    palette.color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Text);
                QColor bg = palette.color(QPalette::Active, selected ? QPalette::Highlight
                                                            : view->alternatingRowColors() && row % 2
                                                                ? QPalette::AlternateBase
                                                                : QPalette::Base);
                if (!selected && fgBrush.isValid())
                    fg = fgBrush.value<QBrush>().color();
                if (!selected && bgBrush.isValid())
                    bg = bgBrush.value<QBrush>().color();
                check(view, index.data().toString(), fg, bg);
            }
        }
    }

    void checkLine(QLineEdit* line) {
        const QPalette& palette = line->palette();
        const QColor base = palette.color(QPalette::Active, QPalette::Base);
        check(line, line->text(), palette.color(QPalette::Active, QPalette::Text), base);
        if (line->text().isEmpty())
            check(line, line->placeholderText(), palette.color(QPalette::Active, QPalette::PlaceholderText),
                  base);
    }

    // The editor's own text and what a highlighter draws over it.
    void checkFormats(QPlainTextEdit* edit, QTextDocument* document) {
        const QPalette& palette = edit->palette();
        const QColor text = palette.color(QPalette::Active, QPalette::Text);
        const QColor base = palette.color(QPalette::Active, QPalette::Base);
        check(edit, edit->toPlainText(), text, base);
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
                const QTextCharFormat& format = range.format;
                check(edit, block.text().mid(range.start, range.length),
                      format.hasProperty(QTextFormat::ForegroundBrush) ? format.foreground().color() : text,
                      format.hasProperty(QTextFormat::BackgroundBrush) ? format.background().color() : base);
            }
        }
    }

    QString m_where;
    QStringList m_failures;
    int m_checked = 0;
};

} // namespace

class TestThemes final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("IQMessagingTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_themes"));
        m_systemWindow = QApplication::palette().color(QPalette::Window);
    }

    void cleanup() { Theme::apply(Theme::Kind::System); }

    void choiceIsStoredAndApplied() {
        QCOMPARE(Theme::stored(), Theme::Kind::System); // nothing chosen yet
        Theme::store(Theme::Kind::Dark);
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(Theme::stored(), Theme::Kind::Dark);
        Theme::apply(Theme::stored());
        QVERIFY(isDarkPalette(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        Theme::apply(Theme::Kind::HighContrast);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        Theme::apply(Theme::Kind::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemWindow);
        QSettings().setValue(QStringLiteral("appearance/theme"), QStringLiteral("sepia"));
        QCOMPARE(Theme::stored(), Theme::Kind::System); // unknown values fall back to the system's
        Theme::store(Theme::Kind::System);
    }

    void roleColoursRead_data() {
        QTest::addColumn<int>("theme");
        for (Theme::Kind kind : Theme::all())
            QTest::newRow(qPrintable(Theme::key(kind))) << static_cast<int>(kind);
    }

    // Every named colour keeps 4.5:1 with what it is drawn on, in every theme.
    void roleColoursRead() {
        QFETCH(int, theme);
        const QPalette palette = Theme::palette(static_cast<Theme::Kind>(theme));
        for (QPalette::ColorRole background : {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
            const QColor behind = palette.color(QPalette::Active, background);
            QVERIFY(contrastRatio(roleColour(ColourRole::ErrorText, palette), behind) >= kAa);
            QVERIFY(contrastRatio(roleColour(ColourRole::WarningText, palette), behind) >= kAa);
        }
        QVERIFY(contrastRatio(roleColour(ColourRole::FieldText, palette),
                              roleColour(ColourRole::FieldBackground, palette)) >= kAa);
        QVERIFY(contrastRatio(roleColour(ColourRole::ControlText, palette),
                              roleColour(ColourRole::ControlBackground, palette)) >= kAa);
        // The error colour is a colour, not the text's: it still says "error".
        QVERIFY(roleColour(ColourRole::ErrorText, palette) != palette.color(QPalette::WindowText));
        QVERIFY(roleColour(ColourRole::ErrorText, palette).hslHue() > 330 ||
                roleColour(ColourRole::ErrorText, palette).hslHue() < 15);
    }

    // A label shown as an error takes the new theme's error colour when the theme changes.
    void changingThemeRecoloursLive() {
        Theme::apply(Theme::Kind::Light);
        QWidget window;
        QLabel label(QStringLiteral("Something went wrong"), &window);
        setTextRole(&label, ColourRole::ErrorText);
        window.show();
        const QColor onLight = label.palette().color(QPalette::WindowText);
        QCOMPARE(onLight, roleColour(ColourRole::ErrorText, Theme::palette(Theme::Kind::Light)));
        Theme::apply(Theme::Kind::Dark);
        const QColor onDark = label.palette().color(QPalette::WindowText);
        QCOMPARE(onDark, roleColour(ColourRole::ErrorText, Theme::palette(Theme::Kind::Dark)));
        QVERIFY(onDark != onLight);
        QVERIFY(contrastRatio(onDark, label.palette().color(QPalette::Window)) >= kAa);
        // Back to the system's look while open: the window and the error colour follow.
        Theme::apply(Theme::Kind::System);
        QCOMPARE(window.palette().color(QPalette::Window), m_systemWindow);
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 roleColour(ColourRole::ErrorText, QApplication::palette()));
        clearTextRole(&label);
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 QApplication::palette().color(QPalette::WindowText));
    }

    void everyPageReads_data() {
        QTest::addColumn<int>("theme");
        QTest::addColumn<QString>("language");
        QTest::newRow("dark") << static_cast<int>(Theme::Kind::Dark) << QStringLiteral("en");
        QTest::newRow("high-contrast") << static_cast<int>(Theme::Kind::HighContrast) << QStringLiteral("en");
        QTest::newRow("light") << static_cast<int>(Theme::Kind::Light) << QStringLiteral("en");
        // German words are longer and lay the pages out differently; the colours must hold there too.
        QTest::newRow("dark, German") << static_cast<int>(Theme::Kind::Dark) << QStringLiteral("de");
        QTest::newRow("high-contrast, German")
            << static_cast<int>(Theme::Kind::HighContrast) << QStringLiteral("de");
    }

    // Each page of the window, then the main dialogs, with every visible text checked.
    void everyPageReads() {
        QFETCH(int, theme);
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/iqmessaging_") + language));
        QCoreApplication::installTranslator(&translator);
        auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        const auto kind = static_cast<Theme::Kind>(theme);
        // The window opens in another theme and changes while open, as when the owner picks one.
        Theme::apply(kind == Theme::Kind::Light ? Theme::Kind::Dark : Theme::Kind::Light);
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile.ok());
        Database& db = profile.value()->database();
        QVERIFY(test::pullHistory(db, 12));
        const QString ana = test::addContact(db, QStringLiteral("Ana"), QStringLiteral("García"),
                                             {QStringLiteral("+1 415 555 0132"), QStringLiteral("12")});
        test::addToGroup(db, QStringLiteral("Customers"), ana, ConsentState::OptedIn);

        MemoryTokenStore tokens;
        SyncController sync(*profile.value(), tokens);
        MainWindow window(*profile.value());
        SyncUi syncUi(window, *profile.value(), tokens, sync); // the Conflicts page and the sync status
        sync.start();
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList failures;
        int checked = 0;
        auto* sidebar = window.findChild<QListWidget*>();
        auto* pages = window.findChild<QStackedWidget*>();
        QVERIFY(sidebar && pages);
        window.contactsPage()->selectContact(ana); // its invalid number is named in the error colour
        if (auto* composer = pages->findChild<ComposerPage*>())
            composer->editor()->setPlainText(
                QStringLiteral("Hi {{first_name}}, {{#vip}}thanks{{/vip}} {{nope}}"));
        Theme::apply(kind);
        for (int row = 0; row < sidebar->count(); ++row) {
            sidebar->setCurrentRow(row);
            QTest::qWait(80);
            checkWindow(window, sidebar->item(row)->text(), failures, checked);
        }
        QVERIFY2(checked > 100, qPrintable(QString::number(checked)));

        const PhoneNumbers numbers(QStringLiteral("US"));
        ContactEditorDialog editor(numbers, Contact{}, &window);
        editor.show();
        QTest::keyClicks(editor.phoneFields().first(), QStringLiteral("12"));
        QTest::keyClicks(editor.emailFields().first(), QStringLiteral("bob at example"));
        checkWindow(editor, QStringLiteral("Contact editor"), failures, checked);
        editor.close();

        AccountDialog account(AccountDialog::Mode::SignIn, *profile.value(), tokens, &window);
        account.show();
        checkWindow(account, QStringLiteral("Sign in"), failures, checked);
        account.close();

        ImportWizard* wizard = window.openImportWizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        checkWindow(*wizard, QStringLiteral("Import wizard"), failures, checked);
        wizard->close();
        ImportHistoryDialog* imports = window.openImportHistory();
        QVERIFY(QTest::qWaitForWindowExposed(imports));
        checkWindow(*imports, QStringLiteral("Import history"), failures, checked);
        imports->close();

        WelcomeDialog welcome(true, &window);
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        checkWindow(welcome, QStringLiteral("Welcome"), failures, checked);
        welcome.close();

        SettingsDialog* settings = window.openSettings();
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        settings->manualProxyButton()->setChecked(true); // the missing host is named in the error colour
        QVERIFY(settings->problemLabel()->isVisible());
        for (int tab = 0; tab < settings->tabs()->count(); ++tab) {
            settings->tabs()->setCurrentIndex(tab);
            checkWindow(*settings, QStringLiteral("Preferences, ") + settings->tabs()->tabText(tab), failures,
                        checked);
        }
        settings->close();

        qInfo("%d texts checked", checked);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // IQ_SCREENSHOT=FILE.png saves the Contacts page in the dark theme (docs/images/contacts-dark.png).
    void screenshot() {
        const QString file = qEnvironmentVariable("IQ_SCREENSHOT");
        if (file.isEmpty())
            QSKIP("Set IQ_SCREENSHOT=FILE.png to save a screenshot.");
        // The applications load the English catalogue for its plurals; so does the picture.
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/iqmessaging_en")));
        QCoreApplication::installTranslator(&english);
        Theme::apply(Theme::Kind::Dark);
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile.ok());
        Database& db = profile.value()->database();
        const struct {
            const char* given;
            const char* family;
            const char* phone;
            const char* email;
            const char* group;
            ConsentState consent;
        } people[] = {
            {"Ana", "García", "+1 415 555 0132", "ana@example.com", "Customers", ConsentState::OptedIn},
            {"Ben", "Okafor", "+1 212 555 0187", "ben.okafor@example.com", "Customers",
             ConsentState::OptedIn},
            {"Chloé", "Martin", "+33 6 12 34 56 78", "chloe@example.fr", "Newsletter", ConsentState::Pending},
            {"Dmitri", "Ivanov", "+1 646 555 0110", "", "Customers", ConsentState::OptedOut},
            {"Emma", "Schulz", "+49 1512 3456789", "emma.schulz@example.de", "Newsletter",
             ConsentState::OptedIn},
            {"Farah", "Khan", "+44 7400 123456", "farah@example.co.uk", "VIP", ConsentState::OptedIn},
            {"George", "Lee", "+1 303 555 0144", "george.lee@example.com", "Customers",
             ConsentState::Unknown},
            {"Hana", "Sato", "+1 415 555 0199", "hana@example.jp", "VIP", ConsentState::OptedIn},
        };
        QString selected;
        for (const auto& person : people) {
            const QStringList emails = QString::fromUtf8(person.email).isEmpty()
                                           ? QStringList()
                                           : QStringList{QString::fromUtf8(person.email)};
            const QString id =
                test::addContact(db, QString::fromUtf8(person.given), QString::fromUtf8(person.family),
                                 {QString::fromUtf8(person.phone)}, emails);
            test::addToGroup(db, QString::fromUtf8(person.group), id, person.consent);
            if (selected.isEmpty())
                selected = id;
        }
        MainWindow window(*profile.value());
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.contactsModel()->rowCount(), 8);
        window.contactsPage()->selectContact(selected);
        QTest::qWait(200);
        QVERIFY(window.grab().save(file));
        QCoreApplication::removeTranslator(&english);
    }

private:
    static void checkWindow(QWidget& root, const QString& where, QStringList& failures, int& checked) {
        ContrastCheck check(where);
        check.walk(&root);
        failures << check.failures();
        checked += check.checked();
    }

    QTemporaryDir m_settings;
    QColor m_systemWindow;
};

QTEST_MAIN(TestThemes)
#include "tst_themes.moc"
