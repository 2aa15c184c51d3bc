/** CE hours from minutes: boards award whole quarter hours, so partial quarters are dropped. */
export function ceHours(minutes: number): number {
  return Math.floor(minutes / 15) / 4;
}

/** IACET continuing education units: one CEU per ten contact hours. */
export function ceus(hours: number): number {
  return Math.round(hours * 1000) / 10000;
}
