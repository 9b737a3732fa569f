import { z } from '../zod';
import { MONEY_MAX, MONTHS_MAX } from './constants';

/** Limits in messages ("at most 1,000,000,000,000"): one formatter for all (toLocaleString builds one per call, and the schemas are built at start). */
const limitFormat = new Intl.NumberFormat('en-US');
const limitText = (max: number): string => limitFormat.format(max);

/**
 * Field builders that carry plain-language messages ("Monthly cost must be a number of 0 or more").
 * Every schema in the domain is built from these so forms, repositories and imports speak alike.
 */

const notANumber = (label: string) => `${label} must be a number`;

/** A non-negative amount of money in the workspace currency. */
export const money = (label: string) =>
  z
    .number({ error: notANumber(label) })
    .min(0, { error: `${label} must be a number of 0 or more` })
    .max(MONEY_MAX, { error: `${label} is too large (at most ${limitText(MONEY_MAX)})` });

/** A non-negative quantity (hours, requests, tokens). */
export const quantity = (label: string, max = 1e12) =>
  z
    .number({ error: notANumber(label) })
    .min(0, { error: `${label} must be a number of 0 or more` })
    .max(max, { error: `${label} must be at most ${limitText(max)}` });

/** A whole number of months within [min, max]. */
export const months = (label: string, min = 0, max = MONTHS_MAX) =>
  z
    .number({ error: notANumber(label) })
    .int({ error: `${label} must be a whole number of months` })
    .min(min, { error: `${label} must be ${min} or more months` })
    .max(max, { error: `${label} must be at most ${max} months` });

/** A whole count (people, seats). */
export const count = (label: string, max = 10_000_000) =>
  z
    .number({ error: notANumber(label) })
    .int({ error: `${label} must be a whole number` })
    .min(0, { error: `${label} must be 0 or more` })
    .max(max, { error: `${label} must be at most ${limitText(max)}` });

/** A share between 0 and 1 (stored as a fraction, shown as a percentage). */
export const share = (label: string) =>
  z
    .number({ error: notANumber(label) })
    .min(0, { error: `${label} must be between 0% and 100%` })
    .max(1, { error: `${label} must be between 0% and 100%` });

/** An integer score within [1, 5]. */
export const score1to5 = (label: string) =>
  z
    .number({ error: `${label} must be a score from 1 to 5` })
    .int({ error: `${label} must be a whole score from 1 to 5` })
    .min(1, { error: `${label} must be a score from 1 to 5` })
    .max(5, { error: `${label} must be a score from 1 to 5` });

/** Trimmed text with a length limit; `required` refuses blank text. */
export const text = (label: string, maxLength: number, required = false) => {
  const base = z.string({ error: `${label} must be text` }).trim().max(maxLength, {
    error: `${label} must be at most ${maxLength} characters`,
  });
  return required ? base.min(1, { error: `${label} is required` }) : base;
};

export const id = (label = 'Id') =>
  z.string({ error: `${label} must be text` }).min(1, { error: `${label} is required` }).max(100, { error: `${label} is too long` });

/** ISO timestamp (stored for audit; never used as "today" inside domain math). */
export const timestamp = (label: string) =>
  z.string({ error: `${label} must be a date` }).regex(/^\d{4}-\d{2}-\d{2}T/, { error: `${label} must be an ISO date-time` });

/** A calendar month "YYYY-MM". */
export const calendarMonth = (label: string) =>
  z
    .string({ error: `${label} must be a month like 2027-01` })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: `${label} must be a month like 2027-01` });
