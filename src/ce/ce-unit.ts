/** How a board counts credit. */
export enum CeUnit {
  HOURS = 'HOURS',
  /** IACET continuing education units: 1 CEU = 10 contact hours. */
  CEUS = 'CEUS',
}
