#!/usr/bin/env bash
# On a fresh Debian machine: installs what the tests need (Chromium, poppler-utils, qpdf,
# python3-networkx, python3-igraph and the npm dependencies from the lockfile), then runs every test. README.md names this as the test command.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v qpdf >/dev/null || missing+=(qpdf)
# networkx reads the exported GraphML back; Debian's python3 is the one that has it.
/usr/bin/python3 -c 'import networkx' 2>/dev/null || missing+=(python3-networkx)
# igraph reads it back too (numeric weights, no NaN).
/usr/bin/python3 -c 'import igraph' 2>/dev/null || missing+=(python3-igraph)
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${missing[*]} with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The lockfile pins a Node 24 binary (the `node` package) that the npm scripts use,
# whatever Node the machine has.
npm ci --no-audit --no-fund
# Types first: `astro check` generates the astro:content types (in .astro/, not committed) and checks the .astro files, then tsc checks everything.
npm run typecheck
# Style: ESLint's rules, then Prettier's layout (npm run format rewrites what this refuses).
npm run lint
npm run format:check
npm test
