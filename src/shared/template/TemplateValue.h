#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace iq::tmpl {

class Value;

// Named values resolved on demand: a contact's fields are looked up by name while rendering instead
// of being copied into a JSON object first, which keeps rendering a million messages cheap.
class FieldSource {
public:
    virtual ~FieldSource() = default;
    // Sets *out and returns true when this source has a field called name.
    virtual bool field(QStringView name, Value* out) const = 0;
    // The field's text when it is a plain string, without making a Value of it: interpolating a
    // contact's fields a million times. Null when it is not one; then field() is asked.
    virtual const QString* text(QStringView name) const {
        Q_UNUSED(name)
        return nullptr;
    }
};

// What a template can refer to: the JSON kinds, plus objects whose fields come from a FieldSource.
class Value final {
public:
    enum class Type { Missing, Null, Bool, Number, String, List, Object, Fields };

    Value() = default;
    static Value fromJson(const QJsonValue& json);
    static Value fromString(QString text);
    static Value fromFields(const FieldSource* source);
    static Value fromList(QJsonArray list);
    static Value fromObject(QJsonObject object);

    Type type() const { return m_type; }
    const FieldSource* fieldSource() const { return m_fields; }
    bool isMissing() const { return m_type == Type::Missing; }
    // false, null, missing, an empty list and an empty string do not open a section.
    bool isFalsy() const;
    // How an interpolation tag prints the value.
    QString toText() const;
    // A field of an object; false for every other kind.
    bool child(QStringView key, Value* out) const;

    const QJsonArray& list() const { return m_list; }

private:
    Type m_type = Type::Missing;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    QJsonArray m_list;
    QJsonObject m_object;
    const FieldSource* m_fields = nullptr;
};

} // namespace iq::tmpl
