import { registerEnumType } from '@nestjs/graphql';

export enum LicenseStatus {
  ACTIVE = 'ACTIVE',
  ASSOCIATE = 'ASSOCIATE',
  INACTIVE = 'INACTIVE',
}

registerEnumType(LicenseStatus, {
  name: 'LicenseStatus',
  valuesMap: { ASSOCIATE: { description: 'A registered associate, licence-eligible' } },
});
