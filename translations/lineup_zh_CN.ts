<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Lineup</name>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation>提示 %1 + 补全 %2 token</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>缓存 %1</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>推理 %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>结束原因：%1</translation>
    </message>
    <message>
        <source>--data-dir needs a directory</source>
        <translation>--data-dir 需要一个目录</translation>
    </message>
    <message>
        <source>--format needs lineup, openai or markdown</source>
        <translation>--format 需要 lineup、openai 或 markdown</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 需要一个文件名</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit 需要一个正数</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation id (a positive number)</source>
        <translation>&quot;%1&quot; 不是对话 ID（正数）</translation>
    </message>
    <message>
        <source>show needs exactly one conversation id</source>
        <translation>show 只接受一个对话 ID</translation>
    </message>
    <message>
        <source>there is no conversation %1</source>
        <translation>没有对话 %1</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search 需要一个查询</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use lineup, openai or markdown</source>
        <translation>未知格式 &quot;%1&quot;：请使用 lineup、openai 或 markdown</translation>
    </message>
    <message>
        <source>export needs conversation ids or --all</source>
        <translation>export 需要对话 ID 或 --all</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation>import 需要至少一个文件</translation>
    </message>
    <message>
        <source>delete needs conversation ids</source>
        <translation>delete 需要对话 ID</translation>
    </message>
    <message>
        <source>cannot delete conversation %1: %2</source>
        <translation>无法删除对话 %1：%2</translation>
    </message>
    <message>
        <source>unknown conversations command &quot;%1&quot; (see --help)</source>
        <translation>未知的 conversations 命令 &quot;%1&quot;（参见 --help）</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be one schema in strict mode, not a list.</source>
        <translation>严格模式下，&quot;items&quot; 必须是单个 schema，而不是列表。</translation>
    </message>
    <message>
        <source>an object must set &quot;additionalProperties&quot;: false in strict mode.</source>
        <translation>严格模式下，对象必须设置 &quot;additionalProperties&quot;: false。</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; is not in &quot;required&quot;: strict mode needs every property listed (write an optional one as &quot;type&quot;: [T, &quot;null&quot;]).</source>
        <translation>属性 &quot;%1&quot; 不在 &quot;required&quot; 中：严格模式要求列出所有属性（可选属性请写为 &quot;type&quot;: [T, &quot;null&quot;]）。</translation>
    </message>
    <message>
        <source>more than %1 properties in all: strict mode allows at most %1.</source>
        <translation>属性总数超过 %1 个：严格模式最多允许 %1 个。</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep: strict mode allows at most %1.</source>
        <translation>嵌套超过 %1 层：严格模式最多允许 %1 层。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported in strict mode.</source>
        <translation>严格模式不支持 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>more than %1 enum values in all: strict mode allows at most %1.</source>
        <translation>enum 值总数超过 %1 个：严格模式最多允许 %1 个。</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
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
        <translation>用法：lineup-cli conversations [--data-dir DIR] COMMAND
  list [--json]                 对话列表，最新的在前
  show ID [--json]              每条消息及其所有已保存字段
  usage ID [--json]             请求、token、费用和上下文占用
  search QUERY [--json] [--limit N]
                                全文搜索，匹配内容在 [方括号] 中
  export ID... | --all [--format lineup|openai|markdown] [-o FILE]
  import FILE...                Lineup JSON 或 OpenAI 请求体；输出新的 ID
  delete ID...                  永久删除
数据库与应用共用：--data-dir，否则 LINEUP_DATA_DIR，否则平台数据目录。
</translation>
    </message>
    <message>
        <source>conversations needs a command: list, show, usage, search, export, import, delete (see --help)</source>
        <translation>conversations 需要一个命令：list、show、usage、search、export、import、delete（参见 --help）</translation>
    </message>
    <message>
        <source>usage needs exactly one conversation id</source>
        <translation>usage 需要恰好一个对话 ID</translation>
    </message>
    <message>
        <source>price from the service</source>
        <translation>来自服务的价格</translation>
    </message>
    <message>
        <source>price from the price table</source>
        <translation>来自价格表的价格</translation>
    </message>
    <message>
        <source>no price known (lineup-cli prices set MODEL ...)</source>
        <translation>价格未知（lineup-cli prices set MODEL ...）</translation>
    </message>
    <message>
        <source>requests: %1</source>
        <translation>请求：%1</translation>
    </message>
    <message>
        <source>tokens: prompt %1 (cached %2), completion %3 (reasoning %4), total %5</source>
        <translation>token：提示 %1（缓存 %2），补全 %3（推理 %4），总计 %5</translation>
    </message>
    <message>
        <source>cost: %1 USD (input %2, cached input %3, output %4), %5</source>
        <translation>费用：%1 USD（输入 %2，缓存输入 %3，输出 %4），%5</translation>
    </message>
    <message>
        <source>context: %1 of %2 tokens (%3%)%4</source>
        <translation>上下文：%1 / %2 个 token（%3%）%4</translation>
    </message>
    <message>
        <source> - nearly full</source>
        <translation> - 即将占满</translation>
    </message>
    <message>
        <source>context: %1 tokens in the last request (context length unknown: lineup-cli prices set MODEL ... --context TOKENS)</source>
        <translation>上下文：最后一次请求 %1 个 token（上下文长度未知：lineup-cli prices set MODEL ... --context TOKENS）</translation>
    </message>
    <message>
        <source>prompt %1, completion %2, %3</source>
        <translation>提示 %1，补全 %2，%3</translation>
    </message>
    <message>
        <source>~ estimated: the service reported no usage for some answers.</source>
        <translation>~ 估算：部分回答服务未报告用量。</translation>
    </message>
    <message>
        <source>[comparison of %1] </source>
        <translation>[%1 个模型的对比] </translation>
    </message>
    <message>
        <source>comparison %1 cannot be read: %2</source>
        <translation>无法读取对比 %1：%2</translation>
    </message>
    <message>
        <source>comparison of %1</source>
        <translation>%1 个模型的对比</translation>
    </message>
    <message>
        <source>pane %1</source>
        <translation>窗格 %1</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>Parameters: `%1`</source>
        <translation>参数：`%1`</translation>
    </message>
    <message>
        <source>Result of tool call `%1`:</source>
        <translation>工具调用 `%1` 的结果：</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒绝：%1</translation>
    </message>
    <message>
        <source>Tool call `%1` (%2):</source>
        <translation>工具调用 `%1`（%2）：</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Pane %1: %2</source>
        <translation>窗格 %1：%2</translation>
    </message>
    <message>
        <source>overrides `%1`</source>
        <translation>覆盖参数 `%1`</translation>
    </message>
    <message>
        <source>User (turn %1)</source>
        <translation>你（第 %1 轮）</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>创建：%1</translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>reasoning:</source>
        <translation>推理：</translation>
    </message>
    <message numerus="yes">
        <source>image %1, %n bytes</source>
        <translation>
            <numerusform>图片 %1，%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>image %1, %n bytes, detail %2</source>
        <translation>
            <numerusform>图片 %1，%n 字节，细节 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>图片 %1</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <source>profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>overrides: %1</source>
        <translation>覆盖：%1</translation>
    </message>
    <message>
        <source>conversation %1 is a blind comparison not voted on yet: vote on it in Lineup first (showing it would name its models)</source>
        <translation>对话 %1 是尚未投票的盲测对比：请先在 Lineup 中投票（显示它会暴露模型名称）</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message numerus="yes">
        <source>left out %n blind comparisons not voted on yet (an export would name their models)</source>
        <translation>
            <numerusform>已略过 %n 个尚未投票的盲测对比（导出会暴露其模型名称）</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation %1 is a blind comparison not voted on yet: vote on it in Lineup first (its usage would name its models)</source>
        <translation>对话 %1 是尚未投票的盲测对比：请先在 Lineup 中投票（显示其用量会暴露模型名称）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
</context>
<context>
    <name>Lineup::AnswerCheck</name>
    <message>
        <source>incomplete JSON: the answer stopped before it ended.</source>
        <translation>JSON 不完整：回答在结束前中断了。</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 at offset %2</source>
        <translation>回答不是有效的 JSON：偏移 %2 处 %1</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>存在多个值</translation>
    </message>
</context>
<context>
    <name>Lineup::AnswerValidation</name>
    <message>
        <source>matches the schema</source>
        <translation>符合 schema</translation>
    </message>
    <message>
        <source>1 schema error</source>
        <translation>1 个 schema 错误</translation>
    </message>
    <message numerus="yes">
        <source>%n schema errors</source>
        <translation>
            <numerusform>%n 个 schema 错误</numerusform>
        </translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>不是 JSON</translation>
    </message>
    <message>
        <source>incomplete JSON</source>
        <translation>JSON 不完整</translation>
    </message>
    <message>
        <source>the schema cannot be used</source>
        <translation>无法使用该 schema</translation>
    </message>
</context>
<context>
    <name>Lineup::ApiClient</name>
    <message>
        <source>The base URL &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>基础 URL &quot;%1&quot; 不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>%1 毫秒内没有应答。</translation>
    </message>
    <message>
        <source>the model list is larger than %1 bytes</source>
        <translation>模型列表超过 %1 字节</translation>
    </message>
</context>
<context>
    <name>Lineup::ApiError</name>
    <message>
        <source>… (truncated)</source>
        <translation>…（已截断）</translation>
    </message>
    <message>
        <source>The service rejected the API key (HTTP %1)%2. Check the key in the provider settings.</source>
        <translation>服务拒绝了 API 密钥（HTTP %1）%2。请在提供商设置中检查密钥。</translation>
    </message>
    <message>
        <source>The service did not find the model or endpoint (HTTP %1)%2. Check the model name and the provider&apos;s base URL.</source>
        <translation>服务找不到该模型或端点（HTTP %1）%2。请检查模型名称和提供商的基础 URL。</translation>
    </message>
    <message>
        <source>The service rejected the parameter &quot;%1&quot; (HTTP %2)%3. Change or remove that parameter.</source>
        <translation>服务拒绝了参数 &quot;%1&quot;（HTTP %2）%3。请修改或移除该参数。</translation>
    </message>
    <message>
        <source>The service rejected the request (HTTP %1)%2. Check the request parameters.</source>
        <translation>服务拒绝了请求（HTTP %1）%2。请检查请求参数。</translation>
    </message>
    <message>
        <source>The service is limiting the request rate (HTTP %1)%2. It asks to retry after %3 s.</source>
        <translation>服务正在限制请求频率（HTTP %1）%2。它要求 %3 秒后重试。</translation>
    </message>
    <message>
        <source>The service is limiting the request rate (HTTP %1)%2. Wait a moment and try again.</source>
        <translation>服务正在限制请求频率（HTTP %1）%2。请稍候再试。</translation>
    </message>
    <message>
        <source>The service had an internal error (HTTP %1)%2. Try again later.</source>
        <translation>服务发生内部错误（HTTP %1）%2。请稍后再试。</translation>
    </message>
    <message>
        <source>The service answered with HTTP %1%2.</source>
        <translation>服务返回了 HTTP %1%2。</translation>
    </message>
    <message>
        <source>The connection was refused%1. Check that the server is running and that the base URL and port are right.</source>
        <translation>连接被拒绝%1。请检查服务器是否正在运行，以及基础 URL 和端口是否正确。</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found%1. Check the base URL and the network connection.</source>
        <translation>找不到服务器的主机名%1。请检查基础 URL 和网络连接。</translation>
    </message>
    <message>
        <source>The connection is not secure and was refused%1. Check the server&apos;s certificate and the base URL.</source>
        <translation>连接不安全，已被拒绝%1。请检查服务器证书和基础 URL。</translation>
    </message>
    <message>
        <source>The service did not answer in time%1. Check the network connection or try again.</source>
        <translation>服务未及时应答%1。请检查网络连接或重试。</translation>
    </message>
    <message>
        <source>No data for %1 s; the partial answer was kept.</source>
        <translation>%1 秒内没有数据；已保留部分回答。</translation>
    </message>
    <message>
        <source>No data arrived for too long; the partial answer was kept.</source>
        <translation>太长时间没有收到数据；已保留部分回答。</translation>
    </message>
    <message>
        <source>The request was cancelled; the partial answer was kept.</source>
        <translation>请求已取消；已保留部分回答。</translation>
    </message>
    <message>
        <source>The service reported an error in the middle of the answer; the partial answer was kept.</source>
        <translation>服务在回答过程中报告了错误；已保留部分回答。</translation>
    </message>
    <message>
        <source>The service reported an error in the middle of the answer: %1. The partial answer was kept.</source>
        <translation>服务在回答过程中报告了错误：%1。已保留部分回答。</translation>
    </message>
    <message>
        <source>The connection closed before the answer was complete; the partial answer was kept.</source>
        <translation>回答完成前连接已关闭；已保留部分回答。</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be read%1. Check that the base URL points to an OpenAI-compatible API.</source>
        <translation>无法读取服务的应答%1。请检查基础 URL 是否指向 OpenAI 兼容的 API。</translation>
    </message>
    <message>
        <source>The network connection failed%1. Check the network and try again.</source>
        <translation>网络连接失败%1。请检查网络后重试。</translation>
    </message>
    <message>
        <source>the server returned an HTML page</source>
        <translation>服务器返回了一个 HTML 页面</translation>
    </message>
    <message>
        <source>the server returned an HTML page (title: %1)</source>
        <translation>服务器返回了一个 HTML 页面（标题：%1）</translation>
    </message>
    <message>
        <source>Lineup refused to send the request.</source>
        <translation>Lineup 拒绝发送该请求。</translation>
    </message>
    <message>
        <source>The service sent more than Lineup accepts for one answer (%1), so the answer was stopped; what arrived was kept.</source>
        <translation>服务为一个回答发送的内容超过了 Lineup 接受的上限（%1），因此回答已停止；已收到的部分已保留。</translation>
    </message>
    <message>
        <source>The server at this address does not look like an OpenAI-compatible API (HTTP %1)%2. Check the base URL and its path: it usually ends in /v1.</source>
        <translation>此地址的服务器看起来不是 OpenAI 兼容 API（HTTP %1）%2。请检查基础 URL 及其路径：通常以 /v1 结尾。</translation>
    </message>
    <message>
        <source>The server refused the request for good (HTTP %1)%2; trying again will not help. Check the provider&apos;s base URL and network.</source>
        <translation>服务器永久拒绝了该请求（HTTP %1）%2；重试也无济于事。请检查提供商的基础 URL 和网络。</translation>
    </message>
</context>
<context>
    <name>Lineup::Application</name>
    <message>
        <source>A native playground for OpenAI-compatible chat APIs.</source>
        <translation>面向 OpenAI 兼容聊天 API 的原生试验场。</translation>
    </message>
    <message>
        <source>Chat with the provider profile &lt;id&gt; (see Settings).</source>
        <translation>使用提供商配置 &lt;id&gt; 聊天（参见设置）。</translation>
    </message>
    <message>
        <source>Chat with the OpenAI-compatible service at &lt;url&gt; (for example http://localhost:11434/v1) for this run; its key, if any, is read from LINEUP_API_KEY.</source>
        <translation>本次运行与位于 &lt;url&gt; 的 OpenAI 兼容服务聊天（例如 http://localhost:11434/v1）；如需密钥，从 LINEUP_API_KEY 读取。</translation>
    </message>
    <message>
        <source>Start new chats with model &lt;id&gt;.</source>
        <translation>新聊天使用模型 &lt;id&gt;。</translation>
    </message>
    <message>
        <source>Keep conversations in &lt;dir&gt; instead of the default place.</source>
        <translation>将对话保存在 &lt;dir&gt;，而不是默认位置。</translation>
    </message>
    <message>
        <source>Use a dark theme even if the desktop does not ask for one.</source>
        <translation>即使桌面未要求，也使用深色主题。</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>请只使用 --profile 或 --base-url 之一，不要同时使用。</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address. Example: --base-url http://localhost:11434/v1</source>
        <translation>“%1”不是 http 或 https 地址。示例：--base-url http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>There is no provider profile “%1”. Known profiles: %2.</source>
        <translation>没有提供商配置“%1”。已知的配置：%2。</translation>
    </message>
    <message>
        <source>Open a comparison with a pane for model &lt;id&gt; (repeat for each pane, 2 to 8; profile/model picks the service; with --base-url every pane uses that service).</source>
        <translation>打开一个对比，为模型 &lt;id&gt; 创建一个窗格（每个窗格重复一次，2 到 8 个；profile/model 选择服务；指定 --base-url 时所有窗格都使用该服务）。</translation>
    </message>
    <message>
        <source>A comparison has at most 8 panes.</source>
        <translation>对比最多有 8 个窗格。</translation>
    </message>
</context>
<context>
    <name>Lineup::ArenaController</name>
    <message numerus="yes">
        <source>A blind round needs at least %n different models in the pool.</source>
        <translation>
            <numerusform>盲测回合需要池中至少有 %n 个不同的模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the Votes?</source>
        <translation>保留投票吗？</translation>
    </message>
    <message numerus="yes">
        <source>This comparison holds %n blind votes. Keep them in the leaderboard, or delete them with the comparison?</source>
        <translation>
            <numerusform>此对比包含 %n 条盲测投票。要将它们保留在排行榜中，还是随对比一起删除？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Votes</source>
        <translation>保留投票(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete Votes</source>
        <translation>删除投票(&amp;D)</translation>
    </message>
    <message>
        <source>The votes could not be updated: %1</source>
        <translation>无法更新投票：%1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n votes with the comparison.</source>
        <translation>
            <numerusform>已随对比一起删除 %n 条投票。</numerusform>
        </translation>
    </message>
    <message>
        <source>The votes could not be restored: %1</source>
        <translation>无法恢复投票：%1</translation>
    </message>
</context>
<context>
    <name>Lineup::BackgroundRowEncoder</name>
    <message>
        <source>message %1 could not be read</source>
        <translation>无法读取消息 %1</translation>
    </message>
</context>
<context>
    <name>Lineup::BlindArena</name>
    <message>
        <source>Waiting for every pane to finish before the vote.</source>
        <translation>正在等待所有窗格完成后再投票。</translation>
    </message>
    <message>
        <source>Blind round: ask your question. The answers are labelled %1; which model wrote which is revealed after your vote.</source>
        <translation>盲测回合：请提出你的问题。回答分别标记为 %1；投票后才会揭晓各回答出自哪个模型。</translation>
    </message>
    <message>
        <source>Vote first (keys 1 to %1), then ask the next question.</source>
        <translation>请先投票（按键 1 到 %1），再提出下一个问题。</translation>
    </message>
    <message>
        <source>The next blind round could not start.</source>
        <translation>无法开始下一个盲测回合。</translation>
    </message>
    <message>
        <source>%1&apos;s answer did not complete: retry it in its pane, then vote.</source>
        <translation>%1 的回答未完成：请在其窗格中重试，然后再投票。</translation>
    </message>
    <message>
        <source>%1&apos;s answer names a model or vendor: “%2”. The vote is not blind; it is left out of the leaderboard unless you keep it.</source>
        <translation>%1 的回答提及了模型或厂商：“%2”。此投票并非盲测；除非你选择保留，否则它将从排行榜中排除。</translation>
    </message>
    <message>
        <source>The vote could not be stored: %1</source>
        <translation>无法保存投票：%1</translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation>%1 是 %2</translation>
    </message>
    <message>
        <source>you picked %1</source>
        <translation>你选择了 %1</translation>
    </message>
    <message>
        <source>you called it a tie</source>
        <translation>你判定为平局</translation>
    </message>
    <message>
        <source>you found no answer good</source>
        <translation>你认为没有一个回答是好的</translation>
    </message>
    <message>
        <source> The vote is left out of the leaderboard.</source>
        <translation>此投票已从排行榜中排除。</translation>
    </message>
    <message>
        <source>%1; %2.%3 Ask the next question to start the next round.</source>
        <translation>%1；%2。%3提出下一个问题即可开始下一回合。</translation>
    </message>
    <message>
        <source>This blind round has not been voted on: the answers stay labelled %1 until your vote.</source>
        <translation>此盲测回合尚未投票：在你投票之前，回答将一直标记为 %1。</translation>
    </message>
    <message>
        <source>you ranked them %1 (best first)</source>
        <translation>你的排序为 %1（从好到差）</translation>
    </message>
</context>
<context>
    <name>Lineup::BlindRound</name>
    <message>
        <source>Model %1</source>
        <translation>模型 %1</translation>
    </message>
</context>
<context>
    <name>Lineup::BlindSetupDialog</name>
    <message>
        <source>New Blind Comparison</source>
        <translation>新建盲测对比</translation>
    </message>
    <message>
        <source>Each round asks models drawn at random from this pool, in random panes labelled Model A, Model B…; you vote before you learn which was which.</source>
        <translation>每个回合会从此池中随机抽取模型，放入随机排列、标记为模型 A、模型 B…的窗格中提问；投票之后你才会知道各自是哪个模型。</translation>
    </message>
    <message>
        <source>Models in the pool</source>
        <translation>池中的模型</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>Model to add</source>
        <translation>要添加的模型</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Panes per round</source>
        <translation>每回合窗格数</translation>
    </message>
    <message>
        <source>&amp;Panes per round:</source>
        <translation>每回合窗格数(&amp;P)：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n models in the pool.</source>
        <translation>
            <numerusform>池中有 %n 个模型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick at least %n different models (one per pane).</source>
        <translation>
            <numerusform>请勾选至少 %n 个不同的模型（每个窗格一个）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineup::ChatMessage</name>
    <message>
        <source>&quot;role&quot; must be one of system, developer, user, assistant, tool</source>
        <translation>&quot;role&quot; 必须是 system、developer、user、assistant、tool 之一</translation>
    </message>
    <message>
        <source>&quot;content&quot; must be a string or an array of parts</source>
        <translation>&quot;content&quot; 必须是字符串或部件数组</translation>
    </message>
</context>
<context>
    <name>Lineup::ChatRecorder</name>
    <message>
        <source>there is no conversation %1</source>
        <translation>没有对话 %1</translation>
    </message>
    <message>
        <source>the request was closed before it finished</source>
        <translation>请求在完成前被关闭</translation>
    </message>
</context>
<context>
    <name>Lineup::ChatStream</name>
    <message>
        <source>The network client was closed.</source>
        <translation>网络客户端已关闭。</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>基础 URL &quot;%1&quot; 不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>%1 毫秒内没有应答。</translation>
    </message>
    <message>
        <source>The service sent an empty answer.</source>
        <translation>服务返回了空的应答。</translation>
    </message>
    <message>
        <source>The answer is not a JSON object (%1, content type &quot;%2&quot;).</source>
        <translation>应答不是 JSON 对象（%1，内容类型 &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>the answer body is larger than %1 bytes</source>
        <translation>回答正文超过 %1 字节</translation>
    </message>
    <message>
        <source>the answer nests JSON deeper than %1 levels</source>
        <translation>回答的 JSON 嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>The service does not accept stream_options; the request was sent again without it, so token usage may be missing (estimated).</source>
        <translation>服务不接受 stream_options；已去掉它重新发送请求，因此 token 用量可能缺失（估算）。</translation>
    </message>
</context>
<context>
    <name>Lineup::ChatView</name>
    <message>
        <source>Retry in %1 s</source>
        <translation>%1 秒后重试</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Messages of the current conversation</source>
        <translation>当前对话中的消息</translation>
    </message>
    <message>
        <source>Jump to latest ↓</source>
        <translation>跳到最新 ↓</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow it</source>
        <translation>滚动到最新消息并跟随</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>跳到最新</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>编辑并重新发送</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Fix the problem</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>消息操作</translation>
    </message>
    <message>
        <source>Copy the message text</source>
        <translation>复制消息文本</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>将消息复制为 Markdown</translation>
    </message>
    <message>
        <source>Edit this message and send it again</source>
        <translation>编辑此消息并重新发送</translation>
    </message>
    <message>
        <source>Ask for a new answer</source>
        <translation>请求新的回答</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>删除此消息</translation>
    </message>
    <message>
        <source>Copy selection</source>
        <translation>复制所选内容</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>复制链接地址</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>%1 (click to open)</source>
        <translation>%1（点击打开）</translation>
    </message>
    <message>
        <source>Copy this code block</source>
        <translation>复制此代码块</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>显示或隐藏模型的推理</translation>
    </message>
    <message>
        <source>Show choice %1 of this answer</source>
        <translation>显示此回答的第 %1 个选项</translation>
    </message>
    <message>
        <source>Open the provider settings to fix the key, address or model</source>
        <translation>打开提供商设置以修正密钥、地址或模型</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>再次发送请求</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>正在回答</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Opens in the web browser</source>
        <translation>在网页浏览器中打开</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Copy code block %1</source>
        <translation>复制代码块 %1</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>选项 %1</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Show the answer as its tokens, shaded by how likely each was</source>
        <translation>按 token 显示回答，并按每个 token 的可能性着色</translation>
    </message>
    <message>
        <source>Send the request for this answer again</source>
        <translation>再次发送此回答的请求</translation>
    </message>
</context>
<context>
    <name>Lineup::ChunkAssembler</name>
    <message>
        <source>event %1: invalid JSON at offset %2: %3</source>
        <translation>事件 %1：偏移 %2 处的 JSON 无效：%3</translation>
    </message>
    <message>
        <source>event %1: expected a JSON object, skipped</source>
        <translation>事件 %1：应为 JSON 对象，已跳过</translation>
    </message>
    <message>
        <source>event %1 nests JSON deeper than %2 levels</source>
        <translation>事件 %1 的 JSON 嵌套超过 %2 层</translation>
    </message>
    <message>
        <source>choice %1 has more than %2 characters of text</source>
        <translation>选项 %1 的文本超过 %2 个字符</translation>
    </message>
    <message>
        <source>choice index %1 is outside 0 to %2</source>
        <translation>选项索引 %1 超出 0 到 %2 的范围</translation>
    </message>
    <message>
        <source>tool call index %1 is outside 0 to %2</source>
        <translation>工具调用索引 %1 超出 0 到 %2 的范围</translation>
    </message>
    <message>
        <source>choice %1 has more than %2 tool calls</source>
        <translation>选项 %1 的工具调用超过 %2 个</translation>
    </message>
    <message>
        <source>tool call %1 has more than %2 characters of arguments</source>
        <translation>工具调用 %1 的参数超过 %2 个字符</translation>
    </message>
</context>
<context>
    <name>Lineup::ComparisonJson</name>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must hold %1 to %2 panes</source>
        <translation>必须包含 %1 到 %2 个窗格</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>必须是非负整数</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>two panes have position %1</source>
        <translation>有两个窗格的位置都是 %1</translation>
    </message>
</context>
<context>
    <name>Lineup::ComparisonView</name>
    <message>
        <source>Panels edit this pane only</source>
        <translation>面板仅编辑此窗格</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Add Pane</source>
        <translation>添加窗格</translation>
    </message>
    <message numerus="yes">
        <source>Add a pane (up to %n)</source>
        <translation>
            <numerusform>添加窗格（最多 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced Scrolling</source>
        <translation>同步滚动</translation>
    </message>
    <message>
        <source>Scroll every pane together</source>
        <translation>所有窗格一起滚动</translation>
    </message>
    <message>
        <source>Word Diff</source>
        <translation>逐词差异</translation>
    </message>
    <message>
        <source>Mark what one pane&apos;s answer says that another&apos;s does not</source>
        <translation>标记一个窗格的回答中有而另一个窗格没有的内容</translation>
    </message>
    <message>
        <source>Pane %1 and pane %2</source>
        <translation>窗格 %1 和窗格 %2</translation>
    </message>
    <message>
        <source>No Diff</source>
        <translation>不显示差异</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Show or hide the table of every pane&apos;s figures</source>
        <translation>显示或隐藏所有窗格的数据表</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Copy the summary table as Markdown</source>
        <translation>将摘要表复制为 Markdown</translation>
    </message>
    <message>
        <source>When on, the Parameters and Prompt panels edit the focused pane&apos;s own settings instead of the shared ones</source>
        <translation>开启后，参数面板和提示词面板编辑当前焦点窗格自己的设置，而不是共享设置</translation>
    </message>
    <message>
        <source>Maximise or Restore Pane</source>
        <translation>最大化或还原窗格</translation>
    </message>
    <message numerus="yes">
        <source>A comparison keeps at least %n panes.</source>
        <translation>
            <numerusform>对比至少要保留 %n 个窗格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison · %n panes</source>
        <translation>
            <numerusform>对比 · %n 个窗格</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked what panes %1 and %2 say that the other does not (long answers: the first %3 words).</source>
        <translation>已标记窗格 %1 和 %2 中对方没有的内容（较长的回答只比较前 %3 个词）。</translation>
    </message>
    <message>
        <source>Marked what panes %1 and %2 say that the other does not.</source>
        <translation>已标记窗格 %1 和 %2 中对方没有的内容。</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>（无模型）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Copied the comparison&apos;s figures as Markdown.</source>
        <translation>已将对比的数据复制为 Markdown。</translation>
    </message>
    <message numerus="yes">
        <source>Blind comparison · %n panes</source>
        <translation>
            <numerusform>盲测对比 · %n 个窗格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineup::ComparisonWorkspace</name>
    <message>
        <source>Could not save the comparison: %1</source>
        <translation>无法保存对比：%1</translation>
    </message>
    <message>
        <source>Copied pane %1&apos;s request as a curl command (the key is read from the environment).</source>
        <translation>已将窗格 %1 的请求复制为 curl 命令（密钥从环境变量读取）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Could not save the conversation: %1</source>
        <translation>无法保存对话：%1</translation>
    </message>
</context>
<context>
    <name>Lineup::Composer</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Write a message. Paste or drop images to attach them.</source>
        <translation>输入消息。粘贴或拖放图片即可附加。</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>附件提示</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>Attach images (you can also paste or drop them)</source>
        <translation>附加图片（也可以粘贴或拖放）</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending replaces it and every message after it.</source>
        <translation>正在编辑之前的消息。发送后将替换它及其后的所有消息。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Keep the conversation as it is (Esc)</source>
        <translation>保持对话不变（Esc）</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>图片 %1</translation>
    </message>
    <message>
        <source>Message the model — Ctrl+Enter to send, Enter for a new line</source>
        <translation>给模型发消息 — Ctrl+Enter 发送，Enter 换行</translation>
    </message>
    <message>
        <source>Message the model — Enter to send, Shift+Enter for a new line</source>
        <translation>给模型发消息 — Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer, keeping what arrived (Esc)</source>
        <translation>停止回答，保留已收到的内容（Esc）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>发送消息（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>发送消息（Enter）</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MB; services refuse images that big. Attach a smaller version.</source>
        <translation>“%1”大于 20 MB；服务不接受这么大的图片。请附加较小的版本。</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not an image Lineup can read. Use PNG, JPEG, GIF or WebP.</source>
        <translation>“%1”不是 Lineup 能读取的图片。请使用 PNG、JPEG、GIF 或 WebP。</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MB; services refuse images that big.</source>
        <translation>“%1”大于 20 MB；服务不接受这么大的图片。</translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation>已附加的图片 %1</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 px</source>
        <translation>%1 — %2 × %3 像素</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>Auto detail</source>
        <translation>细节：自动</translation>
    </message>
    <message>
        <source>Low detail</source>
        <translation>细节：低</translation>
    </message>
    <message>
        <source>High detail</source>
        <translation>细节：高</translation>
    </message>
    <message>
        <source>Image detail</source>
        <translation>图片细节</translation>
    </message>
    <message>
        <source>How closely the model looks at this image: low is faster and cheaper, high reads fine print, auto lets the model decide</source>
        <translation>模型查看此图片的精细程度：低更快更便宜，高能看清小字，自动由模型决定</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>移除此图片</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>Estimate of the next request</source>
        <translation>下一次请求的估算</translation>
    </message>
    <message>
        <source>Estimated tokens</source>
        <translation>估算 token 数</translation>
    </message>
    <message>
        <source>≈ %1 tokens</source>
        <translation>≈ %1 个 token</translation>
    </message>
    <message>
        <source>Estimate: low detail costs 85 tokens.</source>
        <translation>估算：低细节消耗 85 个 token。</translation>
    </message>
    <message>
        <source>Estimate by OpenAI&apos;s rule: scaled to fit 2048 × 2048, then to 768 px on the short side; 170 tokens per 512-px tile plus 85. Auto is counted as high.</source>
        <translation>按 OpenAI 的规则估算：先缩放到 2048 × 2048 以内，再将短边缩放到 768 px；每个 512 px 图块 170 个 token，另加 85。自动按高计算。</translation>
    </message>
</context>
<context>
    <name>Lineup::ConnectionTester</name>
    <message>
        <source>Connected: 1 model available (%1 s)</source>
        <translation>已连接：有 1 个可用模型（%1 秒）</translation>
    </message>
    <message>
        <source>Connected: %1 models available (%2 s)</source>
        <translation>已连接：有 %1 个可用模型（%2 秒）</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not understood. Write http://host:port, socks5://host:port, &quot;none&quot; for a direct connection, or leave it empty for the system proxy.</source>
        <translation>无法识别代理 &quot;%1&quot;。请填写 http://host:port、socks5://host:port，直接连接填 &quot;none&quot;，留空则使用系统代理。</translation>
    </message>
</context>
<context>
    <name>Lineup::ContentPart</name>
    <message>
        <source>a text part has no &quot;text&quot; string</source>
        <translation>文本部件没有 &quot;text&quot; 字符串</translation>
    </message>
    <message>
        <source>an image part has no &quot;image_url.url&quot;</source>
        <translation>图片部件没有 &quot;image_url.url&quot;</translation>
    </message>
    <message>
        <source>an image data: URL is not base64-encoded</source>
        <translation>图片的 data: URL 不是 base64 编码</translation>
    </message>
    <message>
        <source>an image data: URL holds invalid base64</source>
        <translation>图片的 data: URL 包含无效的 base64</translation>
    </message>
    <message>
        <source>unknown content part type &quot;%1&quot;</source>
        <translation>未知的内容部件类型 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationExporter</name>
    <message>
        <source>there is no conversation %1</source>
        <translation>没有对话 %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>提供商：%1</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n models</source>
        <translation>
            <numerusform>%n 个模型的对比</numerusform>
        </translation>
    </message>
    <message>
        <source>comparison %1 cannot be read: %2</source>
        <translation>无法读取对比 %1：%2</translation>
    </message>
    <message>
        <source>conversation %1 is a blind comparison not voted on yet: vote on it in Lineup first (an export would name its models)</source>
        <translation>对话 %1 是尚未投票的盲测对比：请先在 Lineup 中投票（导出会暴露其模型名称）</translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationImporter</name>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1（导入 %2）</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1: nothing was imported: the history database refused the write: %2</source>
        <translation>%1：未导入任何内容：历史数据库拒绝写入：%2</translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationListPanel</name>
    <message>
        <source>1 message</source>
        <translation>1 条消息</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 条消息</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>搜索所有对话</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Find messages in every conversation; every word must match</source>
        <translation>在所有对话中查找消息；每个词都必须匹配</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <source>Your conversations. Right-click to rename, pin or delete.</source>
        <translation>你的对话。右键单击可重命名、置顶或删除。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Messages that match the search; open one to jump to it</source>
        <translation>与搜索匹配的消息；打开即可跳转</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Bring the deleted conversation back</source>
        <translation>恢复已删除的对话</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1
Last changed %2 · %3</source>
        <translation>%1
最后修改于 %2 · %3</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>没有与“%1”匹配的消息。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Conversations…</source>
        <translation>
            <numerusform>导出 %n 个对话…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panes</source>
        <translation>
            <numerusform>%n 个窗格</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · blind, not voted yet</source>
        <translation>%1 · 盲测，尚未投票</translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationParser</name>
    <message>
        <source>must be &quot;conversation&quot; or &quot;comparison&quot;</source>
        <translation>必须是 &quot;conversation&quot; 或 &quot;comparison&quot;</translation>
    </message>
    <message>
        <source>must be a request body object</source>
        <translation>必须是请求体对象</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>%1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>neither a Lineup export (no &quot;format&quot;) nor an OpenAI request body (no &quot;messages&quot;)</source>
        <translation>既不是 Lineup 导出文件（没有 &quot;format&quot;），也不是 OpenAI 请求体（没有 &quot;messages&quot;）</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a positive integer</source>
        <translation>必须是正整数</translation>
    </message>
    <message>
        <source>version %1 is newer than this Lineup reads (%2); update Lineup</source>
        <translation>版本 %1 比此 Lineup 能读取的版本（%2）更新；请更新 Lineup</translation>
    </message>
</context>
<context>
    <name>Lineup::ConversationStore</name>
    <message>
        <source>cannot create the data directory &quot;%1&quot;; choose another one with --data-dir or LINEUP_DATA_DIR</source>
        <translation>无法创建数据目录 &quot;%1&quot;；请用 --data-dir 或 LINEUP_DATA_DIR 另选一个</translation>
    </message>
    <message>
        <source>cannot open the history database &quot;%1&quot;: %2</source>
        <translation>无法打开历史数据库 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>cannot use the history database &quot;%1&quot;: %2</source>
        <translation>无法使用历史数据库 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>Lineup ended while this answer was streaming</source>
        <translation>Lineup 在此回答流式传输时退出了</translation>
    </message>
    <message>
        <source>cannot recover interrupted answers in &quot;%1&quot;: %2</source>
        <translation>无法恢复 &quot;%1&quot; 中被中断的回答：%2</translation>
    </message>
    <message>
        <source>there is no conversation %1</source>
        <translation>没有对话 %1</translation>
    </message>
    <message>
        <source>conversation %1 is not deleted</source>
        <translation>对话 %1 未被删除</translation>
    </message>
    <message>
        <source>there is no message %1</source>
        <translation>没有消息 %1</translation>
    </message>
    <message>
        <source>a comparison has %1 to %2 panes, not %3</source>
        <translation>对比有 %1 到 %2 个窗格，而不是 %3 个</translation>
    </message>
    <message>
        <source>conversation %1 is not a comparison</source>
        <translation>对话 %1 不是对比</translation>
    </message>
    <message>
        <source>a comparison has at most %1 panes</source>
        <translation>对比最多有 %1 个窗格</translation>
    </message>
    <message>
        <source>conversation %1 is not a pane of comparison %2</source>
        <translation>对话 %1 不是对比 %2 的窗格</translation>
    </message>
    <message>
        <source>conversation %1 is not a pane of a comparison</source>
        <translation>对话 %1 不是对比的窗格</translation>
    </message>
    <message>
        <source>a comparison keeps at least %1 panes</source>
        <translation>对比至少要保留 %1 个窗格</translation>
    </message>
    <message>
        <source>there is no comparison %1</source>
        <translation>没有对比 %1</translation>
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
        <translation>OpenAI 请求体 (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>There is no saved conversation to export yet.</source>
        <translation>还没有可导出的已保存对话。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported the conversation to %1.</source>
        <translation>已将对话导出到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversations to %1.</source>
        <translation>
            <numerusform>已将 %n 个对话导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message>
        <source>%1

The files before this one were imported.</source>
        <translation>%1

此文件之前的文件已导入。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Imported 1 conversation.</source>
        <translation>已导入 1 个对话。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversations.</source>
        <translation>
            <numerusform>已导入 %n 个对话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>导出对话</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Conversations</source>
        <translation>
            <numerusform>导出 %n 个对话</numerusform>
        </translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Import Conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>Lineup JSON or OpenAI request bodies (*.json)</source>
        <translation>Lineup JSON 或 OpenAI 请求体 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Vote First</source>
        <translation>请先投票</translation>
    </message>
    <message>
        <source>“%1” is a blind comparison not voted on yet: open it and vote, then export it. An export now would name its models.</source>
        <translation>“%1”是尚未投票的盲测对比：请打开并投票后再导出。现在导出会暴露其模型名称。</translation>
    </message>
</context>
<context>
    <name>Lineup::DialogLauncher</name>
    <message>
        <source>About Lineup</source>
        <translation>关于 Lineup</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lineup %1&lt;/b&gt;&lt;br&gt;A native playground for OpenAI-compatible chat APIs.</source>
        <translation>&lt;b&gt;Lineup %1&lt;/b&gt;&lt;br&gt;面向 OpenAI 兼容聊天 API 的原生试验场。</translation>
    </message>
</context>
<context>
    <name>Lineup::EmptyState</name>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>What would you like to ask?</source>
        <translation>你想问什么？</translation>
    </message>
    <message>
        <source>Ctrl+K choose a model · Ctrl+N new chat · Ctrl+F find · paste or drop images to attach them</source>
        <translation>Ctrl+K 选择模型 · Ctrl+N 新聊天 · Ctrl+F 查找 · 粘贴或拖放图片即可附加</translation>
    </message>
    <message>
        <source>Your message goes to %1 on %2.</source>
        <translation>你的消息将发送到 %2 上的 %1。</translation>
    </message>
    <message>
        <source>Messages go to %1. Choose a model on the right (Ctrl+K) to start.</source>
        <translation>消息将发送到 %1。在右侧选择模型（Ctrl+K）即可开始。</translation>
    </message>
    <message>
        <source>Compare Models</source>
        <translation>对比模型</translation>
    </message>
    <message>
        <source>Ask several models the same question at once (Ctrl+Shift+N)</source>
        <translation>同时向多个模型提出同一个问题（Ctrl+Shift+N）</translation>
    </message>
</context>
<context>
    <name>Lineup::Endpoint</name>
    <message>
        <source>%1 uses http:// to a host that is not this computer: the API key and the conversation travel unencrypted and can be read on the network. Use https:// unless you trust every network in between.</source>
        <translation>%1 使用 http:// 连接到非本机的主机：API 密钥和对话将以未加密方式传输，可能在网络上被读取。除非你信任途经的每个网络，否则请使用 https://。</translation>
    </message>
</context>
<context>
    <name>Lineup::FiguresTable</name>
    <message>
        <source>Comparison summary</source>
        <translation>对比摘要</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>★ and bold: the best value of the figure among the panes</source>
        <translation>★ 和粗体：各窗格中该项数据的最佳值</translation>
    </message>
    <message>
        <source>Best %1</source>
        <translation>%1 最佳</translation>
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
        <translation>首个 token</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>总用时</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>提示 token</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>补全 token</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>推理 token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 token/秒</translation>
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
        <translation>失败</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>流式传输中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>首个 token %1</translation>
    </message>
    <message>
        <source>%1 → %2 tokens</source>
        <translation>%1 → %2 token</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>推理 %1</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>尚无回答</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation>schema：%1</translation>
    </message>
</context>
<context>
    <name>Lineup::FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>在对话中查找</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>查找文本</translation>
    </message>
    <message>
        <source>Text to find in this conversation (Enter: next, Shift+Enter: previous)</source>
        <translation>要在此对话中查找的文本（Enter：下一个，Shift+Enter：上一个）</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>Lineup::HttpResponseParser</name>
    <message>
        <source>The connection closed before the service answered.</source>
        <translation>服务应答之前连接已关闭。</translation>
    </message>
    <message>
        <source>The connection closed in the middle of the response head.</source>
        <translation>连接在响应头中途关闭。</translation>
    </message>
    <message>
        <source>The connection closed before the whole response arrived.</source>
        <translation>完整响应到达之前连接已关闭。</translation>
    </message>
    <message>
        <source>The response head is larger than %1 bytes.</source>
        <translation>响应头超过 %1 字节。</translation>
    </message>
    <message>
        <source>The service did not answer with HTTP/1.1 (the first line was &quot;%1&quot;).</source>
        <translation>服务没有以 HTTP/1.1 应答（第一行是 &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>The response has a malformed header line.</source>
        <translation>响应中有格式错误的头部行。</translation>
    </message>
    <message>
        <source>The response uses a transfer coding Lineup does not read (&quot;%1&quot;).</source>
        <translation>响应使用了 Lineup 无法读取的传输编码（&quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>The response names two different Content-Length values.</source>
        <translation>响应给出了两个不同的 Content-Length 值。</translation>
    </message>
    <message>
        <source>The response has an invalid Content-Length (&quot;%1&quot;).</source>
        <translation>响应的 Content-Length 无效（&quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>A chunk-size line of the response is longer than %1 bytes.</source>
        <translation>响应的分块大小行超过 %1 字节。</translation>
    </message>
    <message>
        <source>The response has an invalid chunk size.</source>
        <translation>响应的分块大小无效。</translation>
    </message>
    <message>
        <source>A chunk of the response is longer than its declared size.</source>
        <translation>响应中的一个分块比声明的大小更长。</translation>
    </message>
    <message>
        <source>The response&apos;s trailers are larger than %1 bytes.</source>
        <translation>响应的尾部字段超过 %1 字节。</translation>
    </message>
</context>
<context>
    <name>Lineup::Icons</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>Lineup::JsonEditor</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>Lineup::KeyResolver</name>
    <message>
        <source>%1 Using %2 from the environment instead.</source>
        <translation>%1 改为使用环境变量中的 %2。</translation>
    </message>
    <message>
        <source>No API key for %1 (profile %2). Store one with `lineup-cli keys set %2`.</source>
        <translation>%1（配置 %2）没有 API 密钥。请用 `lineup-cli keys set %2` 保存一个。</translation>
    </message>
    <message>
        <source>No API key for %1 (profile %2). Store one with `lineup-cli keys set %2` or set the environment variable %3.</source>
        <translation>%1（配置 %2）没有 API 密钥。请用 `lineup-cli keys set %2` 保存一个，或设置环境变量 %3。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>系统钥匙串未在 %1 秒内应答。</translation>
    </message>
</context>
<context>
    <name>Lineup::KeyStore</name>
    <message>
        <source>No key named &quot;%1&quot; is stored in the system keychain.</source>
        <translation>系统钥匙串中没有名为 &quot;%1&quot; 的密钥。</translation>
    </message>
    <message>
        <source>No system keychain (Secret Service) is available: %1.</source>
        <translation>没有可用的系统钥匙串（Secret Service）：%1。</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock your keyring and try again.</source>
        <translation>系统钥匙串拒绝访问（%1）。请解锁你的密钥环后重试。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1.</source>
        <translation>系统钥匙串出错：%1。</translation>
    </message>
    <message>
        <source>This profile has no keychain entry name, so no key can be stored for it.</source>
        <translation>此配置没有钥匙串条目名称，因此无法为它保存密钥。</translation>
    </message>
</context>
<context>
    <name>Lineup::LanguageSetting</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of Lineup&apos;s menus and messages; applies when Lineup starts again</source>
        <translation>Lineup 菜单和消息的语言；下次启动 Lineup 时生效</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Applies when Lineup starts again.</source>
        <translation>下次启动 Lineup 时生效。</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>语言提示</translation>
    </message>
</context>
<context>
    <name>Lineup::LeaderboardTableModel</name>
    <message numerus="yes">
        <source>Rank %1: %n models lie entirely above this one&apos;s 95% interval.</source>
        <translation>
            <numerusform>排名 %1：有 %n 个模型的 95% 区间完全高于此模型的区间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shares rank %1 with %2: the votes cannot tell them apart yet.</source>
        <translation>与 %2 并列排名 %1：目前的投票还无法区分它们。</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1（并列）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>95% of the ratings fitted to resamples of the votes lie between %1 and %2.</source>
        <translation>根据投票重采样拟合的评分中，有 95% 位于 %1 和 %2 之间。</translation>
    </message>
    <message>
        <source>Tie and both-bad votes</source>
        <translation>平局和“都不好”的投票</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票数</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>胜</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>负</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>1 + the number of models whose 95% interval lies entirely above this one&apos;s</source>
        <translation>1 + 95% 区间完全高于此模型区间的模型数</translation>
    </message>
    <message>
        <source>Bradley-Terry fit on the Elo scale: 400 points mean 10:1 odds, the mean is 1000</source>
        <translation>Elo 尺度上的 Bradley-Terry 拟合：相差 400 分表示 10:1 的胜率比，平均值为 1000</translation>
    </message>
</context>
<context>
    <name>Lineup::LeaderboardWindow</name>
    <message>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>截止日期(&amp;U)</translation>
    </message>
    <message>
        <source>Count &amp;flagged votes that were kept</source>
        <translation>计入已保留的标记投票(&amp;F)</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Count only the votes with this tag</source>
        <translation>仅计入带有此标签的投票</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Count only the votes cast on or after this day</source>
        <translation>仅计入在此日期当天或之后投出的投票</translation>
    </message>
    <message>
        <source>Count only the votes cast on or before this day</source>
        <translation>仅计入在此日期当天或之前投出的投票</translation>
    </message>
    <message>
        <source>Votes on answers that named a model or vendor count when they were kept at the vote; clear this to leave every such vote out, as public arenas do</source>
        <translation>对提及了模型或厂商名称的回答的投票，若在投票时选择了保留，则会被计入；取消勾选可像公开竞技场那样排除所有此类投票</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Win rate of the row&apos;s model against the column&apos;s</source>
        <translation>行模型对列模型的胜率</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>No counted votes match the filters. Vote in a blind comparison (File ▸ New Blind Comparison) to fill the leaderboard.</source>
        <translation>没有符合筛选条件的计入投票。在盲测对比中投票（文件 ▸ 新建盲测对比）即可填充排行榜。</translation>
    </message>
    <message numerus="yes">
        <source>%n votes counted. Ratings: Bradley-Terry fit on the Elo scale (mean 1000); intervals: 95% of 200 bootstrap resamples; models whose intervals overlap share a rank.</source>
        <translation>
            <numerusform>计入的投票：%n 条。评分：Elo 尺度上的 Bradley-Terry 拟合（平均 1000）；区间：200 次 bootstrap 重采样的 95%；区间重叠的模型并列排名。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineup::MainWindow</name>
    <message>
        <source>Conversations cannot be saved: %1. Chats work but are lost when Lineup closes.</source>
        <translation>无法保存对话：%1。聊天仍可使用，但关闭 Lineup 后会丢失。</translation>
    </message>
    <message>
        <source>There is no provider profile “%1”. Use one of the profiles in Settings, or --base-url.</source>
        <translation>没有提供商配置“%1”。请使用设置中的某个配置，或使用 --base-url。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>新聊天(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>开始新对话</translation>
    </message>
    <message>
        <source>&amp;Providers and Keys…</source>
        <translation>提供商和密钥(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copy &amp;Last Answer</source>
        <translation>复制最后的回答(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>在对话中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Search All Conversations…</source>
        <translation>搜索所有对话(&amp;S)…</translation>
    </message>
    <message>
        <source>Focus &amp;Composer</source>
        <translation>聚焦输入框(&amp;C)</translation>
    </message>
    <message>
        <source>Send with Ctrl+&amp;Enter</source>
        <translation>用 Ctrl+Enter 发送(&amp;E)</translation>
    </message>
    <message>
        <source>When on, Enter starts a new line and Ctrl+Enter sends</source>
        <translation>开启后，Enter 换行，Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Choose &amp;Model…</source>
        <translation>选择模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>显示或隐藏 %1 面板</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lineup</source>
        <translation>关于 Lineup(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>导出对话(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this conversation as Lineup JSON, an OpenAI request or Markdown</source>
        <translation>将此对话保存为 Lineup JSON、OpenAI 请求或 Markdown</translation>
    </message>
    <message>
        <source>Export &amp;All Conversations…</source>
        <translation>导出所有对话(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Conversations…</source>
        <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
        <source>Add conversations from Lineup JSON or OpenAI request bodies</source>
        <translation>从 Lineup JSON 或 OpenAI 请求体添加对话</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒后重试（第 %3 次）。</translation>
    </message>
    <message>
        <source>Could not save the conversation: %1</source>
        <translation>无法保存对话：%1</translation>
    </message>
    <message>
        <source>Choose a model first (Ctrl+K), then send again.</source>
        <translation>请先选择模型（Ctrl+K），然后再次发送。</translation>
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
        <translation>已复制最后的回答。</translation>
    </message>
    <message>
        <source>There is no answer to copy yet.</source>
        <translation>还没有可复制的回答。</translation>
    </message>
    <message>
        <source>&amp;Stop Answer</source>
        <translation>停止回答(&amp;S)</translation>
    </message>
    <message>
        <source>%1 needs an API key: add it in File → Providers and Keys (Ctrl+,), or choose another service in the status bar.</source>
        <translation>%1 需要 API 密钥：请在“文件 → 提供商和密钥”（Ctrl+,）中添加，或在状态栏中选择其他服务。</translation>
    </message>
    <message>
        <source>This window uses %1 from the command line (--base-url). Save it as a profile to change its address or key, then choose it in the status bar.</source>
        <translation>此窗口使用命令行指定的 %1（--base-url）。要更改其地址或密钥，请将其保存为配置，然后在状态栏中选择。</translation>
    </message>
    <message>
        <source>The pane&apos;s history is now a conversation of its own.</source>
        <translation>此窗格的历史现已成为一个独立的对话。</translation>
    </message>
    <message>
        <source>Some panes are still answering: stop them (Esc) or wait.</source>
        <translation>还有窗格正在回答：请停止它们（Esc）或等待。</translation>
    </message>
    <message>
        <source>New comparison</source>
        <translation>新建对比</translation>
    </message>
    <message>
        <source>New &amp;Comparison</source>
        <translation>新建对比(&amp;C)</translation>
    </message>
    <message>
        <source>Ask several models the same question side by side</source>
        <translation>向多个模型提出同一个问题，并排对比回答</translation>
    </message>
    <message>
        <source>New &amp;Blind Comparison…</source>
        <translation>新建盲测对比(&amp;B)…</translation>
    </message>
    <message>
        <source>Vote between models without knowing which answered</source>
        <translation>在不知道是哪个模型回答的情况下为模型投票</translation>
    </message>
    <message>
        <source>&amp;Leaderboard</source>
        <translation>排行榜(&amp;L)</translation>
    </message>
    <message>
        <source>Rank the models by your blind votes</source>
        <translation>根据你的盲测投票为模型排名</translation>
    </message>
    <message>
        <source>Vote first: an export would name the models.</source>
        <translation>请先投票：导出会暴露模型名称。</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n blind comparisons not voted on yet.</source>
        <translation>
            <numerusform>已略过 %n 个尚未投票的盲测对比。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineup::MessageLayout</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
    <message>
        <source>Open provider settings</source>
        <translation>打开提供商设置</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Attached image</source>
        <translation>已附加的图片</translation>
    </message>
    <message>
        <source>Image (not loaded): %1</source>
        <translation>图片（未加载）：%1</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>工具调用</translation>
    </message>
    <message>
        <source>Tool call: %1</source>
        <translation>工具调用：%1</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>正在输出…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>已中断：%1</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>请求失败。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Finish: %1</source>
        <translation>结束原因：%1</translation>
    </message>
    <message>
        <source>%1 prompt</source>
        <translation>提示 %1</translation>
    </message>
    <message>
        <source>%1 completion</source>
        <translation>补全 %1</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>缓存 %1</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>推理 %1</translation>
    </message>
    <message>
        <source>Tokens: %1</source>
        <translation>Token：%1</translation>
    </message>
    <message>
        <source>First token %1 s</source>
        <translation>首个 token %1 秒</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>选项 %1</translation>
    </message>
    <message>
        <source>Reasoning (thinking…)</source>
        <translation>推理（思考中…）</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schema：%1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…还有 %1 项</translation>
    </message>
    <message>
        <source>Show the answer exactly as it was received</source>
        <translation>按接收时的原样显示回答</translation>
    </message>
    <message>
        <source>Show the answer indented, one member per line (only spaces change)</source>
        <translation>缩进显示回答，每行一个成员（只改变空白）</translation>
    </message>
    <message>
        <source>Select the part of the answer this points at</source>
        <translation>选中回答中此项所指的部分</translation>
    </message>
    <message>
        <source>Show pretty JSON</source>
        <translation>显示格式化的 JSON</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>显示原始 JSON</translation>
    </message>
    <message>
        <source>Tool calls dropped</source>
        <translation>工具调用已丢弃</translation>
    </message>
</context>
<context>
    <name>Lineup::ModelInfo</name>
    <message>
        <source>The model list is not valid JSON (%1 at offset %2).</source>
        <translation>模型列表不是有效的 JSON（偏移 %2 处：%1）。</translation>
    </message>
    <message>
        <source>The model list has neither a &quot;data&quot; nor a &quot;models&quot; array: the base URL may not point at an OpenAI-compatible service.</source>
        <translation>模型列表中既没有 &quot;data&quot; 数组也没有 &quot;models&quot; 数组：基础 URL 可能没有指向 OpenAI 兼容服务。</translation>
    </message>
    <message>
        <source>The model list nests JSON deeper than %1 levels.</source>
        <translation>模型列表的 JSON 嵌套超过 %1 层。</translation>
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
        <translation>免费</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>所有者：%1</translation>
    </message>
    <message>
        <source>Context window: %1 tokens</source>
        <translation>上下文窗口：%1 token</translation>
    </message>
    <message>
        <source>Input: %1 per million tokens</source>
        <translation>输入：每百万 token %1</translation>
    </message>
    <message>
        <source>Output: %1 per million tokens</source>
        <translation>输出：每百万 token %1</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>%1, favourite</source>
        <translation>%1，已收藏</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>In $/M</source>
        <translation>输入 $/M</translation>
    </message>
    <message>
        <source>Out $/M</source>
        <translation>输出 $/M</translation>
    </message>
    <message>
        <source>Model id as the service names it</source>
        <translation>服务所用的模型 ID</translation>
    </message>
    <message>
        <source>Context window in tokens</source>
        <translation>以 token 计的上下文窗口</translation>
    </message>
    <message>
        <source>Price in US dollars per million prompt tokens</source>
        <translation>每百万提示 token 的价格（美元）</translation>
    </message>
    <message>
        <source>Price in US dollars per million completion tokens</source>
        <translation>每百万补全 token 的价格（美元）</translation>
    </message>
</context>
<context>
    <name>Lineup::ModelMenu</name>
    <message>
        <source>Type a model name, Enter to use it</source>
        <translation>输入模型名称，按 Enter 使用</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>Loading the model list…</source>
        <translation>正在加载模型列表…</translation>
    </message>
    <message>
        <source>No model list: type a name above</source>
        <translation>没有模型列表：请在上方输入名称</translation>
    </message>
    <message numerus="yes">
        <source>%n more: type a name above</source>
        <translation>
            <numerusform>还有 %n 个：请在上方输入名称</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineup::ModelPanel</name>
    <message>
        <source>Search or type a model id</source>
        <translation>搜索或输入模型 ID</translation>
    </message>
    <message>
        <source>Model search</source>
        <translation>模型搜索</translation>
    </message>
    <message>
        <source>Filter the list as you type (Ctrl+K). Enter picks the only match, or uses the text as a model id when it is not in the list.</source>
        <translation>随输入筛选列表（Ctrl+K）。按 Enter 选择唯一匹配项；若不在列表中，则将文本用作模型 ID。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh model list</source>
        <translation>刷新模型列表</translation>
    </message>
    <message>
        <source>Ask the service again for the models your key can use</source>
        <translation>重新向服务查询你的密钥可用的模型</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Mark the selected model as a favourite; favourites are listed first</source>
        <translation>收藏所选模型；收藏的模型排在最前</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model list status</source>
        <translation>模型列表状态</translation>
    </message>
    <message>
        <source>No service selected.</source>
        <translation>未选择服务。</translation>
    </message>
    <message>
        <source>1 model available.</source>
        <translation>有 1 个可用模型。</translation>
    </message>
    <message>
        <source>%1 models available.</source>
        <translation>有 %1 个可用模型。</translation>
    </message>
    <message>
        <source>Loading models from %1…</source>
        <translation>正在从 %1 加载模型…</translation>
    </message>
    <message>
        <source>Could not load the model list: %1 You can still type a model id.</source>
        <translation>无法加载模型列表：%1 你仍可直接输入模型 ID。</translation>
    </message>
    <message>
        <source>Remove %1 from favourites</source>
        <translation>从收藏中移除 %1</translation>
    </message>
    <message>
        <source>Click or press Enter to use a model</source>
        <translation>单击或按 Enter 使用模型</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>设置价格</translation>
    </message>
    <message>
        <source>Set the price (USD per 1M tokens) and context length of the selected model, or of the one in use, in your price table</source>
        <translation>在价格表中设置所选模型（或正在使用的模型）的价格（每百万 token 的美元价格）和上下文长度</translation>
    </message>
    <message>
        <source>No model matches “%1”. Enter uses it as a model id.</source>
        <translation>没有与“%1”匹配的模型。按 Enter 将其用作模型 ID。</translation>
    </message>
    <message>
        <source>1 of %1 models matches.</source>
        <translation>%1 个模型中有 1 个匹配。</translation>
    </message>
    <message>
        <source>%1 of %2 models match.</source>
        <translation>%2 个模型中有 %1 个匹配。</translation>
    </message>
</context>
<context>
    <name>Lineup::PaneEndpoints</name>
    <message>
        <source>There is no provider profile “%1”.</source>
        <translation>没有提供商配置“%1”。</translation>
    </message>
</context>
<context>
    <name>Lineup::PaneWidget</name>
    <message>
        <source>Comparison pane</source>
        <translation>对比窗格</translation>
    </message>
    <message>
        <source>Choose this pane&apos;s model and service</source>
        <translation>选择此窗格的模型和服务</translation>
    </message>
    <message>
        <source>Pane model</source>
        <translation>窗格模型</translation>
    </message>
    <message>
        <source>Stop this pane&apos;s answer</source>
        <translation>停止此窗格的回答</translation>
    </message>
    <message>
        <source>Ask this pane&apos;s model again</source>
        <translation>再次询问此窗格的模型</translation>
    </message>
    <message>
        <source>Retry this pane&apos;s failed answer</source>
        <translation>重试此窗格失败的回答</translation>
    </message>
    <message>
        <source>Maximise this pane (Ctrl+Shift+M)</source>
        <translation>最大化此窗格（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>More for this pane</source>
        <translation>此窗格的更多操作</translation>
    </message>
    <message>
        <source>Remove this pane</source>
        <translation>移除此窗格</translation>
    </message>
    <message>
        <source>Continue with This Model</source>
        <translation>用此模型继续</translation>
    </message>
    <message>
        <source>Open this pane&apos;s history as an ordinary conversation</source>
        <translation>将此窗格的历史作为普通对话打开</translation>
    </message>
    <message>
        <source>Copy Request as curl</source>
        <translation>将请求复制为 curl</translation>
    </message>
    <message>
        <source>Pane answers</source>
        <translation>窗格回答</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <source>%1 on %2. Click to choose another model or service.</source>
        <translation>%2 上的 %1。点击可选择其他模型或服务。</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>shared settings · %1</source>
        <translation>共享设置 · %1</translation>
    </message>
    <message>
        <source>own %1 · %2</source>
        <translation>自定义 %1 · %2</translation>
    </message>
    <message>
        <source>Comparison pane %1</source>
        <translation>对比窗格 %1</translation>
    </message>
    <message>
        <source>Show all panes again (Ctrl+Shift+M)</source>
        <translation>重新显示所有窗格（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Which model answers here stays hidden until you vote</source>
        <translation>在此回答的模型在你投票之前保持隐藏</translation>
    </message>
    <message>
        <source>hidden until you vote</source>
        <translation>投票前隐藏</translation>
    </message>
</context>
<context>
    <name>Lineup::ParameterCatalog</name>
    <message>
        <source>Sampling temperature: higher values make the answer more varied, lower values more focused; change this or top_p, not both.</source>
        <translation>采样温度：值越高回答越多样，越低越集中；请只修改它或 top_p 之一，不要同时修改。</translation>
    </message>
    <message>
        <source>Nucleus sampling: only tokens within this cumulative probability mass are considered.</source>
        <translation>核采样：只考虑累计概率在此范围内的 token。</translation>
    </message>
    <message>
        <source>How many alternative answers (choices) to generate.</source>
        <translation>要生成的备选回答（选项）数量。</translation>
    </message>
    <message>
        <source>Up to 4 sequences at which the model stops generating; a single string or a list of strings.</source>
        <translation>最多 4 个停止序列，模型遇到时停止生成；可以是单个字符串或字符串列表。</translation>
    </message>
    <message>
        <source>Legacy upper limit on generated tokens; newer OpenAI models use max_completion_tokens instead.</source>
        <translation>生成 token 数的旧版上限；较新的 OpenAI 模型改用 max_completion_tokens。</translation>
    </message>
    <message>
        <source>Upper limit on generated tokens, counting visible output and reasoning tokens (GPT-4.1, GPT-5 and o-series).</source>
        <translation>生成 token 数上限，包括可见输出和推理 token（GPT-4.1、GPT-5 和 o 系列）。</translation>
    </message>
    <message>
        <source>Positive values penalise tokens that already appeared, nudging the model towards new topics.</source>
        <translation>正值会惩罚已出现过的 token，引导模型转向新话题。</translation>
    </message>
    <message>
        <source>Positive values penalise tokens by how often they already appeared, reducing verbatim repetition.</source>
        <translation>正值会按 token 已出现的次数进行惩罚，减少逐字重复。</translation>
    </message>
    <message>
        <source>Maps token ids to a bias from -100 (ban) to 100 (force) added to their likelihood.</source>
        <translation>将 token ID 映射到一个从 -100（禁止）到 100（强制）的偏置值，加到其可能性上。</translation>
    </message>
    <message>
        <source>Best-effort determinism: repeated requests with the same seed should return the same answer (compare system_fingerprint).</source>
        <translation>尽力保证确定性：使用相同 seed 的重复请求应返回相同回答（可比较 system_fingerprint）。</translation>
    </message>
    <message>
        <source>An id for your end user that helps the service detect abuse.</source>
        <translation>你的终端用户 ID，帮助服务检测滥用。</translation>
    </message>
    <message>
        <source>Forces JSON output: json_object guarantees valid JSON, a strict json_schema guarantees the given schema.</source>
        <translation>强制 JSON 输出：json_object 保证有效的 JSON，严格的 json_schema 保证符合给定的 schema。</translation>
    </message>
    <message>
        <source>Functions the model may call, each with a name, a description and a JSON Schema for its arguments.</source>
        <translation>模型可调用的函数，每个都有名称、描述和参数的 JSON Schema。</translation>
    </message>
    <message>
        <source>Whether the model may call tools (auto), must not (none), must call one (required), or must call a named function.</source>
        <translation>模型可以调用工具（auto）、不得调用（none）、必须调用一个（required），还是必须调用指定的函数。</translation>
    </message>
    <message>
        <source>Return the log probability of each generated token.</source>
        <translation>返回每个生成 token 的对数概率。</translation>
    </message>
    <message>
        <source>How many most likely alternatives to return for each token position; needs logprobs.</source>
        <translation>每个 token 位置返回多少个最可能的候选；需要 logprobs。</translation>
    </message>
    <message>
        <source>How much a reasoning model thinks before answering (o-series and GPT-5.1 or newer).</source>
        <translation>推理模型在回答前思考的程度（o 系列和 GPT-5.1 或更新版本）。</translation>
    </message>
    <message>
        <source>Processing tier: flex is cheaper and slower, priority faster and dearer, auto lets the service decide.</source>
        <translation>处理层级：flex 更便宜但更慢，priority 更快但更贵，auto 由服务决定。</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>%1 到 %2 之间的数字</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 之一</translation>
    </message>
    <message>
        <source>a string or a JSON array of up to %1 strings</source>
        <translation>字符串，或最多 %1 个字符串组成的 JSON 数组</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>JSON 数组</translation>
    </message>
    <message>
        <source>%1, or a JSON object</source>
        <translation>%1，或 JSON 对象</translation>
    </message>
    <message>
        <source>not a single JSON value</source>
        <translation>不是单个 JSON 值</translation>
    </message>
    <message>
        <source>%1 expects %2, got &quot;%3&quot;.</source>
        <translation>%1 需要 %2，但得到的是 &quot;%3&quot;。</translation>
    </message>
    <message>
        <source>response_format of type json_schema needs a &quot;json_schema&quot; object with a &quot;name&quot; and a &quot;schema&quot;.</source>
        <translation>类型为 json_schema 的 response_format 需要一个带有 &quot;name&quot; 和 &quot;schema&quot; 的 &quot;json_schema&quot; 对象。</translation>
    </message>
    <message>
        <source>response_format.json_schema.schema must be a JSON object (a JSON Schema).</source>
        <translation>response_format.json_schema.schema 必须是 JSON 对象（JSON Schema）。</translation>
    </message>
    <message>
        <source>response_format.type must be json_object or json_schema, got &quot;%1&quot;.</source>
        <translation>response_format.type 必须是 json_object 或 json_schema，但得到的是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>logit_bias keys must be token ids (whole numbers), got &quot;%1&quot;.</source>
        <translation>logit_bias 的键必须是 token ID（整数），但得到的是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>logit_bias for token %1 must be a number from -100 to 100, got &quot;%2&quot;.</source>
        <translation>token %1 的 logit_bias 必须是 -100 到 100 之间的数字，但得到的是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>tools[%1] must be {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}.</source>
        <translation>tools[%1] 必须是 {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}。</translation>
    </message>
    <message>
        <source>%1 expects %2; the JSON does not parse: %3.</source>
        <translation>%1 需要 %2；JSON 无法解析：%3。</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3; %4 is outside the range the API accepts.</source>
        <translation>%1 必须在 %2 到 %3 之间；%4 超出了 API 接受的范围。</translation>
    </message>
    <message>
        <source>%1 accepts at most %2 strings; %3 were given.</source>
        <translation>%1 最多接受 %2 个字符串；实际给出了 %3 个。</translation>
    </message>
</context>
<context>
    <name>Lineup::ParameterRow</name>
    <message>
        <source>Send %1</source>
        <translation>发送 %1</translation>
    </message>
    <message>
        <source>Checked: %1 is sent with the request. Unchecked: it is left out and the service uses its default.
%2</source>
        <translation>勾选：%1 随请求发送。不勾选：不发送，服务使用其默认值。
%2</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>重置 %1</translation>
    </message>
    <message>
        <source>Back to the default and not sent</source>
        <translation>恢复默认且不发送</translation>
    </message>
    <message>
        <source>Notes for %1</source>
        <translation>%1 的说明</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>不发送</translation>
    </message>
    <message>
        <source>%1 is not sent</source>
        <translation>%1 不会发送</translation>
    </message>
    <message>
        <source>Left out of the request: the service uses its default. Edit the value or check the box to send it.</source>
        <translation>不包含在请求中：服务使用其默认值。编辑值或勾选复选框即可发送。</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>%1 的值</translation>
    </message>
    <message>
        <source>%1 slider</source>
        <translation>%1 滑块</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>END, ### or [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>END、### 或 [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>Separate several sequences with commas, or write a JSON list (needed when a sequence contains a comma).</source>
        <translation>多个序列用逗号分隔，或写成 JSON 列表（序列中包含逗号时必须这样写）。</translation>
    </message>
    <message>
        <source>JSON; checked as you type.</source>
        <translation>JSON；输入时即检查。</translation>
    </message>
    <message>
        <source>Valid range: %1 to %2</source>
        <translation>有效范围：%1 到 %2</translation>
    </message>
    <message>
        <source>Enter a value, or uncheck %1 to leave it out.</source>
        <translation>请输入一个值，或取消勾选 %1 以不发送。</translation>
    </message>
    <message>
        <source>⚠ %1 Not sent until fixed.</source>
        <translation>⚠ %1 修正前不会发送。</translation>
    </message>
</context>
<context>
    <name>Lineup::ParametersPanel</name>
    <message>
        <source>Apply model-family rules</source>
        <translation>应用模型系列规则</translation>
    </message>
    <message>
        <source>Checked: values a model family does not accept are adjusted before sending (for example temperature above 1 for Claude), and each change is shown. Unchecked: exactly what you set is sent.</source>
        <translation>勾选：发送前会调整模型系列不接受的值（例如 Claude 的 temperature 大于 1），并显示每项更改。不勾选：完全按你的设置发送。</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <source>Reset all parameters</source>
        <translation>重置所有参数</translation>
    </message>
    <message>
        <source>Model-family notes</source>
        <translation>模型系列说明</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>请求参数</translation>
    </message>
    <message>
        <source>%1 lowered to %2: %3 accepts %4 to %5.</source>
        <translation>%1 已降至 %2：%3 接受 %4 到 %5。</translation>
    </message>
    <message>
        <source>%1 models do not accept logprobs.</source>
        <translation>%1 模型不接受 logprobs。</translation>
    </message>
    <message>
        <source>%1 models do not accept top_logprobs.</source>
        <translation>%1 模型不接受 top_logprobs。</translation>
    </message>
    <message>
        <source>This model does not accept reasoning_effort.</source>
        <translation>此模型不接受 reasoning_effort。</translation>
    </message>
    <message>
        <source>This model expects max_completion_tokens instead.</source>
        <translation>此模型改用 max_completion_tokens。</translation>
    </message>
    <message>
        <source>%1 accepts at most %2 stop sequences; the rest are dropped.</source>
        <translation>%1 最多接受 %2 个停止序列；其余的将被丢弃。</translation>
    </message>
    <message>
        <source>%1 accepts only json_schema here, not json_object.</source>
        <translation>%1 在此只接受 json_schema，不接受 json_object。</translation>
    </message>
    <message>
        <source>Leave every parameter out of the request (Undo brings them back)</source>
        <translation>请求中不包含任何参数（“撤销”可恢复）</translation>
    </message>
    <message>
        <source>Save as default</source>
        <translation>保存为默认</translation>
    </message>
    <message>
        <source>Save as default parameters</source>
        <translation>保存为默认参数</translation>
    </message>
    <message>
        <source>New chats start with the parameters set here</source>
        <translation>新聊天将以此处设置的参数开始</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Reset to the default parameters</source>
        <translation>恢复为默认参数</translation>
    </message>
    <message>
        <source>Use the default parameters in this chat (Undo brings the current ones back)</source>
        <translation>在此聊天中使用默认参数（“撤销”可恢复当前参数）</translation>
    </message>
    <message>
        <source>Default parameters</source>
        <translation>默认参数</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the reset</source>
        <translation>撤销重置</translation>
    </message>
    <message>
        <source>Bring back the parameters as they were before the reset</source>
        <translation>恢复重置前的参数</translation>
    </message>
    <message>
        <source>Every parameter was reset.</source>
        <translation>已重置所有参数。</translation>
    </message>
    <message>
        <source>The default parameters are set.</source>
        <translation>已设置默认参数。</translation>
    </message>
    <message>
        <source>These parameters belong to this chat. New chats start from your defaults: none set (nothing is sent).</source>
        <translation>这些参数属于此聊天。新聊天从你的默认参数开始：未设置（不发送任何参数）。</translation>
    </message>
    <message>
        <source>These parameters belong to this chat. New chats start from your defaults: %1.</source>
        <translation>这些参数属于此聊天。新聊天从你的默认参数开始：%1。</translation>
    </message>
</context>
<context>
    <name>Lineup::PriceDialog</name>
    <message>
        <source>Input price</source>
        <translation>输入价格</translation>
    </message>
    <message>
        <source>Cached input price</source>
        <translation>缓存输入价格</translation>
    </message>
    <message>
        <source>Output price</source>
        <translation>输出价格</translation>
    </message>
    <message>
        <source>Price of %1</source>
        <translation>%1 的价格</translation>
    </message>
    <message>
        <source>USD per 1M tokens, used when the service&apos;s model list gives no price. Answers keep the price they were charged at.</source>
        <translation>每百万 token 的美元价格，在服务的模型列表未提供价格时使用。回答保留其计费时的价格。</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Cached input:</source>
        <translation>缓存输入(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>输出(&amp;O)：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Context &amp;length:</source>
        <translation>上下文长度(&amp;L)：</translation>
    </message>
    <message>
        <source>Leave equal to the input price when the model has no cache discount.</source>
        <translation>模型没有缓存折扣时，请保持与输入价格相同。</translation>
    </message>
</context>
<context>
    <name>Lineup::PromptPanel</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <source>Instruction role</source>
        <translation>指令角色</translation>
    </message>
    <message>
        <source>System works with every model. Developer replaces system on o1 and newer OpenAI models; older models treat it as system.</source>
        <translation>系统角色适用于所有模型。开发者角色在 o1 及更新的 OpenAI 模型上取代系统角色；旧模型将其视为系统角色。</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Instructions sent before the conversation, e.g. &quot;You are a concise assistant.&quot;</source>
        <translation>在对话之前发送的指令，例如“你是一个简洁的助手。”</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Sent as the first message of every request in this conversation; leave empty to send none</source>
        <translation>作为此对话每个请求的第一条消息发送；留空则不发送</translation>
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
        <translation>LiteLLM 代理</translation>
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
        <translation>llama.cpp 服务器</translation>
    </message>
</context>
<context>
    <name>Lineup::RecordJson</name>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time (e.g. 2026-01-31T12:00:00.000Z)</source>
        <translation>&quot;%1&quot; 不是 ISO 8601 日期时间（例如 2026-01-31T12:00:00.000Z）</translation>
    </message>
    <message>
        <source>must be an object with a &quot;url&quot;</source>
        <translation>必须是带有 &quot;url&quot; 的对象</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>must be &quot;low&quot;, &quot;high&quot; or &quot;auto&quot;</source>
        <translation>必须是 &quot;low&quot;、&quot;high&quot; 或 &quot;auto&quot;</translation>
    </message>
    <message>
        <source>not a base64 data: URL (expected data:&lt;type&gt;;base64,...)</source>
        <translation>不是 base64 data: URL（应为 data:&lt;type&gt;;base64,...）</translation>
    </message>
    <message>
        <source>the data: URL holds invalid or empty base64</source>
        <translation>data: URL 中的 base64 无效或为空</translation>
    </message>
    <message>
        <source>must be an http(s) URL or a base64 data: URL</source>
        <translation>必须是 http(s) URL 或 base64 data: URL</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot;</source>
        <translation>必须是带有 &quot;name&quot; 的对象</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be one of &quot;system&quot;, &quot;developer&quot;, &quot;user&quot;, &quot;assistant&quot;, &quot;tool&quot;</source>
        <translation>必须是 &quot;system&quot;、&quot;developer&quot;、&quot;user&quot;、&quot;assistant&quot;、&quot;tool&quot; 之一</translation>
    </message>
    <message>
        <source>must be a string, an array of parts or null</source>
        <translation>必须是字符串、部件数组或 null</translation>
    </message>
    <message>
        <source>must be &quot;text&quot; or &quot;image_url&quot;</source>
        <translation>必须是 &quot;text&quot; 或 &quot;image_url&quot;</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be one of &quot;complete&quot;, &quot;streaming&quot;, &quot;stopped&quot;, &quot;failed&quot;, &quot;interrupted&quot;</source>
        <translation>必须是 &quot;complete&quot;、&quot;streaming&quot;、&quot;stopped&quot;、&quot;failed&quot;、&quot;interrupted&quot; 之一</translation>
    </message>
    <message>
        <source>must be &quot;system&quot; or &quot;developer&quot;</source>
        <translation>必须是 &quot;system&quot; 或 &quot;developer&quot;</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
</context>
<context>
    <name>Lineup::RequestBuilder</name>
    <message>
        <source>temperature %1 was lowered to %2 because %3 models accept 0 to %2.</source>
        <translation>temperature %1 已降至 %2，因为 %3 模型接受 0 到 %2。</translation>
    </message>
    <message>
        <source>n %1 was set to 1 because %2 models return only one choice.</source>
        <translation>n %1 已设为 1，因为 %2 模型只返回一个选项。</translation>
    </message>
    <message>
        <source>n %1 was lowered to %2 because %3 models return at most %2 choices.</source>
        <translation>n %1 已降至 %2，因为 %3 模型最多返回 %2 个选项。</translation>
    </message>
    <message>
        <source>stop had %1 strings; only the first %2 were sent because %3 models accept up to %2.</source>
        <translation>stop 有 %1 个字符串；由于 %3 模型最多接受 %2 个，只发送了前 %2 个。</translation>
    </message>
    <message>
        <source>%1 was removed because %2 models do not return log probabilities.</source>
        <translation>%1 已被移除，因为 %2 模型不返回对数概率。</translation>
    </message>
    <message>
        <source>logprobs was turned on because top_logprobs needs it.</source>
        <translation>已开启 logprobs，因为 top_logprobs 需要它。</translation>
    </message>
    <message>
        <source>reasoning_effort was removed because %1 does not accept it; only o-series and GPT-5.1 or newer models do.</source>
        <translation>reasoning_effort 已被移除，因为 %1 不接受它；只有 o 系列和 GPT-5.1 或更新的模型接受。</translation>
    </message>
    <message>
        <source>%1 was dropped because %2 is also set and %3 uses %2.</source>
        <translation>%1 已被丢弃，因为同时设置了 %2，而 %3 使用 %2。</translation>
    </message>
    <message>
        <source>%1 was sent as %2 because %3 expects %2.</source>
        <translation>%1 已作为 %2 发送，因为 %3 需要 %2。</translation>
    </message>
    <message>
        <source>response_format json_object was replaced by a json_schema that accepts any JSON object because %1 models accept only json_schema.</source>
        <translation>response_format 的 json_object 已替换为接受任意 JSON 对象的 json_schema，因为 %1 模型只接受 json_schema。</translation>
    </message>
    <message>
        <source>tool_choice was removed because no tools are set; the API rejects tool_choice without tools.</source>
        <translation>tool_choice 已被移除，因为没有设置工具；API 会拒绝没有 tools 的 tool_choice。</translation>
    </message>
    <message>
        <source>OpenAI GPT</source>
        <translation>OpenAI GPT</translation>
    </message>
    <message>
        <source>OpenAI o-series</source>
        <translation>OpenAI o 系列</translation>
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
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 among the parameters was ignored because Lineup sets it from the request itself.</source>
        <translation>参数中的 %1 已被忽略，因为 Lineup 会根据请求本身设置它。</translation>
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
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Next request body</source>
        <translation>下一个请求体</translation>
    </message>
    <message>
        <source>The JSON the next request will send. Image data is abbreviated here only; the request carries it in full.</source>
        <translation>下一个请求将发送的 JSON。图片数据仅在此处缩略显示；请求中包含完整数据。</translation>
    </message>
    <message>
        <source>Choose a model to see the request.</source>
        <translation>选择模型即可查看请求。</translation>
    </message>
    <message>
        <source>Model-family adjustments</source>
        <translation>模型系列调整</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request; the key is read from $%1, never copied</source>
        <translation>复制发送此请求的 curl 命令；密钥从 $%1 读取，不会被复制</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>已复制 ✓</translation>
    </message>
</context>
<context>
    <name>Lineup::SchemaPanel</name>
    <message>
        <source>&amp;Strict</source>
        <translation>严格(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>Make s&amp;trict</source>
        <translation>转为严格(&amp;T)</translation>
    </message>
    <message>
        <source>From &amp;example…</source>
        <translation>从示例生成(&amp;E)…</translation>
    </message>
    <message>
        <source>None (text)</source>
        <translation>无（文本）</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON schema</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>响应格式</translation>
    </message>
    <message>
        <source>None: plain text. JSON object: any valid JSON. JSON schema: JSON following the schema below (strict: guaranteed by the service).</source>
        <translation>无：纯文本。JSON 对象：任意有效的 JSON。JSON schema：符合下方 schema 的 JSON（严格：由服务保证）。</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>Schema 名称</translation>
    </message>
    <message>
        <source>The schema&apos;s name as sent (letters, digits, _ and -; up to 64).</source>
        <translation>发送时使用的 schema 名称（字母、数字、_ 和 -；最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Strict: the service guarantees the schema, and the schema must keep to the strict subset (checked below).</source>
        <translation>严格：服务保证输出符合 schema，且 schema 必须限于严格子集（在下方检查）。</translation>
    </message>
    <message>
        <source>The JSON Schema the answer must follow</source>
        <translation>回答必须遵循的 JSON Schema</translation>
    </message>
    <message>
        <source>{&quot;type&quot;: &quot;object&quot;, …} — or start from a template</source>
        <translation>{&quot;type&quot;: &quot;object&quot;, …} —— 或从模板开始</translation>
    </message>
    <message>
        <source>Schema problems</source>
        <translation>Schema 问题</translation>
    </message>
    <message>
        <source>Each problem with its JSON pointer; click one to find it</source>
        <translation>每个问题及其 JSON 指针；单击即可定位</translation>
    </message>
    <message>
        <source>Re-indent the JSON</source>
        <translation>重新缩进 JSON</translation>
    </message>
    <message>
        <source>Fix what is mechanical: additionalProperties false, every property required (optional ones nullable), drop unsupported validation keywords</source>
        <translation>自动修正机械性问题：将 additionalProperties 设为 false，将所有属性设为 required（可选属性改为可为 null），删除不支持的验证关键字</translation>
    </message>
    <message>
        <source>Paste a JSON value and get a strict schema that accepts it</source>
        <translation>粘贴一个 JSON 值，生成接受该值的严格 schema</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Schema templates</source>
        <translation>Schema 模板</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>从模板开始</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Schema file</source>
        <translation>Schema 文件</translation>
    </message>
    <message>
        <source>Open or save the schema as a JSON file</source>
        <translation>以 JSON 文件形式打开或保存 schema</translation>
    </message>
    <message>
        <source>Open Schema…</source>
        <translation>打开 schema…</translation>
    </message>
    <message>
        <source>Save Schema As…</source>
        <translation>schema 另存为…</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Fix the JSON first: %1</source>
        <translation>请先修正 JSON：%1</translation>
    </message>
    <message>
        <source>%1 models accept json_schema only: {&quot;type&quot;: &quot;json_object&quot;} will be sent as it is and may be refused. Choose JSON schema instead.</source>
        <translation>%1 模型只接受 json_schema：{&quot;type&quot;: &quot;json_object&quot;} 将按原样发送，可能会被拒绝。请改选“JSON schema”。</translation>
    </message>
    <message>
        <source>Lineup does not know whether &quot;%1&quot; supports response_format: it is sent as shown in the Request panel; a service may ignore it.</source>
        <translation>Lineup 无法确定 &quot;%1&quot; 是否支持 response_format：它将按请求面板中显示的内容发送；服务可能会忽略它。</translation>
    </message>
    <message>
        <source>Write a schema, or start from a template or an example.</source>
        <translation>请编写 schema，或从模板或示例开始。</translation>
    </message>
    <message>
        <source>Not JSON: %1 (not sent until fixed)</source>
        <translation>不是 JSON：%1（修正前不会发送）</translation>
    </message>
    <message>
        <source>a schema for response_format must be a JSON object.</source>
        <translation>response_format 的 schema 必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Valid strict schema.</source>
        <translation>有效的严格 schema。</translation>
    </message>
    <message>
        <source>Valid JSON Schema.</source>
        <translation>有效的 JSON Schema。</translation>
    </message>
    <message>
        <source>1 problem: the service may refuse this schema.</source>
        <translation>1 个问题：服务可能会拒绝此 schema。</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: the service may refuse this schema.</source>
        <translation>
            <numerusform>%n 个问题：服务可能会拒绝此 schema。</numerusform>
        </translation>
    </message>
    <message>
        <source>The example is not JSON: %1</source>
        <translation>示例不是 JSON：%1</translation>
    </message>
    <message>
        <source>Schema from Example</source>
        <translation>从示例生成 schema</translation>
    </message>
    <message>
        <source>Paste a JSON value the answer should look like</source>
        <translation>粘贴一个与期望回答形式相同的 JSON 值</translation>
    </message>
    <message>
        <source>Example JSON</source>
        <translation>示例 JSON</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>The schema is not a JSON object yet.</source>
        <translation>schema 还不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Open Schema</source>
        <translation>打开 schema</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Schema</source>
        <translation>保存 schema</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>Lineup::SchemaTools</name>
    <message>
        <source>removed &quot;%1&quot;</source>
        <translation>已删除 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>set &quot;additionalProperties&quot;: false</source>
        <translation>已设置 &quot;additionalProperties&quot;: false</translation>
    </message>
    <message>
        <source>made required and nullable</source>
        <translation>已加入 required 并设为可为 null</translation>
    </message>
</context>
<context>
    <name>Lineup::SchemaValidator</name>
    <message>
        <source>a JSON Schema must be an object (or true or false).</source>
        <translation>JSON Schema 必须是对象（或 true 或 false）。</translation>
    </message>
    <message>
        <source>the schema cannot be used: %1</source>
        <translation>无法使用该 schema：%1</translation>
    </message>
    <message>
        <source>$ref to &quot;%1&quot; cannot be resolved: only references inside the schema and to the draft-07 meta-schema work (nothing is fetched from the network).</source>
        <translation>无法解析指向 &quot;%1&quot; 的 $ref：只支持 schema 内部的引用和指向 draft-07 元 schema 的引用（不会从网络获取任何内容）。</translation>
    </message>
    <message>
        <source>the value could not be checked: %1</source>
        <translation>无法检查该值：%1</translation>
    </message>
    <message>
        <source>no value is allowed here (the schema is false).</source>
        <translation>此处不允许任何值（schema 为 false）。</translation>
    </message>
</context>
<context>
    <name>Lineup::ServiceIndicator</name>
    <message>
        <source>Connection warning</source>
        <translation>连接警告</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The model the next message goes to (Ctrl+K to change)</source>
        <translation>下一条消息发送到的模型（Ctrl+K 更改）</translation>
    </message>
    <message>
        <source>No model chosen</source>
        <translation>未选择模型</translation>
    </message>
    <message>
        <source>Provider: %1 (%2). Click to switch.</source>
        <translation>提供商：%1（%2）。点击切换。</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>没有 API 密钥</translation>
    </message>
    <message>
        <source>add one in Settings</source>
        <translation>请在设置中添加</translation>
    </message>
    <message>
        <source>Providers and Keys…</source>
        <translation>提供商和密钥…</translation>
    </message>
</context>
<context>
    <name>Lineup::ServiceRequest</name>
    <message>
        <source>Lineup did not send the request: %1 is plain http:// to another computer, so the API key would travel unencrypted. Use https://, or allow sending the key over http in the provider settings (lineup-cli: --allow-http-key).</source>
        <translation>Lineup 未发送该请求：%1 是指向另一台计算机的明文 http:// 地址，API 密钥将以未加密方式传输。请使用 https://，或在提供商设置中允许通过 http 发送密钥（lineup-cli：--allow-http-key）。</translation>
    </message>
    <message>
        <source>The service redirected the request to %1, another server than %2. Lineup did not follow it, so the API key and the conversation were not sent there. If that address is right, use it as the base URL.</source>
        <translation>服务将请求重定向到 %1，这是与 %2 不同的服务器。Lineup 没有跟随重定向，因此 API 密钥和对话未被发送到那里。如果该地址正确，请将其用作基础 URL。</translation>
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
        <translation>LiteLLM 代理</translation>
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
        <translation>llama.cpp 服务器</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>Other (OpenAI-compatible)</source>
        <translation>其他（OpenAI 兼容）</translation>
    </message>
    <message>
        <source>Providers and keys</source>
        <translation>提供商和密钥</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>提供商配置</translation>
    </message>
    <message>
        <source>The services Lineup can talk to; select one to edit it</source>
        <translation>Lineup 可以连接的服务；选择一个即可编辑</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <source>Add a service: any server with an OpenAI-compatible API</source>
        <translation>添加服务：任何提供 OpenAI 兼容 API 的服务器</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>移除配置</translation>
    </message>
    <message>
        <source>Remove the selected profile and forget its stored key</source>
        <translation>移除所选配置并清除其已保存的密钥</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>The name shown in Lineup</source>
        <translation>在 Lineup 中显示的名称</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>配置 ID</translation>
    </message>
    <message>
        <source>Short id used in &quot;profile/model&quot; and on the command line (letters, digits, dot, dash, underscore). Fixed once saved, because the stored key is filed under it.</source>
        <translation>在 &quot;profile/model&quot; 和命令行中使用的短 ID（字母、数字、点、短横线、下划线）。保存后不可更改，因为已保存的密钥按它归档。</translation>
    </message>
    <message>
        <source>Service kind</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>What kind of server this is; it decides the defaults</source>
        <translation>这是哪种服务器；它决定默认值</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>The address before /chat/completions, usually ending in /v1</source>
        <translation>/chat/completions 之前的地址，通常以 /v1 结尾</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>系统代理</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Empty: the system proxy. &quot;none&quot;: a direct connection. Otherwise http://host:port or socks5://host:port.</source>
        <translation>留空：系统代理。&quot;none&quot;：直接连接。其他情况填写 http://host:port 或 socks5://host:port。</translation>
    </message>
    <message>
        <source>Key environment variable</source>
        <translation>密钥环境变量</translation>
    </message>
    <message>
        <source>Environment variable read when no key is stored; also used in &quot;Copy as curl&quot;</source>
        <translation>未保存密钥时读取的环境变量；也用于“复制为 curl”</translation>
    </message>
    <message>
        <source>This service needs a key</source>
        <translation>此服务需要密钥</translation>
    </message>
    <message>
        <source>Needs a key</source>
        <translation>需要密钥</translation>
    </message>
    <message>
        <source>Local servers such as Ollama usually need none</source>
        <translation>Ollama 等本地服务器通常不需要</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>留空则保留已保存的密钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Saved in the system keychain only, never in a settings file</source>
        <translation>只保存在系统钥匙串中，绝不写入设置文件</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Show or hide the key while typing</source>
        <translation>输入时显示或隐藏密钥</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>密钥状态</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Keep the key in memory until Lineup quits; it is never written to disk</source>
        <translation>在 Lineup 退出前将密钥保留在内存中；绝不写入磁盘</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Ask the service for its model list with the address and key above</source>
        <translation>用上面的地址和密钥向服务请求模型列表</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Problems with the form</source>
        <translation>表单问题</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Save the profile; the key goes to the system keychain</source>
        <translation>保存配置；密钥存入系统钥匙串</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>基础 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>Key &amp;variable:</source>
        <translation>密钥变量(&amp;V)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close; unsaved edits are lost</source>
        <translation>关闭；未保存的修改将丢失</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1（%2）
%3</translation>
    </message>
    <message>
        <source>A key is kept for this session only (not in the keychain).</source>
        <translation>密钥仅在本次会话中保留（不在钥匙串中）。</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain.</source>
        <translation>密钥已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No key stored yet.</source>
        <translation>尚未保存密钥。</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>新服务</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入配置名称。</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; cannot be used: use letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>无法使用 ID &quot;%1&quot;：请使用字母、数字、点、短横线或下划线，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>A profile with the id &quot;%1&quot; already exists; choose another id.</source>
        <translation>ID 为 &quot;%1&quot; 的配置已存在；请另选一个 ID。</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://, e.g. https://api.cometapi.com/v1.</source>
        <translation>基础 URL 必须以 http:// 或 https:// 开头，例如 https://api.cometapi.com/v1。</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>正在将密钥保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>Key saved in the system keychain.</source>
        <translation>密钥已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>The key was not saved. %1 You can keep it for this session only.</source>
        <translation>密钥未保存。%1 你可以仅在本次会话中保留它。</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain: %1</source>
        <translation>无法将密钥保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>The key is kept in memory for this session only; it is forgotten when Lineup quits.</source>
        <translation>密钥仅在本次会话中保留在内存里；Lineup 退出后即被清除。</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and forget its stored key?</source>
        <translation>移除配置 &quot;%1&quot; 并清除其已保存的密钥？</translation>
    </message>
    <message>
        <source>Enter a base URL first, e.g. https://api.cometapi.com/v1.</source>
        <translation>请先输入基础 URL，例如 https://api.cometapi.com/v1。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Send the key over plain http:// (unencrypted)</source>
        <translation>通过明文 http:// 发送密钥（未加密）</translation>
    </message>
    <message>
        <source>Send the key over plain http</source>
        <translation>通过明文 http 发送密钥</translation>
    </message>
    <message>
        <source>Without this, Lineup sends no key to an http:// address on another computer: anyone on the network in between could read it</source>
        <translation>未勾选时，Lineup 不会向另一台计算机上的 http:// 地址发送密钥：途经网络上的任何人都可能读取它</translation>
    </message>
    <message>
        <source>Optional, e.g. %1</source>
        <translation>可选，例如 %1</translation>
    </message>
</context>
<context>
    <name>Lineup::SidePanels</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Wait for the answer to end (or stop it) first.</source>
        <translation>请先等待回答结束（或将其停止）。</translation>
    </message>
    <message>
        <source>Every call needs a result before anything is sent (services refuse the request otherwise). Missing: %1.</source>
        <translation>发送前每个调用都需要结果（否则服务会拒绝请求）。缺少：%1。</translation>
    </message>
    <message>
        <source>Waiting for tool results: %1. Answer them in the Tools dock, or drop the calls there; a message sent now leaves them out.</source>
        <translation>正在等待工具结果：%1。请在工具面板中填写结果，或在那里丢弃这些调用；现在发送消息将略过它们。</translation>
    </message>
</context>
<context>
    <name>Lineup::SocketExchange</name>
    <message>
        <source>The request header &quot;%1&quot; contains a line break (check the API key for stray characters).</source>
        <translation>请求头 &quot;%1&quot; 包含换行符（请检查 API 密钥中是否有多余字符）。</translation>
    </message>
    <message>
        <source>The service answered %1, which moves a request to %2 as a GET without its body. If that address is right, use it as the base URL.</source>
        <translation>服务应答了 %1，这会把请求作为不带正文的 GET 转到 %2。如果该地址正确，请把它用作基础 URL。</translation>
    </message>
    <message>
        <source>The service redirected the request more than %1 times.</source>
        <translation>服务重定向请求超过 %1 次。</translation>
    </message>
    <message>
        <source>The service compressed its answer (&quot;%1&quot;) although Lineup asked for it uncompressed.</source>
        <translation>Lineup 要求不压缩，但服务压缩了应答（&quot;%1&quot;）。</translation>
    </message>
</context>
<context>
    <name>Lineup::SseDecoder</name>
    <message>
        <source>A line of the event stream is longer than %1 bytes, so decoding stopped. The server is probably not sending server-sent events.</source>
        <translation>事件流中的一行超过 %1 字节，已停止解码。服务器可能没有发送 server-sent events。</translation>
    </message>
    <message>
        <source>one event of the stream is larger than %1 bytes</source>
        <translation>流中的某个事件超过 %1 字节</translation>
    </message>
</context>
<context>
    <name>Lineup::StoreSchema</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>无法读取 schema 版本：%1</translation>
    </message>
    <message>
        <source>the database was written by a newer Lineup (schema %1, this build knows up to %2); update Lineup or use another --data-dir</source>
        <translation>数据库由较新的 Lineup 写入（schema %1，此版本最多支持 %2）；请更新 Lineup 或使用其他 --data-dir</translation>
    </message>
    <message>
        <source>cannot start the migration to schema %1: %2</source>
        <translation>无法开始迁移到 schema %1：%2</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>迁移到 schema %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>Lineup::StrictSchemaRules</name>
    <message>
        <source>the root of a strict schema must be an object (&quot;type&quot;: &quot;object&quot;), not anyOf or another type.</source>
        <translation>严格 schema 的根必须是对象（&quot;type&quot;: &quot;object&quot;），而不是 anyOf 或其他类型。</translation>
    </message>
</context>
<context>
    <name>Lineup::TokenView</name>
    <message>
        <source>Answer tokens</source>
        <translation>回答的 token</translation>
    </message>
    <message>
        <source>1 token, %1 below %2% probability</source>
        <translation>1 个 token，其中 %1 个概率低于 %2%</translation>
    </message>
    <message>
        <source>%1 tokens, %2 below %3% probability</source>
        <translation>%1 个 token，其中 %2 个概率低于 %3%</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>“%1” %2</translation>
    </message>
    <message>
        <source>Alternatives: %1</source>
        <translation>候选：%1</translation>
    </message>
    <message>
        <source>No alternatives: ask with top_logprobs to see them.</source>
        <translation>没有候选：请求时设置 top_logprobs 即可查看。</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>doubtful (&lt; %1%)</source>
        <translation>存疑（&lt; %1%）</translation>
    </message>
</context>
<context>
    <name>Lineup::TokensDock</name>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Choose Tokens on an answer requested with logprobs (Parameters: logprobs, top_logprobs) to see how likely each token was.</source>
        <translation>在使用 logprobs 请求的回答上（参数：logprobs、top_logprobs）选择“Token”，即可查看每个 token 的可能性。</translation>
    </message>
    <message>
        <source>Current token</source>
        <translation>当前 token</translation>
    </message>
    <message>
        <source>Hover a token, or use the arrow keys, to see the alternatives.</source>
        <translation>将鼠标悬停在 token 上或使用方向键，即可查看候选。</translation>
    </message>
    <message>
        <source>1 token; %1 below %2% probability (outlined).</source>
        <translation>1 个 token；其中 %1 个概率低于 %2%（带边框）。</translation>
    </message>
    <message>
        <source>%1 tokens; %2 below %3% probability (outlined).</source>
        <translation>%1 个 token；其中 %2 个概率低于 %3%（带边框）。</translation>
    </message>
</context>
<context>
    <name>Lineup::ToolRounds</name>
    <message>
        <source>the arguments are not a JSON object: %1</source>
        <translation>参数不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>另一个 JSON 值</translation>
    </message>
    <message>
        <source>no tool named &quot;%1&quot; is offered in this conversation.</source>
        <translation>此对话中没有提供名为 &quot;%1&quot; 的工具。</translation>
    </message>
</context>
<context>
    <name>Lineup::ToolsPanel</name>
    <message>
        <source>Strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <source>&amp;Send Results</source>
        <translation>发送结果(&amp;S)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>The conversation&apos;s function tools; untick one to stop offering it</source>
        <translation>此对话的函数工具；取消勾选即可停止提供该工具</translation>
    </message>
    <message>
        <source>Tool name</source>
        <translation>工具名称</translation>
    </message>
    <message>
        <source>The function&apos;s name, as the model calls it</source>
        <translation>模型调用时使用的函数名</translation>
    </message>
    <message>
        <source>Tool description</source>
        <translation>工具描述</translation>
    </message>
    <message>
        <source>What the function does, for the model</source>
        <translation>向模型说明该函数的用途</translation>
    </message>
    <message>
        <source>Strict: the arguments are guaranteed to follow the parameters schema, which must keep to the strict subset</source>
        <translation>严格：保证参数符合参数 schema，该 schema 必须限于严格子集</translation>
    </message>
    <message>
        <source>Tool parameters schema</source>
        <translation>工具参数 schema</translation>
    </message>
    <message>
        <source>The JSON Schema of the function&apos;s arguments</source>
        <translation>函数参数的 JSON Schema</translation>
    </message>
    <message>
        <source>Canned result</source>
        <translation>预设结果</translation>
    </message>
    <message>
        <source>Fills the result of every call of this tool (you can still edit it before sending); never sent as part of the tool</source>
        <translation>自动填入此工具每次调用的结果（发送前仍可编辑）；不会作为工具定义的一部分发送</translation>
    </message>
    <message>
        <source>Canned result (optional)</source>
        <translation>预设结果（可选）</translation>
    </message>
    <message>
        <source>Tool choice</source>
        <translation>工具选择</translation>
    </message>
    <message>
        <source>auto: the model decides; none: no calls; required: at least one call; or this one function</source>
        <translation>auto：由模型决定；none：不调用；required：至少调用一次；或只调用此函数</translation>
    </message>
    <message>
        <source>Parallel tool calls</source>
        <translation>并行工具调用</translation>
    </message>
    <message>
        <source>Whether the model may call several tools at once</source>
        <translation>模型是否可以同时调用多个工具</translation>
    </message>
    <message>
        <source>Service default (not sent)</source>
        <translation>服务默认值（不发送）</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>One call at a time</source>
        <translation>每次一个调用</translation>
    </message>
    <message>
        <source>Send a tool message with each result and continue</source>
        <translation>将每个结果作为工具消息发送并继续</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a function tool</source>
        <translation>添加函数工具</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected tool</source>
        <translation>移除所选工具</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Load a tool set (a JSON array in the API&apos;s tools format)</source>
        <translation>加载工具集（API tools 格式的 JSON 数组）</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the tool set as a JSON file</source>
        <translation>将工具集保存为 JSON 文件</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Tool &amp;choice:</source>
        <translation>工具选择(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Parallel:</source>
        <translation>并行(&amp;P)：</translation>
    </message>
    <message>
        <source>Calls waiting for results</source>
        <translation>等待结果的调用</translation>
    </message>
    <message>
        <source>Parameters (JSON Schema):</source>
        <translation>参数（JSON Schema）：</translation>
    </message>
    <message>
        <source>%1 models do not take parallel_tool_calls: not sent</source>
        <translation>%1 模型不接受 parallel_tool_calls：不会发送</translation>
    </message>
    <message>
        <source>Service default (auto, not sent)</source>
        <translation>服务默认值（auto，不发送）</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>调用 %1</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tool call %1</source>
        <translation>工具调用 %1</translation>
    </message>
    <message>
        <source>Arguments match the tool&apos;s parameters.</source>
        <translation>参数符合工具的参数定义。</translation>
    </message>
    <message>
        <source>Arguments do not match: %1</source>
        <translation>参数不匹配：%1</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>%1 的结果</translation>
    </message>
    <message>
        <source>The text sent back as the tool message for this call</source>
        <translation>作为此调用的工具消息发回的文本</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a tool set: expected [{&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {&quot;name&quot;, …}}, …].</source>
        <translation>%1 不是工具集：应为 [{&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {&quot;name&quot;, …}}, …]。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Open Tool Set</source>
        <translation>打开工具集</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Tool Set</source>
        <translation>保存工具集</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Drop Ca&amp;lls</source>
        <translation>丢弃调用(&amp;L)</translation>
    </message>
    <message>
        <source>Remove these calls from the answer and go on without their results (the answer&apos;s text, tokens and cost stay)</source>
        <translation>从回答中移除这些调用，不提供结果继续（回答的文本、token 和费用保留）</translation>
    </message>
</context>
<context>
    <name>Lineup::UsageChart</name>
    <message>
        <source>Requests of this conversation</source>
        <translation>此对话的请求</translation>
    </message>
    <message>
        <source>One bar per request. Hover a bar, or focus the chart and use Left and Right, to see its numbers.</source>
        <translation>每个请求一根柱。将鼠标悬停在柱上，或聚焦图表后使用 Left 和 Right 键，即可查看其数值。</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>还没有请求。</translation>
    </message>
    <message>
        <source>Request %1 of %2 · %3</source>
        <translation>请求 %1 / %2 · %3</translation>
    </message>
    <message>
        <source>Estimated: the service reported no usage.</source>
        <translation>估算：服务未报告用量。</translation>
    </message>
    <message>
        <source>Prompt %1 (cached %2) · completion %3 (reasoning %4) · total %5</source>
        <translation>提示 %1（缓存 %2）· 补全 %3（推理 %4）· 总计 %5</translation>
    </message>
    <message>
        <source>No price known for this model.</source>
        <translation>此模型的价格未知。</translation>
    </message>
    <message>
        <source>Cost %1: input %2, cached input %3, output %4</source>
        <translation>费用 %1：输入 %2，缓存输入 %3，输出 %4</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>补全</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>推理</translation>
    </message>
</context>
<context>
    <name>Lineup::UsageMeter</name>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Estimate: ≈ %1 prompt tokens</source>
        <translation>估算：≈ %1 个提示 token</translation>
    </message>
    <message>
        <source>Estimate: ≈ %1 prompt tokens · ≈ %2 input</source>
        <translation>估算：≈ %1 个提示 token · ≈ %2 输入</translation>
    </message>
    <message>
        <source>An estimate, not the service&apos;s count: about 4 characters per token (each Chinese, Japanese or Korean character one), images by OpenAI&apos;s rule for their detail level, plus the system prompt, history, tools and schema.</source>
        <translation>这是估算，而非服务的计数：约 4 个字符为 1 个 token（每个中文、日文或韩文字符算 1 个），图片按 OpenAI 针对其细节级别的规则计算，另加系统提示词、历史、工具和 schema。</translation>
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
        <translation>请求</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>提示 token</translation>
    </message>
    <message>
        <source>  cached</source>
        <translation>  缓存</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>补全 token</translation>
    </message>
    <message>
        <source>  reasoning</source>
        <translation>  推理</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>总 token 数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>  input</source>
        <translation>  输入</translation>
    </message>
    <message>
        <source>  cached input</source>
        <translation>  缓存输入</translation>
    </message>
    <message>
        <source>  output</source>
        <translation>  输出</translation>
    </message>
    <message>
        <source>Set Price…</source>
        <translation>设置价格…</translation>
    </message>
    <message>
        <source>Set the price (USD per 1M tokens) and context length of this model in the price table lineup-cli shares.</source>
        <translation>在与 lineup-cli 共用的价格表中设置此模型的价格（每百万 token 的美元价格）和上下文长度。</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>设置价格</translation>
    </message>
    <message>
        <source>≈ estimated: the service reported no usage for some requests (Ollama, LM Studio and some proxies when streaming, or a stopped answer).</source>
        <translation>≈ 估算：部分请求服务未报告用量（流式传输时的 Ollama、LM Studio 和部分代理，或已停止的回答）。</translation>
    </message>
    <message>
        <source>Per request</source>
        <translation>每个请求</translation>
    </message>
    <message>
        <source>Show each request&apos;s cost instead of its tokens</source>
        <translation>显示每个请求的费用而非 token 数</translation>
    </message>
    <message>
        <source>Show cost per request</source>
        <translation>显示每个请求的费用</translation>
    </message>
    <message>
        <source>Context of the last request</source>
        <translation>最后一次请求的上下文</translation>
    </message>
    <message>
        <source>Context fill</source>
        <translation>上下文占用</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Estimated: the service reported no usage for some requests.</source>
        <translation>估算：部分请求服务未报告用量。</translation>
    </message>
    <message>
        <source>Prices from the service&apos;s model list.</source>
        <translation>价格来自服务的模型列表。</translation>
    </message>
    <message>
        <source>Prices from your price table.</source>
        <translation>价格来自你的价格表。</translation>
    </message>
    <message>
        <source>No price known for this model: set one to see the cost.</source>
        <translation>此模型的价格未知：设置价格后即可查看费用。</translation>
    </message>
    <message>
        <source>%1%2 of %3 tokens (%4%)</source>
        <translation>%1%2 / %3 个 token（%4%）</translation>
    </message>
    <message>
        <source>%1 tokens; context length unknown</source>
        <translation>%1 个 token；上下文长度未知</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>还没有请求</translation>
    </message>
    <message>
        <source>⚠ The last request filled %1% of the model&apos;s context: older messages may soon be cut off or the request refused. Start a new chat or delete old messages.</source>
        <translation>⚠ 最后一次请求占用了模型上下文的 %1%：较早的消息可能很快被截断，或请求被拒绝。请开始新聊天或删除旧消息。</translation>
    </message>
    <message>
        <source>Pane: %1</source>
        <translation>窗格：%1</translation>
    </message>
    <message>
        <source>All %1 panes: %2 requests · %3 tokens · %4</source>
        <translation>全部 %1 个窗格：%2 次请求 · %3 个 token · %4</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
</context>
<context>
    <name>Lineup::Vote</name>
    <message>
        <source>a vote compares %1 to %2 models, this one has %3</source>
        <translation>一次投票比较 %1 到 %2 个模型，这次有 %3 个</translation>
    </message>
    <message>
        <source>model %1 has no name</source>
        <translation>模型 %1 没有名称</translation>
    </message>
    <message>
        <source>the winner is not one of the %1 models</source>
        <translation>胜者不是这 %1 个模型之一</translation>
    </message>
    <message>
        <source>an order needs more than two models</source>
        <translation>排序需要两个以上的模型</translation>
    </message>
    <message>
        <source>the order must name each of the %1 models once</source>
        <translation>排序必须把 %1 个模型各列出一次</translation>
    </message>
    <message>
        <source>the winner must be the first model of the order</source>
        <translation>胜者必须是排序中的第一个模型</translation>
    </message>
</context>
<context>
    <name>Lineup::VoteBar</name>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Keep this vote in the leaderboard</source>
        <translation>在排行榜中保留此投票(&amp;K)</translation>
    </message>
    <message>
        <source>Blind vote</source>
        <translation>盲测投票</translation>
    </message>
    <message>
        <source>optional: coding, writing…</source>
        <translation>可选：编程、写作…</translation>
    </message>
    <message>
        <source>What kind of prompt this is; the leaderboard can be filtered by it</source>
        <translation>这是哪类提示；排行榜可按它筛选</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>An answer named a model or vendor, so this vote was not blind. Public arenas leave such votes out.</source>
        <translation>有回答提及了模型或厂商名称，因此此投票并非盲测。公开竞技场会排除此类投票。</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>%1 is better</source>
        <translation>%1 更好</translation>
    </message>
    <message>
        <source>%1 is best</source>
        <translation>%1 最好</translation>
    </message>
    <message>
        <source>Vote for %1&apos;s answer</source>
        <translation>投票给 %1 的回答</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>The answers are as good as each other</source>
        <translation>两个回答一样好</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>都不好</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>全都不好</translation>
    </message>
    <message>
        <source>No answer is good</source>
        <translation>没有好的回答</translation>
    </message>
    <message>
        <source>Which answer is better? Press 1 to 4 or click.</source>
        <translation>哪个回答更好？按 1 到 4 或点击。</translation>
    </message>
    <message>
        <source>&amp;Order them…</source>
        <translation>排序(&amp;O)…</translation>
    </message>
    <message>
        <source>Rank every answer, best first</source>
        <translation>按从好到差为每个回答排序</translation>
    </message>
    <message>
        <source>Order them</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Which answer is best? Press 1 to %1 or click, or order them all.</source>
        <translation>哪个回答最好？按 1 到 %1 或点击，也可以为全部回答排序。</translation>
    </message>
    <message>
        <source>%1 (best)</source>
        <translation>%1（最好）</translation>
    </message>
    <message>
        <source>%1 (worst)</source>
        <translation>%1（最差）</translation>
    </message>
    <message>
        <source>Rank of %1</source>
        <translation>%1 的排名</translation>
    </message>
    <message>
        <source>Where %1&apos;s answer ranks; 1 is the best</source>
        <translation>%1 的回答排第几；1 为最好</translation>
    </message>
    <message>
        <source>&amp;Submit order</source>
        <translation>提交排序(&amp;S)</translation>
    </message>
    <message>
        <source>Vote for this order, best first</source>
        <translation>按此排序（从好到差）投票</translation>
    </message>
    <message>
        <source>Submit order</source>
        <translation>提交排序</translation>
    </message>
</context>
<context>
    <name>Lineup::VoteCodec</name>
    <message>
        <source>&quot;winner&quot; is missing</source>
        <translation>缺少 &quot;winner&quot;</translation>
    </message>
    <message>
        <source>&quot;a&quot;, &quot;b&quot;, &quot;tie&quot; or &quot;both_bad&quot;</source>
        <translation>&quot;a&quot;、&quot;b&quot;、&quot;tie&quot; 或 &quot;both_bad&quot;</translation>
    </message>
    <message>
        <source>a model letter (&quot;a&quot; to &quot;%1&quot;), &quot;tie&quot; or &quot;both_bad&quot;</source>
        <translation>模型字母（&quot;a&quot; 到 &quot;%1&quot;）、&quot;tie&quot; 或 &quot;both_bad&quot;</translation>
    </message>
    <message>
        <source>&quot;winner&quot; must be %1</source>
        <translation>&quot;winner&quot; 必须是 %1</translation>
    </message>
    <message>
        <source>&quot;winner&quot; is &quot;%1&quot;; it must be %2</source>
        <translation>&quot;winner&quot; 为 &quot;%1&quot;；它必须是 %2</translation>
    </message>
    <message>
        <source>&quot;order&quot; cannot go with a winner of &quot;%1&quot;</source>
        <translation>&quot;order&quot; 不能与胜者 &quot;%1&quot; 同时使用</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be an array of model letters</source>
        <translation>&quot;order&quot; 必须是模型字母的数组</translation>
    </message>
    <message>
        <source>&quot;order&quot; must list the model letters &quot;a&quot; to &quot;%1&quot;</source>
        <translation>&quot;order&quot; 必须列出模型字母 &quot;a&quot; 到 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>不是 JSON：%1（第 %2 个字符）</translation>
    </message>
    <message>
        <source>a vote must be a JSON object</source>
        <translation>投票必须是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的键 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a model name</source>
        <translation>&quot;%1&quot; 必须是模型名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;model_a&quot; and &quot;model_b&quot; are required</source>
        <translation>&quot;model_a&quot; 和 &quot;model_b&quot; 为必填项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; without &quot;%2&quot;</source>
        <translation>有 &quot;%1&quot; 却没有 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;tag&quot; must be a string</source>
        <translation>&quot;tag&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be an ISO 8601 date and time, such as 2026-12-07T11:25:00Z</source>
        <translation>&quot;time&quot; 必须是 ISO 8601 日期时间，例如 2026-12-07T11:25:00Z</translation>
    </message>
    <message>
        <source>&quot;prompt&quot; must be a string</source>
        <translation>&quot;prompt&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;identity_flag&quot; and &quot;counted&quot; must be true or false</source>
        <translation>&quot;identity_flag&quot; 和 &quot;counted&quot; 必须是 true 或 false</translation>
    </message>
</context>
<context>
    <name>Lineup::VoteStore</name>
    <message>
        <source>not a vote: %1</source>
        <translation>不是投票：%1</translation>
    </message>
    <message>
        <source>cannot store the vote: %1</source>
        <translation>无法保存投票：%1</translation>
    </message>
    <message>
        <source>cannot read the votes: %1</source>
        <translation>无法读取投票：%1</translation>
    </message>
    <message>
        <source>cannot read the tags: %1</source>
        <translation>无法读取标签：%1</translation>
    </message>
    <message>
        <source>cannot delete the vote: %1</source>
        <translation>无法删除投票：%1</translation>
    </message>
    <message>
        <source>cannot delete the comparison&apos;s votes: %1</source>
        <translation>无法删除该对比的投票：%1</translation>
    </message>
    <message>
        <source>cannot keep the comparison&apos;s votes: %1</source>
        <translation>无法保留该对比的投票：%1</translation>
    </message>
</context>
<context>
    <name>Lineup::WelcomeDialog</name>
    <message>
        <source>Welcome to Lineup</source>
        <translation>欢迎使用 Lineup</translation>
    </message>
    <message>
        <source>No local server answered on the usual ports (Ollama 11434, LM Studio 1234, llama.cpp 8080).</source>
        <translation>常用端口（Ollama 11434、LM Studio 1234、llama.cpp 8080）上没有本地服务器应答。</translation>
    </message>
    <message>
        <source>Local servers on this computer:</source>
        <translation>本机上的本地服务器：</translation>
    </message>
    <message>
        <source>Choose the service to chat with. You can add more services and change this later in Settings.</source>
        <translation>选择要聊天的服务。之后可以在设置中添加更多服务或更改此选择。</translation>
    </message>
    <message>
        <source>CometAPI (recommended)</source>
        <translation>CometAPI（推荐）</translation>
    </message>
    <message>
        <source>Use CometAPI</source>
        <translation>使用 CometAPI</translation>
    </message>
    <message>
        <source>One key for hundreds of models</source>
        <translation>一个密钥，数百个模型</translation>
    </message>
    <message>
        <source>CometAPI is one OpenAI-compatible service with hundreds of models behind a single key: GPT, Claude, Gemini, Grok, Qwen and more. Switching models is just picking another name. Paste your CometAPI key below; Lineup keeps it in your system keychain.</source>
        <translation>CometAPI 是一个 OpenAI 兼容服务，一个密钥即可使用数百个模型：GPT、Claude、Gemini、Grok、Qwen 等。切换模型只需选择另一个名称。请在下方粘贴你的 CometAPI 密钥；Lineup 会将其保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>CometAPI key (you can also add it later)</source>
        <translation>CometAPI 密钥（也可以稍后添加）</translation>
    </message>
    <message>
        <source>CometAPI key</source>
        <translation>CometAPI 密钥</translation>
    </message>
    <message>
        <source>Saved in the system keychain only, never in a settings file</source>
        <translation>只保存在系统钥匙串中，绝不写入设置文件</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Show or hide the key while typing</source>
        <translation>输入时显示或隐藏密钥</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Use the key found in %1</source>
        <translation>使用 %1 中的密钥</translation>
    </message>
    <message>
        <source>Import the key from %1</source>
        <translation>从 %1 导入密钥</translation>
    </message>
    <message>
        <source>Copy the key from the environment variable %1 into the system keychain</source>
        <translation>将环境变量 %1 中的密钥复制到系统钥匙串</translation>
    </message>
    <message>
        <source>Looking for local servers…</source>
        <translation>正在查找本地服务器…</translation>
    </message>
    <message>
        <source>Local servers</source>
        <translation>本地服务器</translation>
    </message>
    <message>
        <source>Also store the key found in %1 in the keychain, for OpenAI</source>
        <translation>同时将 %1 中的密钥存入钥匙串，供 OpenAI 使用</translation>
    </message>
    <message>
        <source>Adds the OpenAI profile with this key, kept in the system keychain</source>
        <translation>用此密钥添加 OpenAI 配置，并保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Set up later</source>
        <translation>稍后设置</translation>
    </message>
    <message>
        <source>Open Lineup without choosing a service now</source>
        <translation>暂不选择服务，直接打开 Lineup</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Keep the key in memory until Lineup quits; it is never written to disk</source>
        <translation>在 Lineup 退出前将密钥保留在内存中；绝不写入磁盘</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Save the choice and start chatting</source>
        <translation>保存选择并开始聊天</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving anything</source>
        <translation>不保存任何内容并关闭</translation>
    </message>
    <message>
        <source>%1 at %2 (1 model)</source>
        <translation>%2 上的 %1（1 个模型）</translation>
    </message>
    <message>
        <source>%1 at %2 (%3 models)</source>
        <translation>%2 上的 %1（%3 个模型）</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>Chat with the models of the %1 server running on this computer; no key needed</source>
        <translation>与本机上运行的 %1 服务器中的模型聊天；无需密钥</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>正在将密钥保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>The key was not saved. %1 You can keep it for this session only.</source>
        <translation>密钥未保存。%1 你可以仅在本次会话中保留它。</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain: %1</source>
        <translation>无法将密钥保存到钥匙串：%1</translation>
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
        <translation>LiteLLM 代理</translation>
    </message>
    <message>
        <source>Another OpenAI-compatible service (URL)</source>
        <translation>其他 OpenAI 兼容服务（URL）</translation>
    </message>
    <message>
        <source>Chat through %1</source>
        <translation>通过 %1 聊天</translation>
    </message>
    <message>
        <source>Base URL, e.g. http://localhost:8000/v1</source>
        <translation>基础 URL，例如 http://localhost:8000/v1</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>The address before /chat/completions, usually ending in /v1</source>
        <translation>/chat/completions 之前的地址，通常以 /v1 结尾</translation>
    </message>
    <message>
        <source>Key (optional)</source>
        <translation>密钥（可选）</translation>
    </message>
    <message>
        <source>%1 key (you can also add it later)</source>
        <translation>%1 密钥（也可以稍后添加）</translation>
    </message>
    <message>
        <source>%1 key</source>
        <translation>%1 密钥</translation>
    </message>
    <message>
        <source>Enter the service&apos;s base URL, starting with http:// or https://, e.g. http://localhost:8000/v1.</source>
        <translation>请输入服务的基础 URL，以 http:// 或 https:// 开头，例如 http://localhost:8000/v1。</translation>
    </message>
</context>
<context>
    <name>Lineup::WinRateHeatMap</name>
    <message>
        <source>Win rates between models</source>
        <translation>模型之间的胜率</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 and %2 have not met in a counted vote.</source>
        <translation>%1 和 %2 尚未在计入的投票中交手。</translation>
    </message>
    <message>
        <source>%1 against %2: won %3% of %4 pairwise results (a tie counts as half a win).</source>
        <translation>%1 对 %2：在 %4 次两两对决结果中胜出 %3%（平局计为半场胜利）。</translation>
    </message>
    <message>
        <source>No votes match the filters.</source>
        <translation>没有符合筛选条件的投票。</translation>
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
        <translation>%1（原样发送）</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (retry %3).</source>
        <translation>%1 %2 秒后重试（第 %3 次重试）。</translation>
    </message>
    <message>
        <source>the answer was stopped before it ended.</source>
        <translation>回答在结束前被停止。</translation>
    </message>
    <message>
        <source>cannot read image &quot;%1&quot;: %2</source>
        <translation>无法读取图片 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG, JPEG, WEBP or GIF image.</source>
        <translation>&quot;%1&quot; 不是 PNG、JPEG、WEBP 或 GIF 图片。</translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot;: %3</source>
        <translation>%1：无法读取 &quot;%2&quot;：%3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not valid JSON: %3 at offset %4</source>
        <translation>%1：&quot;%2&quot; 不是有效的 JSON：偏移 %4 处 %3</translation>
    </message>
    <message>
        <source>--schema: &quot;%1&quot; must hold a JSON object (a JSON Schema).</source>
        <translation>--schema：&quot;%1&quot; 必须包含一个 JSON 对象（JSON Schema）。</translation>
    </message>
    <message>
        <source>--tools: &quot;%1&quot; must hold a JSON array of tools.</source>
        <translation>--tools：&quot;%1&quot; 必须包含工具的 JSON 数组。</translation>
    </message>
    <message>
        <source>--tools: every entry of &quot;%1&quot; must be an object.</source>
        <translation>--tools：&quot;%1&quot; 的每个条目都必须是对象。</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds above 0 (got &quot;%2&quot;).</source>
        <translation>--%1 需要大于 0 的秒数（得到的是 &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>Model id, or profile/model.</source>
        <translation>模型 ID，或 profile/model。</translation>
    </message>
    <message>
        <source>System message.</source>
        <translation>系统消息。</translation>
    </message>
    <message>
        <source>Developer message (o1 and newer models).</source>
        <translation>开发者消息（o1 及更新的模型）。</translation>
    </message>
    <message>
        <source>Request parameter, typed: temperature=0.2, stop=[&quot;a&quot;], logprobs=true. Repeatable.</source>
        <translation>请求参数，带类型：temperature=0.2、stop=[&quot;a&quot;]、logprobs=true。可重复。</translation>
    </message>
    <message>
        <source>Ask for JSON following this JSON Schema (or {name, schema, strict}).</source>
        <translation>要求输出符合此 JSON Schema（或 {name, schema, strict}）的 JSON。</translation>
    </message>
    <message>
        <source>JSON array of tools the model may call.</source>
        <translation>模型可调用工具的 JSON 数组。</translation>
    </message>
    <message>
        <source>Attach an image (PNG, JPEG, WEBP, GIF). Repeatable.</source>
        <translation>附加图片（PNG、JPEG、WEBP、GIF）。可重复。</translation>
    </message>
    <message>
        <source>Ask for the whole answer at once.</source>
        <translation>一次性获取完整回答。</translation>
    </message>
    <message>
        <source>Print the assembled chat.completion JSON (plus done, error, timings, warnings) at the end instead of streaming text.</source>
        <translation>不流式输出文本，而是在结束时输出组装好的 chat.completion JSON（另含 done、error、timings、warnings）。</translation>
    </message>
    <message>
        <source>Write every SSE event as a JSON line (- : stdout).</source>
        <translation>将每个 SSE 事件写为一行 JSON（- 表示 stdout）。</translation>
    </message>
    <message>
        <source>Send the parameters exactly as given, without model-family adjustments.</source>
        <translation>完全按给定值发送参数，不做模型系列调整。</translation>
    </message>
    <message>
        <source>Abort a stream silent for this long (default 60).</source>
        <translation>流静默达到此时长即中止（默认 60）。</translation>
    </message>
    <message>
        <source>Give up when no answer starts within this time (default 30).</source>
        <translation>在此时间内回答未开始则放弃（默认 30）。</translation>
    </message>
    <message>
        <source>Retries for 429, 5xx and connection failures (default 3).</source>
        <translation>429、5xx 和连接失败的重试次数（默认 3）。</translation>
    </message>
    <message>
        <source>Save the exchange in the conversation history.</source>
        <translation>将此次交流保存到对话历史。</translation>
    </message>
    <message>
        <source>With --save: continue this saved conversation (its history is sent).</source>
        <translation>与 --save 一起使用：继续此已保存的对话（会发送其历史）。</translation>
    </message>
    <message>
        <source>The prompt, or - to read it from stdin.</source>
        <translation>提示词，或用 - 从 stdin 读取。</translation>
    </message>
    <message>
        <source>chat needs --model (e.g. --model gpt-5 or --model cometapi/gpt-5).</source>
        <translation>chat 需要 --model（例如 --model gpt-5 或 --model cometapi/gpt-5）。</translation>
    </message>
    <message>
        <source>chat needs a prompt (or - to read it from stdin); usage: %1</source>
        <translation>chat 需要一个提示词（或用 - 从 stdin 读取）；用法：%1</translation>
    </message>
    <message>
        <source>give the prompt either as text or as - (stdin), not both.</source>
        <translation>请以文本或 -（stdin）之一给出提示词，不要同时使用。</translation>
    </message>
    <message>
        <source>--conversation needs a conversation id (a positive number; `lineup-cli conversations list` shows them).</source>
        <translation>--conversation 需要一个对话 ID（正数；`lineup-cli conversations list` 会列出它们）。</translation>
    </message>
    <message>
        <source>--conversation only works together with --save.</source>
        <translation>--conversation 只能与 --save 一起使用。</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 10.</source>
        <translation>--retries 需要 0 到 10 之间的数字。</translation>
    </message>
    <message>
        <source>use either --schema or --param response_format, not both.</source>
        <translation>请只使用 --schema 或 --param response_format 之一，不要同时使用。</translation>
    </message>
    <message>
        <source>use either --tools or --param tools, not both.</source>
        <translation>请只使用 --tools 或 --param tools 之一，不要同时使用。</translation>
    </message>
    <message>
        <source>the prompt read from stdin is empty.</source>
        <translation>从 stdin 读取的提示词为空。</translation>
    </message>
    <message>
        <source>the prompt is empty.</source>
        <translation>提示词为空。</translation>
    </message>
    <message>
        <source>tool call %1(%2)</source>
        <translation>工具调用 %1(%2)</translation>
    </message>
    <message>
        <source>[id %1]</source>
        <translation>[ID %1]</translation>
    </message>
    <message>
        <source>(arguments are not valid JSON)</source>
        <translation>（参数不是有效的 JSON）</translation>
    </message>
    <message>
        <source>--events: cannot write &quot;%1&quot;: %2</source>
        <translation>--events：无法写入 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>--- choice %1 ---</source>
        <translation>--- 选项 %1 ---</translation>
    </message>
    <message>
        <source>cannot open the conversation history in %1: %2</source>
        <translation>无法打开 %1 中的对话历史：%2</translation>
    </message>
    <message>
        <source>there is no saved conversation %1; `lineup-cli conversations list` shows them.</source>
        <translation>没有已保存的对话 %1；`lineup-cli conversations list` 会列出它们。</translation>
    </message>
    <message>
        <source>cannot save the conversation: %1</source>
        <translation>无法保存对话：%1</translation>
    </message>
    <message>
        <source>the answer could not be saved completely: %1</source>
        <translation>回答未能完整保存：%1</translation>
    </message>
    <message>
        <source>saved in conversation %1.</source>
        <translation>已保存到对话 %1。</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>--profile and --base-url cannot be used together; choose one.</source>
        <translation>--profile 和 --base-url 不能同时使用；请选择其一。</translation>
    </message>
    <message>
        <source>--base-url &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>--base-url &quot;%1&quot; 不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;; `lineup-cli profiles list` shows the profiles, `lineup-cli profiles add` adds one.</source>
        <translation>没有配置 &quot;%1&quot;；`lineup-cli profiles list` 列出配置，`lineup-cli profiles add` 添加配置。</translation>
    </message>
    <message>
        <source>--key-env names %1, but that environment variable is empty or not set.</source>
        <translation>--key-env 指定了 %1，但该环境变量为空或未设置。</translation>
    </message>
    <message>
        <source>Service profile to use (default: the default profile, or the prefix of a profile/model string).</source>
        <translation>要使用的服务配置（默认：默认配置，或 profile/model 字符串的前缀）。</translation>
    </message>
    <message>
        <source>Talk to this OpenAI-compatible base URL instead of a profile (no key unless --key-env).</source>
        <translation>不使用配置，而是连接此 OpenAI 兼容基础 URL（除非指定 --key-env，否则不使用密钥）。</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>从此环境变量读取 API 密钥。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>(usage: %1)</source>
        <translation>（用法：%1）</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>API key for %1 (input hidden): </source>
        <translation>%1 的 API 密钥（输入不会显示）：</translation>
    </message>
    <message>
        <source>no keychain is available (no Secret Service is running): the key was not stored.</source>
        <translation>没有可用的钥匙串（Secret Service 未运行）：密钥未保存。</translation>
    </message>
    <message>
        <source>Start a keyring (e.g. gnome-keyring) or set %1 instead.</source>
        <translation>请启动密钥环（如 gnome-keyring），或改为设置 %1。</translation>
    </message>
    <message>
        <source>Start a keyring (e.g. gnome-keyring) and try again.</source>
        <translation>请启动密钥环（如 gnome-keyring）后重试。</translation>
    </message>
    <message>
        <source>the keychain refused access (locked, or the request was denied).</source>
        <translation>钥匙串拒绝访问（已锁定，或请求被拒绝）。</translation>
    </message>
    <message>
        <source>the keychain failed.</source>
        <translation>钥匙串出错。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>The key is read from stdin (hidden when typed on a terminal), never from an argument.</source>
        <translation>密钥从 stdin 读取（在终端输入时不显示），绝不从参数读取。</translation>
    </message>
    <message>
        <source>keys needs set or delete and a profile (usage: %1).</source>
        <translation>keys 需要 set 或 delete 以及一个配置（用法：%1）。</translation>
    </message>
    <message>
        <source>keys %1 needs a profile id (usage: %2).</source>
        <translation>keys %1 需要一个配置 ID（用法：%2）。</translation>
    </message>
    <message>
        <source>the key is read from stdin, never from an argument (arguments are visible to other users and stay in shell history); use: printf %s &quot;$KEY&quot; | lineup-cli keys set PROFILE</source>
        <translation>密钥从 stdin 读取，绝不从参数读取（参数对其他用户可见，并会留在 shell 历史中）；用法：printf %s &quot;$KEY&quot; | lineup-cli keys set PROFILE</translation>
    </message>
    <message>
        <source>keys delete takes only a profile id.</source>
        <translation>keys delete 只接受一个配置 ID。</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;; `lineup-cli profiles list` shows the profiles.</source>
        <translation>没有配置 &quot;%1&quot;；`lineup-cli profiles list` 列出配置。</translation>
    </message>
    <message>
        <source>no key arrived on stdin (usage: %1).</source>
        <translation>stdin 中没有收到密钥（用法：%1）。</translation>
    </message>
    <message>
        <source>the key read from stdin spans several lines; give one line.</source>
        <translation>从 stdin 读取的密钥跨越多行；请只给一行。</translation>
    </message>
    <message>
        <source>Stored the key for %1 in the keychain.</source>
        <translation>已将 %1 的密钥保存到钥匙串。</translation>
    </message>
    <message>
        <source>No key was stored for %1.</source>
        <translation>%1 没有已保存的密钥。</translation>
    </message>
    <message>
        <source>Deleted the key for %1 from the keychain.</source>
        <translation>已从钥匙串中删除 %1 的密钥。</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>IN $/1M</source>
        <translation>输入 $/1M</translation>
    </message>
    <message>
        <source>OUT $/1M</source>
        <translation>输出 $/1M</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>输出 JSON 数组而不是表格。</translation>
    </message>
    <message>
        <source>models takes no arguments (got &quot;%1&quot;); usage: %2</source>
        <translation>models 不接受参数（得到的是 &quot;%1&quot;）；用法：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>keychain or %1</source>
        <translation>钥匙串或 %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Short id, used in profile/model.</source>
        <translation>短 ID，用于 profile/model。</translation>
    </message>
    <message>
        <source>Name shown to people.</source>
        <translation>向用户显示的名称。</translation>
    </message>
    <message>
        <source>OpenAI-compatible base URL.</source>
        <translation>OpenAI 兼容的基础 URL。</translation>
    </message>
    <message>
        <source>http://host:port, socks5://host:port, or none (default: the system proxy).</source>
        <translation>http://host:port、socks5://host:port 或 none（默认：系统代理）。</translation>
    </message>
    <message>
        <source>Service kind (default custom).</source>
        <translation>服务类型（默认 custom）。</translation>
    </message>
    <message>
        <source>Environment variable holding the key when none is stored.</source>
        <translation>未保存密钥时存放密钥的环境变量。</translation>
    </message>
    <message>
        <source>The service needs no API key.</source>
        <translation>此服务不需要 API 密钥。</translation>
    </message>
    <message>
        <source>Replace a profile with this id.</source>
        <translation>替换具有此 ID 的配置。</translation>
    </message>
    <message>
        <source>Make it the default profile.</source>
        <translation>设为默认配置。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--id needs letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation>--id 只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;（得到的是 &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>--base-url needs an http:// or https:// address (got &quot;%1&quot;).</source>
        <translation>--base-url 需要 http:// 或 https:// 地址（得到的是 &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;; known kinds: cometapi, openai, openrouter, litellm, ollama, lmstudio, llamacpp, vllm, custom.</source>
        <translation>未知的 --kind &quot;%1&quot;；已知类型：cometapi、openai、openrouter、litellm、ollama、lmstudio、llamacpp、vllm、custom。</translation>
    </message>
    <message>
        <source>a profile &quot;%1&quot; already exists; add --replace to replace it.</source>
        <translation>配置 &quot;%1&quot; 已存在；添加 --replace 以替换它。</translation>
    </message>
    <message>
        <source>could not write the settings file %1.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
    <message>
        <source>Added profile %1 (%2).</source>
        <translation>已添加配置 %1（%2）。</translation>
    </message>
    <message>
        <source>Profile id.</source>
        <translation>配置 ID。</translation>
    </message>
    <message>
        <source>give exactly one profile id (usage: %1).</source>
        <translation>请只给出一个配置 ID（用法：%1）。</translation>
    </message>
    <message>
        <source>could not remove profile &quot;%1&quot;.</source>
        <translation>无法移除配置 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Removed profile %1.</source>
        <translation>已移除配置 %1。</translation>
    </message>
    <message>
        <source>A key stored for it stays in the keychain until `lineup-cli keys delete %1`.</source>
        <translation>为它保存的密钥会保留在钥匙串中，直到执行 `lineup-cli keys delete %1`。</translation>
    </message>
    <message>
        <source>%1 is now the default profile.</source>
        <translation>%1 现在是默认配置。</translation>
    </message>
    <message>
        <source>Usage: lineup-cli profiles list|add|remove|set-default (`lineup-cli profiles add --help` for details)</source>
        <translation>用法：lineup-cli profiles list|add|remove|set-default（详情见 `lineup-cli profiles add --help`）</translation>
    </message>
    <message>
        <source>profiles needs an action: list, add, remove or set-default.</source>
        <translation>profiles 需要一个操作：list、add、remove 或 set-default。</translation>
    </message>
    <message>
        <source>unknown profiles action &quot;%1&quot;; use list, add, remove or set-default.</source>
        <translation>未知的 profiles 操作 &quot;%1&quot;；请使用 list、add、remove 或 set-default。</translation>
    </message>
    <message>
        <source>%1 needs a directory.</source>
        <translation>%1 需要一个目录。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; `lineup-cli --help` lists the commands.</source>
        <translation>未知命令 &quot;%1&quot;；`lineup-cli --help` 会列出命令。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>配置“%1”：%2</translation>
    </message>
    <message>
        <source>Send the key even to a plain http:// address on another computer (it travels unencrypted).</source>
        <translation>也向另一台计算机上的明文 http:// 地址发送密钥（以未加密方式传输）。</translation>
    </message>
    <message>
        <source>Send the key even though the base URL is plain http:// to another computer (it travels unencrypted).</source>
        <translation>即使基础 URL 是指向另一台计算机的明文 http:// 地址也发送密钥（以未加密方式传输）。</translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation>schema：%1</translation>
    </message>
    <message>
        <source>the answer does not match the requested format (%1).</source>
        <translation>回答不符合请求的格式（%1）。</translation>
    </message>
    <message>
        <source>--tool-result needs --conversation ID and --save: it answers the tool calls of a saved conversation&apos;s last answer.</source>
        <translation>--tool-result 需要 --conversation ID 和 --save：它用于回应已保存对话中最后一个回答的工具调用。</translation>
    </message>
    <message>
        <source>--tool-result needs CALL_ID=TEXT or CALL_ID=@FILE (got &quot;%1&quot;).</source>
        <translation>--tool-result 需要 CALL_ID=TEXT 或 CALL_ID=@FILE（得到的是 &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>--tool-result %1: cannot read &quot;%2&quot;: %3</source>
        <translation>--tool-result %1：无法读取 &quot;%2&quot;：%3</translation>
    </message>
    <message>
        <source>--tool-result %1 is given twice.</source>
        <translation>--tool-result %1 被指定了两次。</translation>
    </message>
    <message>
        <source>With --conversation and --save: the result of the last answer&apos;s tool call CALL_ID, as text or @FILE; one per call. Repeatable.</source>
        <translation>与 --conversation 和 --save 一起使用：最后一个回答中工具调用 CALL_ID 的结果，可为文本或 @FILE；每个调用一个。可重复指定。</translation>
    </message>
    <message>
        <source>--tool-result continues the conversation with tool results: give no prompt or image with it.</source>
        <translation>--tool-result 用工具结果继续对话：请勿同时提供提示词或图片。</translation>
    </message>
    <message>
        <source>the last answer of conversation %1 called tools and waits for their results: give --tool-result ID=TEXT for %2 (and no prompt).</source>
        <translation>对话 %1 的最后一个回答调用了工具，正在等待结果：请为 %2 提供 --tool-result ID=TEXT（且不要提供提示词）。</translation>
    </message>
    <message>
        <source>the last answer of conversation %1 has no tool call waiting for a result.</source>
        <translation>对话 %1 的最后一个回答中没有等待结果的工具调用。</translation>
    </message>
    <message>
        <source>the last answer of conversation %1 has no tool call &quot;%2&quot; waiting; it waits for %3.</source>
        <translation>对话 %1 的最后一个回答中没有等待结果的工具调用 &quot;%2&quot;；它在等待 %3。</translation>
    </message>
    <message>
        <source>every tool call needs a result (services refuse the request otherwise): missing --tool-result for %1.</source>
        <translation>每个工具调用都需要结果（否则服务会拒绝请求）：缺少 %1 的 --tool-result。</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not JSON: %2 at offset %3</source>
        <translation>&quot;%1&quot; 不是 JSON：偏移 %3 处 %2</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>存在多个值</translation>
    </message>
    <message>
        <source>check: also apply the strict structured-output rules.</source>
        <translation>check：同时应用严格结构化输出规则。</translation>
    </message>
    <message>
        <source>Print {&quot;valid&quot;: bool, &quot;errors&quot;: [{&quot;path&quot;, &quot;message&quot;}]}.</source>
        <translation>输出 {&quot;valid&quot;: bool, &quot;errors&quot;: [{&quot;path&quot;, &quot;message&quot;}]}。</translation>
    </message>
    <message>
        <source>check, validate or infer.</source>
        <translation>check、validate 或 infer。</translation>
    </message>
    <message>
        <source>schema check needs one FILE.</source>
        <translation>schema check 需要一个 FILE。</translation>
    </message>
    <message>
        <source>schema validate needs SCHEMA and INSTANCE.</source>
        <translation>schema validate 需要 SCHEMA 和 INSTANCE。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>schema infer needs one EXAMPLE file.</source>
        <translation>schema infer 需要一个 EXAMPLE 文件。</translation>
    </message>
    <message>
        <source>schema needs an action.</source>
        <translation>schema 需要一个操作。</translation>
    </message>
    <message>
        <source>unknown schema action &quot;%1&quot;.</source>
        <translation>未知的 schema 操作 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--%1 needs a price in USD per 1M tokens (a number, 0 or more), not &quot;%2&quot;.</source>
        <translation>--%1 需要每百万 token 的美元价格（0 或更大的数字），而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>USD per 1M prompt tokens.</source>
        <translation>每百万提示 token 的美元价格。</translation>
    </message>
    <message>
        <source>USD per 1M completion tokens.</source>
        <translation>每百万补全 token 的美元价格。</translation>
    </message>
    <message>
        <source>USD per 1M cached prompt tokens (default: the input price).</source>
        <translation>每百万缓存提示 token 的美元价格（默认：输入价格）。</translation>
    </message>
    <message>
        <source>Context length in tokens, for a service that does not say.</source>
        <translation>上下文长度（token），用于未提供该值的服务。</translation>
    </message>
    <message>
        <source>prices set needs exactly one model id (usage: %1)</source>
        <translation>prices set 需要恰好一个模型 ID（用法：%1）</translation>
    </message>
    <message>
        <source>prices set needs --input and --output (usage: %1)</source>
        <translation>prices set 需要 --input 和 --output（用法：%1）</translation>
    </message>
    <message>
        <source>--context needs a number of tokens, not &quot;%1&quot;.</source>
        <translation>--context 需要一个 token 数，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>cannot write the settings file %1</source>
        <translation>无法写入设置文件 %1</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>CACHED INPUT</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>USD per 1M tokens.</source>
        <translation>每百万 token 的美元价格。</translation>
    </message>
    <message>
        <source>prices delete needs exactly one model id (usage: %1)</source>
        <translation>prices delete 需要恰好一个模型 ID（用法：%1）</translation>
    </message>
    <message>
        <source>there is no price for &quot;%1&quot;; `lineup-cli prices list` shows the table.</source>
        <translation>没有 &quot;%1&quot; 的价格；`lineup-cli prices list` 会显示价格表。</translation>
    </message>
    <message>
        <source>Usage: lineup-cli prices set MODEL --input USD --output USD [--cached-input USD] [--context TOKENS]
       lineup-cli prices list [--json]
       lineup-cli prices delete MODEL
Prices are USD per 1M tokens, shared with the app; a price the service&apos;s model list gives wins over the table.
</source>
        <translation>用法：lineup-cli prices set MODEL --input USD --output USD [--cached-input USD] [--context TOKENS]
       lineup-cli prices list [--json]
       lineup-cli prices delete MODEL
价格以每百万 token 的美元计，与应用共用；服务模型列表给出的价格优先于价格表。
</translation>
    </message>
    <message>
        <source>unknown prices command &quot;%1&quot;; use set, list or delete.</source>
        <translation>未知的 prices 命令 &quot;%1&quot;；请使用 set、list 或 delete。</translation>
    </message>
    <message>
        <source>--pane-param needs N:name=value with N from 1 to %1, the position of a --model (got &quot;%2&quot;).</source>
        <translation>--pane-param 需要 N:name=value，N 为 1 到 %1，即某个 --model 的位置（得到的是 &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>Model id, or profile/model; one per pane, 2 to 8. Repeatable.</source>
        <translation>模型 ID，或 profile/model；每个窗格一个，2 到 8 个。可重复。</translation>
    </message>
    <message>
        <source>Request parameter sent to every model. Repeatable.</source>
        <translation>发送给每个模型的请求参数。可重复。</translation>
    </message>
    <message>
        <source>Request parameter for the Nth --model only (value null: not sent there). Repeatable.</source>
        <translation>仅用于第 N 个 --model 的请求参数（值为 null：不向该模型发送）。可重复。</translation>
    </message>
    <message>
        <source>System message sent to every model.</source>
        <translation>发送给每个模型的系统消息。</translation>
    </message>
    <message>
        <source>Save the comparison in the conversation history.</source>
        <translation>将对比保存到对话历史中。</translation>
    </message>
    <message>
        <source>Print {&quot;comparison_id&quot;, &quot;results&quot;: [...]} at the end, one result per --model as chat --json prints it, plus model and profile.</source>
        <translation>最后输出 {&quot;comparison_id&quot;, &quot;results&quot;: [...]}，每个 --model 一个结果，格式同 chat --json 的输出，另加 model 和 profile。</translation>
    </message>
    <message>
        <source>compare needs %1 to %2 --model options, one per model to compare (got %3).</source>
        <translation>compare 需要 %1 到 %2 个 --model 选项，每个要对比的模型一个（得到的是 %3 个）。</translation>
    </message>
    <message>
        <source>--model needs a model id (e.g. gpt-5 or cometapi/gpt-5).</source>
        <translation>--model 需要一个模型 ID（例如 gpt-5 或 cometapi/gpt-5）。</translation>
    </message>
    <message>
        <source>compare needs a prompt (or - to read it from stdin); usage: %1</source>
        <translation>compare 需要一个提示词（或用 - 从 stdin 读取）；用法：%1</translation>
    </message>
    <message>
        <source>first token (ms)</source>
        <translation>首个 token（ms）</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>total (ms)</source>
        <translation>总计（ms）</translation>
    </message>
    <message>
        <source>prompt tokens</source>
        <translation>提示 token</translation>
    </message>
    <message>
        <source>completion tokens</source>
        <translation>补全 token</translation>
    </message>
    <message>
        <source>reasoning tokens</source>
        <translation>推理 token</translation>
    </message>
    <message>
        <source>cost (USD)</source>
        <translation>费用（USD）</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>[error: %1]</source>
        <translation>[错误：%1]</translation>
    </message>
    <message>
        <source>[stopped before it ended]</source>
        <translation>[在结束前已停止]</translation>
    </message>
    <message>
        <source>cannot save the comparison: %1</source>
        <translation>无法保存对比：%1</translation>
    </message>
    <message>
        <source>saved as comparison %1.</source>
        <translation>已保存为对比 %1。</translation>
    </message>
    <message>
        <source>%1 needs name=value (got &quot;%2&quot;).</source>
        <translation>%1 需要 name=value（得到的是 &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>%1 %2: use %3 instead.</source>
        <translation>%1 %2：请改用 %3。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Only votes with this tag (any case).</source>
        <translation>仅带此标签的投票（不区分大小写）。</translation>
    </message>
    <message>
        <source>Only votes from this day (YYYY-MM-DD, local time) or time (ISO 8601) on.</source>
        <translation>仅此日期（YYYY-MM-DD，本地时间）或此时间（ISO 8601）起的投票。</translation>
    </message>
    <message>
        <source>Only votes up to the end of this day, or before this time.</source>
        <translation>仅截至此日期结束或此时间之前的投票。</translation>
    </message>
    <message>
        <source>--%1 needs a date (2026-12-07) or an ISO 8601 time (2026-12-07T14:30:00Z), not &quot;%2&quot;.</source>
        <translation>--%1 需要日期（2026-12-07）或 ISO 8601 时间（2026-12-07T14:30:00Z），而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>both bad</source>
        <translation>都不好</translation>
    </message>
    <message>
        <source>all bad</source>
        <translation>全都不好</translation>
    </message>
    <message>
        <source>%1 better</source>
        <translation>%1 更好</translation>
    </message>
    <message>
        <source>%1 best</source>
        <translation>%1 最好</translation>
    </message>
    <message>
        <source>Print a JSON array (the export&apos;s objects with &quot;id&quot; and &quot;comparison_id&quot;).</source>
        <translation>输出 JSON 数组（导出的对象，外加 &quot;id&quot; 和 &quot;comparison_id&quot;）。</translation>
    </message>
    <message>
        <source>no votes yet: vote in a blind comparison, or `lineup-cli votes import FILE`.</source>
        <translation>还没有投票：请在盲测对比中投票，或使用 `lineup-cli votes import FILE`。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>MODELS (A, B, ...)</source>
        <translation>模型（A、B、…）</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>named a model</source>
        <translation>提及了模型名称</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>votes import needs one file (usage: %1)</source>
        <translation>votes import 需要一个文件（用法：%1）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>bad lines not shown: %1</source>
        <translation>未显示的错误行：%1</translation>
    </message>
    <message>
        <source>nothing was imported; fix the lines above and import the file again.</source>
        <translation>未导入任何内容；请修正上面的行，然后重新导入该文件。</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>imported 1 vote</source>
        <translation>已导入 1 票</translation>
    </message>
    <message numerus="yes">
        <source>imported %n votes</source>
        <translation>
            <numerusform>已导入 %n 票</numerusform>
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
        <translation>用法：lineup-cli votes list [--json] [--tag T] [--since DATE] [--until DATE]
       lineup-cli votes export [-o FILE] [--tag T] [--since DATE] [--until DATE]
       lineup-cli votes import FILE|-
盲测竞技场的投票，以 JSON Lines 格式，每行一票：
  {&quot;model_a&quot;: &quot;...&quot;, &quot;model_b&quot;: &quot;...&quot;, &quot;winner&quot;: &quot;a&quot;|&quot;b&quot;|&quot;tie&quot;|&quot;both_bad&quot;, &quot;tag&quot;: &quot;...&quot;, &quot;time&quot;: &quot;ISO 8601&quot;}
导入时先检查每一行；只要有一行有误，就指出该行及其问题，并且不做任何更改。
</translation>
    </message>
    <message>
        <source>unknown votes command &quot;%1&quot;; use list, export or import.</source>
        <translation>未知的 votes 命令 &quot;%1&quot;；请使用 list、export 或 import。</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;models&quot;: [{&quot;model&quot;, &quot;rating&quot;, &quot;ci_low&quot;, &quot;ci_high&quot;, &quot;rank&quot;, &quot;votes&quot;, &quot;wins&quot;, &quot;losses&quot;, &quot;ties&quot;}], ...}.</source>
        <translation>输出 JSON：{&quot;models&quot;: [{&quot;model&quot;, &quot;rating&quot;, &quot;ci_low&quot;, &quot;ci_high&quot;, &quot;rank&quot;, &quot;votes&quot;, &quot;wins&quot;, &quot;losses&quot;, &quot;ties&quot;}], ...}。</translation>
    </message>
    <message>
        <source>Seed of the bootstrap resampling (default 1): the same votes and seed give the same intervals.</source>
        <translation>bootstrap 重采样的种子（默认 1）：投票和种子相同，区间也相同。</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed 需要 0 到 4294967295 之间的整数，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>no votes to rank (votes left out of the leaderboard and votes outside the filters do not count).</source>
        <translation>没有可排名的投票（排除在排行榜之外的投票和不符合筛选条件的投票不计入）。</translation>
    </message>
    <message>
        <source>RANK</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>RATING</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>95% INTERVAL</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>VOTES</source>
        <translation>投票数</translation>
    </message>
    <message>
        <source>WINS</source>
        <translation>胜</translation>
    </message>
    <message>
        <source>LOSSES</source>
        <translation>负</translation>
    </message>
    <message>
        <source>TIES</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>Votes counted: %1. Bradley-Terry fit, Elo scale (mean 1000), 95% intervals from %2 bootstrap resamples (seed %3).</source>
        <translation>计入的投票：%1。采用 Bradley-Terry 拟合，Elo 标度（均值 1000），95% 区间来自 %2 次 bootstrap 重采样（种子 %3）。</translation>
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
        <translation>用法：lineup-cli [--data-dir DIR] [--config-dir DIR] COMMAND [OPTIONS]

命令：
  models          列出服务提供的模型
  chat            发送提示词并将回答流式输出到 stdout
  profiles        列出、添加、移除服务配置，或选择默认配置
  keys            在钥匙串中存储或删除配置的 API 密钥（从 stdin 读取）
  conversations   列出、显示、导出或删除已保存的对话；查看其用量
  prices          与应用共用的价格表（每百万 token 的美元价格）
  schema          检查 JSON Schema、根据 schema 验证值、推断 schema
  votes           列出、导出或导入盲测竞技场的投票（JSON Lines）
  leaderboard     按投票给模型排名（Bradley-Terry，95% 区间）

全局选项：
  --data-dir DIR    对话历史位置（默认：与应用相同；或 LINEUP_DATA_DIR）
  --config-dir DIR  设置位置（默认：与应用相同；或 LINEUP_CONFIG_DIR）
  --help, --version

`lineup-cli COMMAND --help` 会说明某个命令。

退出状态：0 成功，1 其他失败（I/O、存储），2 用法错误，3 服务错误，
4 网络错误，5 回答不完整（停滞、中断、已停止），6 密钥或钥匙串错误，
8 schema 不匹配（回答或实例不匹配，或 schema 检查发现问题）。
</translation>
    </message>
    <message>
        <source>  compare         ask several models at once; their answers and numbers side by side
</source>
        <translation>  compare         同时询问多个模型，并排显示它们的回答和数据
</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schema</translation>
    </message>
</context>
<context>
    <name>SchemaLint</name>
    <message>
        <source>not valid JSON Schema: %1</source>
        <translation>不是有效的 JSON Schema：%1</translation>
    </message>
</context>
<context>
    <name>SchemaPanel</name>
    <message>
        <source>Object with a few fields</source>
        <translation>包含几个字段的对象</translation>
    </message>
    <message>
        <source>List of items</source>
        <translation>条目列表</translation>
    </message>
    <message>
        <source>Classification (enum)</source>
        <translation>分类（enum）</translation>
    </message>
    <message>
        <source>Optional field (nullable)</source>
        <translation>可选字段（nullable）</translation>
    </message>
</context>
</TS>
