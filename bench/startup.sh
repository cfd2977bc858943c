#!/usr/bin/env bash
# Times the README's run command (./run) from launch to the shop's first answer: the first HTTP 200
# of the catalog's first page (a GraphQL GET, the query the shop's home page asks). Until then the
# app answers 503 (StartupGate). Four starts a round, on the embedded default (H2 + demo catalog):
#   new        a jar ./run has not seen: no extracted copy, no cache, no database. The app makes
#              the cache while it runs, written when it stops (SIGTERM); the stop is timed too
#   new-again  the next start: that cache and the database are there
#   built      what ./run leaves after it builds: the jar extracted and the training run's cache
#              (./run --train, timed on its own), no database
#   built-again the next start: that cache and the database
#   jar        before ./run: java -jar backend/target/storefront.jar, no database
#   jar-again  the next start of it, with the database
# RUNS rounds on each JVM, medians (and all the runs) printed, with the load average and the CPU
# time the app used until its first answer.
#
# Usage: bench/startup.sh [JAVA_HOME ...]   (none: the java on PATH)
# Env: RUNS=3, PORT=18600 (the management port is PORT+1), KINDS (default: all, in the order above).
# The jar must be built (./mvnw -DskipTests package): ./run would build a stale one, untimed here.
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$REPO/bench/target/startup"
RUNS="${RUNS:-3}"
PORT="${PORT:-18600}"
URL="http://127.0.0.1:$PORT/graphql?query=%7Bproducts(first%3A20)%7BtotalCount%20nodes%7Bslug%20title%7D%7D%7D"
KINDS="${KINDS:-new new-again built built-again jar jar-again}"

die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }
seconds_since() { awk "BEGIN { printf \"%.1f\", ($(now_ms) - $1) / 1000 }"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

[[ -f "$REPO/backend/target/storefront.jar" ]] || die "no backend/target/storefront.jar: build it with ./mvnw -DskipTests package"
(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && die "port $PORT is in use: set PORT"

PID=""
trap '[[ -n "$PID" ]] && kill -TERM "$PID" 2>/dev/null' EXIT

# The CPU seconds (user + system) the process tree under PID has used so far: the JVM, whether
# ./run exec'd it or waits for it. Steadier than the wall time on a machine whose speed moves.
cpu_seconds() {
  local pids=("$1") p ticks=0
  pids+=($(pgrep -P "$1" || true))
  for p in "${pids[@]}"; do
    [[ -r /proc/$p/stat ]] && ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$p/stat")))
  done
  awk "BEGIN { printf \"%.1f\", $ticks / $(getconf CLK_TCK) }"
}

# start KIND LOG: ./run (or the jar) in $DATA, until the first 200 (at most 120 s); SECONDS_TAKEN
# and CPU_TAKEN
start() {
  local t0 command=("$REPO/run")
  [[ $1 == jar* ]] && command=("$java" -jar "$REPO/backend/target/storefront.jar")
  t0=$(now_ms)
  (cd "$DATA" && exec "${command[@]}" --server.port="$PORT" --management.server.port="$((PORT + 1))") >"$2" 2>&1 &
  PID=$!
  for _ in $(seq 1200); do
    if curl -fsS -o /dev/null "$URL" 2>/dev/null; then
      SECONDS_TAKEN=$(seconds_since "$t0")
      CPU_TAKEN=$(cpu_seconds "$PID")
      return 0
    fi
    kill -0 "$PID" 2>/dev/null || { tail -30 "$2" >&2; die "the app exited (log: $2)"; }
    sleep 0.1
  done
  die "no answer within 120 s (log: $2)"
}

# stop: SIGTERM, and wait for ./run to end (the JVM, and the cache it writes); SECONDS_TAKEN
stop() {
  local t0; t0=$(now_ms)
  kill -TERM "$PID"
  wait "$PID" 2>/dev/null
  PID=""
  SECONDS_TAKEN=$(seconds_since "$t0")
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

homes=("$@")
[[ ${#homes[@]} -gt 0 ]] || homes=("")
mkdir -p "$WORK"
results="$WORK/results.txt"
: >"$results"
for home in "${homes[@]}"; do
  if [[ -n "$home" ]]; then export JAVA_HOME="$home"; java="$home/bin/java"; else unset JAVA_HOME; java=java; fi
  name="$("$java" -version 2>&1 | head -1)"
  declare -A times=() cpus=()
  stops="" trainings=""
  for round in $(seq "$RUNS"); do
    DATA="$WORK/data"
    for kind in $KINDS; do
      case $kind in
        new) rm -rf "$REPO/backend/target/app" "$DATA" ;;
        jar) rm -rf "$DATA" ;;
        built)
          rm -rf "$REPO/backend/target/app/cache" "$DATA"
          t0=$(now_ms)
          "$REPO/run" --train >"$WORK/train-$round.log" 2>&1 || die "./run --train failed (log: $WORK/train-$round.log)"
          trainings="$trainings $(seconds_since "$t0")"
          ;;
      esac
      mkdir -p "$DATA"
      before="$(load)"
      start "$kind" "$WORK/$kind-$round.log"
      s=$SECONDS_TAKEN
      times[$kind]="${times[$kind]:-} $s"
      cpus[$kind]="${cpus[$kind]:-} $CPU_TAKEN"
      stop
      stopped=$SECONDS_TAKEN
      [[ $kind == new ]] && stops="$stops $stopped"
      printf '%s round %s %-11s %5s s to the first answer, %s s of CPU (load %s), stopped in %s s\n' "$name" "$round" "$kind" "$s" "$CPU_TAKEN" "$before" "$stopped" | tee -a "$results" >&2
    done
  done
  {
    printf '\n%s: medians of %s rounds (all runs)\n' "$name" "$RUNS"
    for kind in $KINDS; do
      printf '  %-11s %5s s  (%s ), CPU %s s (%s )\n' "$kind" "$(median <<<"${times[$kind]}")" "${times[$kind]}" \
        "$(median <<<"${cpus[$kind]}")" "${cpus[$kind]}"
    done
    [[ -z "$stops" ]] || printf '  stopping the new start (writing its cache): %s s (%s )\n' "$(median <<<"$stops")" "$stops"
    [[ -z "$trainings" ]] || printf '  ./run --train (the training run after a build): %s s (%s )\n' "$(median <<<"$trainings")" "$trainings"
    printf '  load average after: %s\n' "$(load)"
  } | tee -a "$results"
  unset times cpus
done
echo "(also in $results)"
