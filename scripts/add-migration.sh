#!/usr/bin/env bash
# Adds one migration, under the same name, for both database providers:
#   SQLite:     src/SteeringDashboard.Core/Data/Migrations
#   PostgreSQL: src/SteeringDashboard.Migrations.PostgreSQL/Migrations
# Usage: scripts/add-migration.sh Name
# Never edit a migration once it is released: change the model, then add a migration with this script.
set -euo pipefail

if [[ $# -ne 1 || ! "$1" =~ ^[A-Z][A-Za-z0-9]*$ ]]; then
  echo "Usage: scripts/add-migration.sh Name   (a PascalCase name, e.g. UnitContacts)" >&2
  exit 2
fi
name="$1"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

dotnet tool restore >/dev/null
dotnet build src/SteeringDashboard.Web --nologo -v quiet

# The design-time factory (Core/Data/DesignTimeDbContextFactory.cs) picks the provider from the argument after "--".
dotnet ef migrations add "$name" --no-build \
  --project src/SteeringDashboard.Core --startup-project src/SteeringDashboard.Web \
  --output-dir Data/Migrations \
  -- --provider Sqlite
dotnet ef migrations add "$name" --no-build \
  --project src/SteeringDashboard.Migrations.PostgreSQL --startup-project src/SteeringDashboard.Web \
  --output-dir Migrations \
  -- --provider PostgreSQL

echo "Added migration $name for SQLite and PostgreSQL; build and run the tests on both providers before committing."
