// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreparedEventDetail.h"

#include <QJsonDocument>

namespace eventdesk::gui {

namespace {

QString prettyJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

PreparedEventDetail prepareEventDetail(EventDetail detail)
{
    PreparedEventDetail out;
    out.changes = diffJson(detail.stateBefore, detail.stateAfter);
    out.stateTree = buildJsonTree(detail.stateAfter, changedPaths(out.changes));
    out.expandedBranches = branchesToExpand(*out.stateTree, StateTreeOpenRows);
    out.payloadText = prettyJson(detail.event.payloadObject());
    out.metadataText = prettyJson(detail.event.metadataObject());
    out.detail = std::move(detail);
    return out;
}

} // namespace eventdesk::gui
