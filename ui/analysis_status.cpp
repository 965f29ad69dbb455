#include "ui/analysis_status.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace qlui {

AnalysisStatus::AnalysisStatus(QWidget* parent)
    : QWidget(parent), m_label(new QLabel), m_bar(new QProgressBar), m_stop(new QToolButton)
{
    setObjectName(QStringLiteral("analysisStatus"));
    m_bar->setRange(0, 0);  // busy: the engine does not say how far it is
    m_bar->setMaximumWidth(120);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_stop->setObjectName(QStringLiteral("stopAnalysis"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop finding quotes; the text stays (Ctrl+.)"));
    connect(m_stop, &QToolButton::clicked, this, &AnalysisStatus::stopRequested);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_stop);
    hide();
}

void AnalysisStatus::setBusy(const QString& message, bool stoppable)
{
    m_label->setText(message);
    m_stop->setVisible(stoppable);
    setVisible(!message.isEmpty());
}

QString AnalysisStatus::message() const { return isHidden() ? QString() : m_label->text(); }

}  // namespace qlui
