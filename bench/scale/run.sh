#!/usr/bin/env bash
# Two nodes of the site (Release, Production) on one PostgreSQL and one Redis, behind nginx as a round-robin load
# balancer, under a few minutes of mixed reading and writing by wrk. Prints throughput, errors (which must be 0) and
# the 99th percentile, and last one summary line. DURATION (default 120s) and CONNECTIONS (default 32) change the load.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
duration=${DURATION:-120s}
connections=${CONNECTIONS:-32}

need=()
command -v wrk > /dev/null || need+=(wrk)
command -v nginx > /dev/null || need+=(nginx)
command -v redis-server > /dev/null || need+=(redis-server)
compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" > /dev/null; fi

dotnet build src/Psqm.Web -c Release -nologo -v quiet > /dev/null

work=$(mktemp -d /tmp/psqm-bench-scale.XXXXXX)
chmod 755 "$work"
pg_bin=$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/initdb" | sort -V | tail -1)")
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2> /dev/null || true
  [ -f "$work/redis.pid" ] && kill "$(cat "$work/redis.pid")" 2> /dev/null || true
  as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Fixed ports, away from the test run's random ones.
pg_port=55501 redis_port=55502 proxy_port=55503 a_port=55504 b_port=55505
mkdir -p "$work/pg" && [ "$(id -u)" -eq 0 ] && chown postgres "$work/pg"
as_pg "$pg_bin/initdb" -D "$work/pg" -U psqm --auth=trust -E UTF8 --locale=C.UTF-8 > /dev/null
as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/log" -w -o "-p $pg_port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300" start > /dev/null
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes --dir "$work" --pidfile "$work/redis.pid" --logfile "$work/redis.log"

export ASPNETCORE_ENVIRONMENT=Production Psqm__PublicUrl=https://psqm.example Logging__LogLevel__Default=Warning
export Psqm__Database__Provider=PostgreSQL Psqm__Database__ConnectionString="Host=127.0.0.1;Port=$pg_port;Username=psqm;Database=psqm_{tenant}"
export Psqm__Redis="127.0.0.1:$redis_port" Psqm__Media__Path="$work/files"
# The load comes from one address: the limits meant for people would refuse most of it.
export Psqm__RateLimits__PublicFormPerMinute=100000000 Psqm__RateLimits__AnonymousPostsPerTenantPerMinute=100000000
headers=(-H "Host: psqm.example" -H "X-Forwarded-Proto: https")
node() {
  local name=$1 port=$2
  (cd src/Psqm.Web && Psqm__AppData="$work/$name" ASPNETCORE_URLS="http://127.0.0.1:$port" exec dotnet bin/Release/net10.0/Psqm.Web.dll > "$work/$name.log" 2>&1) &
  pids+=("$!")
  for _ in $(seq 480); do
    curl -sf -o /dev/null "${headers[@]}" "http://127.0.0.1:$port/health/ready" && return 0
    sleep 0.5
  done
  echo "Node $name did not start: $(tail -5 "$work/$name.log")" >&2
  exit 1
}
# The first node sets the tenants up; the second finds them ready.
node a "$a_port"
node b "$b_port"

cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream nodes { server 127.0.0.1:$a_port; server 127.0.0.1:$b_port; keepalive 64; }
  server {
    listen 127.0.0.1:$proxy_port;
    location / {
      proxy_pass http://nodes;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-Proto \$http_x_forwarded_proto;
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }
}
CONF
nginx -c "$work/nginx.conf" -p "$work"

# A visitor's antiforgery pair for the register-interest form, taken once through the balancer: the key ring is
# shared, so either node accepts it.
proxy="http://127.0.0.1:$proxy_port"
form=$(curl -s -D "$work/form.headers" "${headers[@]}" "$proxy/cymru/en/register-interest")
token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<< "$form" | head -1 | sed 's/.*value="//;s/"$//')
[ -n "$token" ] || token=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<< "$form" | head -1 | sed 's/.*value="//;s/"$//')
round=$(grep -o '<option value="[^"]\+"' <<< "$(sed -n '/id="Input_Round"/,/<\/select>/p' <<< "$form")" | head -1 | sed 's/<option value="//;s/"$//')
cookie=$(grep -i '^set-cookie:' "$work/form.headers" | sed 's/^[Ss]et-[Cc]ookie: //;s/;.*//' | paste -sd ';' -)
[ -n "$token" ] && [ -n "$cookie" ] && [ -n "$round" ] || { echo "Could not read the form's token, cookie or round." >&2; exit 1; }

cat > "$work/mixed.lua" <<LUA
-- Nine reads for each write: public pages in both languages, search, and registrations of interest.
local reads = { "/", "/case-studies", "/case-studies?level=gilt", "/award-holders?q=primary", "/webinars",
  "/cymru", "/cymru/astudiaethau-achos", "/cymru/chwilio?q=gwyddoniaeth", "/api/search?q=science", "/criteria" }
local form = "__RequestVerificationToken=$token&Input.SchoolName=Bench+School&Input.SchoolIdentifier=6612345"
  .. "&Input.Address=Llanrug+LL55+4AL&Input.Pupils=80&Input.ContactName=Bench&Input.Role=Teacher"
  .. "&Input.Mark=psqm&Input.HeardFrom=colleague&Input.Consent=true&Input.Round=$round"
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  run = os.time()
end
local n = 0
request = function()
  n = n + 1
  if n % 10 == 0 then
    -- A new address each time: the same school and address within a day is one registration sent twice.
    local body = form .. "&Input.Email=bench" .. run .. "-" .. id .. "-" .. n .. "%40example.org"
    return wrk.format("POST", "/cymru/en/register-interest", {
      ["Host"] = "psqm.example", ["X-Forwarded-Proto"] = "https", ["Cookie"] = "$cookie",
      ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
  end
  return wrk.format("GET", reads[(n % #reads) + 1], { ["Host"] = "psqm.example", ["X-Forwarded-Proto"] = "https" })
end
LUA

wrk -t2 -c"$connections" -d10s -s "$work/mixed.lua" "$proxy" > /dev/null
out=$(wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/mixed.lua" "$proxy")
echo "$out"
rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
bad=$(awk '/Non-2xx/ {print $5}' <<< "$out")
sock=$(awk -F'[ ,]+' '/Socket errors/ {print $4 + $6 + $8 + $10}' <<< "$out")
p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
written=$(psql -h 127.0.0.1 -p "$pg_port" -U psqm -d psqm_cymru -Atc 'SELECT count(*) FROM "Enquiries" WHERE "SchoolName" = '"'"'Bench School'"'"'' 2> /dev/null || echo "?")
echo "scale: ${rps:-0} req/s through 2 nodes for $duration, errors $(( ${bad:-0} + ${sock:-0} )), p99 ${p99:-?}, registrations written $written"
