#include "shared/phone/DisplayedPhones.h"

namespace iq {

void DisplayedPhones::setRegion(const QString& region) {
    m_phoneNumbers = region.isEmpty() ? nullptr : std::make_unique<PhoneNumbers>(region);
    m_shown.clear();
}

QString DisplayedPhones::shown(const QString& stored) {
    if (!m_phoneNumbers || !stored.startsWith(QLatin1Char('+')))
        return stored;
    auto known = m_shown.constFind(stored);
    if (known != m_shown.constEnd())
        return *known;
    const PhoneNumberInfo info = m_phoneNumbers->parse(stored);
    const QString shown = info.valid ? info.international : stored;
    if (m_shown.size() >= kMaxRemembered)
        m_shown.clear();
    m_shown.insert(stored, shown);
    return shown;
}

} // namespace iq
