import { Module } from '@nestjs/common';
import { CeModule } from '../ce/ce.module';
import { LicensesRepository } from './licenses.repository';
import { LicensesResolver } from './licenses.resolver';
import { LicensesService } from './licenses.service';

@Module({ imports: [CeModule], providers: [LicensesRepository, LicensesService, LicensesResolver] })
export class LicensesModule {}
