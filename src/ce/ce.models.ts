import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CeUnit } from './ce-unit';

registerEnumType(CeUnit, {
  name: 'CeUnit',
  valuesMap: { CEUS: { description: 'IACET continuing education units: 1 CEU = 10 contact hours' } },
});

@ObjectType('CeApproval')
export class CeApproval {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  cohortId: string;

  @Field(() => String)
  board: string;

  @Field(() => String)
  approvalNumber: string;

  @Field(() => String, { nullable: true })
  statement: string | null;

  @Field(() => [String], { description: 'Licence types covered, from licenseTypes' })
  licenseTypes: string[];

  @Field(() => [String], { nullable: true, description: 'Issuing states covered; null: every state' })
  licenseStates: string[] | null;

  @Field(() => Boolean)
  requiresCompletion: boolean;

  @Field(() => Boolean)
  partialCredit: boolean;

  @Field(() => Int)
  incrementMinutes: number;

  @Field(() => CeUnit)
  unit: CeUnit;

  @Field(() => Int, { description: 'CE records earned under it; it can be removed only while there are none' })
  recordCount: number;
}

@ObjectType('CeRecord')
export class CeRecord {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  approvalId: string;

  @Field(() => String)
  board: string;

  @Field(() => String)
  approvalNumber: string;

  @Field(() => String, { nullable: true })
  statement: string | null;

  @Field(() => String, { nullable: true, description: 'The licence the credit was earned under (null only on records from before licences)' })
  licenseType: string | null;

  @Field(() => String, { nullable: true })
  licenseState: string | null;

  @Field(() => String, { nullable: true })
  licenseNumber: string | null;

  @Field(() => Int, { description: "Credited minutes, rounded down to the approval's increment" })
  minutes: number;

  @Field(() => Float, { description: "Credited minutes / 60, rounded down to the approval's increment" })
  hours: number;

  @Field(() => Float, { description: 'IACET continuing education units: hours / 10' })
  ceus: number;

  @Field(() => CeUnit, { description: 'What the board counts: hours or CEUs' })
  unit: CeUnit;

  @Field(() => ID)
  cohortId: string;

  @Field(() => String)
  cohortName: string;

  @Field(() => ID)
  userId: string;

  @Field(() => ID, { nullable: true, description: 'The completion certificate it came with, when the approval requires completion' })
  certificateId: string | null;

  @Field(() => String, { description: 'The CE certificate, as PDF (signed in: the holder or an admin)' })
  certificateUrl: string;

  @Field(() => String, { description: 'The public page its QR code opens' })
  verifyUrl: string;
}
