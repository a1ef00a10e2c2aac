// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadletters/DiscardDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace eventdesk::gui {

DiscardDialog::DiscardDialog(const QString &what, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Discard dead letter"));
    auto *layout = new QVBoxLayout(this);
    auto *label =
        new QLabel(tr("Discard %1? It will not be sent again. Why (required):").arg(what), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_reason = new QPlainTextEdit(this);
    m_reason->setAccessibleName(tr("Reason for discarding"));
    m_reason->setTabChangesFocus(true);
    label->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Discard"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept()); });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

QString DiscardDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool DiscardDialog::canAccept() const
{
    return !reason().isEmpty();
}

void DiscardDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

} // namespace eventdesk::gui
