#!/usr/bin/env bash
# The one test command (`npm test`, and what .ci/run calls). On a fresh machine it installs what
# the tests need (Debian's Chromium and firefox-esr, then `npm ci`), type-checks, lints, builds
# both browsers, runs the unit and end-to-end suites, and ends with one line "N passed, N failed"
# summing every check and every test.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
report=$(mktemp -d)

check() { # check NAME COMMAND...: one pass or fail for a step that is not a test suite
  local name=$1
  shift
  echo "::: $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

suite() { # suite NAME CONFIG: a Vitest run, counted test by test
  local name=$1 config=$2 json="$report/$1.json"
  echo "::: $name"
  npx vitest run -c "$config" --reporter=default --reporter=json --outputFile.json="$json"
  if [ -s "$json" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTestSuites && !r.success && !r.numFailedTests ? 1 : 0))' "$json")
    passed=$((passed + p))
    failed=$((failed + f))
  else
    failed=$((failed + 1))
    echo "FAILED: $name wrote no report"
  fi
}

install_browsers() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

check "install browsers (apt)" install_browsers
check "npm ci" npm ci --no-audit --no-fund
check "type-check" npx tsc --noEmit
check "lint" npx eslint .
check "build chrome + firefox" npm run --silent build
check "zip chrome + firefox" npm run --silent zip
check "build e2e flavour" npm run --silent build:e2e
suite unit vitest.config.ts
suite e2e vitest.e2e.config.ts

rm -rf "$report"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
