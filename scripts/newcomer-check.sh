#!/usr/bin/env bash
# Newcomer check: what someone who has just cloned Tongban does. Runs the README's two commands
# (`npm install`, then `npm start` in the background on a free port, with the data in a temporary directory
# so that an existing ./var is neither used nor touched), waits until the server is ready, then walks the
# opening of the golden path in Chromium (scripts/newcomer-check.mjs). Exits non-zero on any failure and
# always stops the server.
#
#   bash scripts/newcomer-check.sh [path-to-clone]    (default: the current directory)
set -euo pipefail
walker="$(cd "$(dirname "$0")" && pwd)/newcomer-check.mjs"
cd "${1:-.}"

READY_TIMEOUT=${NEWCOMER_READY_TIMEOUT:-900} # seconds: npm start builds the web app and loads the demo
data_dir=$(mktemp -d "${TMPDIR:-/tmp}/tongban-newcomer-XXXXXX")
log="$data_dir/npm-start.log"
server_pid=""

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    # npm start runs the build and then the server as children: stop the whole process group.
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  rm -rf "$data_dir"
}
trap stop_server EXIT

echo "newcomer check: npm install"
npm install --no-audit --no-fund

port=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
url="http://127.0.0.1:$port"
echo "newcomer check: npm start on port $port (log: $log)"
# Its own process group (setsid), so that stopping it stops the build and the server it starts.
# DATABASE_URL is cleared: the README promises the embedded SQLite database.
env -u DATABASE_URL PORT="$port" TONGBAN_DATA_DIR="$data_dir/var" setsid npm start >"$log" 2>&1 &
server_pid=$!

# Node, not curl: Node is all the README asks for.
answers() { node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"; }
deadline=$((SECONDS + READY_TIMEOUT))
until answers "$url/readyz"; do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "newcomer check FAILED: npm start exited before the server was ready; its output:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "newcomer check FAILED: not ready at $url/readyz after ${READY_TIMEOUT}s; npm start's output:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  sleep 2
done
answers "$url/healthz" || {
  echo "newcomer check FAILED: $url/healthz does not answer" >&2
  exit 1
}
echo "newcomer check: server ready at $url"
for _ in $(seq 1 15); do grep -q '13800000001' "$log" && break; sleep 2; done
grep -q '13800000001' "$log" || {
  echo "newcomer check FAILED: npm start did not print the demo accounts" >&2
  exit 1
}

node "$walker" "$url"
