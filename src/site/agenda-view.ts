// An agenda as its pages show it: each step with its offset from the start and the pages it uses
// (guide or worksheet) resolved to titles and addresses, so the agenda page, the presenter view, the
// notes window and the facilitator guide PDF all read one shape. Pure: the titles come in as maps.
import { stepTimes } from '../core/agenda-clock.ts';
import type { Translate } from '../core/i18n.ts';
import { placeOnPath } from '../core/journey.ts';
import { agendaPath, guidePath, worksheetPath } from '../core/routes.ts';
import type { Agenda, AgendaStep } from '../schemas/agenda.ts';

/** A page a step sends participants to. */
export interface StepPage {
  kind: 'guide' | 'worksheet';
  title: string;
  href: string;
  /** A worksheet's place on the participant's path (content/journey.yaml), as its page shows it. */
  step?: { n: number; of: number } | undefined;
}

export interface AgendaStepView extends AgendaStep {
  /** Minutes from the session's start. */
  offset: number;
  /** The worksheet first, then the guide: the page participants open in this step. */
  pages: StepPage[];
}

export interface AgendaView extends Omit<Agenda, 'steps' | 'follows' | 'print'> {
  slug: string;
  steps: AgendaStepView[];
  print: { worksheet: string; title: string; href: string; copies: number }[];
  follows?: { title: string; href: string; months: { min: number; max: number } } | undefined;
}

/** The titles of a locale's guides, worksheets and agendas, by file name. */
export interface Titles {
  guides: ReadonlyMap<string, string>;
  worksheets: ReadonlyMap<string, string>;
  agendas: ReadonlyMap<string, string>;
  /** The participant's path: worksheet file names in order. Optional. */
  journey?: readonly string[] | undefined;
}

/** One agenda of `locale`, its names resolved with `titles`. */
export function agendaView(locale: string, slug: string, agenda: Agenda, titles: Titles): AgendaView {
  // The content check has made sure every name resolves; a miss here means it was skipped.
  const title = (map: ReadonlyMap<string, string>, name: string) => {
    const found = map.get(name);
    if (found === undefined) throw new Error(`"${name}" is not in content/ for ${locale}: run npm run check`);
    return found;
  };
  const onPath = (worksheet: string) => {
    const place = placeOnPath(titles.journey ?? [], worksheet);
    return place ? { n: place.step, of: place.of } : undefined;
  };
  const { steps, follows, print, ...rest } = agenda;
  const times = stepTimes(
    0,
    steps.map((s) => s.minutes),
  );
  return {
    ...rest,
    slug,
    steps: steps.map((step, i) => ({
      ...step,
      offset: times[i]!.offset,
      pages: [
        ...(step.worksheet
          ? [
              {
                kind: 'worksheet' as const,
                title: title(titles.worksheets, step.worksheet),
                href: worksheetPath(locale, step.worksheet),
                step: onPath(step.worksheet),
              },
            ]
          : []),
        ...(step.guide
          ? [
              {
                kind: 'guide' as const,
                title: title(titles.guides, step.guide),
                href: guidePath(locale, step.guide),
              },
            ]
          : []),
      ],
    })),
    print: print.map((p) => ({
      ...p,
      title: title(titles.worksheets, p.worksheet),
      href: worksheetPath(locale, p.worksheet),
    })),
    follows: follows && {
      title: title(titles.agendas, follows.agenda),
      href: agendaPath(locale, follows.agenda),
      months: follows.months,
    },
  };
}

/** Who an agenda suits, in words: a group's size, or one person alone. */
export function groupText(t: Translate, { groupSize }: Pick<Agenda, 'groupSize'>) {
  return groupSize.max === 1
    ? t('agendas.groupAlone')
    : t('agendas.group', { min: groupSize.min, max: groupSize.max });
}

/** How a step's share is named: in pairs, or in small groups. */
export function shareLabel(t: Translate, who: 'pair' | 'small-group') {
  return who === 'pair' ? t('agendas.share.pair') : t('agendas.share.smallGroup');
}
