<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Lineup</name>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="61"/>
        <source>%1 prompt + %2 completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="66"/>
        <source>%1 cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="68"/>
        <source>%1 reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="70"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="72"/>
        <source>finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="78"/>
        <source>must be a request body object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="85"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="92"/>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="208"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="92"/>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="208"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="141"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="151"/>
        <source>not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="179"/>
        <source>neither a Lineup export (no &quot;format&quot;) nor an OpenAI request body (no &quot;messages&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="186"/>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="193"/>
        <source>must be a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="199"/>
        <source>version %1 is newer than this Lineup reads (%2); update Lineup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="61"/>
        <source>--data-dir needs a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="64"/>
        <source>--format needs lineup, openai or markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="69"/>
        <source>%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="76"/>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="86"/>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="103"/>
        <source>&quot;%1&quot; is not a conversation id (a positive number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="196"/>
        <source>show needs exactly one conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="206"/>
        <source>there is no conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="235"/>
        <source>search needs a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="274"/>
        <source>unknown format &quot;%1&quot;: use lineup, openai or markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="290"/>
        <source>export needs conversation ids or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="304"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="314"/>
        <source>import needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="338"/>
        <source>delete needs conversation ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="344"/>
        <source>cannot delete conversation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="355"/>
        <source>Usage: lineup-cli conversations [--data-dir DIR] COMMAND
  list [--json]                 conversations, newest first
  show ID [--json]              every message with every stored field
  search QUERY [--json] [--limit N]
                                full-text search, matches in [brackets]
  export ID... | --all [--format lineup|openai|markdown] [-o FILE]
  import FILE...                Lineup JSON or OpenAI request bodies; prints new ids
  delete ID...                  delete for good
The database is the app&apos;s: --data-dir, else LINEUP_DATA_DIR, else the platform data directory.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="386"/>
        <source>conversations needs a command: list, show, search, export, import, delete (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConversationsCommand.cpp" line="388"/>
        <source>unknown conversations command &quot;%1&quot; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ApiClient</name>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="82"/>
        <source>The base URL &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiClient.cpp" line="126"/>
        <source>No answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ApiError</name>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="125"/>
        <source>… (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="232"/>
        <source>The service rejected the API key (HTTP %1)%2. Check the key in the provider settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="237"/>
        <source>The service did not find the model or endpoint (HTTP %1)%2. Check the model name and the provider&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="243"/>
        <source>The service rejected the parameter &quot;%1&quot; (HTTP %2)%3. Change or remove that parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="248"/>
        <source>The service rejected the request (HTTP %1)%2. Check the request parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="254"/>
        <source>The service is limiting the request rate (HTTP %1)%2. It asks to retry after %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="260"/>
        <source>The service is limiting the request rate (HTTP %1)%2. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="265"/>
        <source>The service had an internal error (HTTP %1)%2. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="270"/>
        <source>The service answered with HTTP %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="274"/>
        <source>The connection was refused%1. Check that the server is running and that the base URL and port are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="279"/>
        <source>The server&apos;s host name could not be found%1. Check the base URL and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="284"/>
        <source>The connection is not secure and was refused%1. Check the server&apos;s certificate and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="289"/>
        <source>The service did not answer in time%1. Check the network connection or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="295"/>
        <source>No data for %1 s; the partial answer was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="299"/>
        <source>No data arrived for too long; the partial answer was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="303"/>
        <source>The request was cancelled; the partial answer was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="309"/>
        <source>The service reported an error in the middle of the answer; the partial answer was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="313"/>
        <source>The service reported an error in the middle of the answer: %1. The partial answer was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="319"/>
        <source>The connection closed before the answer was complete; the partial answer was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="323"/>
        <source>The service&apos;s answer could not be read%1. Check that the base URL points to an OpenAI-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="328"/>
        <source>The network connection failed%1. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="401"/>
        <source>the server returned an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="403"/>
        <source>the server returned an HTML page (title: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::Application</name>
    <message>
        <location filename="../app/gui/Application.cpp" line="70"/>
        <source>A native playground for OpenAI-compatible chat APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Application.cpp" line="76"/>
        <source>Chat with the provider profile &lt;id&gt; (see Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Application.cpp" line="81"/>
        <source>Chat with the OpenAI-compatible service at &lt;url&gt; (for example http://localhost:11434/v1) for this run; its key, if any, is read from LINEUP_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Application.cpp" line="89"/>
        <source>Start new chats with model &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Application.cpp" line="93"/>
        <source>Keep conversations in &lt;dir&gt; instead of the default place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Application.cpp" line="98"/>
        <source>Use a dark theme even if the desktop does not ask for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Application.cpp" line="105"/>
        <source>Use either --profile or --base-url, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Application.cpp" line="115"/>
        <source>“%1” is not an http or https address. Example: --base-url http://localhost:11434/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Application.cpp" line="155"/>
        <source>There is no provider profile “%1”. Known profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::BackgroundRowEncoder</name>
    <message>
        <location filename="../app/core/storage/BackgroundRowEncoder.cpp" line="62"/>
        <source>message %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ChatMessage</name>
    <message>
        <location filename="../app/core/chat/ChatMessage.cpp" line="224"/>
        <source>&quot;role&quot; must be one of system, developer, user, assistant, tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/chat/ChatMessage.cpp" line="248"/>
        <source>&quot;content&quot; must be a string or an array of parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ChatRecorder</name>
    <message>
        <location filename="../app/core/storage/ChatRecorder.cpp" line="64"/>
        <source>there is no conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ChatRecorder.cpp" line="99"/>
        <source>the request was closed before it finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ChatStream</name>
    <message>
        <location filename="../app/core/api/ChatStream.cpp" line="50"/>
        <location filename="../app/core/api/ChatStream.cpp" line="106"/>
        <source>The network client was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ChatStream.cpp" line="95"/>
        <source>The base URL &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ChatStream.cpp" line="252"/>
        <source>No answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ChatStream.cpp" line="309"/>
        <source>The service sent an empty answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ChatStream.cpp" line="310"/>
        <source>The answer is not a JSON object (%1, content type &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ChatView</name>
    <message>
        <location filename="../app/gui/chatview/ChatView.cpp" line="292"/>
        <source>Retry in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatView.cpp" line="293"/>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="39"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatView.cpp" line="342"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatView.cpp" line="343"/>
        <source>Messages of the current conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatView.cpp" line="357"/>
        <source>Jump to latest ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatView.cpp" line="358"/>
        <source>Scroll to the newest message and follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatView.cpp" line="359"/>
        <source>Jump to latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="29"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="31"/>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="33"/>
        <source>Edit and resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="35"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="37"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="41"/>
        <source>Fix the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="51"/>
        <source>Message actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="56"/>
        <source>Copy the message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="57"/>
        <source>Copy the message as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="58"/>
        <source>Edit this message and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="59"/>
        <source>Ask for a new answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="60"/>
        <source>Delete this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="399"/>
        <source>Copy selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="404"/>
        <source>Copy link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="409"/>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="432"/>
        <source>%1 (click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="435"/>
        <source>Copy this code block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="438"/>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="441"/>
        <source>Show choice %1 of this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="447"/>
        <source>Open the provider settings to fix the key, address or model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewInput.cpp" line="448"/>
        <source>Send the request again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewAccessible.cpp" line="60"/>
        <source>answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewAccessible.cpp" line="62"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewAccessible.cpp" line="64"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewAccessible.cpp" line="66"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewAccessible.cpp" line="181"/>
        <source>Opens in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewParts.cpp" line="96"/>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewParts.cpp" line="98"/>
        <source>Copy code block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/ChatViewParts.cpp" line="100"/>
        <source>Choice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ChunkAssembler</name>
    <message>
        <location filename="../app/core/api/ChunkAssembler.cpp" line="102"/>
        <source>event %1: invalid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ChunkAssembler.cpp" line="110"/>
        <source>event %1: expected a JSON object, skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::Composer</name>
    <message>
        <location filename="../app/gui/Composer.cpp" line="52"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="53"/>
        <source>Write a message. Paste or drop images to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="59"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="64"/>
        <source>Attachment notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="70"/>
        <location filename="../app/gui/Composer.cpp" line="273"/>
        <source>Attach images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="71"/>
        <source>Attach images (you can also paste or drop them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="113"/>
        <source>Editing an earlier message. Sending replaces it and every message after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="119"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="120"/>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="121"/>
        <source>Keep the conversation as it is (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="152"/>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="220"/>
        <source>Message the model — Ctrl+Enter to send, Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="221"/>
        <source>Message the model — Enter to send, Shift+Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="239"/>
        <location filename="../app/gui/Composer.cpp" line="240"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="241"/>
        <source>Stop the answer, keeping what arrived (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="246"/>
        <location filename="../app/gui/Composer.cpp" line="247"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="248"/>
        <source>Send the message (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="249"/>
        <source>Send the message (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="275"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="291"/>
        <source>“%1” is larger than 20 MB; services refuse images that big. Attach a smaller version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="298"/>
        <source>Could not read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="312"/>
        <source>“%1” is not an image Lineup can read. Use PNG, JPEG, GIF or WebP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="323"/>
        <source>“%1” is larger than 20 MB; services refuse images that big.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="330"/>
        <source>Attached image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="331"/>
        <source>%1 — %2 × %3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="342"/>
        <source>Thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="349"/>
        <source>Auto detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="350"/>
        <source>Low detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="351"/>
        <source>High detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="352"/>
        <source>Image detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="353"/>
        <source>How closely the model looks at this image: low is faster and cheaper, high reads fine print, auto lets the model decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="360"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="361"/>
        <source>Remove this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/Composer.cpp" line="416"/>
        <source>Pasted image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ConnectionTester</name>
    <message>
        <location filename="../app/gui/settings/ConnectionTester.cpp" line="36"/>
        <source>Connected: 1 model available (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/ConnectionTester.cpp" line="37"/>
        <source>Connected: %1 models available (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/ConnectionTester.cpp" line="72"/>
        <source>The proxy &quot;%1&quot; is not understood. Write http://host:port, socks5://host:port, &quot;none&quot; for a direct connection, or leave it empty for the system proxy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ContentPart</name>
    <message>
        <location filename="../app/core/chat/ChatMessage.cpp" line="91"/>
        <source>a text part has no &quot;text&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/chat/ChatMessage.cpp" line="106"/>
        <source>an image part has no &quot;image_url.url&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/chat/ChatMessage.cpp" line="116"/>
        <source>an image data: URL is not base64-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/chat/ChatMessage.cpp" line="125"/>
        <source>an image data: URL holds invalid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/chat/ChatMessage.cpp" line="135"/>
        <source>unknown content part type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationExporter</name>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="116"/>
        <source>there is no conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="240"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="244"/>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="246"/>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="248"/>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="250"/>
        <source>Parameters: `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="268"/>
        <source>Result of tool call `%1`:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="270"/>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="277"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="281"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="284"/>
        <source>Tool call `%1` (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationExporter.cpp" line="287"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationImporter</name>
    <message>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="261"/>
        <source>%1 (imported %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="272"/>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationImporter.cpp" line="340"/>
        <source>%1: nothing was imported: the history database refused the write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationListPanel</name>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="94"/>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="95"/>
        <source>%1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="107"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="114"/>
        <location filename="../app/gui/ConversationListPanel.cpp" line="139"/>
        <location filename="../app/gui/ConversationListPanel.cpp" line="142"/>
        <location filename="../app/gui/ConversationListPanel.cpp" line="332"/>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="135"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="143"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="148"/>
        <source>Search all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="151"/>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="152"/>
        <source>Find messages in every conversation; every word must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="155"/>
        <source>Conversation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="156"/>
        <source>Your conversations. Right-click to rename, pin or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="168"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="169"/>
        <source>Messages that match the search; open one to jump to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="183"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="185"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="186"/>
        <source>Bring the deleted conversation back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="250"/>
        <location filename="../app/gui/ConversationListPanel.cpp" line="415"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="258"/>
        <location filename="../app/gui/ConversationListPanel.cpp" line="432"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="288"/>
        <source>%1
Last changed %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="340"/>
        <source>No message matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="375"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="417"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="417"/>
        <source>Pin to top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationListPanel.cpp" line="428"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ConversationListPanel.cpp" line="429"/>
        <source>Export %n Conversations…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationStore</name>
    <message>
        <location filename="../app/core/storage/ConversationStore.cpp" line="125"/>
        <source>cannot create the data directory &quot;%1&quot;; choose another one with --data-dir or LINEUP_DATA_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationStore.cpp" line="221"/>
        <source>cannot open the history database &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationStore.cpp" line="228"/>
        <source>cannot use the history database &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationStore.cpp" line="235"/>
        <source>Lineup ended while this answer was streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationStore.cpp" line="243"/>
        <source>cannot recover interrupted answers in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationStore.cpp" line="291"/>
        <location filename="../app/core/storage/ConversationStore.cpp" line="383"/>
        <location filename="../app/core/storage/ConversationStore.cpp" line="444"/>
        <source>there is no conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationStore.cpp" line="398"/>
        <source>conversation %1 is not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/ConversationStoreMessages.cpp" line="165"/>
        <location filename="../app/core/storage/ConversationStoreMessages.cpp" line="238"/>
        <location filename="../app/core/storage/ConversationStoreMessages.cpp" line="268"/>
        <source>there is no message %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationTransfer</name>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="52"/>
        <source>Lineup JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="54"/>
        <source>OpenAI request body (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="56"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="66"/>
        <location filename="../app/gui/ConversationTransfer.cpp" line="125"/>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="66"/>
        <location filename="../app/gui/ConversationTransfer.cpp" line="125"/>
        <source>There is no saved conversation to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="75"/>
        <location filename="../app/gui/ConversationTransfer.cpp" line="81"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="75"/>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="82"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="88"/>
        <source>Exported the conversation to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ConversationTransfer.cpp" line="89"/>
        <source>Exported %n conversations to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="106"/>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="107"/>
        <source>%1

The files before this one were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="108"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="116"/>
        <source>Imported 1 conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ConversationTransfer.cpp" line="117"/>
        <source>Imported %n conversations.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="129"/>
        <source>Export Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ConversationTransfer.cpp" line="130"/>
        <source>Export %n Conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="136"/>
        <source>conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="163"/>
        <source>Import Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="170"/>
        <source>Lineup JSON or OpenAI request bodies (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConversationTransfer.cpp" line="170"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::DialogLauncher</name>
    <message>
        <location filename="../app/gui/DialogLauncher.cpp" line="66"/>
        <source>About Lineup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/DialogLauncher.cpp" line="67"/>
        <source>&lt;b&gt;Lineup %1&lt;/b&gt;&lt;br&gt;A native playground for OpenAI-compatible chat APIs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::EmptyState</name>
    <message>
        <location filename="../app/gui/EmptyState.cpp" line="18"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/EmptyState.cpp" line="32"/>
        <source>What would you like to ask?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/EmptyState.cpp" line="42"/>
        <source>Ctrl+K choose a model · Ctrl+N new chat · Ctrl+F find · paste or drop images to attach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/EmptyState.cpp" line="60"/>
        <source>Connected to %1. Choose a model on the right (Ctrl+K) to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/EmptyState.cpp" line="61"/>
        <source>Your message goes to %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::Endpoint</name>
    <message>
        <location filename="../app/core/api/Endpoint.cpp" line="42"/>
        <source>%1 uses http:// to a host that is not this computer: the API key and the conversation travel unencrypted and can be read on the network. Use https:// unless you trust every network in between.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::FindBar</name>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="24"/>
        <location filename="../app/gui/FindBar.cpp" line="27"/>
        <source>Find in conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="29"/>
        <source>Find text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="31"/>
        <source>Text to find in this conversation (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="36"/>
        <source>Find result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="37"/>
        <location filename="../app/gui/FindBar.cpp" line="98"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="46"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="47"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="48"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="48"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="49"/>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="49"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::Icons</name>
    <message>
        <location filename="../app/gui/Icons.cpp" line="134"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::KeyResolver</name>
    <message>
        <location filename="../app/core/secrets/KeyResolver.cpp" line="35"/>
        <source>%1 Using %2 from the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeyResolver.cpp" line="66"/>
        <source>No API key for %1 (profile %2). Store one with `lineup-cli keys set %2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeyResolver.cpp" line="70"/>
        <source>No API key for %1 (profile %2). Store one with `lineup-cli keys set %2` or set the environment variable %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeyResolver.cpp" line="129"/>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::KeyStore</name>
    <message>
        <location filename="../app/core/secrets/KeyStore.cpp" line="48"/>
        <source>No key named &quot;%1&quot; is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeyStore.cpp" line="32"/>
        <source>No system keychain (Secret Service) is available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeyStore.cpp" line="55"/>
        <source>The system keychain refused access (%1). Unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeyStore.cpp" line="73"/>
        <source>The system keychain failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeyStore.cpp" line="151"/>
        <source>This profile has no keychain entry name, so no key can be stored for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="81"/>
        <source>Conversations cannot be saved: %1. Chats work but are lost when Lineup closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="118"/>
        <source>There is no provider profile “%1”. Use one of the profiles in Settings, or --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="207"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="260"/>
        <location filename="../app/gui/MainWindow.cpp" line="262"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="31"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="32"/>
        <source>&amp;New Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="36"/>
        <source>Start a new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="38"/>
        <source>&amp;Providers and Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="46"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="50"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="52"/>
        <source>Copy &amp;Last Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="56"/>
        <source>&amp;Find in Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="60"/>
        <source>&amp;Search All Conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="64"/>
        <source>Focus &amp;Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="67"/>
        <source>Send with Ctrl+&amp;Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="71"/>
        <source>When on, Enter starts a new line and Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="77"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="78"/>
        <source>Choose &amp;Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="86"/>
        <source>Show or hide the %1 panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="90"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="91"/>
        <source>&amp;About Lineup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="105"/>
        <source>&amp;Export Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="112"/>
        <source>Save this conversation as Lineup JSON, an OpenAI request or Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="113"/>
        <source>Export &amp;All Conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="122"/>
        <source>&amp;Import Conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="126"/>
        <source>Add conversations from Lineup JSON or OpenAI request bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="298"/>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="324"/>
        <source>Could not save the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="383"/>
        <source>Choose a model first (Ctrl+K), then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="506"/>
        <source>Lineup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="506"/>
        <source>%1 — Lineup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="144"/>
        <source>Copied the last answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowMenus.cpp" line="148"/>
        <source>There is no answer to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::MessageLayout</name>
    <message>
        <location filename="../app/gui/chatview/MessageHitTest.cpp" line="30"/>
        <location filename="../app/gui/chatview/MessagePainter.cpp" line="265"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="56"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="58"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="60"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="62"/>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="64"/>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="73"/>
        <source>Open provider settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="77"/>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="201"/>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="205"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="138"/>
        <source>Attached image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="140"/>
        <source>Image (not loaded): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="173"/>
        <source>Tool call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="173"/>
        <source>Tool call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="191"/>
        <source>writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="200"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="204"/>
        <source>Interrupted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="210"/>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="211"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="237"/>
        <source>Finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="240"/>
        <source>%1 prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="242"/>
        <source>%1 completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="244"/>
        <source>%1 cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="246"/>
        <source>%1 reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="248"/>
        <source>Tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="251"/>
        <source>First token %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="255"/>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessageLayout.cpp" line="266"/>
        <location filename="../app/gui/chatview/MessagePainter.cpp" line="203"/>
        <source>Choice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessagePainter.cpp" line="225"/>
        <source>Reasoning (thinking…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessagePainter.cpp" line="225"/>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/chatview/MessagePainter.cpp" line="257"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ModelInfo</name>
    <message>
        <location filename="../app/core/api/ModelInfo.cpp" line="107"/>
        <source>The model list is not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ModelInfo.cpp" line="126"/>
        <source>The model list has neither a &quot;data&quot; nor a &quot;models&quot; array: the base URL may not point at an OpenAI-compatible service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ModelListModel</name>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="69"/>
        <source>%1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="71"/>
        <source>%1K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="79"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="80"/>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="114"/>
        <source>Owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="117"/>
        <source>Context window: %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="120"/>
        <source>Input: %1 per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="122"/>
        <source>Output: %1 per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="125"/>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="129"/>
        <source>%1, favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="145"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="147"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="149"/>
        <source>In $/M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="151"/>
        <source>Out $/M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="156"/>
        <source>Model id as the service names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="158"/>
        <source>Context window in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="160"/>
        <source>Price in US dollars per million prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelListModel.cpp" line="162"/>
        <source>Price in US dollars per million completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ModelPanel</name>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="43"/>
        <source>Search or type a model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="45"/>
        <source>Model search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="46"/>
        <source>Filter the list as you type (Ctrl+K). Enter picks the only match, or uses the text as a model id when it is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="51"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="54"/>
        <source>Refresh model list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="55"/>
        <source>Ask the service again for the models your key can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="60"/>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="61"/>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="302"/>
        <source>Mark the selected model as a favourite; favourites are listed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="72"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="73"/>
        <source>Double-click or press Enter to use a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="94"/>
        <source>Model list status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="120"/>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="163"/>
        <source>No service selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="141"/>
        <source>1 model available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="142"/>
        <source>%1 models available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="171"/>
        <source>Loading models from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="184"/>
        <source>Could not load the model list: %1 You can still type a model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ModelPanel.cpp" line="301"/>
        <source>Remove %1 from favourites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ParameterCatalog</name>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="44"/>
        <source>Sampling temperature: higher values make the answer more varied, lower values more focused; change this or top_p, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="48"/>
        <source>Nucleus sampling: only tokens within this cumulative probability mass are considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="52"/>
        <source>How many alternative answers (choices) to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="55"/>
        <source>Up to 4 sequences at which the model stops generating; a single string or a list of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="59"/>
        <source>Legacy upper limit on generated tokens; newer OpenAI models use max_completion_tokens instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="63"/>
        <source>Upper limit on generated tokens, counting visible output and reasoning tokens (GPT-4.1, GPT-5 and o-series).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="67"/>
        <source>Positive values penalise tokens that already appeared, nudging the model towards new topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="71"/>
        <source>Positive values penalise tokens by how often they already appeared, reducing verbatim repetition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="75"/>
        <source>Maps token ids to a bias from -100 (ban) to 100 (force) added to their likelihood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="79"/>
        <source>Best-effort determinism: repeated requests with the same seed should return the same answer (compare system_fingerprint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="83"/>
        <source>An id for your end user that helps the service detect abuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="86"/>
        <source>Forces JSON output: json_object guarantees valid JSON, a strict json_schema guarantees the given schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="90"/>
        <source>Functions the model may call, each with a name, a description and a JSON Schema for its arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="94"/>
        <source>Whether the model may call tools (auto), must not (none), must call one (required), or must call a named function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="98"/>
        <source>Return the log probability of each generated token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="101"/>
        <source>How many most likely alternatives to return for each token position; needs logprobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="105"/>
        <source>How much a reasoning model thinks before answering (o-series and GPT-5.1 or newer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="109"/>
        <source>Processing tier: flex is cheaper and slower, priority faster and dearer, auto lets the service decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="122"/>
        <source>a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="125"/>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="129"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="131"/>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="134"/>
        <source>a string or a JSON array of up to %1 strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="138"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="140"/>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="301"/>
        <source>a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="142"/>
        <source>a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="144"/>
        <source>%1, or a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="161"/>
        <source>not a single JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="177"/>
        <source>%1 expects %2, got &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="232"/>
        <source>response_format of type json_schema needs a &quot;json_schema&quot; object with a &quot;name&quot; and a &quot;schema&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="238"/>
        <source>response_format.json_schema.schema must be a JSON object (a JSON Schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="244"/>
        <source>response_format.type must be json_object or json_schema, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="256"/>
        <source>logit_bias keys must be token ids (whole numbers), got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="262"/>
        <source>logit_bias for token %1 must be a number from -100 to 100, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="284"/>
        <source>tools[%1] must be {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="192"/>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="392"/>
        <source>%1 expects %2; the JSON does not parse: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="455"/>
        <source>%1 must be from %2 to %3; %4 is outside the range the API accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/ParameterCatalog.cpp" line="492"/>
        <source>%1 accepts at most %2 strings; %3 were given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ParameterRow</name>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="55"/>
        <source>Send %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="56"/>
        <source>Checked: %1 is sent with the request. Unchecked: it is left out and the service uses its default.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="62"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="64"/>
        <source>Reset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="65"/>
        <source>Back to the default and not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="70"/>
        <source>Notes for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="74"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="78"/>
        <source>%1 is not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="79"/>
        <source>Left out of the request: the service uses its default. Edit the value or check the box to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="112"/>
        <source>Value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="123"/>
        <source>%1 slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="156"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="175"/>
        <source>END, ### or [&quot;a&quot;, &quot;b&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="177"/>
        <source>Separate several sequences with commas, or write a JSON list (needed when a sequence contains a comma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="192"/>
        <source>JSON; checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="380"/>
        <source>Valid range: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="423"/>
        <source>Enter a value, or uncheck %1 to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParameterRow.cpp" line="432"/>
        <source>⚠ %1 Not sent until fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ParametersPanel</name>
    <message>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="18"/>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="24"/>
        <source>Apply model-family rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="25"/>
        <source>Checked: values a model family does not accept are adjusted before sending (for example temperature above 1 for Claude), and each change is shown. Unchecked: exactly what you set is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="30"/>
        <source>Reset all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="32"/>
        <source>Reset all parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="33"/>
        <source>Leave every parameter out of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="38"/>
        <source>Model-family notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="57"/>
        <source>Request parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="209"/>
        <source>%1 lowered to %2: %3 accepts %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="218"/>
        <source>%1 models do not accept logprobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="220"/>
        <source>%1 models do not accept top_logprobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="222"/>
        <source>This model does not accept reasoning_effort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="224"/>
        <source>This model expects max_completion_tokens instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="228"/>
        <source>%1 accepts at most %2 stop sequences; the rest are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ParametersPanel.cpp" line="234"/>
        <source>%1 accepts only json_schema here, not json_object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::PromptPanel</name>
    <message>
        <location filename="../app/gui/panels/PromptPanel.cpp" line="20"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PromptPanel.cpp" line="21"/>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PromptPanel.cpp" line="22"/>
        <source>Instruction role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PromptPanel.cpp" line="23"/>
        <source>System works with every model. Developer replaces system on o1 and newer OpenAI models; older models treat it as system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PromptPanel.cpp" line="26"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PromptPanel.cpp" line="30"/>
        <source>Instructions sent before the conversation, e.g. &quot;You are a concise assistant.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PromptPanel.cpp" line="32"/>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PromptPanel.cpp" line="33"/>
        <source>Sent as the first message of every request in this conversation; leave empty to send none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ProviderStore</name>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="94"/>
        <source>CometAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="97"/>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="100"/>
        <source>OpenRouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="103"/>
        <source>LiteLLM proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="105"/>
        <source>Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="107"/>
        <source>LM Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/ProviderProfile.cpp" line="110"/>
        <source>llama.cpp server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::RecordJson</name>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="45"/>
        <location filename="../app/core/storage/RecordJson.cpp" line="163"/>
        <location filename="../app/core/storage/RecordJson.cpp" line="360"/>
        <location filename="../app/core/storage/RecordJson.cpp" line="487"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="57"/>
        <location filename="../app/core/storage/RecordJson.cpp" line="144"/>
        <location filename="../app/core/storage/RecordJson.cpp" line="353"/>
        <location filename="../app/core/storage/RecordJson.cpp" line="381"/>
        <location filename="../app/core/storage/RecordJson.cpp" line="480"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="74"/>
        <source>&quot;%1&quot; is not an ISO 8601 date-time (e.g. 2026-01-31T12:00:00.000Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="85"/>
        <source>must be an object with a &quot;url&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="92"/>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="100"/>
        <source>must be &quot;low&quot;, &quot;high&quot; or &quot;auto&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="108"/>
        <source>not a base64 data: URL (expected data:&lt;type&gt;;base64,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="114"/>
        <source>the data: URL holds invalid or empty base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="122"/>
        <source>must be an http(s) URL or a base64 data: URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="137"/>
        <location filename="../app/core/storage/RecordJson.cpp" line="460"/>
        <location filename="../app/core/storage/RecordJson.cpp" line="515"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="157"/>
        <source>must be an object with &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="178"/>
        <location filename="../app/core/storage/RecordJson.cpp" line="417"/>
        <location filename="../app/core/storage/RecordJson.cpp" line="487"/>
        <location filename="../app/core/storage/RecordJson.cpp" line="515"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="184"/>
        <source>must be one of &quot;system&quot;, &quot;developer&quot;, &quot;user&quot;, &quot;assistant&quot;, &quot;tool&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="346"/>
        <source>must be a string, an array of parts or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="370"/>
        <source>must be &quot;text&quot; or &quot;image_url&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="439"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="451"/>
        <source>must be one of &quot;complete&quot;, &quot;streaming&quot;, &quot;stopped&quot;, &quot;failed&quot;, &quot;interrupted&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="503"/>
        <source>must be &quot;system&quot; or &quot;developer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/RecordJson.cpp" line="508"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::RequestBuilder</name>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="90"/>
        <source>temperature %1 was lowered to %2 because %3 models accept 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="106"/>
        <source>n %1 was set to 1 because %2 models return only one choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="111"/>
        <source>n %1 was lowered to %2 because %3 models return at most %2 choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="129"/>
        <source>stop had %1 strings; only the first %2 were sent because %3 models accept up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="145"/>
        <source>%1 was removed because %2 models do not return log probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="154"/>
        <source>logprobs was turned on because top_logprobs needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="166"/>
        <source>reasoning_effort was removed because %1 does not accept it; only o-series and GPT-5.1 or newer models do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="183"/>
        <source>%1 was dropped because %2 is also set and %3 uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="190"/>
        <source>%1 was sent as %2 because %3 expects %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="210"/>
        <source>response_format json_object was replaced by a json_schema that accepts any JSON object because %1 models accept only json_schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="226"/>
        <source>tool_choice was removed because no tools are set; the API rejects tool_choice without tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="292"/>
        <source>OpenAI GPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="294"/>
        <source>OpenAI o-series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="296"/>
        <source>Claude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="298"/>
        <source>Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="302"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestBuilder.cpp" line="327"/>
        <source>%1 among the parameters was ignored because Lineup sets it from the request itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::RequestPanel</name>
    <message>
        <location filename="../app/gui/panels/RequestPanel.cpp" line="31"/>
        <source>%1,… (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RequestPanel.cpp" line="60"/>
        <location filename="../app/gui/panels/RequestPanel.cpp" line="79"/>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RequestPanel.cpp" line="67"/>
        <source>Next request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RequestPanel.cpp" line="68"/>
        <source>The JSON the next request will send. Image data is abbreviated here only; the request carries it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RequestPanel.cpp" line="70"/>
        <source>Choose a model to see the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RequestPanel.cpp" line="75"/>
        <source>Model-family adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RequestPanel.cpp" line="107"/>
        <source>Copy a curl command that sends this request; the key is read from $%1, never copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::ServiceIndicator</name>
    <message>
        <location filename="../app/gui/ServiceIndicator.cpp" line="23"/>
        <source>Connection warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServiceIndicator.cpp" line="32"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServiceIndicator.cpp" line="41"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServiceIndicator.cpp" line="42"/>
        <source>The model the next message goes to (Ctrl+K to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServiceIndicator.cpp" line="55"/>
        <source>No model chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServiceIndicator.cpp" line="62"/>
        <source>Provider: %1 (%2). Click to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServiceIndicator.cpp" line="83"/>
        <source>No API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServiceIndicator.cpp" line="84"/>
        <source>add one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServiceIndicator.cpp" line="105"/>
        <source>Providers and Keys…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="32"/>
        <source>CometAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="33"/>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="34"/>
        <source>OpenRouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="35"/>
        <source>LiteLLM proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="36"/>
        <source>Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="37"/>
        <source>LM Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="38"/>
        <source>llama.cpp server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="39"/>
        <source>vLLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="41"/>
        <source>Other (OpenAI-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="61"/>
        <source>Providers and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="78"/>
        <source>Provider profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="79"/>
        <source>The services Lineup can talk to; select one to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="80"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="81"/>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="82"/>
        <source>Add a service: any server with an OpenAI-compatible API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="83"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="84"/>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="459"/>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="85"/>
        <source>Remove the selected profile and forget its stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="88"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="89"/>
        <source>The name shown in Lineup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="91"/>
        <source>Profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="92"/>
        <source>Short id used in &quot;profile/model&quot; and on the command line (letters, digits, dot, dash, underscore). Fixed once saved, because the stored key is filed under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="96"/>
        <source>Service kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="97"/>
        <source>What kind of server this is; it decides the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="102"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="103"/>
        <source>The address before /chat/completions, usually ending in /v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="105"/>
        <source>System proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="106"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="107"/>
        <source>Empty: the system proxy. &quot;none&quot;: a direct connection. Otherwise http://host:port or socks5://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="111"/>
        <source>Key environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Environment variable read when no key is stored; also used in &quot;Copy as curl&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="114"/>
        <source>This service needs a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="115"/>
        <source>Needs a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="116"/>
        <source>Local servers such as Ollama usually need none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="123"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="124"/>
        <source>Saved in the system keychain only, never in a settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="125"/>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="131"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="127"/>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="128"/>
        <source>Show or hide the key while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="131"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="136"/>
        <source>Key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="137"/>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="138"/>
        <source>Keep for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="139"/>
        <source>Keep the key in memory until Lineup quits; it is never written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="142"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="143"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="144"/>
        <source>Ask the service for its model list with the address and key above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="148"/>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="151"/>
        <source>Problems with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="152"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="154"/>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="155"/>
        <source>Save the profile; the key goes to the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="169"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="170"/>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="171"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="172"/>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="173"/>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="174"/>
        <source>Key &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="177"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="199"/>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="200"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="201"/>
        <source>Close; unsaved edits are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="233"/>
        <source>%1 (%2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="295"/>
        <source>A key is kept for this session only (not in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="304"/>
        <source>A key is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="306"/>
        <source>No key stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="315"/>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="346"/>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="350"/>
        <source>The id &quot;%1&quot; cannot be used: use letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="357"/>
        <source>A profile with the id &quot;%1&quot; already exists; choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="363"/>
        <source>The base URL must start with http:// or https://, e.g. https://api.cometapi.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="396"/>
        <source>Saving the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="403"/>
        <source>Key saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="410"/>
        <source>The key was not saved. %1 You can keep it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="416"/>
        <source>The key could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="433"/>
        <source>The key is kept in memory for this session only; it is forgotten when Lineup quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="460"/>
        <source>Remove the profile &quot;%1&quot; and forget its stored key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="474"/>
        <source>Enter a base URL first, e.g. https://api.cometapi.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="485"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::SidePanels</name>
    <message>
        <location filename="../app/gui/SidePanels.cpp" line="37"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SidePanels.cpp" line="38"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SidePanels.cpp" line="39"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SidePanels.cpp" line="40"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::SseDecoder</name>
    <message>
        <location filename="../app/core/sse/SseDecoder.cpp" line="218"/>
        <source>A line of the event stream is longer than %1 bytes, so decoding stopped. The server is probably not sending server-sent events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::StoreSchema</name>
    <message>
        <location filename="../app/core/storage/StoreSchema.cpp" line="164"/>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StoreSchema.cpp" line="169"/>
        <source>the database was written by a newer Lineup (schema %1, this build knows up to %2); update Lineup or use another --data-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StoreSchema.cpp" line="178"/>
        <source>cannot start the migration to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StoreSchema.cpp" line="191"/>
        <location filename="../app/core/storage/StoreSchema.cpp" line="201"/>
        <source>migration to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup::WelcomeDialog</name>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="50"/>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="66"/>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="71"/>
        <source>Welcome to Lineup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="56"/>
        <source>No local server answered on the usual ports (Ollama 11434, LM Studio 1234, llama.cpp 8080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="59"/>
        <source>Local servers on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="72"/>
        <source>Choose the service to chat with. You can add more services and change this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="78"/>
        <source>CometAPI (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="79"/>
        <source>Use CometAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="80"/>
        <source>One key for hundreds of models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="84"/>
        <source>CometAPI is one OpenAI-compatible service with hundreds of models behind a single key: GPT, Claude, Gemini, Grok, Qwen and more. Switching models is just picking another name. Paste your CometAPI key below; Lineup keeps it in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="96"/>
        <source>CometAPI key (you can also add it later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="97"/>
        <source>CometAPI key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="98"/>
        <source>Saved in the system keychain only, never in a settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="99"/>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="105"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="101"/>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="102"/>
        <source>Show or hide the key while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="105"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="107"/>
        <source>Use the key found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="109"/>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="128"/>
        <source>Import the key from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="110"/>
        <source>Copy the key from the environment variable %1 into the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="119"/>
        <source>Looking for local servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="121"/>
        <source>Local servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="126"/>
        <source>Also store the key found in %1 in the keychain, for OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="129"/>
        <source>Adds the OpenAI profile with this key, kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="131"/>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="132"/>
        <source>Set up later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="133"/>
        <source>Open Lineup without choosing a service now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="138"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="139"/>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="141"/>
        <source>Keep for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="142"/>
        <source>Keep the key in memory until Lineup quits; it is never written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="146"/>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="147"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="148"/>
        <source>Save the choice and start chatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="152"/>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="153"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="154"/>
        <source>Close without saving anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="237"/>
        <source>%1 at %2 (1 model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="238"/>
        <source>%1 at %2 (%3 models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="242"/>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="243"/>
        <source>Chat with the models of the %1 server running on this computer; no key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="310"/>
        <source>Saving the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="329"/>
        <source>The key was not saved. %1 You can keep it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/WelcomeDialog.cpp" line="334"/>
        <source>The key could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineupCli</name>
    <message>
        <location filename="../app/cli/ChatCommand.cpp" line="28"/>
        <source>the answer is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatCommand.cpp" line="75"/>
        <source>%1 (sent unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatCommand.cpp" line="99"/>
        <source>%1 Retrying in %2 s (retry %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatCommand.cpp" line="140"/>
        <source>the answer was stopped before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="70"/>
        <source>cannot read image &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="75"/>
        <source>&quot;%1&quot; is not a PNG, JPEG, WEBP or GIF image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="88"/>
        <source>%1: cannot read &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="94"/>
        <source>%1: &quot;%2&quot; is not valid JSON: %3 at offset %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="110"/>
        <source>--schema: &quot;%1&quot; must hold a JSON object (a JSON Schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="140"/>
        <source>--tools: &quot;%1&quot; must hold a JSON array of tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="147"/>
        <source>--tools: every entry of &quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="166"/>
        <source>--%1 needs a number of seconds above 0 (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="207"/>
        <source>Model id, or profile/model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="209"/>
        <source>System message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="212"/>
        <source>Developer message (o1 and newer models).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="215"/>
        <source>Request parameter, typed: temperature=0.2, stop=[&quot;a&quot;], logprobs=true. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="220"/>
        <source>Ask for JSON following this JSON Schema (or {name, schema, strict}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="224"/>
        <source>JSON array of tools the model may call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="227"/>
        <source>Attach an image (PNG, JPEG, WEBP, GIF). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="230"/>
        <source>Ask for the whole answer at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="232"/>
        <source>Print the assembled chat.completion JSON (plus done, error, timings, warnings) at the end instead of streaming text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="236"/>
        <source>Write every SSE event as a JSON line (- : stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="239"/>
        <source>Send the parameters exactly as given, without model-family adjustments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="243"/>
        <source>Abort a stream silent for this long (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="246"/>
        <source>Give up when no answer starts within this time (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="250"/>
        <location filename="../app/cli/ModelsCommand.cpp" line="95"/>
        <source>Retries for 429, 5xx and connection failures (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="253"/>
        <source>Save the exchange in the conversation history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="255"/>
        <source>With --save: continue this saved conversation (its history is sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="259"/>
        <source>The prompt, or - to read it from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="274"/>
        <source>chat needs --model (e.g. --model gpt-5 or --model cometapi/gpt-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="278"/>
        <source>chat needs a prompt (or - to read it from stdin); usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="282"/>
        <source>give the prompt either as text or as - (stdin), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="294"/>
        <source>--conversation needs a conversation id (a positive number; `lineup-cli conversations list` shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="298"/>
        <source>--conversation only works together with --save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="310"/>
        <location filename="../app/cli/ModelsCommand.cpp" line="119"/>
        <source>--retries needs a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="321"/>
        <source>--param needs name=value (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="324"/>
        <source>--param %1: use %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="329"/>
        <source>--param %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="335"/>
        <source>use either --schema or --param response_format, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="351"/>
        <source>use either --tools or --param tools, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="375"/>
        <source>the prompt read from stdin is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatOptions.cpp" line="376"/>
        <source>the prompt is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatPrinter.cpp" line="14"/>
        <source>tool call %1(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatPrinter.cpp" line="16"/>
        <source>[id %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatPrinter.cpp" line="18"/>
        <source>(arguments are not valid JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatPrinter.cpp" line="48"/>
        <source>--events: cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatPrinter.cpp" line="131"/>
        <source>--- choice %1 ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatSaver.cpp" line="22"/>
        <source>cannot open the conversation history in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatSaver.cpp" line="31"/>
        <source>there is no saved conversation %1; `lineup-cli conversations list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatSaver.cpp" line="66"/>
        <source>cannot save the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatSaver.cpp" line="82"/>
        <source>the answer could not be saved completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChatSaver.cpp" line="86"/>
        <source>saved in conversation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="75"/>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="80"/>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="101"/>
        <source>--profile and --base-url cannot be used together; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="109"/>
        <source>--base-url &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="130"/>
        <source>there is no profile &quot;%1&quot;; `lineup-cli profiles list` shows the profiles, `lineup-cli profiles add` adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="154"/>
        <source>--key-env names %1, but that environment variable is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="184"/>
        <source>Service profile to use (default: the default profile, or the prefix of a profile/model string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="188"/>
        <source>Talk to this OpenAI-compatible base URL instead of a profile (no key unless --key-env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="192"/>
        <source>Read the API key from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="222"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="225"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="102"/>
        <source>(usage: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="232"/>
        <location filename="../app/cli/KeysCommand.cpp" line="103"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="25"/>
        <source>API key for %1 (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="72"/>
        <source>no keychain is available (no Secret Service is running): the key was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="76"/>
        <source>Start a keyring (e.g. gnome-keyring) or set %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="79"/>
        <source>Start a keyring (e.g. gnome-keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="82"/>
        <source>the keychain refused access (locked, or the request was denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="86"/>
        <source>the keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="90"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="104"/>
        <source>The key is read from stdin (hidden when typed on a terminal), never from an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="111"/>
        <source>keys needs set or delete and a profile (usage: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="116"/>
        <source>keys %1 needs a profile id (usage: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="122"/>
        <source>the key is read from stdin, never from an argument (arguments are visible to other users and stay in shell history); use: printf %s &quot;$KEY&quot; | lineup-cli keys set PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="126"/>
        <source>keys delete takes only a profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="140"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="188"/>
        <source>there is no profile &quot;%1&quot;; `lineup-cli profiles list` shows the profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="151"/>
        <source>no key arrived on stdin (usage: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="155"/>
        <source>the key read from stdin spans several lines; give one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="164"/>
        <source>Stored the key for %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="173"/>
        <source>No key was stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="178"/>
        <source>Deleted the key for %1 from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="62"/>
        <source>CONTEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="64"/>
        <source>IN $/1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="65"/>
        <source>OUT $/1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="91"/>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="103"/>
        <source>models takes no arguments (got &quot;%1&quot;); usage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="16"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="16"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="18"/>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="19"/>
        <source>keychain or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="37"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="54"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="54"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="54"/>
        <source>BASE URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="55"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="55"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="81"/>
        <source>Short id, used in profile/model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="84"/>
        <source>Name shown to people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="85"/>
        <source>OpenAI-compatible base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="88"/>
        <source>http://host:port, socks5://host:port, or none (default: the system proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="91"/>
        <source>Service kind (default custom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="94"/>
        <source>Environment variable holding the key when none is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="96"/>
        <source>The service needs no API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="97"/>
        <source>Replace a profile with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="98"/>
        <source>Make it the default profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="106"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="112"/>
        <source>--id needs letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="122"/>
        <source>--base-url needs an http:// or https:// address (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="131"/>
        <source>--proxy needs http://host:port, socks5://host:port or none (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="139"/>
        <source>unknown --kind &quot;%1&quot;; known kinds: cometapi, openai, openrouter, litellm, ollama, lmstudio, llamacpp, vllm, custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="153"/>
        <source>a profile &quot;%1&quot; already exists; add --replace to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="162"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="211"/>
        <source>could not write the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="166"/>
        <source>Added profile %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="176"/>
        <source>Profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="180"/>
        <source>give exactly one profile id (usage: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="196"/>
        <source>could not remove profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="199"/>
        <source>Removed profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="201"/>
        <source>A key stored for it stays in the keychain until `lineup-cli keys delete %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="206"/>
        <source>%1 is now the default profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="230"/>
        <source>Usage: lineup-cli profiles list|add|remove|set-default (`lineup-cli profiles add --help` for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="237"/>
        <source>profiles needs an action: list, add, remove or set-default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="238"/>
        <source>unknown profiles action &quot;%1&quot;; use list, add, remove or set-default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="25"/>
        <source>Usage: lineup-cli [--data-dir DIR] [--config-dir DIR] COMMAND [OPTIONS]

Commands:
  models          list the models a service offers
  chat            send a prompt and stream the answer to stdout
  profiles        list, add, remove service profiles or choose the default
  keys            store or delete a profile&apos;s API key in the keychain (read from stdin)
  conversations   list, show, export or delete saved conversations

Global options:
  --data-dir DIR    conversation history location (default: the app&apos;s; or LINEUP_DATA_DIR)
  --config-dir DIR  settings location (default: the app&apos;s; or LINEUP_CONFIG_DIR)
  --help, --version

`lineup-cli COMMAND --help` describes a command.

Exit status: 0 success, 1 other failure (I/O, storage), 2 usage error, 3 service error,
4 network error, 5 incomplete answer (stalled, dropped, stopped), 6 key or keychain error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="78"/>
        <location filename="../app/cli/main.cpp" line="82"/>
        <source>%1 needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="149"/>
        <source>unknown command &quot;%1&quot;; `lineup-cli --help` lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
