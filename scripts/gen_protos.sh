#!/usr/bin/env bash
# Regenerate the Python protobuf/gRPC package (service/tradepact/v1) from protos/.
# The output is never edited by hand; CI runs this and fails if git sees a difference.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
OUT=service
rm -rf "$OUT/tradepact/v1"
mkdir -p "$OUT/tradepact/v1"
PATH="$(dirname "$PY"):$PATH" "$PY" -m grpc_tools.protoc \
  -Iprotos \
  --python_out="$OUT" \
  --pyi_out="$OUT" \
  --grpc_python_out="$OUT" \
  --mypy_grpc_out="$OUT" \
  protos/tradepact/v1/*.proto
cat > "$OUT/tradepact/v1/__init__.py" <<'PY'
"""Generated protobuf and gRPC code for tradepact.v1 (scripts/gen_protos.sh); never edit by hand."""
PY
touch "$OUT/tradepact/v1/py.typed"
