#!/usr/bin/env bash
# Installs the Debian packages driftgate builds, tests and runs with. Idempotent: when every
# package is present it changes nothing and never touches the network.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache git
  libgit2-dev libpqxx-dev libcli11-dev nlohmann-json3-dev libfmt-dev catch2
  libpg-query-dev libprotobuf-c-dev libtomlplusplus-dev
  postgresql postgresql-contrib postgresql-client
  python3-jsonschema python3-alembic python3-sqlalchemy python3-psycopg2
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "ci/install-deps.sh: installing ${missing[*]}" >&2
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo=(sudo); else
    echo "ci/install-deps.sh: missing packages (${missing[*]}) and not root; run as root or install them" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
