import { zonedWallTimeToInstant } from '../curriculum/zoned-time';

/** A time as Zoom's reports write it: on the exporting account's clock, with no zone. */
export interface WallTime {
  /** YYYY-MM-DD */
  date: string;
  hour: number;
  minute: number;
  second: number;
}

/** "11/24/2026 10:02:13 AM", "11/24/2026 14:02", with or without seconds and AM/PM. */
const US_FORMAT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AP])\.?M\.?)?$/i;
/** "2026-11-24 10:02:13", with or without seconds. */
const ISO_FORMAT = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

const pad = (value: number) => String(value).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function wallTime(year: number, month: number, day: number, hour: number, minute: number, second: number, meridiem?: string): WallTime | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || minute > 59 || second > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toUpperCase() === 'P' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return { date: `${year}-${pad(month)}-${pad(day)}`, hour, minute, second };
}

/** A report's date and time, or null when it is neither format Zoom writes (or names no real day). */
export function parseWallTime(text: string): WallTime | null {
  const trimmed = text.trim();
  const us = US_FORMAT.exec(trimmed);
  if (us) return wallTime(+us[3], +us[1], +us[2], +us[4], +us[5], +(us[6] ?? 0), us[7]);
  const iso = ISO_FORMAT.exec(trimmed);
  if (iso) return wallTime(+iso[1], +iso[2], +iso[3], +iso[4], +iso[5], +(iso[6] ?? 0));
  return null;
}

/** The instant a report's time names in the cohort's zone; null for a time the clocks skip there. */
export function wallTimeToInstant(wall: WallTime, timeZone: string): Date | null {
  const minuteStart = zonedWallTimeToInstant(wall.date, `${pad(wall.hour)}:${pad(wall.minute)}`, timeZone);
  return minuteStart && new Date(minuteStart.getTime() + wall.second * 1000);
}

/** Orders wall times as their clock reads (the same zone for all). */
export function compareWallTimes(a: WallTime, b: WallTime): number {
  return a.date.localeCompare(b.date) || a.hour - b.hour || a.minute - b.minute || a.second - b.second;
}
