#!/bin/sh
# Regenerates every raster icon from the SVG sources in this folder. Run it after editing an SVG and
# commit the results: the PNGs, .ico and .icns are committed so that builds on Windows and macOS
# (which lack rsvg-convert) and the resource glob in resources/CMakeLists.txt see them as ordinary
# source files. Needs rsvg-convert (librsvg2-bin), ImageMagick's convert (for the .ico) and python3.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
packaging=$(dirname "$here")
resources="$(dirname "$packaging")/resources/icons"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$resources"

# SVGs the GUI loads at run time (":/icons/<file>"); packaging_icons_in_sync checks these copies.
for svg in mirrordeck tray-up tray-degraded tray-down tray-unknown; do
    cp "$here/$svg.svg" "$resources/$svg.svg"
done

# PNG fallbacks, for platforms where Qt's SVG plugin is not deployed, and the hicolor PNGs.
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" "$here/mirrordeck.svg" -o "$resources/mirrordeck-$size.png"
done
for state in up degraded down unknown; do
    for size in 16 22 24 32 48 64; do
        rsvg-convert -w "$size" -h "$size" "$here/tray-$state.svg" \
            -o "$resources/tray-$state-$size.png"
    done
done

# Windows: one .ico with the sizes Explorer and the taskbar ask for.
convert "$resources/mirrordeck-16.png" "$resources/mirrordeck-24.png" \
    "$resources/mirrordeck-32.png" "$resources/mirrordeck-48.png" \
    "$resources/mirrordeck-64.png" "$resources/mirrordeck-256.png" \
    "$packaging/windows/mirrordeck.ico"

# macOS: an .icns of PNG entries (what `iconutil -c icns` writes from an .iconset).
for size in 16 32 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$here/mirrordeck.svg" -o "$tmp/$size.png"
done
python3 - "$tmp" "$packaging/macos/mirrordeck.icns" <<'PY'
import struct, sys
src, out = sys.argv[1], sys.argv[2]
# (OSType, pixel size): the 1x and 2x entries of a standard .iconset.
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
           ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for ostype, size in entries:
    data = open(f"{src}/{size}.png", "rb").read()
    body += ostype.encode() + struct.pack(">I", len(data) + 8) + data
open(out, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
echo "icons rendered into $resources, $packaging/windows and $packaging/macos"
