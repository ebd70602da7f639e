import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/check/source.ts';
import { facilitatorGuidePdf } from '../../src/render/pdf/facilitator-guide.ts';
import { agendaSchema, type Agenda } from '../../src/schemas/agenda.ts';
import { agendaView, type Titles } from '../../src/site/agenda-view.ts';
import { facilitatorGuide } from '../../src/site/facilitator-guide.ts';
import { optionsFor, sheetsOf, uiOf, writeChecked } from './pdf-fixtures.ts';

// The facilitator guides as the build makes them, from the real agendas, read back by poppler.
const dir = mkdtempSync(join(tmpdir(), 'mnk-guide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function agendasOf(locale: string): { slug: string; agenda: Agenda }[] {
  const folder = `content/agendas/${locale}`;
  return readdirSync(folder).map((f) => ({
    slug: f.replace(/\.yaml$/, ''),
    agenda: agendaSchema.parse(parse(readFileSync(join(folder, f), 'utf8'))),
  }));
}

function titlesOf(locale: string): Titles {
  const guides = readdirSync(`content/guides/${locale}`).map((f) => {
    const { parsed } = parseFrontmatter(readFileSync(`content/guides/${locale}/${f}`, 'utf8'), f);
    return [f.replace(/\.mdx$/, ''), (parsed!.data as { title: string }).title] as const;
  });
  return {
    guides: new Map(guides),
    worksheets: new Map(sheetsOf(locale).map((s) => [s.slug, s.worksheet.title])),
    agendas: new Map(agendasOf(locale).map((a) => [a.slug, a.agenda.title])),
  };
}

const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = (file: string, ...range: string[]) =>
  words(execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' }));

async function guideFile(locale: string, slug: string) {
  const found = agendasOf(locale).find((a) => a.slug === slug)!;
  const view = agendaView(locale, slug, found.agenda, titlesOf(locale));
  const bytes = await facilitatorGuidePdf(facilitatorGuide(uiOf(locale), view), await optionsFor(locale));
  return { view, file: writeChecked(dir, `${locale}-${slug}.pdf`, bytes) };
}

describe('the facilitator guide PDF', () => {
  it('has a cover, the checklist and privacy script, every timed step with its notes, the share prompts and what to print', async () => {
    const { view, file } = await guideFile('en', 'workshop-90');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Facilitator guide: 90-minute workshop/);
    const cover = textOf(file, '-f', '1', '-l', '1');
    expect(cover).toContain('90-minute workshop');
    expect(cover).toContain('For groups of 8 to 15 people');
    // Page numbers count the cover, as a reader's page box does: the first part is on page 2.
    expect(cover).toMatch(
      /Contents Before the session 2 The session, step by step 3 Prompts for the share \d What to print \d/,
    );
    const text = textOf(file);
    expect(text).toContain('What you type stays in your own browser.');
    expect(text).toContain('open the presenter view on the projector');
    let at = 0;
    for (const step of view.steps) {
      // Steps in order, each with its start, length, title and notes.
      const found = text.indexOf(step.title, at);
      expect(found, step.title).toBeGreaterThan(at);
      at = found;
      expect(text).toContain(words(step.notes));
    }
    expect(text).toContain('0:37 · 13 min Find gaps in pairs');
    expect(text).toContain('Total: 90 minutes');
    expect(text).toMatch(
      /Prompts for the share .*Find gaps in pairs · Share in pairs • Which role has nobody in it/,
    );
    expect(text).toContain('Anyone who prefers to work alone: Read your pitch aloud');
    // 15 participants and 1 facilitator: 16 copies of each of the 4 worksheets.
    expect(text).toMatch(
      /What to print .*Copies for 15 participants and 1 facilitator Map your network 1 16 Elevator pitch 1 16/,
    );
  });

  it('in Spanish, for the self-paced path, says nothing needs printing', async () => {
    const { file } = await guideFile('es', 'self-paced');
    const text = textOf(file);
    expect(text).toContain('Guía para facilitar Recorrido a tu ritmo');
    expect(text).toContain('Para una persona por su cuenta');
    expect(text).toContain('sin persona facilitadora');
    expect(text).toContain('Esta agenda no necesita nada impreso.');
    expect(text).toContain('«Lo que escribas se queda en tu propio navegador.');
  });

  it('for the follow-up session, names the session it follows', async () => {
    const { file } = await guideFile('es', 'cohort-follow-up');
    expect(textOf(file, '-f', '1', '-l', '1')).toContain(
      'Continúa “Serie para una cohorte, sesión 1: el primer mapa”, de 3 a 6 meses después, con el mismo grupo.',
    );
  });
});
