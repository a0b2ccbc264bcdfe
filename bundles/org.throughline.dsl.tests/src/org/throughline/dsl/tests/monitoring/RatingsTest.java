package org.throughline.dsl.tests.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.dsl.tests.Fixtures;
import org.throughline.dsl.tests.PlanInjectorProvider;
import org.throughline.model.monitoring.Direction;
import org.throughline.model.monitoring.IndicatorResult;
import org.throughline.model.monitoring.Rating;
import org.throughline.model.monitoring.Ratings;
import org.throughline.model.plan.Count;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.values.ReportingPeriod;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** The rating rules on their edges, on indicators written in the plan language. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class RatingsTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	/** An indicator with target 80% and floor 70% for 2011/12, and the given actual for 2011/12 Q2. */
	private Indicator higherIsBetter(String actual) throws Exception {
		return indicator("""
				unit percentage
				better when higher
				target 80% by 2012-03-31
				floor 70% by 2012-03-31
				actual ACTUAL for 2011/12 Q2
				""".replace("ACTUAL", actual));
	}

	private Indicator indicator(String body) throws Exception {
		Files.writeString(folder.resolve("indicators.plan"), "module test.indicators\n\nindicator I \"Indicator\" {\n"
				+ body + "}\n");
		PlanModule module = Fixtures.load(injector, folder).modules().get(0);
		return (Indicator) module.getElements().get(0);
	}

	private static IndicatorResult rated(Indicator indicator, String period) {
		return Ratings.of(indicator, ReportingPeriod.valueOf(period));
	}

	@Test
	void atTheTargetIsGreen() throws Exception {
		IndicatorResult result = rated(higherIsBetter("80%"), "2011/12 Q2");
		assertEquals(Rating.GREEN, result.rating());
		assertEquals("meets the target", result.reason());
	}

	@Test
	void justBelowTheTargetIsAmber() throws Exception {
		IndicatorResult result = rated(higherIsBetter("79.9%"), "2011/12 Q2");
		assertEquals(Rating.AMBER, result.rating());
		assertEquals("misses the target but meets the floor", result.reason());
	}

	@Test
	void atTheFloorIsAmber() throws Exception {
		assertEquals(Rating.AMBER, rated(higherIsBetter("70%"), "2011/12 Q2").rating());
	}

	@Test
	void belowTheFloorIsRed() throws Exception {
		IndicatorResult result = rated(higherIsBetter("69.9%"), "2011/12 Q2");
		assertEquals(Rating.RED, result.rating());
		assertEquals("below the floor", result.reason());
	}

	@Test
	void whenLowerIsBetterTheEdgesAreReversed() throws Exception {
		String lower = """
				unit count
				better when lower
				target 10 by 2012-03-31
				floor 15 by 2012-03-31
				actual 10 for 2011/12 Q1
				actual 11 for 2011/12 Q2
				actual 15 for 2011/12 Q3
				actual 16 for 2011/12 Q4
				""";
		Indicator indicator = indicator(lower);
		assertEquals(Rating.GREEN, rated(indicator, "2011/12 Q1").rating());
		assertEquals(Rating.AMBER, rated(indicator, "2011/12 Q2").rating());
		assertEquals(Rating.AMBER, rated(indicator, "2011/12 Q3").rating());
		assertEquals(Rating.RED, rated(indicator, "2011/12 Q4").rating());
		assertEquals(Direction.WORSENING, rated(indicator, "2011/12 Q2").sincePrevious());
	}

	@Test
	void aMissedTargetWithNoFloorIsRed() throws Exception {
		IndicatorResult result = rated(indicator("""
				unit count
				better when higher
				target 100 by 2012-03-31
				actual 99 for 2011/12
				"""), "2011/12");
		assertEquals(Rating.RED, result.rating());
		assertEquals("misses the target, and there is no floor", result.reason());
	}

	@Test
	void noTargetAndNoActualAreNotRatedAndSaySo() throws Exception {
		IndicatorResult noTarget = rated(indicator("unit count\nbetter when higher\nactual 5 for 2011/12 Q1\n"),
				"2011/12 Q1");
		assertEquals(Rating.NONE, noTarget.rating());
		assertEquals("no target", noTarget.reason());
		IndicatorResult noActual = rated(higherIsBetter("75%"), "2011/12 Q3");
		assertEquals(Rating.NONE, noActual.rating());
		assertEquals("no actual yet", noActual.reason());
		assertNull(noActual.actual());
	}

	@Test
	void anIndicatorBetterEitherWayOrNotSayingIsNotRated() throws Exception {
		IndicatorResult result = rated(indicator("unit count\nbetter when either\ntarget 10 by 2012-03-31\nactual 12 for 2011/12\n"),
				"2011/12");
		assertEquals(Rating.NONE, result.rating());
		assertEquals("the indicator does not say whether higher or lower is better", result.reason());
		IndicatorResult unsaid = rated(indicator("unit count\ntarget 10 by 2012-03-31\nactual 12 for 2011/12\n"),
				"2011/12");
		assertEquals(Rating.NONE, unsaid.rating());
	}

	@Test
	void theTargetInForceIsTheNextDueElseTheLastDue() throws Exception {
		Indicator indicator = indicator("""
				unit count
				better when higher
				target 50 by 2012-03-31
				target 60 by 2013-03-31
				""");
		assertEquals("50", target(rated(indicator, "2011/12 Q3")));
		assertEquals("50", target(rated(indicator, "2011/12 Q4")));
		assertEquals("60", target(rated(indicator, "2012/13 Q1")));
		assertEquals("60", target(rated(indicator, "2013/14 Q1")));
		Indicator fourYears = indicator("unit count\nbetter when higher\ntarget 350 by 2015-03-31\nactual 90 for 2011/12\n");
		assertNull(rated(fourYears, "2011/12").target(), "a target due in a later year is not yet in force");
		assertEquals("no target", rated(fourYears, "2011/12").reason());
	}

	private static String target(IndicatorResult result) {
		return ((Count) result.target().getValue()).getValue().toPlainString();
	}

	@Test
	void theDirectionComparesThePreviousPeriodAndTheSamePeriodAYearBefore() throws Exception {
		Indicator indicator = indicator("""
				unit count
				better when higher
				target 100 by 2013-03-31
				actual 40 for 2011/12 Q4
				actual 50 for 2012/13 Q3
				actual 50 for 2012/13 Q4
				""");
		IndicatorResult q4 = rated(indicator, "2012/13 Q4");
		assertEquals(Direction.UNCHANGED, q4.sincePrevious());
		assertEquals(Direction.IMPROVING, q4.sinceYearBefore());
		IndicatorResult q3 = rated(indicator, "2012/13 Q3");
		assertEquals(Direction.NONE, q3.sincePrevious());
		assertEquals(Direction.NONE, q3.sinceYearBefore());
	}

	@Test
	void periodsAreWrittenAndOrderedAsAFinancialYearCountsThem() {
		assertEquals("2011-10-01", ReportingPeriod.valueOf("2011/12 Q3").firstDay().toString());
		assertEquals("2011-12-31", ReportingPeriod.valueOf("2011/12 Q3").lastDay().toString());
		assertEquals("2012-01-31", ReportingPeriod.valueOf("2011/12 jan").lastDay().toString());
		assertEquals("2011/12 Feb", ReportingPeriod.valueOf("2011/12 February").toString());
		assertEquals("2010/11 Q4", ReportingPeriod.valueOf("2011/12 Q1").previous().toString());
		assertEquals("2010/11 Q3", ReportingPeriod.valueOf("2011/12 Q3").yearBefore().toString());
		assertEquals("2011/12 Mar", ReportingPeriod.valueOf("2012/13 Apr").previous().toString());
	}
}
