#pragma once

#include "shared/template/TemplateValue.h"
#include "shared/util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace iq::tmpl {

// Where a message goes decides how inserted values are escaped.
enum class RenderChannel { Sms, EmailHtml, EmailText, Voice };
enum class Escaping { Html, None };

Escaping escapingFor(RenderChannel channel);
// "sms", "email-html", "email-text", "voice".
QString toString(RenderChannel channel);
std::optional<RenderChannel> renderChannelFromString(const QString& text);

// A problem at a place in the template: offset/length in UTF-16 units for editors, line and column
// (1-based, the column in characters) for people.
struct Diagnostic {
    int offset = 0;
    int length = 0;
    int line = 1;
    int column = 1;
    QString message;

    // "Line 3, column 5: <message>"
    QString toString() const;
};

// One use of a name in the template: {{first_name}}, {{first_name|there}}, {{#vip}}...
struct FieldUse {
    enum class Kind { Variable, Section, InvertedSection, Partial };
    Kind kind = Kind::Variable;
    QString name;
    bool hasFallback = false;
    QString fallback;
    int offset = 0; // of the whole tag
    int length = 0;
    int line = 1;
    int column = 1;
};

struct Node;
class Partials;

struct RenderOutput {
    QString text;
    // Fields whose fallback was used ("first_name" when {{first_name|there}} printed "there").
    QStringList fallbacksUsed;
    // Problems met while rendering (a partial that does not parse, nesting too deep); empty normally.
    QStringList problems;
};

// A parsed Mustache template (variables, sections, inverted sections, comments, partials, set
// delimiters) with one addition: {{name|fallback}} prints the fallback when the value is missing or
// blank. Parsing never throws; a broken template reports its first error with line and column.
// Parsed templates are immutable and cheap to copy.
class Template final {
public:
    Template();
    static Template parse(const QString& source);
    // The same as parse(), as a Result whose error message carries the position.
    static Result<Template> compile(const QString& source);

    bool isValid() const;
    const std::optional<Diagnostic>& error() const;
    const QString& source() const;
    // Every name the template uses, in order of appearance (also those inside sections).
    const QList<FieldUse>& fields() const;

    // Reports names not in knownFields and partials not in knownPartials, as warnings with positions.
    // Names used inside a section over a list field are left alone: they may be the list items' fields.
    QList<Diagnostic> unknownNames(const QStringList& knownFields, const QStringList& knownPartials) const;

    RenderOutput render(const Value& data, Escaping escaping, Partials* partials = nullptr) const;
    // Appends to out: the fast path for rendering the same template many times.
    void renderTo(QString& out, const Value& data, Escaping escaping, Partials* partials = nullptr,
                  QStringList* fallbacksUsed = nullptr, QStringList* problems = nullptr) const;

    struct Data;

private:
    friend struct TemplateAccess;
    std::shared_ptr<const Data> m_data;
};

// Named partials ({{> signature}}), parsed on first use and kept. Not thread-safe: one per thread.
class Partials final {
public:
    void insert(const QString& name, const QString& source);
    bool contains(const QString& name) const { return m_sources.contains(name); }
    QStringList names() const { return m_sources.keys(); }
    // The partial indented as a standalone tag asks; null when there is no such partial.
    const Template* find(const QString& name, const QString& indentation);

private:
    QHash<QString, QString> m_sources;
    QHash<QString, Template> m_parsed; // key: indentation + '\0' + name
};

// Inserts {{ and }} around a field name, the way the editor's "Insert field" menu does.
QString fieldTag(const QString& name);

} // namespace iq::tmpl
