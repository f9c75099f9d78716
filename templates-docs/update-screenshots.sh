#!/usr/bin/env bash
# Regenerates the screenshots of this page map from the browser tests (needs what ./mvnw verify needs).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='*BrowserIT'
rm -f templates-docs/screenshots/*.png
cp target/screenshots/*.png templates-docs/screenshots/
echo "Copied $(ls templates-docs/screenshots | wc -l) screenshots into templates-docs/screenshots"
