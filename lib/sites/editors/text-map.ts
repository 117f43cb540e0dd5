/**
 * Maps a rich editor's DOM to the plain text the user sees, and back.
 *
 * Rules (the same for every contenteditable engine, tuned by `TextMapOptions`):
 * - each block element starts a new line; an empty block is an empty line;
 * - `<br>` is a line break, except the last one in a block, which browsers do not render as a
 *   line of its own (Lexical, Quill, ProseMirror, CKEditor and Draft all put one in empty blocks);
 * - zero-width placeholders (\uFEFF, \u200B, \u2060) are not text;
 * - non-editable islands (decorations, placeholders, widgets) are not text.
 */

export interface TextMapOptions {
  /** Extra elements to leave out entirely (never their text). */
  skip?: (el: Element) => boolean;
  /** Elements that count as blocks besides the usual block tags. */
  isBlock?: (el: Element) => boolean;
  /** Lets an engine drop characters its renderer adds only for display (e.g. Draft's extra '\n'). */
  visibleLength?: (node: Text, data: string) => number;
}

type Point = [Node, number];

interface TextSegment {
  kind: 'text';
  start: number;
  node: Text;
  /** Offset in `node` of each emitted UTF-16 unit. */
  offsets: number[];
}

interface BreakSegment {
  kind: 'break';
  start: number;
  /** DOM points where the break begins and ends (filled in after the walk for block breaks). */
  before: Point | null;
  after: Point | null;
}

type Segment = TextSegment | BreakSegment;

export interface TextMap {
  text: string;
  segments: Segment[];
  root: HTMLElement;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME']);
const ZERO_WIDTH = /[\uFEFF\u200B\u2060]/;

function isNonEditable(el: Element): boolean {
  return el.getAttribute('contenteditable') === 'false';
}

export function buildTextMap(root: HTMLElement, options: TextMapOptions = {}): TextMap {
  const segments: Segment[] = [];
  let length = 0;
  let lineHasContent = false;
  /** A block ended: the next content starts a new line. */
  let pendingBlockBreak = false;
  /** A <br> whose line break only counts if more content follows in the same block. */
  let pendingBr: HTMLBRElement | null = null;
  const parts: string[] = [];

  const pushBreak = (before: Point | null, after: Point | null) => {
    segments.push({ kind: 'break', start: length, before, after });
    parts.push('\n');
    length += 1;
    lineHasContent = false;
  };
  const flushPending = () => {
    if (pendingBlockBreak) {
      pendingBlockBreak = false;
      pushBreak(null, null);
    }
    if (pendingBr) {
      const br = pendingBr;
      pendingBr = null;
      const parent = br.parentNode!;
      const index = Array.prototype.indexOf.call(parent.childNodes, br) as number;
      pushBreak([parent, index], [parent, index + 1]);
    }
  };

  const isBlock = (el: Element) => BLOCK_TAGS.has(el.tagName) || (options.isBlock?.(el) ?? false);

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const textNode = node as Text;
      const data = textNode.data;
      const visible = options.visibleLength ? options.visibleLength(textNode, data) : data.length;
      const offsets: number[] = [];
      let chunk = '';
      for (let i = 0; i < visible; i++) {
        const ch = data[i]!;
        if (ZERO_WIDTH.test(ch)) continue;
        offsets.push(i);
        chunk += ch;
      }
      if (!chunk) return;
      flushPending();
      segments.push({ kind: 'text', start: length, node: textNode, offsets });
      parts.push(chunk);
      length += chunk.length;
      lineHasContent = !chunk.endsWith('\n');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el !== root && (SKIP_TAGS.has(el.tagName) || isNonEditable(el) || options.skip?.(el))) return;
    if (el.tagName === 'BR') {
      // A second <br> while one is pending: the first one is a real line break.
      if (pendingBr) flushPending();
      else if (pendingBlockBreak) flushPending();
      pendingBr = el as HTMLBRElement;
      return;
    }
    const block = el !== root && isBlock(el);
    if (block) {
      pendingBr = null;
      if (pendingBlockBreak || lineHasContent) {
        pendingBlockBreak = false;
        pushBreak(null, [el, 0]);
      }
    }
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) {
      pendingBr = null;
      pendingBlockBreak = true;
      lineHasContent = false;
    }
  };
  walk(root);

  // Block breaks sit between the end of the previous text and the start of the next.
  let lastEnd: Point = [root, 0];
  for (const seg of segments) {
    if (seg.kind === 'text') {
      lastEnd = [seg.node, seg.offsets[seg.offsets.length - 1]! + 1];
    } else {
      if (!seg.before) seg.before = lastEnd;
      if (seg.after) lastEnd = seg.after;
    }
  }
  let nextStart: Point = [root, root.childNodes.length];
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i]!;
    if (seg.kind === 'text') nextStart = [seg.node, seg.offsets[0]!];
    else {
      if (!seg.after) seg.after = nextStart;
      nextStart = seg.before!;
    }
  }

  return { text: parts.join(''), segments, root };
}

function segmentLength(seg: Segment): number {
  return seg.kind === 'text' ? seg.offsets.length : 1;
}

/** Index of the segment holding character `offset`, or -1. */
function segmentAt(map: TextMap, offset: number): number {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segs[mid]!;
    if (offset < seg.start) hi = mid - 1;
    else if (offset >= seg.start + segmentLength(seg)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** DOM point just before character `offset` (or the end of the text when offset === length). */
export function pointBefore(map: TextMap, offset: number): Point | null {
  if (offset < 0 || offset > map.text.length) return null;
  if (offset === map.text.length) return pointAfter(map, offset);
  const seg = map.segments[segmentAt(map, offset)];
  if (!seg) return null;
  return seg.kind === 'text' ? [seg.node, seg.offsets[offset - seg.start]!] : seg.before;
}

/** DOM point just after character `offset - 1` (or the start of the text when offset === 0). */
export function pointAfter(map: TextMap, offset: number): Point | null {
  if (offset < 0 || offset > map.text.length) return null;
  if (offset === 0) {
    const first = map.segments[0];
    if (!first) return [map.root, 0];
    return first.kind === 'text' ? [first.node, first.offsets[0]!] : first.before;
  }
  const seg = map.segments[segmentAt(map, offset - 1)];
  if (!seg) return null;
  return seg.kind === 'text' ? [seg.node, seg.offsets[offset - 1 - seg.start]! + 1] : seg.after;
}

export function rangeFromMap(map: TextMap, start: number, end: number): Range | null {
  if (!(start >= 0 && end >= start && end <= map.text.length)) return null;
  const a = start === end ? pointAfter(map, start) : pointBefore(map, start);
  const b = start === end ? a : pointAfter(map, end);
  if (!a || !b) return null;
  const range = map.root.ownerDocument.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}

/** Text offset of a DOM point inside the root, counting the characters before it. */
export function offsetOfPoint(map: TextMap, node: Node, offset: number): number | null {
  if (!map.root.contains(node)) return null;
  const doc = map.root.ownerDocument;
  const caret = doc.createRange();
  caret.setStart(node, offset);
  let count = 0;
  for (const seg of map.segments) {
    if (seg.kind === 'text') {
      if (seg.node === node) {
        return count + seg.offsets.filter((o) => o < offset).length;
      }
      // comparePoint: -1 when the point is before the caret.
      const lastEnd = seg.offsets[seg.offsets.length - 1]! + 1;
      if (caret.comparePoint(seg.node, lastEnd) <= 0) count += seg.offsets.length;
      else {
        if (caret.comparePoint(seg.node, seg.offsets[0]!) < 0) {
          return count + seg.offsets.filter((o) => caret.comparePoint(seg.node, o) < 0).length;
        }
        return count;
      }
    } else {
      const after = seg.after!;
      if (caret.comparePoint(after[0], after[1]) <= 0) count += 1;
      else return count;
    }
  }
  return count;
}
