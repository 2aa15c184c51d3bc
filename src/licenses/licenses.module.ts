import { Module } from '@nestjs/common';
import { CeModule } from '../ce/ce.module';
import { LicensePagesController } from './license-pages.controller';
import { LicensesRepository } from './licenses.repository';
import { LicensesResolver } from './licenses.resolver';
import { LicensesService } from './licenses.service';

@Module({ imports: [CeModule], controllers: [LicensePagesController], providers: [LicensesRepository, LicensesService, LicensesResolver] })
export class LicensesModule {}
