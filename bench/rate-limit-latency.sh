#!/usr/bin/env bash
# Measures what rate limiting adds to a request's latency. Starts the server jar once per mode
# against a local PostgreSQL server, loads GET /contacts?limit=1 with wrk, and prints the median and
# 99th percentile of each mode with its ratio to the baseline (rate limiting off):
#
#   off       contacts.rate-limit.enabled=false
#   memory    buckets in the instance's memory
#   postgres  buckets in PostgreSQL, shared by all instances (the default)
#
# The limits are set so high that no request is refused: this measures the cost of the check,
# not of refusals. The three servers run side by side (ports BENCH_PORT, +1, +2) and are measured
# in turns, round after round, so that drift in the machine's load touches every mode alike; each
# figure is the median over the rounds. Needs java, psql, wrk (apt-get install -y wrk) and curl;
# builds the jar if missing. Loads 127.0.0.1 only.
#
# Settings (environment): BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER (postgres),
# BENCH_DB (contacts_bench, created if missing), BENCH_PORT (18083), BENCH_DURATION (10s per turn),
# BENCH_ROUNDS (3), BENCH_CONNECTIONS (1), BENCH_THREADS (1), BENCH_KEEP_LOGS (set: keep the servers' logs).
set -euo pipefail
cd "$(dirname "$0")/.."

pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
pg_user=${BENCH_PG_USER:-postgres}
db=${BENCH_DB:-contacts_bench}
port=${BENCH_PORT:-18083}
duration=${BENCH_DURATION:-10s}
rounds=${BENCH_ROUNDS:-3}
connections=${BENCH_CONNECTIONS:-1}
threads=${BENCH_THREADS:-1}
modes=(off memory postgres)

for tool in java psql wrk curl; do
	command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done
jar=$(ls target/contacts-api-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
	./mvnw -q package -DskipTests
	jar=$(ls target/contacts-api-*.jar | grep -v original | head -n 1)
fi
psql_bench() {
	psql -h "$pg_host" -p "$pg_port" -U "$pg_user" "$@"
}
if ! psql_bench -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
	psql_bench -qc "create database $db"
fi

key="glnc_sk_bench$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40)"
work=$(mktemp -d /tmp/rate-limit-bench.XXXXXX)
servers=()

stop_servers() {
	for pid in "${servers[@]}"; do
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	servers=()
}
trap 'stop_servers; [ -n "${BENCH_KEEP_LOGS:-}" ] || rm -rf "$work"' EXIT

# wrk prints latencies as 812.00us, 1.25ms or 1.02s; this turns one into milliseconds.
to_ms() {
	awk -v v="$1" 'BEGIN {
		n = v + 0
		if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000
		printf "%.3f", n }'
}

median() {
	sort -g | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

url() {
	echo "http://127.0.0.1:$1/contacts?limit=1"
}

start_server() {
	local mode=$1 server_port=$2
	local settings=(--contacts.rate-limit.per-minute=1000000000 --contacts.rate-limit.burst-per-second=1000000000)
	case "$mode" in
		off) settings+=(--contacts.rate-limit.enabled=false) ;;
		memory) settings+=(--contacts.rate-limit.store=memory) ;;
		postgres) settings+=(--contacts.rate-limit.store=postgres) ;;
	esac
	java -Xmx384m -jar "$jar" --server.port="$server_port" \
		--spring.datasource.url="jdbc:postgresql://$pg_host:$pg_port/$db" --spring.datasource.username="$pg_user" \
		--contacts.bootstrap.demo=false --contacts.bootstrap.keys[0].company=Bench \
		--contacts.bootstrap.keys[0].role=viewer --contacts.bootstrap.keys[0].key="$key" \
		--logging.level.root=warn "${settings[@]}" >"$work/$mode.log" 2>&1 &
	servers+=($!)
}

wait_for() {
	local mode=$1 server_port=$2
	for _ in $(seq 1 480); do
		curl -fs "http://127.0.0.1:$server_port/actuator/health" >/dev/null 2>&1 && break
		sleep 0.5
	done
	local status
	status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" "$(url "$server_port")")
	[ "$status" = 200 ] || { echo "$mode: GET /contacts answered $status" >&2; cat "$work/$mode.log" >&2; exit 1; }
}

echo "wrk -t$threads -c$connections -d$duration --latency GET /contacts?limit=1, $rounds rounds, $(nproc) cores" >&2
# One server first, so that it creates the schema and the key alone; then the other two.
start_server off "$port"
wait_for off "$port"
start_server memory $((port + 1))
start_server postgres $((port + 2))
wait_for memory $((port + 1))
wait_for postgres $((port + 2))

i=0
for mode in "${modes[@]}"; do
	echo "warming up $mode..." >&2
	wrk -t"$threads" -c"$connections" -d15s -H "Authorization: Bearer $key" "$(url $((port + i)))" >/dev/null
	i=$((i + 1))
done
for round in $(seq 1 "$rounds"); do
	i=0
	for mode in "${modes[@]}"; do
		echo "round $round: $mode" >&2
		out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $key" \
			"$(url $((port + i)))")
		to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")" >>"$work/$mode.p50"; echo >>"$work/$mode.p50"
		to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")" >>"$work/$mode.p99"; echo >>"$work/$mode.p99"
		awk '/Requests\/sec/ { print $2 }' <<<"$out" >>"$work/$mode.rps"
		awk '/Non-2xx/ { print $NF }' <<<"$out" >>"$work/$mode.non2xx"
		i=$((i + 1))
	done
done
stop_servers

printf '%-9s %10s %10s %10s %8s %9s %9s\n' mode p50_ms p99_ms req/s non2xx p50/off p99/off
base_p50=$(median <"$work/off.p50")
base_p99=$(median <"$work/off.p99")
for mode in "${modes[@]}"; do
	p50=$(median <"$work/$mode.p50")
	p99=$(median <"$work/$mode.p99")
	rps=$(median <"$work/$mode.rps")
	non2xx=$(awk '{ n += $1 } END { print n + 0 }' "$work/$mode.non2xx")
	awk -v m="$mode" -v a="$p50" -v b="$p99" -v r="$rps" -v n="$non2xx" -v ba="$base_p50" -v bb="$base_p99" \
		'BEGIN { printf "%-9s %10.3f %10.3f %10.1f %8s %9.2f %9.2f\n", m, a, b, r, n, a / ba, b / bb }'
done
