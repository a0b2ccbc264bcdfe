package org.throughline.trace.ui.parts;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.throughline.views.model.ElementRef;

/** The elements a view showed before, behind its Back button. */
public final class BackHistory {

	private final Deque<ElementRef> earlier = new ArrayDeque<>();
	private final IAction action;

	/** {@code showAgain} shows an earlier element without remembering the current one. */
	public BackHistory(String toolTip, Consumer<ElementRef> showAgain) {
		action = new Action("Back") {
			@Override
			public void run() {
				if (!earlier.isEmpty()) {
					ElementRef previous = earlier.pop();
					setEnabled(!earlier.isEmpty());
					showAgain.accept(previous);
				}
			}
		};
		action.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_BACK));
		action.setToolTipText(toolTip);
		action.setEnabled(false);
	}

	public IAction action() {
		return action;
	}

	/** Remembers {@code shown} when the view moves from it to another element. */
	public void leaving(ElementRef shown, ElementRef next) {
		if (shown != null && !shown.equals(next)) {
			earlier.push(shown);
			action.setEnabled(true);
		}
	}
}
