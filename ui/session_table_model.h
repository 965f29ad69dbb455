#pragma once
// What the panels' table models share: they read a DocumentSession (holding no copy of the
// annotations), have a fixed set of columns and reset whenever the document or its
// annotations change.

#include <QAbstractTableModel>

namespace qlui {

class DocumentSession;

class SessionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    SessionTableModel(const DocumentSession& session, int columns, QObject* parent);

    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    const DocumentSession& session() const { return m_session; }
    // A valid index of this table: what data() may read.
    bool isCell(const QModelIndex& index) const;

private:
    const DocumentSession& m_session;
    int m_columns;
};

}  // namespace qlui
