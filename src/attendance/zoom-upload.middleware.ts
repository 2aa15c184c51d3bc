import { HttpException, Injectable, NestMiddleware, PayloadTooLargeException } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { FileInterceptor } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { of } from 'rxjs';

/** The file input's name on the attendance page. */
export const REPORT_FIELD = 'report';
/** Far more than a meeting's report takes; a larger file is refused before it is read. */
const MAX_UPLOAD_BYTES = 1_000_000;

export type ZoomUploadProblem = 'missing' | 'tooLarge' | 'notText' | 'unreadable';

/** The posted report as text, or why there is none. */
export type ZoomUpload = { csv: string } | { problem: ZoomUploadProblem };

export type ZoomUploadRequest = Request & { file?: { buffer: Buffer }; zoomUpload?: ZoomUpload };

/**
 * Reads the attendance page's multipart form (its CSRF token and one report, kept in memory) into
 * `request.body` and `request.zoomUpload`. Nest's FileInterceptor does the reading, so its limits and
 * errors are the framework's; it runs here, before the guards, because WebSessionGuard checks the
 * token in the form's body. A refused upload is noted, not thrown, for the page to say why beside the field.
 */
@Injectable()
export class ZoomUploadMiddleware implements NestMiddleware {
  private readonly upload = new (FileInterceptor(REPORT_FIELD, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 1000, parts: 6 } }))();

  async use(request: ZoomUploadRequest, response: Response, next: NextFunction): Promise<void> {
    try {
      await this.upload.intercept(new ExecutionContextHost([request, response]), { handle: () => of(undefined) });
      request.zoomUpload = textOf(request.file);
    } catch (error) {
      if (!(error instanceof HttpException)) return next(error);
      request.zoomUpload = { problem: error instanceof PayloadTooLargeException ? 'tooLarge' : 'unreadable' };
    }
    next();
  }
}

function textOf(file: { buffer: Buffer } | undefined): ZoomUpload {
  if (!file?.buffer.length) return { problem: 'missing' };
  try {
    return { csv: new TextDecoder('utf-8', { fatal: true }).decode(file.buffer) };
  } catch {
    return { problem: 'notText' };
  }
}
