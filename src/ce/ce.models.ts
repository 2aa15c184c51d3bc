import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

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

  @Field(() => Int, { description: 'CE records this approval created for certificates already issued' })
  recordsCreated: number;
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

  @Field(() => Float, { description: 'CE-eligible attended minutes / 60, rounded down to the quarter hour' })
  hours: number;

  @Field(() => Float, { description: 'IACET continuing education units: hours / 10' })
  ceus: number;

  @Field(() => ID)
  cohortId: string;

  @Field(() => String)
  cohortName: string;

  @Field(() => ID)
  userId: string;

  @Field(() => String, { description: "The CE certificate for this board, as PDF" })
  pdfUrl: string;
}
