import { Field, ObjectType } from '@nestjs/graphql';
import { licenseTypeName } from './license-catalogue';
import { LicenseStatus } from './license-status';

/** A licence as stored and audited. */
export interface StoredLicense {
  type: string;
  state: string;
  number: string;
  status: LicenseStatus;
}

@ObjectType('License')
export class License {
  @Field(() => String, { description: 'A code of the catalogue (licenseTypes), e.g. LCSW' })
  type: string;

  @Field(() => String, { description: 'The display name of the type' })
  typeName: string;

  @Field(() => String, { description: 'The issuing state or territory, as its two-letter code' })
  state: string;

  @Field(() => String)
  number: string;

  @Field(() => LicenseStatus)
  status: LicenseStatus;

  static from(stored: StoredLicense): License {
    return Object.assign(new License(), { ...stored, typeName: licenseTypeName(stored.type) });
  }
}

@ObjectType('LicenseType')
export class LicenseType {
  @Field(() => String, { description: 'What a licence names as its type' })
  code: string;

  @Field(() => String)
  name: string;
}
