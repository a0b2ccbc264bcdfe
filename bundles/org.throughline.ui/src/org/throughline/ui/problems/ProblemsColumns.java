package org.throughline.ui.problems;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Gives the Problems view's Description column the width its messages need, the first time the view is shown in a
 * workspace: Throughline's messages name the element and what is missing, and are longer than the platform's
 * default column shows. The other columns are fitted to their text and the description takes the rest. Done once;
 * after that the widths are the person's, and the view keeps them.
 */
public final class ProblemsColumns implements IPartListener2 {

	/** The preference of {@code org.throughline.ui} that says the view has been sized in this workspace. */
	public static final String SIZED = "problemsColumnsSized";

	/** The least the description gets, however narrow the view. */
	private static final int LEAST_DESCRIPTION = 320;

	private ProblemsColumns() {
	}

	/** Watches the window's parts until the Problems view has been sized once in this workspace. */
	public static void watch(IWorkbenchWindow window) {
		if (!preferences().getBoolean(SIZED, false)) {
			window.getPartService().addPartListener(new ProblemsColumns());
			// a Problems view already showing, as on a restart, is sized now
			var page = window.getActivePage();
			IViewPart shown = page == null ? null : page.findView(IPageLayout.ID_PROBLEM_VIEW);
			if (shown != null && page.isPartVisible(shown)) {
				size(shown);
			}
		}
	}

	@Override
	public void partVisible(IWorkbenchPartReference reference) {
		if (IPageLayout.ID_PROBLEM_VIEW.equals(reference.getId()) && !preferences().getBoolean(SIZED, false)
				&& reference.getPart(false) instanceof IViewPart view) {
			// once laid out, so that the tree's width is the view's
			view.getSite().getShell().getDisplay().asyncExec(() -> size(view));
		}
	}

	/** Sizes the columns of the view's tree; true when it had one to size. */
	static boolean size(IViewPart view) {
		Tree tree = treeOf(view);
		if (tree == null || tree.isDisposed() || tree.getColumnCount() < 2 || tree.getClientArea().width == 0) {
			return false;
		}
		int others = 0;
		for (int i = 1; i < tree.getColumnCount(); i++) {
			TreeColumn column = tree.getColumn(i);
			column.pack();
			others += column.getWidth();
		}
		tree.getColumn(0).setWidth(Math.max(LEAST_DESCRIPTION, tree.getClientArea().width - others));
		preferences().putBoolean(SIZED, true);
		try {
			preferences().flush();
		} catch (BackingStoreException e) {
			// sized again next time; no harm done
		}
		return true;
	}

	/** The tree of markers the view shows; null while it has none. */
	public static Tree treeOf(IViewPart view) {
		return view.getSite().getShell().isDisposed() ? null : treeIn(partControl(view));
	}

	/** The composite the workbench made for the view, which holds the view's tree. */
	private static Control partControl(IViewPart view) {
		MPart part = view.getSite().getService(MPart.class);
		return part != null && part.getWidget() instanceof Control control ? control : null;
	}

	private static Tree treeIn(Control control) {
		if (control instanceof Tree tree) {
			return tree;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Tree found = treeIn(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode("org.throughline.ui");
	}
}
