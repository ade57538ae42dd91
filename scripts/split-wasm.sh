#!/usr/bin/env bash
# Splits the checker's wasm where its code says `#[lazy]` (src/ui/check/app.rs): the pages a resident
# opens after a result (their documents, a declaration, its print, the device settings, a project's
# QR code) become modules of their own, fetched when one of them is first opened, so the part that
# reaches a result is smaller (docs/decisions/0009-checker-in-parts.md).
#
# Usage: scripts/split-wasm.sh <bundle folder trunk built> <the bin's wasm, linked with --emit-relocs>
#
# trunk cannot split (trunk-rs/trunk#1022), so `make dist` builds check.html with trunk, linked with
# `-Clink-args=--emit-relocs` (wasm-split needs the relocations), and then this replaces what trunk made
# of the wasm with the split: wasm-split-cli (crates.io, wasm_split_cli_support) cuts the module,
# wasm-bindgen writes the glue of the main part (keeping the linker's exports the parts import), and
# wasm-opt and terser shrink each file with check.html's own options. Trunk's file names stay, so its
# page, the written pages and the service worker name the same files; each part's name carries a hash
# of its bytes, as trunk's do, so a browser never pairs a part with another build's main module.
set -euo pipefail
shopt -s nullglob

folder=$1
input=$2
[ -f "$input" ] || { echo "split-wasm: $input is missing (build check.html first, see the Makefile's dist)" >&2; exit 1; }
js=("$folder"/sprawdz-wsparcie-check-*.js)
[ ${#js[@]} -eq 1 ] || { echo "split-wasm: expected one sprawdz-wsparcie-check-*.js in $folder, found ${#js[@]}" >&2; exit 1; }
stem=$(basename "${js[0]}" .js)
# check.html's wasm-opt options, read from where trunk reads them.
opt_params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' check.html)
[ -n "$opt_params" ] || { echo "split-wasm: no data-wasm-opt-params in check.html" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-split-cli --target web --out-name "$stem" "$input" "$work/split"
parts=("$work"/split/chunk_*.wasm "$work"/split/split_*.wasm)
[ ${#parts[@]} -gt 0 ] || { echo "split-wasm: $input has no split points (was it linked with --emit-relocs?)" >&2; exit 1; }
wasm-bindgen --no-demangle --target web --keep-lld-exports --no-typescript --out-dir "$work/bg" --out-name "$stem" "$work/split/$stem.wasm"

hash16() { sha256sum "$1" | cut -c1-16; }
# shellcheck disable=SC2086 # the options are words
wasm-opt -Oz $opt_params --strip-debug "$work/bg/${stem}_bg.wasm" -o "$folder/${stem}_bg.wasm" 2> >(grep -v "unknown name subsection" >&2)
link="$work/split/__wasm_split.js"
for part in "${parts[@]}"; do
  name=$(basename "$part" .wasm)
  # shellcheck disable=SC2086
  wasm-opt -Oz $opt_params --strip-debug "$part" -o "$work/$name.wasm" 2> >(grep -v "unknown name subsection" >&2)
  hashed="$name-$(hash16 "$work/$name.wasm").wasm"
  mv "$work/$name.wasm" "$folder/$hashed"
  sed -i "s|\"./$name.wasm\"|\"./$hashed\"|" "$link"
  grep -q "\"./$hashed\"" "$link" || { echo "split-wasm: $name.wasm is not named in __wasm_split.js" >&2; exit 1; }
done
terser "$link" --module --compress --mangle --output "$work/link.js"
link_name="__wasm_split-$(hash16 "$work/link.js").js"
mv "$work/link.js" "$folder/$link_name"
# Only where the glue imports it: its table of imports keeps the name the wasm asks for.
sed -i "s|from \"./__wasm_split.js\"|from \"./$link_name\"|g" "$work/bg/$stem.js"
grep -q "from \"./$link_name\"" "$work/bg/$stem.js" || { echo "split-wasm: the glue does not import __wasm_split.js" >&2; exit 1; }
grep -q "__wasm_split_placeholder__" "$work/bg/$stem.js" && { echo "split-wasm: the glue still imports a placeholder" >&2; exit 1; }
terser "$work/bg/$stem.js" --module --compress --mangle --output "$folder/$stem.js"
# The glue's snippets are the crate's inline JS, the same as trunk's; copied in case they differ.
for f in "$work"/bg/snippets/*/*.js; do
  terser "$f" --module --compress --mangle --output "$folder/snippets/$(basename "$(dirname "$f")")/$(basename "$f")"
done
echo "split-wasm: $stem: main $(stat -c %s "$folder/${stem}_bg.wasm") bytes and ${#parts[@]} parts"
