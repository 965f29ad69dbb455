#include "ui/speaker_picker.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>

namespace qlui {

namespace {
constexpr int kNumbered = 9;

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color.isValid() ? color : QColor(Qt::transparent));
    return QIcon(pixmap);
}
}  // namespace

SpeakerPicker::SpeakerPicker(const QString& title, Entries entries, QWidget* parent)
    : QDialog(parent, Qt::Popup), m_entries(std::move(entries)), m_title(new QLabel(title)), m_search(new QLineEdit),
      m_list(new QListWidget)
{
    setObjectName(QStringLiteral("speakerPicker"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setPlaceholderText(tr("Type a name, or press 1–9"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("pickerList"));
    m_list->setUniformItemSizes(true);
    connect(m_search, &QLineEdit::textChanged, this, &SpeakerPicker::refill);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { choose(m_list->row(item)); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    refill();
    m_search->setFocus();
}

void SpeakerPicker::refill()
{
    m_shown = m_entries(m_search->text().trimmed());
    m_list->clear();
    for (std::size_t i = 0; i < m_shown.size(); ++i) {
        const PickerEntry& entry = m_shown[i];
        const QString key = i < kNumbered ? QStringLiteral("%1  ").arg(i + 1) : QStringLiteral("    ");
        QString text = key + entry.name;
        if (!entry.note.isEmpty())
            text += QStringLiteral(" — ") + entry.note;
        auto* item = new QListWidgetItem(swatch(entry.color), text, m_list);
        if (!entry.speaker) {  // an action, not a speaker
            QFont italic = m_list->font();
            italic.setItalic(true);
            item->setFont(italic);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    const int rows = std::min(m_list->count(), 12);
    m_list->setFixedHeight(std::max(rows, 1) * (m_list->fontMetrics().height() + 6) + 2 * m_list->frameWidth());
    // Wide enough for whole names and why they are offered, within reason.
    const int chars = m_list->fontMetrics().averageCharWidth();
    const int wanted = m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + chars * 3;
    m_list->setMinimumWidth(std::clamp(wanted, chars * 40, chars * 70));
    adjustSize();
}

void SpeakerPicker::choose(int row)
{
    if (row < 0 || row >= static_cast<int>(m_shown.size()))
        return;
    const PickerEntry entry = m_shown[static_cast<std::size_t>(row)];
    accept();  // closes (and deletes) the popup before the caller opens anything else
    if (entry.speaker)
        emit speakerChosen(entry.speaker);
    else if (entry.extra != 0)
        emit extraChosen(entry.extra);
}

bool SpeakerPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const int k = key->key();
    if (m_search->text().isEmpty() && k >= Qt::Key_1 && k <= Qt::Key_9 && key->modifiers() == Qt::NoModifier) {
        choose(k - Qt::Key_1);
        return true;
    }
    switch (k) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        choose(m_list->currentRow());
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        QApplication::sendEvent(m_list, event);  // the list moves, the typing stays in the field
        return true;
    default:
        return QDialog::eventFilter(watched, event);
    }
}

}  // namespace qlui
