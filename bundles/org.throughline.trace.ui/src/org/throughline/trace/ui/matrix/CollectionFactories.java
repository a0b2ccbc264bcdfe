package org.throughline.trace.ui.matrix;

import java.util.Collection;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Lets NatTable's collections find their implementations under OSGi.
 * <p>
 * Eclipse Collections finds the implementation of each factory ({@code Sets.mutable}, {@code IntLists.mutable},
 * ...) with a {@link java.util.ServiceLoader} on the thread's context class loader, once, when the factory class
 * is initialised. Under OSGi that loader cannot see the implementation bundle, so NatTable fails to paint ("Could
 * not find any implementations of MutableSetFactory"), and the bundles carry no headers for a service loader
 * mediator. So the factory classes are initialised here, once, with the implementation bundle's class loader as
 * the context class loader.
 */
final class CollectionFactories {

	private static final String API = "org.eclipse.collections.api";
	private static final String IMPLEMENTATION = "org.eclipse.collections.impl";
	private static final String FACTORIES = "org/eclipse/collections/api/factory";

	private static boolean initialised;

	private CollectionFactories() {
	}

	static synchronized void initialise() {
		if (initialised) {
			return;
		}
		initialised = true;
		ClassLoader api = loader(API);
		ClassLoader implementation = loader(IMPLEMENTATION);
		if (api == null || implementation == null) {
			return;
		}
		BundleWiring wiring = Platform.getBundle(API).adapt(BundleWiring.class);
		Collection<String> classes = wiring.listResources(FACTORIES, "*.class", BundleWiring.LISTRESOURCES_RECURSE);
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(implementation);
		try {
			for (String resource : classes) {
				String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
				try {
					Class.forName(name, true, api);
				} catch (ClassNotFoundException | LinkageError e) {
					// a class that cannot be initialised is one NatTable does not use
				}
			}
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static ClassLoader loader(String symbolicName) {
		Bundle bundle = Platform.getBundle(symbolicName);
		BundleWiring wiring = bundle == null ? null : bundle.adapt(BundleWiring.class);
		return wiring == null ? null : wiring.getClassLoader();
	}
}
