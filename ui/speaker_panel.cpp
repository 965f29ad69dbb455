#include "ui/speaker_panel.h"

#include "ui/document_session.h"
#include "ui/share_bar_delegate.h"
#include "ui/sourcing_chart.h"
#include "ui/speaker_list_model.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace qlui {

SpeakerPanel::SpeakerPanel(const DocumentSession& session, QWidget* parent)
    : QWidget(parent),
      m_speakers(new SpeakerListModel(session, this)),
      m_sorted(new QSortFilterProxyModel(this)),
      m_table(new QTableView),
      m_chart(new SourcingChart(session))
{
    setObjectName(QStringLiteral("speakerPanel"));
    m_sorted->setSourceModel(m_speakers);
    m_sorted->setSortRole(SpeakerListModel::SortRole);

    m_table->setObjectName(QStringLiteral("speakerTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SpeakerListModel::ShareColumn, Qt::DescendingOrder);  // the loudest first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setItemDelegateForColumn(SpeakerListModel::ShareColumn,
                                      new ShareBarDelegate(SpeakerListModel::ShareRole, m_table));
    QHeaderView* header = m_table->horizontalHeader();
    // Names and roles can be long ("U.S. Secretary of State"): they get a fixed share, elided,
    // so that the counts and the share bar stay in view in a narrow panel.
    const int chars = fontMetrics().averageCharWidth();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SpeakerListModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(SpeakerListModel::NameColumn, chars * 20);
    header->setSectionResizeMode(SpeakerListModel::RoleColumn, QHeaderView::Interactive);
    header->resizeSection(SpeakerListModel::RoleColumn, chars * 12);
    header->setSectionResizeMode(SpeakerListModel::ShareColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(chars * 5);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SpeakerPanel::selectionChanged);
    // A reset clears the selection without saying so: a new document has nobody selected, a
    // correction keeps the speaker selected while there is one.
    connect(&session, &DocumentSession::documentChanged, this, &SpeakerPanel::selectionChanged);
    connect(&session, &DocumentSession::annotationsChanged, this, &SpeakerPanel::keepSelection);
    m_table->setAcceptDrops(true);
    m_table->setDragDropMode(QAbstractItemView::DropOnly);
    m_table->setDropIndicatorShown(true);

    auto* all = new QPushButton(tr("Show &all speakers"));
    all->setObjectName(QStringLiteral("showAllSpeakers"));
    connect(all, &QPushButton::clicked, this, [this] { selectSpeaker({}); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addWidget(all, 0, Qt::AlignLeft);
    layout->addWidget(m_chart);
}

ql::SpeakerId SpeakerPanel::currentSpeaker() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? ql::SpeakerId{} : ql::SpeakerId{rows.first().data(SpeakerListModel::SpeakerIdRole).toUInt()};
}

void SpeakerPanel::selectSpeaker(ql::SpeakerId id)
{
    const int row = m_speakers->row(id);
    if (row < 0) {
        m_table->clearSelection();
        m_table->setCurrentIndex({});
    } else {
        const QModelIndex shown = m_sorted->mapFromSource(m_speakers->index(row, 0));
        m_table->setCurrentIndex(shown);
        m_table->selectRow(shown.row());
        m_table->scrollTo(shown);
    }
    selectionChanged();
}

void SpeakerPanel::keepSelection()
{
    const int row = m_speakers->row(m_announced);
    if (row < 0) {
        selectionChanged();
        return;
    }
    const QModelIndex shown = m_sorted->mapFromSource(m_speakers->index(row, 0));
    m_table->setCurrentIndex(shown);  // the same speaker: nothing is announced
    m_table->selectRow(shown.row());
}

void SpeakerPanel::selectionChanged()
{
    const ql::SpeakerId current = currentSpeaker();
    if (current == m_announced)
        return;
    m_announced = current;
    emit speakerSelected(current);
}

}  // namespace qlui
