import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { RequestDrain } from './request-drain';

/** Probes for orchestrators and load balancers: 200 when healthy, 503 otherwise, never waiting longer than HEALTH_TIMEOUT_MS. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly drain: RequestDrain,
    private readonly config: AppConfig,
  ) {}

  /** The process answers; nothing else is checked, so a database outage never gets the service restarted. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Ready for traffic: not shutting down, and the database answers in time. `/health` is the same check. */
  @Get(['ready', ''])
  @HealthCheck()
  ready() {
    if (this.drain.isDraining) throw new ServiceUnavailableException({ status: 'shutting_down' });
    return this.health.check([
      () =>
        this.indicators
          .check('database')
          .attempt(async () => {
            await this.dataSource.query('SELECT 1');
          })
          .withTimeout(this.config.healthTimeoutMs),
    ]);
  }
}
