#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace iq {

// What went wrong, in words a user can act on, plus a stable code for callers that branch on it.
struct Error {
    enum class Code {
        Generic,
        NotFound,
        InvalidInput,
        Conflict,
        Corrupt,
        TooNew,
        Io,
        Network,
        Unauthorized,
        Cancelled,
    };
    Code code = Code::Generic;
    QString message;

    static Error make(Code code, QString message) { return Error{code, std::move(message)}; }
};

// Expected-style result used at every boundary of iqcore: either a value or an Error, never both.
template <typename T> class Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

// A result with no value: success, or an Error.
class Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error)) {}

    static Status success() { return Status(); }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

} // namespace iq
