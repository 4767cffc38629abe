#!/usr/bin/env python3
"""Builds the text samples in samples/ from the clean UTF-8 sources in tools/sample-sources/.

Each sample gets the encoding or the damage it is meant to show (see docs/samples.md). Deterministic: running it
twice gives the same bytes. The PDF and DOCX samples are made by MakeContainerSamples.java (see make-samples.sh).
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tools" / "sample-sources"
SAMPLES = ROOT / "samples"

# Readings that a Traditional-Chinese web page glosses after characters, as in 發(fā)展. Only some characters get
# a gloss, the way the converters that produce these pages do it.
GLOSSES = {
    "發": "fā", "會": "huì", "實": "shí", "動": "dòng", "質": "zhì", "設": "shè", "區": "qū", "關": "guān",
    "負": "fù", "責": "zé", "鄉": "xiāng", "進": "jìn", "產": "chǎn", "業": "yè", "現": "xiàn", "農": "nóng",
    "點": "diǎn", "億": "yì", "總": "zǒng", "資": "zī", "經": "jīng", "濟": "jì", "態": "tài", "穩": "wěn",
    "營": "yíng", "優": "yōu", "萬": "wàn", "轄": "xiá", "鎮": "zhèn", "蒙": "měng", "綠": "lǜ", "勞": "láo",
}


def read(name):
    return (SOURCES / name).read_text(encoding="utf-8")


def write(name, data):
    (SAMPLES / name).write_bytes(data)
    print(f"samples/{name}: {len(data)} bytes")


def add_pinyin_glosses(text):
    return "".join(c + "(" + GLOSSES[c] + ")" if c in GLOSSES else c for c in text)


def lose_gbk_bytes(text, anchors):
    """GBK-encodes the text, drops the first byte of the first character of each anchor, and decodes the result the way
    a careless converter does: invalid sequences become '?', and the bytes after a lost one pair up wrongly (mojibake)
    until an ASCII byte puts the decoder back in step."""
    data = bytearray(text.encode("gbk"))
    cuts = []
    for anchor in anchors:
        at = text.index(anchor)
        cuts.append(len(text[:at].encode("gbk")))
    for cut in sorted(cuts, reverse=True):
        del data[cut]
    return bytes(data).decode("gbk", errors="replace").replace("\ufffd", "?")


def main():
    write("xichuan-press-conference-2024.txt",
          add_pinyin_glosses(read("xichuan-press-conference-2024.txt")).encode("utf-8"))
    write("linze-work-report-2024.txt", lose_gbk_bytes(read("linze-work-report-2024.txt"), [
        "较好完成", "农业提质增效", "加速转型", "均创历史新高", "出境断面", "聚力做强"]).encode("utf-8"))
    write("fuping-work-report-2023.gbk.txt", read("fuping-work-report-2023.txt").encode("gbk"))
    write("luochuan-press-release-2024.big5.txt", read("luochuan-press-release.txt").encode("big5"))
    write("jiangyong-statistics-bulletin-2023.utf16le.txt",
          b"\xff\xfe" + read("jiangyong-statistics-bulletin-2023.txt").encode("utf-16-le"))
    write("meitan-news-page.html", read("meitan-news-page.html").encode("gbk"))
    write("caoxian-work-report-2024.txt",
          b"\xef\xbb\xbf" + read("caoxian-work-report-2024.txt").replace("\n", "\r\n").encode("utf-8"))


if __name__ == "__main__":
    main()
