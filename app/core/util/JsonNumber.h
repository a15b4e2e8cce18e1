#pragma once

#include <QJsonValue>

#include <optional>

namespace Lineup {

// A JSON number as a 64-bit integer (a fraction is cut off), or nullopt for anything that is not
// a number or does not fit. Services and imported files can hold any double (1e300, -1e300):
// casting one that does not fit would be undefined behaviour.
inline std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number > -9.0e18 && number < 9.0e18)) // also rejects NaN
        return std::nullopt;
    return qint64(number);
}

} // namespace Lineup
