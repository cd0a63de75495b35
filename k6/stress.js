// Stress: the mixed scenario past the load test, in steps of 1,000 virtual users, to see where latency and errors
// start to climb and that the API recovers when the load drops. Thresholds are reported, not expected to hold at
// the top; the test stops early if more than 5 % of requests fail.
//   k6 run k6/stress.js                      (STEP=1000, STEPS=4, STEP_TIME=3m by default)
import { LOAD_THRESHOLDS, mixedIteration } from './lib/api.js';

const STEP = parseInt(__ENV.STEP || '1000', 10);
const STEPS = parseInt(__ENV.STEPS || '4', 10);
const STEP_TIME = __ENV.STEP_TIME || '3m';

const stages = [];
for (let step = 1; step <= STEPS; step++) {
  stages.push({ duration: '1m', target: STEP * step });
  stages.push({ duration: STEP_TIME, target: STEP * step });
}
// Recovery: back to the first step, where the load test's thresholds held.
stages.push({ duration: '1m', target: STEP });
stages.push({ duration: STEP_TIME, target: STEP });
stages.push({ duration: '30s', target: 0 });

export const options = {
  scenarios: {
    stress: { executor: 'ramping-vus', startVUs: 0, stages, gracefulRampDown: '10s' },
  },
  thresholds: {
    ...LOAD_THRESHOLDS,
    http_req_failed: [{ threshold: 'rate<0.05', abortOnFail: true, delayAbortEval: '30s' }],
  },
};

export default function () {
  mixedIteration();
}
