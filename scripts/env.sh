# Sourced by scripts/run, scripts/test and scripts/size: the paths and variables they share.
# Cargo's build cache lives outside the clone, so CI's fresh clone on the same machine
# reuses compiled dependencies (a cold build of everything takes about 6 minutes here).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/port-portal/target}"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Never let trunk download a tool: a version mismatch must fail with a clear message.
export TRUNK_OFFLINE=true
export PORTAL_SERVER="$CARGO_TARGET_DIR/release/portal-server"
cd "$ROOT"

# Builds the release site into dist/ and the server that hosts it: see scripts/build.
build_release() {
  "$ROOT/scripts/build"
}
