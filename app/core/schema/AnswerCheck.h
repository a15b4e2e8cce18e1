#pragma once

#include "schema/SchemaProblem.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Lineup {

// The verdict on an answer requested with a JSON response_format.
struct AnswerValidation
{
    enum class State {
        NotRequested, // no json_object / json_schema format: nothing to check
        Valid,        // parses, and matches the schema when there is one
        Invalid,      // parses but violates the schema (errors say where)
        NotJson,      // complete, but not JSON (errors[0] says where it stops parsing)
        Incomplete,   // stopped, cut or still streaming: never valid
        BadSchema,    // the schema it was sent with cannot be compiled
    };
    State state = State::NotRequested;
    SchemaProblems errors;
    QJsonValue value; // the parsed answer (Valid, Invalid)

    bool requested() const { return state != State::NotRequested; }
    bool isValid() const { return state == State::Valid; }
    // {"valid": bool, "errors": [{"path", "message"}]} as lineup-cli --json prints it.
    QJsonObject toJson() const;
    // One line for badges and terminals: "matches the schema", "3 errors", "incomplete JSON".
    QString summary() const;
};

namespace AnswerCheck {

// "json_object", "json_schema" or "" for the request parameters' response_format.
QString formatType(const QJsonObject &parameters);
// The schema a json_schema response_format carries (undefined when none).
QJsonValue schemaOf(const QJsonObject &responseFormat);
// Checks `text`, the answer to a request made with `parameters` (its response_format).
// `complete` is false for stopped, failed, interrupted or streaming answers.
AnswerValidation check(const QJsonObject &parameters, const QString &text, bool complete);

} // namespace AnswerCheck

} // namespace Lineup
