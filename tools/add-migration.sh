#!/usr/bin/env bash
# Generates a migration named $1 for every context that changed, on both engines (decision 16).
#   tools/add-migration.sh AddThing            # every context; those without changes get an empty one, removed here
#   tools/add-migration.sh AddThing Content    # one context
#   PROVIDERS=PostgreSQL tools/add-migration.sh Baseline   # one engine
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: tools/add-migration.sh Name [Context...]}
shift
contexts=("$@")
[ ${#contexts[@]} -gt 0 ] || contexts=(Host Outbox CacheStamps Users Content Criteria Awards Search Webinars Enquiries Programme Workflows)

dotnet tool restore >/dev/null
dotnet build src/Psqm.Web -nologo -v quiet
for provider in ${PROVIDERS:-Sqlite PostgreSQL}; do
  for context in "${contexts[@]}"; do
    dotnet ef migrations add "$name" --no-build \
      --project "src/Psqm.Migrations.$provider" --startup-project src/Psqm.Web \
      --context "${context}DbContext" --output-dir "$context" \
      -- "$provider" >/dev/null
    # A migration with nothing in Up is not kept: the model of that context did not change.
    file=$(ls -t "src/Psqm.Migrations.$provider/$context/"*"_$name.cs" | head -1)
    if ! grep -q 'migrationBuilder\.' "$file"; then
      dotnet ef migrations remove --no-build --project "src/Psqm.Migrations.$provider" --startup-project src/Psqm.Web \
        --context "${context}DbContext" -- "$provider" >/dev/null
      echo "$provider $context: no change"
    else
      echo "$provider $context: $file"
    fi
  done
done
