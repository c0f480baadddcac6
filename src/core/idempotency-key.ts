/** A random UUID v4 for the Idempotency-Key header; works outside secure contexts too, where randomUUID is missing. */
export function newIdempotencyKey(randomUUID: (() => string) | null = crypto.randomUUID?.bind(crypto) ?? null): string {
  if (randomUUID) return randomUUID();
  // Each 0 and 1 of the template becomes a random hex digit; the 8 becomes 8–b, the variant bits.
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
    (Number(digit) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (Number(digit) / 4)))).toString(16),
  );
}
