// The page's side of the PDF maker (islands/pdf-worker.ts): sends it requests and hands back the
// files or the failures, with their codes. The worker starts on the first request, whether a
// click or a preparation; if it cannot start (its code failed to load), the requests waiting on it
// fail as 'load-failed' and the next one starts a new worker.
import { fontPath } from '../core/routes.ts';
import { fontFilesFor } from '../render/fonts.ts';
import { Failure, type FailureCode } from './failure.ts';
import { fetchOnce } from './fetch-once.ts';
import type { PdfRequest } from './pdf-make.ts';

export type PdfTask =
  | { id: number; request: PdfRequest }
  /** Files the page fetches for the worker while its code loads (see start). */
  | { expect: string[] }
  | { url: string; bytes: ArrayBuffer | { failed: string } };
export type PdfReply =
  | { id: number; file: { name: string; blob: Blob } }
  | { id: number; failure: { code: FailureCode; message: string } };

let worker: Worker | undefined;
let next = 0;
const waiting = new Map<
  number,
  { resolve: (f: { name: string; blob: Blob }) => void; reject: (e: Failure) => void }
>();

/**
 * The worker's code is big, and it can fetch nothing before it has loaded: so the page fetches what
 * every PDF needs (the page data and Noto Sans) meanwhile and hands it over, and the worker waits
 * for those files rather than fetching them again.
 */
function start(dataUrl: string): Worker {
  const w = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });
  const early = [dataUrl, ...fontFilesFor([]).map((f) => fontPath(f.file))];
  w.postMessage({ expect: early } satisfies PdfTask);
  for (const url of early)
    fetchOnce(url).then(
      (bytes) => w.postMessage({ url, bytes } satisfies PdfTask),
      (error: unknown) => w.postMessage({ url, bytes: { failed: String(error) } } satisfies PdfTask),
    );
  w.addEventListener('message', (event: MessageEvent<PdfReply>) => {
    const reply = event.data;
    const waiter = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ('file' in reply) waiter?.resolve(reply.file);
    else waiter?.reject(new Failure(reply.failure.code, new Error(reply.failure.message)));
  });
  w.addEventListener('error', (event) => {
    // The worker's script did not load or threw at the top: nothing it was asked will come back.
    event.preventDefault();
    w.terminate();
    if (worker === w) worker = undefined;
    for (const waiter of waiting.values())
      waiter.reject(new Failure('load-failed', new Error(event.message)));
    waiting.clear();
  });
  return w;
}

/** A filled PDF, made in the worker; the same request twice in a day is made once. */
export function makePdfFile(request: PdfRequest): Promise<{ name: string; blob: Blob }> {
  worker ??= start(request.dataUrl);
  const id = next++;
  const file = new Promise<{ name: string; blob: Blob }>((resolve, reject) =>
    waiting.set(id, { resolve, reject }),
  );
  worker.postMessage({ id, request } satisfies PdfTask);
  return file;
}
