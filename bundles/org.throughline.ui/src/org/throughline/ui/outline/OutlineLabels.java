package org.throughline.ui.outline;

import java.util.stream.Collectors;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.StyledString.Styler;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.TextStyle;
import org.throughline.dsl.ide.outline.OutlineNode;
import org.throughline.dsl.ide.outline.OutlineNode.Gap;

/** "commitment R5 – Expand the Gateway programme  no owner": kind, name, title, and the gaps in red. */
public class OutlineLabels extends LabelProvider implements IStyledLabelProvider {

	private static final Color GAP = new Color(new RGB(190, 0, 0));

	private static final Styler GAP_STYLER = new Styler() {
		@Override
		public void applyStyles(TextStyle style) {
			style.foreground = GAP;
		}
	};

	@Override
	public StyledString getStyledText(Object element) {
		OutlineNode node = (OutlineNode) element;
		StyledString text = new StyledString(node.kind() + " ", StyledString.QUALIFIER_STYLER);
		text.append(node.name());
		if (node.title() != null) {
			text.append(" \u2013 " + node.title(), StyledString.DECORATIONS_STYLER);
		}
		if (!node.gaps().isEmpty()) {
			text.append("  " + node.gaps().stream().sorted().map(Gap::label).collect(Collectors.joining(", ")), GAP_STYLER);
		}
		return text;
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public Image getImage(Object element) {
		return null;
	}
}
