#!/usr/bin/env bash
# The nightly rebuild: the site built again for the day (statuses, editions and office hours are for the
# day a page was written), into a folder of its own, checked, and only then put live by switching one
# symlink; a night whose build or check fails leaves yesterday's site up and says why.
#
#   REPO=/opt/sprawdz-wsparcie SITE_ROOT=/srv/sprawdz-wsparcie deploy/rebuild.sh
#
# nginx's `root` points at $SITE_ROOT/current (deploy/nginx/sprawdz-wsparcie.conf). The last $KEEP builds
# stay on disk, so an earlier day can be put back by pointing the symlink at it.
# The build and the check can be replaced (BUILD, VALIDATE) so a test can run this without a real build.
set -euo pipefail

REPO=${REPO:-$(cd "$(dirname "$0")/.." && pwd)}
SITE_ROOT=${SITE_ROOT:?SITE_ROOT: where the builds and the "current" symlink live}
KEEP=${KEEP:-7}
# The day the pages are written for: today in Poland, whatever the server's own time zone.
DAY=${DAY:-$(TZ=Europe/Warsaw date +%F)}
VALIDATE=${VALIDATE:-make --no-print-directory validate}
BUILD=${BUILD:-make --no-print-directory dist DAY=$DAY}
DIST=${DIST:-$REPO/dist}

builds="$SITE_ROOT/builds"
stamp="$DAY-$(date +%H%M%S)"
target="$builds/$stamp"
mkdir -p "$builds"

fail() {
  echo "rebuild $stamp: $1; the site stays as it was ($(readlink "$SITE_ROOT/current" 2>/dev/null || echo 'none yet'))" >&2
  rm -rf "$target.partial"
  exit 1
}

cd "$REPO"
bash -c "$VALIDATE" || fail "the catalogue did not pass wsparcie validate"
bash -c "$BUILD" || fail "the build failed"
# A build that wrote no first page, no service worker or no data is not a site.
for file in index.html sw.js 404.html data/1/places.json; do
  [ -s "$DIST/$file" ] || fail "the build wrote no $file"
done
cp -a "$DIST" "$target.partial"
mv "$target.partial" "$target"

# The switch: a new symlink renamed over the old one, so every request sees one whole site or the other.
ln -sfn "$target" "$SITE_ROOT/current.next"
mv -T "$SITE_ROOT/current.next" "$SITE_ROOT/current"
echo "rebuild $stamp: live ($target)"

# Older builds beyond the last $KEEP go, never the live one.
ls -1d "$builds"/*/ 2>/dev/null | sed 's:/$::' | sort | head -n -"$KEEP" | while read -r old; do
  [ "$old" = "$(readlink "$SITE_ROOT/current")" ] || rm -rf "$old"
done
