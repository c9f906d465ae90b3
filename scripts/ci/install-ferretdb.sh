#!/usr/bin/env bash
# Builds FerretDB v1.24.2 (Apache-2.0), the MongoDB-wire-protocol server the MongoDB test suites run
# against (issue #12), into $FERRETDB_BIN (default ~/go/bin/ferretdb), unless it is already there.
# `go install` alone gives a binary that panics at start: the module lacks build/version/version.txt,
# which FerretDB's release builds generate (FerretDB issue 2982). So the module is fetched through
# the Go module proxy, copied, given that file, and built. Pure Go (its SQLite is modernc.org/sqlite).
set -euo pipefail
VERSION=v1.24.2
BIN="${FERRETDB_BIN:-$HOME/go/bin/ferretdb}"
if [[ -x "$BIN" ]] && "$BIN" --version 2>/dev/null | grep -q "${VERSION#v}"; then exit 0; fi
command -v go >/dev/null || { echo "Go is needed to build FerretDB (apt-get install golang, or Go 1.24+)." >&2; exit 1; }
echo "Building FerretDB $VERSION (first run on this machine, about 2 minutes)..."
export GOFLAGS=-mod=mod
MODDIR="$(go env GOMODCACHE)/github.com/!ferret!d!b/!ferret!d!b@$VERSION"
if [[ ! -d "$MODDIR" ]]; then
  (cd "$(mktemp -d)" && go mod download "github.com/FerretDB/FerretDB@$VERSION")
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp -r "$MODDIR/." "$WORK/"
chmod -R u+w "$WORK"
echo "$VERSION" > "$WORK/build/version/version.txt"
mkdir -p "$(dirname "$BIN")"
(cd "$WORK" && go build -trimpath -o "$BIN" ./cmd/ferretdb)
"$BIN" --version | head -1
