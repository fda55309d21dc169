#include "shared/template/Template.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

#include <vector>

namespace iq::tmpl {

// The translation context of this file's messages: lupdate files TemplateText::tr() calls under it, and
// the same context is asked for at run time.
class TemplateText final {
    Q_DECLARE_TR_FUNCTIONS(iq::tmpl::Template)
};

namespace {

// Deeper nesting than this is a hostile or broken template, not a message.
constexpr int kMaxSectionDepth = 100;
constexpr int kMaxPartialDepth = 50;
// Output beyond this many UTF-16 units stops rendering: no message is anywhere near it.
constexpr qsizetype kMaxOutput = 4 * 1024 * 1024;

} // namespace

struct Node {
    enum class Kind { Text, Variable, Section, Inverted, Partial };
    Kind kind = Kind::Text;
    QString text;     // Text: the literal; others: the name as written
    QStringList path; // the name split at dots; empty for "."
    bool escape = true;
    bool hasFallback = false;
    QString fallback;
    QString indentation; // Partial: the whitespace before a standalone partial tag
    std::vector<Node> children;
};

struct Template::Data {
    QString source;
    std::vector<Node> nodes;
    std::optional<Diagnostic> error;
    QList<FieldUse> fields;
    // For each entry of fields: the names of the sections (not inverted) it is inside.
    QList<QStringList> enclosingSections;
};

struct TemplateAccess {
    static const std::vector<Node>& nodes(const Template& t) { return t.m_data->nodes; }
};

namespace {

void positionOf(const QString& source, int offset, int* line, int* column) {
    int l = 1;
    int c = 1;
    for (int i = 0; i < offset && i < source.size(); ++i) {
        const QChar ch = source.at(i);
        if (ch == QLatin1Char('\n')) {
            ++l;
            c = 1;
        } else if (!ch.isLowSurrogate()) {
            ++c;
        }
    }
    *line = l;
    *column = c;
}

bool isBlank(QChar c) {
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

class Parser final {
public:
    explicit Parser(Template::Data& data)
        : m_data(data)
        , m_source(data.source) {}

    void run() {
        struct Open {
            Node* node;
            int offset;
            int length;
        };
        std::vector<Open> open;
        std::vector<std::vector<Node>*> targets{&m_data.nodes};
        QStringList sectionNames;

        const QString& s = m_source;
        const int n = static_cast<int>(s.size());
        int pos = 0;
        int lastTagEnd = -1;
        while (pos < n) {
            const int tagStart = static_cast<int>(s.indexOf(m_open, pos));
            if (tagStart < 0) {
                appendText(*targets.back(), s.mid(pos));
                break;
            }
            int p = tagStart + static_cast<int>(m_open.size());
            QChar type;
            QString closeSequence = m_close;
            if (p < n) {
                const QChar c = s.at(p);
                if (c == QLatin1Char('{')) {
                    type = c;
                    closeSequence = QLatin1Char('}') + m_close;
                    ++p;
                } else if (c == QLatin1Char('=')) {
                    type = c;
                    closeSequence = QLatin1Char('=') + m_close;
                    ++p;
                } else if (c == QLatin1Char('#') || c == QLatin1Char('^') || c == QLatin1Char('/') ||
                           c == QLatin1Char('!') || c == QLatin1Char('>') || c == QLatin1Char('&')) {
                    type = c;
                    ++p;
                }
            }
            const int tagEnd = static_cast<int>(s.indexOf(closeSequence, p));
            if (tagEnd < 0) {
                fail(tagStart, static_cast<int>(m_open.size()),
                     TemplateText::tr("The tag \"%1\" is never closed; end it with \"%2\".")
                         .arg(excerpt(tagStart), closeSequence));
                return;
            }
            const int after = tagEnd + static_cast<int>(closeSequence.size());
            const int tagLength = after - tagStart;
            const QString content = s.mid(p, tagEnd - p).trimmed();

            // A section, inverted, closing, comment, partial or delimiter tag alone on its line takes
            // the whole line with it.
            bool standalone = false;
            int lineStart = 0;
            int lineEnd = after;
            const bool mayStandAlone = !type.isNull() && type != QLatin1Char('{') && type != QLatin1Char('&');
            if (mayStandAlone) {
                lineStart =
                    tagStart == 0 ? 0 : static_cast<int>(s.lastIndexOf(QLatin1Char('\n'), tagStart - 1)) + 1;
                bool onlyBlanksBefore = lastTagEnd <= lineStart;
                for (int i = lineStart; onlyBlanksBefore && i < tagStart; ++i)
                    onlyBlanksBefore = isBlank(s.at(i));
                if (onlyBlanksBefore) {
                    int q = after;
                    while (q < n && isBlank(s.at(q)))
                        ++q;
                    if (q == n) {
                        standalone = true;
                        lineEnd = n;
                    } else if (s.at(q) == QLatin1Char('\n')) {
                        standalone = true;
                        lineEnd = q + 1;
                    } else if (s.at(q) == QLatin1Char('\r') && q + 1 < n &&
                               s.at(q + 1) == QLatin1Char('\n')) {
                        standalone = true;
                        lineEnd = q + 2;
                    }
                }
            }
            appendText(*targets.back(), s.mid(pos, (standalone ? lineStart : tagStart) - pos));
            pos = standalone ? lineEnd : after;
            lastTagEnd = after;

            if (type == QLatin1Char('!'))
                continue;
            if (type == QLatin1Char('=')) {
                const QStringList parts = content.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                QStringList delimiters;
                for (const QString& part : parts)
                    delimiters << part.split(QLatin1Char('\t'), Qt::SkipEmptyParts);
                if (delimiters.size() != 2 || delimiters[0].contains(QLatin1Char('=')) ||
                    delimiters[1].contains(QLatin1Char('='))) {
                    fail(tagStart, tagLength,
                         TemplateText::tr(
                             "\"%1\" does not set delimiters: write two markers separated by a space, "
                             "like {{=<% %>=}}.")
                             .arg(s.mid(tagStart, tagLength)));
                    return;
                }
                m_open = delimiters[0];
                m_close = delimiters[1];
                continue;
            }

            QString name = content;
            bool hasFallback = false;
            QString fallback;
            const bool isVariable = type.isNull() || type == QLatin1Char('{') || type == QLatin1Char('&');
            if (isVariable) {
                const qsizetype bar = content.indexOf(QLatin1Char('|'));
                if (bar >= 0) {
                    name = content.left(bar).trimmed();
                    fallback = content.mid(bar + 1).trimmed();
                    hasFallback = true;
                }
            } else if (type != QLatin1Char('>') && content.contains(QLatin1Char('|'))) {
                fail(tagStart, tagLength,
                     TemplateText::tr("\"%1\": a fallback after \"|\" only works in a field tag such as "
                                      "{{first_name|there}}.")
                         .arg(s.mid(tagStart, tagLength)));
                return;
            }
            if (name.isEmpty()) {
                fail(tagStart, tagLength,
                     TemplateText::tr("The tag \"%1\" has no name in it.").arg(s.mid(tagStart, tagLength)));
                return;
            }
            QStringList path;
            if (type != QLatin1Char('>') && name != QLatin1String(".")) {
                path = name.split(QLatin1Char('.'));
                if (path.contains(QString())) {
                    fail(tagStart, tagLength,
                         TemplateText::tr(
                             "\"%1\" is not a valid field name: dots separate the parts of a name.")
                             .arg(name));
                    return;
                }
            }

            if (type == QLatin1Char('/')) {
                if (open.empty()) {
                    fail(tagStart, tagLength,
                         TemplateText::tr("\"%1\" closes a section that was never opened.")
                             .arg(s.mid(tagStart, tagLength)));
                    return;
                }
                const Open& top = open.back();
                if (top.node->text != name) {
                    int line = 1;
                    int column = 1;
                    positionOf(s, top.offset, &line, &column);
                    fail(tagStart, tagLength,
                         TemplateText::tr(
                             "\"%1\" does not match the section \"%2\" opened at line %3, column %4; "
                             "close that one first.")
                             .arg(s.mid(tagStart, tagLength), top.node->text)
                             .arg(line)
                             .arg(column));
                    return;
                }
                if (top.node->kind == Node::Kind::Section)
                    sectionNames.removeLast();
                open.pop_back();
                targets.pop_back();
                continue;
            }

            Node node;
            node.text = name;
            node.path = path;
            FieldUse use;
            use.name = name;
            use.offset = tagStart;
            use.length = tagLength;
            positionOf(s, tagStart, &use.line, &use.column);
            if (isVariable) {
                node.kind = Node::Kind::Variable;
                node.escape = type.isNull();
                node.hasFallback = hasFallback;
                node.fallback = fallback;
                use.kind = FieldUse::Kind::Variable;
                use.hasFallback = hasFallback;
                use.fallback = fallback;
            } else if (type == QLatin1Char('>')) {
                node.kind = Node::Kind::Partial;
                if (standalone)
                    node.indentation = s.mid(lineStart, tagStart - lineStart);
                use.kind = FieldUse::Kind::Partial;
            } else {
                node.kind = type == QLatin1Char('#') ? Node::Kind::Section : Node::Kind::Inverted;
                use.kind =
                    type == QLatin1Char('#') ? FieldUse::Kind::Section : FieldUse::Kind::InvertedSection;
            }
            m_data.fields.append(use);
            m_data.enclosingSections.append(sectionNames);
            std::vector<Node>& target = *targets.back();
            target.push_back(std::move(node));
            if (type == QLatin1Char('#') || type == QLatin1Char('^')) {
                if (open.size() >= static_cast<size_t>(kMaxSectionDepth)) {
                    fail(tagStart, tagLength,
                         TemplateText::tr("Sections are nested more than %1 deep.").arg(kMaxSectionDepth));
                    return;
                }
                Node* section = &target.back();
                open.push_back({section, tagStart, tagLength});
                targets.push_back(&section->children);
                if (type == QLatin1Char('#'))
                    sectionNames.append(name);
            }
        }
        if (!open.empty()) {
            const Open& top = open.back();
            fail(top.offset, top.length,
                 TemplateText::tr("The section \"%1\" is never closed; end it with \"%2/%1%3\".")
                     .arg(top.node->text, m_open, m_close));
        }
    }

private:
    static void appendText(std::vector<Node>& target, const QString& text) {
        if (text.isEmpty())
            return;
        if (!target.empty() && target.back().kind == Node::Kind::Text) {
            target.back().text += text;
            return;
        }
        Node node;
        node.kind = Node::Kind::Text;
        node.text = text;
        target.push_back(std::move(node));
    }

    QString excerpt(int offset) const {
        QString text = m_source.mid(offset, 24);
        const qsizetype newline = text.indexOf(QLatin1Char('\n'));
        if (newline >= 0)
            text.truncate(newline);
        return text;
    }

    void fail(int offset, int length, const QString& message) {
        Diagnostic diagnostic;
        diagnostic.offset = offset;
        diagnostic.length = length;
        diagnostic.message = message;
        positionOf(m_source, offset, &diagnostic.line, &diagnostic.column);
        m_data.error = diagnostic;
        m_data.nodes.clear();
    }

    Template::Data& m_data;
    const QString& m_source;
    QString m_open = QStringLiteral("{{");
    QString m_close = QStringLiteral("}}");
};

void appendEscaped(QString& out, const QString& text, bool escape) {
    if (!escape) {
        out += text;
        return;
    }
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
}

bool isBlankText(const QString& text) {
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// Sections nest a few deep at most: kept on the stack of the call, rendering allocates nothing for it.
using ValueStack = QVarLengthArray<Value, 8>;

class Renderer final {
public:
    Renderer(QString& out, Escaping escaping, Partials* partials, QStringList* fallbacks,
             QStringList* problems)
        : m_out(out)
        , m_escape(escaping == Escaping::Html)
        , m_partials(partials)
        , m_fallbacks(fallbacks)
        , m_problems(problems) {}

    void render(const std::vector<Node>& nodes, ValueStack& stack) {
        for (const Node& node : nodes) {
            if (m_stopped)
                return;
            switch (node.kind) {
            case Node::Kind::Text:
                m_out += node.text;
                break;
            case Node::Kind::Variable: {
                // A plain name at the top level of fields (nearly every tag of a message): its
                // text as the source holds it, with no Value in between.
                const QString* shown = nullptr;
                if (node.path.size() == 1 && stack.size() == 1 && stack.front().type() == Value::Type::Fields)
                    shown = stack.front().fieldSource()->text(node.path.first());
                QString resolved;
                if (!shown) {
                    resolved = resolve(node.path, stack).toText();
                    shown = &resolved;
                }
                if (node.hasFallback && isBlankText(*shown)) {
                    shown = &node.fallback;
                    if (m_fallbacks && !m_fallbacks->contains(node.text))
                        m_fallbacks->append(node.text);
                }
                appendEscaped(m_out, *shown, node.escape && m_escape);
                break;
            }
            case Node::Kind::Section: {
                const Value value = resolve(node.path, stack);
                if (value.isFalsy())
                    break;
                if (value.type() == Value::Type::List) {
                    for (const QJsonValue& item : value.list()) {
                        stack.push_back(Value::fromJson(item));
                        render(node.children, stack);
                        stack.pop_back();
                    }
                } else {
                    stack.push_back(value);
                    render(node.children, stack);
                    stack.pop_back();
                }
                break;
            }
            case Node::Kind::Inverted:
                if (resolve(node.path, stack).isFalsy())
                    render(node.children, stack);
                break;
            case Node::Kind::Partial:
                renderPartial(node, stack);
                break;
            }
            if (m_out.size() > kMaxOutput) {
                problem(TemplateText::tr("The rendering is longer than %1 characters; stopped there.")
                            .arg(kMaxOutput));
                m_stopped = true;
            }
        }
    }

private:
    static Value resolve(const QStringList& path, const ValueStack& stack) {
        if (path.isEmpty())
            return stack.back();
        Value value;
        bool found = false;
        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
            if (it->child(path.first(), &value)) {
                found = true;
                break;
            }
        }
        if (!found)
            return {};
        for (qsizetype i = 1; i < path.size(); ++i) {
            Value next;
            if (!value.child(path.at(i), &next))
                return {};
            value = std::move(next);
        }
        return value;
    }

    void renderPartial(const Node& node, ValueStack& stack) {
        if (!m_partials)
            return;
        const Template* partial = m_partials->find(node.text, node.indentation);
        if (!partial)
            return;
        if (!partial->isValid()) {
            problem(TemplateText::tr("The snippet \"%1\" cannot be used: %2")
                        .arg(node.text, partial->error()->toString()));
            return;
        }
        if (m_partialDepth >= kMaxPartialDepth) {
            problem(TemplateText::tr("Snippets include each other more than %1 deep; stopped there.")
                        .arg(kMaxPartialDepth));
            m_stopped = true;
            return;
        }
        ++m_partialDepth;
        render(TemplateAccess::nodes(*partial), stack);
        --m_partialDepth;
    }

    void problem(const QString& text) {
        if (m_problems && !m_problems->contains(text))
            m_problems->append(text);
    }

    QString& m_out;
    bool m_escape;
    Partials* m_partials;
    QStringList* m_fallbacks;
    QStringList* m_problems;
    int m_partialDepth = 0;
    bool m_stopped = false;
};

} // namespace

Escaping escapingFor(RenderChannel channel) {
    return channel == RenderChannel::EmailHtml ? Escaping::Html : Escaping::None;
}

QString toString(RenderChannel channel) {
    switch (channel) {
    case RenderChannel::Sms:
        return QStringLiteral("sms");
    case RenderChannel::EmailHtml:
        return QStringLiteral("email-html");
    case RenderChannel::EmailText:
        return QStringLiteral("email-text");
    case RenderChannel::Voice:
        return QStringLiteral("voice");
    }
    return {};
}

std::optional<RenderChannel> renderChannelFromString(const QString& text) {
    for (RenderChannel channel :
         {RenderChannel::Sms, RenderChannel::EmailHtml, RenderChannel::EmailText, RenderChannel::Voice}) {
        if (toString(channel) == text)
            return channel;
    }
    return std::nullopt;
}

QString Diagnostic::toString() const {
    return TemplateText::tr("Line %1, column %2: %3").arg(line).arg(column).arg(message);
}

Template::Template()
    : m_data(std::make_shared<Data>()) {}

Template Template::parse(const QString& source) {
    auto data = std::make_shared<Data>();
    data->source = source;
    Parser(*data).run();
    Template result;
    result.m_data = std::move(data);
    return result;
}

Result<Template> Template::compile(const QString& source) {
    Template parsed = parse(source);
    if (!parsed.isValid())
        return Error{Error::Code::InvalidInput, parsed.error()->toString()};
    return parsed;
}

bool Template::isValid() const {
    return !m_data->error.has_value();
}
const std::optional<Diagnostic>& Template::error() const {
    return m_data->error;
}
const QString& Template::source() const {
    return m_data->source;
}
const QList<FieldUse>& Template::fields() const {
    return m_data->fields;
}

QList<Diagnostic> Template::unknownNames(const QStringList& knownFields,
                                         const QStringList& knownPartials) const {
    QList<Diagnostic> result;
    for (qsizetype i = 0; i < m_data->fields.size(); ++i) {
        const FieldUse& use = m_data->fields.at(i);
        Diagnostic diagnostic;
        diagnostic.offset = use.offset;
        diagnostic.length = use.length;
        diagnostic.line = use.line;
        diagnostic.column = use.column;
        if (use.kind == FieldUse::Kind::Partial) {
            if (!knownPartials.contains(use.name)) {
                diagnostic.message = TemplateText::tr("There is no snippet called \"%1\".").arg(use.name);
                result.append(diagnostic);
            }
            continue;
        }
        if (use.name == QLatin1String("."))
            continue;
        const QString first = use.name.section(QLatin1Char('.'), 0, 0);
        if (knownFields.contains(first) || knownFields.contains(use.name))
            continue;
        // Inside {{#items}}, a name may belong to the items; only names of no section at all are sure.
        bool insideUnknownSection = false;
        for (const QString& section : m_data->enclosingSections.at(i)) {
            if (!knownFields.contains(section.section(QLatin1Char('.'), 0, 0)) ||
                section.contains(QLatin1Char('.')))
                insideUnknownSection = true;
        }
        if (insideUnknownSection)
            continue;
        diagnostic.message =
            TemplateText::tr("\"%1\" is not a field: no recipient has it, so it prints nothing.")
                .arg(use.name);
        result.append(diagnostic);
    }
    return result;
}

RenderOutput Template::render(const Value& data, Escaping escaping, Partials* partials) const {
    RenderOutput output;
    output.text.reserve(m_data->source.size() + 32);
    renderTo(output.text, data, escaping, partials, &output.fallbacksUsed, &output.problems);
    return output;
}

void Template::renderTo(QString& out, const Value& data, Escaping escaping, Partials* partials,
                        QStringList* fallbacksUsed, QStringList* problems) const {
    ValueStack stack;
    stack.push_back(data);
    Renderer renderer(out, escaping, partials, fallbacksUsed, problems);
    renderer.render(m_data->nodes, stack);
}

void Partials::insert(const QString& name, const QString& source) {
    m_sources.insert(name, source);
    m_parsed.clear();
}

const Template* Partials::find(const QString& name, const QString& indentation) {
    const QString key = indentation + QChar(0) + name;
    auto it = m_parsed.find(key);
    if (it != m_parsed.end())
        return &it.value();
    const auto source = m_sources.constFind(name);
    if (source == m_sources.constEnd())
        return nullptr;
    QString text = source.value();
    if (!indentation.isEmpty()) {
        // A standalone partial's indentation goes before every line of the partial.
        QString indented;
        indented.reserve(text.size() + indentation.size() * 4);
        indented += indentation;
        for (qsizetype i = 0; i < text.size(); ++i) {
            indented += text.at(i);
            if (text.at(i) == QLatin1Char('\n') && i + 1 < text.size())
                indented += indentation;
        }
        text = indented;
    }
    it = m_parsed.insert(key, Template::parse(text));
    return &it.value();
}

QString fieldTag(const QString& name) {
    return QStringLiteral("{{") + name + QStringLiteral("}}");
}

} // namespace iq::tmpl
