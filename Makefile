# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,ocr,postgres]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/ceinbox run

test: $(STAMP) lint
	$(BIN)/python -m pytest -q -n auto

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests bench docs
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/corpus_report.py
	$(BIN)/python bench/holdout_report.py holdout_factory
	$(BIN)/python bench/holdout_report.py holdout2_factory
	$(BIN)/python bench/holdout_report.py holdout3_factory
	$(BIN)/python bench/holdout_report.py holdout4_factory
	$(BIN)/python bench/holdout_report.py holdout5_factory
	$(BIN)/python bench/holdout_report.py holdout6_factory
	$(BIN)/python bench/holdout_report.py holdout7_factory
	$(BIN)/python bench/holdout_report.py holdout8_factory
	$(BIN)/python bench/holdout_report.py holdout10_factory
	$(BIN)/python bench/holdout_report.py holdout11_factory
	$(BIN)/python bench/holdout_report.py holdout12_factory
	$(BIN)/python bench/holdout_report.py holdout13_factory
	$(BIN)/python bench/holdout_report.py holdout14_factory
	$(BIN)/python bench/holdout_report.py holdout15_factory
	$(BIN)/python bench/holdout_report.py holdout16_factory
	$(BIN)/python bench/holdout_report.py holdout17_factory
	$(BIN)/python bench/holdout_report.py holdout18_factory
	$(BIN)/python bench/holdout_report.py holdout19_factory
	$(BIN)/python bench/holdout_report.py holdout20_factory
	$(BIN)/python bench/holdout_report.py holdout21_factory
	$(BIN)/python bench/holdout_report.py holdout22_factory
	$(BIN)/python bench/holdout_report.py holdout23_factory
	$(BIN)/python bench/holdout_report.py holdout24_factory
	$(BIN)/python bench/accuracy_report.py
	$(BIN)/python bench/learned_layouts.py
	$(BIN)/python bench/ingest_speed.py
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/page_speed.py
	$(BIN)/python bench/ocr_speed.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
