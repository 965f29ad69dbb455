#include "ui/main_window.h"

#include "ui/article_view.h"
#include "ui/document_session.h"
#include "ui/quote_list_model.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>

namespace qlui {

MainWindow::MainWindow(DocumentSession& session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    m_article = new ArticleView(m_session, this);
    setCentralWidget(m_article);
    connect(m_article, &ArticleView::quoteClicked, this, &MainWindow::quoteClicked);
    createQuotePanel();
    createMenus();
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    statusBar()->addPermanentWidget(m_counts);
    connect(&m_session, &DocumentSession::documentChanged, this, &MainWindow::documentChanged);
    documentChanged();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
}

void MainWindow::createQuotePanel()
{
    m_quotes = new QuoteListModel(m_session, this);
    m_quoteTable = new QTableView;
    m_quoteTable->setObjectName(QStringLiteral("quoteTable"));
    m_quoteTable->setModel(m_quotes);
    m_quoteTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_quoteTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_quoteTable->setShowGrid(false);
    m_quoteTable->setWordWrap(true);
    m_quoteTable->setAlternatingRowColors(true);
    m_quoteTable->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Wrapped quotes need air between rows to be told apart.
    m_quoteTable->setStyleSheet(
        QStringLiteral("QTableView::item { padding: 4px 6px; border-bottom: 1px solid palette(midlight); }"));
    m_quoteTable->verticalHeader()->hide();
    m_quoteTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = m_quoteTable->horizontalHeader();
    header->setSectionResizeMode(QuoteListModel::SpeakerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuoteListModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuoteListModel::TextColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_quoteTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && !m_followingArticle)
                    m_article->showQuote(m_quotes->quoteId(current.row()));
            });

    auto* dock = new QDockWidget(tr("Quotes"), this);
    dock->setObjectName(QStringLiteral("quoteDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    dock->setWidget(m_quoteTable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {520}, Qt::Horizontal);
}

bool MainWindow::openFile(const QString& path)
{
    const OpenResult result = m_session.open(path);
    if (!result.ok()) {
        showError(path, result.error);
        return false;
    }
    if (!result.warnings.isEmpty())
        statusBar()->showMessage(result.warnings.join(QStringLiteral("; ")));
    return true;
}

void MainWindow::chooseFile()
{
    const QString dir = m_session.path().isEmpty() ? QString() : QFileInfo(m_session.path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Article"), dir,
                                                      tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showError(const QString& path, const QString& reason)
{
    // Window-modal and not blocking: the caller (and a test) carries on while it is shown.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open article"),
                                tr("Quotelens cannot open “%1”.").arg(QFileInfo(path).fileName()), QMessageBox::Ok,
                                this);
    QString sentence = reason;  // core says why as a phrase: make it a sentence
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    if (!sentence.endsWith(QLatin1Char('.')))
        sentence += QLatin1Char('.');
    box->setInformativeText(sentence);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::documentChanged()
{
    const ql::Document& document = m_session.document();
    const QString title = QString::fromStdString(document.meta.title);
    setWindowTitle(title.isEmpty() ? QStringLiteral("Quotelens") : title + QStringLiteral(" — Quotelens"));
    const auto& quotes = document.annotations.quotes;
    const auto unattributed = std::count_if(quotes.begin(), quotes.end(), [&](const ql::Quote& q) {
        return !document.annotations.speaker(q.speaker);
    });
    const auto counted = [](std::size_t n, const QString& one, const QString& many) {
        return n == 1 ? one : many.arg(n);
    };
    // Counts only mean something for an open article.
    m_counts->setVisible(!document.text.empty());
    m_counts->setText(counted(quotes.size(), tr("1 quote"), tr("%1 quotes")) + QStringLiteral(" · ") +
                      counted(document.annotations.speakers.size(), tr("1 speaker"), tr("%1 speakers")) +
                      QStringLiteral(" · ") + tr("%1 unattributed").arg(unattributed));
    statusBar()->clearMessage();
}

void MainWindow::quoteClicked(ql::QuoteId id)
{
    const int row = m_quotes->row(id);
    if (row < 0)
        return;
    m_followingArticle = true;
    m_quoteTable->selectRow(row);
    m_quoteTable->scrollTo(m_quotes->index(row, 0));
    m_followingArticle = false;
}

}  // namespace qlui
