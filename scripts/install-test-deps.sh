#!/usr/bin/env bash
# Debian programs the tests use as real consumers: qpdf (structure check), poppler-utils
# (pdftotext, pdffonts, pdftoppm), LibreOffice Writer (opens the DOCX), Neovim (the language
# server in another editor), unzip (lists what the .vsix holds).
# pandoc is only for the benchmark's comparison. Installs only what is missing.
set -euo pipefail
need=()
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
command -v nvim >/dev/null 2>&1 || need+=(neovim)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  echo "[test deps] apt-get install ${need[*]}"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
