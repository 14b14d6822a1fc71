/// The report's style sheet: system CJK fonts only (no downloads), and print rules for A4
/// (a page per program, table headers repeated on every page).
enum ReportStyle {
    static let css = """
    :root { color-scheme: light; }
    body { font-family: "Noto Sans CJK TC", "Noto Sans TC", "Microsoft JhengHei", "PingFang TC", sans-serif;
      margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: #1a1a1a; line-height: 1.55; font-size: 15px; }
    h1 { font-size: 1.7rem; border-bottom: 3px solid #2b4c7e; padding-bottom: .3rem; }
    h2 { font-size: 1.35rem; color: #2b4c7e; margin-top: 0; }
    h3 { font-size: 1.1rem; border-left: 4px solid #2b4c7e; padding-left: .5rem; margin-top: 1.6rem; }
    h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
    section.program { border-top: 2px solid #ccc; padding-top: 1rem; margin-top: 2rem; }
    .program-id { color: #666; font-family: monospace; }
    dl.meta { display: grid; grid-template-columns: 7em 1fr; gap: .2rem .8rem; }
    dl.meta dt { font-weight: bold; color: #444; }
    dl.meta dd { margin: 0; }
    .provisional { background: #fff3cd; border: 1px solid #e0b000; padding: .4rem .7rem; }
    table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
    th, td { border: 1px solid #c8c8c8; padding: .2rem .45rem; vertical-align: top; }
    th { background: #e8eef6; text-align: center; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.unit { white-space: nowrap; }
    td.result { min-width: 6em; }
    table.outcomes td:not(:last-child) { white-space: nowrap; }
    td.text { white-space: pre; text-align: center; }
    td.text[data-key="trend"] { font-family: "DejaVu Sans Mono", monospace; letter-spacing: 0; color: #2b4c7e; font-size: 1.1em; }
    .scroll { overflow-x: auto; }
    table.wide { font-size: .78rem; }
    table.wide th, table.wide td { padding: .15rem .3rem; }
    tr.winner td { background: #fff6d6; font-weight: bold; }
    tr.listed td { background: #fbe9e9; }
    tr.reference td { color: #555; font-style: italic; }
    .mark { color: #b8860b; }
    .default { color: #666; font-size: .85em; }
    table.readings td:first-child { white-space: nowrap; }
    .chosen { font-weight: bold; }
    figure { margin: .6rem 0 1.2rem; }
    figcaption { font-size: .85rem; color: #444; margin-bottom: .2rem; }
    svg.chart { max-width: 100%; height: auto; font-size: 12px; font-family: inherit; }
    svg.chart .value, svg.chart .scale { font-variant-numeric: tabular-nums; }
    svg.chart .scale { fill: #666; font-size: 11px; }
    svg.chart .winner .label { font-weight: bold; }
    ul.warnings li { color: #8a4b00; }
    details { border: 1px solid #ddd; margin: .2rem 0; padding: .2rem .5rem; }
    summary { cursor: pointer; }
    code.digest { font-size: .8rem; word-break: break-all; }
    pre.explain { white-space: pre-wrap; font-size: .85rem; margin: .3rem 0; }
    @page { size: A4; margin: 15mm 12mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      section.program { border-top: none; }
      section.program + section.program { break-before: page; margin-top: 0; }
      thead { display: table-header-group; }
      tr, figure, svg.chart, details { break-inside: avoid; }
      .scroll { overflow: visible; }
      table.wide { font-size: 7.5pt; }
      h3, h4 { break-after: avoid; }
      nav.contents { display: none; }
    }
    """
}
