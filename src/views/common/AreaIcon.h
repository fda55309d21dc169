#pragma once

#include <QIcon>
#include <QString>

namespace iq {

// The sidebar icon of an area ("contacts", "groups", ...), embedded under :/iq/icons/areas: a grey line
// drawing that reads on light and dark backgrounds, drawn in the highlighted text's colour when its
// row is selected (grey is lost on the selection's colour).
QIcon areaIcon(const QString& name);

} // namespace iq
