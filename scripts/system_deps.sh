#!/usr/bin/env bash
# System packages tradepact needs: CJK and Liberation fonts and Pango for PDF rendering (the
# template's Latin text is Liberation Serif, metric-compatible with the DOCX's Times New Roman),
# LibreOffice for the DOCX conversion test and benchmark, poppler for the README picture,
# python3-venv for the venv.
# As root it installs what is missing with apt-get; otherwise it says what to install.
set -euo pipefail

missing=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for pkg in fonts-noto-cjk fonts-liberation2 libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils libreoffice-writer-nogui; do
  have_pkg "$pkg" || missing+=("$pkg")
done
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "tradepact needs: Noto CJK and Liberation fonts, Pango, poppler-utils, LibreOffice Writer, python3-venv." >&2
  echo "Install them with your system's package manager." >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "tradepact needs these Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fc-cache -f >/dev/null 2>&1 || true
