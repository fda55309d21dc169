#include "shared/template/TemplateValue.h"

#include <QLocale>

#include <cmath>

namespace iq::tmpl {

Value Value::fromJson(const QJsonValue& json) {
    Value value;
    switch (json.type()) {
    case QJsonValue::Null:
        value.m_type = Type::Null;
        break;
    case QJsonValue::Bool:
        value.m_type = Type::Bool;
        value.m_bool = json.toBool();
        break;
    case QJsonValue::Double:
        value.m_type = Type::Number;
        value.m_number = json.toDouble();
        break;
    case QJsonValue::String:
        value.m_type = Type::String;
        value.m_string = json.toString();
        break;
    case QJsonValue::Array:
        value.m_type = Type::List;
        value.m_list = json.toArray();
        break;
    case QJsonValue::Object:
        value.m_type = Type::Object;
        value.m_object = json.toObject();
        break;
    case QJsonValue::Undefined:
        break;
    }
    return value;
}

Value Value::fromString(QString text) {
    Value value;
    value.m_type = Type::String;
    value.m_string = std::move(text);
    return value;
}

Value Value::fromFields(const FieldSource* source) {
    Value value;
    value.m_type = source ? Type::Fields : Type::Missing;
    value.m_fields = source;
    return value;
}

Value Value::fromList(QJsonArray list) {
    Value value;
    value.m_type = Type::List;
    value.m_list = std::move(list);
    return value;
}

Value Value::fromObject(QJsonObject object) {
    Value value;
    value.m_type = Type::Object;
    value.m_object = std::move(object);
    return value;
}

bool Value::isFalsy() const {
    switch (m_type) {
    case Type::Missing:
    case Type::Null:
        return true;
    case Type::Bool:
        return !m_bool;
    case Type::String:
        return m_string.isEmpty();
    case Type::List:
        return m_list.isEmpty();
    case Type::Number:
    case Type::Object:
    case Type::Fields:
        return false;
    }
    return true;
}

QString Value::toText() const {
    switch (m_type) {
    case Type::String:
        return m_string;
    case Type::Number:
        // Whole numbers print without a decimal point; others in the shortest form that reads back.
        if (std::isfinite(m_number) && std::floor(m_number) == m_number && std::fabs(m_number) < 1e15)
            return QString::number(static_cast<qint64>(m_number));
        return QString::number(m_number, 'g', QLocale::FloatingPointShortest);
    case Type::Bool:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Missing:
    case Type::Null:
    case Type::List:
    case Type::Object:
    case Type::Fields:
        break;
    }
    return {};
}

bool Value::child(QStringView key, Value* out) const {
    if (m_type == Type::Object) {
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd())
            return false;
        *out = fromJson(it.value());
        return true;
    }
    if (m_type == Type::Fields)
        return m_fields->field(key, out);
    return false;
}

} // namespace iq::tmpl
