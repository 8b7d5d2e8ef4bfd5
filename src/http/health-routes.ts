import type { MetricsRegistry } from '../metrics/metrics.js';
import type { LivenessProbe } from './liveness.js';
import { checkReadiness, type ReadinessSources } from './readiness.js';
import type { Route } from './server.js';

/** GET /healthz, /readyz and /metrics. */
export function healthRoutes(deps: {
  liveness: LivenessProbe;
  readiness: ReadinessSources;
  metrics: MetricsRegistry;
}): Route[] {
  return [
    {
      method: 'GET',
      path: '/healthz',
      handle: async () =>
        deps.liveness.alive()
          ? { status: 200, body: 'ok\n' }
          : { status: 503, body: `event loop lag ${Math.round(deps.liveness.lagMs())} ms\n` },
    },
    {
      method: 'GET',
      path: '/readyz',
      handle: async () => {
        const readiness = await checkReadiness(deps.readiness);
        return readiness.ready
          ? { status: 200, body: 'ready\n' }
          : { status: 503, body: `not ready: ${readiness.reason}\n` };
      },
    },
    {
      method: 'GET',
      path: '/metrics',
      handle: async () => ({
        status: 200,
        body: await deps.metrics.render(),
        contentType: deps.metrics.contentType,
      }),
    },
  ];
}
