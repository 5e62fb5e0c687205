import sys, docx
from docx.shared import Pt
src, dst = sys.argv[1], sys.argv[2]
d = docx.Document()
st = d.styles["Normal"]; st.font.size = Pt(9)
lines = open(src, encoding="utf-8").read().splitlines()
i = 0
while i < len(lines):
    if "\t" in lines[i]:
        rows = []
        while i < len(lines) and "\t" in lines[i]:
            rows.append(lines[i].split("\t")); i += 1
        w = max(len(r) for r in rows)
        t = d.add_table(rows=len(rows), cols=w)
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                t.cell(r, c).text = v.replace("**", "")
        continue
    if lines[i].strip():
        d.add_paragraph(lines[i].replace("**", ""))
    i += 1
d.save(dst)
