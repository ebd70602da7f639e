// The events of a reminder field (schemas/worksheet.ts, type reminder): the review on its date,
// and one per row of a table that has a date (an action plan's steps on their "by when" day).
import { fillTemplate } from './email.ts';
import { isIsoDate, type CalendarEvent } from './ics.ts';

// The file itself, for the island that loads this module only when a reminder is asked for.
export { calendarIcs } from './ics.ts';

/** How a table's rows become events, as the reminder's `rows` declares it. */
export interface RowEvents {
  /** The date column. */
  date: string;
  /** Title and text with `{column-id}` placeholders; `untitled` when the title comes out empty. */
  summary: string;
  untitled: string;
  description?: string | undefined;
}

/**
 * The events to put in one calendar file, without their ids: the review first when its date is a
 * real day, then each row whose date is one, in the table's order. Rows without a date are skipped.
 */
export function reminderEvents(
  review: { date: string; summary: string; description: string },
  rows: readonly Readonly<Record<string, unknown>>[] = [],
  settings?: RowEvents,
): Omit<CalendarEvent, 'uid'>[] {
  const events: Omit<CalendarEvent, 'uid'>[] = isIsoDate(review.date) ? [{ ...review }] : [];
  if (!settings) return events;
  for (const row of rows) {
    const date = row[settings.date];
    if (typeof date !== 'string' || !isIsoDate(date)) continue;
    const summary = fillTemplate(settings.summary, row).replace(/\s+/g, ' ');
    events.push({
      date,
      summary: summary || settings.untitled,
      description: settings.description ? fillTemplate(settings.description, row) : '',
    });
  }
  return events;
}
