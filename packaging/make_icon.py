"""Render Regie's icon (resources/icons/regie.svg) into a Windows .ico with Qt: ``python packaging/make_icon.py OUT``.

Used by build.ps1 (the executables' icon, picked up by regie.spec) and by build.py (the MSI's Start menu and
"Apps & features" icon).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "regie.svg"
SIZE_PX = 256


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QIcon

    if len(argv) != 1:
        print("gebruik: python packaging/make_icon.py UIT.ico", file=sys.stderr)
        return 2
    Path(argv[0]).parent.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication([sys.argv[0]])
    pixmap = QIcon(str(SVG)).pixmap(SIZE_PX, SIZE_PX)
    ok = not pixmap.isNull() and pixmap.save(argv[0], "ICO")
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
