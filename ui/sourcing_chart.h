#pragma once
// A small chart of an article's sourcing: how many speakers, and the share of quoted words by
// gender and by type (person or organisation), as two stacked bars painted with QPainter.

#include <QWidget>

namespace qlui {

class DocumentSession;

class SourcingChart final : public QWidget {
    Q_OBJECT
public:
    explicit SourcingChart(const DocumentSession& session, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // What the chart says, as text: its accessible description and tool tip.
    QString summaryText() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void refresh();

    const DocumentSession& m_session;
};

}  // namespace qlui
