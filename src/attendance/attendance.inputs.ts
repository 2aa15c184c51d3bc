import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsOptional, ValidateNested } from 'class-validator';
import { AttendanceStatus } from './attendance-status';
import { IdField } from '../graphql/id-field.decorator';

@InputType()
export class AttendanceEntryInput {
  @IdField()
  userId: string;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus)
  status: AttendanceStatus;

  @Field(() => Int, { nullable: true, description: "Defaults to the session's duration when PRESENT, 0 otherwise" })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of minutes' })
  minutesAttended?: number;
}

@InputType()
export class RecordAttendanceInput extends AttendanceEntryInput {
  @IdField()
  sessionId: string;
}

@InputType()
export class RecordSessionAttendanceInput {
  @IdField()
  sessionId: string;

  @Field(() => [AttendanceEntryInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one person' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries: AttendanceEntryInput[];
}
