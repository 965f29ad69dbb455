#pragma once
// The status bar's busy indicator while quotes are found or highlights painted: a moving bar,
// what is going on, and a Stop button. The engine reports no progress, so the bar only moves.

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace qlui {

class AnalysisStatus final : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisStatus(QWidget* parent = nullptr);

    // An empty message hides the indicator; `stoppable` shows the Stop button.
    void setBusy(const QString& message, bool stoppable);
    QString message() const;

signals:
    void stopRequested();

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_stop;
};

}  // namespace qlui
