package org.throughline.lsp.requests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.throughline.dsl.ide.rename.PlanRename;
import org.throughline.lsp.workspace.OpenPlanFolder;
import org.throughline.lsp.workspace.Texts;

import com.google.inject.Inject;

/**
 * Rename with the workbench's refactoring: the element's name, every reference to it in every file, references to
 * what it contains and imports of its namespace. A name that cannot be used is refused with the workbench's reason.
 */
public class Renames {

	@Inject
	private PlanRename rename;

	@Inject
	private Elements elements;

	/** The name or reference that would be renamed at {@code offset}, or null when nothing there can be renamed. */
	public PrepareRenameResult prepare(XtextResource resource, Document document, int offset) {
		EObject element = rename.renameableAt(resource, offset);
		ITextRegion written = elements.nameOrReferenceAt(resource, offset);
		if (element == null || written == null) {
			return null;
		}
		return new PrepareRenameResult(Texts.range(document, written.getOffset(), written.getLength()),
				PlanRename.currentName(element));
	}

	public WorkspaceEdit rename(OpenPlanFolder folder, XtextResource resource, int offset, String newName)
			throws IOException {
		EObject element = rename.renameableAt(resource, offset);
		if (element == null) {
			throw refused("Only a named element of a plan file can be renamed");
		}
		PlanRename.Result result = rename.rename(element, newName, folder.resources(), folder.references());
		if (!result.isPossible()) {
			throw refused(String.join("; ", result.errors()));
		}
		Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
		for (Map.Entry<URI, List<org.throughline.dsl.text.TextEdit>> file : result.edits().entrySet()) {
			Document document = Texts.document(folder.text(file.getKey()));
			List<TextEdit> edits = new ArrayList<>();
			for (org.throughline.dsl.text.TextEdit edit : file.getValue()) {
				edits.add(new TextEdit(Texts.range(document, edit.offset(), edit.length()), edit.text()));
			}
			changes.put(Texts.uri(file.getKey()), edits);
		}
		return new WorkspaceEdit(changes);
	}

	private static ResponseErrorException refused(String reason) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, reason, null));
	}
}
