// `npm run bench`: build time, page count and JavaScript per page type, against the budgets in
// docs/architecture.md#budgets.
// Prints numbers; it never fails a test on time (machines differ), only reports.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { exportTimings, layoutAndSvg, mapPageTimings } from './map.ts';
import { buildPdfSeconds, reportTimings } from './pdf.ts';

const budgets = { buildSeconds: 60, scaleFactor: 10 };
/** Up-front JavaScript each page type may load, gzip bytes (docs/architecture.md#budgets). */
const jsBudget: Record<string, number> = {
  guide: 0,
  'guides index': 0,
  home: 0,
  worksheet: 25 * 1024,
  'worksheets index': 25 * 1024,
  agenda: 25 * 1024,
  'presenter view': 25 * 1024,
};

function build(contentDir: string | undefined, outDir: string): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(contentDir ? { KIT_CONTENT_DIR: contentDir } : {}),
    },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
  return (performance.now() - start) / 1000;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/**
 * Gzipped bytes of the JavaScript a page loads up front: inline scripts, same-site module files and
 * everything they import statically. Dynamic import() is lazy (loaded when asked for) and not counted.
 */
function jsBytes(file: string, outDir: string): number {
  const html = readFileSync(file, 'utf8');
  const seen = new Set<string>();
  let bytes = 0;
  const addModule = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(outDir, path));
    bytes += gzipSync(code).length;
    for (const m of code.toString('utf8').matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) {
      addModule(join(path, '..', m[1]!));
    }
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(m[1]!)) continue;
    const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (src) addModule(src);
    else bytes += gzipSync(Buffer.from(m[2]!)).length;
  }
  return bytes;
}

const pageType = (path: string) =>
  /\/guides\/index\.html$/.test(path)
    ? 'guides index'
    : /\/guides\//.test(path)
      ? 'guide'
      : /\/worksheets\/index\.html$/.test(path)
        ? 'worksheets index'
        : /\/worksheets\//.test(path)
          ? 'worksheet'
          : /\/agendas\/[^/]+\/(present|notes)\//.test(path)
            ? 'presenter view'
            : /\/agendas\//.test(path)
              ? 'agenda'
              : /\/[a-z]{2}(-[A-Z]{2})?\/index\.html$/.test(path)
                ? 'home'
                : 'other';

const work = mkdtempSync(join(tmpdir(), 'kit-bench-'));
try {
  const out = join(work, 'dist');
  const runs = [0, 1, 2].map(() => build(undefined, out));
  const median = [...runs].sort((a, b) => a - b)[1]!;
  const pages = htmlFiles(out);
  const perType = new Map<string, number[]>();
  for (const p of pages) perType.set(pageType(p), [...(perType.get(pageType(p)) ?? []), jsBytes(p, out)]);
  const totalBytes = pages.reduce((s, p) => s + statSync(p).size, 0);

  // Scale: ten times the guides and the worksheets (each copied nine more times under new names, in every locale).
  const scaled = join(work, 'content');
  cpSync('content', scaled, { recursive: true });
  const counts = { guides: 0, worksheets: 0 };
  for (const collection of ['guides', 'worksheets'] as const) {
    for (const locale of readdirSync(join(scaled, collection))) {
      for (const name of readdirSync(join(scaled, collection, locale))) {
        counts[collection]++;
        const ext = name.slice(name.lastIndexOf('.'));
        for (let i = 1; i < 10; i++)
          cpSync(
            join(scaled, collection, locale, name),
            join(scaled, collection, locale, name.replace(ext, `-copy${i}${ext}`)),
          );
      }
    }
  }
  const scaledOut = join(work, 'dist-scaled');
  const scaledTime = build(scaled, scaledOut);
  const scaledPages = htmlFiles(scaledOut).length;

  const row = (what: string, value: string, budget: string, ok: boolean) =>
    console.log(
      `${what.padEnd(44)} ${value.padStart(14)}   budget ${budget.padEnd(14)} ${ok ? 'ok' : 'OVER'}`,
    );
  console.log(`Mentoring Network Kit benchmarks (${new Date().toISOString()})\n`);
  row(
    'full build, two locales (median of 3)',
    `${median.toFixed(2)} s`,
    `≤ ${budgets.buildSeconds} s`,
    median <= budgets.buildSeconds,
  );
  console.log(
    `${''.padEnd(44)} runs: ${runs.map((r) => r.toFixed(2)).join(', ')} s; ${pages.length} pages, ${(totalBytes / 1024).toFixed(0)} KB of HTML`,
  );
  for (const [type, bytes] of [...perType].sort()) {
    const max = Math.max(...bytes);
    const budget = jsBudget[type];
    row(
      `JavaScript up front, ${type} (max, gzip)`,
      `${max} B`,
      budget === undefined ? '—' : `≤ ${budget} B`,
      budget === undefined || max <= budget,
    );
  }
  const ratio = scaledTime / median;
  row(
    `10× guides and worksheets (${counts.guides + counts.worksheets} → ${(counts.guides + counts.worksheets) * 10})`,
    `${scaledTime.toFixed(2)} s`,
    '',
    true,
  );
  row(
    '  cost relative to the real content',
    `${ratio.toFixed(2)}×`,
    `≤ ${budgets.scaleFactor}×`,
    ratio <= budgets.scaleFactor,
  );
  console.log(`${''.padEnd(44)} ${scaledPages} pages`);

  console.log('\nNetwork map');
  for (const n of [10, 60, 200, 500])
    row(`layout + SVG, ${n} people, Node (median)`, `${layoutAndSvg(n).toFixed(2)} ms`, '', true);
  for (const m of await mapPageTimings(out, [10, 60, 200, 500])) {
    const budget = m.people === 60 ? 16 : m.people === 500 ? 50 : undefined;
    row(
      `redraw after one edit, page's work to the painted frame, ${m.people} people`,
      `${m.redrawMs.toFixed(1)} ms`,
      budget ? `≤ ${budget} ms median` : '',
      budget === undefined || m.redrawMs <= budget,
    );
    row(`  the same for a key the map ignores`, `${m.idleMs.toFixed(1)} ms`, '', true);
    row(`  key press to the painted frame, wait for it included`, `${m.latencyMs.toFixed(1)} ms`, '', true);
    row(`  load to a ready map`, `${m.loadMs.toFixed(0)} ms`, '', true);
    const nodes = m.people === 500;
    row(`  elements on the page`, `${m.domNodes}`, nodes ? '< 20,000' : '', !nodes || m.domNodes < 20_000);
  }
  const exported = await exportTimings(out);
  if ('error' in exported) console.log(`image export (SVG + PNG), 60 people: failed: ${exported.error}`);
  else {
    row(
      'image export (SVG + PNG), 60 people, repeat',
      `${exported.repeatMs.toFixed(0)} ms`,
      '≤ 250 ms',
      exported.repeatMs <= 250,
    );
    row(
      '  first click (loads satori and fonts)',
      `${exported.firstMs.toFixed(0)} ms`,
      '≤ 1000 ms',
      exported.firstMs <= 1000,
    );
  }

  console.log('\nPDFs');
  const pdfs = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf'));
  const pdfKb = (name: string) =>
    statSync(
      join(
        out,
        pdfs.find((f) => f.endsWith(name))!,
      ),
    ).size / 1024;
  const built = await buildPdfSeconds('en');
  row(`build-time PDFs, one locale, Node (${built.files} files)`, `${built.seconds.toFixed(2)} s`, '', true);
  console.log(
    `${''.padEnd(44)} ${pdfs.length} PDFs in the build; packet ${pdfKb('a4/participant-packet.pdf').toFixed(0)} KB, action plan ${pdfKb('a4/action-plan.pdf').toFixed(0)} KB`,
  );
  const reports = await reportTimings(out, [
    { people: 10, scripts: 'latin' },
    { people: 60, scripts: 'latin' },
    { people: 200, scripts: 'latin' },
    { people: 60, scripts: 'all' },
  ]);
  for (const r of reports) {
    const budgeted = r.people === 60 && r.scripts === 'latin';
    const what = `report, ${r.people} people${r.scripts === 'all' ? ', every script' : ''}, Chromium`;
    row(`${what} (median)`, `${r.ms.toFixed(0)} ms`, budgeted ? '≤ 1000 ms' : '', !budgeted || r.ms <= 1000);
    row(
      `  size`,
      `${(r.bytes / 1024).toFixed(0)} KB`,
      budgeted ? '≤ 400 KB' : '',
      !budgeted || r.bytes <= 400 * 1024,
    );
    console.log(
      `${''.padEnd(44)} first report, with loading the PDF code and fonts: ${r.firstMs.toFixed(0)} ms`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
