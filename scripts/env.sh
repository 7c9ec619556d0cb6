# Sourced by scripts/run, scripts/test and scripts/size: the paths and variables they share.
# Cargo's build cache stays inside the clone: a cache shared between clones served one
# clone's build of our own crates to another (docs/decisions/0003-build-cache.md).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Never let trunk download a tool: a version mismatch must fail with a clear message.
export TRUNK_OFFLINE=true
export PORTAL_SERVER="$CARGO_TARGET_DIR/release/portal-server"
cd "$ROOT"

# Builds the release site into dist/ and the server that hosts it: see scripts/build.
build_release() {
  "$ROOT/scripts/build"
}
