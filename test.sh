#!/usr/bin/env bash
# Runs every test of Bulwark on a fresh Debian 12 machine with the .NET SDK, then Bulwark's scan of itself.
# It installs what the tests need when it is missing, and starts any servers the tests use.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
updated=
install() {
  echo "test.sh: installing $1"
  [ -n "$updated" ] || { as_root apt-get update -qq; updated=1; }
  as_root apt-get install -y --no-install-recommends "$1"
}
need() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || install "$2"; }          # need COMMAND PACKAGE
need_file() { [ -n "$(find /usr/lib -name "$1" -print -quit 2>/dev/null)" ] || install "$2"; }  # need_file LIBRARY PACKAGE
# Servers the tests use are stopped at exit, each on its own: one that fails to stop does not keep the others running.
on_exit=()
trap 'for step in "${on_exit[@]}"; do eval "$step" || true; done' EXIT

need git git
# The ledger's shipping tests run a real rsyslog (TCP, and TLS through its GnuTLS driver).
need rsyslogd rsyslog
need_file lmnsd_gtls.so rsyslog-gnutls
# The host audit's remediation playbooks are checked by Ansible itself.
need ansible-playbook ansible
# The server's web UI is tested in Debian's chromium, driven by Playwright (tests/Bulwark.Server.Browser.Tests).
need chromium chromium

# The server's tests also run on a real PostgreSQL: a throw-away cluster on a loopback port, removed at exit.
[ -n "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null)" ] || install postgresql
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_dir=$(mktemp -d /tmp/bulwark-pg.XXXXXX)
pg_port=$((40000 + RANDOM % 20000))
as_root chown postgres:postgres "$pg_dir"
as_root runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_root runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$pg_dir -c fsync=off" start >/dev/null
on_exit+=('as_root runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" stop -m fast >/dev/null 2>&1; as_root rm -rf "$pg_dir"')
as_root runuser -u postgres -- "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "CREATE ROLE bulwark LOGIN CREATEDB"
# Each test makes its own database on it (the server creates a database that does not exist); loopback trust, no password.
export BULWARK_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=bulwark"

# Directory sign-in is tested against a real 389 Directory Server (the one inside FreeIPA): a throw-away instance on
# two loopback ports (LDAP with StartTLS, and LDAPS one above), removed at exit. Its script writes the passwords it
# made and the address into DIR/env (BULWARK_TEST_LDAP).
need dscreate 389-ds-base
need ldapmodify ldap-utils
need openssl openssl
ldap_dir=$(mktemp -d /tmp/bulwark-ldap.XXXXXX)
ldap_port=$((20000 + RANDOM % 6000 * 2))
on_exit+=('as_root tests/ldap/stop-389ds.sh "$ldap_dir"')
as_root tests/ldap/start-389ds.sh "$ldap_dir" "$ldap_port"
. "$ldap_dir/env"

# Playwright never fetches a browser of its own: the tests launch /usr/bin/chromium.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
dotnet test Bulwark.slnx -c Release --nologo

# Bulwark scans itself with the published executable: the repository must stay free of findings.
dotnet publish src/Bulwark.Cli -c Release -o artifacts/bulwark --nologo
# Its dependencies (every packages.lock.json) are checked against the OSV advisories of ../shared when they are
# there (CI always has them); elsewhere the scan says it had no vulnerability database and checks the rest.
if [ -d ../shared/osv ]; then
  artifacts/bulwark/bulwark db import ../shared/osv --cache-dir artifacts/cache
  export BULWARK_CACHE_DIR="$PWD/artifacts/cache"
fi
artifacts/bulwark/bulwark scan .
