import { CanActivate, ExecutionContext, HttpException, Injectable, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { of } from 'rxjs';
import { ROSTER_LIMITS } from './roster-csv';

/** The form's file field. */
export const ROSTER_FILE_FIELD = 'roster';

/** What reading the upload left on the request: the file, or why it was refused ('tooLarge', or the framework's reason). */
export type UploadRequest = { file?: { buffer: Buffer }; rosterUploadProblem?: string };

/**
 * Reads the roster form (multipart: the CSRF token, the button, one file kept in memory) before
 * WebSessionGuard runs, because that guard checks the token in the form's body, and an interceptor
 * (where FileInterceptor would read it) comes after guards. Nest's FileInterceptor does the reading,
 * so its limits and errors are the framework's; a refused upload is noted, not thrown, so the page
 * can say why beside the field once the session and token are checked.
 */
@Injectable()
export class RosterUploadGuard implements CanActivate {
  private readonly upload = new (FileInterceptor(ROSTER_FILE_FIELD, { limits: { fileSize: ROSTER_LIMITS.bytes, files: 1, fields: 4, fieldSize: 1000, parts: 6 } }))();

  async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      await this.upload.intercept(context, { handle: () => of(undefined) });
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      context.switchToHttp().getRequest<UploadRequest>().rosterUploadProblem = error instanceof PayloadTooLargeException ? 'tooLarge' : error.message;
    }
    return true;
  }
}
