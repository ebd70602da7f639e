// The words of an agenda's facilitator guide PDF, from the agenda and content/ui, in the shape the
// pure renderer (render/pdf/facilitator-guide.ts) draws. Copies are counted for the largest group
// the agenda suits, as the agenda page does before a group size is entered.
import { copiesFor, elapsed } from '../core/agenda-clock.ts';
import type { Translate } from '../core/i18n.ts';
import type { FacilitatorGuide } from '../render/pdf/facilitator-guide.ts';
import { groupText, shareLabel, type AgendaView } from './agenda-view.ts';

export function facilitatorGuide(t: Translate, agenda: AgendaView): FacilitatorGuide {
  const participants = agenda.groupSize.max;
  return {
    kind: t('guidePdf.title'),
    agenda: agenda.title,
    title: `${t.label(t('guidePdf.title'))} ${agenda.title}`,
    summary: agenda.summary,
    facts: [
      t('agendas.total', { minutes: agenda.minutes }),
      groupText(t, agenda),
      t('agendas.facilitators', { n: agenda.facilitators }),
      ...(agenda.follows
        ? [
            `${t('agendas.follows')} “${agenda.follows.title}”, ${t('agendas.followsAfter', agenda.follows.months)}`,
          ]
        : []),
    ],
    prepare: {
      title: t('guidePdf.prepare'),
      items: ['read', 'print', 'room', 'screens', 'time'].map((k) => t(`guidePdf.prepare.${k}`)),
    },
    privacy: {
      title: t('guidePdf.privacy'),
      intro: t('guidePdf.privacy.intro'),
      lines: ['browser', 'initials', 'show'].map((k) => t(`guidePdf.privacy.${k}`)),
    },
    steps: {
      title: t('guidePdf.steps'),
      total: t('agendas.total', { minutes: agenda.minutes }),
      items: agenda.steps.map((step) => ({
        when: `${elapsed(step.offset)} · ${t('agendas.timeMinutes', { minutes: step.minutes })}`,
        title: step.title,
        paragraphs: [
          { label: t.label(t('agendas.purpose')), text: step.purpose },
          { label: t.label(t('agendas.activity')), text: step.activity },
          ...(step.share
            ? [
                {
                  label: t.label(shareLabel(t, step.share.with)),
                  text: `${t('agendas.share.alone')} ${step.share.alone}`,
                },
              ]
            : []),
          ...(step.pages.length
            ? [
                {
                  label: t.label(t('agendas.uses')),
                  text: step.pages.map((p) => `${p.title} (${t(`agendas.${p.kind}`)})`).join(', '),
                },
              ]
            : []),
          { label: t.label(t('agendas.notes')), text: step.notes },
        ],
        lists: [
          ...(step.prompts ? [{ label: t.label(t('agendas.prompts')), items: step.prompts }] : []),
          ...(step.materials ? [{ label: t.label(t('agendas.materials')), items: step.materials }] : []),
        ],
      })),
    },
    share: {
      title: t('guidePdf.share'),
      intro: t('guidePdf.share.intro'),
      steps: agenda.steps
        .filter((s) => s.share)
        .map((s) => ({
          title: `${elapsed(s.offset)} · ${s.title} · ${shareLabel(t, s.share!.with)}`,
          lines: [...(s.prompts ?? []).map((p) => `• ${p}`), `${t('agendas.share.alone')} ${s.share!.alone}`],
        })),
    },
    print: {
      title: t('agendas.print.title'),
      none: t('agendas.print.none'),
      help: t('agendas.print.help'),
      columns: [
        t('agendas.print.worksheet'),
        t('agendas.print.perParticipant'),
        t('guidePdf.copiesFor', { participants, facilitators: agenda.facilitators }),
      ],
      rows: agenda.print.map((p) => [
        p.title,
        String(p.copies),
        String(copiesFor(p.copies, participants, agenda.facilitators)),
      ]),
    },
  };
}
