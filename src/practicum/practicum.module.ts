import { Module } from '@nestjs/common';
import { PracticumReader } from './practicum-reader.service';
import { PracticumResolver } from './practicum.resolver';
import { PracticumService } from './practicum.service';

@Module({ providers: [PracticumService, PracticumReader, PracticumResolver] })
export class PracticumModule {}
