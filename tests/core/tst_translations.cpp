#include "core/import/ImportEngine.h"
#include "core/template/ContactFields.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

// Checks translations/*.ts as translators leave them and the .qm files the build makes of them.
// A wrong placeholder breaks a message at run time, so it always fails; strings added since the
// last translation pass are expected, so only a backlog above kMaxUnfinishedRatio fails.
namespace {

constexpr double kMaxUnfinishedRatio = 0.02;

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = true;
    QStringList forms;
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error;
};

QString translationsDir() {
    return QStringLiteral(IQ_TRANSLATIONS_DIR);
}

TsFile readTs(const QString& path) {
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            message.unfinished = !type.isEmpty(); // unfinished, obsolete or vanished
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            } else {
                message.forms.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList sorted(QStringList list) {
    std::sort(list.begin(), list.end());
    return list;
}

// %1..%99, %L1, %n, %Ln: what QString::arg and tr()'s numerus substitute; each distinct one once.
QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (const auto& match : re.globalMatch(text))
        found.append(match.captured());
    found.removeDuplicates();
    return sorted(found);
}

QStringList htmlTags(const QString& text) {
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][^>]*>"));
    QStringList found;
    for (const auto& match : re.globalMatch(text))
        found.append(match.captured());
    return sorted(found);
}

// "&File" marks F as the accelerator; "&&" is a literal ampersand.
int accelerators(const QString& text) {
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QStringList tsFiles() {
    return QDir(translationsDir()).entryList({QStringLiteral("iqmessaging_*.ts")}, QDir::Files, QDir::Name);
}

bool fullyTranslated(const QString& fileName) {
    // The English file carries only the plural forms; every other message shows its source.
    return !fileName.endsWith(QLatin1String("_en.ts"));
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyShippedLanguageHasAFile() {
        const QStringList files = tsFiles();
        for (const char* language : {"de", "fr", "es", "en"})
            QVERIFY2(files.contains(QStringLiteral("iqmessaging_%1.ts").arg(QLatin1String(language))),
                     qPrintable(files.join(QLatin1Char(' '))));
    }

    // lupdate finds a QCoreApplication::translate() text only when the context is a string literal; a
    // context in a variable leaves the text out of every catalog, untranslated in every language.
    void translateCallsNameTheirContext() {
        const QRegularExpression call(QStringLiteral("translate\\(\\s*([^\\s\")])"));
        QStringList problems;
        for (const char* folder : {"src", "app"}) {
            QDirIterator files(QDir(QStringLiteral(IQ_SOURCE_DIR)).filePath(QLatin1String(folder)),
                               {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                auto matches = call.globalMatch(text);
                while (matches.hasNext()) {
                    const auto match = matches.next();
                    const qsizetype line = text.left(match.capturedStart()).count(QLatin1Char('\n')) + 1;
                    problems << QStringLiteral("%1:%2").arg(file.fileName()).arg(line);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A message outside a QObject class is asked for under the context its file declares
    // (Q_DECLARE_TR_FUNCTIONS, or translate() with a literal context). When lupdate files it under
    // another one, every language shows it in English; so each such literal must be in the catalogue
    // under the very context the code asks for. The server's files are left out: iqmsgd answers in
    // English and installs no translator.
    void messagesAreCataloguedUnderTheContextAskedFor() {
        const TsFile ts = readTs(QDir(translationsDir()).filePath(QStringLiteral("iqmessaging_de.ts")));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QSet<QString> catalogued;
        for (const TsMessage& m : ts.messages)
            catalogued.insert(m.context + QLatin1Char('\n') + m.source);
        const QRegularExpression declared(
            QStringLiteral("class\\s+(\\w+)\\s+final\\s*\\{\\s*Q_DECLARE_TR_FUNCTIONS\\(([\\w:]+)\\)"));
        const QString literal = QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*[,)]");
        const QRegularExpression translated(QStringLiteral("translate\\(\\s*\"([^\"]+)\",\\s*") + literal);
        QStringList missing;
        int checked = 0;
        for (const char* folder : {"src/shared", "src/core", "src/models", "src/views", "app"}) {
            QDirIterator files(QDir(QStringLiteral(IQ_SOURCE_DIR)).filePath(QLatin1String(folder)),
                               {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                QList<QPair<QString, QString>> asked; // context, source
                auto classes = declared.globalMatch(text);
                while (classes.hasNext()) {
                    const auto c = classes.next();
                    auto calls = QRegularExpression(QStringLiteral("\\b") + c.captured(1) +
                                                    QStringLiteral("::tr\\(\\s*") + literal)
                                     .globalMatch(text);
                    while (calls.hasNext())
                        asked.append({c.captured(2), calls.next().captured(1)});
                }
                // A free tr() helper is filed by lupdate under whatever encloses each call.
                if (text.contains(QRegularExpression(QStringLiteral("^QString tr\\(const char"),
                                                     QRegularExpression::MultilineOption)))
                    missing << file.fileName() + QStringLiteral(": a free tr(); declare the context with "
                                                                "Q_DECLARE_TR_FUNCTIONS instead");
                auto calls = translated.globalMatch(text);
                while (calls.hasNext()) {
                    const auto call = calls.next();
                    asked.append({call.captured(1), call.captured(2)});
                }
                for (const auto& [context, source] : std::as_const(asked)) {
                    ++checked;
                    QString plain = source;
                    plain.replace(QLatin1String("\\\""), QLatin1String("\""));
                    plain.replace(QLatin1String("\\n"), QLatin1String("\n"));
                    if (!catalogued.contains(context + QLatin1Char('\n') + plain))
                        missing << QStringLiteral("%1: %2 \"%3\"").arg(file.fileName(), context, plain);
                }
            }
        }
        QVERIFY(checked > 100);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    // The messages found in English in every language: import outcomes and contact field labels, through
    // the functions that show them and the German catalogue the application embeds.
    void coreMessagesShowTranslated() {
        QTranslator translator;
        const QString qm = QDir(QStringLiteral(IQ_QM_DIR)).filePath(QStringLiteral("iqmessaging_de.qm"));
        QVERIFY2(translator.load(qm), qPrintable(qm));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString created = iq::displayName(iq::RowOutcome::Create);
        const QString invalid = iq::displayName(iq::RowOutcome::Invalid);
        const QString firstName = iq::ContactFields::label(iq::ContactFields::FirstName);
        const QString group = iq::ContactFields::label(iq::ContactFields::Group);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(created, QStringLiteral("Neu"));
        QCOMPARE(invalid, QStringLiteral("Ungültig"));
        QCOMPARE(firstName, QStringLiteral("Vorname"));
        QCOMPARE(group, QStringLiteral("Angeschriebene Gruppe"));
    }

    void finishedTranslationsKeepPlaceholders_data() {
        QTest::addColumn<QString>("fileName");
        for (const QString& name : tsFiles())
            QTest::newRow(qPrintable(name)) << name;
    }

    void finishedTranslationsKeepPlaceholders() {
        QFETCH(QString, fileName);
        const TsFile ts = readTs(QDir(translationsDir()).filePath(fileName));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(!ts.messages.isEmpty());
        QStringList problems;
        for (const TsMessage& m : ts.messages) {
            if (m.unfinished)
                continue;
            const QString where = m.context + QLatin1String(": \"") + m.source + QLatin1Char('"');
            if (m.numerus && m.forms.size() != 2)
                problems << where + QStringLiteral(" has %1 plural forms, expected 2").arg(m.forms.size());
            for (const QString& form : m.forms) {
                if (form.isEmpty()) {
                    problems << where + QLatin1String(" has an empty translation");
                    continue;
                }
                if (placeholders(form) != placeholders(m.source))
                    problems << where + QLatin1String(" -> \"") + form +
                                    QLatin1String("\" changes the placeholders");
                if (htmlTags(form) != htmlTags(m.source))
                    problems << where + QLatin1String(" -> \"") + form +
                                    QLatin1String("\" changes the HTML tags");
                if (accelerators(form) != accelerators(m.source))
                    problems << where + QLatin1String(" -> \"") + form +
                                    QLatin1String("\" changes the & accelerator");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void unfinishedMessagesStayFew_data() {
        QTest::addColumn<QString>("fileName");
        for (const QString& name : tsFiles())
            if (fullyTranslated(name))
                QTest::newRow(qPrintable(name)) << name;
    }

    void unfinishedMessagesStayFew() {
        QFETCH(QString, fileName);
        const TsFile ts = readTs(QDir(translationsDir()).filePath(fileName));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList unfinished;
        for (const TsMessage& m : ts.messages)
            if (m.unfinished)
                unfinished << m.context + QLatin1String(": ") + m.source;
        if (!unfinished.isEmpty())
            qWarning("%s: %lld of %lld messages are not translated yet:\n  %s", qPrintable(fileName),
                     static_cast<long long>(unfinished.size()), static_cast<long long>(ts.messages.size()),
                     qPrintable(unfinished.join(QLatin1String("\n  "))));
        const double ratio =
            ts.messages.isEmpty() ? 1.0 : double(unfinished.size()) / double(ts.messages.size());
        QVERIFY2(ratio <= kMaxUnfinishedRatio,
                 qPrintable(QStringLiteral("%1: %2 of %3 messages untranslated, more than %4%")
                                .arg(fileName)
                                .arg(unfinished.size())
                                .arg(ts.messages.size())
                                .arg(kMaxUnfinishedRatio * 100)));
    }

    void builtCatalogTranslates_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const QString menu = QStringLiteral("iq::MainWindow");
        const QString page = QStringLiteral("iq::ContactsPage");
        const QString count = QStringLiteral("%n contact(s)");
        QTest::newRow("de menu") << "de" << menu << "&File" << -1 << "&Datei";
        QTest::newRow("fr menu") << "fr" << menu << "&File" << -1 << "&Fichier";
        QTest::newRow("es menu") << "es" << menu << "&File" << -1 << "&Archivo";
        QTest::newRow("de 1") << "de" << page << count << 1 << "1 Kontakt";
        QTest::newRow("de 8") << "de" << page << count << 8 << "8 Kontakte";
        QTest::newRow("fr 0") << "fr" << page << count << 0 << "0 contact";
        QTest::newRow("fr 1") << "fr" << page << count << 1 << "1 contact";
        QTest::newRow("fr 2") << "fr" << page << count << 2 << "2 contacts";
        QTest::newRow("es 1") << "es" << page << count << 1 << "1 contacto";
        QTest::newRow("es 0") << "es" << page << count << 0 << "0 contactos";
        QTest::newRow("en 1") << "en" << page << count << 1 << "1 contact";
        QTest::newRow("en 8") << "en" << page << count << 8 << "8 contacts";
        QTest::newRow("en keeps untranslated text") << "en" << menu << "&File" << -1 << "&File";
    }

    void builtCatalogTranslates() {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QTranslator translator;
        const QString qm =
            QDir(QStringLiteral(IQ_QM_DIR)).filePath(QStringLiteral("iqmessaging_%1.qm").arg(language));
        QVERIFY2(translator.load(qm), qPrintable(qm));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString got =
            QCoreApplication::translate(qPrintable(context), source.toUtf8().constData(), nullptr, n);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
