#!/usr/bin/env bash
# Lighthouse 12.2.3 with Debian's Chromium and its default mobile emulation, on the site in Release and Production with
# the three demo tenants: home, lists, a detail page, search and the forms, in English and Welsh. Prints each page's
# four scores and what lost points, and last one line: the lowest score of each category over all the pages.
set -euo pipefail
cd "$(dirname "$0")/../.."
tools=bench/pages/.lighthouse
[ -x "$tools/node_modules/.bin/lighthouse" ] || npm install --prefix "$tools" --no-audit --no-fund --silent lighthouse@12.2.3 > /dev/null
command -v chromium > /dev/null || { apt-get install -y -qq chromium > /dev/null || { apt-get update -qq && apt-get install -y -qq chromium > /dev/null; }; }
port=443
data=$(mktemp -d /tmp/psqm-lighthouse.XXXXXX)

# Published, as deployed: the modules' and theme's files are then in the site's own wwwroot.
dotnet publish src/Psqm.Web -c Release -nologo -v quiet -o "$data/site" > /dev/null
site_pid=
cleanup() { [ -n "$site_pid" ] && kill "$site_pid" 2> /dev/null; rm -rf "$data"; }
trap cleanup EXIT

# Production as deployed, over HTTPS under its public name: a throwaway certificate, and Chromium told where that
# name lives and to accept the certificate.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=psqm.example -addext subjectAltName=DNS:psqm.example \
  -keyout "$data/key.pem" -out "$data/cert.pem" 2> /dev/null
export ASPNETCORE_ENVIRONMENT=Production Psqm__PublicUrl=https://psqm.example Psqm__AppData="$data/app" Logging__LogLevel__Default=Warning \
  Kestrel__Certificates__Default__Path="$data/cert.pem" Kestrel__Certificates__Default__KeyPath="$data/key.pem"
(cd "$data/site" && ASPNETCORE_URLS="https://127.0.0.1:$port" exec dotnet Psqm.Web.dll > "$data/site.log" 2>&1) &
site_pid=$!
for _ in $(seq 240); do curl -skf -o /dev/null --resolve "psqm.example:$port:127.0.0.1" "https://psqm.example/" && break; sleep 0.5; done

pages=(
  / /case-studies /case-studies/talking-like-scientists /resources /webinars /webinars/working-scientifically-in-the-early-years
  /award-holders "/search?q=science" /register-interest
  /cymru /cymru/astudiaethau-achos /cymru/astudiaethau-achos/siarad-fel-gwyddonwyr /cymru/adnoddau /cymru/gweminarau
  /cymru/gweminarau/gweithio-n-wyddonol-yn-y-blynyddoedd-cynnar /cymru/deiliaid-gwobrau "/cymru/chwilio?q=gwyddoniaeth" /cymru/cofrestru-diddordeb
)

echo "| page | performance | accessibility | best practices | SEO | lost points on |"
echo "|---|---:|---:|---:|---:|---|"
i=0
for path in "${pages[@]}"; do
  i=$((i + 1))
  out="$data/$i.json"
  # Once to warm the site's caches and the runtime, then the run that counts; a run whose trace Chromium lost (no
  # performance score at all, which scores 0) is run again, twice at most.
  for attempt in 1 2 3 4; do
    CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "https://psqm.example$path" --quiet \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --ignore-certificate-errors --host-resolver-rules='MAP psqm.example 127.0.0.1'" --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output-path="$out" > /dev/null 2>&1 || true
    [ "$attempt" -ge 2 ] && node -e 'process.exit(require(process.argv[1]).categories.performance.score === null ? 1 : 0)' "$out" 2> /dev/null && break
  done
  node -e '
    const r = require(process.argv[1]);
    const c = r.categories, s = k => Math.round((c[k]?.score ?? 0) * 100);
    const lost = Object.values(c).flatMap(cat => cat.auditRefs.filter(a => a.weight > 0).map(a => r.audits[a.id]))
      .filter(a => a.score !== null && a.score < 1).map(a => a.id);
    console.log(`| \`${process.argv[2]}\` | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} | ${[...new Set(lost)].join(", ")} |`);
  ' "$out" "$path"
done > "$data/table.md"
cat "$data/table.md"

awk -F'|' '
  NR > 0 { p = $3 + 0; a = $4 + 0; b = $5 + 0; s = $6 + 0
    if (NR == 1 || p < mp) mp = p; if (NR == 1 || a < ma) ma = a; if (NR == 1 || b < mb) mb = b; if (NR == 1 || s < ms) ms = s; n++ }
  END { printf "lighthouse: performance min %d, accessibility min %d, best practices min %d, seo min %d over %d pages\n", mp, ma, mb, ms, n }
' "$data/table.md"
