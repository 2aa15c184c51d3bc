import { Module } from '@nestjs/common';
import { DemoSeederService } from './demo-seeder.service';

@Module({ providers: [DemoSeederService] })
export class DemoModule {}
