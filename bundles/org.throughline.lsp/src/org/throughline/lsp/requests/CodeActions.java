package org.throughline.lsp.requests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionDisabled;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFixes;
import org.throughline.dsl.ide.quickfix.PlanQuickFixes.FixFailedException;
import org.throughline.lsp.workspace.OpenPlanFolder;
import org.throughline.lsp.workspace.Texts;

import com.google.inject.Inject;

/**
 * A code action for every quick fix the workbench offers on a finding: the same fix classes, applied and laid out
 * by {@link PlanQuickFixes} as the workbench applies them, sent as the edits that turn each file's text into the
 * fixed one.
 */
public class CodeActions {

	@Inject
	private PlanQuickFixes quickFixes;

	public List<Either<Command, CodeAction>> fixes(OpenPlanFolder folder, Path file, XtextResource resource,
			List<Diagnostic> diagnostics) throws IOException {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		Document document = Texts.document(resource);
		List<Issue> issues = folder.issues().getOrDefault(file, List.of());
		for (Diagnostic diagnostic : diagnostics) {
			String code = diagnostic.getCode() == null || !diagnostic.getCode().isLeft() ? null
					: diagnostic.getCode().getLeft();
			if (!quickFixes.canFix(code)) {
				continue;
			}
			int start = Texts.offset(document, diagnostic.getRange().getStart());
			int end = Texts.offset(document, diagnostic.getRange().getEnd());
			for (Issue issue : issues) {
				if (code.equals(issue.getCode()) && issue.getOffset() != null && issue.getOffset() == start
						&& issue.getOffset() + issue.getLength() == end) {
					for (PlanFix fix : quickFixes.fixesFor(issue, resource)) {
						actions.add(Either.forRight(action(folder, fix, diagnostic)));
					}
					break;
				}
			}
		}
		return actions;
	}

	private CodeAction action(OpenPlanFolder folder, PlanFix fix, Diagnostic diagnostic) {
		CodeAction action = new CodeAction(fix.label());
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(diagnostic));
		try {
			Map<URI, String> after = quickFixes.apply(fix, folder::text);
			Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
			for (Map.Entry<URI, String> file : after.entrySet()) {
				String before = folder.text(file.getKey());
				org.throughline.dsl.text.TextEdit change = org.throughline.dsl.text.TextEdit.difference(before,
						file.getValue());
				changes.put(Texts.uri(file.getKey()), List.of(new TextEdit(
						Texts.range(Texts.document(before), change.offset(), change.length()), change.text())));
			}
			action.setEdit(new WorkspaceEdit(changes));
		} catch (FixFailedException e) {
			action.setDisabled(new CodeActionDisabled(e.getMessage()));
		}
		return action;
	}
}
