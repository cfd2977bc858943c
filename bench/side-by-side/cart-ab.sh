#!/usr/bin/env bash
# Two Storefront builds (or one build with two settings) side by side under the add-to-cart
# workload of platform.sh, alternating: both started as the image starts them (extracted, a
# training run's JVM AOT cache, the Dockerfile's JAVA_TOOL_OPTIONS, the mysql profile, the demo
# catalog), each on its own MariaDB database (DROPPED and recreated), then ROUNDS × (A, then B):
# 1,024 fresh anonymous shoppers, DURATION seconds of wrk -t2 -c64 (storefront.lua, WORKLOAD=cart).
# Per round: req/s, the app's CPU and MariaDB's CPU per add (/proc/<pid>/stat), MariaDB's
# Questions per add (SHOW GLOBAL STATUS: every round trip, COMMIT included), p99, errors and the
# app's peak RSS so far. Both JVMs warm up under the same conditions, so a difference that holds
# round after round is the builds', not the machine's (which moves absolute figures by half).
#
#   A=old.jar B=new.jar bash bench/side-by-side/cart-ab.sh
#   A=x.jar B=x.jar B_ARGS=--server.tomcat.threads.max=8 bash bench/side-by-side/cart-ab.sh
#
# Environment: A, B (jars), A_ARGS, B_ARGS (Spring arguments), ROUNDS (12), DURATION (15),
# APP_JAVA (Temurin 25), OUT (bench/target/cart-ab/<stamp>). Needs wrk, curl, python3, the mysql
# client and MariaDB on 127.0.0.1:3306 (root, no password); ports 18500-18501 and 18510-18511.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="${OUT:-$REPO/bench/target/cart-ab/$(date -u +%Y%m%d-%H%M%S)}"
J="${APP_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
OPTS="$(sed -n 's/.*JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' "$REPO/Dockerfile")"
mkdir -p "$OUT"
start() { # name jar port spring-args
  local d="$OUT/$1" app
  mkdir -p "$d/training" "$d/data"
  "$J" -Djarmode=tools -jar "$2" extract --destination "$d/app" >/dev/null
  app="$d/app/$(basename "$2")"
  # shellcheck disable=SC2086
  (cd "$d/training" && "$J" $OPTS -XX:AOTCacheOutput="$d/app/storefront.aot" -Xlog:aot*=error \
    -Dspring.context.exit=onRefresh -jar "$app" --server.port=0 --management.server.port=0 >"$d/training.log" 2>&1)
  mysql -uroot -e "DROP DATABASE IF EXISTS sf_ab_$1; CREATE DATABASE sf_ab_$1 CHARACTER SET utf8mb4"
  # shellcheck disable=SC2086
  MALLOC_ARENA_MAX=2 "$J" $OPTS -XX:AOTCache="$d/app/storefront.aot" -jar "$app" --spring.profiles.active=mysql \
    --server.port="$3" --management.server.port=$(($3 + 1)) --spring.datasource.url="jdbc:mariadb://127.0.0.1:3306/sf_ab_$1" \
    --spring.datasource.username=root --spring.datasource.password= --storefront.demo-catalog.enabled=true \
    --storefront.search.index-directory="$d/index" $4 >"$d/app.log" 2>&1 &
  echo $! >"$d/pid"
}
start a "$A" 18500 "${A_ARGS:-}"
start b "$B" 18510 "${B_ARGS:-}"
trap 'kill "$(cat "$OUT/a/pid")" "$(cat "$OUT/b/pid")" 2>/dev/null || true' EXIT
for port in 18500 18510; do
  for _ in $(seq 240); do curl -sf -o /dev/null "http://127.0.0.1:$port/readyz" && break; sleep 0.5; done
done
python3 "$HERE/platform-data.py" http://127.0.0.1:18500/graphql "$OUT/a/data" >/dev/null
python3 "$HERE/platform-data.py" http://127.0.0.1:18510/graphql "$OUT/b/data" >/dev/null
DB=$(pgrep -x mariadbd | head -1)
ticks() { awk '{ s = $0; sub(/^.*\) /, "", s); split(s, f, " "); print f[12] + f[13] }' "/proc/$1/stat"; }
questions() { mysql -uroot -N -e "SHOW GLOBAL STATUS WHERE Variable_name = 'Questions'" | awk '{print $2}'; }
printf 'round\tapp\treq/s\tapp CPU ms/add\tMariaDB CPU ms/add\tquestions/add\tp99 ms\terrors\tpeak RSS MiB\n' | tee "$OUT/results.tsv"
for r in $(seq 1 "${ROUNDS:-12}"); do
  for x in a b; do
    port=$([[ $x == a ]] && echo 18500 || echo 18510)
    pid=$(cat "$OUT/$x/pid")
    python3 "$HERE/platform-data.py" "http://127.0.0.1:$port/graphql" "$OUT/$x/data" --only-sessions --sessions 1024
    t0=$(ticks "$pid"); d0=$(ticks "$DB"); q0=$(questions)
    SF_DATA="$OUT/$x/data" WORKLOAD=cart WRK_THREADS=2 wrk -t2 -c64 -d"${DURATION:-15}s" --timeout 10s \
      -s "$HERE/storefront.lua" "http://127.0.0.1:$port/graphql" >"$OUT/$x/wrk-$r.txt" 2>&1 || true
    t1=$(ticks "$pid"); d1=$(ticks "$DB"); q1=$(questions)
    python3 - "$(sed -n 's/^RESULT //p' "$OUT/$x/wrk-$r.txt")" "$r" "$x" "$t0" "$t1" "$d0" "$d1" "$q0" "$q1" \
      "$(awk '/^VmHWM/{print $2 / 1024}' "/proc/$pid/status")" <<'PY' | tee -a "$OUT/results.tsv"
import json, sys
r = json.loads(sys.argv[1]); n = max(r["requests"], 1)
t0, t1, d0, d1, q0, q1 = map(float, sys.argv[4:10])
errors = r["socket_errors"] + r["timeouts"] + r["non2xx"] + r["gql_errors"]
print(f'{sys.argv[2]}\t{sys.argv[3]}\t{r["rps"]:.0f}\t{(t1 - t0) * 10 / n:.2f}\t{(d1 - d0) * 10 / n:.2f}'
      f'\t{(q1 - q0) / n:.2f}\t{r["p99_ms"]:.0f}\t{errors}\t{float(sys.argv[10]):.0f}')
PY
  done
done
