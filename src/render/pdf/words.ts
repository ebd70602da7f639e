// Every word the PDFs print that is not in a worksheet, from content/ui (`pdf.*`, `person.*`), so a
// fork translates the PDFs with the site. Built from the site's translator `t(key, values)`.
import { CLOSENESS, SOURCES, STAGES } from '../../core/person.ts';
import type { Translate } from '../../core/i18n.ts';

export interface PdfWords {
  /** `{n} / {total}` */
  pageNumber: string;
  /** A label as the locale writes one before what it labels ("Website:"), from `t.label`. */
  label: (text: string) => string;
  name: string;
  date: string;
  /** `About {minutes} minutes` */
  minutes: string;
  packetTitle: string;
  contents: string;
  /** Under the empty map of a blank network-map worksheet: how to draw on it. */
  drawMap: string;
  people: {
    columns: { name: string; role: string; closeness: string; stage: string; source: string };
    /** One line per coded column: what may be written in it. */
    legend: string[];
  };
}

export function pdfWords(t: Translate): PdfWords {
  const values = (key: string, ids: readonly string[]) =>
    `${t.label(t(key))} ${ids.map((id) => t(`${key}.${id}`)).join(' · ')}`;
  return {
    pageNumber: t('pdf.pageNumber', { n: '{n}', total: '{total}' }),
    label: (text) => t.label(text),
    name: t('pdf.name'),
    date: t('pdf.date'),
    minutes: t('worksheets.minutes', { minutes: '{minutes}' }),
    packetTitle: t('pdf.packetTitle'),
    contents: t('pdf.contents'),
    drawMap: t('pdf.drawMap'),
    people: {
      columns: {
        name: t('person.name'),
        role: t('person.primaryRole'),
        closeness: t('person.closeness'),
        stage: t('person.stage'),
        source: t('person.source'),
      },
      legend: [
        values('person.closeness', CLOSENESS),
        values('person.stage', STAGES),
        values('person.source', SOURCES),
      ],
    },
  };
}
