#include "ui/recovery_lock.h"

#include <QDir>
#include <QFileInfo>

namespace qlui {

namespace {
RecoveryLock::State take(QLockFile& lock)
{
    // A lock is held for as long as the article is open: it never goes stale by age, only
    // when the process that took it is gone.
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return RecoveryLock::State::Held;
    return lock.error() == QLockFile::LockFailedError ? RecoveryLock::State::HeldElsewhere
                                                      : RecoveryLock::State::Unavailable;
}
}  // namespace

RecoveryLock::RecoveryLock(const QString& recoveryPath) : m_lock(lockPathFor(recoveryPath)), m_state(take(m_lock)) {}

QString RecoveryLock::lockPathFor(const QString& recoveryPath)
{
    const QFileInfo recovery(recoveryPath);
    return recovery.dir().filePath(QLatin1Char('.') + recovery.fileName() + QStringLiteral(".lock"));
}

}  // namespace qlui
