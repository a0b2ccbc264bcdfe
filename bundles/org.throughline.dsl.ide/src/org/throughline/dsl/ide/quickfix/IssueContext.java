package org.throughline.dsl.ide.quickfix;

import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * An issue together with the file it was found in, loaded and linked with the other files of its workspace, as a
 * quick fix needs it: its element, its data and the text around it.
 *
 * @param issue    the issue as the validator reported it (its code, data, offset and length)
 * @param resource the file, parsed from exactly the text the issue's offsets refer to
 */
public record IssueContext(Issue issue, XtextResource resource) {

	public URI file() {
		return resource.getURI();
	}

	public String text() {
		return resource.getParseResult().getRootNode().getText();
	}

	public ResourceSet resourceSet() {
		return resource.getResourceSet();
	}

	/** The issue's data (suggestions a rule left for its fix); never null. */
	public String[] data() {
		return issue.getData() == null ? new String[0] : issue.getData();
	}

	/** The {@code index}th item of the data, if there is one. */
	public Optional<String> data(int index) {
		String[] data = data();
		return index < data.length && data[index] != null ? Optional.of(data[index]) : Optional.empty();
	}

	/** The element the issue is about, if it still exists in this text. */
	public Optional<EObject> element() {
		if (issue.getUriToProblem() == null || issue.getUriToProblem().fragment() == null) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(resource.getEObject(issue.getUriToProblem().fragment()));
		} catch (RuntimeException e) {
			// a fragment from an older parse may point nowhere
			return Optional.empty();
		}
	}

	/** The element the issue is about, when it is of {@code type}. */
	public <T> Optional<T> element(Class<T> type) {
		return element().filter(type::isInstance).map(type::cast);
	}

	/** The innermost node of the text at the issue's offset. */
	public Optional<INode> node() {
		if (issue.getOffset() == null || resource.getParseResult() == null) {
			return Optional.empty();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), issue.getOffset());
		return Optional.ofNullable(leaf);
	}
}
