// Load: 1,000 concurrent virtual users on the mixed scenario (list, filter, monthly report, create, update) with
// think time. Passes when under 0.1 % of requests fail and p95 < 200 ms, p99 < 500 ms.
//   k6 run k6/load.js                        (VUS=1000, HOLD=5m, USERS=1000 by default)
import { LOAD_THRESHOLDS, mixedIteration } from './lib/api.js';

const VUS = parseInt(__ENV.VUS || '1000', 10);

export const options = {
  scenarios: {
    load: {
      executor: 'ramping-vus',
      startVUs: 0,
      stages: [
        { duration: __ENV.RAMP || '2m', target: VUS },
        { duration: __ENV.HOLD || '5m', target: VUS },
        { duration: '30s', target: 0 },
      ],
      gracefulRampDown: '10s',
    },
  },
  thresholds: LOAD_THRESHOLDS,
};

export default function () {
  mixedIteration();
}
