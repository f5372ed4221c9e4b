#!/usr/bin/env bash
# Search benchmark: 100,000 contacts in one company (and 100,000 more spread over nine other
# companies), the query plans of the SQL that Hibernate issues for a search, and the HTTP latency
# of searching against listing without a search, measured in the same run.
#
#     bench/search.sh            # reuses the seeded database when it is already there
#     bench/search.sh --reseed   # seeds again from scratch
#     bench/search.sh --drop     # drops the benchmark database at the end
#
# Environment (defaults in brackets):
#     PGHOST [127.0.0.1], PGPORT [5432], PGUSER [postgres], PGPASSWORD: the PostgreSQL server;
#     the user must be allowed to create a database and the pg_trgm and btree_gin extensions.
#     BENCH_DB [contacts_bench]      the database, created when missing
#     BENCH_PORT [8085]              the port the server is started on, on 127.0.0.1
#     BENCH_DURATION [10]            seconds of load per URL, after 3 seconds of warm-up
#     BENCH_CONNECTIONS [1]          concurrent connections of the load tool
#
# Needs java 17, psql, curl and wrk (installed with apt-get when missing and running as root).
# Builds target/*.jar with ./mvnw when missing. Everything it starts, it stops.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
# Bounds every statement of this script, the seed included; the server's own are not affected.
export PGOPTIONS="${PGOPTIONS:-} -c statement_timeout=600s"
db="${BENCH_DB:-contacts_bench}"
port="${BENCH_PORT:-8085}"
duration="${BENCH_DURATION:-10}"
connections="${BENCH_CONNECTIONS:-1}"
reseed=false
drop=false
for arg in "$@"; do
	case "$arg" in
	--reseed) reseed=true ;;
	--drop) drop=true ;;
	*) echo "usage: $0 [--reseed] [--drop]" >&2; exit 2 ;;
	esac
done

# How many contacts the searched company holds, and how many the other companies share.
readonly contacts=100000 others=100000 other_companies=9
# Bump when the seed below changes, so that an older seeded database is seeded again.
readonly seed_version="search-bench seed 1: $contacts + $others contacts"
# A throwaway owner key of this benchmark's own companies, in its own database only.
readonly key=glnc_sk_search_benchmark_only_0123456789abcdef
readonly base="http://127.0.0.1:$port"

section() { printf '\n=== %s\n\n' "$*"; }
fail() { echo "search.sh: $*" >&2; exit 1; }
sql() { psql -X -v ON_ERROR_STOP=1 -q -At -d "$db" "$@"; }

# --- Tools ------------------------------------------------------------------------------------
for tool in java psql curl; do
	command -v "$tool" >/dev/null || fail "$tool is needed"
done
if ! command -v wrk >/dev/null; then
	[ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null || fail "wrk is needed (apt-get install wrk)"
	echo "Installing wrk with apt-get"
	apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
	fail "port $port already answers; set BENCH_PORT to a free port"
fi

jar=$(ls target/contacts-api-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ] || [ -n "$(find pom.xml src/main -newer "$jar" -print -quit)" ]; then
	echo "Building the jar (./mvnw -q -DskipTests package)"
	timeout 900 ./mvnw -q -DskipTests package
	jar=$(ls target/contacts-api-*.jar | head -n 1)
fi

# --- Database and server ----------------------------------------------------------------------
if [ -z "$(psql -X -At -d postgres -c "select 1 from pg_database where datname = '$db'")" ]; then
	psql -X -q -d postgres -c "create database \"$db\""
fi

workdir=$(mktemp -d /tmp/contacts-search-bench.XXXXXX)
server_pid=""
cleanup() {
	if [ -n "$server_pid" ]; then
		kill "$server_pid" 2>/dev/null || true
		wait "$server_pid" 2>/dev/null || true
	fi
	rm -rf "$workdir"
	if $drop; then
		psql -X -q -d postgres -c "drop database if exists \"$db\"" && echo "Dropped database $db"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The server provisions the benchmark's owner key and a second company whose contacts, created
# through the API, check that the SQL seed computes search_text exactly as the Java code does.
# The rate-limit settings (issue 4) keep a future limiter out of the measurement.
CONTACTS_BOOTSTRAP_KEYS_0_COMPANY="Bench" CONTACTS_BOOTSTRAP_KEYS_0_ROLE=owner \
	CONTACTS_BOOTSTRAP_KEYS_0_KEY="$key" \
	CONTACTS_BOOTSTRAP_KEYS_1_COMPANY="Bench probe" CONTACTS_BOOTSTRAP_KEYS_1_ROLE=owner \
	CONTACTS_BOOTSTRAP_KEYS_1_KEY="${key}_probe" \
	CONTACTS_BOOTSTRAP_DEMO=false \
	CONTACTS_RATE_LIMIT_PER_MINUTE=1000000000 CONTACTS_RATE_LIMIT_BURST_PER_SECOND=1000000000 \
	SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SPRING_DATASOURCE_USERNAME="$PGUSER" \
	SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$port" \
	java -Xmx512m -jar "$jar" >"$workdir/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 180); do
	curl -sf -o /dev/null "$base/actuator/health" && break
	kill -0 "$server_pid" 2>/dev/null || { tail -n 40 "$workdir/server.log"; fail "the server did not start"; }
	sleep 1
done
curl -sf -o /dev/null "$base/actuator/health" || { tail -n 40 "$workdir/server.log"; fail "no health in 180 s"; }

section "Run"
echo "date:        $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "commit:      $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || echo ' (with uncommitted changes)')"
echo "java:        $(java -version 2>&1 | head -n 1)"
echo "postgresql:  $(sql -c 'show server_version')"
echo "cpus:        $(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg)"

# --- Seed -------------------------------------------------------------------------------------
# Names in Latin (some accented), Hebrew and Cyrillic, each with the Latin spelling its e-mail
# addresses use; first and last names are drawn independently, so scripts mix as they do in
# Israel. Row 0 of last_names is the rare surname, given to every 9,973rd contact.
# pg_temp.fold is SearchText.fold for these names: lower case, then the accents they carry
# stripped; the probe below proves it against the running Java code.
setup_sql=$(cat <<'SQL'
create temp table first_names (i int primary key, name text not null, latin text not null);
insert into first_names values
  (1,'David','david'),(2,'Daniel','daniel'),(3,'Michael','michael'),(4,'Sarah','sarah'),
  (5,'Rachel','rachel'),(6,'Noa','noa'),(7,'Ariel','ariel'),(8,'Maya','maya'),(9,'Tamar','tamar'),
  (10,'José','jose'),(11,'Zoë','zoe'),(12,'Renée','renee'),(13,'François','francois'),
  (14,'Jürgen','jurgen'),(15,'דוד','david'),(16,'יוסי','yossi'),(17,'מיכל','michal'),
  (18,'נועה','noa'),(19,'אבי','avi'),(20,'שירה','shira'),(21,'משה','moshe'),(22,'יעל','yael'),
  (23,'איתי','itai'),(24,'Сергей','sergey'),(25,'Алёна','alena'),(26,'Дмитрий','dmitry'),
  (27,'Ольга','olga'),(28,'Наталья','natalya'),(29,'Андрей','andrey'),(30,'Юлия','yulia'),
  (31,'Иван','ivan'),(32,'Татьяна','tatyana');
create temp table last_names (i int primary key, name text not null, latin text not null);
insert into last_names values
  (0,'Wojciechowski','wojciechowski'),
  (1,'Cohen','cohen'),(2,'Levi','levi'),(3,'Mizrahi','mizrahi'),(4,'Peretz','peretz'),
  (5,'Friedman','friedman'),(6,'Müller','muller'),(7,'García','garcia'),(8,'Núñez','nunez'),
  (9,'Smith','smith'),(10,'Goldberg','goldberg'),(11,'Kaplan','kaplan'),(12,'Ben-David','ben-david'),
  (13,'כהן','cohen'),(14,'לוי','levi'),(15,'מזרחי','mizrahi'),(16,'פרץ','peretz'),
  (17,'ביטון','biton'),(18,'אברהם','avraham'),(19,'דהן','dahan'),(20,'אזולאי','azulay'),
  (21,'שפירא','shapira'),(22,'Иванов','ivanov'),(23,'Смирнова','smirnova'),(24,'Кузнецов','kuznetsov'),
  (25,'Соколова','sokolova'),(26,'Лебедев','lebedev'),(27,'Фёдоров','fedorov'),(28,'Волков','volkov'),
  (29,'Новикова','novikova'),(30,'Зайцев','zaytsev');
create function pg_temp.fold(t text) returns text immutable language sql
  as $$ select translate(lower(t), 'éëçüñúíáйё', 'eecunuiaие') $$;
create function pg_temp.search_text(first text, last text, email text, phone text) returns text
  immutable language sql
  as $$ select concat_ws(E'\n', pg_temp.fold(first), pg_temp.fold(last), pg_temp.fold(email),
        pg_temp.fold(phone), regexp_replace(phone, '[^0-9]+', '', 'g')) $$;
SQL
)

probe_company=$(sql -c "select id from companies where name = 'Bench probe'")
bench_company=$(sql -c "select id from companies where name = 'Bench'")
[ -n "$probe_company" ] && [ -n "$bench_company" ] || fail "the bootstrap keys' companies are missing"

seeded=$(sql -c "select shobj_description(oid, 'pg_database') from pg_database where datname = current_database()")
if $reseed || [ "$seeded" != "$seed_version" ]; then
	section "Seeding $contacts contacts in company Bench and $others in $other_companies other companies"
	started=$(date +%s)

	# Every name through the API, with an accented e-mail and a punctuated phone; their stored
	# search_text must be what the SQL seed computes from the same fields.
	sql -c "delete from contacts where company_id = $probe_company"
	probes=$( { echo "$setup_sql"; cat <<'SQL'; } | sql
select json_build_object('firstName', f.name, 'lastName', l.name, 'email', 'Élodie.' || l.latin || '@Example.com',
    'phoneNumber', '+972 (52) 123-45' || lpad(l.i::text, 2, '0'))
from last_names l join first_names f on f.i = 1 + l.i % (select count(*) from first_names)
union all
select json_build_object('firstName', f.name, 'phoneNumber', '050.765.43.21') from first_names f;
SQL
	)
	while IFS= read -r body; do
		curl -sf -o /dev/null -H "Authorization: Bearer ${key}_probe" -H 'Content-Type: application/json' \
			-d "$body" "$base/contacts/create" || fail "the probe contact was refused: $body"
	done <<<"$probes"
	mismatches=$( { echo "$setup_sql"; echo "select count(*) from contacts where company_id = $probe_company
		and search_text <> pg_temp.search_text(first_name, last_name, email, phone_number);"; } | sql)
	[ "$mismatches" = 0 ] || fail "$mismatches probe contacts have a search_text that the SQL seed would not compute"
	echo "Probe: $(wc -l <<<"$probes") contacts created through the API have the search_text the SQL seed computes"

	{ echo "$setup_sql"; cat <<SQL; } | sql
insert into companies (name)
  select 'Bench other ' || k from generate_series(1, $other_companies) k on conflict (name) do nothing;
create temp table seeded_companies as
  select id, row_number() over (order by name) - 1 as k from companies where name like 'Bench other %';
delete from contacts where company_id = $bench_company or company_id in (select id from seeded_companies);

-- g numbers the contacts: 1 to $contacts in Bench, visibleId g; the rest round-robin over the
-- other companies, each numbered from 1.
insert into contacts (company_id, visible_id, first_name, last_name, email, phone_number, search_text,
    created_at, updated_at)
select company_id, visible_id, first_name, last_name, email, phone,
    pg_temp.search_text(first_name, last_name, email, phone), at, at
from (
  select s.company_id, s.visible_id, f.name as first_name,
      case when abs(hashint8extended(s.g, 3) % 100) < 5 and l.i > 0 then null else l.name end as last_name,
      case when abs(hashint8extended(s.g, 4) % 100) < 10 then null
          else f.latin || '.' || l.latin || abs(hashint8extended(s.g, 5) % 100) || '@'
              || (array['gmail.com', 'walla.co.il', 'yandex.ru', 'outlook.com', 'bezeqint.net'])
                  [1 + abs(hashint8extended(s.g, 6) % 5)] end as email,
      case when abs(hashint8extended(s.g, 7) % 100) < 10 then null
          else '05' || abs(hashint8extended(s.g, 8) % 10) || '-'
              || lpad(abs(hashint8extended(s.g, 9) % 10000000)::text, 7, '0') end as phone,
      timestamptz '2026-01-01 00:00:00Z' + s.g * interval '1 minute' as at
  from (
    select g, $bench_company::bigint as company_id, g::bigint as visible_id
      from generate_series(1, $contacts) g
    union all
    select g, c.id, (g - $contacts - 1) / $other_companies + 1
      from generate_series($contacts + 1, $contacts + $others) g
      join seeded_companies c on c.k = (g - $contacts - 1) % $other_companies
  ) s
  join first_names f on f.i = 1 + abs(hashint8extended(s.g, 1) % (select count(*) from first_names))
  join last_names l on l.i = case when s.g % 9973 = 0 then 0
      else 1 + abs(hashint8extended(s.g, 2) % (select count(*) - 1 from last_names)) end
) contact;

update companies set last_contact_visible_id = coalesce(
    (select max(visible_id) from contacts where company_id = companies.id), 0)
  where id = $bench_company or id in (select id from seeded_companies);
comment on database "$db" is '$seed_version';
SQL
	sql -c "vacuum (analyze) contacts"
	echo "Seeded and vacuumed in $(($(date +%s) - started)) s"
else
	sql -c "analyze contacts"
	echo "Reusing the seeded database $db ($seed_version)"
fi

section "Data"
sql -F ' | ' -P footer=off <<SQL
select 'contacts of Bench', count(*)::text from contacts where company_id = $bench_company
union all select 'contacts of the other companies', count(*)::text from contacts
  where company_id in (select id from companies where name like 'Bench other %')
union all select 'contacts table size', pg_size_pretty(pg_table_size('contacts'))
union all select 'contacts_search index size', pg_size_pretty(pg_relation_size('contacts_search'));
SQL
echo
echo "Sample:"
sql -F ' | ' <<SQL
select visible_id, first_name, coalesce(last_name, '-'), coalesce(email, '-'), coalesce(phone_number, '-')
from contacts where company_id = $bench_company and visible_id in (1, 2, 3, 4, 5, 9973) order by visible_id;
SQL

# --- Query plans ------------------------------------------------------------------------------
# The SQL below is what Hibernate issues for GET /contacts?search=... (logged once with
# logging.level.org.hibernate.SQL=debug and org.hibernate.orm.jdbc.bind=trace), with its
# parameters written in. Each word becomes one LIKE; a word of phone characters whose digits
# differ from it adds an OR with its digits, as SearchQuery does. Words here are already folded.
# The JDBC driver sends the company id as a bigint: a plain integer literal would keep the
# btree_gin column of contacts_search out of the index condition.
readonly select_list="select c1_0.id,c1_0.address_id,c1_0.client_visible_id,c1_0.company_id,c1_0.created_at,\
c1_0.email,c1_0.first_name,c1_0.last_name,c1_0.phone_number,c1_0.search_text,c1_0.updated_at,c1_0.visible_id"
condition() {
	local where="c1_0.company_id=$bench_company::bigint" word digits phone_like='^[-0-9 +().]*[0-9][-0-9 +().]*$'
	for word in $1; do
		digits=${word//[^0-9]/}
		if [[ "$word" =~ $phone_like ]] && [ "$digits" != "$word" ]; then
			where+=" and (c1_0.search_text like '%$word%' escape '\\' or c1_0.search_text like '%$digits%' escape '\\')"
		else
			where+=" and (c1_0.search_text like '%$word%' escape '\\')"
		fi
	done
	echo "$where"
}
page_sql() { echo "$select_list from contacts c1_0 where $(condition "$1") order by c1_0.visible_id offset 0 rows fetch first 50 rows only"; }
count_sql() { echo "select count(c1_0.id) from contacts c1_0 where $(condition "$1")"; }

phone=$(sql -c "select phone_number from contacts where company_id = $bench_company and visible_id = 50001")
phone_digits=${phone//[^0-9]/}
rare=wojciechowski common=cohen two_words="david cohen" short=da

summary="$workdir/plans"
# Runs EXPLAIN (ANALYZE, BUFFERS) five times and prints the last plan; records how many contacts
# match, whether the trigram index served the query and the median execution time.
explain() {
	local label=$1 query=$2 words=$3 times=() plan run median matches index=no
	for run in 1 2 3 4 5; do
		plan=$(sql -c "explain (analyze, buffers) $query")
		times+=("$(sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p' <<<"$plan")")
	done
	section "EXPLAIN (ANALYZE, BUFFERS): $label"
	echo "$query;"
	echo
	echo "$plan"
	median=$(printf '%s\n' "${times[@]}" | sort -g | sed -n 3p)
	matches=$(sql -c "$(count_sql "$words")")
	grep -q 'Bitmap Index Scan on contacts_search' <<<"$plan" && index=yes
	printf '%-62s %8s %8s %10s\n' "$label" "$matches" "$index" "$median" >>"$summary"
}
explain "page, rare word '$rare'" "$(page_sql "$rare")" "$rare"
explain "page, common word '$common'" "$(page_sql "$common")" "$common"
explain "page, two words '$two_words'" "$(page_sql "$two_words")" "$two_words"
explain "page, phone digits '$phone_digits'" "$(page_sql "$phone_digits")" "$phone_digits"
explain "page, phone as written '$phone'" "$(page_sql "$phone")" "$phone"
explain "page, two letters '$short'" "$(page_sql "$short")" "$short"
explain "count, common word '$common'" "$(count_sql "$common")" "$common"
explain "count, two words '$two_words'" "$(count_sql "$two_words")" "$two_words"
explain "count, two letters '$short'" "$(count_sql "$short")" "$short"
explain "page, no search (baseline)" "$(page_sql "")" ""
explain "count, no search (baseline)" "$(count_sql "")" ""

# The server runs these as prepared statements (the JDBC driver prepares a statement on the
# server from its fifth use). Under PostgreSQL's default plan_cache_mode, auto, the sixth
# execution on may get a generic plan, made without seeing the pattern: it takes contacts_search
# for any pattern, and for one of under three characters, which has no trigram, that index scan
# reads every entry of the company. The server sets force_custom_plan (application.yml); this
# shows the seventh execution under both settings.
prepared() {
	local label=$1 mode=$2 types=$3 statement=$4 arguments=$5 plan
	plan=$(sql <<SQL
set plan_cache_mode = $mode;
prepare query($types) as $statement;
\o /dev/null
execute query($arguments);
execute query($arguments);
execute query($arguments);
execute query($arguments);
execute query($arguments);
execute query($arguments);
\o
explain (analyze, buffers) execute query($arguments);
SQL
	)
	section "Prepared statement, 7th execution, plan_cache_mode $mode: $label"
	echo "$plan"
	local index=no
	grep -q 'Bitmap Index Scan on contacts_search' <<<"$plan" && index=yes
	printf '%-62s %8s %8s %10s\n' "prepared ($mode), $label" "" "$index" \
		"$(sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p' <<<"$plan")" >>"$summary"
}
readonly prepared_page="$select_list from contacts c1_0 where c1_0.company_id=\$1 \
and (c1_0.search_text like \$2 escape '\\') order by c1_0.visible_id offset \$3 rows fetch first \$4 rows only"
readonly prepared_count="select count(c1_0.id) from contacts c1_0 where c1_0.company_id=\$1 \
and (c1_0.search_text like \$2 escape '\\')"
for mode in auto force_custom_plan; do
	# The types are those the JDBC driver binds: bigint, varchar and integer.
	prepared "page, rare word '$rare'" $mode "bigint, varchar, integer, integer" "$prepared_page" \
		"$bench_company, '%$rare%', 0, 50"
	prepared "page, two letters '$short'" $mode "bigint, varchar, integer, integer" "$prepared_page" \
		"$bench_company, '%$short%', 0, 50"
	prepared "count, two letters '$short'" $mode "bigint, varchar" "$prepared_count" "$bench_company, '%$short%'"
done

section "Plans summary (warm cache; median of 5 EXPLAIN ANALYZE runs, one run for prepared statements)"
printf '%-62s %8s %8s %10s\n' "query" "matches" "trigram" "time (ms)"
cat "$summary"

# --- HTTP latency -----------------------------------------------------------------------------
encode() { sed 's/ /%20/g' <<<"$1"; }
http="$workdir/http"
load() {
	local label=$1 path=$2 total out p50 p99 rps errors
	total=$(curl -sf -H "Authorization: Bearer $key" "$base$path" | grep -o '"total":[0-9]*' | cut -d: -f2) ||
		fail "GET $path failed"
	wrk -t1 -c"$connections" -d3s -H "Authorization: Bearer $key" "$base$path" >/dev/null
	out=$(wrk -t1 -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $key" "$base$path")
	errors=$(sed -n 's/^ *Non-2xx or 3xx responses: *//p' <<<"$out")
	[ -z "$errors" ] || fail "GET $path answered $errors non-2xx responses"
	p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
	p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
	rps=$(awk '$1 == "Requests/sec:" { print $2 }' <<<"$out")
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$path" "$total" "$(ms "$p50")" "$(ms "$p99")" "$rps" >>"$http"
}
# wrk prints 812.00us, 3.21ms or 1.02s; these become milliseconds.
ms() {
	awk -v t="$1" 'BEGIN {
		if (t ~ /us$/) v = t / 1000; else if (t ~ /ms$/) v = t + 0; else if (t ~ /s$/) v = t * 1000; else v = t;
		printf "%.2f", v }'
}

section "HTTP latency: wrk, $connections connection(s), ${duration} s per URL after 3 s of warm-up"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
load "no search (baseline)" "/contacts"
load "rare word" "/contacts?search=$rare"
load "common word" "/contacts?search=$common"
load "two words" "/contacts?search=$(encode "$two_words")"
load "phone digits" "/contacts?search=$phone_digits"
load "two letters" "/contacts?search=$short"
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo
awk -F '\t' '
	NR == 1 { b50 = $4; b99 = $5 }
	{ label[NR] = $1; path[NR] = $2; total[NR] = $3; p50[NR] = $4; p99[NR] = $5; rps[NR] = $6 }
	END {
		printf "%-22s %-36s %8s %10s %10s %9s %11s %11s\n", "request", "path", "total", "p50 (ms)", "p99 (ms)",
			"req/s", "p50/base", "p99/base"
		for (i = 1; i <= NR; i++)
			printf "%-22s %-36s %8s %10.2f %10.2f %9s %10.2fx %10.2fx\n", label[i], path[i], total[i], p50[i],
				p99[i], rps[i], p50[i] / b50, p99[i] / b99
	}' "$http"
