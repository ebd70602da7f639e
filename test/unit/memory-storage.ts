// An in-memory Storage (localStorage's interface) for the store's tests; one per test, like a fresh browser profile.
export class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  /** Keys whose writes fail as if the quota were full. */
  full = (_key: string) => false;
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full(k)) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  clear() {
    this.data.clear();
  }
  entries() {
    return Object.fromEntries(this.data);
  }
}
