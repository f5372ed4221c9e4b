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
# not of refusals. Needs java, psql, wrk (apt-get install -y wrk) and curl; builds the jar if missing.
# Loads 127.0.0.1 only.
#
# Settings (environment): BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER (postgres),
# BENCH_DB (contacts_bench, created if missing), BENCH_PORT (8083), BENCH_DURATION (20s),
# BENCH_CONNECTIONS (4), BENCH_THREADS (2), BENCH_MODES ("off memory postgres").
set -euo pipefail
cd "$(dirname "$0")/.."

pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
pg_user=${BENCH_PG_USER:-postgres}
db=${BENCH_DB:-contacts_bench}
port=${BENCH_PORT:-8083}
duration=${BENCH_DURATION:-20s}
connections=${BENCH_CONNECTIONS:-4}
threads=${BENCH_THREADS:-2}
modes=${BENCH_MODES:-off memory postgres}

for tool in java psql wrk curl; do
	command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done
jar=$(ls target/contacts-api-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
	./mvnw -q package -DskipTests
	jar=$(ls target/contacts-api-*.jar | grep -v original | head -n 1)
fi
if ! psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
	psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -qc "create database $db"
fi

key="glnc_sk_bench$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40)"
url="http://127.0.0.1:$port/contacts?limit=1"
log=$(mktemp /tmp/rate-limit-bench.XXXXXX)
server=

stop_server() {
	if [ -n "$server" ]; then
		kill "$server" 2>/dev/null || true
		wait "$server" 2>/dev/null || true
		server=
	fi
}
trap 'stop_server; rm -f "$log"' EXIT

# wrk prints latencies as 812.00us, 1.25ms or 1.02s; this turns one into milliseconds.
to_ms() {
	awk -v v="$1" 'BEGIN {
		n = v + 0
		if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000
		printf "%.3f", n }'
}

run_mode() {
	local mode=$1
	local settings=(--contacts.rate-limit.per-minute=1000000000 --contacts.rate-limit.burst-per-second=1000000000)
	case "$mode" in
		off) settings+=(--contacts.rate-limit.enabled=false) ;;
		memory) settings+=(--contacts.rate-limit.store=memory) ;;
		postgres) settings+=(--contacts.rate-limit.store=postgres) ;;
		*) echo "unknown mode $mode" >&2; exit 1 ;;
	esac
	java -jar "$jar" --server.port="$port" \
		--spring.datasource.url="jdbc:postgresql://$pg_host:$pg_port/$db" --spring.datasource.username="$pg_user" \
		--contacts.bootstrap.demo=false --contacts.bootstrap.keys[0].company=Bench \
		--contacts.bootstrap.keys[0].role=viewer --contacts.bootstrap.keys[0].key="$key" \
		--logging.level.root=warn "${settings[@]}" >"$log" 2>&1 &
	server=$!
	for _ in $(seq 1 240); do
		curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
		kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
		sleep 0.5
	done
	local status
	status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" "$url")
	[ "$status" = 200 ] || { echo "$mode: GET /contacts answered $status" >&2; exit 1; }
	# Warm-up: let the JIT compile the request path before measuring.
	wrk -t"$threads" -c"$connections" -d10s -H "Authorization: Bearer $key" "$url" >/dev/null
	local out
	out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $key" "$url")
	stop_server
	local p50 p99 rps non2xx
	p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
	p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
	rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
	non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
	echo "$mode $p50 $p99 $rps ${non2xx:-0}"
}

echo "wrk -t$threads -c$connections -d$duration --latency GET /contacts?limit=1, $(nproc) cores" >&2
results=()
for mode in $modes; do
	echo "running $mode..." >&2
	results+=("$(run_mode "$mode")")
done

printf '%-9s %10s %10s %10s %8s %9s %9s\n' mode p50_ms p99_ms req/s non2xx p50/base p99/base
base_p50= base_p99=
for line in "${results[@]}"; do
	read -r mode p50 p99 rps non2xx <<<"$line"
	if [ -z "$base_p50" ]; then base_p50=$p50; base_p99=$p99; fi
	awk -v m="$mode" -v a="$p50" -v b="$p99" -v r="$rps" -v n="$non2xx" -v ba="$base_p50" -v bb="$base_p99" \
		'BEGIN { printf "%-9s %10.3f %10.3f %10s %8s %9.2f %9.2f\n", m, a, b, r, n, a / ba, b / bb }'
done
