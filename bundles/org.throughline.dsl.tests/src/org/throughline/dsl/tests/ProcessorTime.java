package org.throughline.dsl.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The processor time of this JVM's threads, for tests that compare how the work grows with the input: other
 * processes on a shared machine do not inflate it as they do the wall clock. Work on all cores is counted; a thread
 * that ends during the measured work goes uncounted (pools' threads live on). The wall clock where the JVM does not
 * measure threads.
 */
public final class ProcessorTime {

	private ProcessorTime() {
	}

	/** Nanoseconds of processor time used so far, to subtract from a later reading. */
	public static long now() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		if (!threads.isThreadCpuTimeSupported()) {
			return System.nanoTime();
		}
		long total = 0;
		for (long id : threads.getAllThreadIds()) {
			total += Math.max(threads.getThreadCpuTime(id), 0);
		}
		return total;
	}
}
