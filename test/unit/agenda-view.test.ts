import { describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n.ts';
import { agendaSchema } from '../../src/schemas/agenda.ts';
import { agendaView, groupText, shareLabel, type Titles } from '../../src/site/agenda-view.ts';

const agenda = agendaSchema.parse({
  title: 'Follow-up',
  summary: 'Second session.',
  minutes: 25,
  order: 2,
  groupSize: { min: 6, max: 12 },
  facilitators: 1,
  follows: { agenda: 'first', months: { min: 3, max: 6 } },
  print: [{ worksheet: 'network-map' }, { worksheet: 'action-plan', copies: 2 }],
  steps: [
    { minutes: 5, title: 'Welcome', purpose: 'p', activity: 'a', notes: 'n' },
    {
      minutes: 15,
      title: 'Compare',
      purpose: 'p',
      activity: 'a',
      notes: 'n',
      guide: 'factors',
      worksheet: 'network-map',
      share: { with: 'small-group', alone: 'Write.' },
    },
    { minutes: 5, title: 'Plan', purpose: 'p', activity: 'a', notes: 'n', worksheet: 'action-plan' },
  ],
});
const titles: Titles = {
  guides: new Map([['factors', 'Five factors']]),
  worksheets: new Map([
    ['network-map', 'Map your network'],
    ['action-plan', 'Action plan'],
  ]),
  agendas: new Map([['first', 'First map']]),
};

describe('agendaView', () => {
  const view = agendaView('en', 'follow-up', agenda, titles);

  it('gives each step its offset from the start', () => {
    expect(view.steps.map((s) => s.offset)).toEqual([0, 5, 20]);
  });

  it('resolves the pages a step uses, the worksheet first, with their addresses', () => {
    expect(view.steps[1]!.pages).toEqual([
      { kind: 'worksheet', title: 'Map your network', href: '/en/worksheets/network-map/' },
      { kind: 'guide', title: 'Five factors', href: '/en/guides/factors/' },
    ]);
    expect(view.steps[0]!.pages).toEqual([]);
  });

  it("numbers a worksheet as the participants' path does, and only one on the path", () => {
    const onPath = agendaView('en', 'follow-up', agenda, {
      ...titles,
      journey: ['know-yourself', 'network-map'],
    });
    expect(onPath.steps[1]!.pages[0]!.step).toEqual({ n: 2, of: 2 });
    expect(onPath.steps[2]!.pages[0]!.step).toBeUndefined();
    expect(view.steps[1]!.pages[0]!.step).toBeUndefined();
  });

  it('resolves what to print (one copy unless said) and the session it follows', () => {
    expect(view.print.map((p) => [p.title, p.copies, p.href])).toEqual([
      ['Map your network', 1, '/en/worksheets/network-map/'],
      ['Action plan', 2, '/en/worksheets/action-plan/'],
    ]);
    expect(view.follows).toEqual({
      title: 'First map',
      href: '/en/agendas/first/',
      months: { min: 3, max: 6 },
    });
  });

  it('refuses a name the content check would have caught, saying what to run', () => {
    expect(() => agendaView('es', 'follow-up', agenda, { ...titles, guides: new Map() })).toThrow(
      '"factors" is not in content/ for es: run npm run check',
    );
  });
});

describe('groupText and shareLabel', () => {
  const t = translator(
    {
      'agendas.group': 'For groups of {min} to {max} people',
      'agendas.groupAlone': 'For one person on their own',
      'agendas.share.pair': 'Share in pairs',
      'agendas.share.smallGroup': 'Share in groups of three or four',
    },
    'en',
  );

  it('name a group, or one person alone', () => {
    expect(groupText(t, agenda)).toBe('For groups of 6 to 12 people');
    expect(groupText(t, { groupSize: { min: 1, max: 1 } })).toBe('For one person on their own');
  });

  it('name the share', () => {
    expect([shareLabel(t, 'pair'), shareLabel(t, 'small-group')]).toEqual([
      'Share in pairs',
      'Share in groups of three or four',
    ]);
  });
});
