// TEMPORARY STUB (lead engineer): replaced by the satori export being written now.
export async function exportMapImages(..._args: unknown[]): Promise<{ svg: Blob; png: Blob; width: number; height: number }> {
  throw new Error('image export not ready');
}
