// SPDX-License-Identifier: GPL-3.0-or-later
// Money: the strict decimal form people type, the form it is printed in, and its JSON.
#include "domain/Money.h"

#include <QJsonDocument>
#include <QTest>

using namespace eventdesk;
using namespace Qt::Literals::StringLiterals;

class tst_Money : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidAmounts_data();
    void parsesValidAmounts();
    void refusesBadAmounts_data();
    void refusesBadAmounts();
    void unknownCurrencyIsNamed();
    void formatsWithTheCurrencysDigits_data();
    void formatsWithTheCurrencysDigits();
    void jsonHasValueAndCurrency();
    void fromJsonReadsWhatToJsonWrote();
    void majorUnitsConvert();
};

void tst_Money::parsesValidAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("printed");

    QTest::newRow("whole EUR") << u"1200"_s << u"EUR"_s << qint64(120000) << u"1200.00"_s;
    QTest::newRow("two decimals") << u"1200.50"_s << u"EUR"_s << qint64(120050) << u"1200.50"_s;
    QTest::newRow("one decimal") << u"1200.5"_s << u"EUR"_s << qint64(120050) << u"1200.50"_s;
    QTest::newRow("one cent") << u"0.01"_s << u"USD"_s << qint64(1) << u"0.01"_s;
    QTest::newRow("leading zeros") << u"007.10"_s << u"GBP"_s << qint64(710) << u"7.10"_s;
    QTest::newRow("CHF") << u"99.99"_s << u"CHF"_s << qint64(9999) << u"99.99"_s;
    QTest::newRow("JPY whole") << u"1500"_s << u"JPY"_s << qint64(1500) << u"1500"_s;
    QTest::newRow("the maximum") << u"1000000000"_s << u"EUR"_s << qint64(100000000000)
                                 << u"1000000000.00"_s;
    QTest::newRow("the maximum with zero cents")
        << u"1000000000.00"_s << u"EUR"_s << qint64(100000000000) << u"1000000000.00"_s;
    QTest::newRow("JPY maximum") << u"1000000000"_s << u"JPY"_s << qint64(1000000000)
                                 << u"1000000000"_s;
}

void tst_Money::parsesValidAmounts()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, printed);
    bool malformed = true;
    const Result<Money> m = Money::parse(text, currency, &malformed);
    QVERIFY2(m.ok(), qPrintable(m ? QString() : m.error().message));
    QVERIFY(!malformed);
    QCOMPARE(m->minorUnits(), minor);
    QCOMPARE(m->currency(), currency);
    QCOMPARE(m->toString(), printed);
}

void tst_Money::refusesBadAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    // true: not a decimal number at all (the CLI's usage error, exit 2); false: a number
    // that is refused (a validation error, exit 1).
    QTest::addColumn<bool>("malformed");

    QTest::newRow("empty") << QString() << u"EUR"_s << true;
    QTest::newRow("letters") << u"abc"_s << u"EUR"_s << true;
    QTest::newRow("exponent") << u"1e5"_s << u"EUR"_s << true;
    QTest::newRow("upper exponent") << u"1.5E3"_s << u"EUR"_s << true;
    QTest::newRow("thousands comma") << u"1,000"_s << u"EUR"_s << true;
    QTest::newRow("thousands comma with decimals") << u"1,000.50"_s << u"EUR"_s << true;
    QTest::newRow("decimal comma") << u"12,50"_s << u"EUR"_s << true;
    QTest::newRow("thousands space") << u"1 000"_s << u"EUR"_s << true;
    QTest::newRow("thousands apostrophe") << u"1'000"_s << u"CHF"_s << true;
    QTest::newRow("leading space") << u" 5"_s << u"EUR"_s << true;
    QTest::newRow("trailing space") << u"5 "_s << u"EUR"_s << true;
    QTest::newRow("plus sign") << u"+5"_s << u"EUR"_s << true;
    QTest::newRow("two dots") << u"1.2.3"_s << u"EUR"_s << true;
    QTest::newRow("trailing dot") << u"5."_s << u"EUR"_s << true;
    QTest::newRow("leading dot") << u".5"_s << u"EUR"_s << true;
    QTest::newRow("only a dot") << u"."_s << u"EUR"_s << true;
    QTest::newRow("only a minus") << u"-"_s << u"EUR"_s << true;
    QTest::newRow("hex") << u"0x10"_s << u"EUR"_s << true;
    QTest::newRow("infinity") << u"inf"_s << u"EUR"_s << true;
    QTest::newRow("nan") << u"nan"_s << u"EUR"_s << true;
    QTest::newRow("currency symbol") << u"€5"_s << u"EUR"_s << true;
    QTest::newRow("currency code") << u"5 EUR"_s << u"EUR"_s << true;
    QTest::newRow("arabic-indic digits") << u"\u0665"_s << u"EUR"_s << true;
    QTest::newRow("fullwidth digits") << u"\uFF15"_s << u"EUR"_s << true;

    QTest::newRow("zero") << u"0"_s << u"EUR"_s << false;
    QTest::newRow("zero with decimals") << u"0.00"_s << u"EUR"_s << false;
    QTest::newRow("negative") << u"-5"_s << u"EUR"_s << false;
    QTest::newRow("negative decimals") << u"-0.01"_s << u"EUR"_s << false;
    QTest::newRow("three decimals EUR") << u"1.234"_s << u"EUR"_s << false;
    QTest::newRow("trailing zero decimal beyond EUR") << u"1.000"_s << u"EUR"_s << false;
    QTest::newRow("decimals on JPY") << u"5.0"_s << u"JPY"_s << false;
    QTest::newRow("a cent over the maximum") << u"1000000000.01"_s << u"EUR"_s << false;
    QTest::newRow("one over the maximum") << u"1000000001"_s << u"EUR"_s << false;
    QTest::newRow("far over the maximum") << u"99999999999999999999999"_s << u"EUR"_s << false;
    QTest::newRow("unknown currency") << u"5"_s << u"XYZ"_s << false;
    QTest::newRow("lower-case currency") << u"5"_s << u"eur"_s << false;
}

void tst_Money::refusesBadAmounts()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, malformed);
    bool wasMalformed = !malformed;
    const Result<Money> m = Money::parse(text, currency, &wasMalformed);
    QVERIFY2(!m.ok(), qPrintable(u"accepted as %1"_s.arg(m ? m->toString() : QString())));
    QCOMPARE(m.error().code, ErrorCode::Validation);
    QVERIFY(!m.error().message.isEmpty());
    QCOMPARE(wasMalformed, malformed);
}

void tst_Money::unknownCurrencyIsNamed()
{
    const Result<Money> m = Money::parse(u"5"_s, u"XYZ"_s);
    QVERIFY(!m.ok());
    QVERIFY2(m.error().message.contains(u"XYZ"_s), qPrintable(m.error().message));
    QVERIFY(!Money::minorDigits(u"XYZ").has_value());
    QCOMPARE(Money::minorDigits(u"EUR"), std::optional<int>(2));
    QCOMPARE(Money::minorDigits(u"JPY"), std::optional<int>(0));
}

void tst_Money::formatsWithTheCurrencysDigits_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("printed");
    QTest::newRow("cents") << qint64(120050) << u"EUR"_s << u"1200.50"_s;
    QTest::newRow("one cent") << qint64(1) << u"USD"_s << u"0.01"_s;
    QTest::newRow("ten cents") << qint64(10) << u"USD"_s << u"0.10"_s;
    QTest::newRow("zero") << qint64(0) << u"EUR"_s << u"0.00"_s;
    QTest::newRow("yen") << qint64(1500) << u"JPY"_s << u"1500"_s;
}

void tst_Money::formatsWithTheCurrencysDigits()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, printed);
    QCOMPARE(Money(minor, currency).toString(), printed);
}

void tst_Money::jsonHasValueAndCurrency()
{
    const QByteArray json =
        QJsonDocument(Money(120050, u"EUR"_s).toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(json, QByteArray(R"({"currency":"EUR","value":"1200.50"})"));
}

void tst_Money::fromJsonReadsWhatToJsonWrote()
{
    for (const Money &m : {Money(120050, u"EUR"_s), Money(1500, u"JPY"_s), Money(0, u"EUR"_s)}) {
        const Result<Money> back = Money::fromJson(m.toJson());
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back.value(), m);
    }
    QVERIFY(!Money::fromJson(QJsonObject{{"value"_L1, u"1e3"_s}, {"currency"_L1, u"EUR"_s}}).ok());
    QVERIFY(!Money::fromJson(QJsonObject{{"value"_L1, u"5"_s}, {"currency"_L1, u"XYZ"_s}}).ok());
}

void tst_Money::majorUnitsConvert()
{
    QCOMPARE(Money::fromMajorUnits(5000, u"EUR"_s)->minorUnits(), qint64(500000));
    QCOMPARE(Money::fromMajorUnits(5000, u"JPY"_s)->minorUnits(), qint64(5000));
    QVERIFY(!Money::fromMajorUnits(5000, u"XYZ"_s).ok());
}

QTEST_APPLESS_MAIN(tst_Money)
#include "tst_money.moc"
