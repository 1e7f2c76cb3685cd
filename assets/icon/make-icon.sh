#!/usr/bin/env bash
# Draws the Một Cửa icon ("one door": a door standing open on a counter, government blue,
# seal-red knob) with ImageMagick and writes the Windows .ico (16–256 px) and the window PNG.
# Run from anywhere: bash assets/icon/make-icon.sh (needs ImageMagick's `convert`).
set -euo pipefail
cd "$(dirname "$0")"
convert -size 256x256 xc:none \
    -fill '#0b4ea2' -draw 'roundrectangle 8,8 247,247 44,44' \
    -fill '#083a7a' -draw 'rectangle 40,196 215,214' \
    -fill '#fbf8ef' -draw "path 'M 84,196 L 84,104 A 44,44 0 0 1 172,104 L 172,196 Z'" \
    -fill '#0b4ea2' -draw "path 'M 102,196 L 102,108 A 26,26 0 0 1 154,108 L 154,196 Z'" \
    -fill '#fbf8ef' -draw "path 'M 102,196 L 102,108 A 26,26 0 0 1 128,82 L 128,212 L 102,196 Z'" \
    -fill '#c8102e' -draw 'circle 118,150 118,158' \
    motcua-256.png
convert motcua-256.png -resize 64x64 motcua-64.png
convert motcua-256.png -define icon:auto-resize=256,64,48,32,24,16 motcua.ico
