// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk-cli events: the event log, as JSON Lines or an aligned table.
#include "Cli.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("cli::events", text); }

constexpr int PageSize = 1000;

void printHuman(QTextStream &out, const RecordedEvent &e)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(e.recordedAt, Qt::UTC)
                             .toString(u"yyyy-MM-dd HH:mm:ss"_s);
    out << QString::number(e.globalPosition).rightJustified(8) << u"  "_s << time << u"  "_s
        << e.streamId.leftJustified(44) << u' ' << QString::number(e.streamVersion).rightJustified(4)
        << u"  "_s << e.type.leftJustified(24) << u' ' << e.actor() << u'\n';
}

int run(Cli &cli)
{
    int code = ExitOk;
    qint64 from = 1, to = 0, limit = -1;
    if (!cli.noExtraArguments(0, &code) || !cli.integerOption(u"from"_s, 1, &from, &code)
        || !cli.integerOption(u"to"_s, 1, &to, &code) || !cli.integerOption(u"limit"_s, 0, &limit, &code))
        return code;
    const QString stream = cli.value(u"stream"_s);
    if (cli.isSet(u"stream"_s)) {
        if (const QString problem = validateStreamId(stream); !problem.isEmpty())
            return cli.fail(ExitRefused, problem);
    }
    auto store = cli.openStore(&code);
    if (!store)
        return code;
    IEventReader &reader = store->reader();
    QTextStream &out = cli.out();
    if (!cli.json())
        out << tr("     pos  recorded (UTC)       stream                                        ver  "
                  "type                     actor")
            << u'\n';
    qint64 printed = 0;
    auto emitEvent = [&](const RecordedEvent &e) {
        if (cli.json())
            out << QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact)) << u'\n';
        else
            printHuman(out, e);
        ++printed;
    };
    auto wantMore = [&] { return limit < 0 || printed < limit; };

    if (!stream.isEmpty()) {
        qint64 version = 0;
        while (wantMore()) {
            auto slice = reader.readStream(stream, version, Direction::Forwards, PageSize);
            if (!slice)
                return cli.fail(slice.error());
            for (const RecordedEvent &e : std::as_const(slice->events)) {
                if (e.globalPosition < from || (to > 0 && e.globalPosition > to) || !wantMore())
                    continue;
                emitEvent(e);
            }
            if (slice->events.size() < PageSize)
                break;
            version = slice->events.constLast().streamVersion + 1;
        }
    } else {
        ReadAllQuery query;
        query.fromPosition = from;
        query.toPosition = to;
        while (wantMore()) {
            query.maxCount = limit < 0 ? PageSize : int(qMin<qint64>(PageSize, limit - printed));
            auto page = reader.readAll(query);
            if (!page)
                return cli.fail(page.error());
            for (const RecordedEvent &e : std::as_const(*page))
                emitEvent(e);
            if (page->size() < query.maxCount || page->isEmpty())
                break;
            query.fromPosition = page->constLast().globalPosition + 1;
        }
    }
    out.flush();
    return ExitOk;
}

Command eventsCommand()
{
    return Command{
        u"events"_s,
        u"eventdesk-cli events [--stream STREAM] [--from POS] [--to POS] [--limit N] [--json]"_s,
        tr("Prints the event log in position order: the whole store (system $ streams included) "
           "or one stream. --from and --to are inclusive global positions. With --json, one JSON "
           "envelope per line."),
        {{u"stream"_s, tr("Only this stream."), u"STREAM"_s},
         {u"from"_s, tr("First global position (inclusive)."), u"POS"_s},
         {u"to"_s, tr("Last global position (inclusive)."), u"POS"_s},
         {u"limit"_s, tr("Print at most N events."), u"N"_s}},
        run};
}

const bool registered = registerCommand(&eventsCommand);
} // namespace

} // namespace eventdesk::cli
