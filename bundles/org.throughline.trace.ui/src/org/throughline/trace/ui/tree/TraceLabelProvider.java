package org.throughline.trace.ui.tree;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.throughline.views.labels.ElementLabels;
import org.throughline.views.links.LinkGroup;
import org.throughline.views.tree.TraceNode.GroupNode;
import org.throughline.views.tree.TraceNode.LinkNode;

/**
 * Rows of the trace tree: a relation with an arrow that says which way it points and how many links it has, a
 * link as one line of text (the whole text in the tool tip).
 */
final class TraceLabelProvider extends ColumnLabelProvider {

	/** Longest text shown on a row; the tool tip has the rest. */
	static final int ROW_TEXT = 160;

	@Override
	public String getText(Object element) {
		return switch (element) {
			case GroupNode group -> groupText(group.group());
			case LinkNode node -> ElementLabels.shorten(node.link().text(), ROW_TEXT);
			default -> "";
		};
	}

	/** "→ Measured by (1)": the arrow points from the element that names the other. */
	static String groupText(LinkGroup group) {
		String arrow = switch (group.direction()) {
			case OUTGOING -> "\u2192 ";
			case INCOMING -> "\u2190 ";
			case FACT -> "";
		};
		int count = group.links().size();
		return arrow + group.relation() + (group.direction() == LinkGroup.Direction.FACT ? "" : " (" + count + ")");
	}

	@Override
	public String getToolTipText(Object element) {
		if (element instanceof LinkNode node && node.link().text().length() > ROW_TEXT) {
			return node.link().text();
		}
		return null;
	}

	@Override
	public Image getImage(Object element) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return switch (element) {
			case GroupNode group -> images.getImage(ISharedImages.IMG_OBJ_FOLDER);
			case LinkNode node when node.link().element() == null -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
			case LinkNode node -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
			default -> null;
		};
	}
}
