// Smoke: one virtual user walks every call of the mixed scenario a few times. Run it first, against any API.
//   k6 run k6/smoke.js                       (BASE_URL=http://localhost:5080 by default)
import { check } from 'k6';
import http from 'k6/http';
import { BASE_URL, createExpense, currentSession, filterExpenses, listExpenses, monthlyReport, updateExpense } from './lib/api.js';

export const options = {
  vus: 1,
  iterations: 5,
  thresholds: {
    http_req_failed: ['rate==0'],
    checks: ['rate==1'],
    http_req_duration: ['p(95)<500'],
  },
};

export function setup() {
  const res = http.get(`${BASE_URL}/health`);
  check(res, { 'API healthy': (r) => r.status === 200 });
}

export default function () {
  const s = currentSession();
  listExpenses(s);
  filterExpenses(s);
  monthlyReport(s);
  createExpense(s);
  updateExpense(s);
}
