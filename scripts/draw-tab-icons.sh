#!/usr/bin/env bash
# Generates the 8 tab-bar icons (81x81 transparent PNGs, normal + active) in src/assets/tabbar with ImageMagick.
set -euo pipefail

OUT_DIR="$(cd "$(dirname "$0")/.." && pwd)/src/assets/tabbar"
mkdir -p "$OUT_DIR"

NORMAL="#5C6470"
ACTIVE="#1F6F43"
BIG=324      # draw at 4x ...
SIZE=81      # ... then downscale to WeChat's recommended 81x81
SW=24        # stroke width at 4x (= 6px at 81px)

# MVG for each glyph; $1 = colour. Canvas is 324x324, content kept inside ~36..288.
mvg_news() {
  local c="$1"
  cat <<MVG
stroke '$c' stroke-width $SW fill none stroke-linecap round stroke-linejoin round
roundrectangle 62,40 262,284 30,30
fill '$c' stroke none
roundrectangle 104,82 220,140 8,8
fill none stroke '$c'
line 116,190 208,190
line 116,238 208,238
MVG
}

mvg_services() {
  local c="$1"
  cat <<MVG
stroke '$c' stroke-width $SW fill none stroke-linecap round stroke-linejoin round
polyline 38,154 162,46 286,154
polyline 78,132 78,280 246,280 246,132
push graphic-context
translate 162,214
fill '$c' stroke none
path 'M 0,42 C -14,32 -52,8 -52,-16 C -52,-38 -34,-50 -18,-50 C -8,-50 0,-42 0,-34 C 0,-42 8,-50 18,-50 C 34,-50 52,-38 52,-16 C 52,8 14,32 0,42 Z'
pop graphic-context
MVG
}

mvg_parks() {
  local c="$1"
  cat <<MVG
stroke '$c' stroke-width $SW fill none stroke-linecap round stroke-linejoin round
circle 162,120 162,36
line 162,168 162,284
polyline 124,134 162,172
polyline 200,142 162,180
line 96,284 228,284
MVG
}

mvg_community() {
  local c="$1"
  cat <<MVG
fill '$c' stroke none
path 'M 164.47,34.43 A 66,66 0 1,0 234.91,119.96 A 56,56 0 0,1 164.47,34.43 Z'
stroke '$c' stroke-width $SW fill none stroke-linecap round stroke-linejoin round
path 'M 44,206 C 83,180 122,180 161,206 S 239,232 278,206'
path 'M 44,264 C 83,238 122,238 161,264 S 239,290 278,264'
MVG
}

render() { # name colour suffix
  local name="$1" colour="$2" suffix="$3"
  convert -size "${BIG}x${BIG}" xc:none -antialias \
    -draw "$("mvg_$name" "$colour")" \
    -filter Lanczos -resize "${SIZE}x${SIZE}" \
    -strip -define png:exclude-chunks=date,time \
    "PNG32:$OUT_DIR/$name$suffix.png"
}

for icon in news services parks community; do
  render "$icon" "$NORMAL" ""
  render "$icon" "$ACTIVE" "-active"
done

ls -l "$OUT_DIR"
