/**
 * alex, timed in a process of its own (started by checker-bench.ts). Each V8 isolate compiles every
 * regex after its first 1 MB of regex code without optimisation; alex and the checker are each
 * measured with the budget to themselves, as each runs alone in real use.
 */
import { text } from 'alex';

let messages: string[] = [];
let sink = 0;

process.on('message', (msg: { messages?: string[]; repeat?: number }) => {
  if (msg.messages) {
    messages = msg.messages;
    process.send!({ ready: true });
    return;
  }
  const repeat = msg.repeat ?? 1;
  const t0 = performance.now();
  for (let r = 0; r < repeat; r++) for (const m of messages) sink += text(m).messages.length;
  process.send!({ ms: (performance.now() - t0) / (messages.length * repeat), sink });
});
