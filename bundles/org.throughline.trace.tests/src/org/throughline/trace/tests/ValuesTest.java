package org.throughline.trace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Observation;
import org.throughline.trace.Values;

/** Figures read as the council's papers write them, whatever the machine's locale. */
class ValuesTest extends KentTestBase {

	@Test
	void moneyIsWrittenInPoundsWithItsScale() {
		assertEquals("£340m", Values.money(new BigDecimal("340000000")));
		assertEquals("£1.2bn", Values.money(new BigDecimal("1200000000")));
		assertEquals("£5.6m", Values.money(new BigDecimal("5600000")));
		assertEquals("£400,000", Values.money(new BigDecimal("400000")));
		assertEquals("£8,000", Values.money(new BigDecimal("8000")));
	}

	@Test
	void quantitiesKeepTheirExactnessUnitAndRange() {
		Indicator apprentices = element("kent.indicators.KccApprentices", Indicator.class);
		assertEquals("over 340", Values.quantity(apprentices.getBaseline().getValue()));
		assertEquals("at least 350", Values.quantity(apprentices.getTargets().get(0).getValue()));
		Indicator vacancies = element("kent.indicators.SocialWorkerVacancies", Indicator.class);
		assertEquals("26%", Values.quantity(vacancies.getBaseline().getValue()));
	}

	@Test
	void anObservationSaysWhenItApplies() {
		Observation baseline = element("kent.indicators.KccApprentices", Indicator.class).getBaseline();
		assertEquals("2006/07 to 2009/10", Values.when(baseline));
		assertEquals("2010-03-31", Values.day(baseline).toString());
		Observation vacancies = element("kent.indicators.SocialWorkerVacancies", Indicator.class).getBaseline();
		assertEquals("2010-01-31", Values.when(vacancies));
	}
}
