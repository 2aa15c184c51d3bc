/**
 * The suites' one factories module: set-up through the API (`given…` with a signed-in user) or, for
 * bulk data and records another domain owns, straight to the suite's database (`app.db`). Import
 * from here ('./support/factories'); each file holds one domain's helpers and defines each name once.
 */
export * from './people';
export * from './curriculum';
export * from './journals';
export * from './practicum';
export * from './certificates';
export * from './checks';
export * from './ce';
export * from './membership';
