// When the court office of England and Wales is closed (core/courtDays.ts): the bank holidays the
// pinned holiday library gives, against the published list for 2020–2027 (legal-review §11), the
// HMCTS closures, and the move of a closed last day to the next open one.
import { strict as assert } from 'node:assert';
import { closedReason, nextOpenDay } from '../../server/src/core/courtDays';

// England and Wales bank holidays as published on gov.uk, substitute and one-off days included.
const BANK_HOLIDAYS = [
  '2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28',
  '2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28',
  '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
  '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26',
  '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
];
const HMCTS = ['2018-12-24', '2021-12-24', '2024-12-27', '2025-12-24'];

describe('court office days (England and Wales)', () => {
  it('is closed on exactly the published bank holidays among the weekdays of 2020–2027', () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(2020, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const day = new Date(t).getUTCDay();
      if (day === 0 || day === 6 || HMCTS.includes(iso)) continue;
      const closed = closedReason(iso)?.kind === 'bank-holiday';
      if (closed !== BANK_HOLIDAYS.includes(iso)) wrong.push(iso);
    }
    assert.deepEqual(wrong, []);
  });

  it('is closed at weekends and on the HMCTS closures that were not bank holidays', () => {
    assert.deepEqual(closedReason('2026-11-14'), { kind: 'weekend', day: 'saturday' });
    assert.deepEqual(closedReason('2026-11-15'), { kind: 'weekend', day: 'sunday' });
    for (const d of HMCTS) assert.equal(closedReason(d)?.kind, 'court-closure', d);
    assert.equal(closedReason('2026-12-24'), undefined, '24 December 2026 is not known to be closed');
  });

  it('moves a closed last day to the next open day, naming each day skipped', () => {
    assert.deepEqual(nextOpenDay('2026-11-16'), { day: '2026-11-16', skipped: [] });
    const christmas = nextOpenDay('2025-12-24');
    assert.equal(christmas.day, '2025-12-29');
    assert.deepEqual(christmas.skipped.map((s) => `${s.date} ${s.reason.kind}`), [
      '2025-12-24 court-closure',
      '2025-12-25 bank-holiday',
      '2025-12-26 bank-holiday',
      '2025-12-27 weekend',
      '2025-12-28 weekend',
    ]);
  });
});
