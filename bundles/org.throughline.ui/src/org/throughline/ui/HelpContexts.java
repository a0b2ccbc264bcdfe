package org.throughline.ui;

/**
 * The help context ids (F1) of the plan editor and the traceability views. Each names a context of the user guide,
 * in {@code org.throughline.help/contexts.xml}, whose topics are the guide's pages about that part.
 */
public final class HelpContexts {

	private static final String PREFIX = "org.throughline.help.";

	public static final String PLAN_EDITOR = PREFIX + "planEditor";
	public static final String TRACE_VIEW = PREFIX + "traceView";
	public static final String TRACE_GRAPH_VIEW = PREFIX + "traceGraphView";
	public static final String COVERAGE_VIEW = PREFIX + "coverageView";
	public static final String RESTRUCTURE_VIEW = PREFIX + "restructureView";
	public static final String MATRIX_EDITOR = PREFIX + "matrixEditor";

	private HelpContexts() {
	}
}
