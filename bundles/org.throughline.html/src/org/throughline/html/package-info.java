/**
 * The static site: {@link org.throughline.html.SiteGenerator} publishes a {@link org.throughline.html.SiteInput}
 * (the trace index and the validation findings) as HTML pages, one style sheet and inline SVG charts. The pages
 * are in {@code pages}, the charts in {@code charts}; all markup goes through {@code markup.Html}, which escapes
 * every text.
 */
package org.throughline.html;
