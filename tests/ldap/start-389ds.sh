#!/usr/bin/env bash
# start-389ds.sh DIR PORT: a throw-away 389 Directory Server (the LDAP server inside FreeIPA) for the directory
# tests, answering on 127.0.0.1:PORT (LDAP with StartTLS) and PORT+1 (LDAPS). Every file of the instance lives under
# DIR; only the packages' programs are used from /usr. Run as root: the server runs as the dirsrv user.
#
# It writes DIR/env, which sets BULWARK_TEST_LDAP for tests/Bulwark.Server.Tests/Directory (see TestDirectory.cs
# there), and DIR/ca.crt, the certificate authority that signed the server's certificate. The passwords are made
# here from /dev/urandom, so none is written in the repository. Stop it with tests/ldap/stop-389ds.sh DIR.
#
# The tree has FreeIPA's shape under dc=example,dc=test:
#   cn=users,cn=accounts      alice, bob, carol (disabled: nsAccountLock TRUE), dave, erin, frank (in no mapped
#                             group), grace (the group-change test's own)
#   cn=groups,cn=accounts     bulwark-admins {alice}, bulwark-approvers {alice, bob}, bulwark-analysts {team-red},
#                             bulwark-viewers {bob, erin}, team-red {dave} (nested: dave is an analyst through it),
#                             staff {frank}
#   cn=sysaccounts,cn=etc     bulwark-svc, the service account Bulwark looks people up with
set -euo pipefail
PATH=$PATH:/usr/sbin

dir=$(realpath -m "${1:?usage: start-389ds.sh DIR PORT}")
port=${2:?usage: start-389ds.sh DIR PORT}
tls_port=$((port + 1))
name=bulwark-$port  # the server names a semaphore in /dev/shm after it: one name per instance
base=dc=example,dc=test
manager="cn=Directory Manager"
started=$(date +%s%N)
elapsed() { echo "$(( ($(date +%s%N) - started) / 1000000 )) ms"; }

for tool in dscreate ns-slapd ldapmodify ldapadd ldapsearch certutil pk12util openssl; do
  command -v "$tool" >/dev/null || { echo "start-389ds.sh: $tool is missing (apt-get install 389-ds-base ldap-utils)" >&2; exit 1; }
done
id dirsrv >/dev/null 2>&1 || { echo "start-389ds.sh: no dirsrv user (the 389-ds-base package makes it)" >&2; exit 1; }
[ ! -e "$dir/instance.inf" ] || { echo "start-389ds.sh: $dir already holds an instance" >&2; exit 1; }

# One secret per instance; each account's password is its name joined to it (the tests derive them the same way).
secret=$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
password() { printf '%s-%s' "$1" "$secret"; }

# lib389 (dscreate, dsctl) takes every path from $PREFIX/share/dirsrv/inf/defaults.inf and finds instances under
# $PREFIX/etc/dirsrv. Rooting each writable path of the packaged defaults in DIR mirrors /etc, /var, /run, /tmp
# and /dev/shm there. dscreate also copies the packaged schema and config from sysconf_dir, so those come along.
install -d -m 0755 "$dir" "$dir/share/dirsrv/inf"
for d in etc/dirsrv etc/default var/lib/dirsrv var/log/dirsrv run/dirsrv run/lock/dirsrv tmp dev/shm; do
  install -d -o dirsrv -g dirsrv -m 0770 "$dir/$d"
done
chmod 0755 "$dir/etc" "$dir/var" "$dir/run" "$dir/dev"
cp -r /etc/dirsrv/schema /etc/dirsrv/config "$dir/etc/dirsrv/"
sed -E -e 's#^with_systemd = .*#with_systemd = 0#' \
       -e "s#^([a-z_]+ = )/(etc|var|run|tmp|dev/shm)([/ ]|\$)#\\1$dir/\\2\\3#" \
       /usr/share/dirsrv/inf/defaults.inf > "$dir/share/dirsrv/inf/defaults.inf"
export PREFIX="$dir"

(umask 077; cat > "$dir/instance.inf" <<INF
[general]
config_version = 2
full_machine_name = localhost
strict_host_checking = False
selinux = False
systemd = False
start = True
[slapd]
instance_name = $name
root_dn = $manager
root_password = $(password manager)
port = $port
secure_port = $tls_port
self_sign_cert = False
[backend-userroot]
suffix = $base
create_suffix_entry = True
sample_entries = no
INF
)
if ! dscreate from-file "$dir/instance.inf" > "$dir/dscreate.log" 2>&1; then
  tail -20 "$dir/dscreate.log" >&2
  exit 1
fi
echo "start-389ds.sh: instance created in $(elapsed)"

# The certificate is made here rather than by dscreate's self_sign_cert, which names only full_machine_name: the
# tests connect to 127.0.0.1, and libldap checks "localhost" against the machine's own host name instead. One
# authority signs a certificate for 127.0.0.1, localhost and the host name; the server takes it from its NSS
# database under the nickname its configuration already names (Server-Cert), for LDAPS and StartTLS alike.
certs=$dir/certs
nss=$dir/etc/dirsrv/slapd-$name
install -d -m 0700 "$certs"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Bulwark test directory CA" \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
  -keyout "$certs/ca.key" -out "$dir/ca.crt" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$certs/server.key" -out "$certs/server.csr" 2>/dev/null
printf 'subjectAltName = IP:127.0.0.1, DNS:localhost, DNS:%s\nextendedKeyUsage = serverAuth\n' "$(hostname)" > "$certs/server.ext"
openssl x509 -req -days 2 -in "$certs/server.csr" -CA "$dir/ca.crt" -CAkey "$certs/ca.key" -CAcreateserial -CAserial "$certs/ca.srl" \
  -extfile "$certs/server.ext" -out "$certs/server.crt" 2>/dev/null
bundle=$(head -c 12 /dev/urandom | base64)
openssl pkcs12 -export -name Server-Cert -in "$certs/server.crt" -inkey "$certs/server.key" \
  -passout "pass:$bundle" -out "$certs/server.p12"
pk12util -i "$certs/server.p12" -d "sql:$nss" -k "$nss/pwdfile.txt" -W "$bundle" >/dev/null
certutil -A -d "sql:$nss" -f "$nss/pwdfile.txt" -n "Bulwark test directory CA" -t CT,, -a -i "$dir/ca.crt"
chmod 0644 "$dir/ca.crt"

url=ldap://127.0.0.1:$port
as_manager() { "$1" -x -H "$url" -D "$manager" -y <(password manager) "${@:2}" >/dev/null; }

# Loopback only (dscreate listens on every address), TLS on; memberOf kept by the server, nested groups included, as
# in FreeIPA; every signed-in account may read the tree (FreeIPA lets them read users and groups). The listening
# addresses, TLS and the plug-in take effect at the restart.
as_manager ldapmodify <<LDIF
dn: cn=config
changetype: modify
replace: nsslapd-listenhost
nsslapd-listenhost: 127.0.0.1
-
replace: nsslapd-securelistenhost
nsslapd-securelistenhost: 127.0.0.1
-
replace: nsslapd-security
nsslapd-security: on

dn: cn=MemberOf Plugin,cn=plugins,cn=config
changetype: modify
replace: nsslapd-pluginEnabled
nsslapd-pluginEnabled: on
-
replace: memberOfAutoAddOC
memberOfAutoAddOC: nsMemberOf

dn: $base
changetype: modify
add: aci
aci: (targetattr != "userPassword")(version 3.0; acl "signed-in accounts read the tree"; allow (read, search, compare) userdn = "ldap:///all";)
LDIF
# dsctl restart polls in whole seconds and pauses between stop and start; watching the process directly is faster.
pid_file=$dir/run/dirsrv/slapd-$name.pid
pid=$(cat "$pid_file")
kill -TERM "$pid"
for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
ns-slapd -D "$dir/etc/dirsrv/slapd-$name" -i "$pid_file" > "$dir/ns-slapd.log" 2>&1
ready=
for _ in $(seq 100); do
  ldapsearch -x -H "$url" -s base -b "" -LLL 1.1 >/dev/null 2>&1 && { ready=1; break; }
  sleep 0.1
done
[ -n "$ready" ] || { echo "start-389ds.sh: the server did not come back after its restart" >&2; tail -20 "$dir/ns-slapd.log" >&2; exit 1; }
echo "start-389ds.sh: configured and restarted in $(elapsed)"

container() { printf 'dn: cn=%s%s\nobjectClass: top\nobjectClass: nsContainer\ncn: %s\n\n' "$1" "$2" "$1"; }  # name parent
person() { # uid number given-name surname [extra attribute line]
  cat <<LDIF
dn: uid=$1,cn=users,cn=accounts,$base
objectClass: top
objectClass: person
objectClass: organizationalPerson
objectClass: inetOrgPerson
objectClass: inetUser
objectClass: posixAccount
uid: $1
givenName: $3
sn: $4
cn: $3 $4
displayName: $3 $4
mail: $1@example.test
uidNumber: $2
gidNumber: $2
homeDirectory: /home/$1
userPassword: $(password "$1")
${5:-}

LDIF
}
group() { # name number member-dn...
  printf 'dn: cn=%s,cn=groups,cn=accounts,%s\nobjectClass: top\nobjectClass: groupOfNames\nobjectClass: nsMemberOf\nobjectClass: posixGroup\ncn: %s\ngidNumber: %s\n' "$1" "$base" "$1" "$2"
  local member
  for member in "${@:3}"; do printf 'member: %s\n' "$member"; done
  printf '\n'
}
user_dn() { printf 'uid=%s,cn=users,cn=accounts,%s' "$1" "$base"; }
install -m 0600 /dev/null "$dir/tree.ldif"
{
  container accounts ",$base"
  container users ",cn=accounts,$base"
  container groups ",cn=accounts,$base"
  container etc ",$base"
  container sysaccounts ",cn=etc,$base"
  cat <<LDIF
dn: uid=bulwark-svc,cn=sysaccounts,cn=etc,$base
objectClass: account
objectClass: simpleSecurityObject
uid: bulwark-svc
userPassword: $(password bulwark-svc)

LDIF
  person alice 10001 Alice Admin
  person bob 10002 Bob Approver
  person carol 10003 Carol Locked "nsAccountLock: TRUE"
  person dave 10004 Dave Analyst
  person erin 10005 Erin Viewer
  person frank 10006 Frank Nogroup
  person grace 10007 Grace Mover
  group team-red 20005 "$(user_dn dave)"
  group bulwark-admins 20001 "$(user_dn alice)"
  group bulwark-approvers 20002 "$(user_dn alice)" "$(user_dn bob)"
  group bulwark-analysts 20003 "cn=team-red,cn=groups,cn=accounts,$base"
  group bulwark-viewers 20004 "$(user_dn bob)" "$(user_dn erin)"
  group staff 20006 "$(user_dn frank)"
} > "$dir/tree.ldif"
as_manager ldapadd -f "$dir/tree.ldif"

cat > "$dir/env" <<ENV
export BULWARK_TEST_LDAP='url=ldap://127.0.0.1:$port;ldaps=ldaps://127.0.0.1:$tls_port;base=$base;ca=$dir/ca.crt;service=uid=bulwark-svc,cn=sysaccounts,cn=etc,$base;manager=$manager;secret=$secret'
ENV
chmod 0644 "$dir/env"
echo "start-389ds.sh: $url ready (LDAPS on $tls_port, pid $(cat "$pid_file")) in $(elapsed)"
