import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CSV_OPTIONS, CsvTable } from './csv-format';

function* records(table: CsvTable): Generator<unknown[]> {
  yield table.header;
  yield* table.rows;
}

/**
 * Streams the table as a CSV attachment through csv-stringify, a record at a time as the client
 * reads (backpressure), never cached: it holds people's records.
 */
export async function sendCsv(response: Response, fileName: string, table: CsvTable): Promise<void> {
  response.status(200).set({
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${fileName}"`,
    'cache-control': 'no-store',
  });
  try {
    await pipeline(Readable.from(records(table)), stringify(CSV_OPTIONS), response);
  } catch (error) {
    // A client that stops reading ends the download; once rows are on their way there is no other answer to give.
    if (!response.headersSent) throw error;
  }
}
