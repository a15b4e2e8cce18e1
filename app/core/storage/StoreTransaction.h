#pragma once

#include <QSqlDatabase>

namespace Lineup {

// Depth of ConversationStore transactions on this thread: a public write called inside
// ConversationStore::inTransaction() joins the outer transaction instead of starting its own.
inline thread_local int storeTransactionDepth = 0;

// One transaction per public store write, rolled back unless committed.
class StoreTransaction
{
public:
    explicit StoreTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_ok = storeTransactionDepth > 0 || m_db.transaction();
        ++storeTransactionDepth;
    }
    ~StoreTransaction()
    {
        --storeTransactionDepth;
        if (storeTransactionDepth == 0 && !m_committed && m_ok)
            m_db.rollback();
    }
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    bool ok() const { return m_ok; }
    bool outermost() const { return storeTransactionDepth == 1; }
    bool commit()
    {
        m_committed = true;
        return storeTransactionDepth > 1 || m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_ok = false;
    bool m_committed = false;
};

} // namespace Lineup
