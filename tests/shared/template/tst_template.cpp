// The template engine beyond the Mustache spec: fallbacks, escaping per channel, errors with their
// positions, unknown names and hostile input.
#include "shared/template/Template.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace iq::tmpl;

namespace {

Value json(const char* text) {
    return Value::fromJson(QJsonDocument::fromJson(text).object());
}

QString render(const QString& source, const Value& data, Escaping escaping = Escaping::None) {
    const Template parsed = Template::parse(source);
    if (!parsed.isValid())
        return QStringLiteral("ERROR ") + parsed.error()->toString();
    return parsed.render(data, escaping).text;
}

} // namespace

class TestTemplate final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fallbacks_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("usedFallback");
        QTest::newRow("value present") << "Hi {{first_name|there}}!"
                                       << R"({"first_name":"Ann"})"
                                       << "Hi Ann!" << false;
        QTest::newRow("missing") << "Hi {{first_name|there}}!"
                                 << "{}"
                                 << "Hi there!" << true;
        QTest::newRow("empty") << "Hi {{first_name|there}}!"
                               << R"({"first_name":""})"
                               << "Hi there!" << true;
        QTest::newRow("blank") << "Hi {{first_name|there}}!"
                               << R"({"first_name":"  "})"
                               << "Hi there!" << true;
        QTest::newRow("null") << "Hi {{first_name|there}}!"
                              << R"({"first_name":null})"
                              << "Hi there!" << true;
        QTest::newRow("spaces around") << "Hi {{ first_name | my friend }}!"
                                       << "{}"
                                       << "Hi my friend!" << true;
        QTest::newRow("triple") << "Hi {{{first_name|there}}}!"
                                << "{}"
                                << "Hi there!" << true;
        QTest::newRow("ampersand") << "Hi {{& first_name|there}}!"
                                   << "{}"
                                   << "Hi there!" << true;
        QTest::newRow("empty fallback") << "Hi {{first_name|}}!"
                                        << "{}"
                                        << "Hi !" << true;
        QTest::newRow("dotted") << "{{custom.size|M}}"
                                << R"({"custom":{"size":"L"}})"
                                << "L" << false;
        QTest::newRow("number is a value") << "{{points|none}}"
                                           << R"({"points":0})"
                                           << "0" << false;
    }

    void fallbacks() {
        QFETCH(QString, source);
        QFETCH(QString, data);
        QFETCH(QString, expected);
        QFETCH(bool, usedFallback);
        const Template parsed = Template::parse(source);
        QVERIFY(parsed.isValid());
        const RenderOutput output =
            parsed.render(Value::fromJson(QJsonDocument::fromJson(data.toUtf8()).object()), Escaping::None);
        QCOMPARE(output.text, expected);
        QCOMPARE(!output.fallbacksUsed.isEmpty(), usedFallback);
        QCOMPARE(parsed.fields().first().hasFallback, true);
    }

    void escapingPerChannel_data() {
        QTest::addColumn<int>("channel");
        QTest::addColumn<QString>("expected");
        const QString raw = QStringLiteral("Tom & Jerry's <b>\"shop\"</b>");
        QTest::newRow("sms") << int(RenderChannel::Sms) << raw;
        QTest::newRow("email-text") << int(RenderChannel::EmailText) << raw;
        QTest::newRow("voice") << int(RenderChannel::Voice) << raw;
        QTest::newRow("email-html") << int(RenderChannel::EmailHtml)
                                    << QStringLiteral(
                                           "Tom &amp; Jerry&#39;s &lt;b&gt;&quot;shop&quot;&lt;/b&gt;");
    }

    void escapingPerChannel() {
        QFETCH(int, channel);
        QFETCH(QString, expected);
        const Value data = Value::fromJson(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Tom & Jerry's <b>\"shop\"</b>")}});
        QCOMPARE(render(QStringLiteral("{{name}}"), data, escapingFor(RenderChannel(channel))), expected);
        // The fallback is escaped the same way as a value.
        QCOMPARE(render(QStringLiteral("{{missing|A & B}}"), data, escapingFor(RenderChannel(channel))),
                 RenderChannel(channel) == RenderChannel::EmailHtml ? QStringLiteral("A &amp; B")
                                                                    : QStringLiteral("A & B"));
        // Triple mustache never escapes.
        QCOMPARE(render(QStringLiteral("{{{name}}}"), data, escapingFor(RenderChannel(channel))),
                 QStringLiteral("Tom & Jerry's <b>\"shop\"</b>"));
    }

    void channelNames() {
        for (const char* name : {"sms", "email-html", "email-text", "voice"}) {
            const auto channel = renderChannelFromString(QLatin1String(name));
            QVERIFY(channel);
            QCOMPARE(toString(*channel), QLatin1String(name));
        }
        QVERIFY(!renderChannelFromString(QStringLiteral("fax")));
    }

    void errors_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unclosed tag") << "Hello\n  {{first_name there" << 2 << 3 << "never closed";
        QTest::newRow("unclosed triple") << "{{{name}}" << 1 << 1 << "never closed";
        QTest::newRow("unclosed section") << "a\n{{#vip}}\nVIP" << 2 << 1 << "vip";
        QTest::newRow("mismatched close") << "{{#a}}\n {{/b}}" << 2 << 2 << "line 1, column 1";
        QTest::newRow("close without open") << "x {{/a}}" << 1 << 3 << "never opened";
        QTest::newRow("empty tag") << "é {{ }}" << 1 << 3 << "no name";
        QTest::newRow("bad delimiters") << "{{=<% =}}" << 1 << 1 << "delimiters";
        QTest::newRow("fallback on section") << "{{#a|b}}{{/a}}" << 1 << 1 << "fallback";
        QTest::newRow("bad dotted name") << "{{a..b}}" << 1 << 1 << "a..b";
        QTest::newRow("emoji before counts once") << "😀{{" << 1 << 2 << "never closed";
    }

    void errors() {
        QFETCH(QString, source);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, mentions);
        const Template parsed = Template::parse(source);
        QVERIFY(!parsed.isValid());
        QCOMPARE(parsed.error()->line, line);
        QCOMPARE(parsed.error()->column, column);
        QVERIFY2(parsed.error()->message.contains(mentions, Qt::CaseInsensitive),
                 qPrintable(parsed.error()->message));
        QVERIFY(parsed.error()->toString().startsWith(
            QStringLiteral("Line %1, column %2: ").arg(line).arg(column)));
        const auto compiled = Template::compile(source);
        QVERIFY(!compiled.ok());
        QCOMPARE(compiled.errorMessage(), parsed.error()->toString());
    }

    void unknownNames() {
        const Template parsed =
            Template::parse(QStringLiteral("Hi {{first_name|there}} "
                                           "{{frist_name}}\n{{#vip}}{{points}}{{/vip}}{{#orders}}{{total}}{{/"
                                           "orders}} {{> sig}} {{> nope}}"));
        QVERIFY(parsed.isValid());
        const QList<Diagnostic> unknown = parsed.unknownNames(
            {QStringLiteral("first_name"), QStringLiteral("vip")}, {QStringLiteral("sig")});
        QStringList messages;
        for (const Diagnostic& d : unknown)
            messages << QStringLiteral("%1:%2 %3").arg(d.line).arg(d.column).arg(d.message);
        // frist_name (a typo), points (inside a known scalar section), orders (unknown section), nope.
        QCOMPARE(unknown.size(), 4);
        QVERIFY2(messages.at(0).startsWith(QStringLiteral("1:25 \"frist_name\"")),
                 qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(messages.at(1).contains(QStringLiteral("\"points\"")));
        QVERIFY(messages.at(2).contains(QStringLiteral("\"orders\"")));
        QVERIFY(messages.at(3).contains(QStringLiteral("nope")));
        QCOMPARE(unknown.at(0).offset, 24);
        QCOMPARE(unknown.at(0).length, 14);
    }

    void partialsAndDepth() {
        Partials partials;
        partials.insert(QStringLiteral("optout"), QStringLiteral("Reply STOP to opt out"));
        partials.insert(QStringLiteral("loop"), QStringLiteral("x{{> loop}}"));
        partials.insert(QStringLiteral("broken"), QStringLiteral("{{#a}}"));
        const Template parsed = Template::parse(QStringLiteral("Sale! {{> optout}}"));
        QCOMPARE(parsed.render(Value(), Escaping::None, &partials).text,
                 QStringLiteral("Sale! Reply STOP to opt out"));
        const RenderOutput loop =
            Template::parse(QStringLiteral("{{> loop}}")).render(Value(), Escaping::None, &partials);
        QVERIFY(!loop.problems.isEmpty());
        QVERIFY(loop.text.size() < 100);
        const RenderOutput broken =
            Template::parse(QStringLiteral("{{> broken}}")).render(Value(), Escaping::None, &partials);
        QCOMPARE(broken.problems.size(), 1);
        QVERIFY(broken.problems.first().contains(QStringLiteral("broken")));
    }

    void hostileInput() {
        // Deep nesting is refused instead of exhausting the stack.
        const Template deep = Template::parse(QStringLiteral("{{#a}}").repeated(5000));
        QVERIFY(!deep.isValid());
        QVERIFY(deep.error()->message.contains(QStringLiteral("nested")));
        // Exponential output stops at a limit.
        QJsonArray ten;
        for (int i = 0; i < 10; ++i)
            ten.append(i);
        const Value data = Value::fromJson(QJsonObject{{QStringLiteral("l"), ten}});
        QString source = QStringLiteral("{{#l}}").repeated(9) + QStringLiteral("0123456789") +
                         QStringLiteral("{{/l}}").repeated(9);
        const RenderOutput output = Template::parse(source).render(data, Escaping::None);
        QVERIFY(!output.problems.isEmpty());
        QVERIFY(output.text.size() < 5 * 1024 * 1024);
    }

    void valuesPrint() {
        QCOMPARE(
            render(QStringLiteral("{{a}} {{b}} {{c}} {{d}}"), json(R"({"a":3,"b":-2.5,"c":true,"d":[1]})")),
            QStringLiteral("3 -2.5 true "));
        QCOMPARE(render(QStringLiteral("{{#s}}yes{{/s}}{{^s}}no{{/s}}"), json(R"({"s":""})")),
                 QStringLiteral("no"));
    }
};

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
