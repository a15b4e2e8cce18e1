#pragma once

#include <QList>

namespace Lineup {

// Row heights with O(log n) prefix sums (a Fenwick tree), so that scrolling through ten thousand
// messages and correcting one height while streaming never walks the whole list.
class HeightIndex
{
public:
    void reset(const QList<int> &heights);
    int count() const { return int(m_heights.size()); }
    int height(int row) const { return m_heights.at(row); }
    void setHeight(int row, int height);
    void insert(int row, const QList<int> &heights); // O(n): rebuilds
    void remove(int first, int count);               // O(n): rebuilds
    int top(int row) const;                          // sum of heights of rows [0, row)
    int total() const { return count() ? top(count()) : 0; }
    // The row containing y (0 <= y < total()); count()-1 beyond the end, 0 before the start.
    int rowAt(int y) const;

private:
    void rebuild();

    QList<int> m_heights;
    QList<qint64> m_tree; // 1-based Fenwick tree
};

} // namespace Lineup
