package org.throughline.trace.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.plan.Commitment;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.tests.fixtures.PlanFixtures;

/** Loads the Kent fixture once per test and finds its elements by qualified name. */
abstract class KentTestBase {

	@TempDir
	Path folder;

	TraceIndex index;

	@BeforeEach
	void loadKent() throws Exception {
		index = PlanFixtures.index(PlanFixtures.KENT, folder);
	}

	<T> T element(String qualifiedName, Class<T> type) {
		return type.cast(index.element(qualifiedName).orElseThrow(() -> new AssertionError("no " + qualifiedName)));
	}

	Commitment commitment(String name) {
		return element("kent.boldsteps.BoldSteps." + name, Commitment.class);
	}

	<T> T organisation(String path, Class<T> type) {
		return element("kent.organisation.KCC." + path, type);
	}
}
