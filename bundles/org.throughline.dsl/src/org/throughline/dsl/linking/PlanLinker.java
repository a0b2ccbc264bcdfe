package org.throughline.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.linking.lazy.LazyLinker;

/**
 * Xtext's lazy linker, able to link part of a file: when only some elements were parsed again, linking them must
 * not forget how the file's other links, still waiting to be resolved, were written. Xtext forgets that whenever it
 * starts to link, assuming the whole file is linked again.
 */
public class PlanLinker extends LazyLinker {

	@Override
	protected void beforeModelLinked(EObject model, IDiagnosticConsumer diagnosticsConsumer) {
		if (model.eContainer() == null) {
			super.beforeModelLinked(model, diagnosticsConsumer);
		}
	}
}
