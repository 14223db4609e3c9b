# Warta: two commands set everything up on a fresh machine -- `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench bench-tokens eval eval-dev train-ner clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,dask]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/warta extract corpus/articles.jsonl -o records.jsonl --force
	$(BIN)/python -m pipeline.summary records.jsonl

test: $(STAMP)
	$(BIN)/python -m pytest -q

# The CI gate: scores on the annotated corpus and on the fresh set (quotes only) must stay at
# or above corpus/thresholds.toml and corpus/fresh/thresholds.toml.
eval: $(STAMP)
	$(BIN)/warta evaluate corpus --thresholds corpus/thresholds.toml
	$(BIN)/warta evaluate corpus/fresh --thresholds corpus/fresh/thresholds.toml

# Scores on the development sets in ../shared/data (never committed); says so without them.
# DEV_LIMIT=N scores the first N articles of each set.
eval-dev: $(STAMP)
	$(BIN)/python -m pipeline.evaluate_dev --data ../shared/data $(if $(DEV_LIMIT),--limit $(DEV_LIMIT))

# Speed and memory: docs/s, words/s and peak RSS for 1 and 2 workers -> bench/results.md.
# Reads the Detik dev set from ../shared/data at run time (else corpus/articles.jsonl).
bench: $(STAMP)
	$(BIN)/warta bench speed --data ../shared/data --docs 500 --output bench/results.md

# Token and sentence F1 on the UD Indonesian test sets in ../shared/data (README table).
bench-tokens: $(STAMP)
	$(BIN)/warta bench tokens --data ../shared/data

train-ner: $(STAMP)
	$(BIN)/pip install -q -e '.[train]'
	$(BIN)/warta train ner --data ../shared/data

clean:
	rm -rf $(VENV) records.jsonl
