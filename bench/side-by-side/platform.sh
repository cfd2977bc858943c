#!/usr/bin/env bash
# Storefront side by side with the Vendure peer in one run (issue 14's method): each shop on its own
# demo/sample catalog on the same MariaDB, wrk with 2 threads, a warm-up per workload and shop, then
# ROUNDS alternating measured runs (Vendure, then Storefront) per workload; the shops' resident memory
# sampled every 0.25 s throughout. Workloads and the peer's counterpart:
#   catalog  the SPA's catalog page, first page of everything     vs products(take: 20)
#   mix      the realistic catalog mix (storefront.lua, mix.txt)  vs products(take: 20) (Vendure has no mix)
#   product  product(slug:) over every slug                       vs product(slug:) over every slug
#   cart     addToCart for fresh anonymous shoppers               vs addItemToOrder for fresh sessions
#
#   (cd /work/shared/peers/vendure && PEER_DIR=/work/vendure-peer ./run.sh start)   # the peer, running
#   PEER_DIR=/work/vendure-peer bash bench/side-by-side/platform.sh
#
# Needs wrk, curl, python3, node (the peer's make-data.js), the mysql client, MariaDB on 127.0.0.1:3306.
# Environment: SF_JAR (backend/target/storefront.jar), SF_PORT (18482; actuator on SF_PORT+1), SF_DB
# (storefront_sidebyside, DROPPED and recreated), PEER_DIR (/tmp/peer-vendure), PEER_SRC (the peer's
# scripts, /work/shared/peers/vendure), VENDURE_URL, VENDURE_PID, CONNS (64), WARMUP (20), DURATION (15),
# ROUNDS (3), WORKLOADS ("catalog mix product cart"), SESSIONS (1024), JIT_WARMUP (0: seconds of the mix
# before anything), APP_JAVA (Temurin 25), APP_JAVA_OPTS (default: the Dockerfile's JAVA_TOOL_OPTIONS),
# SF_ARGS (extra Spring arguments), IMAGE_START (1: started as the image starts it, see below).
# Writes bench/target/side-by-side/<stamp>/: results.tsv (every run), summary.txt (medians, ratios,
# peak memory), rss.txt, the wrk outputs and Storefront's log.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SF_JAR="${SF_JAR:-$REPO/backend/target/storefront.jar}"
SF_PORT="${SF_PORT:-18482}"
SF_MANAGEMENT_PORT="${SF_MANAGEMENT_PORT:-$((SF_PORT + 1))}"
SF_DB="${SF_DB:-storefront_sidebyside}"
PEER_DIR="${PEER_DIR:-/tmp/peer-vendure}"
PEER_SRC="${PEER_SRC:-/work/shared/peers/vendure}"
VENDURE_URL="${VENDURE_URL:-http://127.0.0.1:3000/shop-api}"
VENDURE_PID="${VENDURE_PID:-$(cat "$PEER_DIR/server.pid")}"
CONNS="${CONNS:-64}"
WARMUP="${WARMUP:-20}"
DURATION="${DURATION:-15}"
ROUNDS="${ROUNDS:-3}"
WORKLOADS="${WORKLOADS:-catalog mix product cart}"
SESSIONS="${SESSIONS:-1024}"
JIT_WARMUP="${JIT_WARMUP:-0}"
APP_JAVA="${APP_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
if [[ -z "${APP_JAVA_OPTS+set}" ]]; then
  APP_JAVA_OPTS="$(sed -n 's/.*JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' "$REPO/Dockerfile")"
fi
SF_ARGS="${SF_ARGS:-}"
SF_URL="http://127.0.0.1:$SF_PORT/graphql"
OUT="$REPO/bench/target/side-by-side/$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$OUT/sf-data" "$OUT/vendure-data"
log() { printf '%s platform: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
declare -A PEER_WORKLOAD=([catalog]=products [mix]=products [product]=product-by-slug [cart]=cart)

kill -0 "$VENDURE_PID" || { log "the Vendure peer (pid $VENDURE_PID) is not running"; exit 1; }
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  commit: $(git -C "$REPO" rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), builds running: $(pgrep -fc 'maven|surefire' || true)"
  echo "storefront: $SF_JAR on $("$APP_JAVA" -version 2>&1 | head -1) $APP_JAVA_OPTS $SF_ARGS"
  echo "wrk -t2 -c$CONNS, warm-up ${WARMUP}s per workload and shop, $ROUNDS alternating rounds of ${DURATION}s"
} | tee "$OUT/env.txt" >&2

# As the image starts it (IMAGE_START=1, the default): the jar extracted and a training run's
# JVM AOT cache made with the same options (Dockerfile). IMAGE_START=0: the executable jar as it is.
SF_START=(-jar "$SF_JAR")
if [[ "${IMAGE_START:-1}" == 1 ]]; then
  "$APP_JAVA" -Djarmode=tools -jar "$SF_JAR" extract --destination "$OUT/app" >/dev/null
  app_jar="$OUT/app/$(basename "$SF_JAR")" # extract keeps the jar's name
  mkdir -p "$OUT/training"
  # shellcheck disable=SC2086
  (cd "$OUT/training" && "$APP_JAVA" $APP_JAVA_OPTS -XX:AOTCacheOutput="$OUT/app/storefront.aot" -Xlog:aot*=error \
    -Dspring.context.exit=onRefresh -jar "$app_jar" --server.port=0 --management.server.port=0 \
    >"$OUT/training.log" 2>&1) || { log "the training run failed: $OUT/training.log"; exit 1; }
  rm -rf "$OUT/training"
  SF_START=(-XX:AOTCache="$OUT/app/storefront.aot" -jar "$app_jar")
fi
echo "started as: ${SF_START[*]}" >>"$OUT/env.txt"
mysql -uroot -e "DROP DATABASE IF EXISTS \`$SF_DB\`; CREATE DATABASE \`$SF_DB\` CHARACTER SET utf8mb4"
# shellcheck disable=SC2086
MALLOC_ARENA_MAX=2 "$APP_JAVA" $APP_JAVA_OPTS "${SF_START[@]}" --spring.profiles.active=mysql \
  --server.port="$SF_PORT" --management.server.port="$SF_MANAGEMENT_PORT" \
  --spring.datasource.url="jdbc:mariadb://127.0.0.1:3306/$SF_DB" --spring.datasource.username=root \
  --spring.datasource.password= --storefront.demo-catalog.enabled=true \
  --storefront.search.index-directory="$OUT/index" \
  --management.endpoints.web.exposure.include=health,info,metrics $SF_ARGS > "$OUT/storefront.log" 2>&1 &
SF_PID=$!
SAMPLER_PID=""
trap 'kill "$SAMPLER_PID" 2>/dev/null || true; kill "$SF_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf -o /dev/null "http://127.0.0.1:$SF_PORT/readyz" && break
  kill -0 "$SF_PID" || { tail -30 "$OUT/storefront.log"; exit 1; }
  sleep 0.5
done
log "Storefront pid $SF_PID ready, Vendure pid $VENDURE_PID; results in $OUT"

# Both shops' resident memory (kB), every 0.25 s: "epoch storefront vendure".
( while kill -0 "$SF_PID" 2>/dev/null; do
    echo "$(date +%s.%N) $(awk '/^VmRSS/{print $2}' "/proc/$SF_PID/status" 2>/dev/null || echo 0)" \
      "$(awk '/^VmRSS/{print $2}' "/proc/$VENDURE_PID/status" 2>/dev/null || echo 0)"
    sleep 0.25
  done ) > "$OUT/rss.txt" 2>/dev/null < /dev/null &
SAMPLER_PID=$!

python3 "$HERE/platform-data.py" "$SF_URL" "$OUT/sf-data" | tee -a "$OUT/env.txt" >&2
node "$PEER_SRC/bench/make-data.js" "$VENDURE_URL" "$OUT/vendure-data" 8 >&2

ticks() { awk '{ s = $0; sub(/^.*\) /, "", s); split(s, f, " "); print f[12] + f[13] }' "/proc/$1/stat"; }
# The anonymous response cache's hits and misses so far (Micrometer's cache.gets), "0 0" without one.
cache_gets() {
  local base="http://127.0.0.1:$SF_MANAGEMENT_PORT/actuator/metrics/cache.gets?tag=cache:graphql-responses" hit miss
  hit=$(curl -s "$base&tag=result:hit" | sed -n 's/.*"value":\([0-9.E]*\).*/\1/p')
  miss=$(curl -s "$base&tag=result:miss" | sed -n 's/.*"value":\([0-9.E]*\).*/\1/p')
  echo "${hit:-0} ${miss:-0}"
}
fresh_sessions() { # shop count
  if [[ $1 == vendure ]]; then node "$PEER_SRC/bench/make-data.js" "$VENDURE_URL" "$OUT/vendure-data" "$2" 16 >&2
  else python3 "$HERE/platform-data.py" "$SF_URL" "$OUT/sf-data" --only-sessions --sessions "$2"; fi
}
wrk_run() { # shop workload seconds outfile
  if [[ $1 == vendure ]]; then
    BENCH_DATA="$OUT/vendure-data" WRK_THREADS=2 wrk -t2 -c"$CONNS" -d"$3s" --timeout 10s --latency \
      -s "$PEER_SRC/bench/${PEER_WORKLOAD[$2]}.lua" "$VENDURE_URL" > "$4" 2>&1 || true
  else
    SF_DATA="$OUT/sf-data" WORKLOAD=$2 WRK_THREADS=2 wrk -t2 -c"$CONNS" -d"$3s" --timeout 10s --latency \
      -s "$HERE/storefront.lua" "$SF_URL" > "$4" 2>&1 || true
  fi
}
measure() { # round shop workload
  local round=$1 shop=$2 w=$3 pid t0 t1 g0 g1 a b out="$OUT/$2-$3-r$1.txt"
  pid=$([[ $shop == vendure ]] && echo "$VENDURE_PID" || echo "$SF_PID")
  [[ $w == cart ]] && fresh_sessions "$shop" "$SESSIONS"
  t0=$(ticks "$pid"); g0=$(cache_gets); a=$(date +%s.%N)
  wrk_run "$shop" "$w" "$DURATION" "$out"
  t1=$(ticks "$pid"); g1=$(cache_gets); b=$(date +%s.%N)
  python3 - "$(sed -n 's/^RESULT //p' "$out")" "$round" "$shop" "$w" "$t0" "$t1" "$g0" "$g1" "$a" "$b" "$OUT/rss.txt" <<'PY' | tee -a "$OUT/results.tsv"
import json, sys
r = json.loads(sys.argv[1]); rnd, shop, w = sys.argv[2:5]
cpu = (float(sys.argv[6]) - float(sys.argv[5])) * 10 / max(r["requests"], 1)
h0, m0 = map(float, sys.argv[7].split()); h1, m1 = map(float, sys.argv[8].split())
gets = (h1 - h0) + (m1 - m0)
hit = f"{(h1 - h0) / gets:.1%}" if shop == "storefront" and gets > 0 else "-"
a, b, col = float(sys.argv[9]), float(sys.argv[10]), 1 if shop == "storefront" else 2
peak = max((int(f[col]) for f in (l.split() for l in open(sys.argv[11])) if len(f) == 3 and a <= float(f[0]) <= b), default=0)
errors = r["socket_errors"] + r["timeouts"] + r["non2xx"] + r["gql_errors"]
print(f'{rnd}\t{w}\t{shop}\t{r["rps"]:.0f}\t{r["p50_ms"]:.1f}\t{r["p99_ms"]:.1f}\t{cpu:.2f}\t{errors}\t{r["requests"]}\t{hit}\t{peak / 1024:.0f}')
PY
  grep -h '^FIRST_ERROR' "$out" >&2 || true
}

if [[ "$JIT_WARMUP" -gt 0 ]]; then
  log "JIT warm-up: ${JIT_WARMUP} s of Storefront's catalog mix"
  wrk_run storefront mix "$JIT_WARMUP" /dev/null
fi
printf 'round\tworkload\tshop\treq/s\tp50 ms\tp99 ms\tCPU ms/req\terrors\trequests\tcache hits\tpeak RSS MiB\n' | tee "$OUT/results.tsv"
for w in $WORKLOADS; do
  for shop in vendure storefront; do
    [[ $shop == vendure && $w == mix ]] && continue
    [[ $w == cart ]] && fresh_sessions "$shop" 256
    log "warm-up: $shop $w ${WARMUP} s"
    wrk_run "$shop" "$w" "$WARMUP" "$OUT/$shop-$w-warmup.txt"
  done
  for round in $(seq 1 "$ROUNDS"); do
    [[ $w != mix ]] && measure "$round" vendure "$w"
    measure "$round" storefront "$w"
  done
done
kill "$SAMPLER_PID" 2>/dev/null || true
python3 - "$OUT/results.tsv" "$OUT/rss.txt" <<'PY' | tee "$OUT/summary.txt"
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
med = {}
for r in rows:
    med.setdefault((r[1], r[2]), []).append(r)
def m(w, shop, col):
    vals = [float(r[col]) for r in med.get((w, shop), [])]
    return statistics.median(vals) if vals else None
print("workload\tVendure req/s\tStorefront req/s\tratio\tStorefront p99 ms\tVendure p99 ms\tSF CPU ms/req\tVendure CPU ms/req\terrors SF/V\tSF cache hits")
for w in ["catalog", "mix", "product", "cart"]:
    if (w, "storefront") not in med:
        continue
    pw = "catalog" if w == "mix" else w
    v, s = m(pw, "vendure", 3), m(w, "storefront", 3)
    errs = sum(int(r[7]) for r in med[(w, "storefront")]), sum(int(r[7]) for r in med.get((pw, "vendure"), []))
    hits = ",".join(r[9] for r in med[(w, "storefront")])
    print(f"{w}\t{v or 0:.0f}\t{s:.0f}\t{(s / v) if v else 0:.1f}x\t{m(w, 'storefront', 5):.1f}\t{m(pw, 'vendure', 5) or 0:.1f}"
          f"\t{m(w, 'storefront', 6):.2f}\t{m(pw, 'vendure', 6) or 0:.2f}\t{errs[0]}/{errs[1]}\t{hits}")
peaks = [0, 0]
for l in open(sys.argv[2]):
    f = l.split()
    if len(f) == 3:
        peaks = [max(peaks[0], int(f[1])), max(peaks[1], int(f[2]))]
print(f"peak resident memory over the whole run: Storefront {peaks[0] / 1024:.0f} MiB, Vendure {peaks[1] / 1024:.0f} MiB")
PY
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg), builds running: $(pgrep -fc 'maven|surefire' || true)" | tee -a "$OUT/summary.txt"
