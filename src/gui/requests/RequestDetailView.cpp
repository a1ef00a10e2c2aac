// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/RequestDetailView.h"

#include "common/Format.h"
#include "common/StatusStyle.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace eventdesk::gui {

RequestDetailView::RequestDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Request detail"));
}

void RequestDetailView::showMessage(const QString &message)
{
    m_streamId.clear();
    setHtml(u"<p style='color:gray'>%1</p>"_s.arg(message.toHtmlEscaped()));
}

void RequestDetailView::showDetail(const RequestDetail &detail, qint64 nowMs)
{
    const projections::RequestRow &row = detail.row;
    m_streamId = row.streamId;
    const StatusLook look = statusLook(row.status, paletteIsDark());
    const QString workflowTitle = detail.definition ? detail.definition->title : row.workflow;

    QString html;
    html += u"<h3>%1</h3>"_s.arg(row.title.toHtmlEscaped());
    html += u"<p>%1 · %2 · <span style='color:%3'><b>%4</b></span></p>"_s.arg(
        workflowTitle.toHtmlEscaped(), formatMoney(row.amount).toHtmlEscaped(), look.color.name(),
        look.text.toHtmlEscaped());
    html += u"<table cellspacing='4'>"_s;
    const auto line = [&html](const QString &label, const QString &value) {
        html += u"<tr><td style='color:gray'>%1</td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                            value.toHtmlEscaped());
    };
    line(tr("Requester"), row.requester);
    line(tr("Submitted"),
         u"%1 (%2)"_s.arg(relativeTime(row.submittedAt, nowMs), exactTime(row.submittedAt)));
    if (row.dueAt)
        line(tr("Due"), u"%1 (%2)"_s.arg(relativeTime(*row.dueAt, nowMs), exactTime(*row.dueAt)));
    if (!row.approvers.isEmpty())
        line(tr("Approved by"), row.approvers.join(u", "_s));
    for (auto it = detail.fields.begin(); it != detail.fields.end(); ++it)
        line(it.key(), it.value().toVariant().toString());
    line(tr("Stream"), row.streamId);
    html += u"</table>"_s;

    if (detail.definition) {
        html += u"<h4>%1</h4><p>%2</p>"_s.arg(
            tr("Path"), pathText(requestPath(*detail.definition, row)).toHtmlEscaped());
    }

    html += u"<h4>%1</h4><table cellspacing='4'>"_s.arg(tr("History"));
    for (const HistoryEntry &entry : detail.history) {
        QString what = entry.type;
        if (!entry.actor.isEmpty())
            what = tr("%1 by %2").arg(entry.type, entry.actor);
        html += u"<tr><td style='color:gray' title='%1'>%2</td><td>%3%4</td></tr>"_s.arg(
            exactTime(entry.at).toHtmlEscaped(), relativeTime(entry.at, nowMs).toHtmlEscaped(),
            what.toHtmlEscaped(),
            entry.note.isEmpty() ? QString()
                                 : u"<br/><i>“%1”</i>"_s.arg(entry.note.toHtmlEscaped()));
    }
    html += u"</table>"_s;
    setHtml(html);
}

} // namespace eventdesk::gui
