// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/JsonScan.h"

namespace eventdesk::json {

namespace {

constexpr int MaxDepth = 64;
constexpr qsizetype MaxBytes = 1 << 24; // far below QJsonDocument's own size limit
constexpr int MaxDigits = 17;           // with a two-digit exponent: always a finite double

class Scanner
{
public:
    explicit Scanner(QByteArrayView bytes)
        : m_p(bytes.data())
        , m_end(bytes.data() + bytes.size())
    {}

    bool document()
    {
        space();
        if (m_p == m_end || *m_p != '{')
            return false;
        if (!object(0))
            return false;
        space();
        return m_p == m_end;
    }

private:
    void space()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(const char *word)
    {
        for (; *word; ++word, ++m_p)
            if (m_p == m_end || *m_p != *word)
                return false;
        return true;
    }

    bool string()
    {
        ++m_p; // the opening quote
        while (m_p != m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c < 0x20 || c > 0x7e)
                return false; // control characters and non-ASCII: Qt decides
            if (c == '\\') {
                if (++m_p == m_end)
                    return false;
                switch (*m_p) {
                case '"':
                case '\\':
                case '/':
                case 'b':
                case 'f':
                case 'n':
                case 'r':
                case 't':
                    break;
                default:
                    return false; // \u escapes included: Qt decides
                }
            }
            ++m_p;
        }
        return false;
    }

    int digits()
    {
        int n = 0;
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9') {
            ++m_p;
            ++n;
        }
        return n;
    }

    bool number()
    {
        if (*m_p == '-')
            ++m_p;
        if (m_p == m_end)
            return false;
        int count = 0;
        if (*m_p == '0') {
            ++m_p;
            count = 1;
        } else {
            count = digits();
            if (count == 0)
                return false;
        }
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            const int fraction = digits();
            if (fraction == 0)
                return false;
            count += fraction;
        }
        if (count > MaxDigits)
            return false;
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            const int exponent = digits();
            if (exponent == 0 || exponent > 2)
                return false;
        }
        return true;
    }

    bool value(int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) && number();
        }
    }

    bool object(int depth)
    {
        if (depth > MaxDepth)
            return false;
        ++m_p; // {
        space();
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (m_p == m_end || *m_p != '"' || !string())
                return false;
            space();
            if (m_p == m_end || *m_p != ':')
                return false;
            ++m_p;
            space();
            if (!value(depth))
                return false;
            space();
            if (m_p == m_end)
                return false;
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return false;
            ++m_p;
            space();
        }
    }

    bool array(int depth)
    {
        if (depth > MaxDepth)
            return false;
        ++m_p; // [
        space();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!value(depth))
                return false;
            space();
            if (m_p == m_end)
                return false;
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return false;
            ++m_p;
            space();
        }
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

bool isPlainObject(QByteArrayView bytes)
{
    if (bytes.isEmpty() || bytes.size() > MaxBytes)
        return false;
    return Scanner(bytes).document();
}

} // namespace eventdesk::json
