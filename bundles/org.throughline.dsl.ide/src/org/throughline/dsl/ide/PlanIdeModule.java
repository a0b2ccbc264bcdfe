package org.throughline.dsl.ide;

/** Editor-agnostic services of the plan language: content assist, hover, occurrences, symbols, code actions. */
public class PlanIdeModule extends AbstractPlanIdeModule {
}
