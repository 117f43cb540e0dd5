/**
 * Builds the real-editor test pages and the demo page into tests/pages/dist with esbuild:
 * one bundle (js + css) and one HTML file per page. No network; idempotent.
 */
import { build } from 'esbuild';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const src = path.join(repo, 'tests/pages/src');
const dist = path.join(repo, 'tests/pages/dist');

export const PAGES = ['textarea', 'contenteditable', 'lexical', 'slate', 'quill', 'prosemirror', 'ckeditor5', 'draftjs'] as const;

// Draft.js 0.11 needs React 18; slate-react runs on it too, so every page shares one React.
const REACT_18 = { react: 'react-18', 'react-dom': 'react-dom-18' };

function html(name: string, title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${name}.css">
</head>
<body>
<script type="module" src="${name}.js"></script>
</body>
</html>
`;
}

export async function buildPages(): Promise<string[]> {
  await mkdir(dist, { recursive: true });
  // Stale files from older builds would be served as if current.
  for (const file of await readdir(dist)) await rm(path.join(dist, file), { recursive: true, force: true });

  // One build with shared chunks: the demo page reuses the engines' code instead of bundling it again.
  await build({
    entryPoints: [...PAGES, 'index'].map((name) => ({ in: path.join(src, `${name}.ts`), out: name })),
    bundle: true,
    splitting: true,
    format: 'esm',
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'browser',
    target: 'chrome120',
    outdir: dist,
    logLevel: 'warning',
    jsx: 'automatic',
    alias: REACT_18,
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.svg': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.png': 'dataurl' },
    legalComments: 'none',
  });

  const pages = [...PAGES, 'index'];
  await Promise.all(
    pages.map((name) =>
      writeFile(
        path.join(dist, `${name}.html`),
        html(name, name === 'index' ? 'Mindful Send · demo' : `${name} · Mindful Send test page`),
      ),
    ),
  );
  return pages;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  buildPages().then(
    (pages) => console.log(`Built ${pages.length} pages into ${path.relative(repo, dist)} in ${Date.now() - started} ms`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
