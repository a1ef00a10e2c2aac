// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Money.h"

#include <QCoreApplication>

#include <array>

namespace eventdesk {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::Money)
};

struct CurrencyInfo
{
    QLatin1String code;
    int digits;
};

// The currencies amounts may be entered in; ISO 4217 minor digits.
constexpr std::array<CurrencyInfo, 12> Currencies{{
    {QLatin1String("AUD"), 2},
    {QLatin1String("CAD"), 2},
    {QLatin1String("CHF"), 2},
    {QLatin1String("CZK"), 2},
    {QLatin1String("DKK"), 2},
    {QLatin1String("EUR"), 2},
    {QLatin1String("GBP"), 2},
    {QLatin1String("JPY"), 0},
    {QLatin1String("NOK"), 2},
    {QLatin1String("PLN"), 2},
    {QLatin1String("SEK"), 2},
    {QLatin1String("USD"), 2},
}};

qint64 powerOfTen(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

Error malformedError(QStringView text)
{
    return Error::validation(
        Text::tr(
            "\"%1\" is not an amount; write digits with \".\" before the decimals, like 1200.50 "
            "(no sign, exponent, spaces or thousands separator).")
            .arg(text.toString()));
}
} // namespace

std::optional<int> Money::minorDigits(QStringView currency)
{
    for (const CurrencyInfo &c : Currencies)
        if (currency == c.code)
            return c.digits;
    return std::nullopt;
}

QStringList Money::knownCurrencies()
{
    QStringList list;
    for (const CurrencyInfo &c : Currencies)
        list.append(QString(c.code));
    return list;
}

QString Money::validateCurrency(const QString &currency)
{
    if (minorDigits(currency))
        return {};
    return Text::tr("The currency \"%1\" is not known; use one of %2.")
        .arg(currency, knownCurrencies().join(u", "_s));
}

Result<Money> Money::parse(QStringView text, const QString &currency, bool *malformed)
{
    if (malformed)
        *malformed = false;
    auto formError = [&]() -> Result<Money> {
        if (malformed)
            *malformed = true;
        return malformedError(text);
    };

    // A leading minus in front of a well-formed number is an amount below zero: refused
    // as a value, not as a form, like 0.
    bool negative = false;
    QStringView digits = text;
    if (digits.startsWith(u'-')) {
        negative = true;
        digits = digits.mid(1);
    }
    const qsizetype dot = digits.indexOf(u'.');
    const QStringView whole = dot < 0 ? digits : digits.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : digits.mid(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && fraction.isEmpty()))
        return formError();
    for (QChar c : whole)
        if (!isAsciiDigit(c))
            return formError();
    for (QChar c : fraction)
        if (!isAsciiDigit(c))
            return formError();

    const std::optional<int> places = minorDigits(currency);
    if (!places)
        return Error::validation(validateCurrency(currency));
    if (fraction.size() > *places) {
        if (*places == 0)
            return Error::validation(Text::tr("%1 amounts have no decimals; \"%2\" has some.")
                                         .arg(currency, text.toString()));
        return Error::validation(Text::tr("%1 amounts have at most %2 decimals; \"%3\" has %4.")
                                     .arg(currency)
                                     .arg(*places)
                                     .arg(text.toString())
                                     .arg(fraction.size()));
    }

    // Leading zeros are harmless; more than ten significant digits is over the maximum
    // anyway, and checking that first keeps the arithmetic below from overflowing.
    QStringView significant = whole;
    while (significant.size() > 1 && significant.front() == u'0')
        significant = significant.mid(1);
    const auto tooLarge = [&] {
        return Error::validation(
            Text::tr("The amount %1 is more than the maximum, %2 %3.")
                .arg(text.toString(), QString::number(MaxMajorUnits), currency));
    };
    if (significant.size() > 10)
        return negative
                   ? Error::validation(Text::tr("The amount must be greater than 0; \"%1\" is not.")
                                           .arg(text.toString()))
                   : tooLarge();
    qint64 major = 0;
    for (QChar c : significant)
        major = major * 10 + (c.unicode() - u'0');
    qint64 minor = 0;
    for (int i = 0; i < *places; ++i)
        minor = minor * 10 + (i < fraction.size() ? fraction.at(i).unicode() - u'0' : 0);
    const qint64 total = major * powerOfTen(*places) + minor;

    if (negative || total == 0)
        return Error::validation(
            Text::tr("The amount must be greater than 0; \"%1\" is not.").arg(text.toString()));
    if (total > MaxMajorUnits * powerOfTen(*places))
        return tooLarge();
    return Money(total, currency);
}

Result<Money> Money::fromMajorUnits(qint64 units, const QString &currency)
{
    const std::optional<int> places = minorDigits(currency);
    if (!places)
        return Error::validation(validateCurrency(currency));
    if (units < 0 || units > MaxMajorUnits)
        return Error::validation(
            Text::tr("The amount %1 %2 is out of range (0 to %3).")
                .arg(QString::number(units), currency, QString::number(MaxMajorUnits)));
    return Money(units * powerOfTen(*places), currency);
}

Result<Money> Money::fromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    const QString value = o.value("value"_L1).toString();
    const QString currency = o.value("currency"_L1).toString();
    if (value == u"0"_s ||
        (value.startsWith(u"0."_s) && value.mid(2).count(u'0') == value.size() - 2)) {
        if (const QString problem = validateCurrency(currency); !problem.isEmpty())
            return Error::validation(problem);
        return Money(0, currency);
    }
    return parse(value, currency);
}

QString Money::toString() const
{
    const int places = minorDigits(m_currency).value_or(2);
    const qint64 scale = powerOfTen(places);
    const qint64 magnitude = m_minor < 0 ? -m_minor : m_minor;
    QString s = m_minor < 0 ? u"-"_s : QString();
    s += QString::number(magnitude / scale);
    if (places > 0)
        s += u'.' + QString::number(magnitude % scale).rightJustified(places, u'0');
    return s;
}

QString Money::toDisplayString() const
{
    return toString() + u' ' + m_currency;
}

QJsonObject Money::toJson() const
{
    return QJsonObject{{"value"_L1, toString()}, {"currency"_L1, m_currency}};
}

} // namespace eventdesk
