// <mnk-worksheet>: fills a worksheet form from the workbook and writes every change back.
// The form itself is static HTML (components/worksheet/Field.astro); this only binds it.
import { MAX_LONG } from '../core/answers.ts';
import type { RowEvents } from '../core/calendar.ts';
import { asksBeforeReplacing, joinSentences } from '../core/draft.ts';
import { composeEmail, mailtoUrl, messageText } from '../core/email.ts';
import { answerProblem, FIELD_KINDS, type AnswerType, type FieldShape } from '../core/field-kinds.ts';
import { clock, countWords, speakingSeconds } from '../core/text-stats.ts';
import type { AnswerValue } from '../core/workbook.ts';
import { answerText, showConflictNotes, underKey } from './conflict-note.ts';
import { downloadFile } from './download.ts';
import { session } from './session.ts';
import { t } from './strings.ts';
import type { FieldType } from '../schemas/worksheet.ts';

/** The field type of a field's markup (`data-type`, written by components/worksheet/). */
const typeOf = (el: HTMLElement) => el.dataset.type as FieldType;

/** What this island binds: fields of the form itself; the people and findings have islands of their own. */
const bound = (el: HTMLElement) => FIELD_KINDS[typeOf(el)].screen !== 'network';

/** Fields whose answer is kept with the worksheet's answers (not tools, not the network). */
const storesAnswer = (el: HTMLElement) => FIELD_KINDS[typeOf(el)].stores === 'answer';

/** Fields held in one text box, which word counts, print copies and the mail draft follow. */
const isText = (el: HTMLElement) => FIELD_KINDS[typeOf(el)].screen === 'text';

class WorksheetForm extends HTMLElement {
  private sheet = '';

  connectedCallback() {
    this.sheet = this.dataset.worksheet ?? '';
    session.start();
    this.restore();
    this.fillChoices();
    session.addEventListener('replaced', () => {
      this.restore();
      this.fillChoices();
      // What Undo would bring back is older than what another tab or an opened file just put here.
      for (const undo of this.querySelectorAll<HTMLElement>('[data-action="undo-draft"]')) undo.hidden = true;
    });
    session.addEventListener('conflicts', () => this.showConflicts());
    this.addEventListener('input', (e) => {
      // Typing in a draft ends its Undo: bringing the earlier text back would now lose this typing.
      const undo = (e.target as HTMLElement)
        .closest('[data-field]')
        ?.querySelector<HTMLElement>('[data-action="undo-draft"]');
      if (undo) undo.hidden = true;
      this.changed(e.target as HTMLElement);
    });
    this.addEventListener('change', (e) => this.changed(e.target as HTMLElement));
    this.addEventListener('click', (e) => this.clicked(e));
    this.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
  }

  /** Answers offered from the map or the needs, on the worksheets that have them (loaded only there). */
  private fillChoices() {
    if (this.querySelector('datalist[data-choices]'))
      void import('./choices.ts').then(({ fillChoices }) => fillChoices(this));
  }

  /** The fields that keep an answer with this worksheet. */
  private fields() {
    return [...this.querySelectorAll<HTMLElement>('[data-field]')].filter(storesAnswer);
  }

  /**
   * Puts the stored answers into the form. An answer that no longer fits is kept and flagged: too
   * long or too many entries is shown as it is (the participant shortens it); one the form cannot
   * show (a choice the question lost, a value of another kind) is written out beside the field and
   * replaced only once the participant confirms.
   */
  private restore() {
    const answers = session.answers(this.sheet);
    for (const el of this.fields()) {
      const value = answers[el.dataset.field!];
      const problem = answerProblem(shapeOf(el), value);
      const shown = !problem || problem === 'too-many' || problem === 'too-long';
      this.showProblem(el, problem, shown ? undefined : value);
      writeField(el, shown ? value : undefined);
      el.toggleAttribute('data-kept', !shown);
      this.refreshWidgets(el);
    }
    this.showConflicts();
  }

  /** Both tabs' versions beside each field they both changed, with the choice. */
  private showConflicts() {
    showConflictNotes(
      this,
      underKey(`answers/${this.sheet}/`),
      (field) => this.querySelector(`[data-field="${CSS.escape(field)}"] > :last-child`),
      () => (v) => answerText(v as AnswerValue),
    );
  }

  private changed(target: HTMLElement) {
    if (target instanceof HTMLInputElement && target.type === 'date')
      target.toggleAttribute('data-filled', !!target.value);
    const el = target.closest<HTMLElement>('[data-field]');
    if (!el || !storesAnswer(el)) return;
    if (el.hasAttribute('data-kept')) {
      if (!window.confirm(t('answer.confirmReplace'))) {
        writeField(el, undefined); // back to the kept answer, which was never shown in the form
        return;
      }
      el.removeAttribute('data-kept');
    }
    const value = readField(el);
    this.showProblem(el, answerProblem(shapeOf(el), value));
    session.setAnswer(this.sheet, el.dataset.field!, value);
    this.refreshWidgets(el);
  }

  /** The problem beside the field; `kept` is a stored answer the form cannot show, written out as text. */
  private showProblem(el: HTMLElement, problem: ReturnType<typeof answerProblem>, kept?: AnswerValue) {
    const error = el.querySelector<HTMLElement>('.error');
    if (!error) return;
    error.hidden = !problem;
    error.textContent = problem
      ? [t(`answer.${problem}`), kept === undefined ? '' : t('answer.kept', { value: answerText(kept) })]
          .join(' ')
          .trim()
      : '';
    for (const input of el.querySelectorAll('input, textarea')) {
      if (problem) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }

  /** Word counts, print copies of text answers and the mail link follow the text. */
  private refreshWidgets(el: HTMLElement) {
    if (!isText(el)) return;
    const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
    const printCopy = el.querySelector('.print-answer');
    if (printCopy) printCopy.textContent = input.value;
    const counter = el.querySelector<HTMLElement>('[data-counter]');
    if (counter) {
      const words = countWords(input.value, document.documentElement.lang);
      const target = Number(el.dataset.speakingTarget);
      if (target) {
        const seconds = speakingSeconds(words, Number(el.dataset.speakingWpm));
        counter.textContent = t(seconds > target ? 'counter.speakingOver' : 'counter.speaking', {
          words,
          seconds,
          target,
        });
        counter.classList.toggle('over', seconds > target);
      } else {
        counter.textContent = el.dataset.wordTarget
          ? t('counter.wordsTarget', { words, target: el.dataset.wordTarget })
          : t('counter.words', { words });
      }
      counter.hidden = false;
    }
    if (typeOf(el) === 'composer') {
      const draft = { ...this.draft(el), body: input.value };
      el.querySelector<HTMLAnchorElement>('[data-action="mail"]')!.href = mailtoUrl(draft);
    }
  }

  private draft(composer: HTMLElement) {
    return composeEmail(
      { subject: composer.dataset.subject!, template: composer.dataset.template!, to: composer.dataset.to },
      this.currentAnswers(),
    );
  }

  private currentAnswers(): Record<string, AnswerValue> {
    return Object.fromEntries(
      this.fields()
        .filter(isText)
        .map((f) => [f.dataset.field!, readField(f)]),
    );
  }

  private clicked(e: Event) {
    const button = (e.target as HTMLElement).closest<HTMLElement>('[data-action]');
    const el = button?.closest<HTMLElement>('[data-field]') ?? (button?.dataset.for ? button : null);
    if (!button || !el || (el !== button && !bound(el))) return;
    const status = el.querySelector<HTMLElement>('.action-status');
    switch (button.dataset.action) {
      case 'add-row':
        return addRow(el);
      case 'remove-row':
        return removeRow(el, button.closest<HTMLElement>('[data-row]')!, () => this.changed(el));
      case 'compose':
        return this.putDraft(el, this.draft(el).body, 'composer.confirmRebuild', 'composer.built');
      case 'join': {
        const parts = (el.dataset.joins ?? '').split(' ').map((id) => {
          const part = this.querySelector(`[data-field="${CSS.escape(id)}"]`);
          return part ? String(readField(part as HTMLElement)) : '';
        });
        return this.putDraft(el, joinSentences(parts), 'composer.confirmJoin', 'composer.joined');
      }
      case 'undo-draft': {
        const input = el.querySelector('textarea')!;
        input.value = undoValues.get(el) ?? input.value;
        undoValues.delete(el);
        button.hidden = true;
        this.changed(input);
        input.focus();
        if (status) status.textContent = t('composer.undone');
        return;
      }
      case 'copy': {
        const draft = { ...this.draft(el), body: el.querySelector('textarea')!.value };
        const text = messageText(draft, (subject) => t('composer.subjectLine', { subject }));
        navigator.clipboard.writeText(text).then(
          () => {
            if (status) status.textContent = t('composer.copied');
          },
          () => {
            if (status) status.textContent = t('composer.copyFailed');
          },
        );
        return;
      }
      case 'timer-start':
      case 'timer-stop':
      case 'timer-reset':
        return timerAction(el, button.dataset.action);
      case 'reminder': {
        // The finish panel's button (data-for) downloads the reminder of a field further up.
        const field = button.dataset.for
          ? this.querySelector<HTMLElement>(`[data-field="${CSS.escape(button.dataset.for)}"]`)!
          : el;
        void this.downloadReminder(field, button.parentElement!.querySelector('.action-status') ?? status!);
        return;
      }
    }
  }

  /** The calendar file of a reminder field: the review date, and each dated row of its table. */
  private async downloadReminder(el: HTMLElement, status: Element) {
    // The calendar code loads when a reminder is asked for: most worksheets have none.
    const { calendarIcs, reminderEvents } = await import('../core/calendar.ts');
    const date = this.querySelector<HTMLInputElement>(`[data-field="${el.dataset.date}"] input`)?.value ?? '';
    const rows = el.dataset.rows ? (JSON.parse(el.dataset.rows) as RowEvents & { field: string }) : undefined;
    const table = rows && this.querySelector<HTMLElement>(`[data-field="${CSS.escape(rows.field)}"]`);
    const events = reminderEvents(
      { date, summary: el.dataset.summary!, description: el.dataset.description! },
      table ? (readField(table) as Record<string, string>[]) : [],
      rows,
    );
    if (events.length === 0) {
      status.textContent = t(rows ? 'reminder.needDates' : 'reminder.needDate');
      return;
    }
    const ics = calendarIcs(
      events.map((e) => ({ ...e, uid: `${crypto.randomUUID()}@mentoring-network-kit` })),
      new Date(),
    );
    downloadFile(`${t('reminder.fileName')}.ics`, ics, 'text/calendar');
    status.textContent = t('reminder.downloaded', { n: events.length });
  }

  /**
   * Puts a new draft in a text field. Over text of the participant's own it asks first; what was
   * there before can be brought back with Undo until the next draft.
   */
  private putDraft(el: HTMLElement, fresh: string, confirmKey: string, doneKey: string) {
    const input = el.querySelector('textarea')!;
    const status = el.querySelector<HTMLElement>('.action-status');
    // A draft this page made and nobody touched since is replaced without a question.
    const untouched = built.get(el) === input.value;
    if (!untouched && asksBeforeReplacing(input.value, fresh) && !window.confirm(t(confirmKey))) {
      if (status) status.textContent = t('composer.keptYours');
      return;
    }
    const undo = el.querySelector<HTMLElement>('[data-action="undo-draft"]');
    if (input.value.trim() && input.value.trim() !== fresh.trim()) {
      undoValues.set(el, input.value);
      if (undo) undo.hidden = false;
    }
    input.value = fresh.slice(0, MAX_LONG); // long answers could make it too long to store
    built.set(el, input.value);
    this.changed(input);
    if (status) status.textContent = t(doneKey);
  }
}

/** What a draft replaced, per field, until Undo brings it back. */
const undoValues = new WeakMap<HTMLElement, string>();
/** The last draft this page put in each field. */
const built = new WeakMap<HTMLElement, string>();

/** A field type the switches below do not handle: a compile error when a stored type is missing. */
function unhandled(type: never): never {
  throw new Error(`no form handling for the field type ${String(type)}`);
}

/** What the field accepts, read from its markup. */
function shapeOf(el: HTMLElement): FieldShape {
  const type = typeOf(el) as AnswerType;
  const ids = () =>
    [...el.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')].map((i) => ({
      id: i.value,
    }));
  switch (type) {
    case 'short-text':
    case 'long-text':
    case 'composer':
    case 'date':
      return { type };
    case 'single-choice':
    case 'multiple-choice':
      return { type, options: ids() };
    case 'checklist':
      return { type, items: ids() };
    case 'rating':
      return { type, levels: ids() };
    case 'list':
      return { type, max: Number(el.dataset.max) };
    case 'table':
      return {
        type,
        max: Number(el.dataset.max),
        columns: (el.dataset.columns ?? '').split(' ').map((id) => ({ id })),
      };
    default:
      return unhandled(type);
  }
}

function readField(el: HTMLElement): AnswerValue {
  const type = typeOf(el) as AnswerType;
  switch (type) {
    case 'single-choice':
      return el.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
    case 'rating': {
      const v = el.querySelector<HTMLInputElement>('input:checked')?.value;
      return v ? Number(v) : '';
    }
    case 'multiple-choice':
    case 'checklist':
      return [...el.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    case 'list':
      return rowsOf(el)
        .map((r) => r.querySelector('input')!.value.trim())
        .filter(Boolean);
    case 'table':
      return rowsOf(el)
        .map((r) =>
          Object.fromEntries(
            [...r.querySelectorAll<HTMLInputElement>('input[data-column]')]
              .filter((i) => i.value.trim())
              .map((i) => [i.dataset.column!, i.value.trim()]),
          ),
        )
        .filter((row) => Object.keys(row).length > 0);
    case 'short-text':
    case 'long-text':
    case 'composer':
    case 'date':
      return el.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')?.value ?? '';
    default:
      return unhandled(type);
  }
}

function writeField(el: HTMLElement, value: AnswerValue | undefined) {
  const type = typeOf(el) as AnswerType;
  switch (type) {
    case 'single-choice':
    case 'rating':
    case 'multiple-choice':
    case 'checklist': {
      const chosen = new Set(
        Array.isArray(value) ? value.map(String) : value === undefined || value === '' ? [] : [String(value)],
      );
      for (const input of el.querySelectorAll<HTMLInputElement>('input'))
        input.checked = chosen.has(input.value);
      return;
    }
    case 'list': {
      const items = Array.isArray(value) ? (value as string[]) : [];
      ensureRows(el, items.length);
      rowsOf(el).forEach((r, i) => {
        r.querySelector('input')!.value = items[i] ?? '';
      });
      return;
    }
    case 'table': {
      const items = Array.isArray(value) ? (value as Record<string, string>[]) : [];
      ensureRows(el, items.length);
      rowsOf(el).forEach((r, i) => {
        for (const input of r.querySelectorAll<HTMLInputElement>('input[data-column]')) {
          input.value = items[i]?.[input.dataset.column!] ?? '';
          input.toggleAttribute('data-filled', !!input.value);
        }
      });
      return;
    }
    case 'short-text':
    case 'long-text':
    case 'composer':
    case 'date': {
      const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
      if (input) input.value = typeof value === 'string' ? value : '';
      return;
    }
    default:
      return unhandled(type);
  }
}

function rowsOf(el: HTMLElement) {
  return [...el.querySelectorAll<HTMLElement>('[data-rows] > [data-row]')];
}

/** The paper form's rows are the minimum; more are added for longer answers. */
function ensureRows(el: HTMLElement, count: number) {
  const initial = Number(el.dataset.initialRows ?? (el.dataset.initialRows = String(rowsOf(el).length)));
  while (rowsOf(el).length > Math.max(initial, count)) rowsOf(el).at(-1)!.remove();
  while (rowsOf(el).length < count) addRow(el, false, false); // a stored answer over the limit is shown whole
}

function addRow(el: HTMLElement, focus = true, limited = true) {
  const rows = rowsOf(el);
  if (limited && rows.length >= Number(el.dataset.max)) {
    const error = el.querySelector<HTMLElement>('.error')!;
    error.textContent = t('rows.full');
    error.hidden = false;
    return;
  }
  const row = rows.at(-1)!.cloneNode(true) as HTMLElement;
  for (const input of row.querySelectorAll('input')) input.value = '';
  rows.at(-1)!.after(row);
  renumber(el);
  if (focus) row.querySelector('input')?.focus();
}

function removeRow(el: HTMLElement, row: HTMLElement, changed: () => void) {
  const rows = rowsOf(el);
  const index = rows.indexOf(row);
  if (rows.length > 1) row.remove();
  else for (const input of row.querySelectorAll('input')) input.value = '';
  renumber(el);
  changed();
  const next = rowsOf(el)[Math.min(index, rowsOf(el).length - 1)];
  next?.querySelector('input')?.focus();
}

/** Keeps ids and accessible names of rows numbered 1, 2, 3… after adding or removing (words from content/ui). */
function renumber(el: HTMLElement) {
  const base = `f-${el.dataset.field}`;
  rowsOf(el).forEach((row, i) => {
    const n = i + 1;
    const rowName = el.dataset.type === 'list' ? `${el.dataset.itemLabel} ${n}` : t('rows.row', { n });
    if (el.dataset.type === 'list') {
      const input = row.querySelector('input')!;
      input.id = `${base}-${n}`;
      const label = row.querySelector('label')!;
      label.htmlFor = input.id;
      label.textContent = rowName;
    } else {
      for (const input of row.querySelectorAll('input'))
        input.setAttribute('aria-label', `${input.closest('td')?.dataset.label ?? ''}, ${rowName}`);
    }
    const hidden = row.querySelector('[data-action="remove-row"] .visually-hidden');
    if (hidden) hidden.textContent = ` ${rowName}`;
  });
}

const timers = new WeakMap<
  HTMLElement,
  { start: number; elapsed: number; tick?: ReturnType<typeof setInterval> | undefined; announced: boolean }
>();

function timerAction(el: HTMLElement, action: string) {
  const state = timers.get(el) ?? { start: 0, elapsed: 0, announced: false };
  timers.set(el, state);
  const display = el.querySelector('[data-elapsed]')!;
  const target = Number(el.dataset.target);
  const [startButton, stopButton] = [
    el.querySelector<HTMLButtonElement>('[data-action="timer-start"]')!,
    el.querySelector<HTMLButtonElement>('[data-action="timer-stop"]')!,
  ];
  const show = () => {
    const seconds = (state.elapsed + (state.tick ? performance.now() - state.start : 0)) / 1000;
    display.textContent = clock(seconds);
    el.classList.toggle('over', seconds > target);
    if (seconds >= target && !state.announced) {
      state.announced = true;
      el.querySelector('[data-announce]')!.textContent = t('timer.announceTarget');
    }
  };
  if (action === 'timer-start' && !state.tick) {
    state.start = performance.now();
    state.tick = setInterval(show, 250);
  } else if (action === 'timer-stop' && state.tick) {
    state.elapsed += performance.now() - state.start;
    clearInterval(state.tick);
    state.tick = undefined;
  } else if (action === 'timer-reset') {
    if (state.tick) clearInterval(state.tick);
    Object.assign(state, { start: 0, elapsed: 0, tick: undefined, announced: false });
    el.querySelector('[data-announce]')!.textContent = '';
  }
  startButton.disabled = !!state.tick;
  stopButton.disabled = !state.tick;
  show();
}

customElements.define('mnk-worksheet', WorksheetForm);
