// Consumes one streamed chat completion with the official OpenAI Node SDK, the way its README
// shows (stream: true, iterate the chunks, concatenate delta.content). Prints one JSON line:
// {"seconds", "content_bytes", "chunks"}.
//
//   node openai_sdk.mjs http://127.0.0.1:PORT/v1 [model]
import OpenAI from 'openai';

const baseURL = process.argv[2];
const model = process.argv[3] ?? 'bench-model';
const client = new OpenAI({ baseURL, apiKey: 'bench-key', maxRetries: 0, timeout: 600_000 });

const started = performance.now();
const stream = await client.chat.completions.create({
  model,
  messages: [{ role: 'user', content: 'Stream, please.' }],
  stream: true,
  stream_options: { include_usage: true },
});
let content = '';
let chunks = 0;
for await (const chunk of stream) {
  chunks += 1;
  content += chunk.choices[0]?.delta?.content ?? '';
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, content_bytes: Buffer.byteLength(content), chunks }));
