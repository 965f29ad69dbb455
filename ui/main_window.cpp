#include "ui/main_window.h"

#include "ui/analysis_status.h"
#include "ui/article_opener.h"
#include "ui/article_pane.h"
#include "ui/article_reading.h"
#include "ui/article_view.h"
#include "ui/corrections.h"
#include "ui/document_session.h"
#include "ui/export_dialog.h"
#include "ui/find_bar.h"
#include "ui/labels.h"
#include "ui/preferences.h"
#include "ui/quote_panel.h"
#include "ui/reader_actions.h"
#include "ui/recent_files.h"
#include "ui/speaker_panel.h"
#include "ui/work_saver.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>

namespace qlui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kZoomKey = QStringLiteral("view/zoom");
}  // namespace

MainWindow::MainWindow(DocumentSession& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_recent(new RecentFiles(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_article = new ArticlePane(m_session, this);
    setCentralWidget(m_article);
    createDocks();
    m_actions = new ReaderActions(*this);
    QList<QAction*> panels;
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        panels << dock->toggleViewAction();
    m_actions->buildMenus(panels);
    m_opener = new ArticleOpener(*this, m_session, *m_actions->encodingMenu());
    m_work = new WorkSaver(m_session, *this);
    m_opener->setReplaceCheck([this] { return m_work->maybeSave(); });
    connect(m_opener, &ArticleOpener::pageOpened, m_work, &WorkSaver::textShown);
    connectActions();
    m_corrections = new Corrections(*this);

    m_busy = new AnalysisStatus(this);
    statusBar()->addPermanentWidget(m_busy);
    connect(m_busy, &AnalysisStatus::stopRequested, &m_session, &DocumentSession::cancelAnalysis);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    statusBar()->addPermanentWidget(m_counts);

    connect(&m_session, &DocumentSession::documentChanged, this, &MainWindow::documentChanged);
    connect(&m_session, &DocumentSession::annotationsChanged, this, &MainWindow::documentChanged);
    connect(&m_session, &DocumentSession::analysisStarted, this, &MainWindow::updateBusy);
    connect(&m_session, &DocumentSession::analysisFinished, this, [this](bool cancelled, const QString& error) {
        updateBusy();
        if (cancelled)
            statusBar()->showMessage(m_session.document().annotations.quotes.empty()
                                         ? tr("Stopped: the text is shown without quotes.")
                                         : tr("Stopped: the quotes are as they were."));
        else if (!error.isEmpty())
            statusBar()->showMessage(tr("Quotes could not be found: %1").arg(error));
    });
    connect(&m_session, &DocumentSession::quotesFoundAgain, this, [this](std::size_t kept, std::size_t added, bool changed) {
        statusBar()->showMessage(changed ? tr("Quotes found again: %1 kept as you left them, %2 from the engine.")
                                               .arg(kept)
                                               .arg(added)
                                         : tr("Quotes found again: nothing changed."));
    });
    connect(&m_session, &DocumentSession::historyChanged, this, &MainWindow::historyChanged);
    connect(&m_session, &DocumentSession::loadingWorkChanged, this, &MainWindow::updateBusy);
    connect(&m_session, &DocumentSession::workLoaded, this, [this](const SavedWork& saved) {
        if (const QStringList notes = m_work->articleOpened(saved); !notes.isEmpty())
            statusBar()->showMessage(notes.join(QStringLiteral("; ")));
    });
    connect(articleView(), &ArticleView::renderingChanged, this, &MainWindow::updateBusy);
    documentChanged();
    restoreLayout();
    applyPreferences();
}

ArticleView* MainWindow::articleView() const { return m_article->view(); }

void MainWindow::createDocks()
{
    m_quotes = new QuotePanel(m_session);
    m_speakers = new SpeakerPanel(m_session);
    const auto dock = [this](const QString& title, const QString& name, QWidget* panel, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                       QDockWidget::DockWidgetClosable);
        d->setWidget(panel);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget* quotes = dock(tr("Quotes"), QStringLiteral("quoteDock"), m_quotes, Qt::RightDockWidgetArea);
    QDockWidget* speakers = dock(tr("Speakers"), QStringLiteral("speakerDock"), m_speakers, Qt::RightDockWidgetArea);
    resizeDocks({quotes}, {640}, Qt::Horizontal);
    resizeDocks({quotes, speakers}, {1, 1}, Qt::Vertical);
    quotes->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+2")));
    speakers->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+3")));

    ArticleView* view = articleView();
    // Selection follows in both directions; each side ignores what it set itself.
    connect(m_quotes, &QuotePanel::quoteActivated, view, &ArticleView::showQuote);
    connect(view, &ArticleView::quoteClicked, m_quotes, &QuotePanel::selectQuote);
    connect(view, &ArticleView::cursorQuoteChanged, m_quotes, [this](ql::QuoteId id) {
        if (id)
            m_quotes->selectQuote(id);
    });
    connect(view, &ArticleView::mentionClicked, m_speakers, &SpeakerPanel::selectSpeaker);
    connect(m_speakers, &SpeakerPanel::speakerSelected, this, [this](ql::SpeakerId id) {
        if (m_syncingSpeaker)
            return;
        m_quotes->setSpeakerFilter(id ? std::optional(id) : std::nullopt);
        articleView()->setOnlySpeaker(id);
    });
    connect(m_quotes, &QuotePanel::speakerFilterChanged, this, [this](std::optional<ql::SpeakerId> speaker) {
        // "Unattributed" selects no speaker: that must not reset the filter to everyone.
        const ql::SpeakerId id = speaker.value_or(ql::SpeakerId{});
        m_syncingSpeaker = true;
        m_speakers->selectSpeaker(id);
        m_syncingSpeaker = false;
        articleView()->setOnlySpeaker(id);
    });
    setTabOrder(m_article, m_quotes);
    setTabOrder(m_quotes, m_speakers);
}

void MainWindow::connectActions()
{
    ReaderActions& a = *m_actions;
    ArticleView* view = articleView();
    connect(a.open, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(a.newFromClipboard, &QAction::triggered, this, &MainWindow::newFromClipboard);
    connect(a.exportArticle, &QAction::triggered, this, [this] { exportFromWindow(*this, m_session); });
    connect(a.save, &QAction::triggered, m_work, &WorkSaver::save);
    connect(a.saveAs, &QAction::triggered, m_work, &WorkSaver::saveAs);
    connect(a.findQuotesAgain, &QAction::triggered, &m_session, &DocumentSession::findQuotesAgain);
    connect(a.stopAnalysis, &QAction::triggered, &m_session, &DocumentSession::cancelAnalysis);
    connect(a.openUrl, &QAction::triggered, m_opener, &ArticleOpener::askForUrl);
    connect(a.stopAnalysis, &QAction::triggered, m_opener, &ArticleOpener::cancel);
    connect(m_opener, &ArticleOpener::loadingChanged, this, &MainWindow::updateBusy);
    connect(m_opener, &ArticleOpener::failed, this, &MainWindow::showError);
    connect(m_opener, &ArticleOpener::reopenFile, this, [this](const QString& path, const QString& encoding) {
        openFile(path, encoding);
    });
    // Every window is asked, each may keep its unsaved work.
    connect(a.quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(a.find, &QAction::triggered, m_article->findBar(), &FindBar::start);
    connect(a.findNext, &QAction::triggered, this, [this] { m_article->findBar()->find(+1); });
    connect(a.findPrevious, &QAction::triggered, this, [this] { m_article->findBar()->find(-1); });
    connect(a.preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(a.zoomIn, &QAction::triggered, view, [view] { view->setZoom(view->zoom() + 1); });
    connect(a.zoomOut, &QAction::triggered, view, [view] { view->setZoom(view->zoom() - 1); });
    connect(a.zoomReset, &QAction::triggered, view, [view] { view->setZoom(0); });
    connect(a.nextQuote, &QAction::triggered, m_quotes, [this] { m_quotes->step(+1); });
    connect(a.previousQuote, &QAction::triggered, m_quotes, [this] { m_quotes->step(-1); });
    connect(a.focusArticle, &QAction::triggered, view, [view] { view->setFocus(Qt::ShortcutFocusReason); });
    const auto focusDock = [](QWidget* panel, QWidget* target) {
        panel->parentWidget()->show();
        target->setFocus(Qt::ShortcutFocusReason);
    };
    connect(a.focusQuotes, &QAction::triggered, this, [=, this] { focusDock(m_quotes, m_quotes->table()); });
    connect(a.focusSpeakers, &QAction::triggered, this, [=, this] { focusDock(m_speakers, m_speakers->table()); });
    connect(a.filterQuotes, &QAction::triggered, this, [=, this] { focusDock(m_quotes, m_quotes->filterEdit()); });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.recentMenu(), &QMenu::aboutToShow, this, [this] { m_recent->fillMenu(*m_actions->recentMenu()); });
    m_recent->fillMenu(*a.recentMenu());  // so that its entries are reachable before it is shown
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString& path) {
        if (!openFile(path) && !QFileInfo::exists(path))
            m_recent->remove(path);  // gone: no use offering it again
    });
}

MainWindow* MainWindow::windowWith(const QString& path)
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        // A window closed (or never shown) has nothing to bring forward.
        if (auto* window = qobject_cast<MainWindow*>(widget); window && window->isVisible() && window->m_work->isWorkOn(path))
            return window;
    }
    return nullptr;
}

void MainWindow::bringForward(const QString& why)
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    statusBar()->showMessage(why);
}

bool MainWindow::openFile(const QString& path, const QString& encoding)
{
    // One window per article: two would autosave over each other's work.
    if (MainWindow* other = windowWith(path); other && other != this) {
        other->bringForward(tr("“%1” is open in this window.").arg(QFileInfo(path).fileName()));
        return true;
    }
    if (!m_work->maybeSave())
        return false;
    if (WorkSaver::isWorkFile(path)) {  // saved work on its own, as Save As writes it
        QStringList notes;
        if (const QString error = m_work->openWorkFile(path, notes); !error.isEmpty()) {
            showError(QFileInfo(path).fileName(), error);
            return false;
        }
        m_recent->add(path);
        statusBar()->showMessage(notes.join(QStringLiteral("; ")));
        return true;
    }
    const OpenResult result = m_session.open(path, encoding);
    if (!result.ok()) {
        showError(QFileInfo(path).fileName(), result.error);
        return false;
    }
    m_recent->add(path);
    if (result.workPending) {  // workLoaded() follows
        m_work->release();  // the article before is done with
        statusBar()->showMessage((result.warnings + QStringList{tr("Reading the saved work…")}).join(QStringLiteral("; ")));
        return true;
    }
    const QStringList notes = result.warnings + m_work->articleOpened(result.saved);
    if (!notes.isEmpty())
        statusBar()->showMessage(notes.join(QStringLiteral("; ")));
    return true;
}

bool MainWindow::newFromClipboard()
{
    const QMimeData* data = QApplication::clipboard()->mimeData();
    if (data && data->hasHtml()) {  // the whole fragment: it is what was copied, not a page to extract from
        ReadArticle article = readClipboardHtml(data->html());
        if (article.ok()) {
            if (article.document.meta.title.empty())
                article.document.meta.title = titleFromText(fromUtf8(article.document.text)).toStdString();
            if (!m_work->maybeSave())
                return false;
            m_session.setArticle(std::move(article.document));
            m_work->textShown();
            return true;
        }
    }
    QString text = data && data->hasText() ? data->text() : QString();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    if (text.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no text to read."));
        return false;
    }
    if (!m_work->maybeSave())
        return false;
    m_session.setText(text.toStdString(), titleFromText(text));
    m_work->textShown();
    return true;
}

void MainWindow::chooseFile()
{
    const QString dir = m_session.path().isEmpty() ? m_recent->lastFolder() : QFileInfo(m_session.path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Article"), dir,
                                                      tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;"
                                                         "Saved work (*.quotelens.json);;"
                                                         "Exported documents (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(Preferences::load(), articleView()->readingSize(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        dialog->preferences().save();
        applyPreferences();
    });
    dialog->open();
}

void MainWindow::applyPreferences()
{
    const Preferences preferences = Preferences::load();
    applyTheme(preferences.theme);
    if (preferences.fontSize > 0)
        articleView()->setReadingSize(preferences.fontSize);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Quotelens"),
                       tr("<h3>Quotelens %1</h3><p>A reader for news articles that shows who said what: every "
                          "quotation, its speaker and how sure the engine is.</p>")
                           .arg(QStringLiteral(QUOTELENS_VERSION)));
}

void MainWindow::showError(const QString& name, const QString& reason)
{
    // Window-modal and not blocking: the caller (and a test) carries on while it is shown.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open article"),
                                tr("Quotelens cannot open “%1”.").arg(name), QMessageBox::Ok,
                                this);
    box->setInformativeText(sentence(reason));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::documentChanged()
{
    const ql::Document& document = m_session.document();
    const QString title = QString::fromStdString(document.meta.title);
    // [*] shows where the platform marks unsaved changes.
    setWindowTitle(title.isEmpty() ? QStringLiteral("Quotelens[*]") : title + QStringLiteral("[*] — Quotelens"));
    historyChanged();
    const auto& quotes = document.annotations.quotes;
    const auto unattributed = std::count_if(quotes.begin(), quotes.end(), [&](const ql::Quote& q) {
        return !document.annotations.speaker(q.speaker);
    });
    const auto counted = [](std::size_t n, const QString& one, const QString& many) {
        return n == 1 ? one : many.arg(n);
    };
    // Counts only mean something for an article whose quotes have been looked for.
    m_counts->setVisible(!document.text.empty() && !m_session.analysing());
    m_counts->setText(counted(quotes.size(), tr("1 quote"), tr("%1 quotes")) + QStringLiteral(" · ") +
                      counted(document.annotations.speakers.size(), tr("1 speaker"), tr("%1 speakers")) +
                      QStringLiteral(" · ") + tr("%1 unattributed").arg(unattributed));
    statusBar()->clearMessage();
    updateBusy();
}

void MainWindow::historyChanged()
{
    setWindowModified(m_session.isModified());
}

void MainWindow::updateBusy()
{
    const bool finding = m_session.analysing();
    const bool analysing = finding || m_session.loadingWork();  // the annotations are not there yet
    const bool hasText = !m_session.document().text.empty();
    m_actions->stopAnalysis->setEnabled(finding || m_opener->loading());
    // Exported before its quotes are found, an article would go out without them.
    m_actions->exportArticle->setEnabled(hasText && !analysing);
    m_actions->findQuotesAgain->setEnabled(hasText && !analysing);
    m_actions->save->setEnabled(hasText && !analysing);
    m_actions->saveAs->setEnabled(hasText && !analysing);
    if (m_session.loadingWork())
        m_busy->setBusy(tr("Reading the saved work…"), false);  // stopped, Save would lose the work
    else if (finding)
        m_busy->setBusy(tr("Finding quotes…"), true);
    else if (articleView()->rendering())
        m_busy->setBusy(tr("Highlighting…"), false);
    else
        m_busy->setBusy({}, false);
    m_counts->setVisible(!m_session.document().text.empty() && !analysing);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kZoomKey, articleView()->zoom());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {  // first run: most of the screen
            const QRect available = screen->availableGeometry();
            resize(std::min(1320, available.width() * 9 / 10), std::min(860, available.height() * 9 / 10));
        }
    }
    restoreState(settings.value(kStateKey).toByteArray());
    articleView()->setZoom(settings.value(kZoomKey, 0).toInt());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_work->maybeSave()) {
        event->ignore();
        return;
    }
    m_work->release();
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* data = event->mimeData();
    const QList<QUrl> urls = data->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl& u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    bool first = true;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        if (first)
            openFile(url.toLocalFile());
        else
            emit openElsewhere(url.toLocalFile());
        first = false;
    }
    event->acceptProposedAction();
}

}  // namespace qlui
