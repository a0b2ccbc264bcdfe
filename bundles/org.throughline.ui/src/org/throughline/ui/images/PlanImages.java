package org.throughline.ui.images;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.model.plan.UnitKind;

/**
 * The icons of completion proposals (by the kind of element proposed, or a keyword) and of quick fixes (by whether
 * they add, change or remove text). Each is made once, from the bundle's {@code icons/obj16}, and kept in JFace's
 * image registry, which disposes of them with the display.
 */
public final class PlanImages {

	private static final String BUNDLE = "org.throughline.ui";

	private PlanImages() {
	}

	/** The icon of a completion proposal: its element's kind, as {@code Labels.kind} names it, or a keyword. */
	public static Image proposal(ContentAssistEntry entry) {
		if (ContentAssistEntry.KIND_KEYWORD.equals(entry.getKind())) {
			return image("keyword");
		}
		String kind = entry.getDocumentation();
		return kind == null ? null : image(forKind(kind));
	}

	/** The icon of a quick fix. */
	public static Image fix(PlanFix fix) {
		return image(switch (fix.kind()) {
			case ADD -> "fix-add";
			case REMOVE -> "fix-remove";
			case CHANGE -> "fix-change";
		});
	}

	/** The icon's file for an element kind; "commitment", "directorate", "post" and so on. */
	static String forKind(String kind) {
		if (UnitKind.get(kind) != null || kind.equals("unit") || kind.equals("organisation")) {
			return "unit";
		}
		return switch (kind) {
			case "commitment" -> "commitment";
			case "post", "person", "portfolio" -> "person";
			case "indicator" -> "indicator";
			case "scale", "level" -> "level";
			case "aim", "theme", "chapter", "section", "plan" -> "part";
			case "action", "business plan", "inspection action" -> "action";
			case "source document", "policy document" -> "document";
			case "consultation", "consultation theme", "response", "respondent" -> "consultation";
			default -> "keyword";
		};
	}

	private static Image image(String name) {
		ImageRegistry registry = JFaceResources.getImageRegistry();
		String key = BUNDLE + "/" + name;
		Image image = registry.get(key);
		if (image == null) {
			ImageDescriptor descriptor = ResourceLocator.imageDescriptorFromBundle(BUNDLE, "icons/obj16/" + name + ".png")
					.orElse(null);
			if (descriptor == null) {
				return null;
			}
			registry.put(key, descriptor);
			image = registry.get(key);
		}
		return image;
	}
}
