package org.throughline.ui.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.throughline.dsl.ide.labels.PlanLabels;

/** A name in the text that, clicked with Ctrl, opens the element it names. */
public class ElementHyperlink implements IHyperlink {

	private final IRegion region;
	private final EObject target;

	public ElementHyperlink(IRegion region, EObject target) {
		this.region = region;
		this.target = target;
	}

	public EObject target() {
		return target;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return "Open definition";
	}

	@Override
	public String getHyperlinkText() {
		return "Open " + PlanLabels.kind(target) + " " + PlanLabels.nameAndTitle(target);
	}

	@Override
	public void open() {
		Navigation.open(target);
	}
}
