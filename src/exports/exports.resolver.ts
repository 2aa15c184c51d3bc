import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ExportPageArgs } from './exports.inputs';
import { AttendanceExport, CeRosterExport, CertificatesExport, CohortProgressExport, TranscriptsExport } from './exports.models';
import { ExportDelivery, ExportsService } from './exports.service';

const page = ({ first, offset }: ExportPageArgs): ExportDelivery => ({ format: 'graphql', first, offset });
const WHO = "admins and the program's coordinators; audited";

/** The CSV exports' data as typed rows, a page at a time; each call writes one audit row. */
@Resolver()
export class ExportsResolver {
  constructor(private readonly exports: ExportsService) {}

  @Query(() => CohortProgressExport, { description: `Every participant's progress against each requirement (${WHO})` })
  async cohortProgressExport(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args() pageArgs: ExportPageArgs,
  ): Promise<CohortProgressExport> {
    return (await this.exports.progress(user, cohortId, page(pageArgs))).data;
  }

  @Query(() => AttendanceExport, { description: `Attendance minutes per participant and session (${WHO})` })
  async attendanceExport(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args() pageArgs: ExportPageArgs,
  ): Promise<AttendanceExport> {
    return (await this.exports.attendance(user, cohortId, page(pageArgs))).data;
  }

  @Query(() => TranscriptsExport, { description: `Every participant's hours transcript (${WHO})` })
  async transcriptsExport(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args() pageArgs: ExportPageArgs,
  ): Promise<TranscriptsExport> {
    return (await this.exports.transcriptsOf(user, cohortId, page(pageArgs))).data;
  }

  @Query(() => CertificatesExport, { description: `Every certificate of the cohort, issued and revoked (${WHO})` })
  async certificatesExport(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args() pageArgs: ExportPageArgs,
  ): Promise<CertificatesExport> {
    return (await this.exports.certificatesOf(user, cohortId, page(pageArgs))).data;
  }

  @Query(() => CeRosterExport, { description: `A board's CE roster under one approval: names, licences, completion dates, credit (${WHO})` })
  async ceRoster(
    @CurrentUser() user: AuthUser,
    @Args('approvalId', { type: () => ID }, new UuidPipe('approvalId')) approvalId: string,
    @Args() pageArgs: ExportPageArgs,
  ): Promise<CeRosterExport> {
    return (await this.exports.ceRoster(user, approvalId, page(pageArgs))).data;
  }
}
