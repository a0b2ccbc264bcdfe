package org.throughline.html.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.throughline.html.Finding;
import org.throughline.html.History;
import org.throughline.html.SiteInput;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Plan;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.coverage.PlanSummary;
import org.throughline.trace.holes.Hole;
import org.throughline.trace.matrix.TraceMatrix;

/**
 * Everything the pages share, computed once per site: the index, where each element's page is, the matrix
 * (and so every commitment's holes) and its gaps, each plan's summary, and the findings grouped by the page that
 * shows them and counted by severity.
 */
public final class Site {

	private final TraceIndex index;
	private final SitePaths paths;
	private final TraceMatrix matrix;
	private final TraceMatrix gaps;
	private final Map<Commitment, TraceMatrix.Row> rows = new IdentityHashMap<>();
	private final Map<Plan, PlanSummary> summaries = new IdentityHashMap<>();
	private final List<Finding> findings;
	private final Map<String, Integer> findingsBySeverity = new HashMap<>();
	private final Map<EObject, List<Finding>> findingsByPage = new IdentityHashMap<>();
	private final History history;
	private final SourceDocuments documents;

	public Site(SiteInput input) {
		this.index = input.index();
		this.paths = new SitePaths(index);
		this.matrix = TraceMatrix.of(index);
		this.gaps = matrix.gapsOnly();
		for (TraceMatrix.Row row : matrix.rows()) {
			rows.put(row.commitment(), row);
		}
		for (Plan plan : index.plans()) {
			summaries.put(plan, PlanSummary.of(index, plan));
		}
		this.findings = input.findings();
		this.history = input.history();
		this.documents = new SourceDocuments(index, input.documents(), paths);
		for (Finding finding : findings) {
			findingsBySeverity.merge(finding.severity(), 1, Integer::sum);
			EObject page = pageElement(finding.subject());
			if (page != null) {
				findingsByPage.computeIfAbsent(page, k -> new ArrayList<>()).add(finding);
			}
		}
	}

	/** The source documents the site shows line by line, and what cites their lines. */
	SourceDocuments documents() {
		return documents;
	}

	// The nearest element, the subject itself or one containing it, that has a page of its own.
	private EObject pageElement(EObject subject) {
		for (EObject e = subject; e != null; e = e.eContainer()) {
			if (paths.pageOf(e) != null) {
				return e;
			}
		}
		return null;
	}

	public TraceIndex index() {
		return index;
	}

	public SitePaths paths() {
		return paths;
	}

	public TraceMatrix matrix() {
		return matrix;
	}

	/** The rows of the matrix that have holes. */
	public TraceMatrix gaps() {
		return gaps;
	}

	public TraceMatrix.Row row(Commitment commitment) {
		return rows.get(commitment);
	}

	public Set<Hole> holes(Commitment commitment) {
		return rows.get(commitment).holes();
	}

	public PlanSummary summary(Plan plan) {
		return summaries.get(plan);
	}

	/** Every finding, in the order given. */
	public List<Finding> findings() {
		return findings;
	}

	/** How many findings have {@code severity}, e.g. "error". */
	public int findings(String severity) {
		return findingsBySeverity.getOrDefault(severity, 0);
	}

	/** The findings shown on an element's page: those about it or about something inside it. */
	public List<Finding> findingsOn(EObject pageElement) {
		return findingsByPage.getOrDefault(pageElement, List.of());
	}

	/** The comparison with an earlier version, or null when the site has none. */
	public History history() {
		return history;
	}

	/** The site's name: the plan's title when there is one plan. */
	public String title() {
		return index.plans().size() == 1 ? Labels.label(index.plans().get(0)) : "Plans";
	}
}
