#!/usr/bin/env bash
# Create/refresh the Python venv used by the official-SDK peer tests.
# Idempotent: reinstalls only when tests/python/requirements.txt changes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
req="$root/tests/python/requirements.txt"
stamp="$venv/.requirements.sha256"

created=""
if [[ ! -x "$venv/bin/python" ]]; then
    python3 -m venv "$venv"
    created="created $venv; "
fi

want="$(sha256sum "$req" | cut -d' ' -f1)"
have="$(cat "$stamp" 2>/dev/null || true)"

if [[ "$want" == "$have" ]]; then
    echo "setup-python: ${created}requirements up to date in $venv (sha256 ${want:0:12})"
    exit 0
fi

"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req"
echo "$want" > "$stamp"
echo "setup-python: ${created}installed $req into $venv (sha256 ${want:0:12})"
