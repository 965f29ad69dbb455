#include "ui/saved_work.h"

#include "ui/labels.h"

#include <QFile>
#include <QFileInfo>

namespace qlui {

QString savedWorkPath(const QString& articlePath)
{
    return QFile::decodeName(ql::annotationPathFor(QFile::encodeName(articlePath).toStdString()).c_str());
}

SavedWork readSavedWork(const QString& articlePath, const ql::Document& article)
{
    SavedWork saved;
    if (articlePath.isEmpty())
        return saved;
    saved.annotationPath = savedWorkPath(articlePath);
    if (!QFileInfo::exists(saved.annotationPath))
        return saved;
    ql::LoadedAnnotations loaded =
        ql::loadAnnotationFile(QFile::encodeName(saved.annotationPath).toStdString(), article.text);
    if (!loaded.ok()) {
        saved.error = fromUtf8(loaded.error);
        return saved;
    }
    if (loaded.textChanged || loaded.version < ql::kAnnotationFileVersion)
        loaded.history.markUnsaved();
    adoptArticle(loaded.document, article);
    saved.loaded = std::move(loaded);
    return saved;
}

void adoptArticle(ql::Document& work, const ql::Document& article)
{
    work.meta = article.meta;
    work.blocks = article.blocks;
    work.styles = article.styles;
}

QString unplacedPartName(ql::UnplacedPart part)
{
    switch (part) {
    case ql::UnplacedPart::Quote: return QObject::tr("Quote");
    case ql::UnplacedPart::QuoteMention: return QObject::tr("Quote’s source");
    case ql::UnplacedPart::QuoteCue: return QObject::tr("Quote’s cue");
    case ql::UnplacedPart::Mention: return QObject::tr("Mention");
    case ql::UnplacedPart::Rejected: return QObject::tr("Deleted quote");
    }
    return QObject::tr("Quote");
}

}  // namespace qlui
