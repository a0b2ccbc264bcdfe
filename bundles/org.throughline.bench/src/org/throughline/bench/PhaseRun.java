package org.throughline.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.throughline.cli.commands.HtmlCommand;
import org.throughline.cli.load.LoadedPlan;
import org.throughline.dsl.PlanStandaloneSetup;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.trace.TraceIndex;

import com.google.inject.Injector;

/**
 * One measured run in its own JVM: load a plan folder and publish its site, timing each phase as the command
 * line performs it, and the peak heap. Prints one {@code phase: NAME=VALUE} line per figure. Usage:
 *
 * <pre>PhaseRun PLAN_FOLDER SITE_FOLDER</pre>
 */
public final class PhaseRun {

	static final String PREFIX = "phase: ";

	private PhaseRun() {
	}

	public static void main(String[] args) throws Exception {
		Path plans = Path.of(args[0]);
		Path site = Path.of(args[1]);
		HeapAfterCollections heap = HeapAfterCollections.watch();
		Injector injector = new PlanStandaloneSetup().createInjectorAndDoEMFRegistration();

		long start = System.nanoTime();
		PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class).load(plans);
		long parsed = System.nanoTime();
		List<PlanDiagnostic> diagnostics = workspace.diagnostics();
		long validated = System.nanoTime();
		TraceIndex index = TraceIndex.of(workspace.modules());
		long indexed = System.nanoTime();
		LoadedPlan plan = LoadedPlan.of(plans, workspace, diagnostics, index);
		HtmlCommand.publish(plan, site);
		long published = System.nanoTime();

		print("parse", seconds(start, parsed));
		print("validate", seconds(parsed, validated));
		print("trace", seconds(validated, indexed));
		print("html", seconds(indexed, published));
		print("heapMB", heap.largestBytes() / (1024.0 * 1024.0));
		print("findings", diagnostics.size());
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

	private static void print(String name, double value) {
		System.out.println(PREFIX + name + "=" + String.format(Locale.ROOT, "%.3f", value));
	}
}
