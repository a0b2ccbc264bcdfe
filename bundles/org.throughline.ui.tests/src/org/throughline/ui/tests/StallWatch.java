package org.throughline.ui.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread is kept from running events: every few milliseconds a background thread posts an
 * empty runnable and times how long it waits to run. The longest wait is the longest stall a person would feel.
 * <p>
 * On a busy machine a wait can also be time the UI thread spent waiting for a processor; so each wait is also
 * measured in the UI thread's own processor time, which only work on the UI thread makes long. While it waits, the
 * watch samples the UI thread's stack, to tell what kept it busy.
 */
public final class StallWatch {

	/** One wait: how long the runnable waited, and how much of that the UI thread spent computing. */
	public record Wait(long startedMillis, long wallMillis, long busyMillis) {
	}

	private final Display display;
	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
	private final long uiThread;
	private final List<Wait> waits = Collections.synchronizedList(new ArrayList<>());
	private final Map<String, Integer> samples = new ConcurrentHashMap<>();
	private final long started = System.currentTimeMillis();
	private volatile boolean running = true;
	private final Thread thread;

	private StallWatch(Display display) {
		this.display = display;
		this.uiThread = display.getThread().threadId();
		thread = new Thread(this::watch, "UI stall watch");
		thread.setDaemon(true);
	}

	public static StallWatch start(Display display) {
		StallWatch watch = new StallWatch(display);
		watch.thread.start();
		return watch;
	}

	private void watch() {
		while (running && !display.isDisposed()) {
			CountDownLatch ran = new CountDownLatch(1);
			long cpuBefore = threads.getThreadCpuTime(uiThread);
			long posted = System.nanoTime();
			long[] waited = new long[1];
			display.asyncExec(() -> {
				waited[0] = System.nanoTime() - posted;
				ran.countDown();
			});
			try {
				while (!ran.await(10, TimeUnit.MILLISECONDS)) {
					sample();
				}
				long busy = Math.max(0, threads.getThreadCpuTime(uiThread) - cpuBefore);
				long wall = TimeUnit.NANOSECONDS.toMillis(waited[0]);
				waits.add(new Wait(System.currentTimeMillis() - started - wall, wall, TimeUnit.NANOSECONDS.toMillis(busy)));
				Thread.sleep(5);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	/** Notes what the UI thread is doing while it keeps a runnable waiting. */
	private void sample() {
		StringBuilder key = new StringBuilder();
		int shown = 0;
		boolean started = false;
		for (StackTraceElement frame : display.getThread().getStackTrace()) {
			// native toolkit frames say little: start at the first frame of the workbench or of Throughline
			String type = frame.getClassName();
			started |= type.startsWith("org.eclipse.jface") || type.startsWith("org.eclipse.ui")
					|| type.startsWith("org.throughline") || type.startsWith("org.eclipse.swt.custom");
			if (started && shown++ < 14) {
				key.append("    ").append(frame).append('\n');
			}
		}
		samples.merge(key.toString(), 1, Integer::sum);
	}

	/** Stops watching; returns the waits measured, in the order they happened. */
	public List<Wait> stop() {
		running = false;
		Ui.waitUntil("the stall watch to stop", () -> !thread.isAlive());
		synchronized (waits) {
			return new ArrayList<>(waits);
		}
	}

	/** Milliseconds since the watch started, to set events beside the waits. */
	public long elapsed() {
		return System.currentTimeMillis() - started;
	}

	/** The UI thread's stacks seen most often while it kept the watch waiting. */
	public String busiest(int count) {
		StringBuilder text = new StringBuilder();
		samples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(count)
				.forEach(e -> text.append(e.getValue()).append(" samples:\n").append(e.getKey()));
		return text.toString();
	}

	/** The {@code percent} percentile of some numbers. */
	public static long percentile(List<Long> values, double percent) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(sorted.size() * percent / 100)));
	}
}
