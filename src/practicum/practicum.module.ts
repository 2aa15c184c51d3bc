import { Module } from '@nestjs/common';
import { PracticumPagesController } from './practicum-pages.controller';
import { PracticumReader } from './practicum-reader.service';
import { PracticumRepository } from './practicum.repository';
import { MyPracticumResolver } from './my-practicum.resolver';
import { PracticumResolver } from './practicum.resolver';
import { PracticumService } from './practicum.service';

@Module({
  controllers: [PracticumPagesController],
  providers: [PracticumRepository, PracticumService, PracticumReader, PracticumResolver, MyPracticumResolver],
})
export class PracticumModule {}
