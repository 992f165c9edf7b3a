#!/usr/bin/env bash
# Build the Linux one-folder app and check it: packaging/linux/build.sh
# Install it for the current user as packaging/README.md describes (copy, link, desktop entry, icon, file type).
set -euo pipefail
cd "$(dirname "$0")/../.."
.venv/bin/pyinstaller --noconfirm --clean packaging/ballotdesk.spec
dist/BallotDesk/ballotdesk --smoke-test
install -Dm644 packaging/linux/ballotdesk.desktop dist/BallotDesk/share/applications/ballotdesk.desktop
install -Dm644 packaging/linux/ballotdesk-mime.xml dist/BallotDesk/share/mime/packages/ballotdesk.xml
install -Dm644 resources/icons/ballotdesk-256.png dist/BallotDesk/share/icons/hicolor/256x256/apps/ballotdesk.png
echo "Built dist/BallotDesk"
