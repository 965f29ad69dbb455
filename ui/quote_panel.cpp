#include "ui/quote_panel.h"

#include "ui/document_session.h"
#include "ui/labels.h"
#include "ui/quote_filter_model.h"
#include "ui/quote_list_model.h"
#include "ui/speaker_delegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLayout>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace qlui {

namespace {
// Combo box data for "every speaker" and "unattributed": speaker ids are never this large.
constexpr uint kAllSpeakers = 0xFFFFFFFFu;
constexpr int kAllKinds = -1;
}  // namespace

QuotePanel::QuotePanel(const DocumentSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_quotes(new QuoteListModel(session, this)),
      m_filtered(new QuoteFilterModel(this)),
      m_filter(new QLineEdit),
      m_speaker(new QComboBox),
      m_kind(new QComboBox),
      m_group(new QCheckBox(tr("&Group by speaker"))),
      m_table(new QTableView)
{
    setObjectName(QStringLiteral("quotePanel"));
    m_filtered->setSourceModel(m_quotes);

    m_filter->setObjectName(QStringLiteral("quoteFilter"));
    m_filter->setPlaceholderText(tr("Filter quotes"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_filtered, &QuoteFilterModel::setText);

    m_speaker->setObjectName(QStringLiteral("speakerFilter"));
    m_speaker->setAccessibleName(tr("Speaker filter"));
    m_speaker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_speaker->setMinimumContentsLength(12);
    connect(m_speaker, &QComboBox::currentIndexChanged, this, &QuotePanel::speakerChosen);

    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_kind->addItem(tr("All kinds"), kAllKinds);
    for (const auto kind : {ql::QuoteKind::Direct, ql::QuoteKind::Indirect, ql::QuoteKind::Mixed})
        m_kind->addItem(kindName(kind), static_cast<int>(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_filtered->setKind(kind == kAllKinds ? std::nullopt : std::optional(static_cast<ql::QuoteKind>(kind)));
    });

    m_group->setObjectName(QStringLiteral("groupBySpeaker"));
    connect(m_group, &QCheckBox::toggled, m_filtered, &QuoteFilterModel::setGroupBySpeaker);

    m_table->setObjectName(QStringLiteral("quoteTable"));
    m_table->setModel(m_filtered);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);  // reading order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);  // one line per quote, elided; the tool tip has it whole
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table, arrows move in it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuoteListModel::TextColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSortIndicatorClearable(true);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto* delegate = new SpeakerDelegate(session, m_table);
    m_table->setItemDelegateForColumn(QuoteListModel::SpeakerColumn, delegate);
    // Queued: the reassignment resets the model, which must not happen inside the editor's commit.
    connect(delegate, &SpeakerDelegate::speakerChosen, this, &QuotePanel::reassignRequested, Qt::QueuedConnection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_current = currentQuote();
                if (m_current)
                    m_keptRow = m_quotes->row(m_current);
                emit currentQuoteChanged(m_current);
                if (current.isValid() && !m_selecting)
                    emit quoteActivated(m_current);
            });

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_speaker, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_group);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    setTabOrder(m_filter, m_speaker);
    setTabOrder(m_speaker, m_kind);
    setTabOrder(m_kind, m_group);
    setTabOrder(m_group, m_table);

    connect(&session, &DocumentSession::documentChanged, this, [this] {
        m_current = {};
        fillSpeakers();
        emit currentQuoteChanged({});
    });
    connect(&session, &DocumentSession::annotationsChanged, this, [this] {
        fillSpeakers();
        keepCurrent();
    });
    fillSpeakers();
}

void QuotePanel::setFooter(QWidget* footer) { layout()->addWidget(footer); }

void QuotePanel::keepCurrent()
{
    // The model was reset (silently dropping the current row): the quote being corrected stays
    // current; when it is gone, or the filters now hide it, the next one shown takes its place
    // (as the next message does in a mail reader), and the filters stay as the reader set them.
    const int count = m_quotes->rowCount();
    int row = m_quotes->row(m_current);
    if (row < 0 && m_current)
        row = std::min(m_keptRow, count - 1);
    const auto shown = [this](int r) { return m_filtered->mapFromSource(m_quotes->index(r, 0)); };
    QModelIndex next;
    for (int r = row; r >= 0 && r < count && !next.isValid(); ++r)
        next = shown(r);
    for (int r = row - 1; r >= 0 && !next.isValid(); --r)
        next = shown(r);
    if (row < 0 || !next.isValid()) {
        m_current = {};
        emit currentQuoteChanged({});
        return;
    }
    m_selecting = true;
    m_table->setCurrentIndex(next);  // announces the current quote, not an activation
    m_table->scrollTo(next);
    m_selecting = false;
}

void QuotePanel::fillSpeakers()
{
    const QSignalBlocker blocker(m_speaker);
    const QVariant chosen = m_speaker->currentData();
    m_speaker->clear();
    m_speaker->addItem(tr("All speakers"), kAllSpeakers);
    const ql::AnnotationSet& annotations = m_session.document().annotations;
    for (const ql::Speaker& speaker : annotations.speakers) {
        QPixmap swatch(12, 12);
        swatch.fill(m_session.colors().color(speaker.id));
        m_speaker->addItem(QIcon(swatch), fromUtf8(speaker.name), speaker.id.value);
    }
    m_speaker->addItem(tr("Unattributed"), 0u);
    const int index = m_speaker->findData(chosen);
    m_speaker->setCurrentIndex(index < 0 ? 0 : index);
    speakerChosen();
}

void QuotePanel::speakerChosen()
{
    const uint value = m_speaker->currentData().toUInt();
    const std::optional<ql::SpeakerId> speaker =
        value == kAllSpeakers ? std::nullopt : std::optional(ql::SpeakerId{value});
    if (speaker == m_filtered->speaker())
        return;
    m_filtered->setSpeaker(speaker);
    emit speakerFilterChanged(speaker);
}

void QuotePanel::setSpeakerFilter(std::optional<ql::SpeakerId> speaker)
{
    const int index = m_speaker->findData(speaker ? speaker->value : kAllSpeakers);
    m_speaker->setCurrentIndex(index < 0 ? 0 : index);
}

ql::QuoteId QuotePanel::currentQuote() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? ql::QuoteId{current.data(QuoteListModel::QuoteIdRole).toUInt()} : ql::QuoteId{};
}

void QuotePanel::selectQuote(ql::QuoteId id)
{
    const int row = m_quotes->row(id);
    if (row < 0)
        return;
    QModelIndex shown = m_filtered->mapFromSource(m_quotes->index(row, 0));
    if (!shown.isValid()) {
        // The reader asked for this quote: show it rather than keep a filter that hides it.
        m_filter->clear();
        m_kind->setCurrentIndex(0);
        setSpeakerFilter(std::nullopt);
        shown = m_filtered->mapFromSource(m_quotes->index(row, 0));
    }
    m_selecting = true;
    m_table->setCurrentIndex(shown);
    m_table->scrollTo(shown);
    m_selecting = false;
}

void QuotePanel::step(int direction)
{
    const int count = m_quotes->rowCount();
    if (count == 0)
        return;
    const int current = m_quotes->row(currentQuote());
    int row = current < 0 ? (direction > 0 ? 0 : count - 1) : current + direction;
    // Source rows are in reading order; the next one the filters let through.
    for (; row >= 0 && row < count; row += direction) {
        const QModelIndex shown = m_filtered->mapFromSource(m_quotes->index(row, 0));
        if (shown.isValid()) {
            m_table->setCurrentIndex(shown);  // announces the quote
            m_table->scrollTo(shown);
            return;
        }
    }
}

}  // namespace qlui
