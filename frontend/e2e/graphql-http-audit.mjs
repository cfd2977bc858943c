// Runs the GraphQL over HTTP specification maintainers' audit suite (graphql-http's
// auditServer) against a running shop, prints every audit that is not ok, and fails on any
// error or warning: the shop answers every MUST, SHOULD and MAY the suite checks.
//   AUDIT_URL     the GraphQL endpoint (default: $E2E_BASE_URL/graphql, else localhost:8080)
import { auditServer } from 'graphql-http';

const base = process.env.E2E_BASE_URL ?? 'http://localhost:8080';
const url = process.env.AUDIT_URL ?? `${base}/graphql`;

const results = await auditServer({ url });
const count = (status) => results.filter((result) => result.status === status).length;
for (const result of results.filter((r) => r.status !== 'ok')) {
  console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason}`);
}
const errors = count('error');
const warnings = count('warn');
console.log(`GraphQL over HTTP audit of ${url}: ${count('ok')} ok, ${warnings} warnings, ${errors} errors`);
process.exit(errors + warnings === 0 ? 0 : 1);
