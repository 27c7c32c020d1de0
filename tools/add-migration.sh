#!/usr/bin/env bash
# Adds a migration for one module's context to BOTH providers' migration projects.
# usage: tools/add-migration.sh <Module> <MigrationName>     e.g. tools/add-migration.sh Platform Initial
set -euo pipefail
cd "$(dirname "$0")/.."
module=$1; name=$2
dotnet tool restore >/dev/null
ctx="${module}DbContext"
env -u ONESTOP_POSTGRES ONESTOP_DATA_DIR="$(mktemp -d)" dotnet ef migrations add "$name" --context "$ctx" \
  --project src/OneStop.Migrations.Sqlite --startup-project src/OneStop.Web -o "$module" -- --environment Design
ONESTOP_POSTGRES="Host=localhost;Database=design_only" dotnet ef migrations add "$name" --context "$ctx" \
  --project src/OneStop.Migrations.Postgres --startup-project src/OneStop.Web -o "$module" -- --environment Design
