# facekit — every task a newcomer or CI needs. `make help` lists them.
PYTHON  ?= python3
VENV    ?= .venv
GENVENV ?= .venv-gen
BIN      = $(VENV)/bin
PY       = $(BIN)/python

.PHONY: help install specs check-specs generate check-generated spec-diff lint typecheck test test-fast samples demo serve cassettes bench docs dist wheel-check mutation clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 20

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(GENVENV)/bin/openapi-python-client: openapi/generator/requirements.txt
	$(PYTHON) -m venv $(GENVENV)
	$(GENVENV)/bin/pip install --quiet -r openapi/generator/requirements.txt
	touch $@

# facekit itself, editable, with every extra; redone when pyproject.toml changes, so targets
# that need the tools (generate, lint, docs) work in a fresh clone without `make install`.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[local,dev,docs]'
	touch $@

# the pinned spec tools (swagger2openapi, openapi-format), from openapi/package-lock.json
openapi/node_modules/.installed: openapi/package.json openapi/package-lock.json
	cd openapi && npm ci --no-audit --no-fund --silent
	touch $@

# the pinned engine of spec-diff (api-smart-diff), from its lockfile
openapi/diff/node_modules/.package-lock.json: openapi/diff/package-lock.json
	cd openapi/diff && npm ci --no-audit --no-fund --silent

install: $(VENV)/.installed $(GENVENV)/bin/openapi-python-client openapi/node_modules/.installed openapi/diff/node_modules/.package-lock.json  ## set up everything: facekit + emulator + test and docs tools + generator + spec tools
	$(BIN)/facekit models fetch

specs: $(VENV)/.installed openapi/node_modules/.installed  ## rebuild openapi/*.yaml from the vendored upstream descriptions + overlays (openapi/upstream)
	$(PY) scripts/specs.py build

check-specs: $(VENV)/.installed openapi/node_modules/.installed  ## fail if openapi/*.yaml or a vendored file differs from upstream + overlays + provenance
	$(PY) scripts/specs.py check

generate: $(VENV)/.installed $(GENVENV)/bin/openapi-python-client  ## regenerate generated/ from openapi/*.yaml, and the sync modules from their async source
	$(PY) scripts/generate.py write --venv $(GENVENV)
	$(PY) scripts/generate_types.py write --ruff $(GENVENV)/bin/ruff
	$(PY) scripts/unasync_sources.py write

check-generated: $(VENV)/.installed $(GENVENV)/bin/openapi-python-client  ## fail if generated/ differs from what the specs produce
	$(PY) scripts/generate.py check --venv $(GENVENV)
	$(PY) scripts/generate_types.py check --ruff $(GENVENV)/bin/ruff
	$(PY) scripts/unasync_sources.py check

# BASE: git revision to compare with; BEFORE and AFTER: two files to compare instead
spec-diff: $(VENV)/.installed openapi/diff/node_modules/.package-lock.json  ## Markdown of what changed in openapi/*.yaml since BASE (default HEAD); fails on a breaking change unless ACCEPT_BREAKING=1
	$(PY) scripts/spec_diff.py --base $(or $(BASE),HEAD) $(if $(filter 1 yes true,$(ACCEPT_BREAKING)),--accept-breaking) $(BEFORE) $(AFTER)

lint: $(VENV)/.installed  ## ruff + mypy --strict on facekit/ and examples/
	$(BIN)/ruff check facekit tests scripts bench examples
	$(BIN)/ruff format --check facekit examples
	$(BIN)/mypy
	$(BIN)/mypy --strict examples

test:  ## the whole test suite, offline (cassettes replay, network blocked)
# loopback only, plus multiprocessing's forkserver socket (the write-point crash tests fork from it);
# Microsoft's samples have their own target (make samples)
	$(BIN)/pytest --block-network --allowed-hosts='127\.0\.0\.1,localhost,::1,.*/pymp-[^/]+/listener-' --record-mode=none --ignore=tests/official_samples

$(VENV)/.samples-installed: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[local,dev,docs,samples]'
	touch $@

samples: $(VENV)/.samples-installed  ## Microsoft's azure-ai-vision-face samples, unchanged, against the emulator (sdist fetched from PyPI, pinned)
	$(PY) -m tests.official_samples.fetch
	$(BIN)/pytest -p no:randomly tests/official_samples --block-network --allowed-hosts='127\.0\.0\.1,localhost,::1' --record-mode=none

demo:  ## enroll the sample people, train, identify a group photo (local emulator unless FACE_ENDPOINT is set)
	$(BIN)/facekit demo

serve:  ## run the local emulator on 127.0.0.1:5000
	$(BIN)/facekit serve

cassettes:  ## re-record the command cassettes against the local emulator (deterministic ids)
	$(BIN)/pytest --record-mode=rewrite tests/recorded/test_client_families.py tests/recorded/test_commands.py tests/recorded/tencent/test_documented_exchanges.py

docs: $(VENV)/.installed  ## build the API reference site into site/ (strict: a broken reference fails)
	$(BIN)/mkdocs build --strict --site-dir site

dist: $(VENV)/.installed  ## build the sdist and wheel into dist/ and check their metadata (twine check)
	rm -rf dist
	$(PY) -m build --outdir dist
	$(BIN)/twine check --strict dist/*

wheel-check: $(VENV)/.installed  ## build the wheel, install it in a fresh venv with an empty HOME: demo offline (1 line, exit 7), demo on first use, a user's pytest file
	$(PY) scripts/wheel_check.py

bench:  ## benchmarks; results and commands in bench/README.md
	$(PY) bench/run.py

mutation:  ## mutation score of the promise-carrying modules (mutmut 3, slow, not in CI): bench/mutation/results.md
	$(PY) -m pip install --quiet -e '.[local,dev,mutation]'
	nice $(BIN)/mutmut run --max-children 2
	$(PY) bench/mutation/summarize.py

clean:  ## remove virtual environments and caches
	rm -rf $(VENV) $(GENVENV) site dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
