import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsOptional, MaxLength, registerDecorator } from 'class-validator';
import { NotBlank } from '../graphql/not-blank.validator';
import { IdField } from '../graphql/id-field.decorator';
import { OptionalNotNull } from '../graphql/optional-not-null';
import { Name, SingleLine, Trimmed } from '../graphql/text-fields';
import { isPlatformUrl } from './platform-url';

/** A URL the service calls or sends browsers to: HTTPS, or HTTP to the host itself. */
function PlatformUrl(options: { each?: boolean; originOnly?: boolean } = {}): PropertyDecorator {
  const valid = (value: unknown) => typeof value === 'string' && value.length <= 2000 && isPlatformUrl(value) && (!options.originOnly || new URL(value).origin === value.replace(/\/$/, ''));
  return (target, propertyName) => {
    Trimmed()(target, propertyName);
    registerDecorator({
      name: 'platformUrl',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { each: options.each, message: options.originOnly ? 'must be origins (https://host[:port]), HTTPS unless on this host' : 'must be an HTTPS URL (HTTP only to this host)' },
      validator: { validate: valid },
    });
  };
}

/** Each a non-blank line of at most 200 characters. */
function DeploymentIds(): PropertyDecorator {
  const rules = [Trimmed(), NotBlank({ each: true }), SingleLine({ each: true }), MaxLength(200, { each: true, message: 'must each be at most 200 characters' })];
  return (target, property) => rules.forEach((rule) => rule(target, property));
}

@InputType()
export class RegisterLtiPlatformInput {
  @Field({ description: 'The `iss` of its launches (every hosted Canvas: https://canvas.instructure.com)' })
  @Name(500)
  issuer: string;

  @Field({ description: "The tool's client id on the platform (Canvas: the developer key's id)" })
  @Name(200)
  clientId: string;

  @Field(() => [String], { description: 'The installs whose launches are accepted (course- or account-level)' })
  @DeploymentIds()
  @ArrayNotEmpty({ message: 'must name at least one deployment' })
  @ArrayMaxSize(500)
  deploymentIds: string[];

  @Field({ description: 'The OIDC authorization endpoint' })
  @PlatformUrl()
  authLoginUrl: string;

  @Field({ description: 'The OAuth 2 token endpoint (AGS, NRPS)' })
  @PlatformUrl()
  accessTokenUrl: string;

  @Field({ description: "The platform's public keys" })
  @PlatformUrl()
  jwksUrl: string;

  @Field(() => [String], { nullable: true, description: "Origins whose pages show the tool in a frame (the LMS's own site); by default the issuer's and authLoginUrl's" })
  @IsOptional()
  @PlatformUrl({ each: true, originOnly: true })
  @ArrayMaxSize(20)
  frameOrigins?: string[];
}

@InputType()
export class UpdateLtiPlatformInput {
  @IdField()
  platformId: string;

  @Field(() => [String], { nullable: true })
  @OptionalNotNull()
  @DeploymentIds()
  @ArrayNotEmpty({ message: 'must name at least one deployment' })
  @ArrayMaxSize(500)
  deploymentIds?: string[];

  @Field({ nullable: true })
  @OptionalNotNull()
  @PlatformUrl()
  authLoginUrl?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @PlatformUrl()
  accessTokenUrl?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @PlatformUrl()
  jwksUrl?: string;

  @Field(() => [String], { nullable: true })
  @OptionalNotNull()
  @PlatformUrl({ each: true, originOnly: true })
  @ArrayMaxSize(20)
  frameOrigins?: string[];
}

@InputType()
export class LinkLtiContextInput {
  @IdField()
  platformId: string;

  @Field({ description: "The course's context id, as its launches send it" })
  @Name(500)
  contextId: string;

  @IdField()
  cohortId: string;
}
