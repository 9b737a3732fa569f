import { describe, expect, it } from 'vitest';
import { parseNumber } from '@renderer/components/inputs';

describe('numbers as people type them', () => {
  it.each([
    ['1200', 1200],
    ['1,200', 1200],
    ['$3,500', 3500],
    ['1,234,567.5', 1234567.5],
    [' 42 ', 42],
    ['.5', 0.5],
    ['12.', 12],
    ['-5', -5],
    ['1 200', 1200],
  ])('reads %j as %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(['', '.', 'abc', '12a', '7,5', '1,50', '12,34,567', '$', '--5'])('refuses %j (the form then says what is wrong)', (text) => {
    expect(parseNumber(text)).toBeNaN();
  });
});
