import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server, ServerResponse } from 'node:http';

/**
 * Counts the HTTP requests being answered, so that shutdown can let them finish: once draining,
 * readiness answers 503 while the requests in flight (and any still arriving) are served.
 */
@Injectable()
export class RequestDrain implements OnApplicationBootstrap {
  private inFlight = 0;
  private draining = false;
  private onIdle?: () => void;

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  get isDraining(): boolean {
    return this.draining;
  }

  onApplicationBootstrap(): void {
    const server: Server = this.adapterHost.httpAdapter.getHttpServer();
    server.on('request', (_request, response: ServerResponse) => {
      this.inFlight += 1;
      response.once('close', () => {
        this.inFlight -= 1;
        if (this.inFlight === 0) this.onIdle?.();
      });
    });
  }

  /** Starts draining; resolves when no request is in flight or after graceMs, with how many are still running. */
  async drain(graceMs: number): Promise<number> {
    this.draining = true;
    if (this.inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        this.onIdle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return this.inFlight;
  }
}
