#pragma once

namespace iq {

// Names shared by iqmessaging, iqm and iqmsgd so that they agree on where profiles live.
void setApplicationIdentity();

} // namespace iq
