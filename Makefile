# tradepact: two commands for newcomers — `make demo` and `make test`. Each installs what it needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
NODE_STAMP := node_modules/.installed-stamp

.PHONY: demo test setup system-deps proto proto-check lint check bench docs clean

demo: setup  ## Start the server on embedded SQLite and drive the whole job with the CLI
	$(BIN)/python scripts/demo.py

test: setup  ## Run the test suite (PostgreSQL tests run when it is reachable; required on CI)
	$(BIN)/pytest -q

setup: system-deps $(STAMP) $(NODE_STAMP)

system-deps:
	@bash scripts/system_deps.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null; then npm install --no-audit --no-fund --loglevel=error && touch $(NODE_STAMP); \
	 else echo "note: npm not found; Node client and buf checks will be skipped (install nodejs + npm)"; fi

proto: $(STAMP)  ## Regenerate service/tradepact/v1 from protos/
	PYTHON=$(BIN)/python bash scripts/gen_protos.sh

proto-check: proto  ## Fail if the generated code is not what the protos produce
	@git diff --exit-code -- service/tradepact/v1 && \
	 test -z "$$(git status --porcelain -- service/tradepact/v1)" || \
	 (echo "generated code is stale: run 'make proto' and commit" >&2; exit 1)

lint: $(STAMP) $(NODE_STAMP)
	$(BIN)/ruff check service clients tests benchmarks scripts
	npx --no-install buf lint

check: lint proto-check

bench: setup  ## Run every benchmark and print its figures
	$(BIN)/python -m benchmarks.run_all

docs: setup  ## Regenerate README figures: first page of the PDF, state machine tables
	$(BIN)/python scripts/docs.py

clean:
	rm -rf $(VENV) node_modules var .pytest_cache
