#pragma once
// File → Open Recent: the last articles opened, most recent first, kept in QSettings, and the
// folder the Open dialog starts in.

#include <QObject>
#include <QStringList>

class QMenu;

namespace qlui {

class RecentFiles final : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 10;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList files() const;  // most recent first
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

    QString lastFolder() const;  // the folder of the last file opened or chosen

    // Fills `menu` with one entry per file (Alt+1…9 mnemonics) and a "Clear" entry.
    void fillMenu(QMenu& menu);

signals:
    void openRequested(const QString& path);

private:
    void store(const QStringList& files);
};

}  // namespace qlui
