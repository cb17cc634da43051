#!/usr/bin/env bash
# Smoke test of a built bundle with no Python on the PATH and a clean environment: the window
# opens offscreen and quits when ready, a search gives results, `check` of the bundled cases
# is clean, handouts and a team library work, and a first index of 500+ cases runs its two
# spawned worker processes.
# Usage: bash packaging/smoke.sh dist/Casebook   (or dist/Casebook.app on macOS)
set -euo pipefail
bundle="${1:?usage: bash packaging/smoke.sh dist/Casebook}"
here="$(cd "$(dirname "$0")" && pwd)"
if [ -x "$bundle/casebook" ]; then
  exe="$bundle/casebook"
elif [ -x "$bundle/Contents/MacOS/Casebook" ]; then
  exe="$bundle/Contents/MacOS/Casebook"
elif [ -f "$bundle/casebook.com" ]; then
  exe="$bundle/casebook.com"
else
  echo "smoke: no casebook executable in $bundle" >&2
  exit 2
fi
exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/empty-path" "$work/home"
failed=0
say() { printf 'smoke: %s\n' "$*"; }
fail() { printf 'smoke: FAIL: %s\n' "$*" >&2; failed=1; }

# The bundle alone: an empty PATH, no PYTHON* variables, a fresh home and data folder; each
# run ends after five minutes at most.
run() {
  timeout 300 env -i PATH="$work/empty-path" HOME="$work/home" LANG=C.UTF-8 \
    ${SYSTEMROOT:+SYSTEMROOT="$SYSTEMROOT"} ${WINDIR:+WINDIR="$WINDIR"} \
    QT_QPA_PLATFORM=offscreen CASEBOOK_DATA_DIR="$work/data" "$@"
}
if run "$BASH" -c 'command -v python3 || command -v python' >/dev/null 2>&1; then
  fail "a Python is on the PATH the bundle runs with"
fi

say "the window opens offscreen and quits when ready"
start=$(date +%s%N)
if run CASEBOOK_QUIT_WHEN_READY=1 "$exe" >"$work/app.log" 2>&1; then
  say "  ready in $(( ($(date +%s%N) - start) / 1000000 )) ms (first start: indexes the cases)"
else
  fail "the app did not start and quit: $(tail -5 "$work/app.log")"
fi
start=$(date +%s%N)
if run CASEBOOK_QUIT_WHEN_READY=1 "$exe" >"$work/app.log" 2>&1; then
  say "  ready in $(( ($(date +%s%N) - start) / 1000000 )) ms (second start)"
else
  fail "the app did not start a second time: $(tail -5 "$work/app.log")"
fi

say 'casebook search "participatory budgeting" --json'
if run "$exe" search "participatory budgeting" --json >"$work/search.json" 2>"$work/err"; then
  total=$(grep -o '"total": [0-9]*' "$work/search.json" | grep -o '[0-9]*$' || echo 0)
  if [ "${total:-0}" -gt 0 ]; then
    say "  $total results"
  else
    fail "no results: $(head -c 300 "$work/search.json")"
  fi
else
  fail "search failed: $(cat "$work/err")"
fi

say "casebook check (the bundled cases)"
if run "$exe" check >"$work/check.log" 2>&1; then
  line=$(tail -1 "$work/check.log")
  say "  $line"
  case "$line" in
    "0 errors, 0 warnings"*) ;;
    *) fail "check is not clean: $line" ;;
  esac
else
  fail "check found errors: $(tail -5 "$work/check.log")"
fi

say "handouts of a comparison (the writers Qt and python-docx bring along)"
ids=$(grep -o '"id": "[^"]*"' "$work/search.json" | head -2 | cut -d'"' -f4 | tr '\n' ' ')
formats=$(run "$exe" compare --help | grep -o 'text,[a-z,]*' | head -1 | tr ',' ' ')
for format in pdf docx odt; do
  case " $formats " in *" $format "*) ;; *) say "  $format: not offered yet"; continue ;; esac
  # shellcheck disable=SC2086  # two ids
  if run "$exe" compare $ids --format "$format" --output "$work/compare.$format" \
      >/dev/null 2>"$work/err" && [ -s "$work/compare.$format" ]; then
    say "  $format: $(wc -c <"$work/compare.$format") bytes"
  else
    fail "compare --format $format: $(cat "$work/err")"
  fi
done

if run "$exe" library --help >/dev/null 2>&1; then
  say "a team library: init, then add it (Git through pygit2)"
  if run "$exe" library init "$work/team" >/dev/null 2>"$work/err" &&
      run "$exe" library add "file://$work/team" --name team --into "$work/team-clone" \
        </dev/null >"$work/team.log" 2>"$work/err"; then
    say "  $(cat "$work/team.log")"
  else
    fail "team library: $(cat "$work/err")"
  fi
fi

say "a first index of 500+ cases (two spawned indexing processes)"
for n in $(seq 1 9); do
  mkdir -p "$work/many/copy-$n"
  for file in $(find "$here/../cases" -name '*.md'); do
    sed -e 's/\r$//' -e "s/^id: \(.*\)$/id: \1-$n/" "$file" \
      >"$work/many/copy-$n/$n-$(basename "$file")"
  done
done
if run CASEBOOK_DATA_DIR="$work/data-many" "$exe" --cases "$work/many" index \
    >"$work/index.log" 2>&1; then
  say "  $(tail -1 "$work/index.log")"
  count=$(run CASEBOOK_DATA_DIR="$work/data-many" "$exe" --cases "$work/many" search \
    "participatory budgeting" --json | grep -o '"total": [0-9]*' | grep -o '[0-9]*$' || true)
  if [ "${count:-0}" -ge $(( ${total:-1} * 9 )) ]; then
    say "  $count results, nine copies of each"
  else
    fail "the bulk index misses cases: ${count:-none} results, expected $(( ${total:-0} * 9 ))"
  fi
else
  fail "indexing 500+ cases failed: $(tail -5 "$work/index.log")"
fi

if [ "$failed" -ne 0 ]; then
  say "failed"
  exit 1
fi
say "passed"
