/**
 * The National Provider Identifier: ten digits, the last a check digit. CMS, "Requirements for NPI
 * Check Digit" (NPI Final Rule, 45 CFR 162.406; the check digit is the Luhn formula for the modulus 10
 * "double-add-double" check digit of ISO/IEC 7812, computed as if the card-issuer prefix 80840 were
 * present — without it, the constant 24 is added to the sum). CMS's example: 123456789 → check digit 3.
 */
import { z } from 'zod';

/** The check digit of an NPI's first nine digits (with the implied 80840 prefix). */
export function npiCheckDigit(nine: string): number {
  // The prefix 80840 sits left of the nine digits: 8 + (0·2) + 8 + (4·2) + 0 = 24.
  let sum = 24;
  for (let i = 0; i < 9; i++) {
    const d = nine.charCodeAt(8 - i) - 48;
    // Beginning with the rightmost of the nine (the check digit's neighbour), every other digit is doubled.
    const v = i % 2 === 0 ? d * 2 : d;
    sum += v > 9 ? v - 9 : v;
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether a text is a valid NPI: exactly ten digits whose last is the check digit of the first nine. */
export function isNpi(value: string): boolean {
  return /^\d{10}$/.test(value) && npiCheckDigit(value.slice(0, 9)) === value.charCodeAt(9) - 48;
}

export const npiSchema = z
  .string()
  .trim()
  .regex(/^\d{10}$/, 'must be the ten digits of an NPI')
  .refine(isNpi, 'is not a valid NPI: its last digit is not the check digit of the first nine');
