#!/usr/bin/env bash
# Two instances of Steering Dashboard on one PostgreSQL database, behind nginx, on this machine:
# starts a throwaway PostgreSQL cluster, publishes the app, starts the instances on loopback ports and nginx in front
# (its own configuration and prefix, not the system's site), waits for /health and prints the address.
# Ctrl+C stops everything and removes the throwaway folder. Installs postgresql and nginx with apt when missing.
# Ports (environment): PG_PORT (55433), APP_PORT_A (5311), APP_PORT_B (5312), NGINX_PORT (8081),
# METRICS_PORT_A (9472), METRICS_PORT_B (9473).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pg_port="${PG_PORT:-55433}"
port_a="${APP_PORT_A:-5311}"
port_b="${APP_PORT_B:-5312}"
nginx_port="${NGINX_PORT:-8081}"
metrics_a="${METRICS_PORT_A:-9472}"
metrics_b="${METRICS_PORT_B:-9473}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  sudo="sudo"
fi

install_missing() {
  local package="$1" probe="$2"
  if ! command -v "$probe" >/dev/null 2>&1 && ! ls $probe >/dev/null 2>&1; then
    echo "Installing $package..."
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package" >/dev/null
  fi
}
install_missing postgresql "/usr/lib/postgresql/*/bin/initdb"
install_missing nginx nginx
pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"

work="$(mktemp -d /tmp/steering-scale-out.XXXXXX)"
chmod 755 "$work"
pids=()
cleanup() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [[ -f "$work/pg/data/postmaster.pid" ]]; then
    as_postgres "'$pg_bin/pg_ctl' -D '$work/pg/data' -m fast stop" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  echo "Stopped; removed $work."
}
trap cleanup INT TERM EXIT

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then
    su postgres -s /bin/sh -c "$1"
  else
    sudo -u postgres sh -c "$1"
  fi
}

echo "PostgreSQL on 127.0.0.1:$pg_port ($work/pg)..."
mkdir -p "$work/pg/data" "$work/pg/socket"
$sudo chown -R postgres:postgres "$work/pg"
as_postgres "'$pg_bin/initdb' -D '$work/pg/data' -A trust -U postgres >'$work/pg/initdb.log'"
as_postgres "'$pg_bin/pg_ctl' -D '$work/pg/data' -l '$work/pg/server.log' -w -o '-c listen_addresses=127.0.0.1 -p $pg_port -k $work/pg/socket' start >/dev/null"
"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE steering" >/dev/null
connection="Host=127.0.0.1;Port=$pg_port;Database=steering;Username=postgres"

echo "Publishing the app (Release)..."
dotnet publish "$root/src/SteeringDashboard.Web" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; exit 1; }
mkdir -p "$work/files"

start_instance() {
  local name="$1" port="$2" metrics="$3"
  mkdir -p "$work/$name"
  # Development: the demo accounts of the README, and no HTTPS (nginx listens on plain HTTP here).
  (cd "$work/app" && exec env \
    ASPNETCORE_ENVIRONMENT=Development \
    ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Database__Provider=PostgreSQL \
    ConnectionStrings__Steering="$connection" \
    Evidence__Folder="$work/files" \
    Metrics__Url="http://127.0.0.1:$metrics/" \
    Security__KnownProxies__0=127.0.0.1 \
    dotnet SteeringDashboard.Web.dll >"$work/$name/out.log" 2>&1) &
  pids+=("$!")
}

wait_healthy() {
  local url="$1" what="$2"
  for _ in $(seq 1 240); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" == "200" ]]; then
      return 0
    fi
    sleep 0.5
  done
  echo "$what did not answer $url in 2 minutes; its log:"
  tail -n 40 "$work/$what/out.log" 2>/dev/null || true
  exit 1
}

# One after the other: the first start migrates and seeds the database.
echo "Instance A on 127.0.0.1:$port_a (metrics :$metrics_a)..."
start_instance a "$port_a" "$metrics_a"
wait_healthy "http://127.0.0.1:$port_a/health" a
echo "Instance B on 127.0.0.1:$port_b (metrics :$metrics_b)..."
start_instance b "$port_b" "$metrics_b"
wait_healthy "http://127.0.0.1:$port_b/health" b

echo "nginx on 127.0.0.1:$nginx_port ($work/nginx)..."
mkdir -p "$work/nginx/logs" "$work/nginx/temp"
sed -e "s/@PORT_A@/$port_a/; s/@PORT_B@/$port_b/; s/@LISTEN@/127.0.0.1:$nginx_port/; s/@SERVER_NAME@/localhost/; /@TLS@/d" \
  "$root/deploy/nginx/steering.conf" >"$work/nginx/steering.conf"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
    access_log $work/nginx/logs/access.log;
    client_body_temp_path $work/nginx/temp/body;
    proxy_temp_path $work/nginx/temp/proxy;
    fastcgi_temp_path $work/nginx/temp/fastcgi;
    uwsgi_temp_path $work/nginx/temp/uwsgi;
    scgi_temp_path $work/nginx/temp/scgi;
    include $work/nginx/steering.conf;
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=("$!")
wait_healthy "http://127.0.0.1:$nginx_port/health" nginx

echo
echo "Steering Dashboard: http://127.0.0.1:$nginx_port/  (instances :$port_a and :$port_b, PostgreSQL :$pg_port)"
echo "Sign in with a demo account of the README. Ctrl+C stops everything."
wait
