#!/usr/bin/env bash
# Local Neo4j Community server for dipgraph, built from Maven Central (see neo4j/README.md).
#
#   bash scripts/neo4j.sh start|stop|status|restart
#   bash scripts/neo4j.sh import DIR        bulk-load `dipgraph export --format neo4j-import` files (server stopped)
#   bash scripts/neo4j.sh cypher FILE...    run Cypher files on the stopped store, one JSON line per row
#
# Environment:
#   NEO4J_PORT           Bolt port on 127.0.0.1                       (default 7687)
#   NEO4J_RUN_DIR        pid file, ready file, neo4j.log              (default neo4j/run)
#   NEO4J_DATA_DIR       databases, transaction logs, debug.log       (default $NEO4J_RUN_DIR/data)
#   NEO4J_HEAP           JVM max heap                                 (default 1g)
#   NEO4J_HEAP_INITIAL   JVM initial heap                             (default 256m)
#   NEO4J_PAGECACHE      Neo4j page cache                             (default 256m)
#   NEO4J_START_TIMEOUT  seconds to wait for readiness                (default 120)
#   NEO4J_STOP_TIMEOUT   seconds to wait after SIGTERM before SIGKILL (default 60)
#   NEO4J_JAVA           java executable        (default $JAVA_HOME/bin/java, else java on PATH)
#   NEO4J_JAVA_OPTS      extra JVM flags
# A second instance needs its own port and run dir, e.g.
#   NEO4J_PORT=7690 NEO4J_RUN_DIR=/tmp/dipgraph-neo4j bash scripts/neo4j.sh start
#
# Exit codes: 0 ok / running; 1 failure; 2 port taken by something that is not this instance;
# 3 (status only) not running.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NEO4J_DIR="$ROOT/neo4j"
MAIN_CLASS="dipgraph.neo4j.Launcher"
HOST="127.0.0.1"

PORT="${NEO4J_PORT:-7687}"
RUN_DIR="${NEO4J_RUN_DIR:-$NEO4J_DIR/run}"
mkdir -p "$RUN_DIR"
RUN_DIR="$(cd "$RUN_DIR" && pwd)"
DATA_DIR="${NEO4J_DATA_DIR:-$RUN_DIR/data}"
case "$DATA_DIR" in /*) ;; *) DATA_DIR="$PWD/$DATA_DIR" ;; esac
PID_FILE="$RUN_DIR/neo4j.pid"
INFO_FILE="$RUN_DIR/neo4j.instance" # port and data dir of the running instance
READY_FILE="$RUN_DIR/ready"
LOG_FILE="$RUN_DIR/neo4j.log"
BUILD_LOG="$RUN_DIR/build.log"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"
# Marks the JVM's command line so that stop/status recognise this instance (and not a reused pid).
MARKER="-Ddipgraph.neo4j.run=$RUN_DIR"

if [[ ! "$PORT" =~ ^[0-9]+$ ]] || ((PORT < 1 || PORT > 65535)); then
  echo "neo4j: NEO4J_PORT must be a port number, got '$PORT'" >&2
  exit 1
fi

say() { echo "neo4j: $*"; }
fail() {
  echo "neo4j: $*" >&2
  exit 1
}

# --- process and port helpers ---------------------------------------------------------------

# True if pid $1 is a live JVM running our launcher for this run dir.
is_ours() {
  local pid="$1" cmd
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
  cmd="$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  grep -qxF -- "$MARKER" <<<"$cmd" && grep -qxF -- "$MAIN_CLASS" <<<"$cmd"
}

# Pids of every launcher JVM of this run dir, whether or not the pid file knows them.
our_pids() {
  local pid candidates
  if command -v pgrep >/dev/null 2>&1; then
    candidates="$(pgrep -f 'dipgraph[.]neo4j[.]Launcher' || true)"
  else
    candidates="$(cd /proc && printf '%s\n' [0-9]*)"
  fi
  for pid in $candidates; do
    is_ours "$pid" && echo "$pid"
  done
  return 0
}

pid_from_file() {
  if [[ -f "$PID_FILE" ]]; then tr -dc '0-9' <"$PID_FILE"; fi
}

# The recorded value of key $1 (port, data) of the running instance.
info() {
  if [[ -f "$INFO_FILE" ]]; then sed -n "s/^$1=//p" "$INFO_FILE" | head -n 1; fi
}

port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null
}

# True if a Bolt server answers a handshake on port $1 (offers Bolt 5.0-5.8 and 4.4; any Bolt
# server replies with 4 bytes 00 00 mm MM). A plain TCP connect is not enough: the kernel
# accepts connections even for a frozen JVM.
bolt_answers() {
  local reply
  reply="$(timeout 3 bash -c "exec 3<>/dev/tcp/$HOST/$1 || exit 1
    printf '\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00' >&3
    head -c 4 <&3 | od -An -tx1 | tr -d ' \n'" 2>/dev/null)" || return 1
  [[ "$reply" =~ ^0000[0-9a-f]{4}$ ]]
}

# Who listens on port $1 (best effort, needs ss).
port_owner() {
  if command -v ss >/dev/null 2>&1; then
    ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:((\(.*\)))/\1/p' | head -n 1
  fi
}

java_bin() {
  if [[ -n "${NEO4J_JAVA:-}" ]]; then
    echo "$NEO4J_JAVA"
  elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    echo "$JAVA_HOME/bin/java"
  else
    command -v java || fail "no java found: install a JDK 17 or 21, or set NEO4J_JAVA"
  fi
}

cleanup_files() {
  rm -f "$PID_FILE" "$INFO_FILE" "$READY_FILE" "$READY_FILE.tmp"
}

log_tail() {
  if [[ -f "$LOG_FILE" ]]; then
    echo "---- last lines of $LOG_FILE ----" >&2
    tail -n 40 "$LOG_FILE" >&2
    echo "---- (debug log: $DATA_DIR/logs/debug.log) ----" >&2
  fi
}

# --- build ----------------------------------------------------------------------------------

STAMP="$NEO4J_DIR/target/.dipgraph-build-stamp"

needs_build() {
  [[ -f "$STAMP" && -f "$NEO4J_DIR/target/classes/dipgraph/neo4j/Launcher.class" ]] || return 0
  compgen -G "$NEO4J_DIR/target/lib/neo4j-kernel-*.jar" >/dev/null || return 0
  [[ -n "$(find "$NEO4J_DIR/pom.xml" "$NEO4J_DIR/src" -newer "$STAMP" -print -quit)" ]] && return 0
  return 1
}

build() {
  needs_build || return 0
  command -v mvn >/dev/null || fail "mvn not found: it is needed once to fetch Neo4j from Maven Central"
  say "building the Neo4j launcher (the first build downloads ~125 MB of jars into ~/.m2) ..."
  local t0=$SECONDS
  # Old jars of another Neo4j version must not stay on the classpath.
  rm -rf "$NEO4J_DIR/target/lib" "$STAMP"
  if ! mvn -q -B -Dstyle.color=never -f "$NEO4J_DIR/pom.xml" process-classes >"$BUILD_LOG" 2>&1; then
    tail -n 40 "$BUILD_LOG" >&2
    fail "maven build failed (full output: $BUILD_LOG)"
  fi
  touch "$STAMP"
  say "built in $((SECONDS - t0))s"
}

# --- commands -------------------------------------------------------------------------------

cmd_start() {
  local pid
  pid="$(pid_from_file)"
  if is_ours "$pid"; then
    local running_port
    running_port="$(info port)"
    running_port="${running_port:-$PORT}"
    if [[ "$running_port" != "$PORT" ]]; then
      fail "an instance from $RUN_DIR already runs on port $running_port (pid $pid); stop it first, or set NEO4J_RUN_DIR for a second instance"
    fi
    if [[ -f "$READY_FILE" ]] && bolt_answers "$PORT"; then
      say "already running (pid $pid) at bolt://$HOST:$PORT, data $(info data)"
      return 0
    fi
    say "an instance is starting (pid $pid); waiting for it"
    wait_ready "$pid" "$SECONDS"
    return
  fi
  if [[ -n "$pid" ]]; then
    say "removing stale pid file (pid $pid is gone; the previous JVM was killed or crashed)"
  fi
  cleanup_files
  local strays
  strays="$(our_pids | tr '\n' ' ')"
  if [[ -n "${strays// /}" ]]; then
    fail "found a launcher JVM of $RUN_DIR without pid file (pid ${strays% }); run 'bash scripts/neo4j.sh stop' first"
  fi

  if port_open "$PORT"; then
    local owner
    owner="$(port_owner "$PORT")"
    bolt_answers "$PORT" && owner="${owner:+$owner, }it speaks Bolt: another Neo4j"
    echo "neo4j: port $PORT on $HOST is already in use by another process${owner:+ ($owner)}, not by this instance." >&2
    echo "neo4j: if that is a Neo4j you want to use, point NEO4J_URI at it; otherwise free the port or set NEO4J_PORT." >&2
    exit 2
  fi

  build

  local java t0=$SECONDS major
  java="$(java_bin)"
  major="$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
  if [[ -z "$major" ]] || ((major < 17)); then
    fail "Neo4j 5.26 needs Java 17 or 21; $java is version ${major:-unknown} (set NEO4J_JAVA or JAVA_HOME)"
  fi
  mkdir -p "$DATA_DIR"
  [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"
  say "starting Neo4j on bolt://$HOST:$PORT (data $DATA_DIR, log $LOG_FILE)"
  # shellcheck disable=SC2086 # NEO4J_JAVA_OPTS is a list of flags
  NEO4J_PORT="$PORT" NEO4J_DATA_DIR="$DATA_DIR" NEO4J_READY_FILE="$READY_FILE" \
    NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-256m}" \
    setsid "$java" \
    "$MARKER" \
    "-Xms${NEO4J_HEAP_INITIAL:-256m}" "-Xmx${NEO4J_HEAP:-1g}" \
    -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC \
    -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true \
    --add-opens=java.base/java.nio=ALL-UNNAMED \
    --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
    ${NEO4J_JAVA_OPTS:-} \
    -cp "$NEO4J_DIR/target/classes:$NEO4J_DIR/target/lib/*" \
    "$MAIN_CLASS" </dev/null >"$LOG_FILE" 2>&1 9>&- &
  pid=$!
  # Until bash has exec'd java, /proc shows the forked shell: give it a moment to become the JVM.
  local i
  for ((i = 0; i < 50; i++)); do
    is_ours "$pid" && break
    if ! kill -0 "$pid" 2>/dev/null; then
      # setsid forks when it is a process group leader: then the JVM has another pid.
      local other
      other="$(our_pids | head -n 1)"
      [[ -n "$other" ]] && pid="$other"
      break
    fi
    sleep 0.1
  done
  echo "$pid" >"$PID_FILE"
  printf 'port=%s\ndata=%s\n' "$PORT" "$DATA_DIR" >"$INFO_FILE"
  wait_ready "$pid" "$t0"
}

# Wait for the ready file and the Bolt port of JVM $1; $2 is $SECONDS at the start.
wait_ready() {
  local pid="$1" t0="$2" deadline=$((SECONDS + START_TIMEOUT)) polls=0
  printf 'neo4j: waiting for readiness '
  while true; do
    if ! is_ours "$pid"; then
      echo
      log_tail
      cleanup_files
      local cause
      cause="$(grep -E '^(Caused by|dipgraph-neo4j: failed)' "$LOG_FILE" 2>/dev/null | tail -n 1 | cut -c1-300)"
      fail "the Neo4j JVM (pid $pid) exited during start-up${cause:+: $cause}"
    fi
    if [[ -f "$READY_FILE" ]] && bolt_answers "$PORT"; then
      echo
      say "ready in $((SECONDS - t0))s: Neo4j $(sed -n 's/^version=//p' "$READY_FILE") at bolt://$HOST:$PORT (pid $pid)"
      return 0
    fi
    if ((SECONDS >= deadline)); then
      echo
      log_tail
      say "not ready after ${START_TIMEOUT}s; stopping pid $pid" >&2
      stop_pid "$pid"
      cleanup_files
      fail "start-up timed out"
    fi
    ((++polls % 2 == 0)) && printf '.'
    sleep 0.5
  done
}

# SIGTERM, wait, then SIGKILL. Returns once the process is gone.
stop_pid() {
  local pid="$1" deadline=$((SECONDS + STOP_TIMEOUT))
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null && is_ours "$pid"; do
    if ((SECONDS >= deadline)); then
      echo "neo4j: pid $pid still alive ${STOP_TIMEOUT}s after SIGTERM; sending SIGKILL" >&2
      kill -KILL "$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 0.5
  done
  # A killed setsid child is reaped by init; wait until /proc no longer shows it as ours.
  while is_ours "$pid"; do sleep 0.2; done
}

cmd_stop() {
  local pid pids t0=$SECONDS
  pid="$(pid_from_file)"
  pids="$(our_pids | tr '\n' ' ')"
  if [[ -n "$pid" ]] && is_ours "$pid" && [[ " $pids " != *" $pid "* ]]; then
    pids="$pid $pids"
  fi
  if [[ -z "${pids// /}" ]]; then
    cleanup_files
    say "not running${pid:+ (removed stale pid file of pid $pid)}"
    return 0
  fi
  for p in $pids; do
    say "stopping Neo4j (pid $p) ..."
    stop_pid "$p"
  done
  cleanup_files
  say "stopped in $((SECONDS - t0))s"
}

cmd_status() {
  local pid port data
  pid="$(pid_from_file)"
  port="$(info port)"
  port="${port:-$PORT}"
  data="$(info data)"
  data="${data:-$DATA_DIR}"
  if is_ours "$pid"; then
    if [[ -f "$READY_FILE" ]] && bolt_answers "$port"; then
      say "running"
      echo "  pid:      $pid"
      echo "  bolt uri: bolt://$HOST:$port"
      echo "  data dir: $data"
      echo "  log:      $LOG_FILE"
      return 0
    fi
    say "starting or unresponsive (pid $pid, bolt://$HOST:$port does not answer)"
    return 3
  fi
  local strays
  strays="$(our_pids | tr '\n' ' ')"
  if [[ -n "${strays// /}" ]]; then
    say "not running from its pid file, but a launcher JVM of $RUN_DIR is alive (pid ${strays% }); 'stop' will end it"
    return 3
  fi
  if [[ -n "$pid" ]]; then
    say "not running (stale pid file: pid $pid is gone; 'start' will clean up and recover the store)"
  else
    say "not running"
  fi
  echo "  bolt uri: bolt://$HOST:$port"
  echo "  data dir: $data"
  if port_open "$port"; then
    local owner
    owner="$(port_owner "$port")"
    echo "  note: port $port is answering, but not from this instance${owner:+ ($owner)}"
  fi
  return 3
}

# --- offline tools: the store of this run dir while no server holds it ------------------------

require_stopped() {
  local pid
  pid="$(pid_from_file)"
  if is_ours "$pid" || [[ -n "$(our_pids)" ]]; then
    fail "the server of $RUN_DIR is running; stop it first ('bash scripts/neo4j.sh stop')"
  fi
}

# Java with the launcher's classpath: $1 main class, then its arguments.
run_java() {
  local main="$1" java
  shift
  java="$(java_bin)"
  # shellcheck disable=SC2086 # NEO4J_JAVA_OPTS is a list of flags
  "$java" "-Xmx${NEO4J_HEAP:-1g}" -XX:+UseG1GC -Dlog4j2.disable.jmx=true \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED ${NEO4J_JAVA_OPTS:-} \
    -cp "$NEO4J_DIR/target/classes:$NEO4J_DIR/target/lib/*" "$main" "$@"
}

# neo4j-admin database import full, from Neo4j's own import tool on the launcher's classpath,
# into the default database of DATA_DIR (which must not hold one yet).
cmd_import() {
  local dir="${1:-}"
  [[ -n "$dir" && -f "$dir/entities.csv" && -f "$dir/documents.csv" && -f "$dir/relationships.csv" ]] ||
    fail "usage: bash scripts/neo4j.sh import DIR, where DIR holds entities.csv, documents.csv and relationships.csv (dipgraph export --format neo4j-import --out DIR)"
  require_stopped
  build
  local home="$RUN_DIR/admin"
  mkdir -p "$home/conf" "$DATA_DIR"
  printf 'server.directories.data=%s\nserver.directories.logs=%s\n' "$DATA_DIR" "$DATA_DIR/logs" >"$home/conf/neo4j.conf"
  say "bulk import of $dir into $DATA_DIR"
  (cd "$dir" && NEO4J_HOME="$home" NEO4J_CONF="$home/conf" run_java org.neo4j.cli.AdminTool database import full \
    --nodes=entities.csv --nodes=documents.csv --relationships=relationships.csv --multiline-fields=true \
    --max-off-heap-memory="${NEO4J_IMPORT_MEMORY:-256m}" --report-file="$RUN_DIR/import.report" neo4j)
}

cmd_cypher() {
  (($# > 0)) || fail "usage: bash scripts/neo4j.sh cypher FILE.cypher..."
  require_stopped
  build
  run_java dipgraph.neo4j.RunCypher "$DATA_DIR" "$@"
}

# One start/stop at a time per run dir (e.g. two test runs starting the server together).
lock() {
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$RUN_DIR/.lock"
    if ! flock -w "$((START_TIMEOUT + STOP_TIMEOUT))" 9; then
      fail "another neo4j.sh start/stop on $RUN_DIR holds $RUN_DIR/.lock"
    fi
  fi
}

case "${1:-}" in
  start | stop | restart | build | import | cypher) lock ;;
esac

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  restart)
    cmd_stop
    cmd_start
    ;;
  build) build ;;
  import) cmd_import "${2:-}" ;;
  cypher)
    shift
    cmd_cypher "$@"
    ;;
  *)
    echo "usage: bash scripts/neo4j.sh start|stop|status|restart|build|import DIR|cypher FILE..." >&2
    exit 1
    ;;
esac
