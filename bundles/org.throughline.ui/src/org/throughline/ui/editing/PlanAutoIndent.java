package org.throughline.ui.editing;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * Indents as the formatter lays a plan out: a new line keeps the indentation of the line before, one tab more after
 * an opening brace; a closing brace typed at the start of a line moves back one tab.
 */
public class PlanAutoIndent implements IAutoEditStrategy {

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		try {
			if (command.length == 0 && command.text != null
					&& TextUtilities.endsWith(document.getLegalLineDelimiters(), command.text) != -1) {
				newLine(document, command);
			} else if ("}".equals(command.text)) {
				closingBrace(document, command);
			}
		} catch (BadLocationException e) {
			// leave the command as typed
		}
	}

	private static void newLine(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		String indent = before.substring(0, before.length() - before.stripLeading().length());
		if (before.strip().endsWith("{")) {
			indent += "\t";
		}
		command.text = command.text + indent;
	}

	private static void closingBrace(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		if (!before.isEmpty() && before.isBlank() && before.endsWith("\t")) {
			command.offset -= 1;
			command.length += 1;
		}
	}
}
