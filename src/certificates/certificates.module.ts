import { Module } from '@nestjs/common';
import { CeModule } from '../ce/ce.module';
import { CompletionModule } from '../completion/completion.module';
import { CertificateListPagesController } from './certificate-list-pages.controller';
import { CertificatePagesController } from './certificate-pages.controller';
import { CertificateWriter } from './certificate-writer';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesResolver } from './certificates.resolver';
import { IssueCertificatesResultResolver } from './issue-certificates-result.resolver';
import { OpenBadgeDocumentsController } from './open-badge-documents.controller';
import { OpenBadgeDocuments } from './open-badge-documents.service';
import { CertificatesService } from './certificates.service';
import { CredentialSigner } from './credential-signer.service';
import { CredentialsController } from './credentials.controller';
import { signingKeyRingProvider } from './signing-key-ring.provider';

/** Exports what issuing outside a request needs (the demo): the writer, the repository, and progress. */
@Module({
  imports: [CompletionModule, CeModule],
  controllers: [CredentialsController, CertificatePagesController, OpenBadgeDocumentsController, CertificateListPagesController],
  providers: [signingKeyRingProvider, CredentialSigner, OpenBadgeDocuments, CertificatesRepository, CertificateWriter, CertificatesService, CertificatesResolver, IssueCertificatesResultResolver],
  exports: [CredentialSigner, CertificatesRepository, CertificateWriter, CompletionModule],
})
export class CertificatesModule {}
