// fetch-once's hand-over: files another thread fetches for this one are waited for, not fetched
// again; a failed hand-over is forgotten, so the next ask fetches for itself. The addresses point
// at a closed port: any real fetch of them fails, which shows whether one was made.
import { describe, expect, it } from 'vitest';
import { awaitHandOver, fetchOnce, handOver } from '../../src/islands/fetch-once.ts';

const nowhere = (name: string) => `http://127.0.0.1:9/${name}`;

describe('hand-over between threads', () => {
  it('gives the handed-over bytes to every ask, without a fetch of its own', async () => {
    const url = nowhere('font.ttf');
    awaitHandOver([url]);
    const first = fetchOnce(url);
    const bytes = new Uint8Array([1, 2, 3]).buffer;
    handOver(url, bytes);
    expect(await first).toBe(bytes);
    expect(await fetchOnce(url)).toBe(bytes);
  });

  it('fails the asks waiting on a failed hand-over with its reason, then fetches anew', async () => {
    const url = nowhere('data.json');
    awaitHandOver([url]);
    const waiting = fetchOnce(url);
    handOver(url, { failed: 'HTTP 503' });
    await expect(waiting).rejects.toThrow('HTTP 503');
    // Forgotten: the next ask makes its own fetch (which fails here, for another reason).
    await expect(fetchOnce(url)).rejects.not.toThrow('HTTP 503');
  });

  it('keeps a file already fetched or being fetched, and ignores bytes nobody waits for', async () => {
    const url = nowhere('bold.ttf');
    awaitHandOver([url]);
    const bytes = new Uint8Array([7]).buffer;
    handOver(url, bytes);
    awaitHandOver([url]); // already there: not waited for again
    expect(await fetchOnce(url)).toBe(bytes);
    expect(() => handOver(nowhere('unknown'), new ArrayBuffer(1))).not.toThrow();
  });
});
