package org.throughline.html.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.throughline.html.SiteInput;
import org.throughline.model.plan.BusinessPlan;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Owner;
import org.throughline.model.plan.Restructure;
import org.throughline.model.values.ReportingPeriod;

/**
 * Renders every page of the site, and its style sheet, handing each file to a sink as soon as it is rendered.
 * Pages are rendered on all cores at once: each reads the shared, already computed {@link Site} and nothing
 * else, and no page is kept once the sink has it, so a site of a hundred thousand pages never sits in memory.
 */
public final class SiteRenderer {

	/** Receives the files of a site; called from several threads at once, once per file. */
	@FunctionalInterface
	public interface Sink {
		void accept(String path, String content) throws IOException;
	}

	private record File(String path, Supplier<String> content) {
	}

	private SiteRenderer() {
	}

	private static String page(Site site, EObject element, String path) {
		return switch (element) {
			case Commitment commitment -> CommitmentPage.write(site, commitment, path);
			case Owner owner -> OwnerPage.write(site, owner, path);
			case Indicator indicator -> IndicatorPage.write(site, indicator, path);
			case Consultation consultation -> ConsultationPage.write(site, consultation, path);
			case Restructure restructure -> RestructurePage.write(site, restructure, path);
			case BusinessPlan businessPlan -> BusinessPlanPage.write(site, businessPlan, path);
			default -> throw new IllegalStateException("no page for " + element.eClass().getName());
		};
	}

	/** The pages of a table of {@code rows} rows whose first page is {@code first} ({@link Paging}). */
	private static void addPages(List<File> files, String first, int rows, IntFunction<String> page) {
		for (int number = 1; number <= Paging.pages(rows); number++) {
			int shown = number;
			files.add(new File(Paging.path(first, number), () -> page.apply(shown)));
		}
	}

	/** The history page of a comparison on its own, outside a site ({@link org.throughline.html.ChangesReport}). */
	public static String changesPage(SiteInput input, String newVersion) {
		return ChangesPage.standalone(new Site(input), newVersion);
	}

	/**
	 * Renders each file of the site and hands it to {@code sink} with its path from the site root. Files reach the
	 * sink in no particular order; each file's content does not depend on that order.
	 *
	 * @throws IOException the first failure of the sink, once no page is being rendered or written any more; pages
	 *                     rendered meanwhile may have reached the sink
	 */
	public static void render(SiteInput input, Sink sink) throws IOException {
		Site site = new Site(input);
		List<File> files = new ArrayList<>();
		files.add(new File(SitePaths.STYLE, () -> SiteStyle.CSS));
		files.add(new File(SitePaths.INDEX, () -> IndexPage.write(site)));
		files.add(new File(SitePaths.COVERAGE, () -> CoveragePage.write(site)));
		addPages(files, SitePaths.MATRIX, site.matrix().rows().size(), page -> MatrixPage.write(site, false, page));
		addPages(files, SitePaths.GAPS, site.gaps().rows().size(), page -> MatrixPage.write(site, true, page));
		files.add(new File(SitePaths.SOURCES, () -> SourcesPage.write(site)));
		for (SourceDocuments.Shown document : site.documents().all()) {
			for (int page = 1; page <= document.pages(); page++) {
				int part = page;
				files.add(new File(document.path(page), () -> DocumentPage.write(site, document, part)));
			}
		}
		addPages(files, SitePaths.PROBLEMS, site.findings().size(), page -> ProblemsPage.write(site, page));
		files.add(new File(SitePaths.OWNERS, () -> ListPages.owners(site)));
		files.add(new File(SitePaths.INDICATORS, () -> ListPages.indicators(site)));
		files.add(new File(SitePaths.CONSULTATIONS, () -> ListPages.consultations(site)));
		files.add(new File(SitePaths.RESTRUCTURES, () -> ListPages.restructures(site)));
		files.add(new File(MonitoringPage.INDEX, () -> MonitoringPage.index(site)));
		for (ReportingPeriod quarter : MonitoringPage.quarters(site)) {
			files.add(new File(MonitoringPage.path(quarter), () -> MonitoringPage.report(site, quarter)));
		}
		for (ReportingPeriod year : MonitoringPage.years(site)) {
			files.add(new File(MonitoringPage.path(year), () -> MonitoringPage.annual(site, year)));
		}
		if (site.history() != null) {
			files.add(new File(SitePaths.CHANGES, () -> ChangesPage.write(site)));
		}
		for (Map.Entry<EObject, String> page : site.paths().pages().entrySet()) {
			EObject element = page.getKey();
			String path = page.getValue();
			files.add(new File(path, () -> page(site, element, path)));
		}
		// No task throws: a parallel stream returns on the first exception while other pages are still being
		// written, and the caller would clean up around them. The first failure stops the remaining pages and is
		// thrown once every task has ended.
		AtomicReference<Exception> failure = new AtomicReference<>();
		files.parallelStream().forEach(file -> {
			if (failure.get() != null) {
				return;
			}
			try {
				sink.accept(file.path(), file.content().get());
			} catch (IOException | RuntimeException e) {
				failure.compareAndSet(null, e);
			}
		});
		switch (failure.get()) {
			case null -> {
			}
			case IOException e -> throw e;
			case UncheckedIOException e -> throw e.getCause();
			case RuntimeException e -> throw e;
			default -> throw new IllegalStateException(failure.get());
		}
	}
}
