import { Controller, Get, Next, Param, Req, Res } from '@nestjs/common';
import { getDistDirectory, renderAltair } from 'altair-static';
import type { NextFunction, Request, Response } from 'express';
import { Public } from '../auth/public.decorator';

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

  @Get('graphql')
  ide(@Req() request: Request, @Res() response: Response, @Next() next: NextFunction): void {
    if (request.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    response.set('cache-control', 'no-store').type('html').send(this.page);
  }

  /** The IDE's scripts, styles and images; `send` refuses paths that leave the folder. */
  @Get(`${ASSETS_PATH.slice(1)}*path`)
  asset(@Param('path') path: string[], @Res() response: Response, @Next() next: NextFunction): void {
    // A file that is not there falls through to the usual 404.
    response.sendFile(path.join('/'), { root: this.assets, dotfiles: 'deny' }, (error) => {
      if (error && !response.headersSent) next();
    });
  }
}
