#pragma once

#include "shared/domain/Content.h"

#include <QJsonObject>

namespace iq {

// A saved message in the sync API's shape ("content" records), which iqm prints too.
QJsonObject toJson(const ContentItem& item);

} // namespace iq
