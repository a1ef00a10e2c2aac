// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Error.h"

#include <utility>
#include <variant>

namespace eventdesk {

// A value or an Error: what the application boundary returns instead of throwing.
// (GCC 12 has no std::expected.)
template<typename T>
class [[nodiscard]] Result
{
public:
    // Default-constructed results (QFuture needs them) carry an internal error.
    Result() : m_data(Error{ErrorCode::Internal, QString()}) {}
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;
inline Status success() { return Done{}; }

} // namespace eventdesk
