#include "ui/sourcing_chart.h"

#include "catch_qt.h"
#include "test_documents.h"
#include "ui/document_session.h"

#include <QImage>
#include <QPainter>

namespace {
// How many pixels of `image` have exactly `colour`.
int pixelsOf(const QImage& image, QRgb colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += (image.pixel(x, y) & 0xFFFFFF) == (colour & 0xFFFFFF);
    }
    return count;
}
}  // namespace

TEST_CASE("sourcing chart: says and paints the share of voice by gender and by type")
{
    qlui::DocumentSession session;
    qlui::SourcingChart chart(session);
    chart.resize(chart.sizeHint());
    CHECK(chart.summaryText() == QStringLiteral("0 speakers"));

    ql::Document document = qltest::annotatedDocument();
    document.annotations.speakers[1].gender = ql::Gender::Male;  // Ana's 6 words of 17
    document.annotations.speakers[1].type = ql::SpeakerType::Organization;
    session.setDocument(document);
    CHECK(chart.summaryText() == QStringLiteral("2 speakers; voice by gender: female 65%, male 35%, unknown 0%; "
                                                "by type: person 65%, organisation 35%, unknown 0%"));
    CHECK(chart.toolTip() == chart.summaryText());

    QImage image(chart.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    chart.render(&image);
    const int female = pixelsOf(image, 0xE69F00);
    const int male = pixelsOf(image, 0x56B4E9);
    const int person = pixelsOf(image, 0x009E73);
    const int organisation = pixelsOf(image, 0xCC79A7);
    CHECK(female > 0);
    CHECK(male > 0);
    CHECK(female > male);  // the bigger share, the longer segment
    CHECK(person > organisation);
    CHECK(organisation > 0);
}
