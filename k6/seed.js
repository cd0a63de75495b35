// Seeder: gives every user of the load tests a spending history through CSV import (the fastest way in: a
// 50,000-row file is one request). User 0 gets the largest history, in several files; the others HISTORY each.
// The rows come from a seeded generator, so running it twice imports nothing new (the API skips duplicates).
//   k6 run k6/seed.js                        (USERS=1000, HISTORY=1000, LARGEST=100000, FILE_ROWS=50000)
import http from 'k6/http';
import { check, fail } from 'k6';
import exec from 'k6/execution';
import { API, USERS, signIn, userName } from './lib/api.js';

const HISTORY = parseInt(__ENV.HISTORY || '1000', 10);
const LARGEST = parseInt(__ENV.LARGEST || '100000', 10);
const FILE_ROWS = parseInt(__ENV.FILE_ROWS || '50000', 10);
const LARGEST_FILES = Math.ceil(LARGEST / FILE_ROWS);

export const options = {
  scenarios: {
    seed: {
      executor: 'shared-iterations',
      vus: parseInt(__ENV.VUS || '3', 10),
      iterations: LARGEST_FILES + USERS - 1,
      maxDuration: __ENV.MAX_DURATION || '30m',
    },
  },
  thresholds: { checks: ['rate==1'] },
};

const KINDS = [
  ['Groceries', 25, 8, 180, ['FreshMart', 'Corner Grocer', 'Organic Market', 'Superstore']],
  ['Food', 22, 3, 60, ['Bakery', 'Noodle Bar', 'Pizzeria', 'Coffee House', 'Canteen']],
  ['Transport', 14, 1.5, 90, ['Metro', 'City Bus', 'Fuel Station', 'Taxi']],
  ['Shopping', 10, 10, 400, ['Clothing Store', 'Electronics Shop', 'Online Market']],
  ['Entertainment', 9, 5, 120, ['Cinema', 'Streaming Service', 'Bookshop']],
  ['Utilities', 5, 20, 180, ['Power Company', 'Water Utility', 'Mobile Carrier']],
  ['Health', 5, 5, 250, ['Pharmacy', 'Dentist', 'Gym']],
  ['Other', 4, 2, 300, ['Post Office', 'Charity', 'Gift Shop']],
  ['Housing', 3, 600, 1900, ['Landlord', 'Home Insurance']],
  ['Travel', 3, 40, 1200, ['Airline', 'Hotel', 'Rail Company']],
];
const TOTAL_WEIGHT = KINDS.reduce((sum, kind) => sum + kind[1], 0);
const TAGS = ['work', 'family', 'trip', 'gift', 'reimbursable'];
const NOTES = ['with friends', 'weekly shop', 'birthday present', 'monthly', 'on sale'];

// A small deterministic generator (mulberry32), so a user's file is the same on every run.
function generator(seed) {
  let state = seed >>> 0;
  return function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// File `file` of a user's history: dates over the last seven years. The last digit of every amount is the file
// number, so the files of one user never repeat each other's rows (which the import would skip as duplicates).
function csvFile(userIndex, file, rows) {
  const random = generator(userIndex * 1000 + file + 1);
  const now = new Date();
  const start = Date.UTC(now.getUTCFullYear() - 7, 0, 1);
  const span = now.getTime() - start;
  const lines = ['date,amount,currency,category,merchant,note,tags'];
  for (let row = 0; row < rows; row++) {
    let roll = random() * TOTAL_WEIGHT;
    let kind = KINDS[KINDS.length - 1];
    for (const candidate of KINDS) {
      if (roll < candidate[1]) {
        kind = candidate;
        break;
      }
      roll -= candidate[1];
    }
    const [category, , min, max, merchants] = kind;
    const date = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
    const cents = Math.floor((min * 100 + random() * (max - min) * 100) / 10) * 10 + (file % 10);
    const currency = random() < 0.85 ? 'EUR' : random() < 0.66 ? 'USD' : 'GBP';
    const note = random() < 0.3 ? NOTES[Math.floor(random() * NOTES.length)] : '';
    const tags = random() < 0.12 ? TAGS[Math.floor(random() * TAGS.length)] : '';
    lines.push(`${date},${(cents / 100).toFixed(2)},${currency},${random() < 0.03 ? '' : category},${merchants[Math.floor(random() * merchants.length)]},${note},${tags}`);
  }
  return lines.join('\n') + '\n';
}

export default function () {
  const iteration = exec.scenario.iterationInTest;
  const largest = iteration < LARGEST_FILES;
  const userIndex = largest ? 0 : iteration - LARGEST_FILES + 1;
  const file = largest ? iteration : 0;
  const rows = largest ? Math.min(FILE_ROWS, LARGEST - file * FILE_ROWS) : HISTORY;

  const token = signIn(userName(userIndex));
  const res = http.post(`${API}/expenses/import`, csvFile(userIndex, file, rows), {
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' },
    tags: { name: 'POST /expenses/import' },
    timeout: '600s',
  });
  const ok = check(res, {
    'import: 200': (r) => r.status === 200,
    'import: every row imported or already there': (r) => r.status === 200 && r.json('imported') + r.json('duplicates') === rows,
  });
  if (!ok) {
    fail(`import of ${rows} rows for ${userName(userIndex)} answered ${res.status}: ${res.body}`);
  }
}
