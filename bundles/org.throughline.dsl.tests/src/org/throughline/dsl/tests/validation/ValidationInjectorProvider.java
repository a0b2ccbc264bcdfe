package org.throughline.dsl.tests.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.throughline.dsl.PlanRuntimeModule;
import org.throughline.dsl.tests.PlanInjectorProvider;

/**
 * The plan language with today fixed at {@link #TODAY}, mid-way through a plan for 2011/12 to 2014/15: two of its
 * years have ended and two have not, so that checks of ended years and passed deadlines give the same answer on any
 * day the tests run.
 */
public class ValidationInjectorProvider extends PlanInjectorProvider {

	public static final LocalDate TODAY = LocalDate.of(2013, 6, 1);

	@Override
	protected PlanRuntimeModule createRuntimeModule() {
		return new PlanRuntimeModule() {
			@Override
			public ClassLoader bindClassLoaderToInstance() {
				return ValidationInjectorProvider.class.getClassLoader();
			}

			@Override
			public Clock bindClock() {
				return Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneId.of("UTC"));
			}
		};
	}
}
