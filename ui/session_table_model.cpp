#include "ui/session_table_model.h"

#include "ui/document_session.h"

namespace qlui {

SessionTableModel::SessionTableModel(const DocumentSession& session, int columns, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_columns(columns)
{
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(&session, &DocumentSession::documentChanged, this, reset);
    connect(&session, &DocumentSession::annotationsChanged, this, reset);
}

int SessionTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_columns; }

bool SessionTableModel::isCell(const QModelIndex& index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
}

}  // namespace qlui
