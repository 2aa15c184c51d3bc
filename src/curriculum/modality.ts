import { registerEnumType } from '@nestjs/graphql';

export enum Modality {
  ONLINE = 'ONLINE',
  IN_PERSON = 'IN_PERSON',
  HYBRID = 'HYBRID',
}

registerEnumType(Modality, { name: 'Modality' });
