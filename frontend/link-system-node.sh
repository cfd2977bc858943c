#!/usr/bin/env bash
# Points frontend-maven-plugin at this machine's node and npm, so the build downloads no node.
# The plugin runs <dir>/node/node and <dir>/node/node_modules/npm/bin/npm-cli.js.
set -euo pipefail
dir="$1/node"
node_bin=$(command -v node) || { echo "node is not on PATH: install Node.js 20+ or build with -Dfrontend.downloadNode" >&2; exit 1; }
npm_bin=$(command -v npm) || { echo "npm is not on PATH: install npm or build with -Dfrontend.downloadNode" >&2; exit 1; }
npm_dir=$(cd "$(dirname "$(readlink -f "$npm_bin")")/.." && pwd)
mkdir -p "$dir/node_modules"
ln -sfn "$(readlink -f "$node_bin")" "$dir/node"
ln -sfn "$npm_dir" "$dir/node_modules/npm"
