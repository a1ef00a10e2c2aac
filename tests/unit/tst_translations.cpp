// SPDX-License-Identifier: GPL-3.0-or-later
// Every shipped language is complete: lupdate runs over the sources into copies of the
// .ts files, and any string it finds missing or unfinished fails the test, by name.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Problem
{
    QString context;
    QString source;
    QString what;
};

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?[1-9]|%n"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().remove(u'L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

// The messages of one .ts file that a user would see untranslated or wrongly filled.
QList<Problem> problemsIn(const QString &path, int *messages)
{
    QList<Problem> problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{{}, {}, u"cannot read "_s + path}};
    QXmlStreamReader xml(&file);
    QString context, source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            source.clear();
            ++*messages;
        } else if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const auto type = xml.attributes().value("type"_L1).toString();
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement())
                    forms.append(xml.readElementText());
            } else {
                forms.append(xml.readElementText());
            }
            if (type == "unfinished"_L1) {
                problems.append({context, source, u"unfinished"_s});
                continue;
            }
            for (const QString &form : std::as_const(forms)) {
                if (form.trimmed().isEmpty()) {
                    problems.append({context, source, u"empty"_s});
                    break;
                }
                const QStringList want = placeholders(source);
                const QStringList got = placeholders(form);
                // A singular form may spell "one" out instead of %n.
                const bool ok =
                    numerus ? std::all_of(got.cbegin(), got.cend(),
                                          [&](const QString &p) { return want.contains(p); })
                            : got == want;
                if (!ok) {
                    problems.append({context, source,
                                     u"placeholders %1 in \"%2\""_s.arg(got.join(u' '), form)});
                    break;
                }
            }
        }
    }
    if (xml.hasError())
        problems.append({{}, {}, u"%1: %2"_s.arg(path, xml.errorString())});
    return problems;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedLanguagesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("French") << u"fr"_s;
    }

    void shippedLanguagesAreComplete()
    {
        QFETCH(QString, language);
        const QDir source(QStringLiteral(EVENTDESK_SOURCE_DIR));
        const QString shipped = source.filePath(u"translations/eventdesk_%1.ts"_s.arg(language));
        QVERIFY2(QFile::exists(shipped), qPrintable(shipped));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"eventdesk_%1.ts"_s.arg(language));
        QVERIFY(QFile::copy(shipped, copy));

        // The same command as the update_translations target, on the copy.
        QProcess lupdate;
        lupdate.setWorkingDirectory(source.path());
        lupdate.start(QStringLiteral(EVENTDESK_LUPDATE_PATH),
                      {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"src/core"_s, u"src/gui"_s,
                       u"ui"_s, u"-ts"_s, copy});
        QVERIFY(lupdate.waitForFinished(300000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        int messages = 0;
        const QList<Problem> problems = problemsIn(copy, &messages);
        QVERIFY2(messages > 500, qPrintable(u"only %1 messages found"_s.arg(messages)));
        QStringList lines;
        for (const Problem &p : problems.mid(0, 25))
            lines.append(u"  [%1] \"%2\": %3"_s.arg(p.context, p.source, p.what));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 of %2 strings need work in translations/eventdesk_%3.ts (run "
                            "the update_translations target, then translate them):\n%4"_s.arg(
                                QString::number(problems.size()), QString::number(messages),
                                language, lines.join(u'\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
