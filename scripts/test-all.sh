#!/usr/bin/env bash
# The whole test run (`npm test`): set-up, build, typecheck, unit tests, Firefox lint, and the end-to-end
# suites in real Chromium and Firefox ESR. Works on a fresh Debian machine as root with nothing done first.
# Ends with the plain lines CI reads: "unit: N passed, M failed", "e2e chromium: …", "e2e firefox: …".
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
step() { printf '\n== %s\n' "$1"; }

step "set-up"
bash scripts/ensure-browsers.sh || status=1
[ -d node_modules ] || npm ci --no-audit --no-fund || exit 1

step "build (dist/chrome, dist/firefox, dist/cli)"
npm run --silent build >/tmp/qari-build.log 2>&1 || { cat /tmp/qari-build.log; echo "build failed"; exit 1; }
echo "built"

step "typecheck"
npx tsc -p . || status=1

step "web-ext lint (dist/firefox)"
npx web-ext lint --source-dir dist/firefox --output=json >/tmp/qari-lint.json 2>/dev/null
node -e '
const r = JSON.parse(require("fs").readFileSync("/tmp/qari-lint.json", "utf8"))
for (const m of [...r.errors, ...r.warnings]) console.log(`  ${m._type} ${m.code} ${m.file ?? ""}: ${m.message}`)
console.log(`web-ext lint: ${r.summary.errors} errors, ${r.summary.warnings} warnings`)
process.exit(r.summary.errors ? 1 : 0)' || status=1

step "unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest.json || status=1
unit_line=$(node -e 'const r=require("./.vitest.json");console.log(`unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed`)' 2>/dev/null || echo "unit: 0 passed, 1 failed")

step "end-to-end"
e2e_log=$(mktemp)
node test/e2e/run-e2e.mjs 2>&1 | tee "$e2e_log" || status=1
e2e_out=$(cat "$e2e_log")

printf '\n'
echo "$unit_line"
echo "$e2e_out" | grep -E '^e2e [a-z]+: [0-9]+ passed, [0-9]+ failed' || { echo "e2e: 0 passed, 1 failed"; status=1; }
exit $status
