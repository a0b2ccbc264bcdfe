/**
 * The trace index and the facts every report shares.
 * <p>
 * Build a {@link org.throughline.trace.TraceIndex} once from the loaded modules
 * ({@code TraceIndex.of(workspace.modules())}); every analysis in the sub-packages, the site generator, the
 * command line and the workbench views read it. It answers the questions the model only answers one way round
 * (what does this unit own, which responses concern this commitment, what moves away from this directorate) by
 * lookup, and lists everything in document order, so that whatever is built from it is deterministic.
 * Its backward links are those of the model's one inverse index, {@link org.throughline.model.links.PlanLinks};
 * {@link org.throughline.model.facts.CommitmentFacts} says once, for validation too, what "owned", "measured",
 * "consulted on" and "answered" mean; {@link org.throughline.trace.Values} says how figures are written, and the
 * model's {@link org.throughline.model.labels.Labels} how elements are named.
 * <p>
 * The analyses, one package each: {@code coverage} (the plan-level summary, overall and per directorate),
 * {@code holes} (what each commitment lacks), {@code matrix} (the traceability matrix and its CSV columns),
 * {@code restructure} (the impact of a restructure on ownership), {@code consultation} ("you said, we did"),
 * {@code diff} (what changed between two versions of a plan).
 */
package org.throughline.trace;
