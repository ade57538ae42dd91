#!/usr/bin/env bash
# trunk post-build hook: minify the wasm-bindgen JS glue in trunk's staging folder (trunk's own JS
# minifier cannot parse its `export default`). terser comes from npm (package.json).
set -euo pipefail
for f in "$TRUNK_STAGING_DIR"/*.js; do
  [ -e "$f" ] || continue
  terser "$f" --module --compress --mangle --output "$f.min"
  mv "$f.min" "$f"
done
