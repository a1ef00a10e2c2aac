// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "app/AppIdentity.h"
#include "common/Theme.h"
#include "frame/Language.h"

#include <QDir>
#include <QFileDialog>
#include <QSettings>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;

QString SettingsDialog::themeKey()
{
    return u"appearance/theme"_s;
}

QString SettingsDialog::languageKey()
{
    return u"appearance/language"_s;
}

QString SettingsDialog::storeKey()
{
    return u"store/path"_s;
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    const QSettings settings;
    m_ui->themeBox->addItem(tr("Follow the system"), themeName(Theme::System));
    m_ui->themeBox->addItem(tr("Light"), themeName(Theme::Light));
    m_ui->themeBox->addItem(tr("Dark"), themeName(Theme::Dark));
    m_ui->themeBox->setCurrentIndex(
        qMax(0, m_ui->themeBox->findData(settings.value(themeKey(), u"system"_s).toString())));

    // Each language in its own name, so a user who cannot read the current one finds theirs.
    m_ui->languageBox->addItem(tr("The system's language"), QString());
    m_ui->languageBox->addItem(u"English"_s, u"en"_s);
    m_ui->languageBox->addItem(u"Deutsch"_s, u"de"_s);
    m_ui->languageBox->addItem(u"Français"_s, u"fr"_s);
    m_ui->languageBox->setCurrentIndex(
        qMax(0, m_ui->languageBox->findData(settings.value(languageKey()).toString())));

    m_ui->storeEdit->setText(
        QDir::toNativeSeparators(settings.value(storeKey(), defaultStorePath()).toString()));
    m_ui->storeEdit->setPlaceholderText(QDir::toNativeSeparators(defaultStorePath()));
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose a store"), m_ui->storeEdit->text(),
                                         tr("EventDesk stores (*.eventdesk);;All files (*)"));
        if (!file.isEmpty())
            m_ui->storeEdit->setText(QDir::toNativeSeparators(file));
    });
    m_ui->note->setText(tr("The language and the appearance change at once; the store is opened "
                           "the next time EventDesk starts."));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    QSettings settings;
    const QString theme = m_ui->themeBox->currentData().toString();
    settings.setValue(themeKey(), theme);
    const QString language = m_ui->languageBox->currentData().toString();
    settings.setValue(languageKey(), language);
    const QString store = QDir::fromNativeSeparators(m_ui->storeEdit->text().trimmed());
    if (store.isEmpty() || store == defaultStorePath())
        settings.remove(storeKey());
    else
        settings.setValue(storeKey(), store);
    applyTheme(themeFromName(theme));
    // Every window hears of the switch (LanguageChange) and shows itself in the language.
    if (const QString code = resolveLanguage(language); code != currentLanguage())
        applyLanguage(code);
    QDialog::accept();
}

} // namespace eventdesk::gui
