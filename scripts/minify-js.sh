#!/usr/bin/env bash
# trunk post-build hook: minify the wasm-bindgen JS glue and its snippets (the app's inline JS) in
# trunk's staging folder (trunk's own JS minifier cannot parse their `export`s). terser comes from
# npm (package.json).
set -euo pipefail
shopt -s nullglob
for f in "$TRUNK_STAGING_DIR"/*.js "$TRUNK_STAGING_DIR"/snippets/*/*.js; do
  terser "$f" --module --compress --mangle --output "$f.min"
  mv "$f.min" "$f"
done
