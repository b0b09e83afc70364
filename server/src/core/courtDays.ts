// When the court office of England and Wales is closed for the whole day: a Saturday or Sunday, a
// bank holiday in England and Wales (date-holidays, which follows the statutory list, substitute
// days and one-off proclamations), or a closure HMCTS announced (data/courtClosures.ts). An appeal
// notice whose last day falls on such a day may be given on the next day the office is open
// (Mucelli v Albania [2009] UKHL 2, applying Kaur v Russell [1973] QB 336; REV-03).
import Holidays from 'date-holidays';
import { HIGH_COURT_CLOSURES } from '../data/courtClosures';
import { addDays } from './dates';

export type ClosedReason =
  | { kind: 'weekend'; day: 'saturday' | 'sunday' }
  | { kind: 'bank-holiday'; name: string }
  | { kind: 'court-closure'; note: string };

let englandAndWales: Holidays | undefined;

/** Why the office is closed all day on an ISO date, or undefined when it is open. */
export function closedReason(iso: string): ClosedReason | undefined {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  if (weekday === 6) return { kind: 'weekend', day: 'saturday' };
  if (weekday === 0) return { kind: 'weekend', day: 'sunday' };
  // A string, never a Date: the library reads a string as a day in the country's own calendar,
  // where a Date would be shifted by the machine's time zone (legal-review §11).
  englandAndWales ??= new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
  const holidays = englandAndWales.isHoliday(iso);
  if (holidays && holidays.length) return { kind: 'bank-holiday', name: holidays[0].name };
  const closure = HIGH_COURT_CLOSURES.find((c) => c.date === iso);
  if (closure) return { kind: 'court-closure', note: closure.note };
  return undefined;
}

/** The day itself when the office is open, else the next day it is, with the days skipped and why. */
export function nextOpenDay(iso: string): { day: string; skipped: { date: string; reason: ClosedReason }[] } {
  const skipped: { date: string; reason: ClosedReason }[] = [];
  let day = iso;
  for (let reason = closedReason(day); reason; reason = closedReason(day)) {
    skipped.push({ date: day, reason });
    day = addDays(day, 1);
  }
  return { day, skipped };
}
