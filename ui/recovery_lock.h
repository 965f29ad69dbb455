#pragma once
// Which Quotelens window autosaves the work on an article: one at a time, across processes.
// A lock file beside the recovery file (.ARTICLE.quotelens.json.recovery.lock, hidden) says
// which; one left by a process that is gone (killed, crashed) is taken over.

#include <QLockFile>
#include <QString>

namespace qlui {

class RecoveryLock final {
public:
    enum class State {
        Held,           // this window autosaves the work
        HeldElsewhere,  // a live Quotelens (another process, or another window) does
        Unavailable,    // no lock can be made there (a read-only folder): autosave fails as it will
    };

    // Takes the lock for the recovery file at `recoveryPath`, at once or not at all.
    explicit RecoveryLock(const QString& recoveryPath);
    State state() const { return m_state; }

    static QString lockPathFor(const QString& recoveryPath);

private:
    QLockFile m_lock;
    State m_state;
};

}  // namespace qlui
