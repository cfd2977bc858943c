#!/usr/bin/env bash
# The Storefront benchmark in one command: build, seed, start the app, load it, report, clean up.
#
#   bash bench/run.sh                                   # everything: 100,000 products, 7 scenarios x 16 and 64 users, 60 s each
#   N=20000 DURATION=10 USERS=16 SCENARIOS=catalog bash bench/run.sh     # a quick check
#
# Options (environment):
#   N=100000            products to generate                SEED=20260101   the generator's seed
#   DURATION=60         measured seconds per run            WARMUP=10       unmeasured warm-up seconds per run
#   USERS="16 64"       concurrent virtual users, one run each
#   SCENARIOS="catalog deep product search suggest cart journey checkout"   (also: mix, the realistic catalog mix, with wrk)
#   MIX_PAGES=5         how many pages deep the mix follows each list's cursors
#   BENCH_DB_URL=jdbc:mariadb://127.0.0.1:3306/storefront_bench   (DROPPED AND RECREATED unless RESEED=0)
#   BENCH_DB_USER=root  BENCH_DB_PASSWORD=
#   RESEED=1            0: keep the database, its catalog and the search index from the last run
#   BENCH_PORT=18480    the app's port for the benchmark (the e2e tests use 18080)
#   BENCH_MANAGEMENT_PORT=18481   the app's actuator port (/actuator/prometheus on 127.0.0.1)
#   APP_JAR=backend/target/storefront.jar   BUILD=auto   (auto: `./mvnw -q -DskipTests package` when the jar
#                       is missing or not a runnable Spring Boot jar; always; never)
#   APP_JAVA=...        the app's java (default: the Temurin 25 JDK when installed, as in production)
#   APP_JAVA_OPTS=...   the app's JVM options (default: the production ones of the Dockerfile, see the README)
#   JIT_WARMUP=120      seconds of the shopper journey at the highest user count before the first measured run,
#                       so that every scenario meets compiled code (0 skips)
#   APP_ARGS=           extra Spring arguments for the app, e.g. "--spring.datasource.hikari.maximum-pool-size=20"
#   MVN=./mvnw          the Maven that runs the bench project (bench/pom.xml, not part of the reactor)
#   EMBEDDED_STARTUP=1  also time two starts on the embedded default (H2 + demo catalog, in bench/target/run/embedded); 0 skips
#
# Prints a table (scenario, users, requests/s, p50, p99, errors, the app's peak RSS, SQL statements per
# request) and exits non-zero, with an ERROR line, when any run had an error or failed.
# Everything it writes goes to bench/target/run/ (logs, results.tsv, results.txt) and
# bench/target/gatling/ (Gatling's HTML reports).
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$REPO/bench"
WORK="$BENCH/target/run"

N="${N:-100000}"
SEED="${SEED:-20260101}"
DURATION="${DURATION:-60}"
WARMUP="${WARMUP:-10}"
USERS="${USERS:-16 64}"
SCENARIOS="${SCENARIOS:-catalog deep product search suggest cart journey checkout}"
DB_URL="${BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306/storefront_bench}"
DB_USER="${BENCH_DB_USER:-root}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
RESEED="${RESEED:-1}"
PORT="${BENCH_PORT:-18480}"
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-$((PORT + 1))}"
APP_JAR="${APP_JAR:-$REPO/backend/target/storefront.jar}"
BUILD="${BUILD:-auto}"
JIT_WARMUP="${JIT_WARMUP:-120}"
APP_ARGS="${APP_ARGS:-}"
MVN="${MVN:-$REPO/mvnw}"
EMBEDDED_STARTUP="${EMBEDDED_STARTUP:-1}"
MIX_PAGES="${MIX_PAGES:-5}"
if [[ -z "${APP_JAVA:-}" ]]; then
  if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then APP_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
  elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then APP_JAVA="$JAVA_HOME/bin/java"
  else APP_JAVA=java; fi
fi
BASE_URL="http://127.0.0.1:$PORT"
# The production JVM options, read from the Dockerfile's JAVA_TOOL_OPTIONS (as platform.sh does),
# without compact object headers on a JVM that lacks them (before 25).
if [[ -z "${APP_JAVA_OPTS+set}" ]]; then
  APP_JAVA_OPTS="$(sed -n 's/.*JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' "$REPO/Dockerfile")"
  "$APP_JAVA" -XX:+UseCompactObjectHeaders -version >/dev/null 2>&1 \
    || APP_JAVA_OPTS="${APP_JAVA_OPTS/-XX:+UseCompactObjectHeaders/}"
fi
# glibc's malloc keeps an arena per thread that allocated: two are plenty, and use less memory.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

declare -A SIMULATION=(
  [catalog]=CatalogPageSimulation [deep]=DeepPageSimulation [product]=ProductPageSimulation
  [search]=SearchSimulation [suggest]=SuggestSimulation [cart]=AddToCartSimulation
  [journey]=ShopperJourneySimulation [checkout]=CheckoutSimulation)

log() { printf '%s bench: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

for s in $SCENARIOS; do [[ $s == mix || -n "${SIMULATION[$s]:-}" ]] || die "unknown scenario '$s' (known: ${!SIMULATION[*]} mix)"; done
[[ " $SCENARIOS " != *" mix "* ]] || command -v wrk >/dev/null || die "the mix scenario needs wrk (Debian: apt-get install wrk)"

# ---- what this script started, stopped on any exit ---------------------------------------------
APP_PID=""
SAMPLER_PID=""
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null
    for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID" 2>/dev/null
    wait "$APP_PID" 2>/dev/null
  fi
  APP_PID=""
}
stop_sampler() {
  if [[ -n "$SAMPLER_PID" ]]; then kill "$SAMPLER_PID" 2>/dev/null; wait "$SAMPLER_PID" 2>/dev/null; fi
  SAMPLER_PID=""
}
cleanup() { stop_sampler; stop_app; }
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

# start_app LOGFILE ARGS...: starts the packaged app against the bench database
start_app() {
  local logfile="$1"; shift
  port_in_use && die "port $PORT is in use: stop what listens there or set BENCH_PORT"
  # shellcheck disable=SC2086
  "$APP_JAVA" $APP_JAVA_OPTS -jar "$APP_JAR" \
    --spring.profiles.active=mysql \
    --spring.datasource.url="$DB_URL" \
    --spring.datasource.username="$DB_USER" \
    --spring.datasource.password="$DB_PASSWORD" \
    --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT" \
    --storefront.search.index-directory="$WORK/index" \
    --management.endpoints.web.exposure.include=health,info,metrics \
    "$@" $APP_ARGS >"$logfile" 2>&1 &
  APP_PID=$!
}

# wait_ready LOGFILE: until the app accepts traffic (readiness UP), at most 180 s
wait_ready() {
  local logfile="$1"
  for _ in $(seq 900); do
    curl -fsS "$BASE_URL/readyz" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$logfile" >&2; die "the app exited (log: $logfile)"; }
    sleep 0.2
  done
  tail -40 "$logfile" >&2
  die "the app did not become ready within 180 s (log: $logfile)"
}

now_ms() { date +%s%3N; }

mkdir -p "$WORK"
rm -rf "$WORK/results.tsv" "$WORK/data.json" "$WORK/cache.txt" "$WORK/mix-data"
LOAD_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"
log "machine: $(nproc) cores, load average $LOAD_AT_START, commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')"

# ---- 1. build -------------------------------------------------------------------------------------
runnable_jar() { [[ -f "$APP_JAR" ]] && { ! command -v unzip >/dev/null || unzip -p "$APP_JAR" META-INF/MANIFEST.MF 2>/dev/null | grep -q '^Start-Class:'; }; }
if [[ "$BUILD" == always ]] || { [[ "$BUILD" == auto ]] && ! runnable_jar; }; then
  log "building the app: ./mvnw -q -DskipTests package"
  (cd "$REPO" && ./mvnw -q -DskipTests package) || die "the app's build failed"
fi
runnable_jar || die "no runnable app jar at $APP_JAR (build it: ./mvnw -DskipTests package)"
log "building the benchmark (bench/pom.xml)"
"$MVN" -q -B -f "$BENCH/pom.xml" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$BENCH/target/classpath.txt" -DincludeScope=runtime >"$WORK/build.log" 2>&1 \
  || { cat "$WORK/build.log" >&2; die "the benchmark's build failed"; }
GEN_CP="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"

# ---- 2. startup on the embedded default (H2 with the demo catalog): a first and a second start --------
EMBEDDED_FIRST="-"; EMBEDDED_SECOND="-"
if [[ "$EMBEDDED_STARTUP" == 1 ]]; then
  rm -rf "$WORK/embedded"; mkdir -p "$WORK/embedded"
  for attempt in first second; do
    port_in_use && die "port $PORT is in use: stop what listens there or set BENCH_PORT"
    t0=$(now_ms)
    # shellcheck disable=SC2086
    (cd "$WORK/embedded" && exec "$APP_JAVA" $APP_JAVA_OPTS -jar "$APP_JAR" --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT") \
      >"$WORK/embedded/app-$attempt.log" 2>&1 &
    APP_PID=$!
    wait_ready "$WORK/embedded/app-$attempt.log"
    seconds=$(awk "BEGIN { printf \"%.1f\", ($(now_ms) - $t0) / 1000 }")
    if [[ $attempt == first ]]; then EMBEDDED_FIRST=$seconds; else EMBEDDED_SECOND=$seconds; fi
    stop_app
  done
  log "embedded default: ready in $EMBEDDED_FIRST s on the first start (new H2 database, demo catalog), $EMBEDDED_SECOND s on the next"
fi

# ---- 3. database: recreate, migrate (start the app once), generate ----------------------------------
if [[ "$RESEED" == 1 ]]; then
  log "recreating the database of $DB_URL"
  java -cp "$GEN_CP" dev.storefront.bench.CatalogGenerator --recreate-database \
    --url "$DB_URL" --user "$DB_USER" --password "$DB_PASSWORD" || die "could not recreate the database"
  rm -rf "$WORK/index"
  log "migrating: starting the app once (Flyway creates the schema)"
  start_app "$WORK/app-migrate.log" --storefront.demo-catalog.enabled=false --storefront.search.rebuild-when-out-of-date=false
  wait_ready "$WORK/app-migrate.log"
  stop_app
  log "generating $N products (seed $SEED)"
  t0=$(now_ms)
  java -cp "$GEN_CP" dev.storefront.bench.CatalogGenerator --url "$DB_URL" --user "$DB_USER" \
    --password "$DB_PASSWORD" --products "$N" --seed "$SEED" | tee "$WORK/generator.log" || die "the generator failed"
  GEN_SECONDS=$(awk "BEGIN { printf \"%.1f\", ($(now_ms) - $t0) / 1000 }")
else
  GEN_SECONDS="-"
  log "RESEED=0: keeping the database and the search index"
fi

# ---- 4. start the app, wait for readiness and the search index -------------------------------------
log "starting the app ($("$APP_JAVA" -version 2>&1 | head -1)) on $BASE_URL"
t0=$(now_ms)
start_app "$WORK/app.log" --storefront.demo-catalog.enabled=false
wait_ready "$WORK/app.log"
STARTUP_SECONDS=$(awk "BEGIN { printf \"%.1f\", ($(now_ms) - $t0) / 1000 }")
log "ready in $STARTUP_SECONDS s (pid $APP_PID)"
INDEX_SECONDS="-"
if grep -q "rebuilding it in the background" "$WORK/app.log"; then
  log "waiting for the search index rebuild"
  for _ in $(seq 3600); do
    grep -q "The search index is rebuilt" "$WORK/app.log" && break
    grep -q "Rebuilding the search index failed" "$WORK/app.log" && die "the search index rebuild failed (log: $WORK/app.log)"
    kill -0 "$APP_PID" 2>/dev/null || die "the app exited (log: $WORK/app.log)"
    sleep 0.5
  done
  grep -q "The search index is rebuilt" "$WORK/app.log" || die "the search index was not rebuilt within 30 minutes"
  INDEX_SECONDS=$(awk "BEGIN { printf \"%.1f\", ($(now_ms) - $t0) / 1000 - $STARTUP_SECONDS }")
  log "search index rebuilt in $INDEX_SECONDS s"
fi

# The app's resident memory, every second.
( while kill -0 "$APP_PID" 2>/dev/null; do echo "$(date +%s) $(ps -o rss= -p "$APP_PID" 2>/dev/null | tr -d ' ')"; sleep 1; done ) >"$WORK/rss.log" &
SAMPLER_PID=$!

# For SQL statements per request: the database server's status counters (server-wide).
STATUS_URL="$(printf '%s' "$DB_URL" | sed -E 's#^(jdbc:[a-z]+://[^/]+/)[^?]*(\?.*)?$#\1#')?user=$DB_USER&password=$DB_PASSWORD"
[[ "$DB_URL" == jdbc:h2:* ]] && STATUS_URL=""

# ---- 5. the scenarios ----------------------------------------------------------------------------------
FAILED=0
if [[ "$JIT_WARMUP" -gt 0 ]]; then
  # A JVM runs its hottest code interpreted at first and compiles it over the first minute or so of
  # load; without this, the first scenarios would measure the compiler as much as the shop.
  max_users=$(printf '%s\n' $USERS | sort -n | tail -1)
  log "JIT warm-up: the shopper journey, $max_users users, $JIT_WARMUP s (not measured)"
  "$MVN" -B -f "$BENCH/pom.xml" gatling:test -Dgatling.simulationClass=dev.storefront.bench.ShopperJourneySimulation \
    -DbaseUrl="$BASE_URL" -Dusers="$max_users" -Dduration="$JIT_WARMUP" -Dwarmup=0 \
    -DdataFile="$WORK/data.json" >"$WORK/jit-warmup.log" 2>&1 \
    || { FAILED=1; log "ERROR in the JIT warm-up: see $WORK/jit-warmup.log"; }
fi
# The realistic catalog mix, with wrk (bench/side-by-side/storefront.lua): the SPA's catalog request for
# lists over every category, several sorts and filters and their next pages by cursor (MIX_PAGES deep),
# crawled once into $WORK/mix-data and drawn with Zipf popularity. Adds its row to results.tsv itself.
run_mix() { # users runlog
  local users=$1 runlog=$2 data="$WORK/mix-data" started ended t0 t1 q0 q1 h0 h1 peak
  if [[ ! -s "$data/mix.txt" ]]; then
    python3 "$BENCH/side-by-side/platform-data.py" "$BASE_URL/graphql" "$data" --max-pages "$MIX_PAGES" >&2 || return 1
  fi
  SF_DATA="$data" WORKLOAD=mix wrk -t2 -c"$users" -d"${WARMUP}s" --timeout 10s -s "$BENCH/side-by-side/storefront.lua" \
    "$BASE_URL/graphql" >/dev/null 2>&1
  started=$(date +%s); t0=$(app_ticks); q0=$(sql_counters); h0=$(response_cache_gets)
  SF_DATA="$data" WORKLOAD=mix wrk -t2 -c"$users" -d"${DURATION}s" --timeout 10s --latency \
    -s "$BENCH/side-by-side/storefront.lua" "$BASE_URL/graphql" >"$runlog" 2>&1
  ended=$(date +%s); t1=$(app_ticks); q1=$(sql_counters); h1=$(response_cache_gets)
  peak=$(awk -v a="$started" -v b="$ended" '$1 >= a && $1 <= b && $2 > m { m = $2 } END { print m + 0 }' "$WORK/rss.log")
  python3 - "$(sed -n 's/^RESULT //p' "$runlog")" "$users" "$t0" "$t1" "$q0" "$q1" "$h0" "$h1" "$peak" \
    "$(wc -l < "$data/mix.txt")" "$WORK/results.tsv" "$WORK/cache.txt" <<'PY' || return 1
import json, sys
r = json.loads(sys.argv[1]); users = sys.argv[2]
n = max(r["requests"], 1)
cpu = f'{(float(sys.argv[4]) - float(sys.argv[3])) * 10 / n:.2f}'
q = [sys.argv[5], sys.argv[6]]
sql = f'{(float(q[1]) - float(q[0])) / n:.2f}' if "-" not in q else "-"
h0, m0 = map(float, sys.argv[7].split()); h1, m1 = map(float, sys.argv[8].split())
errors = r["socket_errors"] + r["timeouts"] + r["non2xx"] + r["gql_errors"]
row = ["mix", users, "All Requests", str(r["requests"]), str(r["requests"] - errors), str(errors), f'{r["rps"]:.1f}',
       f'{r["p50_ms"]:.0f}', f'{r["p99_ms"]:.0f}', str(int(sys.argv[9]) // 1024), sql,
       "ok" if errors == 0 else "ERRORS", "-", cpu]
open(sys.argv[11], "a").write("\t".join(row) + "\n")
gets = (h1 - h0) + (m1 - m0)
if gets > 0:
    line = f'{(h1 - h0) / gets:.1%} hits ({h1 - h0:,.0f} hits, {m1 - m0:,.0f} misses; {sys.argv[10]} distinct requests)'
    open(sys.argv[12], "a").write(f"mix, {users} users, response cache: {line}\n")
    print(f"    Response cache: {line}", file=sys.stderr)
print(f"    App CPU per request: {cpu} ms; SQL per request: {sql}", file=sys.stderr)
sys.exit(0 if errors == 0 else 1)
PY
}
app_ticks() { awk '{ s = $0; sub(/^.*\) /, "", s); split(s, f, " "); print f[12] + f[13] }' "/proc/$APP_PID/stat"; }
# SELECT, INSERT, UPDATE and DELETE statements the database server ran so far (server-wide), or "-".
sql_counters() {
  local hostport host port
  hostport=$(printf '%s' "$DB_URL" | sed -nE 's#^jdbc:(mariadb|mysql)://([^/]+)/.*#\2#p')
  [[ -n "$hostport" ]] && command -v mysql >/dev/null || { echo "-"; return; }
  host=${hostport%%:*}; port=${hostport##*:}; [[ "$port" == "$hostport" ]] && port=3306
  MYSQL_PWD="$DB_PASSWORD" mysql -h "$host" -P "$port" -u "$DB_USER" -N -e "SHOW GLOBAL STATUS WHERE Variable_name IN
    ('Com_select', 'Com_insert', 'Com_update', 'Com_delete')" 2>/dev/null | awk '{ s += $2 } END { print s + 0 }'
}
# The API's answers to anonymous reads: hits and misses so far ("0 0" without the cache).
response_cache_gets() {
  local base="http://127.0.0.1:$MANAGEMENT_PORT/actuator/metrics/cache.gets?tag=cache:graphql-responses" hit miss
  hit=$(curl -s "$base&tag=result:hit" | sed -n 's/.*"value":\([0-9.E]*\).*/\1/p')
  miss=$(curl -s "$base&tag=result:miss" | sed -n 's/.*"value":\([0-9.E]*\).*/\1/p')
  echo "${hit:-0} ${miss:-0}"
}

for scenario in $SCENARIOS; do
  for users in $USERS; do
    if [[ $scenario == mix ]]; then
      log "run: mix, $users users, ${WARMUP} s warm-up + ${DURATION} s (wrk, the realistic catalog mix)"
      run_mix "$users" "$WORK/mix-$users.log" || { FAILED=1; log "ERROR in mix at $users users: see $WORK/mix-$users.log"; }
      continue
    fi
    simulation="${SIMULATION[$scenario]}"
    runlog="$WORK/$scenario-$users.log"
    log "run: $scenario, $users users, ${WARMUP} s warm-up + ${DURATION} s ($simulation)"
    started=$(date +%s)
    "$MVN" -B -f "$BENCH/pom.xml" gatling:test \
      -Dgatling.simulationClass="dev.storefront.bench.$simulation" \
      -DbaseUrl="$BASE_URL" -Dusers="$users" -Dduration="$DURATION" -Dwarmup="$WARMUP" \
      -DdataFile="$WORK/data.json" -DdbStatusUrl="$STATUS_URL" -DappPid="$APP_PID" \
      -DmanagementUrl="http://127.0.0.1:$MANAGEMENT_PORT" >"$runlog" 2>&1
    rc=$?
    ended=$(date +%s)
    report=$(grep -o 'file://[^ ]*/index.html' "$runlog" | tail -1 | sed -e 's#^file://##' -e 's#/index.html$##')
    [[ -n "$report" ]] || report="-"
    peak=$(awk -v a="$started" -v b="$ended" '$1 >= a && $1 <= b && $2 > m { m = $2 } END { print m + 0 }' "$WORK/rss.log")
    sql=$(sed -n 's/^SQL per request: \([0-9.]*\) statements.*/\1/p' "$runlog" | tail -1)
    cpu=$(sed -n 's/^App CPU per request: \([0-9.]*\) ms.*/\1/p' "$runlog" | tail -1)
    grep -E "^(Bench data|Warm-up|SQL per request|App CPU per request|Search cache|Response cache)" "$runlog" | sed 's/^/    /' >&2
    sed -n -e "s/^Search cache: /$scenario, $users users, search cache: /p" \
      -e "s/^Response cache: /$scenario, $users users, response cache: /p" "$runlog" >> "$WORK/cache.txt"
    java -cp "$BENCH/target/classes" dev.storefront.bench.Results add "$WORK/results.tsv" "$scenario" "$users" \
      "$report" "$rc" "$peak" "${sql:--}" "${cpu:--}"
    if [[ $rc -ne 0 ]]; then
      FAILED=1
      log "ERROR in $scenario at $users users (exit $rc): see $runlog"
      grep -E "KO|failed|Exception|ERROR" "$runlog" | grep -v "^\[INFO\]" | head -15 | sed 's/^/    /' >&2
    fi
    kill -0 "$APP_PID" 2>/dev/null || die "the app died during $scenario (log: $WORK/app.log)"
  done
done

stop_sampler
PEAK_ALL=$(awk '$2 > m { m = $2 } END { printf "%d", m / 1024 }' "$WORK/rss.log")
stop_app

# ---- 6. the table ----------------------------------------------------------------------------------------
{
  echo "Storefront benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "app: $APP_JAR (built $(date -u -r "$APP_JAR" '+%Y-%m-%d %H:%M UTC')) on $("$APP_JAVA" -version 2>&1 | head -1)${APP_JAVA_OPTS:+ $APP_JAVA_OPTS}${APP_ARGS:+ $APP_ARGS}"
  echo "machine: $(nproc) cores, load average at the start $LOAD_AT_START, now $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "startup on the embedded default (H2, demo catalog): $EMBEDDED_FIRST s first start, $EMBEDDED_SECOND s next start"
  echo "catalog: $N products (seed $SEED), generated in $GEN_SECONDS s; app (MariaDB/MySQL) ready in $STARTUP_SECONDS s; search index rebuilt in $INDEX_SECONDS s"
  echo "runs: $WARMUP s warm-up + $DURATION s measured, users: $USERS, after a $JIT_WARMUP s JIT warm-up; peak RSS over everything: $PEAK_ALL MB"
  echo
  if awk -v l="${LOAD_AT_START%% *}" 'BEGIN { exit !(l > 1.0) }'; then
    echo "WARNING: the machine was busy when the benchmark started (load average $LOAD_AT_START): these numbers are preliminary"
  fi
  java -cp "$BENCH/target/classes" dev.storefront.bench.Results table "$WORK/results.tsv"
  echo
  echo "SQL/req: statements (SELECT/INSERT/UPDATE/DELETE) the database server ran per GraphQL request during the"
  echo "measured window, from its global counters: other clients of the same server count too."
  echo "CPU ms/req: the app's CPU time (user + system) in the measured window per request sent in it."
  if [[ -s "$WORK/cache.txt" ]]; then
    echo "Search cache (share of the search cache's lookups that hit in the measured window: pages, facets, did-you-mean):"
    sed 's/^/  /' "$WORK/cache.txt"
  fi
  echo "Gatling's HTML reports: $BENCH/target/gatling/"
} | tee "$WORK/results.txt"
awk -F'\t' '$12 != "ok" { bad = 1 } END { exit !bad }' "$WORK/results.tsv" && FAILED=1

if [[ $FAILED -ne 0 ]]; then
  echo "ERROR: at least one run had errors or failed (status column; logs in $WORK)" >&2
  exit 1
fi
echo "All runs finished without errors."
