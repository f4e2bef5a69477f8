"""``contractlint annotate``: findings as Word comments on the paragraphs they concern, input untouched."""

from __future__ import annotations

import os

import pytest
from docx import Document
from docx.oxml.parser import parse_xml

from contractlint.cli.main import main
from contractlint.ingest.docx_reader import paragraph_elements

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

RULES = """pack t "1" { description: "t" }
rule RED-003 "Effort-only service levels" {
  area: red-flags
  severity: high
  forbid: sentence mentions "reasonable efforts" near "service levels" within 8 words
  message: "Service levels are effort-only."
  fix: "The Supplier shall meet or exceed each Service Level."
}
rule GOV-001 "A governance body" {
  area: governance
  severity: critical
  require: sentence mentions "steering committee"
  message: "No steering committee."
  fix: "The parties shall establish a Joint Steering Committee."
}
rule RISK-009 "No unilateral variation" {
  area: risk
  severity: medium
  require: no sentence mentions "sole discretion"
  message: "The Supplier may vary the services at its sole discretion."
}
rule ESC-001 "An escalation path" {
  area: escalation
  severity: low
  require: sentence mentions "escalate"
  message: "No escalation path."
}
rule DEF-001 "Definitions" {
  area: contract
  severity: info
  require: sentence mentions "means"
  message: "Definitions found."
}
"""

# (style, text): body paragraphs in order; None marks where the one-row table goes.
BODY = [
    ("Title", "Master Services Agreement"),  # 1
    ("Heading 1", "1. Definitions"),  # 2
    (None, "1.1 In this Agreement, Client means Acme Bank plc."),  # 3
    ("table", ""),  # 4, 5: the cells "Term" | "Meaning"
    ("Heading 1", "2. Governance"),  # 6
    (None, "2.1 The parties shall meet monthly to review performance."),  # 7
    ("Heading 1", "3. Service Levels"),  # 8
    (None, "3.1 The Supplier shall use reasonable efforts to meet the Service Levels."),  # 9
    (None, "3.2 The Supplier shall report on the Service Levels every month."),  # 10
    ("Heading 1", "4. Variation"),  # 11
    (None, "4.1 The Supplier may vary the Services at its sole discretion."),  # 12
    (None, ""),  # 13: a link and nothing else (text outside any direct run)
]


def build(path):
    doc = Document()
    for style, text in BODY:
        if style == "table":
            cells = doc.add_table(rows=1, cols=2).rows[0].cells
            cells[0].text, cells[1].text = "Term", "Meaning"
        elif text:
            doc.add_paragraph(text, style=style)
        else:
            p = doc.add_paragraph()
            p._p.append(parse_xml(
                f'<w:hyperlink xmlns:w="{W[1:-1]}" w:anchor="top"><w:r><w:t>Back to top</w:t></w:r></w:hyperlink>'))
    doc.save(path)
    return path


@pytest.fixture
def setup(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "t.cl").write_text(RULES)
    return tmp_path, build(tmp_path / "msa.docx")


def annotate(setup, *extra):
    tmp, src = setup
    out = tmp / "out.docx"
    code = main(["annotate", str(src), "-o", str(out), "--no-bundled", "--rules", str(tmp / "rules"), *extra])
    return code, out


def anchors(path):
    """comment id -> 1-based body paragraph index where its range starts, and the paragraph's text."""
    doc = Document(str(path))
    found = {}
    for n, p in enumerate(paragraph_elements(doc.element.body), start=1):
        for start in p.iter(f"{W}commentRangeStart"):
            text = "".join(t.text or "" for t in p.iter(f"{W}t"))
            found[int(start.get(f"{W}id"))] = (n, text)
    return doc, found


def by_rule(doc, found):
    out = {}
    for c in doc.comments:
        out.setdefault(c.text.split(":")[0].split()[-1], []).append((c, found[c.comment_id]))
    return out


def test_the_paragraph_indexes_the_test_relies_on(setup):
    """The fixture's paragraph numbering counts table cells, as the reader does."""
    _, src = setup
    texts = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in paragraph_elements(Document(str(src)).element.body)]
    assert texts[3:5] == ["Term", "Meaning"] and texts[8] == BODY[7][1] and texts[12] == "Back to top"


def test_violation_is_commented_on_its_paragraph_with_rule_message_and_fix(setup, capsys):
    """A violation's comment sits on the paragraph its evidence quotes and reads [SEVERITY] RULE: message + fix."""
    code, out = annotate(setup)
    assert code == 0
    assert "4 comments" in capsys.readouterr().out
    doc, found = anchors(out)
    ((comment, (paragraph, text)),) = by_rule(doc, found)["RED-003"]
    assert (paragraph, text) == (9, BODY[7][1])
    assert comment.author == "contractlint" and comment.initials == "CL"
    assert comment.text == ("[HIGH] RED-003: Service levels are effort-only.\n\n"
                            "Suggested wording: The Supplier shall meet or exceed each Service Level.")


def test_gaps_go_on_the_most_relevant_heading(setup):
    """A gap with evidence goes on its section's heading; one without, on a heading sharing its words, else first text."""
    _, out = annotate(setup)
    doc, found = anchors(out)
    rules = by_rule(doc, found)
    assert len(doc.comments) == 4 and set(rules) == {"RED-003", "GOV-001", "RISK-009", "ESC-001"}
    (gov,) = rules["GOV-001"]
    assert gov[1] == (6, "2. Governance")
    assert gov[0].text.startswith("[CRITICAL] GOV-001: No steering committee.\n\nSuggested wording: The parties")
    (risk,) = rules["RISK-009"]  # a gap whose evidence is clause 4.1: on the heading "4. Variation"
    assert risk[1] == (11, "4. Variation")
    assert risk[0].text == "[MEDIUM] RISK-009: The Supplier may vary the services at its sole discretion."
    (esc,) = rules["ESC-001"]  # no heading speaks of escalation
    assert esc[1] == (1, "Master Services Agreement")


def test_passes_are_noted_only_when_asked(setup):
    _, out = annotate(setup, "--include-passes")
    doc, found = anchors(out)
    ((comment, where),) = by_rule(doc, found)["DEF-001"]
    assert where == (3, BODY[2][1]) and comment.text == "[PASS] DEF-001: Definitions"


def test_comment_range_encloses_the_whole_paragraph(setup):
    """The range starts before the first run and ends after the last, even around a hyperlink."""
    tmp, src = setup
    (tmp / "rules" / "t.cl").write_text(RULES + """rule LNK-001 "No links" {
  area: contract
  severity: low
  forbid: sentence mentions "back to top"
  message: "A link."
}
""")
    _, out = annotate(setup)
    doc, found = anchors(out)
    ((comment, where),) = by_rule(doc, found)["LNK-001"]
    assert where == (13, "Back to top")
    p = paragraph_elements(doc.element.body)[12]
    tags = [child.tag.split("}")[1] for child in p if child.tag != f"{W}pPr"]
    assert tags == ["commentRangeStart", "r", "hyperlink", "r", "commentRangeEnd", "r"]
    for n in (8, 10):  # the violation and a heading: start before the first run, end after the last
        p = paragraph_elements(doc.element.body)[n]
        kinds = [child.tag.split("}")[1] for child in p if child.tag != f"{W}pPr"]
        assert kinds[0] == "commentRangeStart" and kinds[-2:] == ["commentRangeEnd", "r"]


def test_input_is_never_modified(setup):
    tmp, src = setup
    before, stat = src.read_bytes(), src.stat()
    os.utime(src, ns=(stat.st_atime_ns, stat.st_mtime_ns - 10_000_000_000))
    mtime = src.stat().st_mtime_ns
    code, out = annotate(setup)
    assert code == 0 and out.exists()
    assert src.read_bytes() == before and src.stat().st_mtime_ns == mtime
    assert len(Document(str(src)).comments) == 0


def test_refuses_to_write_over_the_input(setup, capsys):
    tmp, src = setup
    before = src.read_bytes()
    code = main(["annotate", str(src), "-o", str(src), "--no-bundled", "--rules", str(tmp / "rules")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "over the input" in err
    assert src.read_bytes() == before


def test_other_formats_and_unreadable_files(setup, capsys):
    tmp, _ = setup
    rules = ["--no-bundled", "--rules", str(tmp / "rules")]
    (tmp / "c.md").write_text("# A\n\n1. Text.\n")
    code = main(["annotate", str(tmp / "c.md"), "-o", str(tmp / "o.docx"), *rules])
    err = capsys.readouterr().err
    assert code == 2 and "annotate reads Word .docx files only" in err and err.count("\n") == 1
    (tmp / "bad.docx").write_bytes(b"this is not a zip")
    code = main(["annotate", str(tmp / "bad.docx"), "-o", str(tmp / "o.docx"), *rules])
    err = capsys.readouterr().err
    assert code == 3 and err.count("\n") == 1 and "bad.docx" in err
    code = main(["annotate", str(tmp / "c.docx"), "-o", str(tmp / "o.docx"), *rules])
    assert code == 2 and "no such file" in capsys.readouterr().err
    assert not (tmp / "o.docx").exists()


def test_writer_places_by_paragraph_index_alone(setup):
    """The writer trusts the verdicts: evidence paragraph 10 gets the comment whatever its text says;
    without heading anchors, a gap goes on the Word heading that shares its area's words."""
    import io

    from contractlint.engine.verdicts import Evidence, Status, Verdict
    from contractlint.report.annotate_docx import annotate as write_comments

    _, src = setup
    verdicts = [
        Verdict(rule="X-1", title="t", area="x", severity="low", status=Status.violation, message="m",
                evidence=[Evidence(quote="not in the text", paragraph=10), Evidence(quote="again", paragraph=10)]),
        Verdict(rule="SLA-1", title="Service level targets", area="sla", severity="high", status=Status.gap,
                message="No targets.", fix="Targets apply."),
        Verdict(rule="W-1", title="t", area="x", severity="high", status=Status.waived, message="m"),
    ]
    buffer = io.BytesIO()
    placed = write_comments(src, verdicts, buffer)
    assert [(p.rule, p.paragraph) for p in placed] == [("X-1", 10), ("SLA-1", 8)]
    assert placed[1].text == "[HIGH] SLA-1: No targets.\n\nSuggested wording: Targets apply."
    assert len(Document(io.BytesIO(buffer.getvalue())).comments) == 2
