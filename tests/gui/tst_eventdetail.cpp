// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's event detail panel on the demo company: the state after an event, the
// diff with the state before it, the generic fold of system streams, the thread and the
// requests as they stood at the event's position.

#include "GuiTestSupport.h"

#include "common/StatusStyle.h"
#include "domain/RequestAggregate.h"
#include "store/EventStore.h"
#include "timeline/EventDetailPanel.h"
#include "timeline/EventDetailRequestsModel.h"
#include "timeline/EventDetailThreadModel.h"
#include "timeline/JsonDiff.h"
#include "timeline/JsonTreeModel.h"
#include "timeline/PreparedEventDetail.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace eventdesk;
using namespace eventdesk::gui;

namespace {

constexpr int Timeout = 30000;

QList<RecordedEvent> streamEvents(SqliteEventStore &store, const QString &stream)
{
    auto slice = store.reader().readStream(stream, 0, Direction::Forwards, 100000);
    if (!slice)
        qFatal("readStream: %s", qPrintable(slice.error().message));
    return slice->events;
}

// The request's state folded here, straight from the aggregate, after each version.
QList<QJsonObject> requestStates(const QList<RecordedEvent> &events)
{
    QList<QJsonObject> states;
    auto aggregate = domain::RequestAggregate::forWorkflow(
        domain::RequestAggregate::workflowOfStream(events.constFirst().streamId));
    for (const RecordedEvent &e : events) {
        aggregate->apply(e);
        states.append(aggregate->toJson());
    }
    return states;
}

QJsonValue valueAtPath(const QJsonObject &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &part : path.split(u'.')) {
        QString key = part;
        QList<int> indexes;
        while (key.endsWith(u']')) {
            const qsizetype open = key.lastIndexOf(u'[');
            indexes.prepend(key.mid(open + 1, key.size() - open - 2).toInt());
            key.truncate(open);
        }
        v = v.toObject().value(key);
        for (int i : indexes)
            v = v.toArray().at(i);
    }
    return v;
}

} // namespace

class TestEventDetail final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoSession> m_demo;
    QList<RecordedEvent> m_events;

    std::unique_ptr<EventDetailPanel> showPanel(qint64 position)
    {
        auto panel = std::make_unique<EventDetailPanel>();
        panel->setSession(m_demo->session.get());
        panel->resize(700, 800);
        panel->show();
        QSignalSpy loaded(panel.get(), &EventDetailPanel::loaded);
        panel->showEventAt(position);
        // A quick read may be delivered before showEventAt returns.
        if (loaded.isEmpty() && !loaded.wait(Timeout))
            qFatal("the panel did not load position %lld", position);
        if (loaded.constLast().constFirst().toLongLong() != position)
            qFatal("loaded another position");
        // EVENTDESK_DETAIL_SHOTS=DIR renders each tab there, to look at.
        if (const QString dir = qEnvironmentVariable("EVENTDESK_DETAIL_SHOTS"); !dir.isEmpty()) {
            QTest::qWait(1000); // the caused events' scan
            auto *tabs = panel->findChild<QTabWidget *>(u"tabs"_s);
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                panel->grab().save(u"%1/detail-%2-%3.png"_s.arg(dir).arg(position).arg(t));
            }
            tabs->setCurrentIndex(0);
        }
        return panel;
    }
    static QAbstractItemModel *modelOf(EventDetailPanel &panel, const char *view)
    {
        auto *v = panel.findChild<QAbstractItemView *>(QString::fromLatin1(view));
        return v ? v->model() : nullptr;
    }
    static QString textAt(QAbstractItemModel *m, const QModelIndex &i, int column)
    {
        return m->index(i.row(), column, i.parent()).data().toString();
    }
    const RecordedEvent *firstOf(const std::function<bool(const RecordedEvent &)> &pred) const
    {
        for (const RecordedEvent &e : m_events)
            if (pred(e))
                return &e;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = std::make_unique<test::DemoSession>(u"ada"_s);
        SqliteEventStore *store = m_demo->store.get();
        m_events = test::offGuiThread([store] { return test::readAllEvents(*store); });
        QVERIFY(!m_events.isEmpty());
        // "The system as of here" reads the projections: wait until they caught up.
        const qint64 head = m_events.constLast().globalPosition;
        QTRY_VERIFY_WITH_TIMEOUT(m_demo->session->readModelPosition() >= head, Timeout);
    }
    void cleanupTestCase() { m_demo.reset(); }

    void jsonModelsPassTheTester()
    {
        const QJsonObject before{{u"status"_s, u"Draft"_s},
                                 {u"gone"_s, 1},
                                 {u"approvals"_s, QJsonArray{QJsonObject{{u"by"_s, u"bo"_s}}}}};
        const QJsonObject after{{u"status"_s, u"AwaitingApproval"_s},
                                {u"amount"_s, QJsonObject{{u"minor"_s, 1200}}},
                                {u"approvals"_s, QJsonArray{QJsonObject{{u"by"_s, u"ada"_s}}, 2}},
                                {u"empty"_s, QJsonArray{}}};
        JsonTreeModel tree;
        QAbstractItemModelTester treeTester(&tree,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<JsonChange> changes = diffJson(before, after);
        tree.setJson(after, changedPaths(changes));
        tree.setJson(before);
        tree.setJson(after, changedPaths(changes));
        QCOMPARE(tree.rowCount(), 4);
        const QModelIndex by = tree.indexOfPath(u"approvals[0].by"_s, JsonTreeModel::ValueColumn);
        QCOMPARE(by.data().toString(), u"ada"_s);
        QCOMPARE(by.data(JsonTreeModel::ChangeRole).toInt(), int(JsonChange::Kind::Changed));
        QVERIFY(tree.indexOfPath(u"approvals"_s).data(JsonTreeModel::ChangeRole).isValid());
        QVERIFY(!tree.indexOfPath(u"empty"_s).data(JsonTreeModel::ChangeRole).isNull());

        QCOMPARE(changes.size(), 6);
        auto kindOf = [&changes](const QString &path) {
            for (const JsonChange &c : changes)
                if (c.path == path)
                    return int(c.kind);
            return -1;
        };
        QCOMPARE(kindOf(u"status"_s), int(JsonChange::Kind::Changed));
        QCOMPARE(kindOf(u"gone"_s), int(JsonChange::Kind::Removed));
        QCOMPARE(kindOf(u"amount"_s), int(JsonChange::Kind::Added));
        QCOMPARE(kindOf(u"approvals[0].by"_s), int(JsonChange::Kind::Changed));
        QCOMPARE(kindOf(u"approvals[1]"_s), int(JsonChange::Kind::Added));
        QCOMPARE(kindOf(u"empty"_s), int(JsonChange::Kind::Added));

        JsonDiffModel diff;
        QAbstractItemModelTester diffTester(&diff,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        diff.setChanges(changes);
        const int statusRow =
            int(std::find_if(changes.begin(), changes.end(),
                             [](const JsonChange &c) { return c.path == u"status"_s; }) -
                changes.begin());
        // A word with the colour, old and new value.
        QCOMPARE(diff.index(statusRow, JsonDiffModel::ChangeColumn).data().toString(),
                 u"changed"_s);
        QVERIFY(
            diff.index(statusRow, JsonDiffModel::ChangeColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(diff.index(statusRow, JsonDiffModel::BeforeColumn).data().toString(), u"Draft"_s);
        QCOMPARE(diff.index(statusRow, JsonDiffModel::AfterColumn).data().toString(),
                 u"AwaitingApproval"_s);

        EventDetailThreadModel thread;
        QAbstractItemModelTester threadTester(
            &thread, QAbstractItemModelTester::FailureReportingMode::QtTest);
        thread.setLinks({ThreadLink{ThreadLink::Relation::CausedBy, 3, u"a-1"_s, u"T"_s, {}},
                         ThreadLink{ThreadLink::Relation::Saga, 0, {}, {}, u"note"_s}});
        thread.appendLinks({ThreadLink{ThreadLink::Relation::Caused, 9, u"b-1"_s, u"U"_s, {}}});
        QCOMPARE(thread.rowCount(), 3);

        EventDetailRequestsModel requests;
        QAbstractItemModelTester requestsTester(
            &requests, QAbstractItemModelTester::FailureReportingMode::QtTest);
        projections::RequestRow row;
        row.streamId = u"purchase-1"_s;
        row.status = u"Completed"_s;
        requests.setRows({row, row});
        QCOMPARE(requests.rowCount(), 2);
    }

    void bigStatesOpenOnlyWhatFits()
    {
        // A state with a long list: built off the GUI thread, adopted by the model, and
        // opened only as far as about 200 rows, the changed field always.
        QJsonArray history;
        for (int i = 0; i < 500; ++i)
            history.append(QJsonObject{{u"step"_s, i}, {u"by"_s, u"bo"_s}});
        const QJsonObject before{{u"status"_s, u"Draft"_s}, {u"history"_s, history}};
        QJsonArray changedHistory = history;
        changedHistory.replace(321, QJsonObject{{u"step"_s, 321}, {u"by"_s, u"ada"_s}});
        const QJsonObject after{{u"status"_s, u"Draft"_s}, {u"history"_s, changedHistory}};
        const QList<JsonChange> changes = diffJson(before, after);
        QCOMPARE(changes.size(), 1);
        const auto tree = test::offGuiThread(
            [after, changes] { return buildJsonTree(after, changedPaths(changes)); });
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(tree);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.indexOfPath(u"history"_s)), 500);
        QCOMPARE(model.indexOfPath(u"history[321].by"_s, JsonTreeModel::ValueColumn).data(),
                 QVariant(u"ada"_s));
        const QList<int> open = branchesToExpand(*tree, StateTreeOpenRows);
        QStringList openPaths;
        for (int node : open)
            openPaths.append(tree->nodes[size_t(node)].path);
        QCOMPARE(openPaths, (QStringList{u"history"_s, u"history[321]"_s}));
        // A small state opens entirely.
        const auto small = buildJsonTree(
            QJsonObject{{u"a"_s, QJsonObject{{u"b"_s, 1}}}, {u"c"_s, QJsonArray{1, 2}}});
        QCOMPARE(branchesToExpand(*small, StateTreeOpenRows).size(), 2);
    }

    void approvalShowsStateAndExactDiff()
    {
        // The first approval that moved its request on (a status change), by the
        // aggregate folded here.
        SqliteEventStore *store = m_demo->store.get();
        const RecordedEvent *approval = nullptr;
        QJsonObject before, after;
        for (const RecordedEvent &e : std::as_const(m_events)) {
            if (!e.type.endsWith(u"Approved"_s) || e.streamId.startsWith(u'$'))
                continue;
            const QString stream = e.streamId;
            const QList<QJsonObject> states = requestStates(
                test::offGuiThread([store, stream] { return streamEvents(*store, stream); }));
            if (states.at(e.streamVersion).value(u"status"_s) !=
                states.at(e.streamVersion - 1).value(u"status"_s)) {
                approval = &e;
                after = states.at(e.streamVersion);
                before = states.at(e.streamVersion - 1);
                break;
            }
        }
        QVERIFY(approval);
        const QString stream = approval->streamId;

        auto panel = showPanel(approval->globalPosition);
        QCOMPARE(panel->shownPosition(), approval->globalPosition);
        auto *tree = modelOf(*panel, "stateView");
        QVERIFY(tree);
        // The state tree's top level is the aggregate's JSON form after the approval.
        QStringList keys;
        for (int r = 0; r < tree->rowCount(); ++r)
            keys.append(tree->index(r, JsonTreeModel::KeyColumn).data().toString());
        QCOMPARE(keys, after.keys());
        const QModelIndex status = static_cast<JsonTreeModel *>(tree)->indexOfPath(
            u"status"_s, JsonTreeModel::ValueColumn);
        QVERIFY(status.isValid());
        QCOMPARE(status.data().toString(), jsonValueText(after.value(u"status"_s)));

        // The diff lists exactly the fields that differ, each with its new value.
        auto *diff = modelOf(*panel, "diffView");
        QVERIFY(diff);
        QSet<QString> changedTop;
        for (auto it = after.begin(); it != after.end(); ++it)
            if (before.value(it.key()) != it.value())
                changedTop.insert(it.key());
        for (auto it = before.begin(); it != before.end(); ++it)
            if (!after.contains(it.key()))
                changedTop.insert(it.key());
        QSet<QString> listedTop;
        for (int r = 0; r < diff->rowCount(); ++r) {
            const QString path = diff->index(r, JsonDiffModel::FieldColumn).data().toString();
            listedTop.insert(path.section(u'.', 0, 0).section(u'[', 0, 0));
            const auto kind =
                JsonChange::Kind(diff->index(r, 0).data(JsonDiffModel::KindRole).toInt());
            QCOMPARE(diff->index(r, JsonDiffModel::BeforeColumn).data().toString(),
                     kind == JsonChange::Kind::Added ? u"(none)"_s
                                                     : jsonValueText(valueAtPath(before, path)));
            QCOMPARE(diff->index(r, JsonDiffModel::AfterColumn).data().toString(),
                     kind == JsonChange::Kind::Removed ? u"(none)"_s
                                                       : jsonValueText(valueAtPath(after, path)));
        }
        QCOMPARE(listedTop, changedTop);
        // The status moved: listed in the diff, marked in the tree.
        QVERIFY(listedTop.contains(u"status"_s));
        QCOMPARE(status.data(JsonTreeModel::ChangeRole).toInt(), int(JsonChange::Kind::Changed));

        // The envelope.
        auto label = [&panel](const char *name) {
            return panel->findChild<QLabel *>(QString::fromLatin1(name))->text();
        };
        QCOMPARE(label("streamValue"), stream);
        QCOMPARE(label("typeValue"), approval->type);
        QCOMPARE(label("hashValue"), hexText(approval->hash));
        QCOMPARE(label("eventIdValue"), uuidText(approval->eventId));
    }

    void firstEventDiffsAgainstEmpty()
    {
        const RecordedEvent *first = firstOf([](const RecordedEvent &e) {
            return e.streamVersion == 0 && e.streamId.startsWith(u"expense-"_s);
        });
        if (!first)
            first = firstOf([](const RecordedEvent &e) {
                return e.streamVersion == 0 && e.streamId.startsWith(u"purchase-"_s);
            });
        QVERIFY(first);
        auto panel = showPanel(first->globalPosition);
        auto *tree = modelOf(*panel, "stateView");
        auto *diff = modelOf(*panel, "diffView");
        QVERIFY(tree->rowCount() > 0);
        // Every top-level field is new.
        QCOMPARE(diff->rowCount(), tree->rowCount());
        for (int r = 0; r < diff->rowCount(); ++r)
            QCOMPARE(diff->index(r, JsonDiffModel::ChangeColumn).data().toString(), u"added"_s);
    }

    void systemStreamsGetTheGenericFold_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("saga") << u"$saga-"_s;
        QTest::newRow("users") << u"$users"_s;
    }
    void systemStreamsGetTheGenericFold()
    {
        QFETCH(QString, prefix);
        const RecordedEvent *event = firstOf([&prefix](const RecordedEvent &e) {
            return e.streamId.startsWith(prefix) && e.streamVersion >= 2;
        });
        QVERIFY(event);
        SqliteEventStore *store = m_demo->store.get();
        const QString stream = event->streamId;
        const QList<RecordedEvent> events =
            test::offGuiThread([store, stream] { return streamEvents(*store, stream); });
        QJsonObject before, after;
        for (const RecordedEvent &e : events) {
            if (e.streamVersion > event->streamVersion)
                break;
            if (e.streamVersion == event->streamVersion)
                before = after;
            const QJsonObject p = e.payloadObject();
            for (auto it = p.begin(); it != p.end(); ++it)
                after.insert(it.key(), it.value());
        }
        auto panel = showPanel(event->globalPosition);
        auto *tree = static_cast<JsonTreeModel *>(modelOf(*panel, "stateView"));
        QCOMPARE(tree->rowCount(), int(after.size()));
        for (auto it = after.begin(); it != after.end(); ++it) {
            const QModelIndex i = tree->indexOfPath(it.key(), JsonTreeModel::ValueColumn);
            QVERIFY2(i.isValid(), qPrintable(it.key()));
            if (!it.value().isObject() && !it.value().isArray())
                QCOMPARE(i.data().toString(), jsonValueText(it.value()));
        }
        QCOMPARE(modelOf(*panel, "diffView")->rowCount(), int(diffJson(before, after).size()));
        QVERIFY(panel->findChild<QLabel *>(u"stateCaption"_s)->text().contains(u"generic"_s));
    }

    void threadLinksToTheCauseAndFollowsIt()
    {
        // An event whose causation id is another event of the store.
        QHash<QString, const RecordedEvent *> byId;
        for (const RecordedEvent &e : std::as_const(m_events))
            byId.insert(uuidText(e.eventId), &e);
        const RecordedEvent *effect = nullptr;
        const RecordedEvent *cause = nullptr;
        for (const RecordedEvent &e : std::as_const(m_events)) {
            const QString c = e.metadataObject().value(u"causationId"_s).toString();
            if (byId.contains(c)) {
                effect = &e;
                cause = byId.value(c);
                break;
            }
        }
        QVERIFY(effect && cause);
        auto panel = showPanel(effect->globalPosition);
        auto *view = panel->findChild<QTreeView *>(u"threadView"_s);
        auto *thread = view->model();
        int causeRow = -1;
        for (int r = 0; r < thread->rowCount(); ++r)
            if (thread->index(r, 0).data(EventDetailThreadModel::RelationRole).toInt() ==
                int(ThreadLink::Relation::CausedBy))
                causeRow = r;
        QVERIFY(causeRow >= 0);
        QCOMPARE(thread->index(causeRow, 0).data(EventDetailThreadModel::PositionRole).toLongLong(),
                 cause->globalPosition);

        // Enter on the link asks the timeline for that event.
        panel->findChild<QTabWidget *>(u"tabs"_s)->setCurrentWidget(
            panel->findChild<QWidget *>(u"threadTab"_s));
        QSignalSpy requested(panel.get(), &EventDetailPanel::eventRequested);
        view->setFocus();
        view->setCurrentIndex(thread->index(causeRow, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.constFirst().constFirst().toLongLong(), cause->globalPosition);

        // From the cause, the thread lists this event among those it caused (a scan).
        auto causePanel = showPanel(cause->globalPosition);
        auto *causeThread = causePanel->findChild<QTreeView *>(u"threadView"_s)->model();
        auto listsEffect = [&] {
            for (int r = 0; r < causeThread->rowCount(); ++r)
                if (causeThread->index(r, 0).data(EventDetailThreadModel::RelationRole).toInt() ==
                        int(ThreadLink::Relation::Caused) &&
                    causeThread->index(r, 0)
                            .data(EventDetailThreadModel::PositionRole)
                            .toLongLong() == effect->globalPosition)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(listsEffect(), Timeout);
    }

    void threadGoesThroughServiceMessages()
    {
        // A service's reply names the call (an outbox message) as its cause; the thread
        // leads to the event that wrote the message, and back.
        SqliteEventStore *store = m_demo->store.get();
        const auto [replyPosition, senderPosition] = test::offGuiThread([store] {
            QSqlQuery q(store->readDatabase());
            if (!q.exec(u"SELECT e.global_position, o.event_position FROM events e "
                        "JOIN outbox o ON lower(hex(o.message_id)) = "
                        "replace(json_extract(CAST(e.metadata AS TEXT), '$.causationId'), "
                        "'-', '') ORDER BY e.global_position LIMIT 1"_s) ||
                !q.next())
                return std::pair<qint64, qint64>{0, 0};
            return std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()};
        });
        QVERIFY(replyPosition > 0 && senderPosition > 0);

        auto hasLink = [](QAbstractItemModel *m, ThreadLink::Relation relation, qint64 position) {
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, 0).data(EventDetailThreadModel::RelationRole).toInt() ==
                        int(relation) &&
                    m->index(r, 0).data(EventDetailThreadModel::PositionRole).toLongLong() ==
                        position)
                    return true;
            return false;
        };
        auto reply = showPanel(replyPosition);
        QVERIFY(
            hasLink(modelOf(*reply, "threadView"), ThreadLink::Relation::CausedBy, senderPosition));
        auto sender = showPanel(senderPosition);
        auto *senderThread = modelOf(*sender, "threadView");
        QTRY_VERIFY_WITH_TIMEOUT(hasLink(senderThread, ThreadLink::Relation::Caused, replyPosition),
                                 Timeout);
    }

    void systemAsOfHereShowsTheRequestsThen()
    {
        // A position in the middle: some requests were submitted after it.
        const auto isRequest = [](const QString &s) {
            return !s.startsWith(u'$') && domain::RequestAggregate::forWorkflow(
                                              domain::RequestAggregate::workflowOfStream(s))
                                              .has_value();
        };
        QList<const RecordedEvent *> submissions;
        for (const RecordedEvent &e : std::as_const(m_events))
            if (e.streamVersion == 0 && isRequest(e.streamId))
                submissions.append(&e);
        QVERIFY(submissions.size() > 2);
        const RecordedEvent *at = submissions.at(submissions.size() / 2);
        const RecordedEvent *later = submissions.at(submissions.size() / 2 + 1);
        auto panel = showPanel(at->globalPosition);
        auto *requests = modelOf(*panel, "requestsView");
        QSet<QString> shown;
        for (int r = 0; r < requests->rowCount(); ++r)
            shown.insert(
                requests->index(r, 0).data(EventDetailRequestsModel::StreamRole).toString());
        QCOMPARE(shown.size(), int(submissions.size() / 2 + 1));
        QVERIFY(shown.contains(at->streamId));
        QVERIFY(!shown.contains(later->streamId));
        // Every status is given as its word for the pill.
        for (int r = 0; r < requests->rowCount(); ++r)
            QVERIFY(!requests->index(r, EventDetailRequestsModel::StatusColumn)
                         .data(StatusPillDelegate::StatusWordRole)
                         .toString()
                         .isEmpty());
    }

    void newerSelectionSupersedesOlder()
    {
        auto panel = std::make_unique<EventDetailPanel>();
        panel->setSession(m_demo->session.get());
        QSignalSpy loaded(panel.get(), &EventDetailPanel::loaded);
        panel->showEventAt(m_events.at(1).globalPosition);
        panel->showEventAt(m_events.at(2).globalPosition);
        const qint64 newer = m_events.at(2).globalPosition;
        QTRY_VERIFY_WITH_TIMEOUT(
            !loaded.isEmpty() && loaded.constLast().constFirst().toLongLong() == newer, Timeout);
        QTest::qWait(200);
        // The older selection's content, had it arrived late, never replaces the newer one
        // (it may only have come first, when it was read before the second call).
        QCOMPARE(loaded.constLast().constFirst().toLongLong(), newer);
        QCOMPARE(panel->shownPosition(), newer);
        QCOMPARE(panel->findChild<QLabel *>(u"positionValue"_s)->text(), QString::number(newer));
    }
};

QTEST_MAIN(TestEventDetail)
#include "tst_eventdetail.moc"
