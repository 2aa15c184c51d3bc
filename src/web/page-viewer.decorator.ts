import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Viewer } from './layout';
import { PageRequest } from './web-session.guard';

/** The signed-in person of a page, as WebSessionGuard loaded them. */
export const PageViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  return context.switchToHttp().getRequest<PageRequest>().viewer!;
});
