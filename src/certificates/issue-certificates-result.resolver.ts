import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { firstOf, PageArgs } from '../graphql/page-args';
import { Certificate, IssueCertificatesResult } from './certificates.models';

/** Pages the certificates issueCertificates returns; the counts cover them all. */
@Resolver(() => IssueCertificatesResult)
export class IssueCertificatesResultResolver {
  @ResolveField('certificates', () => [Certificate])
  certificates(@Parent() result: IssueCertificatesResult, @Args() page: PageArgs): Certificate[] {
    return firstOf(result.certificates, page);
  }
}
