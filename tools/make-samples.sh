#!/usr/bin/env bash
# Rebuilds the generated samples in samples/ (see docs/samples.md): the text ones with python3, the PDF and DOCX with
# PDFBox and POI from xianzhi-core's runtime classpath. The PDF needs a CJK font: apt-get install fonts-wqy-zenhei.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 tools/make-samples.py
font="${CJK_FONT:-/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}"
[ -f "$font" ] || { echo "no CJK font at $font (apt-get install fonts-wqy-zenhei, or set CJK_FONT)" >&2; exit 1; }
cp_file="$(mktemp)"
mvn -q -B -pl xianzhi-core dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
java -cp "$(cat "$cp_file")" tools/MakeContainerSamples.java "$font"
rm -f "$cp_file"
