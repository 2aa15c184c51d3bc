import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { JsonLogger } from '../logging/json-logger';
import { UsersService } from './users.service';

/** Creates the first administrator from BOOTSTRAP_ADMIN_EMAIL/PASSWORD when none exists yet. */
@Injectable()
export class BootstrapAdminService implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly logger: JsonLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { bootstrapAdminEmail: email, bootstrapAdminPassword: password } = this.config;
    if (!email || !password || (await this.users.adminExists())) return;
    if (await this.users.findByEmail(email)) return;
    await this.users.create({ email, password, fullName: 'Administrator', isAdmin: true }, null);
    this.logger.info('Bootstrap administrator created', { context: 'auth' });
  }
}
