import { useState } from 'react';

/**
 * The value, or the one given before when it has the same content (compared as JSON): for small records that are
 * rebuilt whenever their container is (the plan's weights at each budget change), so that what is worked out from them
 * (ranking every candidate) is not worked out again for nothing.
 */
export function useSameContent<T>(value: T): T {
  const [kept, setKept] = useState(value);
  const same = kept === value || JSON.stringify(kept) === JSON.stringify(value);
  if (!same) setKept(value);
  return same ? kept : value;
}
