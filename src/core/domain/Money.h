// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace eventdesk {

// An amount of money: an integer number of minor units (cents) and an ISO 4217 currency,
// never a float. In JSON it is {"value": "1200.50", "currency": "EUR"}.
class Money final
{
public:
    // The largest amount anyone may enter, in major units (CLI.md "Amounts").
    static constexpr qint64 MaxMajorUnits = 1'000'000'000;

    Money() = default; // invalid: no currency
    Money(qint64 minorUnits, const QString &currency)
        : m_minor(minorUnits)
        , m_currency(currency)
    {}

    bool isValid() const { return !m_currency.isEmpty(); }
    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }

    // The decimals of a currency this build knows (EUR 2, JPY 0, ...); nullopt if unknown.
    static std::optional<int> minorDigits(QStringView currency);
    static QStringList knownCurrencies();
    // A message naming the currency when it is not one this build knows; empty when it is.
    static QString validateCurrency(const QString &currency);

    // Parses the decimal form people type: digits, optionally "." and at most the
    // currency's minor digits; greater than 0 and at most MaxMajorUnits; no sign, no
    // exponent, no thousands separator, no spaces. When the text is not a decimal number
    // at all ("abc", "1e5", "1,000", "+5"), *malformed is set to true (the CLI's usage
    // error); a number that is refused (0, -5, too many decimals, too large, unknown
    // currency) leaves it false (a validation error).
    static Result<Money> parse(QStringView text, const QString &currency,
                               bool *malformed = nullptr);
    // A whole number of major units, e.g. 5000 EUR -> 500000 minor units.
    static Result<Money> fromMajorUnits(qint64 units, const QString &currency);
    // Reads {"value": "...", "currency": "..."}; zero is accepted here (stored values).
    static Result<Money> fromJson(const QJsonValue &json);

    // "1200.50": the decimal form with exactly the currency's minor digits.
    QString toString() const;
    // "1200.50 EUR", for people.
    QString toDisplayString() const;
    QJsonObject toJson() const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace eventdesk
