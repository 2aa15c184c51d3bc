import { HttpException, Injectable, mixin, NestMiddleware, PayloadTooLargeException, Type } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { FileInterceptor } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { of } from 'rxjs';

export type UploadProblem = 'missing' | 'tooLarge' | 'notText' | 'unreadable';

/** A posted file as UTF-8 text, or why there is none. */
export type UploadedText = { text: string } | { problem: UploadProblem };

export type UploadRequest = Request & { file?: { buffer: Buffer }; upload?: UploadedText };

/**
 * Reads a page's multipart form (its CSRF token and one file named `field`, kept in memory, at most
 * `maxBytes`) into `request.body` and `request.upload`. It runs as middleware, before the guards,
 * because WebSessionGuard checks the token in the form's body; Nest's FileInterceptor does the
 * reading, so limits and errors are the framework's. A refused upload is noted, not thrown, for the
 * page to say why beside the field.
 */
export function FileUploadMiddleware(field: string, maxBytes: number): Type<NestMiddleware> {
  @Injectable()
  class ReadUpload implements NestMiddleware {
    private readonly upload = new (FileInterceptor(field, { limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 1000, parts: 6 } }))();

    async use(request: UploadRequest, response: Response, next: NextFunction): Promise<void> {
      try {
        await this.upload.intercept(new ExecutionContextHost([request, response]), { handle: () => of(undefined) });
        request.upload = textOf(request.file);
      } catch (error) {
        if (!(error instanceof HttpException)) return next(error);
        request.upload = { problem: error instanceof PayloadTooLargeException ? 'tooLarge' : 'unreadable' };
      }
      next();
    }
  }
  return mixin(ReadUpload);
}

function textOf(file: { buffer: Buffer } | undefined): UploadedText {
  if (!file?.buffer.length) return { problem: 'missing' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(file.buffer) };
  } catch {
    return { problem: 'notText' };
  }
}
