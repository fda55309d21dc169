// Feeds arbitrary bytes to the template parser and renders what parses, with data that has lists,
// objects and partials (one of them the input itself, to reach recursion), for HTML and plain
// channels; then counts SMS segments of the result. Must never crash, hang or grow without bound.
#include "shared/sms/SmsSegments.h"
#include "shared/template/Template.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace iq::tmpl;
    const QString source =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Template parsed = Template::parse(source);
    if (!parsed.isValid()) {
        (void)parsed.error()->toString();
        return 0;
    }
    static const QJsonObject json =
        QJsonDocument::fromJson(
            R"({"first_name":"Ann","empty":"","list":[1,"two",{"a":"<b>"}],"obj":{"a":{"b":"&"}},"yes":true,"no":false,"n":null})")
            .object();
    Partials partials;
    partials.insert(QStringLiteral("self"), source);
    partials.insert(QStringLiteral("sig"), QStringLiteral("-- {{first_name|there}}\n"));
    (void)parsed.unknownNames({QStringLiteral("first_name"), QStringLiteral("list")},
                              {QStringLiteral("sig")});
    for (Escaping escaping : {Escaping::Html, Escaping::None}) {
        const RenderOutput output = parsed.render(Value::fromJson(json), escaping, &partials);
        (void)iq::sms::analyzeSegments(QStringView(output.text).left(4096));
    }
    return 0;
}
