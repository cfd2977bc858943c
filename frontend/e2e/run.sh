#!/usr/bin/env bash
# Starts the packaged shop (backend/target/storefront.jar) with the demo catalog, runs the
# GraphQL over HTTP audit (graphql-http's auditServer) and the Playwright tests in headless
# Chromium against it, and stops it again.
#   E2E_DB_URL / E2E_DB_USER / E2E_DB_PASSWORD  a scratch database to use (default: a fresh
#                                               embedded H2 database in a temporary folder)
#   E2E_PORT                                    the port to serve on (default 18080)
#   E2E_JAVA                                    the java to run the shop with (default: java on PATH);
#                                               production runs on 25
#   E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD        the admin the app creates and the tests sign in as
#   E2E_AOT                                     true (default): the bean graph of Spring's AOT
#                                               processing, as ./run starts it; false: as java -jar
#   E2E_MANAGEMENT_PORT                         the actuator's port (default: E2E_PORT + 1)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/backend/target/storefront.jar"
port="${E2E_PORT:-18080}"
work="$(mktemp -d)"

[ -f "$jar" ] || { echo "No $jar: build it first with ./mvnw -DskipTests package" >&2; exit 1; }

export E2E_ADMIN_EMAIL="${E2E_ADMIN_EMAIL:-admin@storefront.test}"
export E2E_ADMIN_PASSWORD="${E2E_ADMIN_PASSWORD:-demo-admin-password}"
management_port="${E2E_MANAGEMENT_PORT:-$((port + 1))}"
# The actuator with metrics turned on at start-up, as an operator would: checked below.
args=(--server.port="$port" --management.server.port="$management_port"
      --management.endpoints.web.exposure.include=health,info,prometheus,metrics --storefront.demo-catalog.enabled=true
      --storefront.admin.email="$E2E_ADMIN_EMAIL" --storefront.admin.password="$E2E_ADMIN_PASSWORD")
if [ -n "${E2E_DB_URL:-}" ]; then
  args+=(--spring.profiles.active=mysql --spring.datasource.url="$E2E_DB_URL"
         --spring.datasource.username="${E2E_DB_USER:-root}" --spring.datasource.password="${E2E_DB_PASSWORD:-}")
fi

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "Port $port is in use: stop what runs there or set E2E_PORT" >&2
  exit 1
fi
# The backend's tests cover the bean graph worked out at start-up; these cover the one ./run uses.
(cd "$work" && exec "${E2E_JAVA:-java}" -Dspring.aot.enabled="${E2E_AOT:-true}" -jar "$jar" "${args[@]}" > "$work/app.log" 2>&1) &
app=$!
cleanup() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Ready, not merely up: the shop answers 503 until the demo catalog and the admin exist.
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  if ! kill -0 "$app" 2>/dev/null; then
    echo "The shop did not start:" >&2
    cat "$work/app.log" >&2
    exit 1
  fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null || { cat "$work/app.log" >&2; exit 1; }

# Under Spring's AOT processing the build fixes which beans exist: an endpoint exposed at start-up
# must be served (metrics), and one not exposed must stay hidden (env, heapdump).
for check in metrics:200 prometheus:200 env:404 heapdump:404; do
  got="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$management_port/actuator/${check%%:*}")"
  if [ "$got" != "${check##*:}" ]; then
    echo "The actuator's /actuator/${check%%:*} answered $got, not ${check##*:}" >&2
    exit 1
  fi
done

cd "$root/frontend"
[ -d node_modules ] || npm ci --no-audit --no-fund
status=0
E2E_BASE_URL="http://127.0.0.1:$port" npm run audit:graphql-http || status=$?
E2E_BASE_URL="http://127.0.0.1:$port" npm run e2e || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- the end of the shop's log ---" >&2
  tail -n 300 "$work/app.log" >&2
fi
exit "$status"
