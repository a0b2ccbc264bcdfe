package org.throughline.ui.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.throughline.model.labels.Labels;

/** A name in the text that, clicked with Ctrl, opens the element it names. */
public class ElementHyperlink implements IHyperlink {

	private final IRegion region;
	private final Navigation.Place target;
	private final String text;

	/** Made while the element's model is held still: it keeps where the element is and what it is called. */
	public ElementHyperlink(IRegion region, EObject target) {
		this.region = region;
		this.target = Navigation.placeOf(target);
		this.text = "Open " + Labels.kind(target) + " " + Labels.nameAndTitle(target);
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
		return text;
	}

	@Override
	public void open() {
		if (target != null) {
			Navigation.open(target);
		}
	}
}
