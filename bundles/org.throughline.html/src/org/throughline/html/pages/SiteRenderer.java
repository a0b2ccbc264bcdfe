package org.throughline.html.pages;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.throughline.html.SiteInput;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Restructure;

/** Renders every page of the site, and its style sheet, in memory. */
public final class SiteRenderer {

	private SiteRenderer() {
	}

	/** Each file of the site by its path from the site root, sorted by path. */
	public static Map<String, String> render(SiteInput input) {
		Site site = new Site(input);
		Map<String, String> files = new TreeMap<>();
		files.put(SitePaths.STYLE, SiteStyle.CSS);
		files.put(SitePaths.INDEX, IndexPage.write(site));
		files.put(SitePaths.COVERAGE, CoveragePage.write(site));
		files.put(SitePaths.MATRIX, MatrixPage.write(site, false));
		files.put(SitePaths.GAPS, MatrixPage.write(site, true));
		files.put(SitePaths.SOURCES, SourcesPage.write(site));
		files.put(SitePaths.PROBLEMS, ProblemsPage.write(site));
		files.put(SitePaths.OWNERS, ListPages.owners(site));
		files.put(SitePaths.INDICATORS, ListPages.indicators(site));
		files.put(SitePaths.CONSULTATIONS, ListPages.consultations(site));
		files.put(SitePaths.RESTRUCTURES, ListPages.restructures(site));
		for (Map.Entry<EObject, String> page : site.paths().pages().entrySet()) {
			String path = page.getValue();
			String content = switch (page.getKey()) {
				case Commitment commitment -> CommitmentPage.write(site, commitment, path);
				case Owner owner -> OwnerPage.write(site, owner, path);
				case Indicator indicator -> IndicatorPage.write(site, indicator, path);
				case Consultation consultation -> ConsultationPage.write(site, consultation, path);
				case Restructure restructure -> RestructurePage.write(site, restructure, path);
				default -> throw new IllegalStateException("no page for " + page.getKey().eClass().getName());
			};
			files.put(path, content);
		}
		return files;
	}
}
