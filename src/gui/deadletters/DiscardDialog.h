// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace eventdesk::gui {

// Asks why a dead letter is discarded. The reason is required (core refuses a discard
// without one), so Discard stays disabled until there is some text.
class DiscardDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DiscardDialog(const QString &what, QWidget *parent = nullptr);
    QString reason() const;
    bool canAccept() const;
    void setReason(const QString &reason);

private:
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace eventdesk::gui
