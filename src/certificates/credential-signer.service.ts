import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { ISSUER_NAME } from './issuer';
import { buildOpenBadgeCredential, CredentialInput, issuerId, signCredential } from './open-badge-credential';
import { PublicSigningJwk, SigningKeyRing } from './signing-keys';
import { buildStatusListCredential, encodeStatusList } from './status-list';

export type CertificateFacts = Omit<CredentialInput, 'publicBaseUrl' | 'issuerName'>;

/** Signs with the in-memory key ring: no I/O, so issuing many certificates is CPU-bound only. */
@Injectable()
export class CredentialSigner {
  constructor(
    private readonly config: AppConfig,
    private readonly keyRing: SigningKeyRing,
  ) {}

  /** The Open Badges 3.0 credential of one certificate, as a VC-JWT. */
  signCertificate(facts: CertificateFacts): Promise<string> {
    const credential = buildOpenBadgeCredential({ ...facts, publicBaseUrl: this.config.publicBaseUrl, issuerName: ISSUER_NAME });
    return signCredential(credential, this.keyRing);
  }

  /** The revocation Bitstring Status List credential, as a VC-JWT, valid from now. */
  signStatusList(revokedIndexes: number[]): Promise<string> {
    const credential = buildStatusListCredential({
      publicBaseUrl: this.config.publicBaseUrl,
      issuerId: issuerId(this.config.publicBaseUrl),
      issuerName: ISSUER_NAME,
      encodedList: encodeStatusList(revokedIndexes),
      validFrom: new Date(),
    });
    return signCredential(credential, this.keyRing);
  }

  publicJwks(): { keys: PublicSigningJwk[] } {
    return this.keyRing.publicJwks();
  }
}
