import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { APP_CSS, AUTOSAVE_JS } from './assets';

/** The pages' only stylesheet and script, from the service itself (no CDN: many agency networks are offline). */
@Public()
@Controller('assets')
export class AssetsController {
  @Get('app.css')
  stylesheet(@Res() response: Response): void {
    response.type('text/css').set('Cache-Control', 'public, max-age=3600').send(APP_CSS);
  }

  @Get('app.js')
  script(@Res() response: Response): void {
    response.type('text/javascript').set('Cache-Control', 'public, max-age=3600').send(AUTOSAVE_JS);
  }
}
