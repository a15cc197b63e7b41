#!/usr/bin/env bash
# Installs what the tests need, builds, runs every test project, and ends with one line of totals.
set -uo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian's Chromium for the browser tests (Playwright's own browser download cannot work here).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
# Java runs the Nu Html Checker (vnu.jar, from npm) over the pages the browser tests reach.
command -v java >/dev/null || missing+=(default-jre-headless)
# PostgreSQL and Redis: the site's tests run again on PostgreSQL, and two nodes share both, on throwaway servers.
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

results=TestResults
rm -rf "$results"
dotnet build Psqm.sln -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }

# PostgreSQL and Redis servers on free loopback ports, in a temporary folder, stopped and removed whatever happens.
services=$(mktemp -d /tmp/psqm-services.XXXXXX)
pg_bin=$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/initdb" | sort -V | tail -1)")
as_server() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_services() {
  as_server "$pg_bin/pg_ctl" -D "$services/pg" -m immediate stop >/dev/null 2>&1
  [ -f "$services/redis.pid" ] && kill "$(cat "$services/redis.pid")" 2>/dev/null
  rm -rf "$services"
}
trap stop_services EXIT
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}
[ "$(id -u)" -eq 0 ] && chown postgres "$services"
pg_port=$(free_port)
as_server "$pg_bin/initdb" -D "$services/pg" -U psqm --auth=trust -E UTF8 --locale=C.UTF-8 >"$services/initdb.log" 2>&1 || { cat "$services/initdb.log"; echo "0 passed, 1 failed"; exit 1; }
# Durability is of no use to a server that is deleted after the run.
as_server "$pg_bin/pg_ctl" -D "$services/pg" -l "$services/pg.log" -w \
  -o "-p $pg_port -k $services -c listen_addresses=127.0.0.1 -c max_connections=1000 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$services/pg.log"; echo "0 passed, 1 failed"; exit 1; }
postgresql="Host=127.0.0.1;Port=$pg_port;Username=psqm"
redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
  --dir "$services" --pidfile "$services/redis.pid" --logfile "$services/redis.log" || { echo "0 passed, 1 failed"; exit 1; }
redis="127.0.0.1:$redis_port"
# Each test project runs at once beside the others, with its own results file.
pids=()
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done

# The site's tests again, on PostgreSQL: every page, form and job that reads or writes the database, with a fifth
# of the hostile values; and the tests of two nodes, which need both servers. Left out: the command line's (its
# processes are on SQLite) and the Production pass over hostile values (the same queries as the Development one).
PSQM_TEST_POSTGRESQL="$postgresql" PSQM_TEST_REDIS="$redis" dotnet test tests/Psqm.Web.Tests --no-build -nologo \
  --filter "FullyQualifiedName!~CommandLineTests&FullyQualifiedName!~HostileInputProductionTests" \
  --logger "trx;LogFileName=Psqm.Web.Tests.PostgreSQL.trx" --results-directory "$results" || status=1

passed=0; failed=0
# Every run writes its results file; one that wrote none counts as failed, so its tests are never silently left out.
for name in $(for project in tests/*/*.Tests.csproj; do basename "$project" .csproj; done) Psqm.Web.Tests.PostgreSQL; do
  [ -e "$results/$name.trx" ] || { echo "$name wrote no results file." >&2; status=1; }
done
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "$passed passed, $failed failed"
exit "$status"
