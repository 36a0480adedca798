#!/usr/bin/env bash
# Runs every test of Bulwark on a fresh Debian 12 machine with the .NET SDK, then Bulwark's scan of itself.
# It installs what the tests need when it is missing, and starts any servers the tests use.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
updated=
need() { # need COMMAND DEBIAN-PACKAGE: install the package when the command is missing
  command -v "$1" >/dev/null 2>&1 && return
  echo "test.sh: installing $2"
  [ -n "$updated" ] || { as_root apt-get update -qq; updated=1; }
  as_root apt-get install -y --no-install-recommends "$2"
}

need git git

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet test Bulwark.slnx -c Release --nologo

# Bulwark scans itself with the published executable: the repository must stay free of findings.
dotnet publish src/Bulwark.Cli -c Release -o artifacts/bulwark --nologo
artifacts/bulwark/bulwark scan .
