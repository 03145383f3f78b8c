#!/usr/bin/env bash
# System programs the test suite needs, installed by the project's own set-up (make test runs this first):
#   chromium               - the browser test of worklist.html (headless, tests/e2e/test_html_browser.py)
#   LibreOffice Calc       - opens worklist.xlsx headless (tests/e2e/test_xlsx_libreoffice.py)
#   fonts-dejavu-core      - a font, so that the browser's screenshot shows text
#   postgresql             - initdb / pg_ctl: the test suite starts its own PostgreSQL server (state-store tests);
#                            Debian puts them in /usr/lib/postgresql/N/bin, not on PATH
# Idempotent: installs only what is missing, says what it does. Debian / Ubuntu (apt-get); runs as root
# (or through password-less sudo). Anything else: install the programs by hand and rerun.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if ! command -v soffice >/dev/null 2>&1; then
    calc=libreoffice-calc-nogui
    if command -v apt-cache >/dev/null 2>&1 && ! apt-cache show "$calc" >/dev/null 2>&1; then
        calc=libreoffice-calc
    fi
    need+=("$calc")
fi
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
if ! command -v initdb >/dev/null 2>&1 && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    need+=(postgresql)
fi

if [ ${#need[@]} -eq 0 ]; then
    echo "setup_system: chromium, soffice, fonts and postgresql already installed; nothing to do"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup_system: missing ${need[*]} and no apt-get here; install them with this system's package manager" >&2
    exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        echo "setup_system: missing ${need[*]}; run 'sudo scripts/setup_system.sh' once (needs root)" >&2
        exit 1
    fi
fi
echo "setup_system: installing ${need[*]} with apt-get"
"${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
    --no-install-recommends "${need[@]}"
echo "setup_system: installed ${need[*]}"
