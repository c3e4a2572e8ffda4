"""The corpus reader: seeds, encodings, records, uploads and hostile input."""
from __future__ import annotations

import builtins
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.reader import (DEFAULT_MAX_BYTES, Corpus, Problem, iter_corpus, problems_frame, read_corpus,
                        read_text, read_upload, safe_name)
from lib.schema import COLUMNS

try:
    from tests.bad_inputs import (GOOD_NAME, HOSTILE, HTML_PAGE, build_hostile_folder, write_big_sparse,
                                  write_good)
except ImportError:  # tests/ not importable as a package
    from bad_inputs import (GOOD_NAME, HOSTILE, HTML_PAGE, build_hostile_folder, write_big_sparse,
                            write_good)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"


def by_id(corpus: Corpus) -> dict:
    return {a.article_id: a for a in corpus.articles}


def reasons(corpus: Corpus) -> list[tuple[str, str, str]]:
    return [(Path(p.source.split("#")[0]).name + ("#" + p.source.split("#")[1] if "#" in p.source else ""),
             p.reason, p.action) for p in corpus.problems]


def assert_good_loaded(corpus: Corpus) -> None:
    good = by_id(corpus)[GOOD_NAME]
    assert good.date == "2024-05-11"
    assert good.title == "Bochum gewinnt 2:1"


# --- seeds -----------------------------------------------------------------------------------

@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed corpus not present")
def test_seeds_load_with_file_name_ids_dates_and_titles():
    corpus = read_corpus([SEEDS])
    assert corpus.problems == []
    articles = by_id(corpus)
    assert list(articles) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert articles["000_a276760ea190cbb8.txt"].date == "2026-03-08"
    assert articles["002_c0b7e0dd6bdfb4f1.txt"].date == "2018-07"
    first = articles["001_03772b86a5eff3c4.txt"]
    assert first.date is None
    assert first.title == "Kaiserslautern arbeitet offenbar am Trainer-Coup"
    assert not articles["000_a276760ea190cbb8.txt"].text.startswith(" date")
    assert all(a.source.endswith(a.article_id) for a in corpus.articles)
    assert all(a.warnings == () for a in corpus.articles)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed corpus not present")
def test_named_files_and_folders_give_the_same_articles():
    files = sorted(SEEDS.glob("*.txt"))
    assert [a.text for a in read_corpus(files).articles] == [a.text for a in read_corpus([SEEDS]).articles]


def test_reading_is_deterministic_and_sorted(tmp_path):
    for name in ["b.txt", "a.txt", "c/z.txt", "c/a2.txt", "0.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"Text von {name}.")
    ids = [a.article_id for a in read_corpus([tmp_path]).articles]
    assert ids == ["0.txt", "a.txt", "b.txt", "a2.txt", "z.txt"]
    assert ids == [a.article_id for a in read_corpus([tmp_path]).articles]


def test_single_path_instead_of_list_is_accepted(tmp_path):
    write_good(tmp_path)
    assert [a.article_id for a in read_corpus(tmp_path).articles] == [GOOD_NAME]


def test_missing_input_raises_file_not_found_before_reading(tmp_path):
    write_good(tmp_path)
    with pytest.raises(FileNotFoundError, match="nope"):
        iter_corpus([tmp_path, tmp_path / "nope"])


def test_iter_corpus_streams_one_file_at_a_time(tmp_path, monkeypatch):
    for i in range(30):
        (tmp_path / f"{i:03d}.txt").write_text(f"Artikel {i}.")
    opened = []
    real_open = builtins.open

    def counting_open(file, *args, **kwargs):
        opened.append(file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", counting_open)
    stream = iter_corpus([tmp_path])
    assert next(stream).article_id == "000.txt"
    assert len(opened) == 1
    assert len(list(stream)) == 29


# --- ids --------------------------------------------------------------------------------------

def test_same_name_in_two_subfolders_gets_relative_path_ids(tmp_path):
    for name in ["2024/001.txt", "2025/001.txt", "2025/002.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"Text {name}.")
    ids = [a.article_id for a in read_corpus([tmp_path]).articles]
    assert ids == ["2024/001.txt", "2025/001.txt", "002.txt"]


def test_same_name_in_two_input_folders_stays_unique(tmp_path):
    for name in ["a/x.txt", "b/x.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"Text {name}.")
    ids = [a.article_id for a in read_corpus([tmp_path / "a", tmp_path / "b"]).articles]
    assert len(set(ids)) == 2 and all(i.endswith("x.txt") for i in ids)


def test_same_file_named_twice_is_read_once(tmp_path):
    good = write_good(tmp_path)
    corpus = read_corpus([good, tmp_path])
    assert [a.article_id for a in corpus.articles] == [GOOD_NAME]
    assert [p.action for p in corpus.problems] == ["skipped"]
    assert "same file" in corpus.problems[0].reason


# --- encodings and text cleanup ---------------------------------------------------------------

def test_utf8_bom_is_dropped(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeff date 2024-05-11 Müller trifft.".encode("utf-8"))
    corpus = read_corpus([tmp_path])
    article = corpus.articles[0]
    assert article.text == "Müller trifft." and article.date == "2024-05-11"
    assert corpus.problems == [] and article.warnings == ()


def test_cp1252_fallback_keeps_umlauts_and_warns(tmp_path):
    (tmp_path / "alt.txt").write_bytes("Fußball: Müller schießt das 1:0 für Köln – „endlich“.".encode("cp1252"))
    corpus = read_corpus([tmp_path])
    article = corpus.articles[0]
    assert article.text == "Fußball: Müller schießt das 1:0 für Köln – „endlich“."
    assert article.warnings == ("decoded as cp1252 (not valid UTF-8)",)
    assert corpus.problems == [Problem(str(tmp_path / "alt.txt"), "decoded as cp1252 (not valid UTF-8)",
                                       "salvaged")]


def test_utf16_with_bom_is_read_as_text(tmp_path):
    (tmp_path / "win.txt").write_bytes("Müller trifft doppelt.".encode("utf-16"))
    corpus = read_corpus([tmp_path])
    assert corpus.articles[0].text == "Müller trifft doppelt." and corpus.problems == []


def test_mixed_line_endings_are_normalised_silently(tmp_path):
    (tmp_path / "mixed.txt").write_bytes(b"Schlagzeile\r\n\r\nErster Absatz.\rZweite Zeile.\nDritte.\r\n")
    corpus = read_corpus([tmp_path])
    article = corpus.articles[0]
    assert article.title == "Schlagzeile"
    assert article.text == "Schlagzeile\n\nErster Absatz.\nZweite Zeile.\nDritte."
    assert corpus.problems == [] and article.warnings == ()


def test_nul_bytes_are_dropped_with_a_warning(tmp_path):
    (tmp_path / "nul.txt").write_bytes(b"Der FCK\x00 gewinnt.\x00")
    corpus = read_corpus([tmp_path])
    assert corpus.articles[0].text == "Der FCK gewinnt."
    assert corpus.articles[0].warnings == ("removed 2 NUL bytes",)
    assert [(p.reason, p.action) for p in corpus.problems] == [("removed 2 NUL bytes", "salvaged")]


def test_invalid_date_line_keeps_article_without_date(tmp_path):
    (tmp_path / "d.txt").write_text(" date 2026-13-45 Lautern siegt.")
    corpus = read_corpus([tmp_path])
    article = corpus.articles[0]
    assert article.date is None and article.text == "Lautern siegt."
    assert article.warnings == ("invalid date line '2026-13-45' ignored",)
    assert [(p.reason, p.action) for p in corpus.problems] == [
        ("invalid date line '2026-13-45' ignored (article kept without a date)", "salvaged")]


def test_html_saved_as_txt_is_stripped_to_paragraphs(tmp_path):
    (tmp_path / "page.txt").write_text(HTML_PAGE)
    corpus = read_corpus([tmp_path])
    article = corpus.articles[0]
    assert article.text == ("Klose wird Trainer\n\n"
                            "Der 1. FC Kaiserslautern & Miroslav Klose: Einigung erzielt.\n\n"
                            "Zweiter Absatz\nmit Zeilenumbruch über \"Betze\".")
    assert article.title == "Klose wird Trainer"
    assert "tracking" not in article.text and "color" not in article.text
    assert article.warnings == ("HTML markup stripped",)
    assert [(p.reason, p.action) for p in corpus.problems] == [("HTML markup stripped", "salvaged")]


def test_text_mentioning_a_tag_is_not_treated_as_html():
    corpus = read_text("Der Code <p> steht im Artikel.")
    assert corpus.articles[0].text == "Der Code <p> steht im Artikel." and corpus.problems == []


# --- hostile input ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_reported_and_the_good_file_still_loads(tmp_path, name):
    content, reason, action, kept = HOSTILE[name]
    write_good(tmp_path)
    (tmp_path / name).write_bytes(content)
    corpus = read_corpus([tmp_path])
    assert_good_loaded(corpus)
    problems = [p for p in corpus.problems if Path(p.source).name == name]
    assert problems and all(p.action == action for p in problems), corpus.problems
    assert any(reason in p.reason for p in problems), problems
    assert (name in by_id(corpus)) is kept


def test_folder_full_of_hostile_input_reports_each_and_loads_the_rest(tmp_path):
    build_hostile_folder(tmp_path)
    corpus = read_corpus([tmp_path])  # must terminate despite the symlink loop and FIFO
    assert_good_loaded(corpus)
    by_name = {}
    for p in corpus.problems:
        by_name.setdefault(Path(p.source).name, []).append(p)
    for name, (_content, reason, action, kept) in HOSTILE.items():
        assert any(reason in p.reason and p.action == action for p in by_name[name]), name
        assert (name in by_id(corpus)) is kept
    assert [p.reason for p in by_name["dangling.txt"]] == ["unreadable: broken link"]
    assert [p.reason for p in by_name["pipe.txt"]] == ["not a regular file (FIFO)"]
    assert len(by_name["loop"]) == 1 and by_name["loop"][0].reason.startswith("symlink loop")
    assert sorted(by_id(corpus)) == sorted([GOOD_NAME] + [n for n, h in HOSTILE.items() if h[3]])


def test_symlink_loop_terminates_and_is_reported_once(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text("Artikel.")
    os.symlink(tmp_path / "a", tmp_path / "a" / "b" / "up")
    os.symlink("self", tmp_path / "a" / "self")  # a link to itself
    corpus = read_corpus([tmp_path])
    assert [a.article_id for a in corpus.articles] == ["x.txt"]
    assert [(Path(p.source).name, p.reason.split(" (")[0]) for p in corpus.problems] == [
        ("up", "symlink loop")]


def test_linked_folder_read_once(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "x.txt").write_text("Artikel.")
    os.symlink(tmp_path / "real", tmp_path / "zlink")
    corpus = read_corpus([tmp_path])
    assert [a.article_id for a in corpus.articles] == ["x.txt"]
    assert [p.action for p in corpus.problems] == ["skipped"]


def test_named_broken_link_and_fifo_are_problems_not_errors(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    os.mkfifo(tmp_path / "fifo.txt")
    corpus = read_corpus([tmp_path / "link.txt", tmp_path / "fifo.txt"])
    assert [p.reason for p in corpus.problems] == ["unreadable: broken link", "not a regular file (FIFO)"]


def test_unreadable_file_is_skipped_or_read_never_raises(tmp_path):
    """chmod 000 stops other users but not root: either way nothing raises and the rest loads."""
    write_good(tmp_path)
    locked = tmp_path / "locked.txt"
    locked.write_text("Geheimer Artikel.")
    locked.chmod(0)
    try:
        corpus = read_corpus([tmp_path])
    finally:
        locked.chmod(0o644)
    assert_good_loaded(corpus)
    if "locked.txt" not in by_id(corpus):
        assert reasons(corpus) == [("locked.txt", "unreadable: permission denied", "skipped")]


def test_oversized_file_is_skipped_before_reading_with_the_limit_named(tmp_path):
    write_good(tmp_path)
    write_big_sparse(tmp_path / "huge.txt", int(52.4 * 1024 * 1024))
    corpus = read_corpus([tmp_path])
    assert_good_loaded(corpus)
    assert reasons(corpus) == [
        ("huge.txt", "file is 52.4 MB, larger than the 10 MB limit (set max_bytes to raise it)", "skipped")]
    raised = read_corpus([tmp_path / GOOD_NAME], max_bytes=20)
    assert raised.articles == [] and "20 bytes limit" in raised.problems[0].reason
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024


def test_other_suffixes_in_folders_are_ignored_but_named_ones_reported(tmp_path):
    write_good(tmp_path)
    (tmp_path / "notes.md").write_text("# Notizen")
    (tmp_path / ".hidden.txt").write_text("versteckt")
    assert read_corpus([tmp_path]).problems == []
    corpus = read_corpus([tmp_path / "notes.md"])
    assert reasons(corpus) == [("notes.md", "unsupported file type '.md' (supported: .txt, .jsonl, .csv)",
                                "skipped")]


def test_uppercase_suffix_is_supported(tmp_path):
    (tmp_path / "A.TXT").write_text("Artikel.")
    assert [a.article_id for a in read_corpus([tmp_path]).articles] == ["A.TXT"]


# --- jsonl ------------------------------------------------------------------------------------

def test_jsonl_records_with_ids_row_ids_titles_and_dates(tmp_path):
    lines = [
        {"id": "art-1", "text": "Erster Artikel.", "title": "Titel eins", "date": "2024-05-11"},
        {"text": " date 2018-07 Zweiter Artikel."},
        {"text": "Dritter Artikel.", "source": "https://example.org/3", "date": "2024-13-01"},
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines))
    corpus = read_corpus([tmp_path])
    articles = by_id(corpus)
    assert list(articles) == ["art-1", "news.jsonl#2", "news.jsonl#3"]
    assert (articles["art-1"].title, articles["art-1"].date) == ("Titel eins", "2024-05-11")
    assert (articles["news.jsonl#2"].text, articles["news.jsonl#2"].date) == ("Zweiter Artikel.", "2018-07")
    assert articles["news.jsonl#3"].source == "https://example.org/3"
    assert articles["news.jsonl#3"].date is None
    assert reasons(corpus) == [("news.jsonl#3", "invalid date '2024-13-01' ignored (article kept without a date)",
                                "salvaged")]


def test_jsonl_bad_lines_are_reported_by_line_and_good_ones_load(tmp_path):
    (tmp_path / "mix.jsonl").write_text(
        '{"text": "Gut eins."}\n'
        '{"text": "kaputt\n'
        '[1, 2]\n'
        '\n'
        '{"text": "   "}\n'
        '{"title": "ohne Text"}\n'
        '{"text": 42}\n'
        '{"text": "Gut zwei."}\n')
    corpus = read_corpus([tmp_path])
    assert [a.text for a in corpus.articles] == ["Gut eins.", "Gut zwei."]
    assert [a.article_id for a in corpus.articles] == ["mix.jsonl#1", "mix.jsonl#8"]
    got = reasons(corpus)
    assert [g[0] for g in got] == ["mix.jsonl#2", "mix.jsonl#3", "mix.jsonl#5", "mix.jsonl#6", "mix.jsonl#7"]
    assert got[0][1].startswith("line 2: not valid JSON")
    assert got[1][1] == "line 3: not a JSON object (got a list)"
    assert got[2][1] == "empty text"
    assert got[3][1] == "no 'text' in this record"
    assert got[4][1] == "'text' is not a string (got a number)"
    assert all(g[2] == "skipped" for g in got)


def test_duplicate_record_ids_are_renamed(tmp_path):
    (tmp_path / "d.jsonl").write_text('{"id": "a", "text": "Eins."}\n{"id": "a", "text": "Zwei."}\n')
    corpus = read_corpus([tmp_path])
    assert [a.article_id for a in corpus.articles] == ["a", "d.jsonl#2"]
    assert reasons(corpus) == [("d.jsonl#2", "duplicate id 'a', renamed to 'd.jsonl#2'", "salvaged")]


# --- csv --------------------------------------------------------------------------------------

def test_csv_records_with_ids_and_row_ids(tmp_path):
    (tmp_path / "news.csv").write_text(
        'id,title,date,text\n'
        'x1,Titel,2024-05-11,"Erster Artikel, mit Komma."\n'
        ',,,"Zweiter Artikel\nüber zwei Zeilen."\n', encoding="utf-8")
    corpus = read_corpus([tmp_path])
    articles = by_id(corpus)
    assert list(articles) == ["x1", "news.csv#2"]
    assert (articles["x1"].title, articles["x1"].date, articles["x1"].text) == (
        "Titel", "2024-05-11", "Erster Artikel, mit Komma.")
    assert articles["news.csv#2"].text == "Zweiter Artikel\nüber zwei Zeilen."
    assert corpus.problems == []


def test_csv_from_excel_semicolons_cp1252(tmp_path):
    (tmp_path / "excel.csv").write_bytes("Text;Datum\r\nMüller trifft.;x\r\n;;\r\n".encode("cp1252"))
    corpus = read_corpus([tmp_path])
    assert [a.text for a in corpus.articles] == ["Müller trifft."]
    assert corpus.articles[0].warnings == ("decoded as cp1252 (not valid UTF-8)",)
    assert reasons(corpus) == [("excel.csv", "decoded as cp1252 (not valid UTF-8)", "salvaged")]


def test_csv_excel_sep_line_and_tabs(tmp_path):
    (tmp_path / "s.csv").write_text("sep=|\ntext|id\nEins.|a\n")
    (tmp_path / "t.csv").write_text("id\ttext\nb\tZwei.\n")
    corpus = read_corpus([tmp_path])
    assert [(a.article_id, a.text) for a in corpus.articles] == [("a", "Eins."), ("b", "Zwei.")]
    assert corpus.problems == []


def test_csv_broken_quoting_does_not_swallow_the_rest(tmp_path):
    (tmp_path / "b.csv").write_text(
        'id,text\n'
        'a,"Gut eins."\n'
        'b,"kaputt ohne Ende\n'
        'c,"Gut zwei."\n'
        'd,Gut drei.\n'
        'e,"halb"falsch\n'
        'f,zu,viele\n'
        'g,\n'
        'h,"Gut vier."\n')
    corpus = read_corpus([tmp_path])
    assert [a.article_id for a in corpus.articles] == ["a", "c", "d", "h"]
    got = reasons(corpus)
    assert [g[0] for g in got] == ["b.csv#2", "b.csv#5", "b.csv#6", "b.csv#7"]
    assert got[0][1].startswith("row 2 (line 3): broken quoting")
    assert got[1][1].startswith("row 5 (line 6): broken quoting")
    assert got[2][1] == "row 6 (line 7): 3 fields where the header has 2 (broken quoting?); skipped"
    assert got[3][1] == "empty text"


def test_csv_unclosed_quote_at_the_end_is_reported(tmp_path):
    (tmp_path / "e.csv").write_text('text\n"Gut."\n"offen bis zum Ende\nund weiter\n')
    corpus = read_corpus([tmp_path])
    assert [a.text for a in corpus.articles] == ["Gut.", "und weiter"]
    assert reasons(corpus)[0][0] == "e.csv#2" and "broken quoting" in reasons(corpus)[0][1]


def test_csv_huge_field_loads(tmp_path):
    body = " ".join(["Satz."] * 50_000)  # 300 KB in one field, beyond csv's default 128 KB limit
    (tmp_path / "big.csv").write_text(f'text\n"{body}"\n')
    corpus = read_corpus([tmp_path])
    assert corpus.problems == [] and corpus.articles[0].text == body


def test_csv_header_only_is_reported(tmp_path):
    (tmp_path / "h.csv").write_text("id,text\n")
    assert reasons(read_corpus([tmp_path])) == [("h.csv", "no records (only a header line)", "skipped")]


# --- upload and paste -------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("a/b\\c.txt", "c.txt"),
    ("C:\\Users\\x\\bericht.txt", "bericht.txt"),
    ("evil\x00\n\u202etxt.txt", "eviltxt.txt"),
    ("..", "upload"),
])
def test_upload_name_is_sanitised(name, expected):
    assert safe_name(name) == expected


def test_upload_touches_no_filesystem_path(tmp_path, monkeypatch):
    real = tmp_path / "passwd.txt"
    real.write_text("Inhalt der echten Datei.")

    def forbidden(*args, **kwargs):
        raise AssertionError("read_upload touched the filesystem")

    for target, attr in [(builtins, "open"), (os, "open"), (os, "stat"), (os, "lstat"), (os, "scandir")]:
        monkeypatch.setattr(target, attr, forbidden)
    corpus = read_upload(str(tmp_path / ".." / tmp_path.name / "passwd.txt"), b"Hochgeladener Artikel.")
    evil = read_upload("../../etc/passwd.txt", b"Zweiter Artikel.")
    monkeypatch.undo()
    assert [(a.article_id, a.source, a.text) for a in corpus.articles] == [
        ("passwd.txt", "passwd.txt", "Hochgeladener Artikel.")]
    assert evil.articles[0].article_id == "passwd.txt" and evil.problems == []
    assert real.read_text() == "Inhalt der echten Datei."


def test_upload_jsonl_and_csv_use_the_safe_name_for_row_ids():
    corpus = read_upload("../x/daten.jsonl", b'{"text": "Eins."}\n{"id": "k", "text": "Zwei."}\n')
    assert [a.article_id for a in corpus.articles] == ["daten.jsonl#1", "k"]
    corpus = read_upload("a\\tabelle.csv", "text\nMüller.\n".encode("cp1252"))
    assert [a.article_id for a in corpus.articles] == ["tabelle.csv#1"]
    assert corpus.articles[0].text == "Müller."


def test_upload_oversized_binary_and_unsupported_are_problems():
    assert read_upload("a.txt", b"x" * 101, max_bytes=100).problems == [
        Problem("a.txt", "file is 101 bytes, larger than the 100 bytes limit (set max_bytes to raise it)",
                "skipped")]
    assert read_upload("bild.txt", b"\x89PNG\r\n\x1a\n" + bytes(100)).problems[0].reason.startswith("binary file")
    assert read_upload("x.pdf", b"%PDF-1.4").problems[0].reason.startswith("unsupported file type '.pdf'")
    assert read_upload("leer.txt", b"").problems == [Problem("leer.txt", "empty file", "skipped")]


def test_pasted_text_is_one_article():
    corpus = read_text(" date 2024-05-11 Schlagzeile\n\nText.")
    assert [(a.article_id, a.date, a.title) for a in corpus.articles] == [("eingefügt", "2024-05-11",
                                                                            "Schlagzeile")]
    assert read_text("   \n").problems == [Problem("eingefügt", "empty text", "skipped")]


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".jsonl", ".csv"]))
def test_arbitrary_bytes_never_raise(data, suffix):
    corpus = read_upload("x" + suffix, data)
    assert all(p.action in ("skipped", "salvaged") for p in corpus.problems)
    assert all(a.text.strip() and "\x00" not in a.text for a in corpus.articles)


@settings(max_examples=300, deadline=None)
@given(prefix=st.sampled_from(["", "text\n", "id,text\n", "sep=;\n", "\ufeff", '{"text": "']),
       body=st.text(alphabet='ab,;"\n\r\t\x00\x01ä{}[]:text<p>', max_size=80),
       suffix=st.sampled_from([".csv", ".jsonl", ".txt"]))
def test_structured_garbage_never_raises_and_ids_stay_unique(prefix, body, suffix):
    corpus = read_upload("x" + suffix, (prefix + body).encode())
    ids = [a.article_id for a in corpus.articles]
    assert len(ids) == len(set(ids)) and all(a.text.strip() for a in corpus.articles)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_arbitrary_pasted_text_never_raises(text):
    corpus = read_text(text)
    assert len(corpus.articles) + len([p for p in corpus.problems if p.action == "skipped"]) == 1


# --- problems frame ---------------------------------------------------------------------------

def test_problems_frame_has_the_schema_columns(tmp_path):
    build_hostile_folder(tmp_path)
    corpus = read_corpus([tmp_path])
    frame = problems_frame(corpus.problems)
    assert list(frame.columns) == list(COLUMNS["problems"])
    assert len(frame) == len(corpus.problems) and set(frame["action"]) == {"skipped", "salvaged"}
    assert list(problems_frame([]).columns) == list(COLUMNS["problems"])
