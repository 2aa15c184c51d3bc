import { CeUnit } from './ce-unit';

/** Increments a board may round to: whole divisors of an hour, so credit stays a clean fraction of one. */
export const CE_INCREMENTS: readonly number[] = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60];

export interface CeCredit {
  /** Credited minutes / 60, rounded down to the increment. */
  hours: number;
  /** hours / 10 (IACET). */
  ceus: number;
  /** What the board counts in: hours or CEUs, per the approval's unit. */
  amount: number;
}

/** Credit from credited minutes under an approval's increment and unit. */
export function ceCredit(minutes: number, incrementMinutes: number, unit: CeUnit): CeCredit {
  const counted = Math.floor(minutes / incrementMinutes) * incrementMinutes;
  const hours = roundAway(counted / 60);
  const ceus = roundAway(counted / 600);
  return { hours, ceus, amount: unit === CeUnit.CEUS ? ceus : hours };
}

/** Drops floating-point noise (e.g. 0.30000000000000004) without changing a real fraction of a minute. */
function roundAway(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** "5 hours", "1 hour", "0.75 CEUs": an amount in the board's unit, as certificates and pages print it. */
export function formatCredit(amount: number, unit: CeUnit): string {
  const number = amount.toLocaleString('en-US', { maximumFractionDigits: 3 });
  if (unit === CeUnit.CEUS) return `${number} ${amount === 1 ? 'CEU' : 'CEUs'}`;
  return `${number} ${amount === 1 ? 'hour' : 'hours'}`;
}
