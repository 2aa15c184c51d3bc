import { Controller, Get, Next, Param, Req, Res } from '@nestjs/common';
import { getDistDirectory, renderAltair } from 'altair-static';
import type { NextFunction, Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';

/** Where the IDE's own files are served from; its page lives at /graphql. */
const ASSETS_PATH = '/graphql-ide/';

const FIRST_QUERY = `# Sign in (npm start prints the demo sign-ins), then put the accessToken under Auth as a Bearer Token.
mutation {
  login(input: { email: "", password: "" }) {
    accessToken
  }
}
`;

/**
 * Altair, a GraphQL IDE, from its static build in node_modules (altair-static): no file comes from
 * another origin, so it works offline. Browsers asking /graphql for HTML get it; every other
 * request to /graphql goes on to the GraphQL server.
 */
@Public()
@Controller()
export class GraphqlIdeController {
  private readonly page = renderAltair({
    baseURL: ASSETS_PATH,
    endpointURL: '/graphql',
    initialQuery: FIRST_QUERY,
    // No Altair cloud account, no promotional banners: nothing that calls Altair's servers.
    disableAccount: true,
    initialSettings: { 'banners.disable': true, 'alert.disableUpdateNotification': true },
  });

  private readonly assets = getDistDirectory();

  private readonly policy: string;

  constructor(config: AppConfig) {
    this.policy = idePolicy(this.page, config);
  }

  @Get('graphql')
  ide(@Req() request: Request, @Res() response: Response, @Next() next: NextFunction): void {
    if (request.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    response.set({ 'cache-control': 'no-store', 'content-security-policy': this.policy }).type('html').send(this.page);
  }

  /** The IDE's scripts, styles and images; `send` refuses paths that leave the folder. */
  @Get(`${ASSETS_PATH.slice(1)}*path`)
  asset(@Param('path') path: string[], @Res() response: Response, @Next() next: NextFunction): void {
    // A worker, or the framed sandbox page, runs under the policy its own file came with.
    response.set('content-security-policy', this.policy);
    // A file that is not there falls through to the usual 404.
    response.sendFile(path.join('/'), { root: this.assets, dotfiles: 'deny' }, (error) => {
      if (error && !response.headersSent) next();
    });
  }
}

/**
 * The IDE loads everything from this service: its files, the page's one inline script (allowed by
 * its hash), the styles Angular writes inline, its icons as data URLs. It frames its own request-script
 * sandbox, hence 'self' among the frame ancestors.
 */
function idePolicy(page: string, config: AppConfig): string {
  const script = /<script type="module" nonce="">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
  const hash = createHash('sha256').update(script).digest('base64');
  return [
    "default-src 'self'",
    `script-src 'self' 'sha256-${hash}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    `frame-ancestors 'self' ${config.frameAncestors.join(' ')}`.trim(),
  ].join('; ');
}
