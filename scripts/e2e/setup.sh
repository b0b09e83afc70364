#!/usr/bin/env bash
# Installs what the end-to-end tests need, once, into .cache/e2e (git-ignored):
#   - Debian packages when missing: chromium (the browser playwright-core drives), libkrb5-dev
#     (headers for code-server's kerberos module), ripgrep (the rg binary code-server's
#     @vscode/ripgrep would otherwise download from GitHub, which this network cannot reach);
#   - code-server 4.100.3 (VS Code 1.100.3, the newest whose postinstall accepts Node 20),
#     with the install fixes from shared/notes/real-vscode.md.
# Idempotent: a second run finds the stamp file and returns at once.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
RIPGREP_PKG_VERSION=1.15.11  # the @vscode/ripgrep version code-server 4.100.3 depends on
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cache="$root/.cache/e2e"
install_dir="$cache/code-server"
stamp="$install_dir/.installed-$CODE_SERVER_VERSION"
log() { printf '[e2e setup] %s\n' "$*"; }

# --- Debian packages -----------------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
# node-gyp builds code-server's native modules against Node's own headers (/usr/include/node).
for tool in make g++ python3; do command -v "$tool" >/dev/null 2>&1 || missing+=(build-essential python3); done
if [ ${#missing[@]} -gt 0 ]; then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  log "apt-get install ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
fi

if [ -f "$stamp" ] && [ -x "$install_dir/node_modules/.bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in ${install_dir#$root/}"
  exit 0
fi

# --- code-server -----------------------------------------------------------------------------
[ "$(uname -m)" = x86_64 ] || { log "only x86_64 is supported (ripgrep asset)"; exit 1; }
log "installing code-server $CODE_SERVER_VERSION into ${install_dir#$root/} (about a minute)"
started=$(date +%s)
rm -rf "$install_dir"
mkdir -p "$install_dir" "$cache/tmp"

# Fix 2: the ripgrep tarball @vscode/ripgrep looks for in $TMPDIR before downloading it.
rg_cache="$cache/tmp/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
mkdir -p "$rg_cache"
if [ ! -s "$rg_cache/$RIPGREP_ASSET" ]; then
  pack=$(mktemp -d)
  cp "$(command -v rg)" "$pack/rg"
  tar -czf "$rg_cache/$RIPGREP_ASSET" -C "$pack" rg
  rm -rf "$pack"
fi

cat >"$install_dir/package.json" <<JSON
{ "name": "e2e-code-server", "private": true, "description": "code-server for the end-to-end tests; installed by scripts/e2e/setup.sh" }
JSON

# Fix 3: build native modules against the installed Node headers; let node-pty's `npx node-gyp`
# run without a prompt; let the postinstall run as root.
(
  cd "$install_dir"
  export TMPDIR="$cache/tmp" npm_config_nodedir=/usr npm_config_yes=true
  npm install "code-server@$CODE_SERVER_VERSION" --unsafe-perm --foreground-scripts \
    --no-audit --no-fund --loglevel=error >"$cache/install.log" 2>&1
) || { log "npm install failed; last lines of ${cache#$root/}/install.log:"; tail -40 "$cache/install.log"; exit 1; }

"$install_dir/node_modules/.bin/code-server" --version >/dev/null
touch "$stamp"
log "done in $(( $(date +%s) - started )) s"
