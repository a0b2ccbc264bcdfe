package org.throughline.dsl.ide.formatting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.ITextRegion;
import org.throughline.dsl.text.TextEdit;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats plan text with the language's formatter, as edits an editor can apply. Text with syntax errors is left
 * as it is: the formatter would lay out what it misread.
 */
public class PlanTextFormatter {

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resourceFactory;

	/**
	 * The edits that format {@code regions} of a parsed file, or the whole file when {@code regions} is empty; no
	 * edits when the file has syntax errors.
	 */
	public List<TextEdit> format(XtextResource resource, Collection<ITextRegion> regions) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return List.of();
		}
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regionAccess.get().forNodeModel(resource).create());
		request.setAllowIdentityEdits(false);
		request.setFormatUndefinedHiddenRegionsOnly(false);
		if (!regions.isEmpty()) {
			request.setRegions(new ArrayList<>(regions));
		}
		List<TextEdit> edits = new ArrayList<>();
		for (ITextReplacement replacement : formatters.get().format(request)) {
			edits.add(new TextEdit(replacement.getOffset(), replacement.getLength(), replacement.getReplacementText()));
		}
		return edits;
	}

	/** {@code text} with {@code regions} (all of it when empty) formatted; unchanged when it has syntax errors. */
	public String format(String text, Collection<ITextRegion> regions) {
		XtextResource resource = parse(text);
		return TextEdit.apply(text, format(resource, regions));
	}

	/** Parses text on its own, without linking it to other files: enough for layout and syntax checks. */
	public XtextResource parse(String text) {
		XtextResourceSet resourceSet = resourceSets.get();
		// this language's own resource, whichever injector registered itself with EMF last
		XtextResource resource = (XtextResource) resourceFactory.createResource(URI.createURI("synthetic:/formatting.plan"));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}
}
