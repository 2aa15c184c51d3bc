import { Controller, Get, Header, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { CertificatesService } from './certificates.service';
import { CredentialSigner } from './credential-signer.service';
import { STATUS_LIST_PATH } from './open-badge-credential';

/** What offline verifiers fetch: the public keys and the revocation list. */
@Controller()
export class CredentialsController {
  constructor(
    private readonly signer: CredentialSigner,
    private readonly certificates: CertificatesService,
  ) {}

  /** Every key that signed credentials still in circulation; public members only. */
  @Public()
  @Get('.well-known/jwks.json')
  @Header('cache-control', 'public, max-age=300')
  jwks() {
    return this.signer.publicJwks();
  }

  /** The Bitstring Status List credential, freshly signed, as a VC-JWT (application/vc+jwt). */
  @Public()
  @Get(STATUS_LIST_PATH.slice(1))
  async statusList(@Res() response: Response): Promise<void> {
    const jwt = await this.signer.signStatusList(await this.certificates.revokedIndexes());
    response.status(200).set({ 'content-type': 'application/vc+jwt', 'cache-control': 'no-store' }).send(jwt);
  }
}
