import { securityHeaders } from '../protocol/appProtocol';
import { contentSecurityPolicy, isWorkerScript, workerContentSecurityPolicy } from './csp';

type Middleware = (req: { url?: string }, res: { setHeader(name: string, value: string): unknown }, next: () => void) => void;

/**
 * A Vite plugin for the preview server of the built renderer (`npm run web`, the end-to-end tests and the whole-app
 * benchmark): every response carries the desktop's security headers, worker scripts with the worker CSP, exactly as
 * the app:// protocol handler sends them. (Vite's static `preview.headers` cannot differ per file.)
 */
export function previewSecurityHeaders(): { name: string; configurePreviewServer(server: { middlewares: { use(fn: Middleware): unknown } }): void } {
  const page = securityHeaders(contentSecurityPolicy());
  const worker = securityHeaders(workerContentSecurityPolicy());
  return {
    name: 'lastmile-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(isWorkerScript(req.url ?? '') ? worker : page)) res.setHeader(name, value);
        next();
      });
    },
  };
}
