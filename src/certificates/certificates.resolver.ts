import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { firstOf, PageArgs } from '../graphql/page-args';
import { UuidPipe } from '../graphql/uuid.pipe';
import { PublicLookup } from '../rate-limits/public-lookup.decorator';
import { CertificateEntity } from './certificate.entity';
import { IssueCertificateInput, IssueCertificatesArgs, ReissueCertificateInput, RevokeCertificateInput } from './certificates.inputs';
import { Certificate, CertificateVerification, IssueCertificatesResult } from './certificates.models';
import { CertificatesService } from './certificates.service';

@Resolver(() => Certificate)
export class CertificatesResolver {
  constructor(
    private readonly service: CertificatesService,
    private readonly config: AppConfig,
  ) {}

  @Mutation(() => Certificate, { description: 'Issues once per participant and cohort; again returns the same certificate' })
  async issueCertificate(@CurrentUser() user: AuthUser, @Args('input') input: IssueCertificateInput): Promise<Certificate> {
    return this.toModel(await this.service.issue(user, input));
  }

  @Mutation(() => IssueCertificatesResult, { description: 'Issues for every eligible participant of the cohort' })
  async issueCertificates(
    @CurrentUser() user: AuthUser,
    @Args() { cohortId, earlyCompletionReason }: IssueCertificatesArgs,
  ): Promise<IssueCertificatesResult> {
    const result = await this.service.issueAll(user, cohortId, earlyCompletionReason);
    return { ...result, certificates: result.certificates.map((certificate) => this.toModel(certificate)) };
  }

  @Mutation(() => Certificate, {
    description: 'Revokes the certificate with the reason and issues a new one (new code, today’s name and figures); CE records move to it',
  })
  async reissueCertificate(@CurrentUser() user: AuthUser, @Args('input') input: ReissueCertificateInput): Promise<Certificate> {
    return this.toModel(await this.service.reissue(user, input));
  }

  @Mutation(() => Certificate, { description: 'Revokes with a reason; revoking twice is a CONFLICT' })
  async revokeCertificate(@CurrentUser() user: AuthUser, @Args('input') input: RevokeCertificateInput): Promise<Certificate> {
    return this.toModel(await this.service.revoke(user, input));
  }

  @Query(() => [Certificate], { description: "The cohort's certificates, by holder: all for faculty and admins, a facilitator's own communities' members" })
  async certificates(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args() page: PageArgs,
  ): Promise<Certificate[]> {
    return firstOf(await this.service.listForCohort(user, cohortId), page).map((certificate) => this.toModel(certificate));
  }

  @Query(() => [Certificate], { description: 'Your own certificates, newest first' })
  async myCertificates(@CurrentUser() user: AuthUser, @Args() page: PageArgs): Promise<Certificate[]> {
    return firstOf(await this.service.listOwn(user), page).map((certificate) => this.toModel(certificate));
  }

  @Public()
  @PublicLookup()
  @Query(() => CertificateVerification, { description: 'Anyone may check a code; an unknown code answers NOT_FOUND' })
  async verifyCertificate(@Args('code', { type: () => String }) code: string): Promise<CertificateVerification> {
    return CertificateVerification.of(await this.service.verify(code));
  }

  private toModel(certificate: CertificateEntity): Certificate {
    return Certificate.from(certificate, this.config.publicBaseUrl);
  }
}
