import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';

/** How long a replica trusts its list before reading it again (another replica may have registered a platform). */
const REFRESH_MS = 30_000;

/** The registered platforms' frame origins: where the pages may be shown in a frame (an LMS course). */
@Injectable()
export class FrameOrigins {
  private cached?: { origins: Promise<string[]>; readAt: number };

  constructor(private readonly dataSource: DataSource) {}

  all(): Promise<string[]> {
    if (!this.cached || Date.now() - this.cached.readAt > REFRESH_MS) {
      const origins = this.read();
      this.cached = { origins, readAt: Date.now() };
      origins.catch(() => (this.cached = undefined));
    }
    return this.cached.origins;
  }

  /** After a registration changes: the next page reads the list again. */
  forget(): void {
    this.cached = undefined;
  }

  private async read(): Promise<string[]> {
    const rows: { origin: string }[] = await this.dataSource.query('SELECT DISTINCT unnest(frame_origins) AS origin FROM lti_platform ORDER BY 1');
    return rows.map((row) => row.origin);
  }
}

/** Puts the registered platforms' origins where pages find them (response.locals.frameOrigins). */
@Injectable()
export class FrameOriginsMiddleware implements NestMiddleware {
  constructor(private readonly origins: FrameOrigins) {}

  use(_request: Request, response: Response, next: NextFunction): void {
    this.origins.all().then(
      (origins) => {
        response.locals.frameOrigins = origins;
        next();
      },
      next,
    );
  }
}
