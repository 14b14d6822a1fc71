/// The report's style sheet: system CJK fonts only (no downloads), and print rules for A4
/// (a page per program and per unit page, table headers repeated on every page, every
/// explanation expanded, wide tables shrunk to the page rather than cut).
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
    .agency { font-weight: bold; color: #2b4c7e; margin: 0 0 .2rem; }
    .issued { text-align: right; margin: 0; }
    .internal-mark, div.internal { background: #fdecea; border: 1px solid #c0504d; padding: .3rem .7rem; }
    .clause { font-size: .85rem; color: #444; margin: .2rem 0 .4rem; }
    table.sign-off { margin-top: 2rem; break-inside: avoid; }
    table.sign-off td { height: 3.2rem; width: 25%; }
    table.rules td:last-child { white-space: pre-wrap; }
    .program-title { color: #444; margin: 0; }
    section.unit-page { border-top: 2px solid #ccc; padding-top: 1rem; margin-top: 2rem; }
    p.cut { background: #eef3fa; border-left: 4px solid #2b4c7e; padding: .4rem .7rem; }
    .shortfall { color: #b00; }
    table.unit-values { width: auto; min-width: 50%; }
    tr.ranking-column td { font-weight: bold; }
    table.monthly { width: auto; }
    table.monthly tr.period td { font-weight: bold; border-top: 2px solid #888; }
    div.step h4 { margin: .8rem 0 .2rem; }
    div.step ul { margin: .1rem 0; padding-left: 1.4rem; font-size: .9rem; }
    details.exact { border: none; padding: 0; font-size: .75rem; color: #555; }
    details.exact pre { white-space: pre-wrap; word-break: break-all; margin: .2rem 0; }
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
    td.text[data-role="trend"] { font-family: "DejaVu Sans Mono", monospace; letter-spacing: 0; color: #2b4c7e; font-size: 1.1em; }
    .scroll { overflow-x: auto; }
    table.wide { font-size: .78rem; }
    table.wide th, table.wide td { padding: .15rem .3rem; }
    tr.winner td { background: #fff6d6; font-weight: bold; }
    tr.listed td { background: #fbe9e9; }
    tr.reference td { color: #555; font-style: italic; }
    .mark { color: #b8860b; }
    .default { color: #666; font-size: .85em; }
    table.readings td:not(:first-child) { width: 9em; }
    td code { overflow-wrap: anywhere; }
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
      section.program, section.unit-page { border-top: none; }
      section.program + section.program, section.unit-page + section.unit-page { break-before: page; margin-top: 0; }
      div.appendix { break-before: page; }
      thead { display: table-header-group; }
      tr, figure, svg.chart, div.step { break-inside: avoid; }
      details { border: none; padding: 0; }
      details::details-content { content-visibility: visible; display: block; }
      details.exact { display: none; }
      details.explain, div.steps { columns: 2; column-gap: 1.5em; }
      details > summary { list-style: none; font-weight: bold; }
      details > summary::-webkit-details-marker { display: none; }
      pre { white-space: pre-wrap; word-break: break-all; }
      .scroll { overflow: visible; }
      table.ranking { table-layout: fixed; }
      table.ranking th, table.ranking td { word-break: break-all; white-space: normal; }
      table.wide { font-size: 6.5pt; }
      h3, h4 { break-after: avoid; }
      nav.contents { display: none; }
    }
    """
}
