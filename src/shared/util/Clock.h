#pragma once

#include <QDateTime>

namespace iq {

// The time source of everything that stamps records; tests pass a clock they can move.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    static const Clock& system();
};

// Timestamps are stored as UTC ISO 8601 text with milliseconds, which sorts as it reads.
QString toStoredTime(const QDateTime& time);
QDateTime fromStoredTime(const QString& text);

} // namespace iq
