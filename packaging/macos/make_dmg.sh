#!/usr/bin/env bash
# Build BallotDesk.app with PyInstaller and wrap it in a disk image. Run on macOS:
#   packaging/macos/make_dmg.sh
# Produces dist/BallotDesk.dmg. Sign and notarise with your Apple Developer ID before sharing.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -m venv .venv-build
.venv-build/bin/pip install -q . pyinstaller
.venv-build/bin/pyinstaller --noconfirm --clean packaging/ballotdesk.spec
dist/BallotDesk.app/Contents/MacOS/ballotdesk --smoke-test
rm -f dist/BallotDesk.dmg
hdiutil create -volname BallotDesk -srcfolder dist/BallotDesk.app -ov -format UDZO dist/BallotDesk.dmg
echo "Wrote dist/BallotDesk.dmg"
