// Why something a participant asked for (an image, a PDF) could not be made, as a code with words
// in content/ui (`failure.<code>`, in every locale). An error's own message is English written for
// developers: it goes to the console, never onto the page.
import type { Translate } from '../core/i18n.ts';

export const FAILURE_CODES = ['load-failed', 'fonts-unavailable', 'render-failed', 'unknown'] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

/** An error with the code of the step that failed; the original error is its `cause`. */
export class Failure extends Error {
  readonly code: FailureCode;

  constructor(code: FailureCode, cause: unknown) {
    super(`${code}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'Failure';
    this.code = code;
  }
}

/** Marks a step's failure with a code; a failure an inner step already marked keeps its own code. */
export function failsAs<T>(code: FailureCode, step: Promise<T>): Promise<T> {
  return step.catch((error: unknown) => {
    throw error instanceof Failure ? error : new Failure(code, error);
  });
}

/** The participant's words for a failure, in the page's language; the error goes to the console. */
export function failureText(t: Translate, error: unknown): string {
  console.error(error);
  return t(`failure.${error instanceof Failure ? error.code : 'unknown'}`);
}
