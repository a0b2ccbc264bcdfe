package org.throughline.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * The largest heap in use just after a garbage collection, over a run: what the run needed to keep, plus garbage
 * that the collection left for later. Unlike the heap pools' peaks, which count garbage that was about to be
 * collected, it cannot exceed the heap the run was given.
 */
final class HeapAfterCollections {

	/** The notification type of a finished collection (com.sun.management, read without depending on it). */
	private static final String COLLECTION_DONE = "com.sun.management.gc.notification";

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());
	private final AtomicLong largest = new AtomicLong();

	private HeapAfterCollections() {
	}

	/** Starts watching every collection of this JVM. */
	static HeapAfterCollections watch() {
		HeapAfterCollections watch = new HeapAfterCollections();
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener((notification, handback) -> {
					if (COLLECTION_DONE.equals(notification.getType())
							&& notification.getUserData() instanceof CompositeData info) {
						watch.collected((CompositeData) info.get("gcInfo"));
					}
				}, null, null);
			}
		}
		return watch;
	}

	private void collected(CompositeData gcInfo) {
		long used = 0;
		for (Object row : ((TabularData) gcInfo.get("memoryUsageAfterGc")).values()) {
			CompositeData entry = (CompositeData) row;
			if (heapPools.contains((String) entry.get("key"))) {
				used += MemoryUsage.from((CompositeData) entry.get("value")).getUsed();
			}
		}
		largest.accumulateAndGet(used, Math::max);
	}

	/** The largest heap in use after any collection so far. */
	long largestBytes() {
		return largest.get();
	}
}
