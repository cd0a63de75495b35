// Soak: the mixed scenario at a steady, realistic load for hours, to find what only time reveals (memory growth,
// an outbox or log that never shrinks, tokens expiring: each virtual user signs in again every 50 minutes).
//   k6 run k6/soak.js                        (VUS=500, DURATION=2h by default)
import { LOAD_THRESHOLDS, mixedIteration } from './lib/api.js';

export const options = {
  scenarios: {
    soak: {
      executor: 'ramping-vus',
      startVUs: 0,
      stages: [
        { duration: '2m', target: parseInt(__ENV.VUS || '500', 10) },
        { duration: __ENV.DURATION || '2h', target: parseInt(__ENV.VUS || '500', 10) },
        { duration: '1m', target: 0 },
      ],
      gracefulRampDown: '10s',
    },
  },
  thresholds: LOAD_THRESHOLDS,
};

export default function () {
  mixedIteration();
}
