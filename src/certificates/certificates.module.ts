import { Module } from '@nestjs/common';
import { CertificatePagesController } from './certificate-pages.controller';
import { CertificatesResolver } from './certificates.resolver';
import { CertificatesService } from './certificates.service';
import { CredentialSigner } from './credential-signer.service';
import { CredentialsController } from './credentials.controller';
import { signingKeyRingProvider } from './signing-key-ring.provider';

@Module({
  controllers: [CredentialsController, CertificatePagesController],
  providers: [signingKeyRingProvider, CredentialSigner, CertificatesService, CertificatesResolver],
  exports: [CertificatesService],
})
export class CertificatesModule {}
