#!/usr/bin/env python3
"""Builds gold.jsonl (shared/eval/README.md, "Gold format") from the hand-made annotations.

Each article NN_slug.txt (numbered from 01) has an annotation NN_slug.ann.json:

    {"speakers": [{"name": "Adaeze Okafor", "type": "person", "gender": "female"},
                  {"name": "Friends of Quayside Gardens", "type": "organization"}],
     "not_speakers": ["Kyle"],                   // optional: named people who say nothing
     "quotes": [{"kind": "direct|mixed|indirect",
                 "content": ["first piece", "second piece"],
                 "speaker": "Mrs. Okafor",        // or null when the text names no source
                 "cue": "said",
                 "entity": "Adaeze Okafor"}]}     // optional: the canonical speaker, one of "speakers"

Every string is written exactly as in the text. Where it occurs more than once in the place
it is looked for, write ["string", n] to take the n-th occurrence (from 0) there:
  - the first content piece is looked for in the whole text, each further piece after the
    end of the one before it;
  - the speaker and the cue are looked for in the paragraphs the content spans, and only when
    they are not there in the paragraph after them.
Only whole-word occurrences count ("he" is not found in "the"). A string that is not found,
or found more than once without n, stops the build, as do overlapping quotes, a direct piece
without its quote marks, a mixed one without quote marks or an indirect one with them.
Offsets are Python string indices (Unicode code points).

    python3 build_gold.py           writes gold.jsonl next to this script
    python3 build_gold.py --check   fails when gold.jsonl differs from what would be written
"""

import json
import re
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = ("direct", "mixed", "indirect")
GENDERS = ("female", "male", "unknown")
OPENING_MARKS = "\"“‘'«"
CLOSING_MARKS = "\"”’'»"
DOUBLE_MARKS = "\"“”«»"


class GoldError(Exception):
    pass


def occurrences(text, needle, begin, end):
    """Where `needle` occurs in text[begin:end], not counting occurrences inside a word
    ("he" in "the")."""
    found = []
    at = text.find(needle, begin, end)
    while at != -1:
        if not cuts_word(text, at, at + len(needle)):
            found.append(at)
        at = text.find(needle, at + 1, end)
    return found


def locate(text, spec, begin, end, what):
    """The (start, end) of `spec` ("string" or ["string", n]) inside text[begin:end]."""
    if isinstance(spec, list):
        if len(spec) != 2 or not isinstance(spec[0], str) or not isinstance(spec[1], int):
            raise GoldError(f"{what}: expected \"string\" or [\"string\", n], got {spec!r}")
        needle, nth = spec
    elif isinstance(spec, str):
        needle, nth = spec, None
    else:
        raise GoldError(f"{what}: expected \"string\" or [\"string\", n], got {spec!r}")
    if not needle:
        raise GoldError(f"{what}: empty string")
    found = occurrences(text, needle, begin, end)
    if not found:
        raise GoldError(f"{what}: {needle!r} not found")
    if nth is None:
        if len(found) > 1:
            raise GoldError(f"{what}: {needle!r} occurs {len(found)} times; write [{needle!r}, n]")
        nth = 0
    if not 0 <= nth < len(found):
        raise GoldError(f"{what}: {needle!r} has no occurrence {nth} (found {len(found)})")
    start = found[nth]
    return start, start + len(needle)


def is_word_char(c):
    return c.isalnum()


def cuts_word(text, start, end):
    """Does text[start:end] begin or end inside a word?"""
    return ((start > 0 and is_word_char(text[start - 1]) and is_word_char(text[start]))
            or (end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end])))


def paragraph_bounds(text, start, end):
    """The start of the paragraph holding `start` and the end of the one holding `end`."""
    begin = text.rfind("\n\n", 0, start)
    begin = 0 if begin == -1 else begin + 2
    finish = text.find("\n\n", end)
    return begin, len(text) if finish == -1 else finish


def check_kind(text, kind, spans, what):
    if kind == "direct":
        for start, end in spans:
            if text[start - 1] not in OPENING_MARKS:
                raise GoldError(f"{what}: direct piece {text[start:end]!r} is not preceded by a quote mark")
            if end < len(text) and text[end] not in CLOSING_MARKS and text[end] != "\n":
                # a quoted paragraph that the next one continues has no closing mark
                raise GoldError(f"{what}: direct piece {text[start:end]!r} is not followed by a quote mark")
    else:
        content = "".join(text[s:e] for s, e in spans)
        # (a straight single pair counts where no apostrophe can be: "of 'Hiding' Crash")
        has_marks = any(c in DOUBLE_MARKS or c == "‘" for c in content) or re.search(r"(^|\s)'\w[^']*\w'(\W|$)", content)
        if kind == "mixed" and not has_marks:
            raise GoldError(f"{what}: a mixed quote without quote marks in its content")
        if kind == "indirect" and has_marks:
            raise GoldError(f"{what}: an indirect quote with quote marks in its content")


def build_quote(text, raw, what):
    if set(raw) - {"kind", "content", "speaker", "cue", "entity"}:
        raise GoldError(f"{what}: unknown fields {sorted(set(raw) - {'kind', 'content', 'speaker', 'cue', 'entity'})}")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise GoldError(f"{what}: kind must be one of {KINDS}, got {kind!r}")
    pieces = raw.get("content")
    if not isinstance(pieces, list) or not pieces:
        raise GoldError(f"{what}: content must be a non-empty list of pieces")
    spans = []
    search_from = 0
    for index, piece in enumerate(pieces):
        start, end = locate(text, piece, search_from, len(text), f"{what} content piece {index}")
        spans.append((start, end))
        search_from = end
    check_kind(text, kind, spans, what)
    window = paragraph_bounds(text, spans[0][0], spans[-1][1])
    quote = {"kind": kind, "start": spans[0][0], "end": spans[-1][1],
             "spans": [list(s) for s in spans], "text": [text[s:e] for s, e in spans]}
    for field in ("speaker", "cue"):
        spec = raw.get(field)
        if spec is None:
            quote[field] = None
            continue
        try:
            start, end = locate(text, spec, window[0], window[1], f"{what} {field}")
        except GoldError:
            # (a quotation that opens the article may be attributed in the paragraph after it:
            # "“It was chaos.” ¶ That is how Maria Gomez … remembers the night")
            if window[1] + 2 >= len(text) or occurrences(text, spec if isinstance(spec, str) else spec[0], window[0], window[1]):
                raise
            after = paragraph_bounds(text, window[1] + 2, window[1] + 2)
            start, end = locate(text, spec, after[0], after[1], f"{what} {field}")
        for s, e in spans:
            if start < e and s < end:
                raise GoldError(f"{what}: the {field} {text[start:end]!r} overlaps the content")
        quote[field] = text[start:end]
        quote[f"{field}_start"] = start
        quote[f"{field}_end"] = end
    if "entity" in raw:
        if not isinstance(raw["entity"], str) or not raw["entity"].strip():
            raise GoldError(f"{what}: entity must be a non-empty string")
        if quote["speaker"] is None:
            raise GoldError(f"{what}: an entity without a speaker")
        quote["entity"] = raw["entity"]
    return quote


def check_speakers(speakers, quotes, what):
    """Every entity of a quote is a listed speaker and every listed speaker has a quote."""
    names = []
    for speaker in speakers:
        name, kind = speaker.get("name"), speaker.get("type")
        if not isinstance(name, str) or kind not in ("person", "organization"):
            raise GoldError(f"{what}: a speaker needs a name and a type (person or organization): {speaker!r}")
        if set(speaker) - {"name", "type", "gender"}:
            raise GoldError(f"{what}: speaker {name!r} has unknown fields")
        if (kind == "person") != ("gender" in speaker) or speaker.get("gender", "female") not in GENDERS:
            raise GoldError(f"{what}: speaker {name!r}: a person has a gender {GENDERS}, an organization none")
        names.append(name)
    if len(set(names)) != len(names):
        raise GoldError(f"{what}: a speaker is listed twice")
    entities = {q["entity"] for q in quotes if "entity" in q}
    if entities - set(names):
        raise GoldError(f"{what}: entities not among the speakers: {sorted(entities - set(names))}")
    if set(names) - entities:
        raise GoldError(f"{what}: speakers without a quote: {sorted(set(names) - entities)}")
    return speakers


def build_article(txt_path):
    ann_path = txt_path.with_suffix(".ann.json")
    if not ann_path.exists():
        raise GoldError(f"{txt_path.name}: no annotation file {ann_path.name}")
    text = txt_path.read_text(encoding="utf-8")
    try:
        annotation = json.loads(ann_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise GoldError(f"{ann_path.name}: {e}") from e
    if set(annotation) - {"speakers", "not_speakers", "quotes"}:
        raise GoldError(f"{ann_path.name}: unknown fields {sorted(set(annotation) - {'speakers', 'not_speakers', 'quotes'})}")
    quotes = [build_quote(text, raw, f"{ann_path.name} quote {i + 1}")
              for i, raw in enumerate(annotation.get("quotes", []))]
    speakers = check_speakers(annotation.get("speakers", []), quotes, ann_path.name)
    not_speakers = annotation.get("not_speakers", [])
    for name in not_speakers:
        if not occurrences(text, name, 0, len(text)):
            raise GoldError(f"{ann_path.name}: not_speakers: {name!r} does not occur in the text")
    quotes.sort(key=lambda q: q["start"])
    covered = sorted((s, e, i) for i, q in enumerate(quotes) for s, e in q["spans"])
    for (s1, e1, i1), (s2, e2, i2) in zip(covered, covered[1:]):
        if s2 < e1:
            raise GoldError(f"{ann_path.name}: quotes overlap at {text[s2:e1]!r}")
    article = {"id": txt_path.stem, "text": text, "speakers": speakers}
    if not_speakers:
        article["not_speakers"] = not_speakers
    article["quotes"] = quotes
    return article


def render():
    # (in number order: "100_…" after "99_…")
    paths = sorted(HERE.glob("[0-9]*_*.txt"), key=lambda path: int(path.name.split("_", 1)[0]))
    articles = [build_article(path) for path in paths]
    if not articles:
        raise GoldError(f"no articles in {HERE}")
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), articles


def main(argv):
    if argv not in ([], ["--check"]):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        output, articles = render()
    except GoldError as e:
        print(f"build_gold.py: {e}", file=sys.stderr)
        return 1
    gold_path = HERE / "gold.jsonl"
    if argv == ["--check"]:
        if not gold_path.exists() or gold_path.read_text(encoding="utf-8") != output:
            print("build_gold.py: gold.jsonl is out of date; run build_gold.py", file=sys.stderr)
            return 1
    else:
        gold_path.write_text(output, encoding="utf-8")
    quotes = sum(len(a["quotes"]) for a in articles)
    print(f"{len(articles)} articles, {quotes} quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
