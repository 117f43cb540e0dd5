import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Data that exists for people and tests, never read at run time:
 * - every checker rule's `examples` (flagged and clean sentences one test runs),
 * - every site selector's `why` (the reason it exists and when it can go).
 * They stay in the source, where they belong, and are dropped from the built extension: otherwise they
 * would be a large part of a content script that loads on every messenger page.
 * The file is parsed with TypeScript's own parser rather than pattern-matched as text.
 */
const STRIP: Array<{ file: RegExp; property: string }> = [
  { file: /[\\/]lib[\\/]checker[\\/]rules[\\/][^\\/]+\.ts$/, property: 'examples' },
  { file: /[\\/]lib[\\/]sites[\\/](?:editors[\\/])?[^\\/]+\.ts$/, property: 'why' },
];

export function stripDocs(): Plugin {
  return {
    name: 'mindful-send:strip-docs',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      const rule = STRIP.find((s) => s.file.test(file));
      return rule ? { code: removeProperty(code, rule.property, file), map: null } : null;
    },
  };
}

/** `code` without any `name: value` property assignments (and their trailing comma). */
export function removeProperty(code: string, name: string, fileName = 'source.ts'): string {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: Array<[number, number]> = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && node.name.text === name) {
      let end = node.getEnd();
      while (/\s/.test(code[end] ?? '')) end++;
      if (code[end] === ',') end++;
      cuts.push([node.getStart(sf), end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = code;
  for (const [start, end] of cuts.reverse()) out = out.slice(0, start) + out.slice(end);
  return out;
}
