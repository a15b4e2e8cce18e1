#pragma once

#include "api/ApiClient.h"
#include "comparison/Comparison.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace Lineup {

class ChatSession;
class ChatStream;
class PriceBook;

// A comparison being chatted in: one ChatSession per pane, each with its own ApiClient (and so
// its own QNetworkAccessManager: Qt opens at most 6 connections per host and manager, and eight
// panes against one local server must not queue). send() starts every pane's request at once; a
// failed or slow pane never holds the others. Knows no widgets and no storage (the GUI's
// ComparisonController and `lineup-cli compare --save` record each pane with a ChatRecorder).
class ComparisonSession : public QObject
{
    Q_OBJECT
public:
    // The endpoint (base URL, key, proxy) a pane's profile talks to.
    using EndpointResolver = std::function<Endpoint(const QString &profileId)>;

    explicit ComparisonSession(const ClientOptions &options, QObject *parent = nullptr);
    ~ComparisonSession() override;

    void setEndpointResolver(EndpointResolver resolver);
    void setPriceBook(const PriceBook *prices); // not owned; may be null
    void setApplyModelRules(bool apply);

    const Comparison &comparison() const { return m_comparison; }
    int paneCount() const { return int(m_panes.size()); }
    ChatSession *pane(int index) const;
    int indexOf(const ChatSession *pane) const; // -1 when not a pane of this comparison

    // Replaces everything (opening a stored comparison); `records[i]` are pane i's messages and
    // the list order is the pane order (positions are renumbered from it). Drops running
    // requests; emits paneRemoved for the old panes (last first), sharedChanged, then paneAdded
    // for each new one.
    void load(const Comparison &comparison, const QList<QList<MessageRecord>> &records);
    // Shared settings changed: every pane's effective settings are derived again.
    void setShared(const ConversationInfo &shared);
    // A pane's model and profile, or its overrides.
    void setPaneModel(int index, const QString &profileId, const QString &model);
    void setPaneOverrides(int index, const PaneOverrides &overrides);
    // Adds a pane at the end (up to Comparison::MaxPanes); returns its index or -1.
    int addPane(const QString &profileId, const QString &model);
    // Removes a pane (stopping its request); at least Comparison::MinPanes stay. False otherwise.
    bool removePane(int index);
    // Storage assigned ids (comparison row, pane conversation rows).
    void setStoredIds(qint64 comparisonId, const QList<qint64> &paneConversationIds);

    bool isBusy() const; // any pane streaming

public Q_SLOTS:
    // The same user turn to every pane; each keeps its own history. Ignored while any pane is
    // busy (stop it first), so every pane's history holds the same turns.
    void send(const Lineup::ChatMessage &userMessage);
    void stopAll();
    void stop(int index);
    void regenerate(int index);
    void retry(int index);

Q_SIGNALS:
    void paneAdded(int index);
    void paneRemoved(int index);
    void paneSettingsChanged(int index);
    void sharedChanged();
    void busyChanged(bool busy);
    // Forwarded from the pane's ChatSession.
    void paneRequestStarted(int index, int row, Lineup::ChatStream *stream);
    void paneRequestFinished(int index, int row);

private:
    struct Pane;
    void wirePane(Pane &pane);
    void refreshEffectiveSettings(int index);

    ClientOptions m_options;
    EndpointResolver m_resolveEndpoint;
    const PriceBook *m_prices = nullptr;
    bool m_applyModelRules = true;
    Comparison m_comparison;
    std::vector<std::unique_ptr<Pane>> m_panes;
    bool m_busy = false;
};

} // namespace Lineup
