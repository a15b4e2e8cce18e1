<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Lineup</name>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation>プロンプト %1 + 出力 %2 トークン</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>キャッシュ %1</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>推論 %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>終了理由: %1</translation>
    </message>
    <message>
        <source>--data-dir needs a directory</source>
        <translation>--data-dir にはディレクトリを指定してください</translation>
    </message>
    <message>
        <source>--format needs lineup, openai or markdown</source>
        <translation>--format には lineup、openai、markdown のいずれかを指定してください</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 にはファイル名を指定してください</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit には正の数を指定してください</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation id (a positive number)</source>
        <translation>&quot;%1&quot; は会話 ID（正の数）ではありません</translation>
    </message>
    <message>
        <source>show needs exactly one conversation id</source>
        <translation>show には会話 ID をちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>there is no conversation %1</source>
        <translation>会話 %1 はありません</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search には検索語を指定してください</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use lineup, openai or markdown</source>
        <translation>不明な形式 &quot;%1&quot;: lineup、openai、markdown のいずれかを使ってください</translation>
    </message>
    <message>
        <source>export needs conversation ids or --all</source>
        <translation>export には会話 ID か --all を指定してください</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation>import にはファイルを 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>delete needs conversation ids</source>
        <translation>delete には会話 ID を指定してください</translation>
    </message>
    <message>
        <source>cannot delete conversation %1: %2</source>
        <translation>会話 %1 を削除できません: %2</translation>
    </message>
    <message>
        <source>unknown conversations command &quot;%1&quot; (see --help)</source>
        <translation>不明な conversations コマンド &quot;%1&quot;（--help を参照）</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be one schema in strict mode, not a list.</source>
        <translation>厳密モードでは &quot;items&quot; はリストではなく 1 つのスキーマである必要があります。</translation>
    </message>
    <message>
        <source>an object must set &quot;additionalProperties&quot;: false in strict mode.</source>
        <translation>厳密モードでは、オブジェクトに &quot;additionalProperties&quot;: false を設定する必要があります。</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; is not in &quot;required&quot;: strict mode needs every property listed (write an optional one as &quot;type&quot;: [T, &quot;null&quot;]).</source>
        <translation>プロパティ &quot;%1&quot; が &quot;required&quot; にありません。厳密モードではすべてのプロパティを列挙する必要があります（省略可能なものは &quot;type&quot;: [T, &quot;null&quot;] と記述してください）。</translation>
    </message>
    <message>
        <source>more than %1 properties in all: strict mode allows at most %1.</source>
        <translation>プロパティが合計で %1 個を超えています。厳密モードでは最大 %1 個までです。</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep: strict mode allows at most %1.</source>
        <translation>入れ子が %1 階層を超えています。厳密モードでは最大 %1 階層までです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported in strict mode.</source>
        <translation>厳密モードでは &quot;%1&quot; はサポートされていません。</translation>
    </message>
    <message>
        <source>more than %1 enum values in all: strict mode allows at most %1.</source>
        <translation>enum の値が合計で %1 個を超えています。厳密モードでは最大 %1 個までです。</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>Usage: lineup-cli conversations [--data-dir DIR] COMMAND
  list [--json]                 conversations, newest first
  show ID [--json]              every message with every stored field
  usage ID [--json]             requests, tokens, cost and context fill
  search QUERY [--json] [--limit N]
                                full-text search, matches in [brackets]
  export ID... | --all [--format lineup|openai|markdown] [-o FILE]
  import FILE...                Lineup JSON or OpenAI request bodies; prints new ids
  delete ID...                  delete for good
The database is the app&apos;s: --data-dir, else LINEUP_DATA_DIR, else the platform data directory.
</source>
        <translation>使い方: lineup-cli conversations [--data-dir DIR] COMMAND
  list [--json]                 会話の一覧（新しい順）
  show ID [--json]              すべてのメッセージと保存済みの全フィールド
  usage ID [--json]             リクエスト、トークン、コスト、コンテキストの使用率
  search QUERY [--json] [--limit N]
                                全文検索（一致箇所は [括弧] 内）
  export ID... | --all [--format lineup|openai|markdown] [-o FILE]
  import FILE...                Lineup JSON または OpenAI リクエストボディ。新しい ID を表示
  delete ID...                  完全に削除
データベースはアプリと共通です: --data-dir、なければ LINEUP_DATA_DIR、なければプラットフォームのデータディレクトリ。
</translation>
    </message>
    <message>
        <source>conversations needs a command: list, show, usage, search, export, import, delete (see --help)</source>
        <translation>conversations にはコマンドが必要です: list、show、usage、search、export、import、delete（--help を参照）</translation>
    </message>
    <message>
        <source>usage needs exactly one conversation id</source>
        <translation>usage には会話 ID をちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>price from the service</source>
        <translation>サービスの価格</translation>
    </message>
    <message>
        <source>price from the price table</source>
        <translation>価格表の価格</translation>
    </message>
    <message>
        <source>no price known (lineup-cli prices set MODEL ...)</source>
        <translation>価格が不明です（lineup-cli prices set MODEL ...）</translation>
    </message>
    <message>
        <source>requests: %1</source>
        <translation>リクエスト: %1</translation>
    </message>
    <message>
        <source>tokens: prompt %1 (cached %2), completion %3 (reasoning %4), total %5</source>
        <translation>トークン: プロンプト %1（キャッシュ %2）、出力 %3（推論 %4）、合計 %5</translation>
    </message>
    <message>
        <source>cost: %1 USD (input %2, cached input %3, output %4), %5</source>
        <translation>コスト: %1 USD（入力 %2、キャッシュ済み入力 %3、出力 %4）、%5</translation>
    </message>
    <message>
        <source>context: %1 of %2 tokens (%3%)%4</source>
        <translation>コンテキスト: %1 / %2 トークン（%3%）%4</translation>
    </message>
    <message>
        <source> - nearly full</source>
        <translation> - ほぼ満杯</translation>
    </message>
    <message>
        <source>context: %1 tokens in the last request (context length unknown: lineup-cli prices set MODEL ... --context TOKENS)</source>
        <translation>コンテキスト: 最後のリクエストで %1 トークン（コンテキスト長は不明: lineup-cli prices set MODEL ... --context TOKENS）</translation>
    </message>
    <message>
        <source>prompt %1, completion %2, %3</source>
        <translation>プロンプト %1、出力 %2、%3</translation>
    </message>
    <message>
        <source>~ estimated: the service reported no usage for some answers.</source>
        <translation>~ 推定: 一部の回答ではサービスが使用量を報告しませんでした。</translation>
    </message>
    <message>
        <source>[comparison of %1] </source>
        <translation>[%1 個のモデルの比較] </translation>
    </message>
    <message>
        <source>comparison %1 cannot be read: %2</source>
        <translation>比較 %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>comparison of %1</source>
        <translation>%1 個のモデルの比較</translation>
    </message>
    <message>
        <source>pane %1</source>
        <translation>ペイン %1</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>作成日時: %1</translation>
    </message>
    <message>
        <source>Parameters: `%1`</source>
        <translation>パラメーター: `%1`</translation>
    </message>
    <message>
        <source>Result of tool call `%1`:</source>
        <translation>ツール呼び出し `%1` の結果:</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>Tool call `%1` (%2):</source>
        <translation>ツール呼び出し `%1`（%2）:</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Pane %1: %2</source>
        <translation>ペイン %1: %2</translation>
    </message>
    <message>
        <source>overrides `%1`</source>
        <translation>上書き `%1`</translation>
    </message>
    <message>
        <source>User (turn %1)</source>
        <translation>あなた（ターン %1）</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>作成: %1</translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation>更新: %1</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>reasoning:</source>
        <translation>推論:</translation>
    </message>
    <message numerus="yes">
        <source>image %1, %n bytes</source>
        <translation>
            <numerusform>画像 %1、%n バイト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>image %1, %n bytes, detail %2</source>
        <translation>
            <numerusform>画像 %1、%n バイト、詳細度 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>画像 %1</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>パラメーター: %1</translation>
    </message>
    <message>
        <source>profile: %1</source>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <source>overrides: %1</source>
        <translation>上書き: %1</translation>
    </message>
    <message>
        <source>conversation %1 is a blind comparison not voted on yet: vote on it in Lineup first (showing it would name its models)</source>
        <translation>会話 %1 はまだ投票していないブラインド比較です: 先に Lineup で投票してください（表示するとモデル名がわかってしまいます）</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>モデル: %1</translation>
    </message>
    <message numerus="yes">
        <source>left out %n blind comparisons not voted on yet (an export would name their models)</source>
        <translation>
            <numerusform>まだ投票していないブラインド比較 %n 件を除外しました（エクスポートするとモデル名がわかってしまいます）</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation %1 is a blind comparison not voted on yet: vote on it in Lineup first (its usage would name its models)</source>
        <translation>会話 %1 はまだ投票していないブラインド比較です: 先に Lineup で投票してください（使用量を表示するとモデル名がわかってしまいます）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
</context>
<context>
    <name>Lineup::AnswerCheck</name>
    <message>
        <source>incomplete JSON: the answer stopped before it ended.</source>
        <translation>JSON が不完全です: 回答が終わる前に途切れました。</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 at offset %2</source>
        <translation>回答が有効な JSON ではありません: オフセット %2 で %1</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>値が複数あります</translation>
    </message>
</context>
<context>
    <name>Lineup::AnswerValidation</name>
    <message>
        <source>matches the schema</source>
        <translation>スキーマに一致</translation>
    </message>
    <message>
        <source>1 schema error</source>
        <translation>1 件のスキーマエラー</translation>
    </message>
    <message numerus="yes">
        <source>%n schema errors</source>
        <translation>
            <numerusform>%n 件のスキーマエラー</numerusform>
        </translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>JSON ではありません</translation>
    </message>
    <message>
        <source>incomplete JSON</source>
        <translation>不完全な JSON</translation>
    </message>
    <message>
        <source>the schema cannot be used</source>
        <translation>スキーマを使用できません</translation>
    </message>
</context>
<context>
    <name>Lineup::ApiClient</name>
    <message>
        <source>The base URL &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>ベース URL &quot;%1&quot; は http:// または https:// のアドレスではありません。</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>%1 ms 以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>the model list is larger than %1 bytes</source>
        <translation>モデル一覧が %1 バイトを超えています</translation>
    </message>
</context>
<context>
    <name>Lineup::ApiError</name>
    <message>
        <source>… (truncated)</source>
        <translation>…（省略）</translation>
    </message>
    <message>
        <source>The service rejected the API key (HTTP %1)%2. Check the key in the provider settings.</source>
        <translation>サービスが API キーを拒否しました（HTTP %1）%2。プロバイダー設定でキーを確認してください。</translation>
    </message>
    <message>
        <source>The service did not find the model or endpoint (HTTP %1)%2. Check the model name and the provider&apos;s base URL.</source>
        <translation>サービスがモデルまたはエンドポイントを見つけられませんでした（HTTP %1）%2。モデル名とプロバイダーのベース URL を確認してください。</translation>
    </message>
    <message>
        <source>The service rejected the parameter &quot;%1&quot; (HTTP %2)%3. Change or remove that parameter.</source>
        <translation>サービスがパラメーター &quot;%1&quot; を拒否しました（HTTP %2）%3。このパラメーターを変更するか削除してください。</translation>
    </message>
    <message>
        <source>The service rejected the request (HTTP %1)%2. Check the request parameters.</source>
        <translation>サービスがリクエストを拒否しました（HTTP %1）%2。リクエストのパラメーターを確認してください。</translation>
    </message>
    <message>
        <source>The service is limiting the request rate (HTTP %1)%2. It asks to retry after %3 s.</source>
        <translation>サービスがリクエスト数を制限しています（HTTP %1）%2。%3 秒後に再試行するよう求めています。</translation>
    </message>
    <message>
        <source>The service is limiting the request rate (HTTP %1)%2. Wait a moment and try again.</source>
        <translation>サービスがリクエスト数を制限しています（HTTP %1）%2。しばらく待ってから再試行してください。</translation>
    </message>
    <message>
        <source>The service had an internal error (HTTP %1)%2. Try again later.</source>
        <translation>サービスで内部エラーが発生しました（HTTP %1）%2。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The service answered with HTTP %1%2.</source>
        <translation>サービスが HTTP %1%2 を返しました。</translation>
    </message>
    <message>
        <source>The connection was refused%1. Check that the server is running and that the base URL and port are right.</source>
        <translation>接続が拒否されました%1。サーバーが起動していること、ベース URL とポートが正しいことを確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found%1. Check the base URL and the network connection.</source>
        <translation>サーバーのホスト名が見つかりませんでした%1。ベース URL とネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The connection is not secure and was refused%1. Check the server&apos;s certificate and the base URL.</source>
        <translation>接続が安全でないため拒否されました%1。サーバーの証明書とベース URL を確認してください。</translation>
    </message>
    <message>
        <source>The service did not answer in time%1. Check the network connection or try again.</source>
        <translation>サービスが時間内に応答しませんでした%1。ネットワーク接続を確認するか、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No data for %1 s; the partial answer was kept.</source>
        <translation>%1 秒間データがありませんでした。途中までの回答は保持されています。</translation>
    </message>
    <message>
        <source>No data arrived for too long; the partial answer was kept.</source>
        <translation>データが長時間届きませんでした。途中までの回答は保持されています。</translation>
    </message>
    <message>
        <source>The request was cancelled; the partial answer was kept.</source>
        <translation>リクエストはキャンセルされました。途中までの回答は保持されています。</translation>
    </message>
    <message>
        <source>The service reported an error in the middle of the answer; the partial answer was kept.</source>
        <translation>回答の途中でサービスがエラーを報告しました。途中までの回答は保持されています。</translation>
    </message>
    <message>
        <source>The service reported an error in the middle of the answer: %1. The partial answer was kept.</source>
        <translation>回答の途中でサービスがエラーを報告しました: %1。途中までの回答は保持されています。</translation>
    </message>
    <message>
        <source>The connection closed before the answer was complete; the partial answer was kept.</source>
        <translation>回答が完了する前に接続が閉じられました。途中までの回答は保持されています。</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be read%1. Check that the base URL points to an OpenAI-compatible API.</source>
        <translation>サービスの応答を読み取れませんでした%1。ベース URL が OpenAI 互換 API を指していることを確認してください。</translation>
    </message>
    <message>
        <source>The network connection failed%1. Check the network and try again.</source>
        <translation>ネットワーク接続に失敗しました%1。ネットワークを確認してもう一度お試しください。</translation>
    </message>
    <message>
        <source>the server returned an HTML page</source>
        <translation>サーバーが HTML ページを返しました</translation>
    </message>
    <message>
        <source>the server returned an HTML page (title: %1)</source>
        <translation>サーバーが HTML ページを返しました（タイトル: %1）</translation>
    </message>
    <message>
        <source>Lineup refused to send the request.</source>
        <translation>Lineup はリクエストの送信を拒否しました。</translation>
    </message>
    <message>
        <source>The service sent more than Lineup accepts for one answer (%1), so the answer was stopped; what arrived was kept.</source>
        <translation>サービスが 1 つの回答として Lineup が受け付ける量を超えて送ってきたため（%1）、回答を停止しました。届いた分は保持しています。</translation>
    </message>
    <message>
        <source>The server at this address does not look like an OpenAI-compatible API (HTTP %1)%2. Check the base URL and its path: it usually ends in /v1.</source>
        <translation>このアドレスのサーバーは OpenAI 互換 API ではないようです（HTTP %1）%2。ベース URL とそのパスを確認してください。通常は /v1 で終わります。</translation>
    </message>
    <message>
        <source>The server refused the request for good (HTTP %1)%2; trying again will not help. Check the provider&apos;s base URL and network.</source>
        <translation>サーバーはリクエストを恒久的に拒否しました（HTTP %1）%2。再試行しても解決しません。プロバイダーのベース URL とネットワークを確認してください。</translation>
    </message>
</context>
<context>
    <name>Lineup::Application</name>
    <message>
        <source>A native playground for OpenAI-compatible chat APIs.</source>
        <translation>OpenAI 互換チャット API のためのネイティブなプレイグラウンド。</translation>
    </message>
    <message>
        <source>Chat with the provider profile &lt;id&gt; (see Settings).</source>
        <translation>プロバイダープロファイル &lt;id&gt; でチャットします（設定を参照）。</translation>
    </message>
    <message>
        <source>Chat with the OpenAI-compatible service at &lt;url&gt; (for example http://localhost:11434/v1) for this run; its key, if any, is read from LINEUP_API_KEY.</source>
        <translation>この実行では &lt;url&gt; の OpenAI 互換サービス（例: http://localhost:11434/v1）とチャットします。キーがあれば LINEUP_API_KEY から読み取ります。</translation>
    </message>
    <message>
        <source>Start new chats with model &lt;id&gt;.</source>
        <translation>新しいチャットをモデル &lt;id&gt; で始めます。</translation>
    </message>
    <message>
        <source>Keep conversations in &lt;dir&gt; instead of the default place.</source>
        <translation>会話を既定の場所ではなく &lt;dir&gt; に保存します。</translation>
    </message>
    <message>
        <source>Use a dark theme even if the desktop does not ask for one.</source>
        <translation>デスクトップが求めなくてもダークテーマを使います。</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>--profile と --base-url のどちらか一方だけを使ってください。</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address. Example: --base-url http://localhost:11434/v1</source>
        <translation>「%1」は http または https のアドレスではありません。例: --base-url http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>There is no provider profile “%1”. Known profiles: %2.</source>
        <translation>プロバイダープロファイル「%1」はありません。既知のプロファイル: %2。</translation>
    </message>
    <message>
        <source>Open a comparison with a pane for model &lt;id&gt; (repeat for each pane, 2 to 8; profile/model picks the service; with --base-url every pane uses that service).</source>
        <translation>モデル &lt;id&gt; のペインを持つ比較を開きます（ペインごとに繰り返し指定、2～8 個。profile/model でサービスを選びます。--base-url を指定するとすべてのペインがそのサービスを使います）。</translation>
    </message>
    <message>
        <source>A comparison has at most 8 panes.</source>
        <translation>比較のペインは最大 8 個です。</translation>
    </message>
</context>
<context>
    <name>Lineup::ArenaController</name>
    <message numerus="yes">
        <source>A blind round needs at least %n different models in the pool.</source>
        <translation>
            <numerusform>ブラインドラウンドには、プールに少なくとも %n 個の異なるモデルが必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the Votes?</source>
        <translation>投票を残しますか？</translation>
    </message>
    <message numerus="yes">
        <source>This comparison holds %n blind votes. Keep them in the leaderboard, or delete them with the comparison?</source>
        <translation>
            <numerusform>この比較には %n 件のブラインド投票があります。ランキングに残しますか、それとも比較とともに削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Votes</source>
        <translation>投票を残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete Votes</source>
        <translation>投票を削除(&amp;D)</translation>
    </message>
    <message>
        <source>The votes could not be updated: %1</source>
        <translation>投票を更新できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n votes with the comparison.</source>
        <translation>
            <numerusform>比較とともに %n 件の投票を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The votes could not be restored: %1</source>
        <translation>投票を復元できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Lineup::BackgroundRowEncoder</name>
    <message>
        <source>message %1 could not be read</source>
        <translation>メッセージ %1 を読み取れませんでした</translation>
    </message>
</context>
<context>
    <name>Lineup::BlindArena</name>
    <message>
        <source>Waiting for every pane to finish before the vote.</source>
        <translation>投票の前に、すべてのペインの完了を待っています。</translation>
    </message>
    <message>
        <source>Blind round: ask your question. The answers are labelled %1; which model wrote which is revealed after your vote.</source>
        <translation>ブラインドラウンド: 質問を入力してください。回答には %1 というラベルが付きます。どのモデルがどの回答を書いたかは投票後に明かされます。</translation>
    </message>
    <message>
        <source>Vote first (keys 1 to %1), then ask the next question.</source>
        <translation>先に投票してから（キー 1～%1）、次の質問をしてください。</translation>
    </message>
    <message>
        <source>The next blind round could not start.</source>
        <translation>次のブラインドラウンドを開始できませんでした。</translation>
    </message>
    <message>
        <source>%1&apos;s answer did not complete: retry it in its pane, then vote.</source>
        <translation>%1 の回答は完了しませんでした。そのペインで再試行してから投票してください。</translation>
    </message>
    <message>
        <source>%1&apos;s answer names a model or vendor: “%2”. The vote is not blind; it is left out of the leaderboard unless you keep it.</source>
        <translation>%1 の回答がモデル名またはベンダー名に言及しています:「%2」。この投票はブラインドではないため、残すことを選ばない限りランキングから除外されます。</translation>
    </message>
    <message>
        <source>The vote could not be stored: %1</source>
        <translation>投票を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation>%1 は %2 でした</translation>
    </message>
    <message>
        <source>you picked %1</source>
        <translation>あなたは %1 を選びました</translation>
    </message>
    <message>
        <source>you called it a tie</source>
        <translation>あなたは引き分けと判定しました</translation>
    </message>
    <message>
        <source>you found no answer good</source>
        <translation>あなたはどの回答も良くないと判定しました</translation>
    </message>
    <message>
        <source> The vote is left out of the leaderboard.</source>
        <translation>この投票はランキングから除外されます。</translation>
    </message>
    <message>
        <source>%1; %2.%3 Ask the next question to start the next round.</source>
        <translation>%1。%2。%3次の質問をすると次のラウンドが始まります。</translation>
    </message>
    <message>
        <source>This blind round has not been voted on: the answers stay labelled %1 until your vote.</source>
        <translation>このブラインドラウンドはまだ投票されていません: 投票するまで回答のラベルは %1 のままです。</translation>
    </message>
    <message>
        <source>you ranked them %1 (best first)</source>
        <translation>あなたの順位は %1 でした（良い順）</translation>
    </message>
</context>
<context>
    <name>Lineup::BlindRound</name>
    <message>
        <source>Model %1</source>
        <translation>モデル %1</translation>
    </message>
</context>
<context>
    <name>Lineup::BlindSetupDialog</name>
    <message>
        <source>New Blind Comparison</source>
        <translation>新しいブラインド比較</translation>
    </message>
    <message>
        <source>Each round asks models drawn at random from this pool, in random panes labelled Model A, Model B…; you vote before you learn which was which.</source>
        <translation>各ラウンドでは、このプールから無作為に選んだモデルに、モデル A、モデル B… とラベル付けした無作為な順のペインで質問します。どれがどのモデルかは投票の後で分かります。</translation>
    </message>
    <message>
        <source>Models in the pool</source>
        <translation>プール内のモデル</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>model name</source>
        <translation>モデル名</translation>
    </message>
    <message>
        <source>Model to add</source>
        <translation>追加するモデル</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Panes per round</source>
        <translation>ラウンドあたりのペイン数</translation>
    </message>
    <message>
        <source>&amp;Panes per round:</source>
        <translation>ラウンドあたりのペイン数(&amp;P):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n models in the pool.</source>
        <translation>
            <numerusform>プールには %n 個のモデルがあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick at least %n different models (one per pane).</source>
        <translation>
            <numerusform>異なるモデルを少なくとも %n 個チェックしてください（ペインごとに 1 つ）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineup::ChatMessage</name>
    <message>
        <source>&quot;role&quot; must be one of system, developer, user, assistant, tool</source>
        <translation>&quot;role&quot; は system、developer、user、assistant、tool のいずれかである必要があります</translation>
    </message>
    <message>
        <source>&quot;content&quot; must be a string or an array of parts</source>
        <translation>&quot;content&quot; は文字列またはパーツの配列である必要があります</translation>
    </message>
</context>
<context>
    <name>Lineup::ChatRecorder</name>
    <message>
        <source>there is no conversation %1</source>
        <translation>会話 %1 はありません</translation>
    </message>
    <message>
        <source>the request was closed before it finished</source>
        <translation>リクエストが完了する前に閉じられました</translation>
    </message>
</context>
<context>
    <name>Lineup::ChatStream</name>
    <message>
        <source>The network client was closed.</source>
        <translation>ネットワーククライアントが閉じられました。</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>ベース URL &quot;%1&quot; は http:// または https:// のアドレスではありません。</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>%1 ms 以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The service sent an empty answer.</source>
        <translation>サービスが空の応答を返しました。</translation>
    </message>
    <message>
        <source>The answer is not a JSON object (%1, content type &quot;%2&quot;).</source>
        <translation>応答が JSON オブジェクトではありません（%1、コンテンツタイプ &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>the answer body is larger than %1 bytes</source>
        <translation>回答の本文が %1 バイトを超えています</translation>
    </message>
    <message>
        <source>the answer nests JSON deeper than %1 levels</source>
        <translation>回答の JSON の入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>The service does not accept stream_options; the request was sent again without it, so token usage may be missing (estimated).</source>
        <translation>サービスが stream_options を受け付けないため、これを除いてリクエストを送り直しました。トークンの使用量が欠けることがあります（推定）。</translation>
    </message>
</context>
<context>
    <name>Lineup::ChatView</name>
    <message>
        <source>Retry in %1 s</source>
        <translation>%1 秒後に再試行</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Messages of the current conversation</source>
        <translation>現在の会話のメッセージ</translation>
    </message>
    <message>
        <source>Jump to latest ↓</source>
        <translation>最新へ移動 ↓</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow it</source>
        <translation>最新のメッセージまでスクロールして追従します</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>最新へ移動</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Markdown としてコピー</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>編集して再送信</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Fix the problem</source>
        <translation>問題を修正</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>メッセージの操作</translation>
    </message>
    <message>
        <source>Copy the message text</source>
        <translation>メッセージのテキストをコピー</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>メッセージを Markdown としてコピー</translation>
    </message>
    <message>
        <source>Edit this message and send it again</source>
        <translation>このメッセージを編集してもう一度送信</translation>
    </message>
    <message>
        <source>Ask for a new answer</source>
        <translation>新しい回答を求める</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>このメッセージを削除</translation>
    </message>
    <message>
        <source>Copy selection</source>
        <translation>選択範囲をコピー</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>リンクのアドレスをコピー</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>%1 (click to open)</source>
        <translation>%1（クリックで開く）</translation>
    </message>
    <message>
        <source>Copy this code block</source>
        <translation>このコードブロックをコピー</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>モデルの推論を表示または非表示</translation>
    </message>
    <message>
        <source>Show choice %1 of this answer</source>
        <translation>この回答の選択肢 %1 を表示</translation>
    </message>
    <message>
        <source>Open the provider settings to fix the key, address or model</source>
        <translation>プロバイダー設定を開いてキー、アドレス、モデルを修正</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>リクエストをもう一度送信</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>回答中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止済み</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Opens in the web browser</source>
        <translation>Web ブラウザーで開きます</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Copy code block %1</source>
        <translation>コードブロック %1 をコピー</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>選択肢 %1</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Show the answer as its tokens, shaded by how likely each was</source>
        <translation>回答をトークン単位で表示し、各トークンの確からしさで色分けします</translation>
    </message>
    <message>
        <source>Send the request for this answer again</source>
        <translation>この回答のリクエストをもう一度送信します</translation>
    </message>
</context>
<context>
    <name>Lineup::ChunkAssembler</name>
    <message>
        <source>event %1: invalid JSON at offset %2: %3</source>
        <translation>イベント %1: オフセット %2 で JSON が不正です: %3</translation>
    </message>
    <message>
        <source>event %1: expected a JSON object, skipped</source>
        <translation>イベント %1: JSON オブジェクトではないためスキップしました</translation>
    </message>
    <message>
        <source>event %1 nests JSON deeper than %2 levels</source>
        <translation>イベント %1 の JSON の入れ子が %2 階層を超えています</translation>
    </message>
    <message>
        <source>choice %1 has more than %2 characters of text</source>
        <translation>選択肢 %1 のテキストが %2 文字を超えています</translation>
    </message>
    <message>
        <source>choice index %1 is outside 0 to %2</source>
        <translation>選択肢のインデックス %1 が 0～%2 の範囲外です</translation>
    </message>
    <message>
        <source>tool call index %1 is outside 0 to %2</source>
        <translation>ツール呼び出しのインデックス %1 が 0～%2 の範囲外です</translation>
    </message>
    <message>
        <source>choice %1 has more than %2 tool calls</source>
        <translation>選択肢 %1 のツール呼び出しが %2 個を超えています</translation>
    </message>
    <message>
        <source>tool call %1 has more than %2 characters of arguments</source>
        <translation>ツール呼び出し %1 の引数が %2 文字を超えています</translation>
    </message>
</context>
<context>
    <name>Lineup::ComparisonJson</name>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>配列である必要があります</translation>
    </message>
    <message>
        <source>must hold %1 to %2 panes</source>
        <translation>%1～%2 個のペインが必要です</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>0 以上の整数である必要があります</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>文字列である必要があります</translation>
    </message>
    <message>
        <source>two panes have position %1</source>
        <translation>位置 %1 のペインが 2 つあります</translation>
    </message>
</context>
<context>
    <name>Lineup::ComparisonView</name>
    <message>
        <source>Panels edit this pane only</source>
        <translation>パネルはこのペインだけを編集</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Add Pane</source>
        <translation>ペインを追加</translation>
    </message>
    <message numerus="yes">
        <source>Add a pane (up to %n)</source>
        <translation>
            <numerusform>ペインを追加（最大 %n 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced Scrolling</source>
        <translation>スクロールを同期</translation>
    </message>
    <message>
        <source>Scroll every pane together</source>
        <translation>すべてのペインを一緒にスクロールします</translation>
    </message>
    <message>
        <source>Word Diff</source>
        <translation>単語の差分</translation>
    </message>
    <message>
        <source>Mark what one pane&apos;s answer says that another&apos;s does not</source>
        <translation>あるペインの回答にあって別のペインの回答にない部分をマークします</translation>
    </message>
    <message>
        <source>Pane %1 and pane %2</source>
        <translation>ペイン %1 とペイン %2</translation>
    </message>
    <message>
        <source>No Diff</source>
        <translation>差分なし</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Show or hide the table of every pane&apos;s figures</source>
        <translation>すべてのペインの数値の表を表示または非表示</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Markdown としてコピー</translation>
    </message>
    <message>
        <source>Copy the summary table as Markdown</source>
        <translation>概要の表を Markdown としてコピー</translation>
    </message>
    <message>
        <source>When on, the Parameters and Prompt panels edit the focused pane&apos;s own settings instead of the shared ones</source>
        <translation>オンにすると、パラメーターパネルとプロンプトパネルは共有の設定ではなく、フォーカスのあるペイン自身の設定を編集します</translation>
    </message>
    <message>
        <source>Maximise or Restore Pane</source>
        <translation>ペインを最大化/元に戻す</translation>
    </message>
    <message numerus="yes">
        <source>A comparison keeps at least %n panes.</source>
        <translation>
            <numerusform>比較には少なくとも %n 個のペインが必要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison · %n panes</source>
        <translation>
            <numerusform>比較 · %n 個のペイン</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked what panes %1 and %2 say that the other does not (long answers: the first %3 words).</source>
        <translation>ペイン %1 と %2 で、互いにない部分をマークしました（長い回答は最初の %3 語まで）。</translation>
    </message>
    <message>
        <source>Marked what panes %1 and %2 say that the other does not.</source>
        <translation>ペイン %1 と %2 で、互いにない部分をマークしました。</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>（モデルなし）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Copied the comparison&apos;s figures as Markdown.</source>
        <translation>比較の数値を Markdown としてコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>Blind comparison · %n panes</source>
        <translation>
            <numerusform>ブラインド比較 · %n ペイン</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineup::ComparisonWorkspace</name>
    <message>
        <source>Could not save the comparison: %1</source>
        <translation>比較を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Copied pane %1&apos;s request as a curl command (the key is read from the environment).</source>
        <translation>ペイン %1 のリクエストを curl コマンドとしてコピーしました（キーは環境変数から読み取られます）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Could not save the conversation: %1</source>
        <translation>会話を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Lineup::Composer</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Write a message. Paste or drop images to attach them.</source>
        <translation>メッセージを入力します。画像は貼り付けかドロップで添付できます。</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>添付に関するお知らせ</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>画像を添付</translation>
    </message>
    <message>
        <source>Attach images (you can also paste or drop them)</source>
        <translation>画像を添付（貼り付けやドロップでも添付できます）</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending replaces it and every message after it.</source>
        <translation>以前のメッセージを編集中です。送信すると、このメッセージとそれ以降のすべてのメッセージが置き換えられます。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <source>Keep the conversation as it is (Esc)</source>
        <translation>会話をそのままにする（Esc）</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>画像 %1</translation>
    </message>
    <message>
        <source>Message the model — Ctrl+Enter to send, Enter for a new line</source>
        <translation>モデルへのメッセージ — Ctrl+Enter で送信、Enter で改行</translation>
    </message>
    <message>
        <source>Message the model — Enter to send, Shift+Enter for a new line</source>
        <translation>モデルへのメッセージ — Enter で送信、Shift+Enter で改行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer, keeping what arrived (Esc)</source>
        <translation>回答を停止し、届いた分は保持します（Esc）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>メッセージを送信（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>メッセージを送信（Enter）</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MB; services refuse images that big. Attach a smaller version.</source>
        <translation>「%1」は 20 MB を超えています。サービスはこれほど大きな画像を受け付けません。小さい画像を添付してください。</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>「%1」を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>“%1” is not an image Lineup can read. Use PNG, JPEG, GIF or WebP.</source>
        <translation>「%1」は Lineup が読める画像ではありません。PNG、JPEG、GIF、WebP を使ってください。</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MB; services refuse images that big.</source>
        <translation>「%1」は 20 MB を超えています。サービスはこれほど大きな画像を受け付けません。</translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation>添付した画像 %1</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 px</source>
        <translation>%1 — %2 × %3 px</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>サムネイル</translation>
    </message>
    <message>
        <source>Auto detail</source>
        <translation>詳細度: 自動</translation>
    </message>
    <message>
        <source>Low detail</source>
        <translation>詳細度: 低</translation>
    </message>
    <message>
        <source>High detail</source>
        <translation>詳細度: 高</translation>
    </message>
    <message>
        <source>Image detail</source>
        <translation>画像の詳細度</translation>
    </message>
    <message>
        <source>How closely the model looks at this image: low is faster and cheaper, high reads fine print, auto lets the model decide</source>
        <translation>モデルがこの画像をどれだけ細かく見るか: 低は速く安価、高は細かい文字も読み取り、自動はモデルに任せます</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>この画像を削除</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>Estimate of the next request</source>
        <translation>次のリクエストの推定</translation>
    </message>
    <message>
        <source>Estimated tokens</source>
        <translation>推定トークン数</translation>
    </message>
    <message>
        <source>≈ %1 tokens</source>
        <translation>≈ %1 トークン</translation>
    </message>
    <message>
        <source>Estimate: low detail costs 85 tokens.</source>
        <translation>推定: 詳細度が低の場合は 85 トークンです。</translation>
    </message>
    <message>
        <source>Estimate by OpenAI&apos;s rule: scaled to fit 2048 × 2048, then to 768 px on the short side; 170 tokens per 512-px tile plus 85. Auto is counted as high.</source>
        <translation>OpenAI のルールによる推定: 2048 × 2048 に収まるよう縮小し、次に短辺を 768 px にします。512 px のタイルごとに 170 トークン、加えて 85。自動は高として数えます。</translation>
    </message>
</context>
<context>
    <name>Lineup::ConnectionTester</name>
    <message>
        <source>Connected: 1 model available (%1 s)</source>
        <translation>接続しました: 利用可能なモデル 1 件（%1 秒）</translation>
    </message>
    <message>
        <source>Connected: %1 models available (%2 s)</source>
        <translation>接続しました: 利用可能なモデル %1 件（%2 秒）</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not understood. Write http://host:port, socks5://host:port, &quot;none&quot; for a direct connection, or leave it empty for the system proxy.</source>
        <translation>プロキシ &quot;%1&quot; を解釈できません。http://host:port、socks5://host:port、直接接続なら &quot;none&quot; と書くか、システムのプロキシを使うなら空欄のままにしてください。</translation>
    </message>
</context>
<context>
    <name>Lineup::ContentPart</name>
    <message>
        <source>a text part has no &quot;text&quot; string</source>
        <translation>テキストパーツに &quot;text&quot; 文字列がありません</translation>
    </message>
    <message>
        <source>an image part has no &quot;image_url.url&quot;</source>
        <translation>画像パーツに &quot;image_url.url&quot; がありません</translation>
    </message>
    <message>
        <source>an image data: URL is not base64-encoded</source>
        <translation>画像の data: URL が base64 でエンコードされていません</translation>
    </message>
    <message>
        <source>an image data: URL holds invalid base64</source>
        <translation>画像の data: URL に不正な base64 が含まれています</translation>
    </message>
    <message>
        <source>unknown content part type &quot;%1&quot;</source>
        <translation>不明なコンテンツパーツの種類 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationExporter</name>
    <message>
        <source>there is no conversation %1</source>
        <translation>会話 %1 はありません</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>モデル: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>プロバイダー: %1</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n models</source>
        <translation>
            <numerusform>%n 個のモデルの比較</numerusform>
        </translation>
    </message>
    <message>
        <source>comparison %1 cannot be read: %2</source>
        <translation>比較 %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>conversation %1 is a blind comparison not voted on yet: vote on it in Lineup first (an export would name its models)</source>
        <translation>会話 %1 はまだ投票していないブラインド比較です: 先に Lineup で投票してください（エクスポートするとモデル名がわかってしまいます）</translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationImporter</name>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1（インポート %2）</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: nothing was imported: the history database refused the write: %2</source>
        <translation>%1: 何もインポートされませんでした。履歴データベースが書き込みを拒否しました: %2</translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationListPanel</name>
    <message>
        <source>1 message</source>
        <translation>1 件のメッセージ</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 件のメッセージ</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を始める（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>すべての会話を検索</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Find messages in every conversation; every word must match</source>
        <translation>すべての会話からメッセージを検索します。すべての語が一致する必要があります</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>会話の一覧</translation>
    </message>
    <message>
        <source>Your conversations. Right-click to rename, pin or delete.</source>
        <translation>あなたの会話。右クリックで名前の変更、ピン留め、削除ができます。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Messages that match the search; open one to jump to it</source>
        <translation>検索に一致するメッセージ。開くとその位置へ移動します</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>削除を元に戻す</translation>
    </message>
    <message>
        <source>Bring the deleted conversation back</source>
        <translation>削除した会話を元に戻します</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1
Last changed %2 · %3</source>
        <translation>%1
最終更新 %2 · %3</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>「%1」に一致するメッセージはありません。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>ピン留めを外す</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>先頭にピン留め</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Conversations…</source>
        <translation>
            <numerusform>%n 件の会話をエクスポート…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panes</source>
        <translation>
            <numerusform>%n 個のペイン</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · blind, not voted yet</source>
        <translation>%1 · ブラインド、未投票</translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationParser</name>
    <message>
        <source>must be &quot;conversation&quot; or &quot;comparison&quot;</source>
        <translation>&quot;conversation&quot; または &quot;comparison&quot; である必要があります</translation>
    </message>
    <message>
        <source>must be a request body object</source>
        <translation>リクエストボディのオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>文字列である必要があります</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>配列である必要があります</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>%1 で JSON が不正です: %2</translation>
    </message>
    <message>
        <source>neither a Lineup export (no &quot;format&quot;) nor an OpenAI request body (no &quot;messages&quot;)</source>
        <translation>Lineup のエクスポート（&quot;format&quot; がない）でも OpenAI のリクエストボディ（&quot;messages&quot; がない）でもありません</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>&quot;%1&quot; である必要があります</translation>
    </message>
    <message>
        <source>must be a positive integer</source>
        <translation>正の整数である必要があります</translation>
    </message>
    <message>
        <source>version %1 is newer than this Lineup reads (%2); update Lineup</source>
        <translation>バージョン %1 はこの Lineup が読める版（%2）より新しいです。Lineup を更新してください</translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationStore</name>
    <message>
        <source>cannot create the data directory &quot;%1&quot;; choose another one with --data-dir or LINEUP_DATA_DIR</source>
        <translation>データディレクトリ &quot;%1&quot; を作成できません。--data-dir か LINEUP_DATA_DIR で別の場所を指定してください</translation>
    </message>
    <message>
        <source>cannot open the history database &quot;%1&quot;: %2</source>
        <translation>履歴データベース &quot;%1&quot; を開けません: %2</translation>
    </message>
    <message>
        <source>cannot use the history database &quot;%1&quot;: %2</source>
        <translation>履歴データベース &quot;%1&quot; を使用できません: %2</translation>
    </message>
    <message>
        <source>Lineup ended while this answer was streaming</source>
        <translation>この回答のストリーミング中に Lineup が終了しました</translation>
    </message>
    <message>
        <source>cannot recover interrupted answers in &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; の中断された回答を復元できません: %2</translation>
    </message>
    <message>
        <source>there is no conversation %1</source>
        <translation>会話 %1 はありません</translation>
    </message>
    <message>
        <source>conversation %1 is not deleted</source>
        <translation>会話 %1 は削除されていません</translation>
    </message>
    <message>
        <source>there is no message %1</source>
        <translation>メッセージ %1 はありません</translation>
    </message>
    <message>
        <source>a comparison has %1 to %2 panes, not %3</source>
        <translation>比較のペインは %1～%2 個です（%3 個ではありません）</translation>
    </message>
    <message>
        <source>conversation %1 is not a comparison</source>
        <translation>会話 %1 は比較ではありません</translation>
    </message>
    <message>
        <source>a comparison has at most %1 panes</source>
        <translation>比較のペインは最大 %1 個です</translation>
    </message>
    <message>
        <source>conversation %1 is not a pane of comparison %2</source>
        <translation>会話 %1 は比較 %2 のペインではありません</translation>
    </message>
    <message>
        <source>conversation %1 is not a pane of a comparison</source>
        <translation>会話 %1 は比較のペインではありません</translation>
    </message>
    <message>
        <source>a comparison keeps at least %1 panes</source>
        <translation>比較には少なくとも %1 個のペインが必要です</translation>
    </message>
    <message>
        <source>there is no comparison %1</source>
        <translation>比較 %1 はありません</translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationTransfer</name>
    <message>
        <source>Lineup JSON (*.json)</source>
        <translation>Lineup JSON (*.json)</translation>
    </message>
    <message>
        <source>OpenAI request body (*.json)</source>
        <translation>OpenAI リクエストボディ (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>エクスポートするものがありません</translation>
    </message>
    <message>
        <source>There is no saved conversation to export yet.</source>
        <translation>エクスポートできる保存済みの会話はまだありません。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>エクスポートできませんでした: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Exported the conversation to %1.</source>
        <translation>会話を %1 にエクスポートしました。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversations to %1.</source>
        <translation>
            <numerusform>%n 件の会話を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>何もインポートされませんでした。%1</translation>
    </message>
    <message>
        <source>%1

The files before this one were imported.</source>
        <translation>%1

これより前のファイルはインポートされました。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>Imported 1 conversation.</source>
        <translation>1 件の会話をインポートしました。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversations.</source>
        <translation>
            <numerusform>%n 件の会話をインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>会話をエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Conversations</source>
        <translation>
            <numerusform>%n 件の会話をエクスポート</numerusform>
        </translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Import Conversations</source>
        <translation>会話をインポート</translation>
    </message>
    <message>
        <source>Lineup JSON or OpenAI request bodies (*.json)</source>
        <translation>Lineup JSON または OpenAI リクエストボディ (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Vote First</source>
        <translation>先に投票</translation>
    </message>
    <message>
        <source>“%1” is a blind comparison not voted on yet: open it and vote, then export it. An export now would name its models.</source>
        <translation>「%1」はまだ投票していないブラインド比較です: 開いて投票してからエクスポートしてください。今エクスポートするとモデル名がわかってしまいます。</translation>
    </message>
</context>
<context>
    <name>Lineup::DialogLauncher</name>
    <message>
        <source>About Lineup</source>
        <translation>Lineup について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lineup %1&lt;/b&gt;&lt;br&gt;A native playground for OpenAI-compatible chat APIs.</source>
        <translation>&lt;b&gt;Lineup %1&lt;/b&gt;&lt;br&gt;OpenAI 互換チャット API のためのネイティブなプレイグラウンド。</translation>
    </message>
</context>
<context>
    <name>Lineup::EmptyState</name>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>What would you like to ask?</source>
        <translation>何を聞きたいですか？</translation>
    </message>
    <message>
        <source>Ctrl+K choose a model · Ctrl+N new chat · Ctrl+F find · paste or drop images to attach them</source>
        <translation>Ctrl+K モデルを選ぶ · Ctrl+N 新しいチャット · Ctrl+F 検索 · 画像は貼り付けかドロップで添付</translation>
    </message>
    <message>
        <source>Your message goes to %1 on %2.</source>
        <translation>メッセージは %2 の %1 に送られます。</translation>
    </message>
    <message>
        <source>Messages go to %1. Choose a model on the right (Ctrl+K) to start.</source>
        <translation>メッセージは %1 に送られます。右側でモデルを選んで（Ctrl+K）始めましょう。</translation>
    </message>
    <message>
        <source>Compare Models</source>
        <translation>モデルを比較</translation>
    </message>
    <message>
        <source>Ask several models the same question at once (Ctrl+Shift+N)</source>
        <translation>複数のモデルに同じ質問を一度に尋ねます（Ctrl+Shift+N）</translation>
    </message>
</context>
<context>
    <name>Lineup::Endpoint</name>
    <message>
        <source>%1 uses http:// to a host that is not this computer: the API key and the conversation travel unencrypted and can be read on the network. Use https:// unless you trust every network in between.</source>
        <translation>%1 はこのコンピューター以外のホストへ http:// を使っています。API キーと会話は暗号化されずに送られ、ネットワーク上で読み取られる可能性があります。経路上のすべてのネットワークを信頼できる場合を除き、https:// を使ってください。</translation>
    </message>
</context>
<context>
    <name>Lineup::FiguresTable</name>
    <message>
        <source>Comparison summary</source>
        <translation>比較の概要</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>★ and bold: the best value of the figure among the panes</source>
        <translation>★ と太字: ペインの中でその数値が最も良いもの</translation>
    </message>
    <message>
        <source>Best %1</source>
        <translation>%1 の最良値</translation>
    </message>
</context>
<context>
    <name>Lineup::FiguresText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>初回トークン</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>トークン/秒</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>合計時間</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>プロンプトトークン</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>出力トークン</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>推論トークン</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了理由</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <source>~$%1</source>
        <translation>~$%1</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>ストリーミング中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>初回トークン %1</translation>
    </message>
    <message>
        <source>%1 → %2 tokens</source>
        <translation>%1 → %2 トークン</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>推論 %1</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>まだ回答がありません</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation>schema: %1</translation>
    </message>
</context>
<context>
    <name>Lineup::FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>会話内を検索</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>検索するテキスト</translation>
    </message>
    <message>
        <source>Text to find in this conversation (Enter: next, Shift+Enter: previous)</source>
        <translation>この会話で検索するテキスト（Enter: 次へ、Shift+Enter: 前へ）</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>前の一致（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>次の一致（Enter）</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
</context>
<context>
    <name>Lineup::HttpResponseParser</name>
    <message>
        <source>The connection closed before the service answered.</source>
        <translation>サービスが応答する前に接続が閉じられました。</translation>
    </message>
    <message>
        <source>The connection closed in the middle of the response head.</source>
        <translation>応答ヘッダーの途中で接続が閉じられました。</translation>
    </message>
    <message>
        <source>The connection closed before the whole response arrived.</source>
        <translation>応答全体が届く前に接続が閉じられました。</translation>
    </message>
    <message>
        <source>The response head is larger than %1 bytes.</source>
        <translation>応答ヘッダーが %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>The service did not answer with HTTP/1.1 (the first line was &quot;%1&quot;).</source>
        <translation>サービスが HTTP/1.1 で応答しませんでした（最初の行は &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>The response has a malformed header line.</source>
        <translation>応答に不正なヘッダー行があります。</translation>
    </message>
    <message>
        <source>The response uses a transfer coding Lineup does not read (&quot;%1&quot;).</source>
        <translation>応答は Lineup が読めない転送コーディングを使っています（&quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>The response names two different Content-Length values.</source>
        <translation>応答に異なる 2 つの Content-Length 値があります。</translation>
    </message>
    <message>
        <source>The response has an invalid Content-Length (&quot;%1&quot;).</source>
        <translation>応答の Content-Length が不正です（&quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>A chunk-size line of the response is longer than %1 bytes.</source>
        <translation>応答のチャンクサイズ行が %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>The response has an invalid chunk size.</source>
        <translation>応答のチャンクサイズが不正です。</translation>
    </message>
    <message>
        <source>A chunk of the response is longer than its declared size.</source>
        <translation>応答のチャンクが宣言されたサイズより長くなっています。</translation>
    </message>
    <message>
        <source>The response&apos;s trailers are larger than %1 bytes.</source>
        <translation>応答のトレーラーが %1 バイトを超えています。</translation>
    </message>
</context>
<context>
    <name>Lineup::Icons</name>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
</context>
<context>
    <name>Lineup::JsonEditor</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行 %2 列: %3</translation>
    </message>
</context>
<context>
    <name>Lineup::KeyResolver</name>
    <message>
        <source>%1 Using %2 from the environment instead.</source>
        <translation>%1 代わりに環境変数の %2 を使います。</translation>
    </message>
    <message>
        <source>No API key for %1 (profile %2). Store one with `lineup-cli keys set %2`.</source>
        <translation>%1（プロファイル %2）の API キーがありません。`lineup-cli keys set %2` で保存してください。</translation>
    </message>
    <message>
        <source>No API key for %1 (profile %2). Store one with `lineup-cli keys set %2` or set the environment variable %3.</source>
        <translation>%1（プロファイル %2）の API キーがありません。`lineup-cli keys set %2` で保存するか、環境変数 %3 を設定してください。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>システムのキーチェーンが %1 秒以内に応答しませんでした。</translation>
    </message>
</context>
<context>
    <name>Lineup::KeyStore</name>
    <message>
        <source>No key named &quot;%1&quot; is stored in the system keychain.</source>
        <translation>&quot;%1&quot; という名前のキーはシステムのキーチェーンに保存されていません。</translation>
    </message>
    <message>
        <source>No system keychain (Secret Service) is available: %1.</source>
        <translation>システムのキーチェーン（Secret Service）が利用できません: %1。</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock your keyring and try again.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました（%1）。キーリングのロックを解除してもう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1.</source>
        <translation>システムのキーチェーンでエラーが発生しました: %1。</translation>
    </message>
    <message>
        <source>This profile has no keychain entry name, so no key can be stored for it.</source>
        <translation>このプロファイルにはキーチェーンのエントリ名がないため、キーを保存できません。</translation>
    </message>
</context>
<context>
    <name>Lineup::LanguageSetting</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of Lineup&apos;s menus and messages; applies when Lineup starts again</source>
        <translation>Lineup のメニューとメッセージの言語。Lineup を次に起動したときに適用されます</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Applies when Lineup starts again.</source>
        <translation>Lineup を次に起動したときに適用されます。</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>言語に関する注記</translation>
    </message>
</context>
<context>
    <name>Lineup::LeaderboardTableModel</name>
    <message numerus="yes">
        <source>Rank %1: %n models lie entirely above this one&apos;s 95% interval.</source>
        <translation>
            <numerusform>順位 %1: 95% 区間がこのモデルの区間より完全に上にあるモデルが %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shares rank %1 with %2: the votes cannot tell them apart yet.</source>
        <translation>%2 と順位 %1 を共有しています: 投票からはまだ両者を区別できません。</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1（同順位）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>95% of the ratings fitted to resamples of the votes lie between %1 and %2.</source>
        <translation>投票の再標本にあてはめたレーティングの 95% が %1 から %2 の間にあります。</translation>
    </message>
    <message>
        <source>Tie and both-bad votes</source>
        <translation>引き分けと「どちらも悪い」の投票</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>レーティング</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 区間</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票数</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>勝ち</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>負け</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>引き分け</translation>
    </message>
    <message>
        <source>1 + the number of models whose 95% interval lies entirely above this one&apos;s</source>
        <translation>1 + 95% 区間がこのモデルの区間より完全に上にあるモデルの数</translation>
    </message>
    <message>
        <source>Bradley-Terry fit on the Elo scale: 400 points mean 10:1 odds, the mean is 1000</source>
        <translation>Elo スケール上の Bradley-Terry あてはめ: 400 点差はオッズ 10:1、平均は 1000</translation>
    </message>
</context>
<context>
    <name>Lineup::LeaderboardWindow</name>
    <message>
        <source>&amp;From</source>
        <translation>開始日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>終了日(&amp;U)</translation>
    </message>
    <message>
        <source>Count &amp;flagged votes that were kept</source>
        <translation>残すことにしたフラグ付きの投票も集計(&amp;F)</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>ランキング</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Count only the votes with this tag</source>
        <translation>このタグの付いた投票だけを集計します</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>最初の日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最後の日</translation>
    </message>
    <message>
        <source>Count only the votes cast on or after this day</source>
        <translation>この日以降に行われた投票だけを集計します</translation>
    </message>
    <message>
        <source>Count only the votes cast on or before this day</source>
        <translation>この日以前に行われた投票だけを集計します</translation>
    </message>
    <message>
        <source>Votes on answers that named a model or vendor count when they were kept at the vote; clear this to leave every such vote out, as public arenas do</source>
        <translation>モデル名やベンダー名に言及した回答への投票は、投票時に残すことにした場合に集計されます。公開アリーナと同じようにそうした投票をすべて除外するには、チェックを外してください</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>順位表</translation>
    </message>
    <message>
        <source>Win rate of the row&apos;s model against the column&apos;s</source>
        <translation>行のモデルの列のモデルに対する勝率</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>No counted votes match the filters. Vote in a blind comparison (File ▸ New Blind Comparison) to fill the leaderboard.</source>
        <translation>フィルターに一致する集計済みの投票がありません。ブラインド比較（ファイル ▸ 新しいブラインド比較）で投票すると、ランキングに表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n votes counted. Ratings: Bradley-Terry fit on the Elo scale (mean 1000); intervals: 95% of 200 bootstrap resamples; models whose intervals overlap share a rank.</source>
        <translation>
            <numerusform>集計した投票: %n 件。レーティング: Elo スケール上の Bradley-Terry あてはめ（平均 1000）。区間: 200 回のブートストラップ再標本化の 95%。区間が重なるモデルは同じ順位になります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineup::MainWindow</name>
    <message>
        <source>Conversations cannot be saved: %1. Chats work but are lost when Lineup closes.</source>
        <translation>会話を保存できません: %1。チャットはできますが、Lineup を閉じると失われます。</translation>
    </message>
    <message>
        <source>There is no provider profile “%1”. Use one of the profiles in Settings, or --base-url.</source>
        <translation>プロバイダープロファイル「%1」はありません。設定にあるプロファイルのいずれかか、--base-url を使ってください。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話一覧</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>新しい会話を始める</translation>
    </message>
    <message>
        <source>&amp;Providers and Keys…</source>
        <translation>プロバイダーとキー(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Copy &amp;Last Answer</source>
        <translation>最後の回答をコピー(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>会話内を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Search All Conversations…</source>
        <translation>すべての会話を検索(&amp;S)…</translation>
    </message>
    <message>
        <source>Focus &amp;Composer</source>
        <translation>入力欄にフォーカス(&amp;C)</translation>
    </message>
    <message>
        <source>Send with Ctrl+&amp;Enter</source>
        <translation>Ctrl+Enter で送信(&amp;E)</translation>
    </message>
    <message>
        <source>When on, Enter starts a new line and Ctrl+Enter sends</source>
        <translation>オンにすると、Enter で改行し Ctrl+Enter で送信します</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Choose &amp;Model…</source>
        <translation>モデルを選択(&amp;M)…</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>%1 パネルの表示/非表示を切り替え</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lineup</source>
        <translation>Lineup について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>会話をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this conversation as Lineup JSON, an OpenAI request or Markdown</source>
        <translation>この会話を Lineup JSON、OpenAI リクエスト、Markdown として保存します</translation>
    </message>
    <message>
        <source>Export &amp;All Conversations…</source>
        <translation>すべての会話をエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Conversations…</source>
        <translation>会話をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Add conversations from Lineup JSON or OpenAI request bodies</source>
        <translation>Lineup JSON または OpenAI リクエストボディから会話を追加します</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒後に再試行します（%3 回目）。</translation>
    </message>
    <message>
        <source>Could not save the conversation: %1</source>
        <translation>会話を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Choose a model first (Ctrl+K), then send again.</source>
        <translation>先にモデルを選んでから（Ctrl+K）、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Lineup</source>
        <translation>Lineup</translation>
    </message>
    <message>
        <source>%1 — Lineup</source>
        <translation>%1 — Lineup</translation>
    </message>
    <message>
        <source>Copied the last answer.</source>
        <translation>最後の回答をコピーしました。</translation>
    </message>
    <message>
        <source>There is no answer to copy yet.</source>
        <translation>コピーできる回答はまだありません。</translation>
    </message>
    <message>
        <source>&amp;Stop Answer</source>
        <translation>回答を停止(&amp;S)</translation>
    </message>
    <message>
        <source>%1 needs an API key: add it in File → Providers and Keys (Ctrl+,), or choose another service in the status bar.</source>
        <translation>%1 には API キーが必要です。「ファイル → プロバイダーとキー」（Ctrl+,）で追加するか、ステータスバーで別のサービスを選んでください。</translation>
    </message>
    <message>
        <source>This window uses %1 from the command line (--base-url). Save it as a profile to change its address or key, then choose it in the status bar.</source>
        <translation>このウィンドウはコマンドラインで指定された %1 を使っています（--base-url）。アドレスやキーを変えるには、プロファイルとして保存してからステータスバーで選んでください。</translation>
    </message>
    <message>
        <source>The pane&apos;s history is now a conversation of its own.</source>
        <translation>このペインの履歴は独立した会話になりました。</translation>
    </message>
    <message>
        <source>Some panes are still answering: stop them (Esc) or wait.</source>
        <translation>まだ回答中のペインがあります。停止する（Esc）か、お待ちください。</translation>
    </message>
    <message>
        <source>New comparison</source>
        <translation>新しい比較</translation>
    </message>
    <message>
        <source>New &amp;Comparison</source>
        <translation>新しい比較(&amp;C)</translation>
    </message>
    <message>
        <source>Ask several models the same question side by side</source>
        <translation>複数のモデルに同じ質問を尋ね、回答を並べて比べます</translation>
    </message>
    <message>
        <source>New &amp;Blind Comparison…</source>
        <translation>新しいブラインド比較(&amp;B)…</translation>
    </message>
    <message>
        <source>Vote between models without knowing which answered</source>
        <translation>どのモデルが回答したか分からない状態でモデル間の投票を行います</translation>
    </message>
    <message>
        <source>&amp;Leaderboard</source>
        <translation>ランキング(&amp;L)</translation>
    </message>
    <message>
        <source>Rank the models by your blind votes</source>
        <translation>ブラインド投票でモデルを順位付けします</translation>
    </message>
    <message>
        <source>Vote first: an export would name the models.</source>
        <translation>先に投票してください: エクスポートするとモデル名が分かってしまいます。</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n blind comparisons not voted on yet.</source>
        <translation>
            <numerusform>まだ投票していないブラインド比較 %n 件を除外しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineup::MessageLayout</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>ツールの結果</translation>
    </message>
    <message>
        <source>Open provider settings</source>
        <translation>プロバイダー設定を開く</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Attached image</source>
        <translation>添付した画像</translation>
    </message>
    <message>
        <source>Image (not loaded): %1</source>
        <translation>画像（未読み込み）: %1</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>ツール呼び出し</translation>
    </message>
    <message>
        <source>Tool call: %1</source>
        <translation>ツール呼び出し: %1</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>書き込み中…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>中断されました: %1</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>リクエストに失敗しました。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Finish: %1</source>
        <translation>終了理由: %1</translation>
    </message>
    <message>
        <source>%1 prompt</source>
        <translation>プロンプト %1</translation>
    </message>
    <message>
        <source>%1 completion</source>
        <translation>出力 %1</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>キャッシュ %1</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>推論 %1</translation>
    </message>
    <message>
        <source>Tokens: %1</source>
        <translation>トークン: %1</translation>
    </message>
    <message>
        <source>First token %1 s</source>
        <translation>初回トークン %1 秒</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>選択肢 %1</translation>
    </message>
    <message>
        <source>Reasoning (thinking…)</source>
        <translation>推論（思考中…）</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>スキーマ: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…ほか %1 件</translation>
    </message>
    <message>
        <source>Show the answer exactly as it was received</source>
        <translation>受信したとおりの回答を表示します</translation>
    </message>
    <message>
        <source>Show the answer indented, one member per line (only spaces change)</source>
        <translation>回答をインデントし、1 行に 1 メンバーずつ表示します（変わるのは空白だけです）</translation>
    </message>
    <message>
        <source>Select the part of the answer this points at</source>
        <translation>回答のうち、これが指す部分を選択します</translation>
    </message>
    <message>
        <source>Show pretty JSON</source>
        <translation>整形した JSON を表示</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>元の JSON を表示</translation>
    </message>
    <message>
        <source>Tool calls dropped</source>
        <translation>ツール呼び出しは除外済み</translation>
    </message>
</context>
<context>
    <name>Lineup::ModelInfo</name>
    <message>
        <source>The model list is not valid JSON (%1 at offset %2).</source>
        <translation>モデル一覧が有効な JSON ではありません（オフセット %2 で %1）。</translation>
    </message>
    <message>
        <source>The model list has neither a &quot;data&quot; nor a &quot;models&quot; array: the base URL may not point at an OpenAI-compatible service.</source>
        <translation>モデル一覧に &quot;data&quot; 配列も &quot;models&quot; 配列もありません。ベース URL が OpenAI 互換サービスを指していない可能性があります。</translation>
    </message>
    <message>
        <source>The model list nests JSON deeper than %1 levels.</source>
        <translation>モデル一覧の JSON の入れ子が %1 階層を超えています。</translation>
    </message>
</context>
<context>
    <name>Lineup::ModelListModel</name>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1K</translation>
    </message>
    <message>
        <source>free</source>
        <translation>無料</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>所有者: %1</translation>
    </message>
    <message>
        <source>Context window: %1 tokens</source>
        <translation>コンテキストウィンドウ: %1 トークン</translation>
    </message>
    <message>
        <source>Input: %1 per million tokens</source>
        <translation>入力: 100 万トークンあたり %1</translation>
    </message>
    <message>
        <source>Output: %1 per million tokens</source>
        <translation>出力: 100 万トークンあたり %1</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>%1, favourite</source>
        <translation>%1、お気に入り</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>In $/M</source>
        <translation>入力 $/M</translation>
    </message>
    <message>
        <source>Out $/M</source>
        <translation>出力 $/M</translation>
    </message>
    <message>
        <source>Model id as the service names it</source>
        <translation>サービス上のモデル ID</translation>
    </message>
    <message>
        <source>Context window in tokens</source>
        <translation>トークン数で表したコンテキストウィンドウ</translation>
    </message>
    <message>
        <source>Price in US dollars per million prompt tokens</source>
        <translation>プロンプト 100 万トークンあたりの価格（米ドル）</translation>
    </message>
    <message>
        <source>Price in US dollars per million completion tokens</source>
        <translation>出力 100 万トークンあたりの価格（米ドル）</translation>
    </message>
</context>
<context>
    <name>Lineup::ModelMenu</name>
    <message>
        <source>Type a model name, Enter to use it</source>
        <translation>モデル名を入力し、Enter で使用します</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>モデル名</translation>
    </message>
    <message>
        <source>Loading the model list…</source>
        <translation>モデルの一覧を読み込み中…</translation>
    </message>
    <message>
        <source>No model list: type a name above</source>
        <translation>モデルの一覧がありません: 上に名前を入力してください</translation>
    </message>
    <message numerus="yes">
        <source>%n more: type a name above</source>
        <translation>
            <numerusform>ほか %n 件: 上に名前を入力してください</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineup::ModelPanel</name>
    <message>
        <source>Search or type a model id</source>
        <translation>モデル ID を検索または入力</translation>
    </message>
    <message>
        <source>Model search</source>
        <translation>モデルの検索</translation>
    </message>
    <message>
        <source>Filter the list as you type (Ctrl+K). Enter picks the only match, or uses the text as a model id when it is not in the list.</source>
        <translation>入力に合わせて一覧を絞り込みます（Ctrl+K）。Enter で唯一の一致を選ぶか、一覧にないときは入力したテキストをモデル ID として使います。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Refresh model list</source>
        <translation>モデル一覧を更新</translation>
    </message>
    <message>
        <source>Ask the service again for the models your key can use</source>
        <translation>キーで使えるモデルをサービスにもう一度問い合わせます</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>Mark the selected model as a favourite; favourites are listed first</source>
        <translation>選択したモデルをお気に入りにします。お気に入りは先頭に表示されます</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Model list status</source>
        <translation>モデル一覧の状態</translation>
    </message>
    <message>
        <source>No service selected.</source>
        <translation>サービスが選択されていません。</translation>
    </message>
    <message>
        <source>1 model available.</source>
        <translation>1 件のモデルが利用可能です。</translation>
    </message>
    <message>
        <source>%1 models available.</source>
        <translation>%1 件のモデルが利用可能です。</translation>
    </message>
    <message>
        <source>Loading models from %1…</source>
        <translation>%1 からモデルを読み込み中…</translation>
    </message>
    <message>
        <source>Could not load the model list: %1 You can still type a model id.</source>
        <translation>モデル一覧を読み込めませんでした: %1 モデル ID を直接入力することはできます。</translation>
    </message>
    <message>
        <source>Remove %1 from favourites</source>
        <translation>%1 をお気に入りから外す</translation>
    </message>
    <message>
        <source>Click or press Enter to use a model</source>
        <translation>クリックか Enter でモデルを使います</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>価格を設定</translation>
    </message>
    <message>
        <source>Set the price (USD per 1M tokens) and context length of the selected model, or of the one in use, in your price table</source>
        <translation>選択したモデル（または使用中のモデル）の価格（100 万トークンあたりの USD）とコンテキスト長を価格表に設定します</translation>
    </message>
    <message>
        <source>No model matches “%1”. Enter uses it as a model id.</source>
        <translation>「%1」に一致するモデルはありません。Enter でそれをモデル ID として使います。</translation>
    </message>
    <message>
        <source>1 of %1 models matches.</source>
        <translation>%1 件中 1 件のモデルが一致します。</translation>
    </message>
    <message>
        <source>%1 of %2 models match.</source>
        <translation>%2 件中 %1 件のモデルが一致します。</translation>
    </message>
</context>
<context>
    <name>Lineup::PaneEndpoints</name>
    <message>
        <source>There is no provider profile “%1”.</source>
        <translation>プロバイダープロファイル「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>Lineup::PaneWidget</name>
    <message>
        <source>Comparison pane</source>
        <translation>比較のペイン</translation>
    </message>
    <message>
        <source>Choose this pane&apos;s model and service</source>
        <translation>このペインのモデルとサービスを選びます</translation>
    </message>
    <message>
        <source>Pane model</source>
        <translation>ペインのモデル</translation>
    </message>
    <message>
        <source>Stop this pane&apos;s answer</source>
        <translation>このペインの回答を停止します</translation>
    </message>
    <message>
        <source>Ask this pane&apos;s model again</source>
        <translation>このペインのモデルにもう一度尋ねます</translation>
    </message>
    <message>
        <source>Retry this pane&apos;s failed answer</source>
        <translation>このペインの失敗した回答を再試行します</translation>
    </message>
    <message>
        <source>Maximise this pane (Ctrl+Shift+M)</source>
        <translation>このペインを最大化します（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>More for this pane</source>
        <translation>このペインのその他の操作</translation>
    </message>
    <message>
        <source>Remove this pane</source>
        <translation>このペインを削除</translation>
    </message>
    <message>
        <source>Continue with This Model</source>
        <translation>このモデルで続ける</translation>
    </message>
    <message>
        <source>Open this pane&apos;s history as an ordinary conversation</source>
        <translation>このペインの履歴を通常の会話として開きます</translation>
    </message>
    <message>
        <source>Copy Request as curl</source>
        <translation>リクエストを curl としてコピー</translation>
    </message>
    <message>
        <source>Pane answers</source>
        <translation>ペインの回答</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>モデルを選択</translation>
    </message>
    <message>
        <source>%1 on %2. Click to choose another model or service.</source>
        <translation>%2 の %1。クリックすると別のモデルやサービスを選べます。</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>shared settings · %1</source>
        <translation>共有の設定 · %1</translation>
    </message>
    <message>
        <source>own %1 · %2</source>
        <translation>独自の %1 · %2</translation>
    </message>
    <message>
        <source>Comparison pane %1</source>
        <translation>比較のペイン %1</translation>
    </message>
    <message>
        <source>Show all panes again (Ctrl+Shift+M)</source>
        <translation>すべてのペインを再表示します（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Which model answers here stays hidden until you vote</source>
        <translation>ここで回答するモデルは投票するまで伏せられます</translation>
    </message>
    <message>
        <source>hidden until you vote</source>
        <translation>投票まで非表示</translation>
    </message>
</context>
<context>
    <name>Lineup::ParameterCatalog</name>
    <message>
        <source>Sampling temperature: higher values make the answer more varied, lower values more focused; change this or top_p, not both.</source>
        <translation>サンプリング温度: 高いほど回答が多様に、低いほど焦点が絞られます。これか top_p のどちらかを変更し、両方は変えないでください。</translation>
    </message>
    <message>
        <source>Nucleus sampling: only tokens within this cumulative probability mass are considered.</source>
        <translation>核サンプリング: 累積確率がこの値に収まるトークンだけを候補にします。</translation>
    </message>
    <message>
        <source>How many alternative answers (choices) to generate.</source>
        <translation>生成する別の回答（選択肢）の数。</translation>
    </message>
    <message>
        <source>Up to 4 sequences at which the model stops generating; a single string or a list of strings.</source>
        <translation>モデルが生成を止める最大 4 つのシーケンス。1 つの文字列か文字列のリスト。</translation>
    </message>
    <message>
        <source>Legacy upper limit on generated tokens; newer OpenAI models use max_completion_tokens instead.</source>
        <translation>生成トークン数の従来の上限。新しい OpenAI モデルでは代わりに max_completion_tokens を使います。</translation>
    </message>
    <message>
        <source>Upper limit on generated tokens, counting visible output and reasoning tokens (GPT-4.1, GPT-5 and o-series).</source>
        <translation>生成トークン数の上限。表示される出力と推論トークンの両方を数えます（GPT-4.1、GPT-5、o シリーズ）。</translation>
    </message>
    <message>
        <source>Positive values penalise tokens that already appeared, nudging the model towards new topics.</source>
        <translation>正の値は既に出現したトークンにペナルティを与え、新しい話題へ向かわせます。</translation>
    </message>
    <message>
        <source>Positive values penalise tokens by how often they already appeared, reducing verbatim repetition.</source>
        <translation>正の値は既に出現した回数に応じてトークンにペナルティを与え、同じ言い回しの繰り返しを減らします。</translation>
    </message>
    <message>
        <source>Maps token ids to a bias from -100 (ban) to 100 (force) added to their likelihood.</source>
        <translation>トークン ID を、その尤度に加える -100（禁止）～ 100（強制）のバイアスに対応付けます。</translation>
    </message>
    <message>
        <source>Best-effort determinism: repeated requests with the same seed should return the same answer (compare system_fingerprint).</source>
        <translation>できる限りの決定性: 同じ seed のリクエストは同じ回答を返すはずです（system_fingerprint を比較してください）。</translation>
    </message>
    <message>
        <source>An id for your end user that helps the service detect abuse.</source>
        <translation>サービスが不正利用を検出するのに役立つエンドユーザーの ID。</translation>
    </message>
    <message>
        <source>Forces JSON output: json_object guarantees valid JSON, a strict json_schema guarantees the given schema.</source>
        <translation>JSON 出力を強制します: json_object は有効な JSON を、厳格な json_schema は指定したスキーマを保証します。</translation>
    </message>
    <message>
        <source>Functions the model may call, each with a name, a description and a JSON Schema for its arguments.</source>
        <translation>モデルが呼び出せる関数。それぞれ名前、説明、引数の JSON Schema を持ちます。</translation>
    </message>
    <message>
        <source>Whether the model may call tools (auto), must not (none), must call one (required), or must call a named function.</source>
        <translation>モデルがツールを呼び出してよいか（auto）、呼び出してはならないか（none）、必ず 1 つ呼び出すか（required）、指定した関数を呼び出すか。</translation>
    </message>
    <message>
        <source>Return the log probability of each generated token.</source>
        <translation>生成された各トークンの対数確率を返します。</translation>
    </message>
    <message>
        <source>How many most likely alternatives to return for each token position; needs logprobs.</source>
        <translation>各トークン位置で返す最も可能性の高い候補の数。logprobs が必要です。</translation>
    </message>
    <message>
        <source>How much a reasoning model thinks before answering (o-series and GPT-5.1 or newer).</source>
        <translation>推論モデルが回答前にどれだけ考えるか（o シリーズと GPT-5.1 以降）。</translation>
    </message>
    <message>
        <source>Processing tier: flex is cheaper and slower, priority faster and dearer, auto lets the service decide.</source>
        <translation>処理ティア: flex は安く遅い、priority は速く高い、auto はサービスに任せます。</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>%1 ～ %2 の数値</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 ～ %2 の整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 のいずれか</translation>
    </message>
    <message>
        <source>a string or a JSON array of up to %1 strings</source>
        <translation>文字列、または最大 %1 個の文字列からなる JSON 配列</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>JSON オブジェクト</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>JSON 配列</translation>
    </message>
    <message>
        <source>%1, or a JSON object</source>
        <translation>%1、または JSON オブジェクト</translation>
    </message>
    <message>
        <source>not a single JSON value</source>
        <translation>単一の JSON 値ではありません</translation>
    </message>
    <message>
        <source>%1 expects %2, got &quot;%3&quot;.</source>
        <translation>%1 には %2 が必要ですが、&quot;%3&quot; が指定されました。</translation>
    </message>
    <message>
        <source>response_format of type json_schema needs a &quot;json_schema&quot; object with a &quot;name&quot; and a &quot;schema&quot;.</source>
        <translation>種類が json_schema の response_format には、&quot;name&quot; と &quot;schema&quot; を持つ &quot;json_schema&quot; オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>response_format.json_schema.schema must be a JSON object (a JSON Schema).</source>
        <translation>response_format.json_schema.schema は JSON オブジェクト（JSON Schema）である必要があります。</translation>
    </message>
    <message>
        <source>response_format.type must be json_object or json_schema, got &quot;%1&quot;.</source>
        <translation>response_format.type は json_object か json_schema である必要がありますが、&quot;%1&quot; が指定されました。</translation>
    </message>
    <message>
        <source>logit_bias keys must be token ids (whole numbers), got &quot;%1&quot;.</source>
        <translation>logit_bias のキーはトークン ID（整数）である必要がありますが、&quot;%1&quot; が指定されました。</translation>
    </message>
    <message>
        <source>logit_bias for token %1 must be a number from -100 to 100, got &quot;%2&quot;.</source>
        <translation>トークン %1 の logit_bias は -100 ～ 100 の数値である必要がありますが、&quot;%2&quot; が指定されました。</translation>
    </message>
    <message>
        <source>tools[%1] must be {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}.</source>
        <translation>tools[%1] は {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}} である必要があります。</translation>
    </message>
    <message>
        <source>%1 expects %2; the JSON does not parse: %3.</source>
        <translation>%1 には %2 が必要ですが、JSON を解析できません: %3。</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3; %4 is outside the range the API accepts.</source>
        <translation>%1 は %2 ～ %3 である必要があります。%4 は API が受け付ける範囲外です。</translation>
    </message>
    <message>
        <source>%1 accepts at most %2 strings; %3 were given.</source>
        <translation>%1 が受け付ける文字列は最大 %2 個ですが、%3 個指定されました。</translation>
    </message>
</context>
<context>
    <name>Lineup::ParameterRow</name>
    <message>
        <source>Send %1</source>
        <translation>%1 を送信</translation>
    </message>
    <message>
        <source>Checked: %1 is sent with the request. Unchecked: it is left out and the service uses its default.
%2</source>
        <translation>オン: %1 をリクエストと一緒に送信します。オフ: 送信せず、サービスの既定値が使われます。
%2</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 をリセット</translation>
    </message>
    <message>
        <source>Back to the default and not sent</source>
        <translation>既定に戻して送信しない</translation>
    </message>
    <message>
        <source>Notes for %1</source>
        <translation>%1 の注記</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>送信しない</translation>
    </message>
    <message>
        <source>%1 is not sent</source>
        <translation>%1 は送信されません</translation>
    </message>
    <message>
        <source>Left out of the request: the service uses its default. Edit the value or check the box to send it.</source>
        <translation>リクエストに含めません。サービスの既定値が使われます。値を編集するかチェックを入れると送信します。</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>%1 の値</translation>
    </message>
    <message>
        <source>%1 slider</source>
        <translation>%1 のスライダー</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>END, ### or [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>END、### または [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>Separate several sequences with commas, or write a JSON list (needed when a sequence contains a comma).</source>
        <translation>複数のシーケンスはカンマで区切るか、JSON のリストで書いてください（シーケンスにカンマを含むときは必須）。</translation>
    </message>
    <message>
        <source>JSON; checked as you type.</source>
        <translation>JSON。入力中にチェックされます。</translation>
    </message>
    <message>
        <source>Valid range: %1 to %2</source>
        <translation>有効範囲: %1 ～ %2</translation>
    </message>
    <message>
        <source>Enter a value, or uncheck %1 to leave it out.</source>
        <translation>値を入力するか、%1 のチェックを外して送信しないでください。</translation>
    </message>
    <message>
        <source>⚠ %1 Not sent until fixed.</source>
        <translation>⚠ %1 修正するまで送信されません。</translation>
    </message>
</context>
<context>
    <name>Lineup::ParametersPanel</name>
    <message>
        <source>Apply model-family rules</source>
        <translation>モデルファミリーのルールを適用</translation>
    </message>
    <message>
        <source>Checked: values a model family does not accept are adjusted before sending (for example temperature above 1 for Claude), and each change is shown. Unchecked: exactly what you set is sent.</source>
        <translation>オン: モデルファミリーが受け付けない値は送信前に調整され（例: Claude の 1 を超える temperature）、各変更が表示されます。オフ: 設定したとおりに送信されます。</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>すべてリセット</translation>
    </message>
    <message>
        <source>Reset all parameters</source>
        <translation>すべてのパラメーターをリセット</translation>
    </message>
    <message>
        <source>Model-family notes</source>
        <translation>モデルファミリーの注記</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>リクエストのパラメーター</translation>
    </message>
    <message>
        <source>%1 lowered to %2: %3 accepts %4 to %5.</source>
        <translation>%1 を %2 に下げました: %3 は %4 ～ %5 を受け付けます。</translation>
    </message>
    <message>
        <source>%1 models do not accept logprobs.</source>
        <translation>%1 のモデルは logprobs を受け付けません。</translation>
    </message>
    <message>
        <source>%1 models do not accept top_logprobs.</source>
        <translation>%1 のモデルは top_logprobs を受け付けません。</translation>
    </message>
    <message>
        <source>This model does not accept reasoning_effort.</source>
        <translation>このモデルは reasoning_effort を受け付けません。</translation>
    </message>
    <message>
        <source>This model expects max_completion_tokens instead.</source>
        <translation>このモデルでは代わりに max_completion_tokens を使います。</translation>
    </message>
    <message>
        <source>%1 accepts at most %2 stop sequences; the rest are dropped.</source>
        <translation>%1 が受け付ける停止シーケンスは最大 %2 個です。残りは送信されません。</translation>
    </message>
    <message>
        <source>%1 accepts only json_schema here, not json_object.</source>
        <translation>%1 はここでは json_schema だけを受け付け、json_object は受け付けません。</translation>
    </message>
    <message>
        <source>Leave every parameter out of the request (Undo brings them back)</source>
        <translation>どのパラメーターもリクエストに含めません（「元に戻す」で戻せます）</translation>
    </message>
    <message>
        <source>Save as default</source>
        <translation>既定として保存</translation>
    </message>
    <message>
        <source>Save as default parameters</source>
        <translation>既定のパラメーターとして保存</translation>
    </message>
    <message>
        <source>New chats start with the parameters set here</source>
        <translation>新しいチャットはここで設定したパラメーターで始まります</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>既定に戻す</translation>
    </message>
    <message>
        <source>Reset to the default parameters</source>
        <translation>既定のパラメーターに戻す</translation>
    </message>
    <message>
        <source>Use the default parameters in this chat (Undo brings the current ones back)</source>
        <translation>このチャットで既定のパラメーターを使います（「元に戻す」で現在の値に戻せます）</translation>
    </message>
    <message>
        <source>Default parameters</source>
        <translation>既定のパラメーター</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo the reset</source>
        <translation>リセットを元に戻す</translation>
    </message>
    <message>
        <source>Bring back the parameters as they were before the reset</source>
        <translation>リセット前のパラメーターに戻します</translation>
    </message>
    <message>
        <source>Every parameter was reset.</source>
        <translation>すべてのパラメーターをリセットしました。</translation>
    </message>
    <message>
        <source>The default parameters are set.</source>
        <translation>既定のパラメーターを設定しました。</translation>
    </message>
    <message>
        <source>These parameters belong to this chat. New chats start from your defaults: none set (nothing is sent).</source>
        <translation>これらのパラメーターはこのチャットのものです。新しいチャットは既定のパラメーターで始まります: 未設定（何も送信しません）。</translation>
    </message>
    <message>
        <source>These parameters belong to this chat. New chats start from your defaults: %1.</source>
        <translation>これらのパラメーターはこのチャットのものです。新しいチャットは既定のパラメーターで始まります: %1。</translation>
    </message>
</context>
<context>
    <name>Lineup::PriceDialog</name>
    <message>
        <source>Input price</source>
        <translation>入力の価格</translation>
    </message>
    <message>
        <source>Cached input price</source>
        <translation>キャッシュ済み入力の価格</translation>
    </message>
    <message>
        <source>Output price</source>
        <translation>出力の価格</translation>
    </message>
    <message>
        <source>Price of %1</source>
        <translation>%1 の価格</translation>
    </message>
    <message>
        <source>USD per 1M tokens, used when the service&apos;s model list gives no price. Answers keep the price they were charged at.</source>
        <translation>100 万トークンあたりの USD。サービスのモデル一覧に価格がない場合に使います。回答には請求時の価格が残ります。</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>入力(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Cached input:</source>
        <translation>キャッシュ済み入力(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>出力(&amp;O):</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <source>Context &amp;length:</source>
        <translation>コンテキスト長(&amp;L):</translation>
    </message>
    <message>
        <source>Leave equal to the input price when the model has no cache discount.</source>
        <translation>モデルにキャッシュ割引がない場合は入力の価格と同じにしてください。</translation>
    </message>
</context>
<context>
    <name>Lineup::PromptPanel</name>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <source>Instruction role</source>
        <translation>指示のロール</translation>
    </message>
    <message>
        <source>System works with every model. Developer replaces system on o1 and newer OpenAI models; older models treat it as system.</source>
        <translation>システムはすべてのモデルで使えます。開発者は o1 以降の OpenAI モデルでシステムの代わりになり、古いモデルではシステムとして扱われます。</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ロール(&amp;R):</translation>
    </message>
    <message>
        <source>Instructions sent before the conversation, e.g. &quot;You are a concise assistant.&quot;</source>
        <translation>会話の前に送られる指示。例: 「あなたは簡潔なアシスタントです。」</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Sent as the first message of every request in this conversation; leave empty to send none</source>
        <translation>この会話のすべてのリクエストで最初のメッセージとして送られます。空欄なら何も送りません</translation>
    </message>
</context>
<context>
    <name>Lineup::ProviderStore</name>
    <message>
        <source>CometAPI</source>
        <translation>CometAPI</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>LiteLLM proxy</source>
        <translation>LiteLLM プロキシ</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp サーバー</translation>
    </message>
</context>
<context>
    <name>Lineup::RecordJson</name>
    <message>
        <source>must be a string</source>
        <translation>文字列である必要があります</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time (e.g. 2026-01-31T12:00:00.000Z)</source>
        <translation>&quot;%1&quot; は ISO 8601 の日時ではありません（例: 2026-01-31T12:00:00.000Z）</translation>
    </message>
    <message>
        <source>must be an object with a &quot;url&quot;</source>
        <translation>&quot;url&quot; を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>空でない文字列である必要があります</translation>
    </message>
    <message>
        <source>must be &quot;low&quot;, &quot;high&quot; or &quot;auto&quot;</source>
        <translation>&quot;low&quot;、&quot;high&quot;、&quot;auto&quot; のいずれかである必要があります</translation>
    </message>
    <message>
        <source>not a base64 data: URL (expected data:&lt;type&gt;;base64,...)</source>
        <translation>base64 の data: URL ではありません（data:&lt;type&gt;;base64,... の形式が必要です）</translation>
    </message>
    <message>
        <source>the data: URL holds invalid or empty base64</source>
        <translation>data: URL の base64 が不正か空です</translation>
    </message>
    <message>
        <source>must be an http(s) URL or a base64 data: URL</source>
        <translation>http(s) の URL か base64 の data: URL である必要があります</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>配列である必要があります</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot;</source>
        <translation>&quot;name&quot; を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>must be one of &quot;system&quot;, &quot;developer&quot;, &quot;user&quot;, &quot;assistant&quot;, &quot;tool&quot;</source>
        <translation>&quot;system&quot;、&quot;developer&quot;、&quot;user&quot;、&quot;assistant&quot;、&quot;tool&quot; のいずれかである必要があります</translation>
    </message>
    <message>
        <source>must be a string, an array of parts or null</source>
        <translation>文字列、パーツの配列、または null である必要があります</translation>
    </message>
    <message>
        <source>must be &quot;text&quot; or &quot;image_url&quot;</source>
        <translation>&quot;text&quot; か &quot;image_url&quot; である必要があります</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>数値である必要があります</translation>
    </message>
    <message>
        <source>must be one of &quot;complete&quot;, &quot;streaming&quot;, &quot;stopped&quot;, &quot;failed&quot;, &quot;interrupted&quot;</source>
        <translation>&quot;complete&quot;、&quot;streaming&quot;、&quot;stopped&quot;、&quot;failed&quot;、&quot;interrupted&quot; のいずれかである必要があります</translation>
    </message>
    <message>
        <source>must be &quot;system&quot; or &quot;developer&quot;</source>
        <translation>&quot;system&quot; か &quot;developer&quot; である必要があります</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true か false である必要があります</translation>
    </message>
</context>
<context>
    <name>Lineup::RequestBuilder</name>
    <message>
        <source>temperature %1 was lowered to %2 because %3 models accept 0 to %2.</source>
        <translation>%3 のモデルは 0 ～ %2 を受け付けるため、temperature %1 を %2 に下げました。</translation>
    </message>
    <message>
        <source>n %1 was set to 1 because %2 models return only one choice.</source>
        <translation>%2 のモデルは選択肢を 1 つしか返さないため、n %1 を 1 にしました。</translation>
    </message>
    <message>
        <source>n %1 was lowered to %2 because %3 models return at most %2 choices.</source>
        <translation>%3 のモデルが返す選択肢は最大 %2 個のため、n %1 を %2 に下げました。</translation>
    </message>
    <message>
        <source>stop had %1 strings; only the first %2 were sent because %3 models accept up to %2.</source>
        <translation>stop には %1 個の文字列がありましたが、%3 のモデルは最大 %2 個まで受け付けるため、最初の %2 個だけを送信しました。</translation>
    </message>
    <message>
        <source>%1 was removed because %2 models do not return log probabilities.</source>
        <translation>%2 のモデルは対数確率を返さないため、%1 を削除しました。</translation>
    </message>
    <message>
        <source>logprobs was turned on because top_logprobs needs it.</source>
        <translation>top_logprobs に必要なため、logprobs をオンにしました。</translation>
    </message>
    <message>
        <source>reasoning_effort was removed because %1 does not accept it; only o-series and GPT-5.1 or newer models do.</source>
        <translation>%1 は reasoning_effort を受け付けないため削除しました。受け付けるのは o シリーズと GPT-5.1 以降のモデルだけです。</translation>
    </message>
    <message>
        <source>%1 was dropped because %2 is also set and %3 uses %2.</source>
        <translation>%2 も設定されており %3 は %2 を使うため、%1 を除外しました。</translation>
    </message>
    <message>
        <source>%1 was sent as %2 because %3 expects %2.</source>
        <translation>%3 は %2 を必要とするため、%1 を %2 として送信しました。</translation>
    </message>
    <message>
        <source>response_format json_object was replaced by a json_schema that accepts any JSON object because %1 models accept only json_schema.</source>
        <translation>%1 のモデルは json_schema しか受け付けないため、response_format の json_object を、任意の JSON オブジェクトを受け付ける json_schema に置き換えました。</translation>
    </message>
    <message>
        <source>tool_choice was removed because no tools are set; the API rejects tool_choice without tools.</source>
        <translation>ツールが設定されていないため tool_choice を削除しました。API はツールのない tool_choice を拒否します。</translation>
    </message>
    <message>
        <source>OpenAI GPT</source>
        <translation>OpenAI GPT</translation>
    </message>
    <message>
        <source>OpenAI o-series</source>
        <translation>OpenAI o シリーズ</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>%1 among the parameters was ignored because Lineup sets it from the request itself.</source>
        <translation>パラメーター内の %1 は、Lineup がリクエスト自体から設定するため無視しました。</translation>
    </message>
</context>
<context>
    <name>Lineup::RequestPanel</name>
    <message>
        <source>%1,… (%2)</source>
        <translation>%1,…（%2）</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>curl としてコピー</translation>
    </message>
    <message>
        <source>Next request body</source>
        <translation>次のリクエストボディ</translation>
    </message>
    <message>
        <source>The JSON the next request will send. Image data is abbreviated here only; the request carries it in full.</source>
        <translation>次のリクエストで送信される JSON。画像データはここでだけ省略表示され、リクエストには完全な形で含まれます。</translation>
    </message>
    <message>
        <source>Choose a model to see the request.</source>
        <translation>リクエストを表示するにはモデルを選んでください。</translation>
    </message>
    <message>
        <source>Model-family adjustments</source>
        <translation>モデルファミリーによる調整</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request; the key is read from $%1, never copied</source>
        <translation>このリクエストを送信する curl コマンドをコピーします。キーは $%1 から読み取られ、コピーされません</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>コピーしました ✓</translation>
    </message>
</context>
<context>
    <name>Lineup::SchemaPanel</name>
    <message>
        <source>&amp;Strict</source>
        <translation>厳密(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <source>Make s&amp;trict</source>
        <translation>厳密にする(&amp;T)</translation>
    </message>
    <message>
        <source>From &amp;example…</source>
        <translation>例から作成(&amp;E)…</translation>
    </message>
    <message>
        <source>None (text)</source>
        <translation>なし（テキスト）</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON オブジェクト</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON スキーマ</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>応答形式</translation>
    </message>
    <message>
        <source>None: plain text. JSON object: any valid JSON. JSON schema: JSON following the schema below (strict: guaranteed by the service).</source>
        <translation>なし: プレーンテキスト。JSON オブジェクト: 任意の有効な JSON。JSON スキーマ: 下のスキーマに従う JSON（厳密: サービスが保証）。</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>スキーマ名</translation>
    </message>
    <message>
        <source>The schema&apos;s name as sent (letters, digits, _ and -; up to 64).</source>
        <translation>送信されるスキーマ名（英字、数字、_、-。最大 64 文字）。</translation>
    </message>
    <message>
        <source>Strict: the service guarantees the schema, and the schema must keep to the strict subset (checked below).</source>
        <translation>厳密: サービスがスキーマへの準拠を保証します。スキーマは厳密モードのサブセットに収める必要があります（下でチェックします）。</translation>
    </message>
    <message>
        <source>The JSON Schema the answer must follow</source>
        <translation>回答が従う必要のある JSON Schema</translation>
    </message>
    <message>
        <source>{&quot;type&quot;: &quot;object&quot;, …} — or start from a template</source>
        <translation>{&quot;type&quot;: &quot;object&quot;, …} — またはテンプレートから始める</translation>
    </message>
    <message>
        <source>Schema problems</source>
        <translation>スキーマの問題</translation>
    </message>
    <message>
        <source>Each problem with its JSON pointer; click one to find it</source>
        <translation>各問題とその JSON ポインター。クリックすると該当箇所を表示します</translation>
    </message>
    <message>
        <source>Re-indent the JSON</source>
        <translation>JSON のインデントを整える</translation>
    </message>
    <message>
        <source>Fix what is mechanical: additionalProperties false, every property required (optional ones nullable), drop unsupported validation keywords</source>
        <translation>機械的に直せる箇所を修正します: additionalProperties を false にし、すべてのプロパティを required にし（省略可能なものは null 許容に）、サポートされない検証キーワードを削除します</translation>
    </message>
    <message>
        <source>Paste a JSON value and get a strict schema that accepts it</source>
        <translation>JSON 値を貼り付けると、それを受け付ける厳密なスキーマを作成します</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Schema templates</source>
        <translation>スキーマテンプレート</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>テンプレートから始める</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Schema file</source>
        <translation>スキーマファイル</translation>
    </message>
    <message>
        <source>Open or save the schema as a JSON file</source>
        <translation>スキーマを JSON ファイルとして開くか保存します</translation>
    </message>
    <message>
        <source>Open Schema…</source>
        <translation>スキーマを開く…</translation>
    </message>
    <message>
        <source>Save Schema As…</source>
        <translation>名前を付けてスキーマを保存…</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Fix the JSON first: %1</source>
        <translation>先に JSON を修正してください: %1</translation>
    </message>
    <message>
        <source>%1 models accept json_schema only: {&quot;type&quot;: &quot;json_object&quot;} will be sent as it is and may be refused. Choose JSON schema instead.</source>
        <translation>%1 のモデルは json_schema しか受け付けません。{&quot;type&quot;: &quot;json_object&quot;} はそのまま送信されるため、拒否される可能性があります。代わりに「JSON スキーマ」を選択してください。</translation>
    </message>
    <message>
        <source>Lineup does not know whether &quot;%1&quot; supports response_format: it is sent as shown in the Request panel; a service may ignore it.</source>
        <translation>Lineup は &quot;%1&quot; が response_format に対応しているかどうかを判断できません。リクエストパネルに表示されたとおりに送信されますが、サービスによっては無視される場合があります。</translation>
    </message>
    <message>
        <source>Write a schema, or start from a template or an example.</source>
        <translation>スキーマを記述するか、テンプレートまたは例から始めてください。</translation>
    </message>
    <message>
        <source>Not JSON: %1 (not sent until fixed)</source>
        <translation>JSON ではありません: %1（修正するまで送信されません）</translation>
    </message>
    <message>
        <source>a schema for response_format must be a JSON object.</source>
        <translation>response_format のスキーマは JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>Valid strict schema.</source>
        <translation>有効な厳密スキーマです。</translation>
    </message>
    <message>
        <source>Valid JSON Schema.</source>
        <translation>有効な JSON Schema です。</translation>
    </message>
    <message>
        <source>1 problem: the service may refuse this schema.</source>
        <translation>1 件の問題: サービスがこのスキーマを拒否する可能性があります。</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: the service may refuse this schema.</source>
        <translation>
            <numerusform>%n 件の問題: サービスがこのスキーマを拒否する可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The example is not JSON: %1</source>
        <translation>例が JSON ではありません: %1</translation>
    </message>
    <message>
        <source>Schema from Example</source>
        <translation>例からスキーマを作成</translation>
    </message>
    <message>
        <source>Paste a JSON value the answer should look like</source>
        <translation>回答の見本となる JSON 値を貼り付けてください</translation>
    </message>
    <message>
        <source>Example JSON</source>
        <translation>JSON の例</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 は JSON オブジェクトではありません: %2</translation>
    </message>
    <message>
        <source>The schema is not a JSON object yet.</source>
        <translation>スキーマがまだ JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Open Schema</source>
        <translation>スキーマを開く</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save Schema</source>
        <translation>スキーマを保存</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
</context>
<context>
    <name>Lineup::SchemaTools</name>
    <message>
        <source>removed &quot;%1&quot;</source>
        <translation>&quot;%1&quot; を削除しました</translation>
    </message>
    <message>
        <source>set &quot;additionalProperties&quot;: false</source>
        <translation>&quot;additionalProperties&quot;: false を設定しました</translation>
    </message>
    <message>
        <source>made required and nullable</source>
        <translation>required に追加し、null 許容にしました</translation>
    </message>
</context>
<context>
    <name>Lineup::SchemaValidator</name>
    <message>
        <source>a JSON Schema must be an object (or true or false).</source>
        <translation>JSON Schema はオブジェクト（または true か false）である必要があります。</translation>
    </message>
    <message>
        <source>the schema cannot be used: %1</source>
        <translation>スキーマを使用できません: %1</translation>
    </message>
    <message>
        <source>$ref to &quot;%1&quot; cannot be resolved: only references inside the schema and to the draft-07 meta-schema work (nothing is fetched from the network).</source>
        <translation>&quot;%1&quot; への $ref を解決できません。使用できるのはスキーマ内の参照と draft-07 メタスキーマへの参照だけです（ネットワークからは何も取得しません）。</translation>
    </message>
    <message>
        <source>the value could not be checked: %1</source>
        <translation>値を検証できませんでした: %1</translation>
    </message>
    <message>
        <source>no value is allowed here (the schema is false).</source>
        <translation>ここではどの値も許可されません（スキーマが false です）。</translation>
    </message>
</context>
<context>
    <name>Lineup::ServiceIndicator</name>
    <message>
        <source>Connection warning</source>
        <translation>接続に関する警告</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>The model the next message goes to (Ctrl+K to change)</source>
        <translation>次のメッセージの送信先モデル（Ctrl+K で変更）</translation>
    </message>
    <message>
        <source>No model chosen</source>
        <translation>モデルが選択されていません</translation>
    </message>
    <message>
        <source>Provider: %1 (%2). Click to switch.</source>
        <translation>プロバイダー: %1（%2）。クリックで切り替え。</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>API キーがありません</translation>
    </message>
    <message>
        <source>add one in Settings</source>
        <translation>設定で追加してください</translation>
    </message>
    <message>
        <source>Providers and Keys…</source>
        <translation>プロバイダーとキー…</translation>
    </message>
</context>
<context>
    <name>Lineup::ServiceRequest</name>
    <message>
        <source>Lineup did not send the request: %1 is plain http:// to another computer, so the API key would travel unencrypted. Use https://, or allow sending the key over http in the provider settings (lineup-cli: --allow-http-key).</source>
        <translation>Lineup はリクエストを送信しませんでした: %1 は別のコンピューターへの平文の http:// のため、API キーが暗号化されずに送られてしまいます。https:// を使うか、プロバイダー設定で http でのキー送信を許可してください（lineup-cli: --allow-http-key）。</translation>
    </message>
    <message>
        <source>The service redirected the request to %1, another server than %2. Lineup did not follow it, so the API key and the conversation were not sent there. If that address is right, use it as the base URL.</source>
        <translation>サービスがリクエストを %2 とは別のサーバー %1 へリダイレクトしました。Lineup はこれに従わなかったため、API キーと会話はそこへ送られていません。そのアドレスが正しい場合は、ベース URL として設定してください。</translation>
    </message>
</context>
<context>
    <name>Lineup::SettingsDialog</name>
    <message>
        <source>CometAPI</source>
        <translation>CometAPI</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>LiteLLM proxy</source>
        <translation>LiteLLM プロキシ</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp サーバー</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>Other (OpenAI-compatible)</source>
        <translation>その他（OpenAI 互換）</translation>
    </message>
    <message>
        <source>Providers and keys</source>
        <translation>プロバイダーとキー</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>プロバイダープロファイル</translation>
    </message>
    <message>
        <source>The services Lineup can talk to; select one to edit it</source>
        <translation>Lineup が通信できるサービス。選択すると編集できます</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>プロファイルを追加</translation>
    </message>
    <message>
        <source>Add a service: any server with an OpenAI-compatible API</source>
        <translation>サービスを追加します: OpenAI 互換 API を持つ任意のサーバー</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>Remove the selected profile and forget its stored key</source>
        <translation>選択したプロファイルを削除し、保存されたキーも消去します</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>The name shown in Lineup</source>
        <translation>Lineup に表示される名前</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>プロファイル ID</translation>
    </message>
    <message>
        <source>Short id used in &quot;profile/model&quot; and on the command line (letters, digits, dot, dash, underscore). Fixed once saved, because the stored key is filed under it.</source>
        <translation>&quot;profile/model&quot; やコマンドラインで使う短い ID（英字、数字、ドット、ハイフン、アンダースコア）。保存されたキーがこの ID で管理されるため、保存後は変更できません。</translation>
    </message>
    <message>
        <source>Service kind</source>
        <translation>サービスの種類</translation>
    </message>
    <message>
        <source>What kind of server this is; it decides the defaults</source>
        <translation>このサーバーの種類。既定値はこれで決まります</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>The address before /chat/completions, usually ending in /v1</source>
        <translation>/chat/completions の前のアドレス。通常は /v1 で終わります</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>システムのプロキシ</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Empty: the system proxy. &quot;none&quot;: a direct connection. Otherwise http://host:port or socks5://host:port.</source>
        <translation>空欄: システムのプロキシ。&quot;none&quot;: 直接接続。それ以外は http://host:port または socks5://host:port。</translation>
    </message>
    <message>
        <source>Key environment variable</source>
        <translation>キーの環境変数</translation>
    </message>
    <message>
        <source>Environment variable read when no key is stored; also used in &quot;Copy as curl&quot;</source>
        <translation>キーが保存されていないときに読み取る環境変数。「curl としてコピー」でも使われます</translation>
    </message>
    <message>
        <source>This service needs a key</source>
        <translation>このサービスにはキーが必要です</translation>
    </message>
    <message>
        <source>Needs a key</source>
        <translation>キーが必要</translation>
    </message>
    <message>
        <source>Local servers such as Ollama usually need none</source>
        <translation>Ollama などのローカルサーバーでは通常不要です</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>保存済みのキーを残すには空欄のままにします</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Saved in the system keychain only, never in a settings file</source>
        <translation>システムのキーチェーンにだけ保存され、設定ファイルには保存されません</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>キーを表示</translation>
    </message>
    <message>
        <source>Show or hide the key while typing</source>
        <translation>入力中のキーを表示または非表示にします</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>キーの状態</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>このセッションだけ保持</translation>
    </message>
    <message>
        <source>Keep the key in memory until Lineup quits; it is never written to disk</source>
        <translation>Lineup を終了するまでキーをメモリーに保持します。ディスクには書き込まれません</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Ask the service for its model list with the address and key above</source>
        <translation>上のアドレスとキーでサービスにモデル一覧を問い合わせます</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Problems with the form</source>
        <translation>フォームの問題</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>プロファイルを保存</translation>
    </message>
    <message>
        <source>Save the profile; the key goes to the system keychain</source>
        <translation>プロファイルを保存します。キーはシステムのキーチェーンに入ります</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>ベース URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>プロキシ(&amp;P):</translation>
    </message>
    <message>
        <source>Key &amp;variable:</source>
        <translation>キーの変数(&amp;V):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close; unsaved edits are lost</source>
        <translation>閉じます。保存していない編集は失われます</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1（%2）
%3</translation>
    </message>
    <message>
        <source>A key is kept for this session only (not in the keychain).</source>
        <translation>キーはこのセッションだけ保持されています（キーチェーンにはありません）。</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain.</source>
        <translation>キーはシステムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>No key stored yet.</source>
        <translation>キーはまだ保存されていません。</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>新しいサービス</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>プロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; cannot be used: use letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>ID &quot;%1&quot; は使えません。英字か数字で始まる英字、数字、ドット、ハイフン、アンダースコアを使ってください。</translation>
    </message>
    <message>
        <source>A profile with the id &quot;%1&quot; already exists; choose another id.</source>
        <translation>ID &quot;%1&quot; のプロファイルは既にあります。別の ID を選んでください。</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://, e.g. https://api.cometapi.com/v1.</source>
        <translation>ベース URL は http:// か https:// で始まる必要があります（例: https://api.cometapi.com/v1）。</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>キーをシステムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>Key saved in the system keychain.</source>
        <translation>キーをシステムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The key was not saved. %1 You can keep it for this session only.</source>
        <translation>キーは保存されませんでした。%1 このセッションだけ保持することもできます。</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain: %1</source>
        <translation>キーをキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The key is kept in memory for this session only; it is forgotten when Lineup quits.</source>
        <translation>キーはこのセッションの間だけメモリーに保持され、Lineup を終了すると消去されます。</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and forget its stored key?</source>
        <translation>プロファイル &quot;%1&quot; を削除し、保存されたキーも消去しますか？</translation>
    </message>
    <message>
        <source>Enter a base URL first, e.g. https://api.cometapi.com/v1.</source>
        <translation>先にベース URL を入力してください（例: https://api.cometapi.com/v1）。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Send the key over plain http:// (unencrypted)</source>
        <translation>平文の http:// でキーを送信する（暗号化なし）</translation>
    </message>
    <message>
        <source>Send the key over plain http</source>
        <translation>平文の http でキーを送信</translation>
    </message>
    <message>
        <source>Without this, Lineup sends no key to an http:// address on another computer: anyone on the network in between could read it</source>
        <translation>オフの場合、Lineup は別のコンピューターの http:// アドレスにキーを送りません。途中のネットワーク上の誰でもキーを読み取れてしまうためです</translation>
    </message>
    <message>
        <source>Optional, e.g. %1</source>
        <translation>省略可。例: %1</translation>
    </message>
</context>
<context>
    <name>Lineup::SidePanels</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Wait for the answer to end (or stop it) first.</source>
        <translation>先に回答が終わるまで待つか、回答を停止してください。</translation>
    </message>
    <message>
        <source>Every call needs a result before anything is sent (services refuse the request otherwise). Missing: %1.</source>
        <translation>送信する前に、すべての呼び出しに結果が必要です（ないとサービスがリクエストを拒否します）。未入力: %1。</translation>
    </message>
    <message>
        <source>Waiting for tool results: %1. Answer them in the Tools dock, or drop the calls there; a message sent now leaves them out.</source>
        <translation>ツールの結果を待っています: %1。ツールパネルで結果を入力するか、そこで呼び出しを除外してください。今メッセージを送信すると、それらは除外されます。</translation>
    </message>
</context>
<context>
    <name>Lineup::SocketExchange</name>
    <message>
        <source>The request header &quot;%1&quot; contains a line break (check the API key for stray characters).</source>
        <translation>リクエストヘッダー &quot;%1&quot; に改行が含まれています（API キーに余計な文字がないか確認してください）。</translation>
    </message>
    <message>
        <source>The service answered %1, which moves a request to %2 as a GET without its body. If that address is right, use it as the base URL.</source>
        <translation>サービスは %1 を返しました。これはリクエストを本文なしの GET として %2 に移すものです。そのアドレスが正しければ、ベース URL として使ってください。</translation>
    </message>
    <message>
        <source>The service redirected the request more than %1 times.</source>
        <translation>サービスがリクエストを %1 回より多くリダイレクトしました。</translation>
    </message>
    <message>
        <source>The service compressed its answer (&quot;%1&quot;) although Lineup asked for it uncompressed.</source>
        <translation>Lineup は非圧縮を求めましたが、サービスは応答を圧縮しました（&quot;%1&quot;）。</translation>
    </message>
</context>
<context>
    <name>Lineup::SseDecoder</name>
    <message>
        <source>A line of the event stream is longer than %1 bytes, so decoding stopped. The server is probably not sending server-sent events.</source>
        <translation>イベントストリームの行が %1 バイトを超えたため、デコードを停止しました。サーバーは server-sent events を送っていないと思われます。</translation>
    </message>
    <message>
        <source>one event of the stream is larger than %1 bytes</source>
        <translation>ストリームのイベントの 1 つが %1 バイトを超えています</translation>
    </message>
</context>
<context>
    <name>Lineup::StoreSchema</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>スキーマのバージョンを読み取れません: %1</translation>
    </message>
    <message>
        <source>the database was written by a newer Lineup (schema %1, this build knows up to %2); update Lineup or use another --data-dir</source>
        <translation>データベースは新しい Lineup で書かれています（スキーマ %1、このビルドは %2 まで対応）。Lineup を更新するか、別の --data-dir を使ってください</translation>
    </message>
    <message>
        <source>cannot start the migration to schema %1: %2</source>
        <translation>スキーマ %1 への移行を開始できません: %2</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>スキーマ %1 への移行に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>Lineup::StrictSchemaRules</name>
    <message>
        <source>the root of a strict schema must be an object (&quot;type&quot;: &quot;object&quot;), not anyOf or another type.</source>
        <translation>厳密スキーマのルートは、anyOf や他の型ではなくオブジェクト（&quot;type&quot;: &quot;object&quot;）である必要があります。</translation>
    </message>
</context>
<context>
    <name>Lineup::TokenView</name>
    <message>
        <source>Answer tokens</source>
        <translation>回答のトークン</translation>
    </message>
    <message>
        <source>1 token, %1 below %2% probability</source>
        <translation>1 トークン、うち %1 トークンは確率 %2% 未満</translation>
    </message>
    <message>
        <source>%1 tokens, %2 below %3% probability</source>
        <translation>%1 トークン、うち %2 トークンは確率 %3% 未満</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>“%1” %2</translation>
    </message>
    <message>
        <source>Alternatives: %1</source>
        <translation>候補: %1</translation>
    </message>
    <message>
        <source>No alternatives: ask with top_logprobs to see them.</source>
        <translation>候補がありません。top_logprobs を指定してリクエストすると表示されます。</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>確実</translation>
    </message>
    <message>
        <source>doubtful (&lt; %1%)</source>
        <translation>疑わしい（&lt; %1%）</translation>
    </message>
</context>
<context>
    <name>Lineup::TokensDock</name>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Choose Tokens on an answer requested with logprobs (Parameters: logprobs, top_logprobs) to see how likely each token was.</source>
        <translation>logprobs 付きでリクエストした回答（パラメーター: logprobs、top_logprobs）で「トークン」を選ぶと、各トークンの確からしさを表示します。</translation>
    </message>
    <message>
        <source>Current token</source>
        <translation>現在のトークン</translation>
    </message>
    <message>
        <source>Hover a token, or use the arrow keys, to see the alternatives.</source>
        <translation>トークンにマウスを重ねるか矢印キーを使うと、候補を表示します。</translation>
    </message>
    <message>
        <source>1 token; %1 below %2% probability (outlined).</source>
        <translation>1 トークン。うち %1 トークンは確率 %2% 未満（枠付き）。</translation>
    </message>
    <message>
        <source>%1 tokens; %2 below %3% probability (outlined).</source>
        <translation>%1 トークン。うち %2 トークンは確率 %3% 未満（枠付き）。</translation>
    </message>
</context>
<context>
    <name>Lineup::ToolRounds</name>
    <message>
        <source>the arguments are not a JSON object: %1</source>
        <translation>引数が JSON オブジェクトではありません: %1</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>別の JSON 値</translation>
    </message>
    <message>
        <source>no tool named &quot;%1&quot; is offered in this conversation.</source>
        <translation>この会話では &quot;%1&quot; という名前のツールは提供されていません。</translation>
    </message>
</context>
<context>
    <name>Lineup::ToolsPanel</name>
    <message>
        <source>Strict</source>
        <translation>厳密</translation>
    </message>
    <message>
        <source>&amp;Send Results</source>
        <translation>結果を送信(&amp;S)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>The conversation&apos;s function tools; untick one to stop offering it</source>
        <translation>この会話の関数ツール。チェックを外すと、そのツールは提供されなくなります</translation>
    </message>
    <message>
        <source>Tool name</source>
        <translation>ツール名</translation>
    </message>
    <message>
        <source>The function&apos;s name, as the model calls it</source>
        <translation>モデルが呼び出すときの関数名</translation>
    </message>
    <message>
        <source>Tool description</source>
        <translation>ツールの説明</translation>
    </message>
    <message>
        <source>What the function does, for the model</source>
        <translation>関数の働きを説明するモデル向けのテキスト</translation>
    </message>
    <message>
        <source>Strict: the arguments are guaranteed to follow the parameters schema, which must keep to the strict subset</source>
        <translation>厳密: 引数がパラメーターのスキーマに従うことが保証されます。スキーマは厳密モードのサブセットに収める必要があります</translation>
    </message>
    <message>
        <source>Tool parameters schema</source>
        <translation>ツールのパラメータースキーマ</translation>
    </message>
    <message>
        <source>The JSON Schema of the function&apos;s arguments</source>
        <translation>関数の引数の JSON Schema</translation>
    </message>
    <message>
        <source>Canned result</source>
        <translation>定型の結果</translation>
    </message>
    <message>
        <source>Fills the result of every call of this tool (you can still edit it before sending); never sent as part of the tool</source>
        <translation>このツールのすべての呼び出しの結果に入力されます（送信前に編集できます）。ツールの一部として送信されることはありません</translation>
    </message>
    <message>
        <source>Canned result (optional)</source>
        <translation>定型の結果（省略可）</translation>
    </message>
    <message>
        <source>Tool choice</source>
        <translation>ツールの選択</translation>
    </message>
    <message>
        <source>auto: the model decides; none: no calls; required: at least one call; or this one function</source>
        <translation>auto: モデルが判断します。none: 呼び出しません。required: 少なくとも 1 回呼び出します。または、この 1 つの関数を呼び出します</translation>
    </message>
    <message>
        <source>Parallel tool calls</source>
        <translation>並列ツール呼び出し</translation>
    </message>
    <message>
        <source>Whether the model may call several tools at once</source>
        <translation>モデルが一度に複数のツールを呼び出せるかどうか</translation>
    </message>
    <message>
        <source>Service default (not sent)</source>
        <translation>サービスの既定値（送信しない）</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>One call at a time</source>
        <translation>一度に 1 つの呼び出し</translation>
    </message>
    <message>
        <source>Send a tool message with each result and continue</source>
        <translation>各結果をツールメッセージとして送信し、続行します</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a function tool</source>
        <translation>関数ツールを追加</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected tool</source>
        <translation>選択したツールを削除</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Load a tool set (a JSON array in the API&apos;s tools format)</source>
        <translation>ツールセットを読み込みます（API の tools 形式の JSON 配列）</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the tool set as a JSON file</source>
        <translation>ツールセットを JSON ファイルとして保存します</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Tool &amp;choice:</source>
        <translation>ツールの選択(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Parallel:</source>
        <translation>並列(&amp;P):</translation>
    </message>
    <message>
        <source>Calls waiting for results</source>
        <translation>結果待ちの呼び出し</translation>
    </message>
    <message>
        <source>Parameters (JSON Schema):</source>
        <translation>パラメーター（JSON Schema）:</translation>
    </message>
    <message>
        <source>%1 models do not take parallel_tool_calls: not sent</source>
        <translation>%1 のモデルは parallel_tool_calls を受け付けないため、送信しません</translation>
    </message>
    <message>
        <source>Service default (auto, not sent)</source>
        <translation>サービスの既定値（auto、送信しない）</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>呼び出し %1</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>JSON ではありません: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tool call %1</source>
        <translation>ツール呼び出し %1</translation>
    </message>
    <message>
        <source>Arguments match the tool&apos;s parameters.</source>
        <translation>引数はツールのパラメーターに一致しています。</translation>
    </message>
    <message>
        <source>Arguments do not match: %1</source>
        <translation>引数が一致しません: %1</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>%1 の結果</translation>
    </message>
    <message>
        <source>The text sent back as the tool message for this call</source>
        <translation>この呼び出しに対するツールメッセージとして返すテキスト</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not a tool set: expected [{&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {&quot;name&quot;, …}}, …].</source>
        <translation>%1 はツールセットではありません: [{&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {&quot;name&quot;, …}}, …] の形式が必要です。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Open Tool Set</source>
        <translation>ツールセットを開く</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save Tool Set</source>
        <translation>ツールセットを保存</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Drop Ca&amp;lls</source>
        <translation>呼び出しを除外(&amp;L)</translation>
    </message>
    <message>
        <source>Remove these calls from the answer and go on without their results (the answer&apos;s text, tokens and cost stay)</source>
        <translation>これらの呼び出しを回答から取り除き、結果なしで続けます（回答のテキスト、トークン、コストは残ります）</translation>
    </message>
</context>
<context>
    <name>Lineup::UsageChart</name>
    <message>
        <source>Requests of this conversation</source>
        <translation>この会話のリクエスト</translation>
    </message>
    <message>
        <source>One bar per request. Hover a bar, or focus the chart and use Left and Right, to see its numbers.</source>
        <translation>リクエストごとに 1 本の棒です。棒にマウスを重ねるか、グラフにフォーカスして左右キーを使うと数値を表示します。</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>まだリクエストはありません。</translation>
    </message>
    <message>
        <source>Request %1 of %2 · %3</source>
        <translation>リクエスト %1 / %2 · %3</translation>
    </message>
    <message>
        <source>Estimated: the service reported no usage.</source>
        <translation>推定: サービスが使用量を報告しませんでした。</translation>
    </message>
    <message>
        <source>Prompt %1 (cached %2) · completion %3 (reasoning %4) · total %5</source>
        <translation>プロンプト %1（キャッシュ %2）· 出力 %3（推論 %4）· 合計 %5</translation>
    </message>
    <message>
        <source>No price known for this model.</source>
        <translation>このモデルの価格は不明です。</translation>
    </message>
    <message>
        <source>Cost %1: input %2, cached input %3, output %4</source>
        <translation>コスト %1: 入力 %2、キャッシュ済み入力 %3、出力 %4</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>推論</translation>
    </message>
</context>
<context>
    <name>Lineup::UsageMeter</name>
    <message>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>Estimate: ≈ %1 prompt tokens</source>
        <translation>推定: ≈ %1 プロンプトトークン</translation>
    </message>
    <message>
        <source>Estimate: ≈ %1 prompt tokens · ≈ %2 input</source>
        <translation>推定: ≈ %1 プロンプトトークン · ≈ %2 入力</translation>
    </message>
    <message>
        <source>An estimate, not the service&apos;s count: about 4 characters per token (each Chinese, Japanese or Korean character one), images by OpenAI&apos;s rule for their detail level, plus the system prompt, history, tools and schema.</source>
        <translation>サービスの集計ではなく推定です: 約 4 文字で 1 トークン（中国語・日本語・韓国語の文字は 1 文字で 1 トークン）、画像は詳細度に応じた OpenAI のルールで数え、システムプロンプト、履歴、ツール、スキーマを加えます。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Lineup::UsagePanel</name>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>プロンプトトークン</translation>
    </message>
    <message>
        <source>  cached</source>
        <translation>  キャッシュ</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>出力トークン</translation>
    </message>
    <message>
        <source>  reasoning</source>
        <translation>  推論</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>合計トークン</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>  input</source>
        <translation>  入力</translation>
    </message>
    <message>
        <source>  cached input</source>
        <translation>  キャッシュ済み入力</translation>
    </message>
    <message>
        <source>  output</source>
        <translation>  出力</translation>
    </message>
    <message>
        <source>Set Price…</source>
        <translation>価格を設定…</translation>
    </message>
    <message>
        <source>Set the price (USD per 1M tokens) and context length of this model in the price table lineup-cli shares.</source>
        <translation>このモデルの価格（100 万トークンあたりの USD）とコンテキスト長を、lineup-cli と共通の価格表に設定します。</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>価格を設定</translation>
    </message>
    <message>
        <source>≈ estimated: the service reported no usage for some requests (Ollama, LM Studio and some proxies when streaming, or a stopped answer).</source>
        <translation>≈ 推定: 一部のリクエストではサービスが使用量を報告しませんでした（ストリーミング時の Ollama、LM Studio や一部のプロキシ、または停止した回答）。</translation>
    </message>
    <message>
        <source>Per request</source>
        <translation>リクエストごと</translation>
    </message>
    <message>
        <source>Show each request&apos;s cost instead of its tokens</source>
        <translation>各リクエストのトークン数の代わりにコストを表示します</translation>
    </message>
    <message>
        <source>Show cost per request</source>
        <translation>リクエストごとのコストを表示</translation>
    </message>
    <message>
        <source>Context of the last request</source>
        <translation>最後のリクエストのコンテキスト</translation>
    </message>
    <message>
        <source>Context fill</source>
        <translation>コンテキストの使用率</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Estimated: the service reported no usage for some requests.</source>
        <translation>推定: 一部のリクエストではサービスが使用量を報告しませんでした。</translation>
    </message>
    <message>
        <source>Prices from the service&apos;s model list.</source>
        <translation>価格はサービスのモデル一覧から取得しています。</translation>
    </message>
    <message>
        <source>Prices from your price table.</source>
        <translation>価格はあなたの価格表から取得しています。</translation>
    </message>
    <message>
        <source>No price known for this model: set one to see the cost.</source>
        <translation>このモデルの価格は不明です。価格を設定するとコストが表示されます。</translation>
    </message>
    <message>
        <source>%1%2 of %3 tokens (%4%)</source>
        <translation>%1%2 / %3 トークン（%4%）</translation>
    </message>
    <message>
        <source>%1 tokens; context length unknown</source>
        <translation>%1 トークン。コンテキスト長は不明</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>まだリクエストはありません</translation>
    </message>
    <message>
        <source>⚠ The last request filled %1% of the model&apos;s context: older messages may soon be cut off or the request refused. Start a new chat or delete old messages.</source>
        <translation>⚠ 最後のリクエストはモデルのコンテキストの %1% を使いました。まもなく古いメッセージが切り捨てられるか、リクエストが拒否される可能性があります。新しいチャットを始めるか、古いメッセージを削除してください。</translation>
    </message>
    <message>
        <source>Pane: %1</source>
        <translation>ペイン: %1</translation>
    </message>
    <message>
        <source>All %1 panes: %2 requests · %3 tokens · %4</source>
        <translation>全 %1 ペイン: %2 リクエスト · %3 トークン · %4</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>料金不明</translation>
    </message>
</context>
<context>
    <name>Lineup::Vote</name>
    <message>
        <source>a vote compares %1 to %2 models, this one has %3</source>
        <translation>投票で比べるモデルは %1～%2 個ですが、この投票には %3 個あります</translation>
    </message>
    <message>
        <source>model %1 has no name</source>
        <translation>モデル %1 に名前がありません</translation>
    </message>
    <message>
        <source>the winner is not one of the %1 models</source>
        <translation>勝者が %1 個のモデルのどれでもありません</translation>
    </message>
    <message>
        <source>an order needs more than two models</source>
        <translation>順位付けには 3 個以上のモデルが必要です</translation>
    </message>
    <message>
        <source>the order must name each of the %1 models once</source>
        <translation>順位には %1 個のモデルをそれぞれ 1 回ずつ挙げる必要があります</translation>
    </message>
    <message>
        <source>the winner must be the first model of the order</source>
        <translation>勝者は順位の最初のモデルである必要があります</translation>
    </message>
</context>
<context>
    <name>Lineup::VoteBar</name>
    <message>
        <source>&amp;Tag:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Keep this vote in the leaderboard</source>
        <translation>この投票をランキングに残す(&amp;K)</translation>
    </message>
    <message>
        <source>Blind vote</source>
        <translation>ブラインド投票</translation>
    </message>
    <message>
        <source>optional: coding, writing…</source>
        <translation>任意: コーディング、文章作成…</translation>
    </message>
    <message>
        <source>What kind of prompt this is; the leaderboard can be filtered by it</source>
        <translation>どんな種類のプロンプトかを示します。ランキングはこれで絞り込めます</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>An answer named a model or vendor, so this vote was not blind. Public arenas leave such votes out.</source>
        <translation>回答がモデル名またはベンダー名に言及したため、この投票はブラインドではありませんでした。公開アリーナではこうした投票は除外されます。</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>%1 is better</source>
        <translation>%1 の勝ち</translation>
    </message>
    <message>
        <source>%1 is best</source>
        <translation>%1 が最良</translation>
    </message>
    <message>
        <source>Vote for %1&apos;s answer</source>
        <translation>%1 の回答に投票</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>引き分け</translation>
    </message>
    <message>
        <source>The answers are as good as each other</source>
        <translation>どちらの回答も同じくらい良い</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>どちらも悪い</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>すべて悪い</translation>
    </message>
    <message>
        <source>No answer is good</source>
        <translation>良い回答がありません</translation>
    </message>
    <message>
        <source>Which answer is better? Press 1 to 4 or click.</source>
        <translation>どちらの回答が良いですか？ 1～4 のキーを押すか、クリックしてください。</translation>
    </message>
    <message>
        <source>&amp;Order them…</source>
        <translation>順位を付ける(&amp;O)…</translation>
    </message>
    <message>
        <source>Rank every answer, best first</source>
        <translation>すべての回答に良い順で順位を付けます</translation>
    </message>
    <message>
        <source>Order them</source>
        <translation>順位を付ける</translation>
    </message>
    <message>
        <source>Which answer is best? Press 1 to %1 or click, or order them all.</source>
        <translation>どの回答が最良ですか？ 1～%1 を押すかクリックしてください。すべてに順位を付けることもできます。</translation>
    </message>
    <message>
        <source>%1 (best)</source>
        <translation>%1（最良）</translation>
    </message>
    <message>
        <source>%1 (worst)</source>
        <translation>%1（最下位）</translation>
    </message>
    <message>
        <source>Rank of %1</source>
        <translation>%1 の順位</translation>
    </message>
    <message>
        <source>Where %1&apos;s answer ranks; 1 is the best</source>
        <translation>%1 の回答の順位。1 が最良です</translation>
    </message>
    <message>
        <source>&amp;Submit order</source>
        <translation>この順位で投票(&amp;S)</translation>
    </message>
    <message>
        <source>Vote for this order, best first</source>
        <translation>この順位（良い順）で投票します</translation>
    </message>
    <message>
        <source>Submit order</source>
        <translation>この順位で投票</translation>
    </message>
</context>
<context>
    <name>Lineup::VoteCodec</name>
    <message>
        <source>&quot;winner&quot; is missing</source>
        <translation>&quot;winner&quot; がありません</translation>
    </message>
    <message>
        <source>&quot;a&quot;, &quot;b&quot;, &quot;tie&quot; or &quot;both_bad&quot;</source>
        <translation>&quot;a&quot;、&quot;b&quot;、&quot;tie&quot;、&quot;both_bad&quot;</translation>
    </message>
    <message>
        <source>a model letter (&quot;a&quot; to &quot;%1&quot;), &quot;tie&quot; or &quot;both_bad&quot;</source>
        <translation>モデルの文字（&quot;a&quot;～&quot;%1&quot;）、&quot;tie&quot;、&quot;both_bad&quot;</translation>
    </message>
    <message>
        <source>&quot;winner&quot; must be %1</source>
        <translation>&quot;winner&quot; は %1 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>&quot;winner&quot; is &quot;%1&quot;; it must be %2</source>
        <translation>&quot;winner&quot; が &quot;%1&quot; になっています。%2 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>&quot;order&quot; cannot go with a winner of &quot;%1&quot;</source>
        <translation>&quot;order&quot; は勝者 &quot;%1&quot; と併用できません</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be an array of model letters</source>
        <translation>&quot;order&quot; はモデルの文字の配列である必要があります</translation>
    </message>
    <message>
        <source>&quot;order&quot; must list the model letters &quot;a&quot; to &quot;%1&quot;</source>
        <translation>&quot;order&quot; にはモデルの文字 &quot;a&quot;～&quot;%1&quot; を挙げる必要があります</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>JSON ではありません: %1（%2 文字目）</translation>
    </message>
    <message>
        <source>a vote must be a JSON object</source>
        <translation>投票は JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>不明なキー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a model name</source>
        <translation>&quot;%1&quot; はモデル名である必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; は文字列である必要があります</translation>
    </message>
    <message>
        <source>&quot;model_a&quot; and &quot;model_b&quot; are required</source>
        <translation>&quot;model_a&quot; と &quot;model_b&quot; は必須です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; without &quot;%2&quot;</source>
        <translation>&quot;%1&quot; があるのに &quot;%2&quot; がありません</translation>
    </message>
    <message>
        <source>&quot;tag&quot; must be a string</source>
        <translation>&quot;tag&quot; は文字列である必要があります</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be an ISO 8601 date and time, such as 2026-12-07T11:25:00Z</source>
        <translation>&quot;time&quot; は 2026-12-07T11:25:00Z のような ISO 8601 の日時である必要があります</translation>
    </message>
    <message>
        <source>&quot;prompt&quot; must be a string</source>
        <translation>&quot;prompt&quot; は文字列である必要があります</translation>
    </message>
    <message>
        <source>&quot;identity_flag&quot; and &quot;counted&quot; must be true or false</source>
        <translation>&quot;identity_flag&quot; と &quot;counted&quot; は true か false である必要があります</translation>
    </message>
</context>
<context>
    <name>Lineup::VoteStore</name>
    <message>
        <source>not a vote: %1</source>
        <translation>投票ではありません: %1</translation>
    </message>
    <message>
        <source>cannot store the vote: %1</source>
        <translation>投票を保存できません: %1</translation>
    </message>
    <message>
        <source>cannot read the votes: %1</source>
        <translation>投票を読み取れません: %1</translation>
    </message>
    <message>
        <source>cannot read the tags: %1</source>
        <translation>タグを読み取れません: %1</translation>
    </message>
    <message>
        <source>cannot delete the vote: %1</source>
        <translation>投票を削除できません: %1</translation>
    </message>
    <message>
        <source>cannot delete the comparison&apos;s votes: %1</source>
        <translation>比較の投票を削除できません: %1</translation>
    </message>
    <message>
        <source>cannot keep the comparison&apos;s votes: %1</source>
        <translation>比較の投票を保持できません: %1</translation>
    </message>
</context>
<context>
    <name>Lineup::WelcomeDialog</name>
    <message>
        <source>Welcome to Lineup</source>
        <translation>Lineup へようこそ</translation>
    </message>
    <message>
        <source>No local server answered on the usual ports (Ollama 11434, LM Studio 1234, llama.cpp 8080).</source>
        <translation>通常のポート（Ollama 11434、LM Studio 1234、llama.cpp 8080）で応答するローカルサーバーはありませんでした。</translation>
    </message>
    <message>
        <source>Local servers on this computer:</source>
        <translation>このコンピューター上のローカルサーバー:</translation>
    </message>
    <message>
        <source>Choose the service to chat with. You can add more services and change this later in Settings.</source>
        <translation>チャットするサービスを選んでください。サービスの追加や変更は後から設定でできます。</translation>
    </message>
    <message>
        <source>CometAPI (recommended)</source>
        <translation>CometAPI（おすすめ）</translation>
    </message>
    <message>
        <source>Use CometAPI</source>
        <translation>CometAPI を使う</translation>
    </message>
    <message>
        <source>One key for hundreds of models</source>
        <translation>1 つのキーで数百のモデル</translation>
    </message>
    <message>
        <source>CometAPI is one OpenAI-compatible service with hundreds of models behind a single key: GPT, Claude, Gemini, Grok, Qwen and more. Switching models is just picking another name. Paste your CometAPI key below; Lineup keeps it in your system keychain.</source>
        <translation>CometAPI は、1 つのキーで数百のモデル（GPT、Claude、Gemini、Grok、Qwen など）を使える OpenAI 互換サービスです。モデルの切り替えは別の名前を選ぶだけです。下に CometAPI のキーを貼り付けてください。Lineup はそれをシステムのキーチェーンに保管します。</translation>
    </message>
    <message>
        <source>CometAPI key (you can also add it later)</source>
        <translation>CometAPI のキー（後から追加することもできます）</translation>
    </message>
    <message>
        <source>CometAPI key</source>
        <translation>CometAPI のキー</translation>
    </message>
    <message>
        <source>Saved in the system keychain only, never in a settings file</source>
        <translation>システムのキーチェーンにだけ保存され、設定ファイルには保存されません</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>キーを表示</translation>
    </message>
    <message>
        <source>Show or hide the key while typing</source>
        <translation>入力中のキーを表示または非表示にします</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Use the key found in %1</source>
        <translation>%1 にあるキーを使う</translation>
    </message>
    <message>
        <source>Import the key from %1</source>
        <translation>%1 からキーを取り込む</translation>
    </message>
    <message>
        <source>Copy the key from the environment variable %1 into the system keychain</source>
        <translation>環境変数 %1 のキーをシステムのキーチェーンにコピーします</translation>
    </message>
    <message>
        <source>Looking for local servers…</source>
        <translation>ローカルサーバーを探しています…</translation>
    </message>
    <message>
        <source>Local servers</source>
        <translation>ローカルサーバー</translation>
    </message>
    <message>
        <source>Also store the key found in %1 in the keychain, for OpenAI</source>
        <translation>%1 にあるキーも OpenAI 用にキーチェーンへ保存する</translation>
    </message>
    <message>
        <source>Adds the OpenAI profile with this key, kept in the system keychain</source>
        <translation>このキーで OpenAI プロファイルを追加し、システムのキーチェーンに保管します</translation>
    </message>
    <message>
        <source>Set up later</source>
        <translation>後で設定する</translation>
    </message>
    <message>
        <source>Open Lineup without choosing a service now</source>
        <translation>今はサービスを選ばずに Lineup を開きます</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>このセッションだけ保持</translation>
    </message>
    <message>
        <source>Keep the key in memory until Lineup quits; it is never written to disk</source>
        <translation>Lineup を終了するまでキーをメモリーに保持します。ディスクには書き込まれません</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Save the choice and start chatting</source>
        <translation>選択を保存してチャットを始めます</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close without saving anything</source>
        <translation>何も保存せずに閉じます</translation>
    </message>
    <message>
        <source>%1 at %2 (1 model)</source>
        <translation>%2 の %1（モデル 1 件）</translation>
    </message>
    <message>
        <source>%1 at %2 (%3 models)</source>
        <translation>%2 の %1（モデル %3 件）</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 を使う</translation>
    </message>
    <message>
        <source>Chat with the models of the %1 server running on this computer; no key needed</source>
        <translation>このコンピューターで動いている %1 サーバーのモデルとチャットします。キーは不要です</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>キーをシステムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>The key was not saved. %1 You can keep it for this session only.</source>
        <translation>キーは保存されませんでした。%1 このセッションだけ保持することもできます。</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain: %1</source>
        <translation>キーをキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>A LiteLLM proxy</source>
        <translation>LiteLLM プロキシ</translation>
    </message>
    <message>
        <source>Another OpenAI-compatible service (URL)</source>
        <translation>その他の OpenAI 互換サービス（URL）</translation>
    </message>
    <message>
        <source>Chat through %1</source>
        <translation>%1 経由でチャット</translation>
    </message>
    <message>
        <source>Base URL, e.g. http://localhost:8000/v1</source>
        <translation>ベース URL（例: http://localhost:8000/v1）</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>The address before /chat/completions, usually ending in /v1</source>
        <translation>/chat/completions の前のアドレス。通常は /v1 で終わります</translation>
    </message>
    <message>
        <source>Key (optional)</source>
        <translation>キー（省略可）</translation>
    </message>
    <message>
        <source>%1 key (you can also add it later)</source>
        <translation>%1 のキー（後で追加することもできます）</translation>
    </message>
    <message>
        <source>%1 key</source>
        <translation>%1 のキー</translation>
    </message>
    <message>
        <source>Enter the service&apos;s base URL, starting with http:// or https://, e.g. http://localhost:8000/v1.</source>
        <translation>サービスのベース URL を http:// または https:// で始めて入力してください（例: http://localhost:8000/v1）。</translation>
    </message>
</context>
<context>
    <name>Lineup::WinRateHeatMap</name>
    <message>
        <source>Win rates between models</source>
        <translation>モデル間の勝率</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 and %2 have not met in a counted vote.</source>
        <translation>%1 と %2 は、集計した投票ではまだ対戦していません。</translation>
    </message>
    <message>
        <source>%1 against %2: won %3% of %4 pairwise results (a tie counts as half a win).</source>
        <translation>%2 に対する %1: %4 件の対戦結果のうち %3% で勝利（引き分けは 0.5 勝と数えます）。</translation>
    </message>
    <message>
        <source>No votes match the filters.</source>
        <translation>フィルターに一致する投票がありません。</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>LineupCli</name>
    <message>
        <source>%1 (sent unchanged)</source>
        <translation>%1（変更せずに送信）</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (retry %3).</source>
        <translation>%1 %2 秒後に再試行します（%3 回目の再試行）。</translation>
    </message>
    <message>
        <source>the answer was stopped before it ended.</source>
        <translation>回答は終わる前に停止されました。</translation>
    </message>
    <message>
        <source>cannot read image &quot;%1&quot;: %2</source>
        <translation>画像 &quot;%1&quot; を読み取れません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG, JPEG, WEBP or GIF image.</source>
        <translation>&quot;%1&quot; は PNG、JPEG、WEBP、GIF の画像ではありません。</translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot;: %3</source>
        <translation>%1: &quot;%2&quot; を読み取れません: %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not valid JSON: %3 at offset %4</source>
        <translation>%1: &quot;%2&quot; は有効な JSON ではありません: オフセット %4 で %3</translation>
    </message>
    <message>
        <source>--schema: &quot;%1&quot; must hold a JSON object (a JSON Schema).</source>
        <translation>--schema: &quot;%1&quot; には JSON オブジェクト（JSON Schema）が必要です。</translation>
    </message>
    <message>
        <source>--tools: &quot;%1&quot; must hold a JSON array of tools.</source>
        <translation>--tools: &quot;%1&quot; にはツールの JSON 配列が必要です。</translation>
    </message>
    <message>
        <source>--tools: every entry of &quot;%1&quot; must be an object.</source>
        <translation>--tools: &quot;%1&quot; のすべての要素はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds above 0 (got &quot;%2&quot;).</source>
        <translation>--%1 には 0 より大きい秒数が必要です（&quot;%2&quot; が指定されました）。</translation>
    </message>
    <message>
        <source>Model id, or profile/model.</source>
        <translation>モデル ID、または profile/model。</translation>
    </message>
    <message>
        <source>System message.</source>
        <translation>システムメッセージ。</translation>
    </message>
    <message>
        <source>Developer message (o1 and newer models).</source>
        <translation>開発者メッセージ（o1 以降のモデル）。</translation>
    </message>
    <message>
        <source>Request parameter, typed: temperature=0.2, stop=[&quot;a&quot;], logprobs=true. Repeatable.</source>
        <translation>リクエストパラメーター（型付き）: temperature=0.2、stop=[&quot;a&quot;]、logprobs=true。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>Ask for JSON following this JSON Schema (or {name, schema, strict}).</source>
        <translation>この JSON Schema（または {name, schema, strict}）に従う JSON を求めます。</translation>
    </message>
    <message>
        <source>JSON array of tools the model may call.</source>
        <translation>モデルが呼び出せるツールの JSON 配列。</translation>
    </message>
    <message>
        <source>Attach an image (PNG, JPEG, WEBP, GIF). Repeatable.</source>
        <translation>画像を添付します（PNG、JPEG、WEBP、GIF）。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>Ask for the whole answer at once.</source>
        <translation>回答全体を一度に受け取ります。</translation>
    </message>
    <message>
        <source>Print the assembled chat.completion JSON (plus done, error, timings, warnings) at the end instead of streaming text.</source>
        <translation>テキストをストリーミングする代わりに、最後に組み立てた chat.completion JSON（done、error、timings、warnings 付き）を出力します。</translation>
    </message>
    <message>
        <source>Write every SSE event as a JSON line (- : stdout).</source>
        <translation>すべての SSE イベントを JSON の 1 行として書き出します（- : 標準出力）。</translation>
    </message>
    <message>
        <source>Send the parameters exactly as given, without model-family adjustments.</source>
        <translation>モデルファミリーによる調整をせず、パラメーターを指定どおりに送信します。</translation>
    </message>
    <message>
        <source>Abort a stream silent for this long (default 60).</source>
        <translation>データがこの時間届かないストリームを中止します（既定 60）。</translation>
    </message>
    <message>
        <source>Give up when no answer starts within this time (default 30).</source>
        <translation>この時間内に回答が始まらなければ諦めます（既定 30）。</translation>
    </message>
    <message>
        <source>Retries for 429, 5xx and connection failures (default 3).</source>
        <translation>429、5xx、接続失敗の再試行回数（既定 3）。</translation>
    </message>
    <message>
        <source>Save the exchange in the conversation history.</source>
        <translation>やり取りを会話履歴に保存します。</translation>
    </message>
    <message>
        <source>With --save: continue this saved conversation (its history is sent).</source>
        <translation>--save と併用: この保存済みの会話を続けます（その履歴が送信されます）。</translation>
    </message>
    <message>
        <source>The prompt, or - to read it from stdin.</source>
        <translation>プロンプト。- なら標準入力から読み取ります。</translation>
    </message>
    <message>
        <source>chat needs --model (e.g. --model gpt-5 or --model cometapi/gpt-5).</source>
        <translation>chat には --model が必要です（例: --model gpt-5 または --model cometapi/gpt-5）。</translation>
    </message>
    <message>
        <source>chat needs a prompt (or - to read it from stdin); usage: %1</source>
        <translation>chat にはプロンプトが必要です（- なら標準入力から読み取ります）。使い方: %1</translation>
    </message>
    <message>
        <source>give the prompt either as text or as - (stdin), not both.</source>
        <translation>プロンプトはテキストか -（標準入力）のどちらか一方で指定してください。</translation>
    </message>
    <message>
        <source>--conversation needs a conversation id (a positive number; `lineup-cli conversations list` shows them).</source>
        <translation>--conversation には会話 ID（正の数。`lineup-cli conversations list` で表示されます）が必要です。</translation>
    </message>
    <message>
        <source>--conversation only works together with --save.</source>
        <translation>--conversation は --save と一緒にしか使えません。</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 10.</source>
        <translation>--retries には 0 ～ 10 の数値が必要です。</translation>
    </message>
    <message>
        <source>use either --schema or --param response_format, not both.</source>
        <translation>--schema と --param response_format のどちらか一方だけを使ってください。</translation>
    </message>
    <message>
        <source>use either --tools or --param tools, not both.</source>
        <translation>--tools と --param tools のどちらか一方だけを使ってください。</translation>
    </message>
    <message>
        <source>the prompt read from stdin is empty.</source>
        <translation>標準入力から読み取ったプロンプトが空です。</translation>
    </message>
    <message>
        <source>the prompt is empty.</source>
        <translation>プロンプトが空です。</translation>
    </message>
    <message>
        <source>tool call %1(%2)</source>
        <translation>ツール呼び出し %1(%2)</translation>
    </message>
    <message>
        <source>[id %1]</source>
        <translation>[ID %1]</translation>
    </message>
    <message>
        <source>(arguments are not valid JSON)</source>
        <translation>（引数が有効な JSON ではありません）</translation>
    </message>
    <message>
        <source>--events: cannot write &quot;%1&quot;: %2</source>
        <translation>--events: &quot;%1&quot; に書き込めません: %2</translation>
    </message>
    <message>
        <source>--- choice %1 ---</source>
        <translation>--- 選択肢 %1 ---</translation>
    </message>
    <message>
        <source>cannot open the conversation history in %1: %2</source>
        <translation>%1 の会話履歴を開けません: %2</translation>
    </message>
    <message>
        <source>there is no saved conversation %1; `lineup-cli conversations list` shows them.</source>
        <translation>保存済みの会話 %1 はありません。`lineup-cli conversations list` で一覧を表示できます。</translation>
    </message>
    <message>
        <source>cannot save the conversation: %1</source>
        <translation>会話を保存できません: %1</translation>
    </message>
    <message>
        <source>the answer could not be saved completely: %1</source>
        <translation>回答を完全には保存できませんでした: %1</translation>
    </message>
    <message>
        <source>saved in conversation %1.</source>
        <translation>会話 %1 に保存しました。</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>--profile and --base-url cannot be used together; choose one.</source>
        <translation>--profile と --base-url は同時に使えません。どちらかを選んでください。</translation>
    </message>
    <message>
        <source>--base-url &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>--base-url &quot;%1&quot; は http:// または https:// のアドレスではありません。</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;; `lineup-cli profiles list` shows the profiles, `lineup-cli profiles add` adds one.</source>
        <translation>プロファイル &quot;%1&quot; はありません。`lineup-cli profiles list` でプロファイルを表示、`lineup-cli profiles add` で追加できます。</translation>
    </message>
    <message>
        <source>--key-env names %1, but that environment variable is empty or not set.</source>
        <translation>--key-env は %1 を指定していますが、その環境変数は空か設定されていません。</translation>
    </message>
    <message>
        <source>Service profile to use (default: the default profile, or the prefix of a profile/model string).</source>
        <translation>使用するサービスプロファイル（既定: 既定のプロファイル、または profile/model 文字列の接頭辞）。</translation>
    </message>
    <message>
        <source>Talk to this OpenAI-compatible base URL instead of a profile (no key unless --key-env).</source>
        <translation>プロファイルの代わりにこの OpenAI 互換ベース URL と通信します（--key-env がなければキーなし）。</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>この環境変数から API キーを読み取ります。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>(usage: %1)</source>
        <translation>（使い方: %1）</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>API key for %1 (input hidden): </source>
        <translation>%1 の API キー（入力は表示されません）: </translation>
    </message>
    <message>
        <source>no keychain is available (no Secret Service is running): the key was not stored.</source>
        <translation>キーチェーンが利用できません（Secret Service が動いていません）。キーは保存されませんでした。</translation>
    </message>
    <message>
        <source>Start a keyring (e.g. gnome-keyring) or set %1 instead.</source>
        <translation>キーリング（gnome-keyring など）を起動するか、代わりに %1 を設定してください。</translation>
    </message>
    <message>
        <source>Start a keyring (e.g. gnome-keyring) and try again.</source>
        <translation>キーリング（gnome-keyring など）を起動してもう一度お試しください。</translation>
    </message>
    <message>
        <source>the keychain refused access (locked, or the request was denied).</source>
        <translation>キーチェーンがアクセスを拒否しました（ロックされているか、要求が拒否されました）。</translation>
    </message>
    <message>
        <source>the keychain failed.</source>
        <translation>キーチェーンでエラーが発生しました。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The key is read from stdin (hidden when typed on a terminal), never from an argument.</source>
        <translation>キーは標準入力から読み取られ（端末での入力は表示されません）、引数からは読み取りません。</translation>
    </message>
    <message>
        <source>keys needs set or delete and a profile (usage: %1).</source>
        <translation>keys には set か delete とプロファイルが必要です（使い方: %1）。</translation>
    </message>
    <message>
        <source>keys %1 needs a profile id (usage: %2).</source>
        <translation>keys %1 にはプロファイル ID が必要です（使い方: %2）。</translation>
    </message>
    <message>
        <source>the key is read from stdin, never from an argument (arguments are visible to other users and stay in shell history); use: printf %s &quot;$KEY&quot; | lineup-cli keys set PROFILE</source>
        <translation>キーは引数ではなく標準入力から読み取ります（引数は他のユーザーから見え、シェルの履歴にも残ります）。次のように使ってください: printf %s &quot;$KEY&quot; | lineup-cli keys set PROFILE</translation>
    </message>
    <message>
        <source>keys delete takes only a profile id.</source>
        <translation>keys delete にはプロファイル ID だけを指定してください。</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;; `lineup-cli profiles list` shows the profiles.</source>
        <translation>プロファイル &quot;%1&quot; はありません。`lineup-cli profiles list` でプロファイルを表示できます。</translation>
    </message>
    <message>
        <source>no key arrived on stdin (usage: %1).</source>
        <translation>標準入力からキーが届きませんでした（使い方: %1）。</translation>
    </message>
    <message>
        <source>the key read from stdin spans several lines; give one line.</source>
        <translation>標準入力から読み取ったキーが複数行にわたっています。1 行で指定してください。</translation>
    </message>
    <message>
        <source>Stored the key for %1 in the keychain.</source>
        <translation>%1 のキーをキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>No key was stored for %1.</source>
        <translation>%1 のキーは保存されていませんでした。</translation>
    </message>
    <message>
        <source>Deleted the key for %1 from the keychain.</source>
        <translation>%1 のキーをキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>IN $/1M</source>
        <translation>入力 $/1M</translation>
    </message>
    <message>
        <source>OUT $/1M</source>
        <translation>出力 $/1M</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>表の代わりに JSON 配列を出力します。</translation>
    </message>
    <message>
        <source>models takes no arguments (got &quot;%1&quot;); usage: %2</source>
        <translation>models は引数を取りません（&quot;%1&quot; が指定されました）。使い方: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>keychain or %1</source>
        <translation>キーチェーンまたは %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Short id, used in profile/model.</source>
        <translation>短い ID。profile/model で使います。</translation>
    </message>
    <message>
        <source>Name shown to people.</source>
        <translation>人に表示される名前。</translation>
    </message>
    <message>
        <source>OpenAI-compatible base URL.</source>
        <translation>OpenAI 互換のベース URL。</translation>
    </message>
    <message>
        <source>http://host:port, socks5://host:port, or none (default: the system proxy).</source>
        <translation>http://host:port、socks5://host:port、または none（既定: システムのプロキシ）。</translation>
    </message>
    <message>
        <source>Service kind (default custom).</source>
        <translation>サービスの種類（既定 custom）。</translation>
    </message>
    <message>
        <source>Environment variable holding the key when none is stored.</source>
        <translation>キーが保存されていないときにキーを保持する環境変数。</translation>
    </message>
    <message>
        <source>The service needs no API key.</source>
        <translation>このサービスには API キーが不要です。</translation>
    </message>
    <message>
        <source>Replace a profile with this id.</source>
        <translation>この ID のプロファイルを置き換えます。</translation>
    </message>
    <message>
        <source>Make it the default profile.</source>
        <translation>既定のプロファイルにします。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>想定外の引数 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--id needs letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation>--id には英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; が必要です（&quot;%1&quot; が指定されました）。</translation>
    </message>
    <message>
        <source>--base-url needs an http:// or https:// address (got &quot;%1&quot;).</source>
        <translation>--base-url には http:// または https:// のアドレスが必要です（&quot;%1&quot; が指定されました）。</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;; known kinds: cometapi, openai, openrouter, litellm, ollama, lmstudio, llamacpp, vllm, custom.</source>
        <translation>不明な --kind &quot;%1&quot;。既知の種類: cometapi、openai、openrouter、litellm、ollama、lmstudio、llamacpp、vllm、custom。</translation>
    </message>
    <message>
        <source>a profile &quot;%1&quot; already exists; add --replace to replace it.</source>
        <translation>プロファイル &quot;%1&quot; は既にあります。置き換えるには --replace を付けてください。</translation>
    </message>
    <message>
        <source>could not write the settings file %1.</source>
        <translation>設定ファイル %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Added profile %1 (%2).</source>
        <translation>プロファイル %1（%2）を追加しました。</translation>
    </message>
    <message>
        <source>Profile id.</source>
        <translation>プロファイル ID。</translation>
    </message>
    <message>
        <source>give exactly one profile id (usage: %1).</source>
        <translation>プロファイル ID をちょうど 1 つ指定してください（使い方: %1）。</translation>
    </message>
    <message>
        <source>could not remove profile &quot;%1&quot;.</source>
        <translation>プロファイル &quot;%1&quot; を削除できませんでした。</translation>
    </message>
    <message>
        <source>Removed profile %1.</source>
        <translation>プロファイル %1 を削除しました。</translation>
    </message>
    <message>
        <source>A key stored for it stays in the keychain until `lineup-cli keys delete %1`.</source>
        <translation>保存されたキーは `lineup-cli keys delete %1` を実行するまでキーチェーンに残ります。</translation>
    </message>
    <message>
        <source>%1 is now the default profile.</source>
        <translation>%1 が既定のプロファイルになりました。</translation>
    </message>
    <message>
        <source>Usage: lineup-cli profiles list|add|remove|set-default (`lineup-cli profiles add --help` for details)</source>
        <translation>使い方: lineup-cli profiles list|add|remove|set-default（詳しくは `lineup-cli profiles add --help`）</translation>
    </message>
    <message>
        <source>profiles needs an action: list, add, remove or set-default.</source>
        <translation>profiles には操作が必要です: list、add、remove、set-default。</translation>
    </message>
    <message>
        <source>unknown profiles action &quot;%1&quot;; use list, add, remove or set-default.</source>
        <translation>不明な profiles の操作 &quot;%1&quot;。list、add、remove、set-default のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>%1 needs a directory.</source>
        <translation>%1 にはディレクトリが必要です。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; `lineup-cli --help` lists the commands.</source>
        <translation>不明なコマンド &quot;%1&quot;。`lineup-cli --help` でコマンドの一覧を表示します。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>プロファイル「%1」: %2</translation>
    </message>
    <message>
        <source>Send the key even to a plain http:// address on another computer (it travels unencrypted).</source>
        <translation>別のコンピューターの平文の http:// アドレスにもキーを送信します（暗号化されずに送られます）。</translation>
    </message>
    <message>
        <source>Send the key even though the base URL is plain http:// to another computer (it travels unencrypted).</source>
        <translation>ベース URL が別のコンピューターへの平文の http:// であってもキーを送信します（暗号化されずに送られます）。</translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation>schema: %1</translation>
    </message>
    <message>
        <source>the answer does not match the requested format (%1).</source>
        <translation>回答が要求された形式と一致しません（%1）。</translation>
    </message>
    <message>
        <source>--tool-result needs --conversation ID and --save: it answers the tool calls of a saved conversation&apos;s last answer.</source>
        <translation>--tool-result には --conversation ID と --save が必要です。保存済みの会話の最後の回答にあるツール呼び出しに応答します。</translation>
    </message>
    <message>
        <source>--tool-result needs CALL_ID=TEXT or CALL_ID=@FILE (got &quot;%1&quot;).</source>
        <translation>--tool-result には CALL_ID=TEXT または CALL_ID=@FILE が必要です（&quot;%1&quot; が指定されました）。</translation>
    </message>
    <message>
        <source>--tool-result %1: cannot read &quot;%2&quot;: %3</source>
        <translation>--tool-result %1: &quot;%2&quot; を読み取れません: %3</translation>
    </message>
    <message>
        <source>--tool-result %1 is given twice.</source>
        <translation>--tool-result %1 が 2 回指定されています。</translation>
    </message>
    <message>
        <source>With --conversation and --save: the result of the last answer&apos;s tool call CALL_ID, as text or @FILE; one per call. Repeatable.</source>
        <translation>--conversation と --save とともに使用: 最後の回答のツール呼び出し CALL_ID の結果（テキストまたは @FILE）。呼び出しごとに 1 つ指定します。複数回指定できます。</translation>
    </message>
    <message>
        <source>--tool-result continues the conversation with tool results: give no prompt or image with it.</source>
        <translation>--tool-result はツールの結果で会話を続けます。プロンプトや画像は一緒に指定しないでください。</translation>
    </message>
    <message>
        <source>the last answer of conversation %1 called tools and waits for their results: give --tool-result ID=TEXT for %2 (and no prompt).</source>
        <translation>会話 %1 の最後の回答はツールを呼び出し、その結果を待っています: %2 に --tool-result ID=TEXT を指定してください（プロンプトは指定しないでください）。</translation>
    </message>
    <message>
        <source>the last answer of conversation %1 has no tool call waiting for a result.</source>
        <translation>会話 %1 の最後の回答には、結果待ちのツール呼び出しがありません。</translation>
    </message>
    <message>
        <source>the last answer of conversation %1 has no tool call &quot;%2&quot; waiting; it waits for %3.</source>
        <translation>会話 %1 の最後の回答には結果待ちのツール呼び出し &quot;%2&quot; がありません。待っているのは %3 です。</translation>
    </message>
    <message>
        <source>every tool call needs a result (services refuse the request otherwise): missing --tool-result for %1.</source>
        <translation>すべてのツール呼び出しに結果が必要です（ないとサービスがリクエストを拒否します）: %1 の --tool-result がありません。</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; を読み取れません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not JSON: %2 at offset %3</source>
        <translation>&quot;%1&quot; は JSON ではありません: オフセット %3 で %2</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>値が複数あります</translation>
    </message>
    <message>
        <source>check: also apply the strict structured-output rules.</source>
        <translation>check: 厳密な構造化出力のルールも適用します。</translation>
    </message>
    <message>
        <source>Print {&quot;valid&quot;: bool, &quot;errors&quot;: [{&quot;path&quot;, &quot;message&quot;}]}.</source>
        <translation>{&quot;valid&quot;: bool, &quot;errors&quot;: [{&quot;path&quot;, &quot;message&quot;}]} を出力します。</translation>
    </message>
    <message>
        <source>check, validate or infer.</source>
        <translation>check、validate、infer のいずれか。</translation>
    </message>
    <message>
        <source>schema check needs one FILE.</source>
        <translation>schema check には FILE を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>schema validate needs SCHEMA and INSTANCE.</source>
        <translation>schema validate には SCHEMA と INSTANCE が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>schema infer needs one EXAMPLE file.</source>
        <translation>schema infer には EXAMPLE ファイルを 1 つ指定してください。</translation>
    </message>
    <message>
        <source>schema needs an action.</source>
        <translation>schema には操作が必要です。</translation>
    </message>
    <message>
        <source>unknown schema action &quot;%1&quot;.</source>
        <translation>不明な schema の操作 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--%1 needs a price in USD per 1M tokens (a number, 0 or more), not &quot;%2&quot;.</source>
        <translation>--%1 には 100 万トークンあたりの USD の価格（0 以上の数値）が必要です。&quot;%2&quot; ではありません。</translation>
    </message>
    <message>
        <source>USD per 1M prompt tokens.</source>
        <translation>プロンプト 100 万トークンあたりの USD。</translation>
    </message>
    <message>
        <source>USD per 1M completion tokens.</source>
        <translation>出力 100 万トークンあたりの USD。</translation>
    </message>
    <message>
        <source>USD per 1M cached prompt tokens (default: the input price).</source>
        <translation>キャッシュ済みプロンプト 100 万トークンあたりの USD（既定: 入力の価格）。</translation>
    </message>
    <message>
        <source>Context length in tokens, for a service that does not say.</source>
        <translation>コンテキスト長（トークン）。サービスが示さない場合に使います。</translation>
    </message>
    <message>
        <source>prices set needs exactly one model id (usage: %1)</source>
        <translation>prices set にはモデル ID をちょうど 1 つ指定してください（使い方: %1）</translation>
    </message>
    <message>
        <source>prices set needs --input and --output (usage: %1)</source>
        <translation>prices set には --input と --output が必要です（使い方: %1）</translation>
    </message>
    <message>
        <source>--context needs a number of tokens, not &quot;%1&quot;.</source>
        <translation>--context にはトークン数が必要です。&quot;%1&quot; ではありません。</translation>
    </message>
    <message>
        <source>cannot write the settings file %1</source>
        <translation>設定ファイル %1 に書き込めません</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>CACHED INPUT</source>
        <translation>キャッシュ済み入力</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>USD per 1M tokens.</source>
        <translation>100 万トークンあたりの USD。</translation>
    </message>
    <message>
        <source>prices delete needs exactly one model id (usage: %1)</source>
        <translation>prices delete にはモデル ID をちょうど 1 つ指定してください（使い方: %1）</translation>
    </message>
    <message>
        <source>there is no price for &quot;%1&quot;; `lineup-cli prices list` shows the table.</source>
        <translation>&quot;%1&quot; の価格はありません。`lineup-cli prices list` で価格表を表示できます。</translation>
    </message>
    <message>
        <source>Usage: lineup-cli prices set MODEL --input USD --output USD [--cached-input USD] [--context TOKENS]
       lineup-cli prices list [--json]
       lineup-cli prices delete MODEL
Prices are USD per 1M tokens, shared with the app; a price the service&apos;s model list gives wins over the table.
</source>
        <translation>使い方: lineup-cli prices set MODEL --input USD --output USD [--cached-input USD] [--context TOKENS]
       lineup-cli prices list [--json]
       lineup-cli prices delete MODEL
価格は 100 万トークンあたりの USD で、アプリと共通です。サービスのモデル一覧が示す価格は価格表より優先されます。
</translation>
    </message>
    <message>
        <source>unknown prices command &quot;%1&quot;; use set, list or delete.</source>
        <translation>不明な prices のコマンド &quot;%1&quot;。set、list、delete のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>--pane-param needs N:name=value with N from 1 to %1, the position of a --model (got &quot;%2&quot;).</source>
        <translation>--pane-param には N:name=value が必要です。N は 1～%1 で、--model の位置です（&quot;%2&quot; が指定されました）。</translation>
    </message>
    <message>
        <source>Model id, or profile/model; one per pane, 2 to 8. Repeatable.</source>
        <translation>ペインごとに 1 つ、計 2～8 個のモデル ID（または profile/model）。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>Request parameter sent to every model. Repeatable.</source>
        <translation>すべてのモデルに送るリクエストパラメーター。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>Request parameter for the Nth --model only (value null: not sent there). Repeatable.</source>
        <translation>N 番目の --model だけに送るリクエストパラメーター。繰り返し指定できます。値を null にすると、そのモデルには送りません。</translation>
    </message>
    <message>
        <source>System message sent to every model.</source>
        <translation>すべてのモデルに送るシステムメッセージ。</translation>
    </message>
    <message>
        <source>Save the comparison in the conversation history.</source>
        <translation>比較を会話履歴に保存します。</translation>
    </message>
    <message>
        <source>Print {&quot;comparison_id&quot;, &quot;results&quot;: [...]} at the end, one result per --model as chat --json prints it, plus model and profile.</source>
        <translation>最後に {&quot;comparison_id&quot;, &quot;results&quot;: [...]} を出力します。結果は --model ごとに 1 つで、chat --json の出力に model と profile を加えたものです。</translation>
    </message>
    <message>
        <source>compare needs %1 to %2 --model options, one per model to compare (got %3).</source>
        <translation>compare には --model オプションが %1～%2 個必要です。比較するモデルごとに 1 つ指定します（指定されたのは %3 個）。</translation>
    </message>
    <message>
        <source>--model needs a model id (e.g. gpt-5 or cometapi/gpt-5).</source>
        <translation>--model にはモデル ID が必要です（例: gpt-5 や cometapi/gpt-5）。</translation>
    </message>
    <message>
        <source>compare needs a prompt (or - to read it from stdin); usage: %1</source>
        <translation>compare にはプロンプトが必要です（- なら標準入力から読み取ります）。使い方: %1</translation>
    </message>
    <message>
        <source>first token (ms)</source>
        <translation>最初のトークン（ms）</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>トークン/秒</translation>
    </message>
    <message>
        <source>total (ms)</source>
        <translation>合計（ms）</translation>
    </message>
    <message>
        <source>prompt tokens</source>
        <translation>プロンプトトークン</translation>
    </message>
    <message>
        <source>completion tokens</source>
        <translation>出力トークン</translation>
    </message>
    <message>
        <source>reasoning tokens</source>
        <translation>推論トークン</translation>
    </message>
    <message>
        <source>cost (USD)</source>
        <translation>コスト（USD）</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>終了理由</translation>
    </message>
    <message>
        <source>[error: %1]</source>
        <translation>[エラー: %1]</translation>
    </message>
    <message>
        <source>[stopped before it ended]</source>
        <translation>[終わる前に停止しました]</translation>
    </message>
    <message>
        <source>cannot save the comparison: %1</source>
        <translation>比較を保存できません: %1</translation>
    </message>
    <message>
        <source>saved as comparison %1.</source>
        <translation>比較 %1 として保存しました。</translation>
    </message>
    <message>
        <source>%1 needs name=value (got &quot;%2&quot;).</source>
        <translation>%1 には name=value が必要です（&quot;%2&quot; が指定されました）。</translation>
    </message>
    <message>
        <source>%1 %2: use %3 instead.</source>
        <translation>%1 %2: 代わりに %3 を使ってください。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Only votes with this tag (any case).</source>
        <translation>このタグの投票だけ（大文字小文字を区別しません）。</translation>
    </message>
    <message>
        <source>Only votes from this day (YYYY-MM-DD, local time) or time (ISO 8601) on.</source>
        <translation>この日（YYYY-MM-DD、ローカル時刻）またはこの日時（ISO 8601）以降の投票だけ。</translation>
    </message>
    <message>
        <source>Only votes up to the end of this day, or before this time.</source>
        <translation>この日の終わりまで、またはこの日時より前の投票だけ。</translation>
    </message>
    <message>
        <source>--%1 needs a date (2026-12-07) or an ISO 8601 time (2026-12-07T14:30:00Z), not &quot;%2&quot;.</source>
        <translation>--%1 には日付（2026-12-07）または ISO 8601 の日時（2026-12-07T14:30:00Z）が必要です（&quot;%2&quot; ではありません）。</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>引き分け</translation>
    </message>
    <message>
        <source>both bad</source>
        <translation>どちらも悪い</translation>
    </message>
    <message>
        <source>all bad</source>
        <translation>すべて悪い</translation>
    </message>
    <message>
        <source>%1 better</source>
        <translation>%1 の勝ち</translation>
    </message>
    <message>
        <source>%1 best</source>
        <translation>%1 が最良</translation>
    </message>
    <message>
        <source>Print a JSON array (the export&apos;s objects with &quot;id&quot; and &quot;comparison_id&quot;).</source>
        <translation>JSON 配列を出力します（エクスポートと同じオブジェクトに &quot;id&quot; と &quot;comparison_id&quot; を加えたもの）。</translation>
    </message>
    <message>
        <source>no votes yet: vote in a blind comparison, or `lineup-cli votes import FILE`.</source>
        <translation>まだ投票がありません。ブラインド比較で投票するか、`lineup-cli votes import FILE` を使ってください。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>MODELS (A, B, ...)</source>
        <translation>モデル（A、B、…）</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>named a model</source>
        <translation>モデル名の言及あり</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>標準出力の代わりに FILE に書き込みます。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>votes import needs one file (usage: %1)</source>
        <translation>votes import にはファイルが 1 つ必要です（使い方: %1）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message>
        <source>bad lines not shown: %1</source>
        <translation>表示していない不正な行: %1</translation>
    </message>
    <message>
        <source>nothing was imported; fix the lines above and import the file again.</source>
        <translation>何もインポートされませんでした。上の行を直してから、もう一度ファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
    <message>
        <source>imported 1 vote</source>
        <translation>1 票をインポートしました</translation>
    </message>
    <message numerus="yes">
        <source>imported %n votes</source>
        <translation>
            <numerusform>%n 票をインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: lineup-cli votes list [--json] [--tag T] [--since DATE] [--until DATE]
       lineup-cli votes export [-o FILE] [--tag T] [--since DATE] [--until DATE]
       lineup-cli votes import FILE|-
Blind arena votes as JSON lines, one vote each:
  {&quot;model_a&quot;: &quot;...&quot;, &quot;model_b&quot;: &quot;...&quot;, &quot;winner&quot;: &quot;a&quot;|&quot;b&quot;|&quot;tie&quot;|&quot;both_bad&quot;, &quot;tag&quot;: &quot;...&quot;, &quot;time&quot;: &quot;ISO 8601&quot;}
Import checks every line first; on any bad line it names the line and the problem and changes nothing.
</source>
        <translation>使い方: lineup-cli votes list [--json] [--tag T] [--since DATE] [--until DATE]
       lineup-cli votes export [-o FILE] [--tag T] [--since DATE] [--until DATE]
       lineup-cli votes import FILE|-
ブラインドアリーナの投票を JSON Lines で扱います（1 行に 1 票）:
  {&quot;model_a&quot;: &quot;...&quot;, &quot;model_b&quot;: &quot;...&quot;, &quot;winner&quot;: &quot;a&quot;|&quot;b&quot;|&quot;tie&quot;|&quot;both_bad&quot;, &quot;tag&quot;: &quot;...&quot;, &quot;time&quot;: &quot;ISO 8601&quot;}
インポートは先にすべての行をチェックします。不正な行が 1 行でもあれば、その行と問題を示し、何も変更しません。
</translation>
    </message>
    <message>
        <source>unknown votes command &quot;%1&quot;; use list, export or import.</source>
        <translation>不明な votes コマンド &quot;%1&quot;。list、export、import のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;models&quot;: [{&quot;model&quot;, &quot;rating&quot;, &quot;ci_low&quot;, &quot;ci_high&quot;, &quot;rank&quot;, &quot;votes&quot;, &quot;wins&quot;, &quot;losses&quot;, &quot;ties&quot;}], ...}.</source>
        <translation>JSON を出力します: {&quot;models&quot;: [{&quot;model&quot;, &quot;rating&quot;, &quot;ci_low&quot;, &quot;ci_high&quot;, &quot;rank&quot;, &quot;votes&quot;, &quot;wins&quot;, &quot;losses&quot;, &quot;ties&quot;}], ...}。</translation>
    </message>
    <message>
        <source>Seed of the bootstrap resampling (default 1): the same votes and seed give the same intervals.</source>
        <translation>ブートストラップ再標本化のシード（既定 1）。投票とシードが同じなら区間も同じになります。</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed には 0～4294967295 の整数が必要です（&quot;%1&quot; ではありません）。</translation>
    </message>
    <message>
        <source>no votes to rank (votes left out of the leaderboard and votes outside the filters do not count).</source>
        <translation>ランキングの対象になる投票がありません（ランキングから除外した投票と、絞り込みの条件に合わない投票は数えません）。</translation>
    </message>
    <message>
        <source>RANK</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>RATING</source>
        <translation>レーティング</translation>
    </message>
    <message>
        <source>95% INTERVAL</source>
        <translation>95% 区間</translation>
    </message>
    <message>
        <source>VOTES</source>
        <translation>投票数</translation>
    </message>
    <message>
        <source>WINS</source>
        <translation>勝ち</translation>
    </message>
    <message>
        <source>LOSSES</source>
        <translation>負け</translation>
    </message>
    <message>
        <source>TIES</source>
        <translation>引き分け</translation>
    </message>
    <message>
        <source>Votes counted: %1. Bradley-Terry fit, Elo scale (mean 1000), 95% intervals from %2 bootstrap resamples (seed %3).</source>
        <translation>集計した投票: %1。Bradley-Terry モデルで推定し、Elo の尺度（平均 1000）で表示。95% 区間は %2 回のブートストラップ再標本化による（シード %3）。</translation>
    </message>
    <message>
        <source>Usage: lineup-cli [--data-dir DIR] [--config-dir DIR] COMMAND [OPTIONS]

Commands:
  models          list the models a service offers
  chat            send a prompt and stream the answer to stdout
  profiles        list, add, remove service profiles or choose the default
  keys            store or delete a profile&apos;s API key in the keychain (read from stdin)
  conversations   list, show, export or delete saved conversations; their usage
  prices          the price table (USD per 1M tokens) shared with the app
  schema          check a JSON Schema, validate a value against one, infer one
  votes           list, export or import the blind arena&apos;s votes (JSON lines)
  leaderboard     rank the models by the votes (Bradley-Terry, 95% intervals)

Global options:
  --data-dir DIR    conversation history location (default: the app&apos;s; or LINEUP_DATA_DIR)
  --config-dir DIR  settings location (default: the app&apos;s; or LINEUP_CONFIG_DIR)
  --help, --version

`lineup-cli COMMAND --help` describes a command.

Exit status: 0 success, 1 other failure (I/O, storage), 2 usage error, 3 service error,
4 network error, 5 incomplete answer (stalled, dropped, stopped), 6 key or keychain error,
8 schema mismatch (the answer or instance does not match, or schema check found problems).
</source>
        <translation>使い方: lineup-cli [--data-dir DIR] [--config-dir DIR] COMMAND [OPTIONS]

コマンド:
  models          サービスが提供するモデルを一覧表示
  chat            プロンプトを送信し、回答を stdout にストリーミング
  profiles        サービスのプロファイルの一覧表示、追加、削除、既定の選択
  keys            プロファイルの API キーをキーチェーンに保存、削除（stdin から）
  conversations   保存済みの会話の一覧表示、表示、エクスポート、削除。その使用量
  prices          アプリと共通の価格表（100 万トークンあたりの USD）
  schema          JSON Schema のチェック、値の検証、スキーマの推定
  votes           ブラインドアリーナの投票の一覧、エクスポート、インポート（JSON Lines）
  leaderboard     投票によるモデルのランキング（Bradley-Terry、95% 区間）

グローバルオプション:
  --data-dir DIR    会話履歴の場所（既定: アプリと同じ。または LINEUP_DATA_DIR）
  --config-dir DIR  設定の場所（既定: アプリと同じ。または LINEUP_CONFIG_DIR）
  --help, --version

`lineup-cli COMMAND --help` で各コマンドの説明を表示します。

終了ステータス: 0 成功、1 その他の失敗（I/O、ストレージ）、2 使い方の誤り、
3 サービスエラー、4 ネットワークエラー、5 不完全な回答（停滞、切断、停止）、
6 キーまたはキーチェーンのエラー、8 スキーマ不一致（回答またはインスタンスが
一致しない、またはスキーマのチェックで問題が見つかった）。
</translation>
    </message>
    <message>
        <source>  compare         ask several models at once; their answers and numbers side by side
</source>
        <translation>  compare         複数のモデルに同時に質問し、回答と数値を並べて表示
</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>スキーマ</translation>
    </message>
</context>
<context>
    <name>SchemaLint</name>
    <message>
        <source>not valid JSON Schema: %1</source>
        <translation>有効な JSON Schema ではありません: %1</translation>
    </message>
</context>
<context>
    <name>SchemaPanel</name>
    <message>
        <source>Object with a few fields</source>
        <translation>いくつかのフィールドを持つオブジェクト</translation>
    </message>
    <message>
        <source>List of items</source>
        <translation>項目のリスト</translation>
    </message>
    <message>
        <source>Classification (enum)</source>
        <translation>分類（enum）</translation>
    </message>
    <message>
        <source>Optional field (nullable)</source>
        <translation>省略可能なフィールド（nullable）</translation>
    </message>
</context>
</TS>
