#include "ui/sourcing_chart.h"

#include "ui/document_session.h"
#include "ui/labels.h"

#include <QPainter>

#include <array>

namespace qlui {

namespace {
struct Segment {
    QString label;
    double share;
    QColor colour;
};

// Okabe–Ito colours, so the segments stay apart for colour-blind readers; grey for unknown.
std::array<Segment, 3> genderSegments(const VoiceShares& shares)
{
    return {{{genderName(ql::Gender::Female), shares.byGender[0], QColor(0xE69F00)},
             {genderName(ql::Gender::Male), shares.byGender[1], QColor(0x56B4E9)},
             {genderName(ql::Gender::Unknown), shares.byGender[2], QColor(0x9A9A9A)}}};
}

std::array<Segment, 3> typeSegments(const VoiceShares& shares)
{
    return {{{typeName(ql::SpeakerType::Person), shares.byType[0], QColor(0x009E73)},
             {typeName(ql::SpeakerType::Organization), shares.byType[1], QColor(0xCC79A7)},
             {typeName(ql::SpeakerType::Unknown), shares.byType[2], QColor(0x9A9A9A)}}};
}

QString describe(const QString& title, const std::array<Segment, 3>& segments)
{
    QStringList parts;
    for (const Segment& s : segments)
        parts << s.label + QLatin1Char(' ') + percent(s.share);
    return title + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
}
}  // namespace

SourcingChart::SourcingChart(const DocumentSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("sourcingChart"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(&session, &DocumentSession::documentChanged, this, &SourcingChart::refresh);
    connect(&session, &DocumentSession::annotationsChanged, this, &SourcingChart::refresh);
    refresh();
}

void SourcingChart::refresh()
{
    setToolTip(summaryText());
    setAccessibleDescription(summaryText());
    QWidget::update();
}

QSize SourcingChart::sizeHint() const { return {320, fontMetrics().height() * 8}; }
QSize SourcingChart::minimumSizeHint() const { return {160, sizeHint().height()}; }

QString SourcingChart::summaryText() const
{
    const SourcingSummary& summary = m_session.summary();
    const int speakers = static_cast<int>(summary.speakers.size());
    QString text = speakers == 1 ? tr("1 speaker") : tr("%1 speakers").arg(speakers);
    if (summary.attributedWords == 0)
        return text;
    return text + QStringLiteral("; ") + describe(tr("voice by gender"), genderSegments(summary.shares)) +
           QStringLiteral("; ") + describe(tr("by type"), typeSegments(summary.shares));
}

void SourcingChart::paintEvent(QPaintEvent*)
{
    const SourcingSummary& summary = m_session.summary();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int line = fontMetrics().height();
    const QRect area = rect().adjusted(8, 4, -8, -4);
    const int speakers = static_cast<int>(summary.speakers.size());
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    const QString heading = speakers == 1 ? tr("1 speaker") : tr("%1 speakers").arg(speakers);
    painter.drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                     summary.attributedWords ? heading + QStringLiteral(" · ") + tr("share of quoted words") : heading);
    painter.setFont(font());
    if (summary.attributedWords == 0)
        return;

    const int labelWidth = std::max(fontMetrics().horizontalAdvance(tr("Gender")),
                                    fontMetrics().horizontalAdvance(tr("Type"))) + 10;
    int y = area.top() + line + line / 2;
    const auto drawRow = [&](const QString& title, const std::array<Segment, 3>& segments) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(area.left(), y, labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter, title);
        const QRect bar(area.left() + labelWidth, y + 2, area.width() - labelWidth, line - 4);
        double x = bar.left();
        painter.setPen(Qt::NoPen);
        for (const Segment& s : segments) {
            const double width = bar.width() * s.share;
            painter.setBrush(s.colour);
            painter.drawRect(QRectF(x, bar.top(), width, bar.height()));
            x += width;
        }
        // The legend below: a swatch and a share for each segment present.
        int lx = bar.left();
        const int ly = y + line;
        for (const Segment& s : segments) {
            if (s.share <= 0.0)
                continue;
            painter.setPen(Qt::NoPen);
            painter.setBrush(s.colour);
            painter.drawRect(QRect(lx, ly + line / 4, line / 2, line / 2));
            const QString text = s.label + QLatin1Char(' ') + percent(s.share);
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRect(lx + line * 2 / 3, ly, area.right() - lx, line), Qt::AlignLeft | Qt::AlignVCenter,
                             text);
            lx += line * 2 / 3 + fontMetrics().horizontalAdvance(text) + line;
        }
        y += line * 2 + line / 2;
    };
    drawRow(tr("Gender"), genderSegments(summary.shares));
    drawRow(tr("Type"), typeSegments(summary.shares));
}

}  // namespace qlui
