/**
 * V8 first runs a new regular expression in its interpreter, compiling it to bytecode, and makes
 * machine code only later. Bytecode for the rules' long alternations is large (about 16 MB for
 * all of them), and once an isolate has generated 1 MB of regex code with 16 MB of executable
 * memory committed (`TooMuchRegExpCode` in V8's regexp.cc), every regex compiled after that gets
 * unoptimised machine code: the rules then ran about half as fast. A first run on a subject of
 * 1000 chars or more makes V8 compile optimised machine code at once, with no bytecode (a few
 * hundred bytes per pattern). Strings are stored one or two bytes per char (two once an emoji is
 * in), and each width is compiled on its own, so both are warmed.
 */
const ONE_BYTE = 'ok so i think we can talk about it later, thanks for telling me. '.repeat(16);
const TWO_BYTE = `${ONE_BYTE}\uD83D\uDE42`;

/** Compiles `re` to machine code for both string widths; its `lastIndex` is kept. */
export function warm(re: RegExp): void {
  const last = re.lastIndex;
  re.lastIndex = 0;
  re.exec(ONE_BYTE);
  re.lastIndex = 0;
  re.exec(TWO_BYTE);
  re.lastIndex = last;
}

const warmed = new WeakSet<RegExp>();

/** `warm` once per regex. */
export function warmOnce(re: RegExp): void {
  if (warmed.has(re)) return;
  warmed.add(re);
  warm(re);
}
