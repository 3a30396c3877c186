import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importAgendaText } from "./import-agenda";
import { itemHeadings, newSequence, splitRun, tableRow } from "./reflow";

const numbered = (text: string) =>
  importAgendaText(text).items.flatMap((i) => [
    `${i.number} ${i.title}`,
    ...i.subItems.map((s) => `${s.number} ${s.title}`),
  ]);

describe("text copied onto one line", () => {
  it("is cut at the list's own numbers, not at numbers inside titles", () => {
    const seq = newSequence();
    expect(
      splitRun(
        "Provisional agenda 1. Organizational matters: (a) Opening of the session; (b) Election of officers. 2. Implementation of article 3 (a) of the Protocol, paragraph 4 (c), of the Convention. 3. Other matters.",
        seq,
      ),
    ).toEqual([
      "Provisional agenda",
      "1. Organizational matters:",
      "(a) Opening of the session;",
      "(b) Election of officers.",
      "2. Implementation of article 3 (a) of the Protocol, paragraph 4 (c), of the Convention.",
      "3. Other matters.",
    ]);
  });

  it("reads Spanish 'a)' sub-items and keeps the page's job number and footnote call out of titles", () => {
    const text =
      "Programa provisional y anotaciones I. Programa provisional 1. Apertura del período de sesiones. 2. Cuestiones de organización: a) Aprobación del programa; b) Elección de la Mesa. 3. Informe del Comité de Cumplimiento. GE.17-14456 (S) 280817 2 4. Presentación de informes de las Partes incluidas en el anexo I 1 : a) Comunicaciones nacionales; b) Otros asuntos. 5. Otros asuntos.";
    expect(numbered(text)).toEqual([
      "1 Apertura del período de sesiones",
      "2 Cuestiones de organización",
      "2(a) Aprobación del programa",
      "2(b) Elección de la Mesa",
      "3 Informe del Comité de Cumplimiento",
      "4 Presentación de informes de las Partes incluidas en el anexo I",
      "4(a) Comunicaciones nacionales",
      "4(b) Otros asuntos",
      "5 Otros asuntos",
    ]);
  });
});

describe("tables and programmes", () => {
  it("reads a pipe-separated row as its cells", () => {
    expect(tableRow("| 1. | Opening of the session |  ||")).toBe("1. Opening of the session");
    expect(tableRow("Title without pipes")).toBe("Title without pipes");
  });

  it("turns item headings into list entries and drops the paragraph number run on after them", () => {
    expect(itemHeadings("Пункт 1 повестки дня: Открытие совещания 1. Конференция Сторон проведет совещание.")).toEqual([
      "1. Открытие совещания",
      "Конференция Сторон проведет совещание.",
    ]);
    expect(itemHeadings("Item 2 (a). Adoption of the agenda")).toEqual(["2 (a). Adoption of the agenda"]);
    expect(itemHeadings("Item 2 of the provisional agenda")).toEqual(["Item 2 of the provisional agenda"]);
  });
});

describe("numbers lost in the copy", () => {
  it("are read back from the list's punctuation, with a warning", () => {
    const text = [
      "Provisional agenda",
      "Opening of the session.",
      "Organizational matters:",
      "Adoption of the agenda;",
      "Organization of work.",
      "Other matters.",
      "Annotations",
    ].join("\n");
    expect(numbered(text)).toEqual([
      "1 Opening of the session",
      "2 Organizational matters",
      "2(a) Adoption of the agenda",
      "2(b) Organization of work",
      "3 Other matters",
    ]);
    expect(importAgendaText(text).warnings.map((w) => w.code)).toContain("numbering-recovered");
  });
});

describe("a note that introduces the agenda", () => {
  it("never gives its own numbered paragraphs as items", () => {
    const text = [
      "Note by the Executive Secretary",
      "1. The session will be held in Bonn from 1 to 10 June.",
      "2. The provisional agenda for the seventh session, proposed after consultation with the Chairman, is as follows:",
      "1. Opening of the session.",
      "2. Adoption of the agenda.",
      "3. Other matters.",
    ].join("\n");
    expect(numbered(text)).toEqual(["1 Opening of the session", "2 Adoption of the agenda", "3 Other matters"]);
  });
});

describe("a whole document on one line (CAC/COSP/2015/1 as a PDF viewer copied it)", () => {
  const text = readFileSync(fileURLToPath(new URL("./corpus/uncac-cosp6-one-line.en.txt", import.meta.url)), "utf8");
  const result = importAgendaText(text);

  it("gives back the masthead: body, session and its dates", () => {
    expect(result.body).toEqual({
      name: "Conference of the States Parties to the United Nations Convention against Corruption",
      symbolPrefix: "CAC/COSP",
    });
    expect(result.session).toMatchObject({ ordinal: 6, startDate: "2015-11-02", endDate: "2015-11-06" });
  });

  it("starts each item's annotation after its heading, even when the heading runs on into the paragraph", () => {
    expect(result.items[0]?.subItems[0]?.annotation[0]).toMatch(/^By its resolution 58\/4, the General Assembly/);
  });
});

describe("annotation headings 'Item 1. …' in a document copied onto one line", () => {
  it("do not stop the list from being cut at its numbers", () => {
    const text =
      "Note by the Secretariat I. PROVISIONAL AGENDA 1. Opening of the session 2. Election of officers 3. Adoption of the agenda 4. Other business II. ANNOTATIONS TO THE PROVISIONAL AGENDA Item 1. Opening of the session The session will be held at the Vienna International Centre. Item 2. Election of officers The Commission will elect its officers.";
    expect(numbered(text)).toEqual([
      "1 Opening of the session",
      "2 Election of officers",
      "3 Adoption of the agenda",
      "4 Other business",
    ]);
  });
});

describe("a table copied with the documents in the row under each item", () => {
  it("keeps the documents out of the titles", () => {
    const text = [
      "Provisional agenda",
      "| 1. | Opening of the session |",
      "| | (FCCC/SBSTA/2008/1) |",
      "| 2. | Organizational matters |",
      "| (a) | Adoption of the agenda |",
      "| | (FCCC/SBSTA/2008/1; FCCC/SBSTA/2008/2) |",
      "Annotations",
    ].join("\n");
    expect(numbered(text)).toEqual([
      "1 Opening of the session",
      "2 Organizational matters",
      "2(a) Adoption of the agenda",
    ]);
  });
});

describe("a programme of meetings (a journal)", () => {
  it("gives the agenda and the organization of work from its days, slots and item headings", () => {
    const text = [
      "Programme of meetings",
      "Monday, 3 June 2019",
      "10 a.m.–1 p.m. 1st meeting",
      "Item 1. Opening of the session",
      "Item 2 (a). Adoption of the agenda",
      "Item 2 (b). Organization of work",
      "3–6 p.m. 2nd meeting",
      "Item 3. Review of implementation",
      "Tuesday, 4 June 2019",
      "10 a.m.–1 p.m. 3rd meeting",
      "Item 3. Review of implementation (continued)",
      "Item 4. Other matters",
    ].join("\n");
    const result = importAgendaText(text);
    // Item 2 is named only by its sub-items: it is on the agenda, its title left for the review.
    expect(numbered(text)).toEqual([
      "1 Opening of the session",
      "2 ",
      "2(a) Adoption of the agenda",
      "2(b) Organization of work",
      "3 Review of implementation",
      "4 Other matters",
    ]);
    expect(result.organizationOfWork.map((s) => [s.date, s.start, s.items, s.continued])).toEqual([
      ["2019-06-03", "10:00", ["1", "2(a)", "2(b)"], []],
      ["2019-06-03", "15:00", ["3"], []],
      ["2019-06-04", "10:00", ["3", "4"], ["3"]],
    ]);
  });
});
