package org.throughline.ui.search;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.throughline.ui.editor.PlanEditor;

/** Lists the lines that refer to the element searched for, file by file; a double click opens the line. */
public class PlanSearchResultPage extends AbstractTextSearchViewPage {

	private TableViewer table;

	public PlanSearchResultPage() {
		super(FLAG_LAYOUT_FLAT);
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		table = viewer;
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ReferenceLine line ? line.label() : String.valueOf(element);
			}
		});
	}

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		throw new UnsupportedOperationException("the references are listed flat");
	}

	@Override
	protected void elementsChanged(Object[] objects) {
		showAll();
	}

	@Override
	protected void clear() {
		if (table != null) {
			table.setInput(new Object[0]);
		}
	}

	private void showAll() {
		AbstractTextSearchResult input = getInput();
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		Object[] lines = input == null ? new Object[0] : input.getElements();
		Arrays.sort(lines, Comparator.comparing((Object o) -> ((ReferenceLine) o).file().getFullPath().toString())
				.thenComparingInt(o -> ((ReferenceLine) o).line()));
		table.setInput(lines);
	}

	@Override
	protected void showMatch(Match match, int offset, int length, boolean activate) throws PartInitException {
		IWorkbenchPage page = getSite().getPage();
		IEditorPart editor = IDE.openEditor(page, ((ReferenceLine) match.getElement()).file(), PlanEditor.ID, activate);
		if (editor instanceof ITextEditor text) {
			text.selectAndReveal(offset, length);
		}
	}
}
