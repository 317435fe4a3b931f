/**
 * The report's only stylesheet, inlined in a <style> element: system fonts, no images, no
 * web fonts, nothing fetched. The print rules give A4 pages, start each major section on a
 * new page, keep a metric's block on one page, and repeat table headers across pages.
 */
export const REPORT_CSS = `
:root {
  --ink: #1d232a;
  --muted: #5b6672;
  --line: #d5dbe1;
  --panel: #f5f7f9;
  --pass: #17663a;
  --pass-bg: #e3f4e9;
  --warn: #8a4b00;
  --warn-bg: #fff1dc;
  --bad: #a1142b;
  --bad-bg: #fde6ea;
  --link: #0b57a4;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0 auto;
  max-width: 1080px;
  padding: 32px 40px 48px;
  color: var(--ink);
  background: #fff;
  /* No system-ui: some Linux Chromium builds resolve it to a serif face. */
  font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans",
    Helvetica, Arial, sans-serif;
}
h1 { font-size: 24px; margin: 0 0 4px; }
h2 {
  font-size: 19px;
  margin: 36px 0 12px;
  padding-bottom: 4px;
  border-bottom: 2px solid var(--ink);
}
h3 { font-size: 15px; margin: 20px 0 8px; }
h4 { font-size: 14px; margin: 0 0 4px; }
p { margin: 6px 0; }
a { color: var(--link); }
code, pre, .mono {
  font-family: "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono",
    monospace;
  font-size: 12.5px;
}
pre {
  margin: 6px 0;
  padding: 8px 10px;
  background: var(--panel);
  border: 1px solid var(--line);
  border-radius: 4px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.subtitle { color: var(--muted); margin: 0 0 16px; }
.hash { overflow-wrap: anywhere; font-size: 13px; }
.muted { color: var(--muted); }
.facts {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 4px 16px;
  margin: 8px 0;
}
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; margin: 8px 0; }
thead { display: table-header-group; }
th, td {
  text-align: left;
  vertical-align: top;
  padding: 5px 8px;
  border-bottom: 1px solid var(--line);
  overflow-wrap: break-word;
}
th { background: var(--panel); font-weight: 600; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
table.findings td:nth-child(2) { min-width: 110px; }
table.findings td:nth-child(3) { min-width: 160px; max-width: 260px; }
table.findings td:nth-child(4) { min-width: 170px; max-width: 260px; }
table.findings code, td.json code { overflow-wrap: anywhere; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; }
.banner {
  margin: 12px 0;
  padding: 12px 16px;
  border-radius: 6px;
  border: 1px solid;
}
.banner strong { font-size: 16px; }
.banner.pass { color: var(--pass); background: var(--pass-bg); border-color: var(--pass); }
.banner.attention { color: var(--warn); background: var(--warn-bg); border-color: var(--warn); }
.banner.reject { color: var(--bad); background: var(--bad-bg); border-color: var(--bad); }
.banner.neutral { background: var(--panel); border-color: var(--line); }
.banner ul { margin: 6px 0 0; padding-left: 20px; color: var(--ink); }
td ul { margin: 0; padding-left: 18px; }
.tag {
  display: inline-block;
  padding: 0 6px;
  border-radius: 3px;
  font-size: 12px;
  white-space: nowrap;
  background: var(--panel);
  border: 1px solid var(--line);
}
.tag.attention { color: var(--warn); background: var(--warn-bg); border-color: var(--warn); }
.tag.info { color: var(--muted); }
.tag.ok { color: var(--pass); background: var(--pass-bg); border-color: var(--pass); }
.tag.failed { color: var(--bad); background: var(--bad-bg); border-color: var(--bad); }
.signoff {
  margin: 16px 0;
  padding: 14px 16px;
  border: 2px solid var(--ink);
  border-radius: 6px;
  break-inside: avoid;
}
.signoff h2 { margin: 0 0 8px; border: 0; padding: 0; }
.signoff .blank { display: inline-block; min-width: 260px; border-bottom: 1px solid var(--ink); }
.toc ol { margin: 4px 0; padding-left: 22px; columns: 2; }
.category { margin-top: 28px; }
.metric {
  margin: 10px 0;
  padding: 10px 12px;
  border: 1px solid var(--line);
  border-radius: 6px;
  break-inside: avoid;
}
.metric.flagged { border-color: var(--warn); border-width: 2px; }
.metric header { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: baseline; }
.metric header h4 { margin: 0; font-family: Menlo, Consolas, "DejaVu Sans Mono", monospace; }
.metric .value { font-weight: 600; font-size: 13.5px; }
.metric .definition { margin: 6px 0; }
.metric details, .metric .sql { margin-top: 6px; }
footer {
  margin-top: 40px;
  color: var(--muted);
  font-size: 12px;
  border-top: 1px solid var(--line);
}
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  h1 { font-size: 20px; }
  h2 { font-size: 16px; }
  h2.page { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  pre, code, .mono { font-size: 9.5px; }
  .toc { display: none; }
  a { color: inherit; text-decoration: none; }
  .metric, .banner, .signoff, table.findings tr { break-inside: avoid; }
}
`;
