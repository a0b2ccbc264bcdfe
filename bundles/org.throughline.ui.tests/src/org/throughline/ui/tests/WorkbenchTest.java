package org.throughline.ui.tests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * A workbench test: run once, or {@value #REPEAT_PROPERTY} times in a row (each time with its own set-up and
 * tear-down), so that a test that fails now and then shows it: {@code ./build.sh test-workbench 20 RenameUiTest}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(WorkbenchTest.Repetitions.class)
public @interface WorkbenchTest {

	/** The system property that says how many times each workbench test runs. */
	String REPEAT_PROPERTY = "throughline.repeat";

	/** Runs each test as many times as {@value WorkbenchTest#REPEAT_PROPERTY} says, once by default. */
	final class Repetitions implements TestTemplateInvocationContextProvider {

		@Override
		public boolean supportsTestTemplate(ExtensionContext context) {
			return true;
		}

		@Override
		public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
			int times = Math.max(1, Integer.getInteger(REPEAT_PROPERTY, 1));
			return IntStream.rangeClosed(1, times).mapToObj(run -> new TestTemplateInvocationContext() {
				@Override
				public String getDisplayName(int invocationIndex) {
					return times == 1 ? context.getDisplayName() : context.getDisplayName() + " (" + run + " of " + times + ")";
				}
			});
		}
	}
}
