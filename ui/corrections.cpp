#include "ui/corrections.h"

#include "edit/checks.h"
#include "ui/article_view.h"
#include "ui/correction_actions.h"
#include "ui/correction_context.h"
#include "ui/document_session.h"
#include "ui/edit_stack.h"
#include "ui/issues_panel.h"
#include "ui/main_window.h"
#include "ui/quote_corrections.h"
#include "ui/quote_panel.h"
#include "ui/reader_actions.h"
#include "ui/speaker_corrections.h"
#include "ui/speaker_list_model.h"
#include "ui/speaker_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoView>

namespace qlui {

Corrections::Corrections(MainWindow& window)
    : QObject(&window), m_window(window), m_edits(new EditStack(window.session(), this)),
      m_actions(new CorrectionActions(window, *m_edits))
{
    m_context = std::make_unique<CorrectionContext>(window, *m_edits, *window.quotePanel(), *window.speakerPanel(),
                                                    *window.articleView());
    m_quotes = new QuoteCorrections(*m_context, *m_actions, this);
    m_speakers = new SpeakerCorrections(*m_context, *m_actions, this);
    ReaderActions& reader = window.actions();
    m_actions->buildMenus(*reader.editMenu(), reader.viewMenu()->menuAction());
    createDocks();
    createCandidateBar();
    connectPanels();

    m_progress = new QLabel(&window);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setToolTip(tr("Quotes a person has verified (N: next quote to check)"));
    window.statusBar()->addPermanentWidget(m_progress);

    const DocumentSession& session = window.session();
    connect(&session, &DocumentSession::documentChanged, this, &Corrections::update);
    connect(&session, &DocumentSession::annotationsChanged, this, &Corrections::update);
    connect(&session, &DocumentSession::analysisFinished, this, &Corrections::update);
    update();
}

Corrections::~Corrections() = default;

void Corrections::createDocks()
{
    m_issues = new IssuesPanel(m_window.session());
    auto* issues = new QDockWidget(tr("Issues"), &m_window);
    issues->setObjectName(QStringLiteral("issuesDock"));
    issues->setWidget(m_issues);
    m_window.addDockWidget(Qt::RightDockWidgetArea, issues);
    if (auto* speakers = qobject_cast<QDockWidget*>(m_window.speakerPanel()->parentWidget()))
        m_window.tabifyDockWidget(speakers, issues);
    if (auto* speakers = qobject_cast<QDockWidget*>(m_window.speakerPanel()->parentWidget()))
        speakers->raise();
    connect(m_issues, &IssuesPanel::countChanged, issues, [issues](int count) {
        issues->setWindowTitle(count == 0 ? tr("Issues") : tr("Issues (%1)").arg(count));
    });

    m_history = new QUndoView(m_edits->stack());
    m_history->setObjectName(QStringLiteral("historyView"));
    m_history->setEmptyLabel(tr("As found by the engine"));
    auto* history = new QDockWidget(tr("History"), &m_window);
    history->setObjectName(QStringLiteral("historyDock"));
    history->setWidget(m_history);
    m_window.addDockWidget(Qt::RightDockWidgetArea, history);
    history->hide();  // on demand (View › History)

    for (QDockWidget* dock : {issues, history})
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
    issues->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+4")));
    history->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+5")));
    QMenu* view = m_window.actions().viewMenu();
    // Beside the other panels' toggles, before the toolbar's.
    QAction* toolbar = m_window.actions().toolBar()->toggleViewAction();
    view->insertAction(toolbar, issues->toggleViewAction());
    view->insertAction(toolbar, history->toggleViewAction());
}

void Corrections::createCandidateBar()
{
    auto* bar = new QToolBar(tr("Reassign"));
    bar->setObjectName(QStringLiteral("candidateBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(10, 10));
    auto* label = new QLabel(tr("Reassign:"));
    label->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(label);
    bar->addActions(m_actions->reassignTo);
    bar->addAction(m_actions->reassign);
    m_window.quotePanel()->setFooter(bar);
}

void Corrections::connectPanels()
{
    QuotePanel* quotes = m_window.quotePanel();
    SpeakerPanel* speakers = m_window.speakerPanel();
    connect(quotes, &QuotePanel::currentQuoteChanged, this, &Corrections::update);
    connect(speakers, &SpeakerPanel::speakerSelected, this, &Corrections::update);
    connect(quotes, &QuotePanel::reassignRequested, m_quotes, &QuoteCorrections::reassign);
    connect(speakers->speakers(), &SpeakerListModel::quoteDropped, m_quotes, &QuoteCorrections::reassign);
    connect(m_issues, &IssuesPanel::quoteChosen, this, [this](ql::QuoteId id) { m_context->goToQuote(id); });
    connect(m_issues, &IssuesPanel::speakerChosen, speakers, &SpeakerPanel::selectSpeaker);

    m_window.articleView()->setContextMenuFiller([this](QMenu& menu, int position) { fillArticleMenu(menu, position); });
    QTableView* quoteTable = quotes->table();
    quoteTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(quoteTable, &QWidget::customContextMenuRequested, this, [this, quoteTable](const QPoint& pos) {
        const QModelIndex index = quoteTable->indexAt(pos);
        if (!index.isValid())
            return;
        quoteTable->setCurrentIndex(index);
        QMenu menu;
        fillQuoteMenu(menu);
        menu.exec(quoteTable->viewport()->mapToGlobal(pos));
    });
    QTableView* speakerTable = speakers->table();
    speakerTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(speakerTable, &QWidget::customContextMenuRequested, this, [this, speakers, speakerTable](const QPoint& pos) {
        const QModelIndex index = speakerTable->indexAt(pos);
        if (!index.isValid())
            return;
        speakerTable->selectRow(index.row());
        QMenu menu;
        fillSpeakerMenu(menu, speakers->currentSpeaker());
        menu.exec(speakerTable->viewport()->mapToGlobal(pos));
    });
}

void Corrections::fillArticleMenu(QMenu& menu, int position)
{
    ArticleView* view = m_window.articleView();
    // The quote under the pointer is the one the menu is about, unless the reader is
    // working with a selection (naming a new speaker for the current quote, say).
    if (const ql::QuoteId at = view->quoteAt(position); at && !m_context->selection())
        m_window.quotePanel()->selectQuote(at);
    if (const std::optional<ql::Span> mention = m_speakers->pointedMention(position)) {
        m_speakers->addMentionMenu(menu, *mention);
        menu.addSeparator();
    }
    fillQuoteMenu(menu);
}

void Corrections::fillQuoteMenu(QMenu& menu)
{
    CorrectionActions& a = *m_actions;
    const bool selection = m_context->selection().has_value();
    if (const ql::Quote* quote = m_context->quote()) {
        m_quotes->addReassignMenu(menu);
        if (selection)
            menu.addAction(a.newSpeaker);
        menu.addSeparator();
        menu.addAction(a.toggleVerified);
        menu.addAction(a.deleteQuote);
        if (selection) {
            menu.addSeparator();
            menu.addActions({a.setSpan, a.setMention, a.setCue});
        }
        if (m_context->annotations().speaker(quote->speaker)) {
            menu.addSeparator();
            QMenu* speaker = menu.addMenu(tr("Spea&ker"));
            fillSpeakerMenu(*speaker, quote->speaker);
        }
    }
    if (selection) {
        menu.addSeparator();
        menu.addAction(a.addQuote);
    }
}

void Corrections::fillSpeakerMenu(QMenu& menu, ql::SpeakerId speaker) { m_speakers->addSpeakerMenu(menu, speaker); }

void Corrections::update()
{
    m_quotes->updateActions();
    m_speakers->updateActions();
    const DocumentSession& session = m_window.session();
    const ql::ReviewProgress progress = ql::reviewProgress(session.document().annotations);
    m_progress->setVisible(progress.total > 0 && !session.analysing());
    m_progress->setText(tr("%1 of %2 verified").arg(progress.verified).arg(progress.total));
}

}  // namespace qlui
