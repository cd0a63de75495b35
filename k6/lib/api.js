// Shared by every script: where the API is, how a virtual user signs in, and the calls of the mixed scenario.
import http from 'k6/http';
import { check, fail, sleep } from 'k6';
import exec from 'k6/execution';

export const BASE_URL = (__ENV.BASE_URL || 'http://localhost:5080').replace(/\/$/, '');
export const API = `${BASE_URL}/api/v1`;

// How many seeded users the virtual users share (seed.js gives each a history); user 0 has the largest history.
export const USERS = parseInt(__ENV.USERS || '1000', 10);

// A token lives an hour; sign in again a little before, so a soak test never sends an expired one.
const TOKEN_LIFETIME_MS = 50 * 60 * 1000;

export function userName(index) {
  return `k6-user-${String(index).padStart(4, '0')}`;
}

// The user a virtual user plays: VU 1 is user 0 (the largest history), VU 2 user 1, ... wrapping around USERS.
export function userOfThisVu() {
  return userName((exec.vu.idInTest - 1) % USERS);
}

export function signIn(user) {
  const res = http.post(`${API}/dev/token`, JSON.stringify({ user }), {
    headers: { 'Content-Type': 'application/json' },
    tags: { name: 'POST /dev/token' },
  });
  if (!check(res, { 'signed in': (r) => r.status === 200 })) {
    fail(`POST /dev/token answered ${res.status}: is the API in local mode (no AzureAd:ClientId)?`);
  }
  return res.json('access_token');
}

// Per virtual user (each VU has its own copy of this module): its token, categories and some expense ids.
let session = null;

export function currentSession() {
  if (session === null || Date.now() - session.signedInAt > TOKEN_LIFETIME_MS) {
    const user = userOfThisVu();
    const token = signIn(user);
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const categories = http.get(`${API}/categories`, { headers, tags: { name: 'GET /categories' } }).json();
    const latest = http.get(`${API}/expenses?pageSize=20`, { headers, tags: { name: 'GET /expenses' } }).json('items');
    session = {
      user,
      headers,
      signedInAt: Date.now(),
      categories: categories.map((c) => c.id),
      expenses: latest.map((e) => e.id),
    };
  }
  return session;
}

function pick(list) {
  return list[Math.floor(Math.random() * list.length)];
}

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

// One of the last three months, as { month: '2026-11', first: '2026-11-01', last: '2026-11-30' }.
function recentMonth() {
  const now = new Date();
  const back = Math.floor(Math.random() * 3);
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back + 1, 0));
  return { month: isoDate(first).slice(0, 7), first: isoDate(first), last: isoDate(last) };
}

function expenseBody(s) {
  const daysAgo = Math.floor(Math.random() * 60);
  return JSON.stringify({
    amount: Math.floor(100 + Math.random() * 20000) / 100,
    currency: 'EUR',
    date: isoDate(new Date(Date.now() - daysAgo * 86400000)),
    categoryId: pick(s.categories),
    merchant: 'k6 load test',
    note: 'written by k6',
    tags: ['k6'],
  });
}

export function listExpenses(s) {
  const res = http.get(`${API}/expenses`, { headers: s.headers, tags: { name: 'GET /expenses' } });
  check(res, { 'list: 200': (r) => r.status === 200 });
}

export function filterExpenses(s) {
  const m = recentMonth();
  const url = `${API}/expenses?from=${m.first}&to=${m.last}&categoryId=${pick(s.categories)}&sort=-amount`;
  const res = http.get(url, { headers: s.headers, tags: { name: 'GET /expenses (filtered)' } });
  check(res, { 'filter: 200': (r) => r.status === 200 });
}

export function monthlyReport(s) {
  const res = http.get(`${API}/reports/monthly?month=${recentMonth().month}`, { headers: s.headers, tags: { name: 'GET /reports/monthly' } });
  check(res, { 'report: 200': (r) => r.status === 200 });
}

export function createExpense(s) {
  const res = http.post(`${API}/expenses`, expenseBody(s), { headers: s.headers, tags: { name: 'POST /expenses' } });
  if (check(res, { 'create: 201': (r) => r.status === 201 })) {
    s.expenses.push(res.json('id'));
  }
}

export function updateExpense(s) {
  if (s.expenses.length === 0) {
    createExpense(s);
    return;
  }
  const res = http.put(`${API}/expenses/${pick(s.expenses)}`, expenseBody(s), { headers: s.headers, tags: { name: 'PUT /expenses/{id}' } });
  check(res, { 'update: 200': (r) => r.status === 200 });
}

// The mixed scenario (the benchmark's wrk/mixed.lua does the same): one call, then the user thinks 0.5–1.5 s.
export function mixedIteration() {
  const s = currentSession();
  const roll = Math.random() * 100;
  if (roll < 30) {
    listExpenses(s);
  } else if (roll < 50) {
    filterExpenses(s);
  } else if (roll < 75) {
    monthlyReport(s);
  } else if (roll < 90) {
    createExpense(s);
  } else {
    updateExpense(s);
  }
  sleep(0.5 + Math.random());
}

// The thresholds of the load test (and of soak); stress.js only watches them.
export const LOAD_THRESHOLDS = {
  http_req_failed: ['rate<0.001'],
  http_req_duration: ['p(95)<200', 'p(99)<500'],
};
