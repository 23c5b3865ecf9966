// Runs a write over a long list a slice at a time, so that one statement never carries tens of
// thousands of parameters.
export async function inBatches<Item>(
  items: readonly Item[],
  size: number,
  write: (batch: Item[]) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) await write(items.slice(start, start + size));
}
