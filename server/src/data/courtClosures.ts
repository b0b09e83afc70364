// Days the court offices of England and Wales were closed for the whole day although they were not
// weekends or bank holidays (the bank holidays come from the date-holidays library: core/courtDays.ts).
// Only the High Court and the Royal Courts of Justice matter here: an appeal notice is given to the
// High Court. Status S: HMCTS notices as republished (docs/research/legal-review.md §3, AP-8).
// HMCTS announces its closures year by year; a year not listed here is not known to the checker.

export interface CourtClosure {
  date: string;
  note: string;
  status: 'P' | 'S' | 'U';
  sources: readonly string[];
}

export const HIGH_COURT_CLOSURES: readonly CourtClosure[] = [
  { date: '2018-12-24', note: 'HMCTS Christmas closure (all courts)', status: 'S', sources: ['L07'] },
  { date: '2021-12-24', note: 'HMCTS Christmas closure (High Court, Court of Appeal, RCJ)', status: 'S', sources: ['L08'] },
  { date: '2024-12-27', note: 'HMCTS Christmas closure (High Court, Court of Appeal, RCJ)', status: 'S', sources: ['L09'] },
  { date: '2025-12-24', note: 'HMCTS Christmas closure (High Court, Court of Appeal, RCJ)', status: 'S', sources: ['L10'] },
];

/** The last year whose closures are listed: after it, only weekends and bank holidays are known. */
export const CLOSURES_KNOWN_UNTIL = 2025;
