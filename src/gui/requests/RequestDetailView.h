// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/RequestDetail.h"

#include <QTextBrowser>

namespace eventdesk::gui {

// The detail side of the Requests and Approvals pages: the request's header, its fields,
// the path with done / current steps, and its history, as read-only rich text.
class RequestDetailView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit RequestDetailView(QWidget *parent = nullptr);
    void showDetail(const RequestDetail &detail, qint64 nowMs);
    // A plain line in place of a request: nothing selected, or why it could not be read.
    void showMessage(const QString &message);
    const QString &streamId() const { return m_streamId; }

private:
    QString m_streamId;
};

} // namespace eventdesk::gui
