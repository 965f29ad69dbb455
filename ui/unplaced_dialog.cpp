#include "ui/unplaced_dialog.h"

#include "ui/labels.h"
#include "ui/saved_work.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qlui {

UnplacedDialog::UnplacedDialog(const std::vector<ql::UnplacedAnnotation>& unplaced,
                               const ql::AnnotationSet& annotations, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("unplacedDialog"));
    setWindowTitle(tr("Annotations Not Placed"));
    const QString what = unplaced.size() == 1
                             ? tr("One annotation could not be found in the new text and was left out")
                             : tr("%1 annotations could not be found in the new text and were left out").arg(unplaced.size());
    auto* intro = new QLabel(tr("The article changed since your work on it was saved. %1, as listed below. Saving "
                                "keeps the work without them; Copy List keeps a note of them.")
                                 .arg(what),
                             this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("What"), tr("Speaker"), tr("Text")});
    m_list->setWordWrap(true);
    for (const ql::UnplacedAnnotation& item : unplaced) {
        auto* row = new QTreeWidgetItem(m_list);
        row->setText(0, unplacedPartName(item.part));
        row->setText(1, item.speaker ? speakerName(annotations, item.speaker) : QString());
        row->setText(2, fromUtf8(item.oldText).simplified());
        row->setToolTip(2, fromUtf8(item.oldText));
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(listText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(720, 360);
}

QString UnplacedDialog::listText() const
{
    QStringList lines;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = m_list->topLevelItem(i);
        QStringList fields{row->text(0)};
        if (!row->text(1).isEmpty())
            fields << row->text(1);
        fields << QStringLiteral("“%1”").arg(row->text(2));
        lines << fields.join(QStringLiteral(" — "));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace qlui
