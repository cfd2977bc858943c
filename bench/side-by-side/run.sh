#!/usr/bin/env bash
# Storefront's search side by side with the Vendure peer's, on each shop's demo catalog, with wrk:
# for each connection count, the peer's search, Storefront's search without facets, and with
# facets and "did you mean", one after the other (alternating), each after its own warm-up.
# Terms: storefront-terms.txt / vendure-terms.txt (make-terms.py), drawn with Zipf popularity.
#
#   (cd /work/shared/peers/vendure && ./run.sh start)      # the peer, running
#   bash bench/side-by-side/run.sh
#
# Needs wrk (Debian: apt-get install wrk), curl, python3, the mysql client and MariaDB on 127.0.0.1:3306 (root).
# Environment: SF_JAR (backend/target/storefront.jar), SF_PORT (18481), SF_DB (storefront_sidebyside,
# DROPPED and recreated), VENDURE_URL (http://127.0.0.1:3000/shop-api), VENDURE_PID (the peer's
# server.pid under PEER_DIR, default /tmp/peer-vendure), CONNS ("16 64"), DURATION (20), WARMUP (10),
# ROUNDS (1), JIT_WARMUP (60: seconds of Storefront's searches at 16 connections before the first run, as
# a JVM compiles its hot code over the first minute of load; Vendure's Node needs less), APP_JAVA, APP_JAVA_OPTS (the production options), SF_ARGS (extra Spring arguments).
# Prints one line per run: shop, query, connections, requests/s, p50, p99, CPU ms per request of
# the shop's process, errors, and for Storefront the search cache's hit rate in that run.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SF_JAR="${SF_JAR:-$REPO/backend/target/storefront.jar}"
SF_PORT="${SF_PORT:-18481}"
SF_DB="${SF_DB:-storefront_sidebyside}"
VENDURE_URL="${VENDURE_URL:-http://127.0.0.1:3000/shop-api}"
PEER_DIR="${PEER_DIR:-/tmp/peer-vendure}"
VENDURE_PID="${VENDURE_PID:-$(cat "$PEER_DIR/server.pid")}"
CONNS="${CONNS:-16 64}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-10}"
ROUNDS="${ROUNDS:-1}"
JIT_WARMUP="${JIT_WARMUP:-60}"
APP_JAVA="${APP_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
# The production JVM options unless given: the Dockerfile's JAVA_TOOL_OPTIONS, as platform.sh reads them.
APP_JAVA_OPTS="${APP_JAVA_OPTS:-$(sed -n 's/.*JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' "$REPO/Dockerfile")}"
SF_ARGS="${SF_ARGS:-}"
SF_URL="http://127.0.0.1:$SF_PORT"
OUT="$REPO/bench/target/side-by-side/$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
log() { printf '%s side-by-side: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

kill -0 "$VENDURE_PID" || { log "the Vendure peer (pid $VENDURE_PID) is not running"; exit 1; }
mysql -uroot -e "DROP DATABASE IF EXISTS \`$SF_DB\`; CREATE DATABASE \`$SF_DB\` CHARACTER SET utf8mb4"
rm -rf "$OUT/index"
MALLOC_ARENA_MAX=2 "$APP_JAVA" $APP_JAVA_OPTS -jar "$SF_JAR" --spring.profiles.active=mysql --server.port="$SF_PORT" \
  --spring.datasource.url="jdbc:mariadb://127.0.0.1:3306/$SF_DB" --spring.datasource.username=root \
  --spring.datasource.password= --storefront.demo-catalog.enabled=true \
  --storefront.search.index-directory="$OUT/index" \
  --management.endpoints.web.exposure.include=health,info,metrics $SF_ARGS > "$OUT/storefront.log" 2>&1 &
SF_PID=$!
trap 'kill "$SF_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf -o /dev/null "$SF_URL/actuator/health/readiness" && break
  kill -0 "$SF_PID" || { tail -30 "$OUT/storefront.log"; exit 1; }
  sleep 0.5
done
for _ in $(seq 1 120); do
  total=$(curl -s -H 'content-type: application/json' --data '{"query":"{ search(query: \"bamboo\") { products { totalCount } } }"}' \
    "$SF_URL/graphql" | sed -n 's/.*"totalCount":\([0-9]*\).*/\1/p')
  [[ "${total:-0}" -gt 0 ]] && break
  sleep 0.5
done
log "Storefront pid $SF_PID ready ($SF_URL), Vendure pid $VENDURE_PID ($VENDURE_URL); results in $OUT"

ticks() { awk '{ s = $0; sub(/^.*\) /, "", s); split(s, f, " "); print f[12] + f[13] }' "/proc/$1/stat"; }
# The search cache's hits and misses so far (Micrometer's cache.gets), "0 0" when there is none.
cache_gets() {
  local hit miss
  hit=$(curl -s "$SF_URL/actuator/metrics/cache.gets?tag=cache:search&tag=result:hit" | sed -n 's/.*"value":\([0-9.E]*\).*/\1/p')
  miss=$(curl -s "$SF_URL/actuator/metrics/cache.gets?tag=cache:search&tag=result:miss" | sed -n 's/.*"value":\([0-9.E]*\).*/\1/p')
  echo "${hit:-0} ${miss:-0}"
}

one() { # shop query conns
  local shop=$1 query=$2 c=$3 url pid terms t0 t1 g0 g1 r
  if [[ $shop == vendure ]]; then url=$VENDURE_URL; pid=$VENDURE_PID; terms=$HERE/vendure-terms.txt
  else url=$SF_URL/graphql; pid=$SF_PID; terms=$HERE/storefront-terms.txt; fi
  SHOP=$shop QUERY=$query TERMS=$terms wrk -t2 -c"$c" -d"${WARMUP}s" --timeout 10s -s "$HERE/search.lua" "$url" > /dev/null
  t0=$(ticks "$pid"); g0=$(cache_gets)
  SHOP=$shop QUERY=$query TERMS=$terms wrk -t2 -c"$c" -d"${DURATION}s" --timeout 10s --latency -s "$HERE/search.lua" "$url" \
    > "$OUT/$shop-$query-c$c.txt"
  t1=$(ticks "$pid"); g1=$(cache_gets)
  r=$(sed -n 's/^RESULT //p' "$OUT/$shop-$query-c$c.txt")
  python3 - "$r" "$shop" "$query" "$c" "$t0" "$t1" "$g0" "$g1" "$shop" <<'PY' | tee -a "$OUT/results.tsv"
import json, sys
r = json.loads(sys.argv[1]); shop, query, c = sys.argv[2:5]
cpu = (float(sys.argv[6]) - float(sys.argv[5])) * 10 / max(r["requests"], 1)
h0, m0 = map(float, sys.argv[7].split()); h1, m1 = map(float, sys.argv[8].split())
gets = (h1 - h0) + (m1 - m0)
hit = f"{(h1 - h0) / gets:.1%}" if shop == "storefront" and gets > 0 else "-"
errors = r["socket_errors"] + r["timeouts"] + r["non2xx"] + r["gql_errors"]
print(f'{shop}\t{query}\t{c}\t{r["rps"]:.0f}\t{r["p50_ms"]:.1f}\t{r["p99_ms"]:.1f}\t{cpu:.2f}\t{errors}\t{hit}')
PY
}

if [[ "$JIT_WARMUP" -gt 0 ]]; then
  log "JIT warm-up: ${JIT_WARMUP} s of Storefront's searches"
  SHOP=storefront QUERY=facets TERMS=$HERE/storefront-terms.txt wrk -t2 -c16 -d"${JIT_WARMUP}s" --timeout 10s \
    -s "$HERE/search.lua" "$SF_URL/graphql" > /dev/null
fi
printf 'shop\tquery\tconns\treq/s\tp50 ms\tp99 ms\tCPU ms/req\terrors\tcache hits\n' | tee "$OUT/results.tsv"
for round in $(seq 1 "$ROUNDS"); do
  for c in $CONNS; do
    one vendure lite "$c"
    one storefront lite "$c"
    one storefront facets "$c"
  done
done
log "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
