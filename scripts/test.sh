#!/usr/bin/env bash
# The project's test command: installs the official Python SDK peer into .venv (once),
# then runs every test of the workspace with every feature.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup-python.sh
cargo test --workspace --all-features "$@"
