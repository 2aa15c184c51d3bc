import { Module } from '@nestjs/common';
import { LicensesRepository } from './licenses.repository';
import { LicensesResolver } from './licenses.resolver';
import { LicensesService } from './licenses.service';

@Module({ providers: [LicensesRepository, LicensesService, LicensesResolver] })
export class LicensesModule {}
