package org.throughline.html.pages;

/**
 * The site's one style sheet. Colours meet WCAG AA contrast on their backgrounds (text at least 4.5:1); holes
 * and states are also written as words with a mark, so nothing depends on colour. Tables scroll sideways on
 * narrow screens instead of squeezing; print drops the navigation and keeps rows whole.
 */
final class SiteStyle {

	private SiteStyle() {
	}

	static final String CSS = """
			/* Throughline site. Colours: text #1b1b1b, links #1d4f91, holes #8a1c1c on #fdecea, complete #1e5631 on #e6f4ea. */
			:root { --text: #1b1b1b; --muted: #4a4a4a; --link: #1d4f91; --line: #c8ccd2; --band: #f3f5f8;
			  --hole: #8a1c1c; --hole-bg: #fdecea; --ok: #1e5631; --ok-bg: #e6f4ea; --bar: #1d4f91; --track: #e3e7ee; }
			* { box-sizing: border-box; }
			html { font-size: 100%; }
			body { margin: 0; color: var(--text); background: #fff; font-family: system-ui, -apple-system, "Segoe UI",
			  Roboto, "Noto Sans", "DejaVu Sans", sans-serif; line-height: 1.5; }
			a { color: var(--link); }
			a:focus, [tabindex]:focus { outline: 3px solid #f2b600; outline-offset: 2px; }
			.skip { position: absolute; left: -999em; }
			.skip:focus { position: static; display: block; padding: .5rem 1rem; background: #f2b600; color: #000; }
			.banner { background: #14325c; color: #fff; padding: .75rem 1rem; }
			.banner a { color: #fff; text-decoration: none; }
			.document { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9rem; border-top: 1px solid var(--line); }
			.document .line { display: flex; gap: .75rem; border-left: 4px solid transparent; padding-left: .25rem; }
			.document .line.cited { border-left-color: #1d4f91; }
			.document .line:target { background: #fff3b0; }
			.document .n { flex: 0 0 4.5em; text-align: right; color: var(--muted); text-decoration: none; }
			.document .t { white-space: pre-wrap; overflow-wrap: anywhere; min-width: 0; }
			.site-title { margin: 0; font-size: 1.15rem; font-weight: 700; }
			nav { background: var(--band); border-bottom: 1px solid var(--line); }
			nav ul { list-style: none; margin: 0; padding: .25rem 1rem; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
			nav a { display: inline-block; padding: .35rem 0; }
			nav a[aria-current="page"] { font-weight: 700; text-decoration: none; border-bottom: 3px solid var(--link); }
			nav.pager { background: none; border: 0; margin: 0 0 1rem; }
			nav.pager p { margin: 0 0 .25rem; }
			nav.pager ul { padding: 0; gap: .25rem .75rem; }
			main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
			footer { max-width: 72rem; margin: 2rem auto 0; padding: 1rem; border-top: 1px solid var(--line); color: var(--muted); }
			h1 { font-size: 1.9rem; line-height: 1.2; margin: .5rem 0 1rem; }
			h2 { font-size: 1.45rem; margin: 2rem 0 .75rem; }
			h3 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
			h4 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
			.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
			.facts dt { font-weight: 700; }
			.facts dd { margin: 0; }
			.statement { margin: 1rem 0; padding: .75rem 1rem; border-left: 4px solid var(--link); background: var(--band); font-size: 1.1rem; }
			.source { color: var(--muted); font-size: .95rem; }
			.none { color: var(--muted); font-style: italic; }
			.hole { display: inline-block; color: var(--hole); background: var(--hole-bg); padding: 0 .35rem; border-radius: .2rem; font-weight: 600; }
			.complete { color: var(--ok); background: var(--ok-bg); padding: 0 .35rem; border-radius: .2rem; font-weight: 600; display: inline-block; }
			ul.holes { list-style: none; padding: 0; }
			ul.holes li { margin: .25rem 0; }
			.marks .hole { font-size: .85rem; }
			.table-scroll { overflow-x: auto; margin: 0 0 1.5rem; }
			table { border-collapse: collapse; width: 100%; }
			caption { text-align: left; font-weight: 700; padding: .5rem 0; }
			th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
			thead th { background: var(--band); border-bottom: 2px solid var(--text); }
			tbody th { font-weight: 600; }
			table.matrix td, table.matrix th { min-width: 9rem; }
			.response { border: 1px solid var(--line); border-radius: .3rem; padding: .25rem 1rem .5rem; margin: 0 0 1rem; }
			ul.responses { list-style: none; padding: 0; }
			.outcome { font-weight: 700; }
			.superseded { color: var(--muted); }
			section.move.superseded h3 { text-decoration: line-through; }
			.finding.error strong { color: var(--hole); }
			figure.chart { margin: 1rem 0 1.5rem; }
			figure.chart svg { max-width: 100%; height: auto; }
			figcaption { color: var(--muted); font-size: .95rem; }
			svg text { fill: var(--text); font-size: 13px; font-family: inherit; }
			svg .track { fill: var(--track); }
			svg .bar { fill: var(--bar); }
			svg .grid { stroke: var(--line); stroke-width: 1; }
			svg .axis { stroke: var(--text); stroke-width: 1; }
			svg .actual-line { fill: none; stroke: var(--bar); stroke-width: 2; }
			svg .marker.baseline { fill: #fff; stroke: var(--text); stroke-width: 2; }
			svg .marker.actual { fill: var(--bar); }
			svg .marker.target { fill: #a35200; }
			svg .range { stroke: var(--muted); stroke-width: 3; }
			svg .tick, svg .legend { font-size: 12px; }
			del { color: var(--hole); background: var(--hole-bg); }
			ins { color: var(--ok); background: var(--ok-bg); }
			.change-kind { font-weight: 600; }
			code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
			@media (max-width: 40rem) {
			  h1 { font-size: 1.5rem; }
			  .facts { grid-template-columns: 1fr; }
			  .facts dd { margin-bottom: .5rem; }
			  main { padding: .75rem; }
			}
			/* Ratings are written in words; the colour only repeats them. */
			.rating { font-weight: bold; }
			.rating-green { background: #d7efd9; }
			.rating-amber { background: #fbe5c0; }
			.rating-red { background: #f6d0cf; }
			svg .marker.floor { fill: #fff; stroke: #7a3e00; stroke-width: 2; }
			@media print {
			  .skip, nav { display: none; }
			  .banner { background: none; color: #000; padding: 0; border-bottom: 2px solid #000; }
			  .banner a, a { color: #000; }
			  .table-scroll { overflow: visible; }
			  tr, .response, figure { break-inside: avoid; }
			  h2, h3 { break-after: avoid; }
			  svg .bar, svg .marker.actual { fill: #000; }
			  svg .track { fill: #ddd; }
			}
			""";
}
