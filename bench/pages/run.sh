#!/usr/bin/env bash
# Pages against the physical limit, measured in the same run with the same load generator: the site (Release, in
# Production behind the proxy headers) beside the raw-Kestrel baseline (bench/pages/baseline). Then memory: three
# tenants idle, and fifty. Prints ratios to the baseline and, last, one summary line.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
command -v wrk > /dev/null || { apt-get install -y -qq wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk > /dev/null; }; }

dotnet build src/Psqm.Web -c Release -nologo -v quiet > /dev/null
dotnet build bench/pages/baseline -c Release -nologo -v quiet > /dev/null

site_port=5188
base_port=5189
data=$(mktemp -d /tmp/psqm-bench-pages.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done; rm -rf "$data"; }
trap cleanup EXIT

export ASPNETCORE_ENVIRONMENT=Production Psqm__PublicUrl=https://psqm.example Psqm__AppData="$data" Logging__LogLevel__Default=Warning
# The site; its arguments are settings for this start (the page cache off, to measure what it cannot serve).
site() {
  (cd src/Psqm.Web && ASPNETCORE_URLS="http://127.0.0.1:$site_port" exec env "$@" dotnet bin/Release/net10.0/Psqm.Web.dll > "$data/site.log" 2>&1) &
  site_pid=$!
  pids+=("$site_pid")
  for _ in $(seq 240); do
    curl -sf -o /dev/null -H "Host: psqm.example" -H "X-Forwarded-Proto: https" "http://127.0.0.1:$site_port/" && return 0
    sleep 0.5
  done
  echo "The site did not start: $(tail -5 "$data/site.log")" >&2
  exit 1
}
# Memory: resident size after ten quiet seconds, each tenant's home page asked for once (so it is set up), before any load.
rss() {
  for home in "$@"; do curl -s -o /dev/null -H "Host: psqm.example" -H "X-Forwarded-Proto: https" "http://127.0.0.1:$site_port$home"; done
  sleep 10
  awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$site_pid/status"
}

# Set up from the recipes on the first start; memory is read on the second, as a site runs from day to day.
site
kill "$site_pid"; wait "$site_pid" 2> /dev/null || true
site
rss3=$(rss / /cymru /international)
(cd bench/pages/baseline && exec dotnet bin/Release/net10.0/Baseline.dll --urls "http://127.0.0.1:$base_port" > /dev/null 2>&1) &
pids+=("$!")
for _ in $(seq 60); do curl -sf -o /dev/null "http://127.0.0.1:$base_port/static" && break; sleep 0.5; done

headers=(-H "Host: psqm.example" -H "X-Forwarded-Proto: https")
# Requests a second over ten seconds (after five to warm up), and the responses that were not 2xx or 3xx.
rate() {
  wrk -t2 -c32 -d5s "${@:2}" "$1" > /dev/null
  measure "$@"
}
# The same without warming up, for what is warm already.
measure() {
  local url=$1; shift
  local out; out=$(wrk -t2 -c32 -d10s "$@" "$url")
  local rps; rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  local bad; bad=$(awk '/Non-2xx/ {print $5}' <<< "$out")
  echo "${rps:-0} ${bad:-0}"
}

static=$(rate "http://127.0.0.1:$base_port/static" | cut -d' ' -f1)
query=$(rate "http://127.0.0.1:$base_port/query" | cut -d' ' -f1)

declare -A kinds=(
  [/]=cached [/case-studies]=cached [/resources]=cached [/webinars]=cached [/criteria]=cached [/award-holders]=cached
  [/cymru]=cached [/cymru/astudiaethau-achos]=cached [/cymru/adnoddau]=cached [/cymru/gweminarau]=cached [/cymru/meini-prawf]=cached
  [/case-studies/talking-like-scientists]=cached [/cymru/astudiaethau-achos/siarad-fel-gwyddonwyr]=cached
  ["/case-studies?level=outreach"]=filtered ["/cymru/astudiaethau-achos?level=outreach"]=filtered ["/award-holders?q=school"]=filtered
  ["/search?q=science"]=search ["/cymru/chwilio?q=gwyddoniaeth"]=search ["/api/search?q=science"]=search ["/cymru/api/search?q=gwyddoniaeth"]=search
)
order=(/ /case-studies /case-studies/talking-like-scientists /resources /webinars /criteria /award-holders /cymru /cymru/astudiaethau-achos
  /cymru/astudiaethau-achos/siarad-fel-gwyddonwyr /cymru/adnoddau /cymru/gweminarau /cymru/meini-prawf
  "/case-studies?level=outreach" "/cymru/astudiaethau-achos?level=outreach" "/award-holders?q=school"
  "/search?q=science" "/cymru/chwilio?q=gwyddoniaeth" "/api/search?q=science" "/cymru/api/search?q=gwyddoniaeth")

echo
echo "Baseline at the start: /static $static req/s, /query $query req/s (wrk -t2 -c32 -d10s, sharing the two cores)."
echo "The machine's speed drifts during a run, so each page is compared with its baseline measured again just after it."
echo
echo "| page | kind | req/s | baseline req/s | of the baseline | not 2xx/3xx |"
echo "|---|---|---:|---:|---:|---:|"
declare -A sums=() counts=()
for path in "${order[@]}"; do
  # Filtered lists and search are measured as the page cache cannot help them: with it off (search is never kept).
  if [ "${kinds[$path]}" != cached ] && [ -z "${uncached:-}" ]; then
    uncached=1
    kill "$site_pid"; wait "$site_pid" 2> /dev/null || true
    site Psqm__PageCache__Enabled=false
    # A fresh start compiles as it goes: every page it will serve is asked for first, so none is measured half-compiled.
    for warm in "${order[@]}"; do
      [ "${kinds[$warm]}" = cached ] || wrk -t2 -c32 -d3s "${headers[@]}" "http://127.0.0.1:$site_port$warm" > /dev/null
    done
  fi
  read -r rps bad < <(rate "http://127.0.0.1:$site_port$path" "${headers[@]}")
  kind=${kinds[$path]}
  raw=$([ "$kind" = cached ] && echo static || echo query)
  read -r against _ < <(measure "http://127.0.0.1:$base_port/$raw")
  share=$(awk -v a="$rps" -v b="$against" 'BEGIN { printf "%.1f", 100 * a / b }')
  echo "| \`$path\` | $kind | ${rps%.*} | ${against%.*} | $share% of $raw | $bad |"
  sums[$kind]=$(awk -v a="${sums[$kind]:-0}" -v b="$share" 'BEGIN { print a + b }')
  counts[$kind]=$(( ${counts[$kind]:-0} + 1 ))
done
mean() { awk -v a="${sums[$1]}" -v n="${counts[$1]}" 'BEGIN { printf "%.0f", a / n }'; }

kill "$site_pid"; wait "$site_pid" 2> /dev/null || true
for i in $(seq 4 50); do
  (cd src/Psqm.Web && dotnet bin/Release/net10.0/Psqm.Web.dll tenants create --name "Bench$i" --prefix "bench$i" --recipe england > /dev/null)
done
site
homes=(/ /cymru /international)
for i in $(seq 4 50); do homes+=("/bench$i"); done
rss50=$(rss "${homes[@]}")
per=$(awk -v a="$rss50" -v b="$rss3" 'BEGIN { printf "%.1f", (a - b) / 47 }')
echo
echo "Memory: $rss3 MB resident with 3 tenants idle, $rss50 MB with 50."
echo
echo "pages: cached $(mean cached)% of static, uncached $(mean filtered)% of query, search $(mean search)% of query, rss $rss3 MB for 3 tenants, $per MB per extra tenant"
