package org.throughline.dsl.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Format (Ctrl+Shift+F) lays a plan out one statement per line, blocks indented. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class FormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	@Test
	void aPlanWrittenOnOneLineIsLaidOutByStatement() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("module   a.b import   c.d.*  import e.F "
					+ "plan P \"Plan\" { period 2011/12 to 2014/15 stage draft "
					+ "aim A \"Aim\" { delivered by X , Y } "
					+ "commitment C1 \"One\" { kind lobby aim A statement \"We will.\" "
					+ "appears in A ( Doc line 3 ; Doc lines 4 to 5 ) owner lead X } }");
			request.setExpectation("""
					module a.b
					import c.d.*
					import e.F

					plan P "Plan" {
						period 2011/12 to 2014/15
						stage draft
						aim A "Aim" {
							delivered by X, Y
						}
						commitment C1 "One" {
							kind lobby
							aim A
							statement "We will."
							appears in A (Doc line 3; Doc lines 4 to 5)
							owner lead X
						}
					}
					""");
			request.setUseNodeModel(true);
		});
	}

	@Test
	void aBlankLineBetweenBlocksIsKeptAndCommentsStay() {
		String text = """
				module a

				// the organisation
				organisation O "O" {
					unit U "U"

					unit V "V" {
						kind directorate
					}
				}
				""";
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(text);
			request.setExpectation(text);
		});
	}

	@Test
	void formattingTwiceChangesNothing() {
		String once = """
				module a

				indicator I "I" {
					unit percentage
					baseline about 26% on 2010-01-31
					target 11% to 12.5% by 2010-10-31
				}
				""";
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(once);
			request.setExpectation(once);
		});
	}
}
