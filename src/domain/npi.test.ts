import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isNpi, npiCheckDigit, npiSchema } from './npi.js';

describe('NPI check digit (CMS, Luhn with the 80840 prefix)', () => {
  it("CMS's example: 123456789 → 3", () => expect(npiCheckDigit('123456789')).toBe(3));

  const table: [string, boolean, string][] = [
    ['1234567893', true, 'the CMS example'],
    ['1234567890', false, 'a wrong check digit'],
    ['1245319599', true, 'a valid NPI'],
    ['1245319598', false, 'its check digit off by one'],
    ['2134567893', false, 'two digits swapped'],
    ['123456789', false, 'nine digits'],
    ['12345678930', false, 'eleven digits'],
    ['123456789a', false, 'a letter'],
    ['', false, 'empty'],
    ['808401234567893', false, 'the 15-digit card-issuer form'],
  ];
  it.each(table)('%s → %s (%s)', (value, valid) => expect(isNpi(value)).toBe(valid));

  it('every nine digits have exactly one check digit that makes an NPI', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (nine) => {
        const valid = [...'0123456789'].filter((d) => isNpi(nine + d));
        expect(valid).toEqual([String(npiCheckDigit(nine))]);
      }),
    );
  });

  it('the schema names the reason', () => {
    const r = npiSchema.safeParse('1234567890');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/check digit/);
    expect(npiSchema.parse(' 1234567893 ')).toBe('1234567893');
  });
});
