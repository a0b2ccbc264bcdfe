package org.throughline.lsp.requests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.throughline.dsl.ide.references.PlanReference;
import org.throughline.lsp.workspace.OpenPlanFolder;
import org.throughline.lsp.workspace.Texts;

import com.google.inject.Inject;

/** Go to a definition, in whichever file it is, and find every reference to an element, as the workbench does. */
public class Navigation {

	@Inject
	private Elements elements;

	/** Where the element referred to at {@code offset} is defined; none when no resolved reference is there. */
	public List<Location> definition(XtextResource resource, int offset) {
		EObject target = elements.referredAt(resource, offset);
		return target == null || !(target.eResource() instanceof XtextResource file) ? List.of()
				: List.of(location(file, Elements.nameRegion(target)));
	}

	/** Every reference to the element named or referred to at {@code offset}, in file order. */
	public List<Location> references(OpenPlanFolder folder, XtextResource resource, int offset,
			boolean includeDeclaration) throws IOException {
		EObject target = elements.at(resource, offset);
		List<Location> locations = new ArrayList<>();
		if (target == null) {
			return locations;
		}
		if (includeDeclaration && target.eResource() instanceof XtextResource file) {
			locations.add(location(file, Elements.nameRegion(target)));
		}
		for (PlanReference reference : folder.references().to(target)) {
			if (reference.source().eResource() instanceof XtextResource file && reference.node() != null) {
				locations.add(location(file, reference.offset(), reference.length()));
			}
		}
		return locations;
	}

	private static Location location(XtextResource file, ITextRegion region) {
		return location(file, region.getOffset(), region.getLength());
	}

	private static Location location(XtextResource file, int offset, int length) {
		return new Location(Texts.uri(file.getURI()), Texts.range(Texts.document(file), offset, length));
	}
}
