// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/WorkflowsTab.h"

#include "admin/DefinitionsModel.h"
#include "common/Icons.h"
#include "common/StatusStyle.h"
#include "frame/Session.h"
#include "ui_WorkflowsTab.h"
#include "workflow/DefinitionRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>

#include <algorithm>

namespace eventdesk::gui {

using namespace Qt::Literals::StringLiterals;
using workflow::Definition;
using workflow::DefinitionProblem;

namespace {
// What checking a file found, for a person: the definition's name and version, or where
// and what the problem is.
struct FileCheck
{
    bool ok = false;
    QString message;
};

FileCheck checkFile(const QString &path, Result<Definition> *out = nullptr)
{
    DefinitionProblem problem;
    auto definition = Definition::loadFile(path, &problem);
    FileCheck check;
    check.ok = definition.ok();
    if (!definition) {
        // The problem's message() names the file, the JSON path and the problem.
        check.message = problem.problem.isEmpty() ? definition.error().message : problem.message();
    } else {
        check.message =
            QCoreApplication::translate(
                "WorkflowsTab", "%1 is valid: the %2 workflow, version %3, with %n step(s).",
                nullptr, int(definition->steps.size()))
                .arg(QDir::toNativeSeparators(path), definition->name)
                .arg(definition->version);
    }
    if (out)
        *out = std::move(definition);
    return check;
}
} // namespace

WorkflowsTab::WorkflowsTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WorkflowsTab>())
    , m_model(new DefinitionsModel(this))
{
    m_ui->setupUi(this);
    m_ui->definitionsView->setModel(m_model);
    m_ui->definitionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->definitionsView->setColumnWidth(DefinitionsModel::Workflow, 140);
    m_ui->definitionsView->setColumnWidth(DefinitionsModel::Version, 110);
    m_ui->definitionsView->setColumnWidth(DefinitionsModel::Title, 320);
    m_ui->definitionsView->setColumnWidth(DefinitionsModel::Steps, 70);
    m_ui->validateButton->setIcon(themedIcon(u"checklist"_s));
    m_ui->loadButton->setIcon(themedIcon(u"upload"_s));
    connect(m_ui->validateButton, &QPushButton::clicked, this, [this] {
        const QString path = askForFile();
        if (!path.isEmpty())
            validateFile(path);
    });
    connect(m_ui->loadButton, &QPushButton::clicked, this, [this] {
        const QString path = askForFile();
        if (!path.isEmpty())
            loadFile(path);
    });
}

WorkflowsTab::~WorkflowsTab() = default;

void WorkflowsTab::attach(Session *session)
{
    m_session = session;
    if (session->isReadOnly()) { // validating only reads; loading a definition writes
        m_ui->loadButton->setEnabled(false);
        m_ui->loadButton->setToolTip(Session::readOnlyNote());
    }
    connect(session, &Session::eventsCommitted, this, &WorkflowsTab::reload);
    reload();
}

void WorkflowsTab::reload()
{
    if (!m_session)
        return;
    const quint64 request = ++m_request;
    m_session->run(
        this,
        [](SqliteEventStore &store) -> Result<QList<DefinitionsModel::Row>> {
            auto registry = workflow::DefinitionRegistry::load(store);
            if (!registry)
                return registry.error();
            QList<DefinitionsModel::Row> rows;
            for (const Definition &d : registry->all()) {
                const Definition *latest = registry->latest(d.name);
                DefinitionsModel::Row row;
                row.name = d.name;
                row.version = d.version;
                row.title = d.title;
                row.steps = int(d.steps.size());
                row.source = registry->sourceOf(d.name, d.version);
                row.latest = latest && latest->version == d.version;
                rows.append(row);
            }
            std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
                return a.name != b.name ? a.name < b.name : a.version < b.version;
            });
            return rows;
        },
        [this, request](Result<QList<DefinitionsModel::Row>> rows) {
            if (request != m_request)
                return;
            if (rows)
                m_model->setRows(*rows);
            else
                showResult(
                    tr("The workflow definitions could not be read: %1").arg(rows.error().message),
                    true);
            Q_EMIT loaded();
        });
}

QString WorkflowsTab::askForFile()
{
    return QFileDialog::getOpenFileName(this, tr("Workflow definition"), QString(),
                                        tr("Workflow definitions (*.json)"));
}

void WorkflowsTab::validateFile(const QString &path)
{
    if (!m_session)
        return;
    // Reading the file is I/O too: off the GUI thread like everything else.
    m_session->run(
        this, [path](SqliteEventStore &) { return Result<FileCheck>(checkFile(path)); },
        [this](Result<FileCheck> check) {
            showResult(check->message, !check->ok);
            Q_EMIT fileChecked(check->ok, check->message);
        });
}

void WorkflowsTab::loadFile(const QString &path)
{
    if (!m_session)
        return;
    const QString admin = m_session->user().name;
    m_session->run(
        this,
        [path, admin](SqliteEventStore &store) -> Result<FileCheck> {
            Result<Definition> definition;
            FileCheck check = checkFile(path, &definition);
            if (!check.ok)
                return check;
            auto position = workflow::loadDefinition(store, admin, *definition, path);
            if (!position)
                return FileCheck{false, position.error().message};
            return FileCheck{true, QCoreApplication::translate(
                                       "WorkflowsTab",
                                       "Loaded version %1 of the %2 workflow from %3: new "
                                       "requests use it; running ones keep their version.")
                                       .arg(definition->version)
                                       .arg(definition->name, QDir::toNativeSeparators(path))};
        },
        [this](Result<FileCheck> check) {
            showResult(check->message, !check->ok);
            if (check->ok)
                reload();
            Q_EMIT fileChecked(check->ok, check->message);
        });
}

void WorkflowsTab::showResult(const QString &text, bool error)
{
    const StatusTone tone = error ? StatusTone::Failed : StatusTone::Done;
    m_ui->result->setStyleSheet(u"color: %1;"_s.arg(toneColor(tone, paletteIsDark()).name()));
    m_ui->result->setText(text);
    m_ui->result->setVisible(true);
}

QString WorkflowsTab::resultText() const
{
    return m_ui->result->text();
}

} // namespace eventdesk::gui
