#include "chatview/HeightIndex.h"

namespace Lineup {

void HeightIndex::reset(const QList<int> &heights)
{
    m_heights = heights;
    rebuild();
}

void HeightIndex::rebuild()
{
    const int n = count();
    m_tree.fill(0, n + 1);
    for (int i = 1; i <= n; ++i) {
        m_tree[i] += m_heights.at(i - 1);
        const int parent = i + (i & -i);
        if (parent <= n)
            m_tree[parent] += m_tree[i];
    }
}

void HeightIndex::setHeight(int row, int height)
{
    const int delta = height - m_heights.at(row);
    if (delta == 0)
        return;
    m_heights[row] = height;
    for (int i = row + 1; i <= count(); i += i & -i)
        m_tree[i] += delta;
}

void HeightIndex::insert(int row, const QList<int> &heights)
{
    for (int i = 0; i < heights.size(); ++i)
        m_heights.insert(row + i, heights.at(i));
    rebuild();
}

void HeightIndex::remove(int first, int count)
{
    m_heights.remove(first, count);
    rebuild();
}

int HeightIndex::top(int row) const
{
    qint64 sum = 0;
    for (int i = row; i > 0; i -= i & -i)
        sum += m_tree.at(i);
    return int(sum);
}

int HeightIndex::rowAt(int y) const
{
    const int n = count();
    if (n == 0 || y <= 0)
        return 0;
    // Largest position whose prefix sum is <= y, found by descending the tree.
    int pos = 0;
    qint64 remaining = y;
    int step = 1;
    while (step * 2 <= n)
        step *= 2;
    for (; step > 0; step /= 2) {
        const int next = pos + step;
        if (next <= n && m_tree.at(next) <= remaining) {
            pos = next;
            remaining -= m_tree.at(next);
        }
    }
    return qMin(pos, n - 1);
}

} // namespace Lineup
