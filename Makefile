# Sprawdź wsparcie. Two commands on a fresh Debian machine with Rust: `make serve` and `make test`.
# Every install step checks first and skips what is already present at the right version. Everything
# comes from the package registries (crates.io, npm, Debian); trunk never downloads a tool itself.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROMIUM := /usr/bin/chromium
export CARGO_TERM_COLOR := never
# A CI run builds once from nothing: incremental caches (about 3 GB of target/) would never be reused.
ifeq ($(CI),true)
export CARGO_INCREMENTAL := 0
endif

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
WASM_SPLIT_VERSION := $(shell awk '/^name = "wasm_split_helpers"$$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
WASM_OPT_VERSION := 132
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help serve test dist size size-report tools rust-tools npm-tools browser web-server lint scenarios test-native test-wasm test-e2e e2e lighthouse validate data bench clean

help:
	@echo "make serve   install what is missing, build, serve on http://127.0.0.1:8080 (Ctrl+C stops;"
	@echo "             SW=1 make serve registers the service worker, as the deployed app does)"
	@echo "make test    install what is missing, run every test (native, wasm in Chromium, end-to-end)"
	@echo "make dist    release build into dist/"
	@echo "make size    size report of dist/ (fails over the first-page budget)"
	@echo "make bench   benchmarks: evaluation (native, Chromium), place search, the national catalogue,"
	@echo "             the checker on a slow phone (first and repeat visit)"

# ---- installs (each skips itself when already right) ----

rust-tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown
	@for c in rustfmt clippy; do rustup component list --installed | grep -q "^$$c" || rustup component add $$c; done
	@if trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)"; then echo "trunk $(TRUNK_VERSION): present"; \
	  else cargo install --locked trunk --version $(TRUNK_VERSION); fi
	@test -n "$(WASM_BINDGEN_VERSION)" || { echo "wasm-bindgen not found in Cargo.lock"; exit 1; }
	@# Without --locked: the registry copy's lock file names a crate version the registry lacks.
	@if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" \
	    && command -v wasm-bindgen-test-runner >/dev/null; then echo "wasm-bindgen $(WASM_BINDGEN_VERSION): present"; \
	  else cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); fi
	@# wasm-split-cli cuts the checker's wasm into parts (scripts/split-wasm.sh); the same release as
	@# the wasm_split_helpers Leptos's `#[lazy]` compiles to (Cargo.lock).
	@if cargo install --list | grep -qx "wasm_split_cli_support v$(WASM_SPLIT_VERSION):"; then echo "wasm-split-cli $(WASM_SPLIT_VERSION): present"; \
	  else cargo install --locked wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --features build-binary; fi

# binaryen 132 from npm gives a wasm-opt whose output runs in Chromium (Debian's is too old).
npm-tools: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@wasm-opt --version | grep -q "version $(WASM_OPT_VERSION)" || { echo "wasm-opt $(WASM_OPT_VERSION) missing"; exit 1; }
	@touch $@

# nginx serves the build in the end-to-end tests with the deployment's configuration (deploy/nginx/),
# with Debian's module that sends the build's brotli files.
NGINX_BROTLI := /usr/lib/nginx/modules/ngx_http_brotli_static_module.so
web-server:
	@if [ -x /usr/sbin/nginx ] && [ -f $(NGINX_BROTLI) ]; then echo "nginx and its brotli_static module: present"; \
	  else $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static; fi

browser:
	@if [ -x $(CHROMIUM) ] && [ -x $(CHROMEDRIVER) ]; then echo "chromium and chromedriver: present"; \
	  else $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends chromium chromium-driver; fi

tools: rust-tools npm-tools

# ---- build and serve ----

# Five bundles: the catalogue app (index.html), the eligibility checker (check.html, served under
# /sprawdz/), the islands of the pages written at build time (pages.html, under /strony/: what a
# catalogue page loads first, src/ui/islands.rs; pages-check.html, under /strony-sprawdz/, the
# checker's pages' own, with the first question) and the staff editor (editor.html, under
# /dla-osrodkow/). The catalogue is built first: trunk replaces its whole dist folder. Then the
# prerender step (src/bin/prerender/) reads from trunk's pages the files each bundle loads and writes
# every page of the site itself, whole: each page that reads the same for everyone drawn as HTML by the
# app's own components, natively, one file per address, so any static host serves deep links; in each
# language, under /uk/ and /en/ for the two besides Polish; the editor's pages and each bundle's empty
# page. It writes the pages' module scripts as files and their Content-Security-Policy, checked
# against deploy/nginx/, and dist/layout.json, which says what the build holds for the steps after it.
# `make dist SITE=https://…` names where the pages are served, for the full addresses of their
# hreflang links; `make dist DAY=2027-01-01` writes the statuses for that day, by default today in
# Poland: deploy/rebuild.sh builds each night. Then the service worker, whose list of files to keep
# offline is made from what the builds produced; last, the files every visit loads compressed once
# with brotli, for the host to send (scripts/precompress.mjs).
# The checker is linked keeping its relocations, which wasm-split needs (scripts/split-wasm.sh), in a
# target folder of its own so the other bundles' builds keep their cache. RUSTFLAGS replaces the
# flags .cargo/config.toml gives, so they are said again here.
SPLIT_BUILD := CARGO_TARGET_DIR=target/split RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs"

dist: tools
	trunk build --release
	$(SPLIT_BUILD) trunk build check.html --release --dist dist/sprawdz --public-url /sprawdz/
	scripts/split-wasm.sh dist/sprawdz target/split/wasm32-unknown-unknown/release/sprawdz-wsparcie-check.wasm
	trunk build pages.html --release --dist dist/strony --public-url /strony/
	trunk build pages-check.html --release --dist dist/strony-sprawdz --public-url /strony-sprawdz/
	trunk build editor.html --release --dist dist/dla-osrodkow --public-url /dla-osrodkow/
	cargo run --quiet --features ssr --bin prerender -- dist $(if $(SITE),--site $(SITE)) $(if $(DAY),--date $(DAY))
	node scripts/service-worker.mjs dist
	node scripts/precompress.mjs dist

# Serves dist/ as a plain static host would: a file for every address, no rewrite rule (404.html for
# an address with no file).
# Development mode: the service worker is not registered (an earlier one removes itself) unless SW=1.
serve: dist
	node tests/e2e/server.mjs dist 8080 $(if $(SW),,--dev)

size: dist size-report

size-report:
	node scripts/size-report.mjs dist

# ---- tests ----

validate:
	cargo run --quiet --bin wsparcie -- validate public/catalogue --data public/data/1

# The shipped place and centre data (public/data/1/) built again from data/sources/ (GUS TERYT, centre
# directories). A native test checks that what is committed is exactly what this writes.
data:
	cargo run --quiet --bin wsparcie -- data --sources data/sources --out public/data/1

# Habits, not a clean-up before review: formatting, and clippy with warnings as errors, natively and for
# the browser build (the UI compiles only there).
lint: rust-tools
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown --features editor -- -D warnings
	cargo clippy --features ssr --bin prerender -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features pages --bin sprawdz-wsparcie-pages -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features pages-checker --bin sprawdz-wsparcie-pages -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features split --bin sprawdz-wsparcie-check -- -D warnings

# The scenario files are generated (tests/scenarios/generate.py works the expected results out on its
# own): written again here, they must be exactly what is committed.
scenarios:
	python3 tests/scenarios/generate.py
	git diff --exit-code -- tests/scenarios

# The prerender step's own tests build with its feature (`ssr`), apart from the rest.
test-native:
	cargo test --all-targets
	cargo test --features ssr --bin prerender

test-wasm: rust-tools browser
	cargo test --target wasm32-unknown-unknown --features web --test web

test-e2e: dist npm-tools browser web-server e2e

# A test that fails with a server or browser still open must not hold the run: each test has five
# minutes (the longest takes about 15 s), and the run ends once the tests have.
e2e:
	node --test --test-concurrency=1 --test-timeout=300000 --test-force-exit tests/e2e/

# Lighthouse on the release build: accessibility must be 100, best practices at least 90; the
# performance figures are printed for docs/PERFORMANCE.md (reports in target/lighthouse/).
lighthouse:
	node scripts/lighthouse.mjs dist

# Every suite runs; the first failure stops make with a non-zero status. The release build is made
# once and then measured and tested.
test: tools browser web-server
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory scenarios
	$(MAKE) --no-print-directory validate
	$(MAKE) --no-print-directory test-native
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory dist
	$(MAKE) --no-print-directory size-report
	$(MAKE) --no-print-directory e2e
	$(MAKE) --no-print-directory lighthouse

# One household against 10 000 generated projects: natively, then in headless Chromium (release wasm,
# as shipped); then "Gdzie mieszkasz?" typed letter by letter in Chromium with the CPU slowed 4×; the
# national catalogue (and its pages written at build time, and the checker walked on it); a first
# visit's bytes with the worker; a resident's way through the checker on a slow phone, first and repeat
# visit. Not part of `make test`: it measures, it does not pass or fail on time.
bench: rust-tools browser dist
	cargo bench --bench evaluate
	cargo test --release --target wasm32-unknown-unknown --features web --test bench_web -- --nocapture 2>&1 | grep -E "BENCH|test result"
	node scripts/bench-search.mjs dist
	node scripts/bench-national.mjs dist
	node scripts/first-visit.mjs dist
	node scripts/bench-languages.mjs dist
	node scripts/bench-checker.mjs dist

clean:
	cargo clean
	rm -rf dist node_modules
