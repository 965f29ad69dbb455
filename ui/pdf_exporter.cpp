#include "ui/pdf_exporter.h"

#include "export/article_segments.h"
#include "export/quote_summary.h"
#include "export/speaker_palette.h"

#include <QBuffer>
#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <cmath>

namespace qlui {

namespace {

const ql::Rgb kWhite{255, 255, 255};

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }
QColor qc(ql::Rgb rgb) { return QColor(rgb.r, rgb.g, rgb.b); }

ql::Rgb colourOf(const ql::AnnotationSet& set, ql::SpeakerId speaker) { return ql::speakerColor(set, speaker); }
bool attributed(const ql::AnnotationSet& set, ql::SpeakerId speaker) { return speaker && set.speaker(speaker); }

QTextCharFormat textFormat(qreal pointSize, bool bold = false, const QColor& colour = QColor(0x1c, 0x1c, 0x1c))
{
    QTextCharFormat format;
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(colour);
    return format;
}

// The reader's look for one segment: tint for quotes, stronger tint and underline for
// mentions, dotted underline for cues, grey and dashed for unattributed quotes.
QTextCharFormat segmentFormat(const ql::AnnotationSet& set, const ql::Segment& segment, qreal pointSize)
{
    QTextCharFormat format = textFormat(pointSize, segment.strong);
    format.setFontItalic(segment.emphasis);
    if (segment.quote) {
        const ql::SpeakerId speaker = set.quotes[*segment.quote].speaker;
        const bool known = attributed(set, speaker);
        format.setBackground(qc(ql::blend(colourOf(set, speaker), kWhite, known ? ql::kQuoteTint : ql::kUnattributedTint)));
        if (!known) {
            format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            format.setUnderlineColor(qc(ql::unattributedColor()));
        }
    }
    if (segment.mention) {
        const ql::Rgb colour = colourOf(set, segment.mention->speaker);
        format.setBackground(qc(ql::blend(colour, kWhite, ql::kMentionTint)));
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(qc(ql::lineColor(colour)));
    }
    if (segment.cue) {
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(qc(ql::lineColor(colourOf(set, segment.cue->speaker))));
    }
    return format;
}

// A filled bar (the share of voice) or dot (a speaker's swatch) as an image in the document.
QString addShape(QTextDocument& doc, const QString& name, ql::Rgb colour, int width, int height, bool round)
{
    QImage image(std::max(width, 1), height, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(qc(colour));
    if (round)
        painter.drawEllipse(image.rect());
    else
        painter.drawRect(image.rect());
    painter.end();
    doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
    return name;
}

void insertShape(QTextCursor& cursor, const QString& name, int width, int height)
{
    QTextImageFormat format;
    format.setName(name);
    format.setWidth(width);
    format.setHeight(height);
    format.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    cursor.insertImage(format);
}

// A quote's number as the HTML export shows it: digits on a disc of the speaker's colour. An
// image, so that it keeps its size whatever the resolution the document is laid out for
// (superscript text shrinks to an unreadable 4 pt there).
void insertBadge(QTextCursor& cursor, QTextDocument& doc, std::size_t number, ql::Rgb colour)
{
    const QString digits = QString::number(number);
    constexpr int kHeight = 48;
    const int width = kHeight + static_cast<int>(digits.size() - 1) * 22;
    const QString name = QStringLiteral("badge:%1").arg(number);
    if (doc.resource(QTextDocument::ImageResource, QUrl(name)).isNull()) {
        QImage image(width, kHeight, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(qc(colour));
        painter.drawRoundedRect(QRectF(image.rect()), kHeight / 2.0, kHeight / 2.0);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setStyleHint(QFont::SansSerif);
        font.setBold(true);
        font.setPixelSize(30);
        painter.setFont(font);
        painter.setPen(qc(ql::textOn(colour)));
        painter.drawText(image.rect(), Qt::AlignCenter, digits);
        painter.end();
        doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
    }
    insertShape(cursor, name, width * 11 / kHeight, 11);
}

// A paragraph's text in the reader's colours, each quote's number before its first word.
void insertSegments(QTextCursor& cursor, const ql::Document& document, const ql::SegmentedParagraph& paragraph,
                    qreal pointSize, bool bold)
{
    const ql::AnnotationSet& set = document.annotations;
    for (const ql::Segment& segment : paragraph.segments) {
        for (std::size_t i : segment.quoteStarts) {
            insertBadge(cursor, *cursor.document(), i + 1, colourOf(set, set.quotes[i].speaker));
            cursor.insertText(QStringLiteral("\u2009"), textFormat(pointSize));  // apart from the quote's text
        }
        QTextCharFormat format = segmentFormat(set, segment, pointSize);
        if (bold)
            format.setFontWeight(QFont::Bold);
        cursor.insertText(qs(segment.span.in(document.text)), format);
    }
}

void insertHeader(QTextCursor& cursor, const ql::Document& document, const std::vector<ql::SegmentedParagraph>& paragraphs)
{
    const QString title = qs(ql::oneLine(document.meta.title));
    if (title.isEmpty() && !paragraphs.empty() && paragraphs.front().paragraph.role == ql::ParagraphRole::Headline)
        insertSegments(cursor, document, paragraphs.front(), 18, true);  // a quote in the headline shows there
    else
        cursor.insertText(title.isEmpty() ? qs(document.id) : title, textFormat(18, true));
    QStringList facts;
    for (const std::string* field : {&document.meta.byline, &document.meta.date, &document.meta.siteName})
        if (!field->empty())
            facts << qs(ql::oneLine(*field));
    if (ql::isWebAddress(document.meta.url))
        facts << qs(document.meta.url);
    if (!facts.isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(facts.join(QStringLiteral(" · ")), textFormat(8.5, false, QColor(0x55, 0x55, 0x55)));
    }
}

void insertLegend(QTextCursor& cursor, QTextDocument& doc, const ql::Document& document)
{
    const ql::AnnotationSet& set = document.annotations;
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("WHO IS QUOTED"), textFormat(9, true, QColor(0x55, 0x55, 0x55)));
    const std::vector<ql::SpeakerTally> tallies = ql::tallySpeakers(document);
    QTextTableFormat tableFormat;
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    tableFormat.setCellPadding(3);
    tableFormat.setCellSpacing(0);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable* table = cursor.insertTable(static_cast<int>(tallies.size()) + 1, 4, tableFormat);
    const QTextCharFormat head = textFormat(8.5, true, QColor(0x55, 0x55, 0x55));
    const QStringList headings = {QStringLiteral("Speaker"), QStringLiteral("Quotes"), QStringLiteral("Words"),
                                  QStringLiteral("Share of voice")};
    for (int column = 0; column < 4; ++column)
        table->cellAt(0, column).firstCursorPosition().insertText(headings[column], head);
    const QTextCharFormat body = textFormat(9);
    for (std::size_t i = 0; i < tallies.size(); ++i) {
        const ql::SpeakerTally& tally = tallies[i];
        const int row = static_cast<int>(i) + 1;
        const ql::Speaker* speaker = set.speaker(tally.speaker);
        const ql::Rgb colour = colourOf(set, tally.speaker);
        const QString key = QStringLiteral("speaker-") + qs(speaker ? speaker->id.toString() : "u");
        QTextCursor name = table->cellAt(row, 0).firstCursorPosition();
        insertShape(name, addShape(doc, QStringLiteral("dot:") + key, colour, 24, 24, true), 8, 8);
        name.insertText(QStringLiteral(" ") + (speaker ? qs(speaker->name) : QStringLiteral("Unattributed")), body);
        if (speaker && !speaker->role.empty())
            name.insertText(QStringLiteral("  ") + qs(speaker->role), textFormat(8.5, false, QColor(0x66, 0x66, 0x66)));
        table->cellAt(row, 1).firstCursorPosition().insertText(QString::number(tally.quotes), body);
        table->cellAt(row, 2).firstCursorPosition().insertText(QString::number(tally.words), body);
        QTextCursor share = table->cellAt(row, 3).firstCursorPosition();
        const int width = static_cast<int>(std::lround(tally.share * 60));
        if (width > 0)
            insertShape(share, addShape(doc, QStringLiteral("bar:") + key, colour, width * 4, 24, false), width, 7);
        share.insertText(QStringLiteral(" ") + qs(ql::percent(tally.share)), body);
    }
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("Tinted: quote. Underlined: the speaker as named. Dotted: the reporting verb. "
                                     "Share of voice counts quoted words."),
                      textFormat(8, false, QColor(0x55, 0x55, 0x55)));
}

void insertArticle(QTextCursor& cursor, const ql::Document& document, const std::vector<ql::SegmentedParagraph>& paragraphs)
{
    const bool headlineIsTitle = document.meta.title.empty();
    for (const ql::SegmentedParagraph& paragraph : paragraphs) {
        if (headlineIsTitle && paragraph.paragraph.role == ql::ParagraphRole::Headline)
            continue;
        const bool heading = paragraph.paragraph.role == ql::ParagraphRole::Heading ||
                             paragraph.paragraph.role == ql::ParagraphRole::Headline;
        QTextBlockFormat block;
        block.setTopMargin(heading ? 10 : 5);
        block.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
        if (paragraph.paragraph.role == ql::ParagraphRole::Blockquote || paragraph.paragraph.role == ql::ParagraphRole::ListItem)
            block.setLeftMargin(18);
        cursor.insertBlock(block);
        if (paragraph.paragraph.role == ql::ParagraphRole::ListItem)
            cursor.insertText(QStringLiteral("• "), textFormat(11));
        insertSegments(cursor, document, paragraph, heading ? 13 : 11, heading);
    }
}

void insertIndex(QTextCursor& cursor, const ql::Document& document)
{
    const ql::AnnotationSet& set = document.annotations;
    QTextBlockFormat heading;
    heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    heading.setBottomMargin(6);
    cursor.insertBlock(heading);
    cursor.insertText(QStringLiteral("QUOTES (%1)").arg(set.quotes.size()), textFormat(9, true, QColor(0x55, 0x55, 0x55)));
    if (set.quotes.empty())
        return;
    // A table keeps the entries' text aligned beside their numbers whatever the resolution.
    QTextTableFormat tableFormat;
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    tableFormat.setCellPadding(2);
    tableFormat.setCellSpacing(0);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 6),
                                           QTextLength(QTextLength::PercentageLength, 94)});
    QTextTable* table = cursor.insertTable(static_cast<int>(set.quotes.size()), 2, tableFormat);
    for (std::size_t i = 0; i < set.quotes.size(); ++i) {
        const ql::Quote& quote = set.quotes[i];
        const int row = static_cast<int>(i);
        QTextCursor number = table->cellAt(row, 0).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        number.setBlockFormat(right);
        insertBadge(number, *cursor.document(), i + 1, colourOf(set, quote.speaker));
        QTextCursor entry = table->cellAt(row, 1).firstCursorPosition();
        entry.insertText(qs(ql::speakerLabel(set, quote.speaker)) + QStringLiteral(": "), textFormat(9, true));
        entry.insertText(QStringLiteral("“") + qs(ql::oneLine(ql::quoteText(document, quote))) + QStringLiteral("” "),
                          textFormat(9));
        entry.insertText(qs(ql::toString(quote.kind)) + QStringLiteral(" · ") + qs(ql::percent(quote.confidence)) +
                             (quote.verified ? QStringLiteral(" · verified") : QString()),
                         textFormat(8.5, false, QColor(0x66, 0x66, 0x66)));
    }
}

}  // namespace

std::unique_ptr<QTextDocument> printableDocument(const ql::Document& original, const ql::ExportOptions& options)
{
    const ql::Document document = ql::selectQuotes(original, options);
    auto doc = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(11);
    doc->setDefaultFont(font);
    const std::vector<ql::SegmentedParagraph> paragraphs = ql::segmentArticle(document);
    QTextCursor cursor(doc.get());
    insertHeader(cursor, document, paragraphs);
    insertLegend(cursor, *doc, document);
    insertArticle(cursor, document, paragraphs);
    insertIndex(cursor, document);
    return doc;
}

std::string PdfExporter::write(const ql::Document& document, const ql::ExportOptions& options) const
{
    const std::unique_ptr<QTextDocument> doc = printableDocument(document, options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Quotelens"));
        writer.setTitle(qs(ql::oneLine(document.meta.title.empty() ? document.id : document.meta.title)));
        doc->print(&writer);
    }
    const QByteArray& bytes = buffer.data();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

}  // namespace qlui
