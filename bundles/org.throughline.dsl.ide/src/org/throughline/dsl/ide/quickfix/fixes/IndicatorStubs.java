package org.throughline.dsl.ide.quickfix.fixes;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.throughline.dsl.ide.quickfix.IssueContext;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.text.TextEdit;
import org.throughline.model.plan.Import;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.PlanPackage;

/**
 * Creates indicator stubs for fixes: in the file where the plan's other indicators are kept (a module the plan
 * imports, if it imports one), importing that module where the plan needs it.
 */
public final class IndicatorStubs {

	private IndicatorStubs() {
	}

	/**
	 * Adds to {@code fix} a stub indicator {@code name} with {@code title}, and the import it needs; the fix is left
	 * on the issue's file.
	 *
	 * @return the module the indicator is created in, for the fix's description
	 */
	public static PlanModule add(PlanFix.Builder fix, IssueContext issue, String name, String title) {
		PlanModule here = module(issue.resource()).orElseThrow();
		XtextResource target = indicatorsFile(issue, here);
		PlanModule there = module(target).orElse(here);
		String targetText = target.getParseResult().getRootNode().getText();
		String stub = (targetText.endsWith("\n") ? "\n" : "\n\n") + "indicator " + name + " \"" + title.replace("\"", "'")
				+ "\" {\n}\n";
		fix.file(target.getURI()).edit(TextEdit.insert(targetText.length(), stub))
				.format(new TextRegion(targetText.length(), 0));
		fix.file(issue.file());
		if (there != here && !imports(here, there.getName())) {
			int at = endOfImports(here);
			fix.edit(TextEdit.insert(at, "\nimport " + there.getName() + ".*")).format(new TextRegion(at, 0));
		}
		return there;
	}

	/** {@code base}, or {@code base} with a number after it, whichever no indicator of the files has yet. */
	public static String freeName(IssueContext issue, String base) {
		for (int n = 1;; n++) {
			String candidate = n == 1 ? base : base + n;
			if (!indicatorNamed(issue, candidate)) {
				return candidate;
			}
		}
	}

	private static boolean indicatorNamed(IssueContext issue, String name) {
		for (Resource resource : issue.resourceSet().getResources()) {
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				if (all.next() instanceof Indicator indicator && name.equals(indicator.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	public static Optional<PlanModule> module(Resource resource) {
		return resource.getContents().isEmpty() ? Optional.empty()
				: Optional.of(resource.getContents().get(0)).filter(PlanModule.class::isInstance).map(PlanModule.class::cast);
	}

	/** The file whose module holds indicators, preferring one this file imports; this file when there is none. */
	private static XtextResource indicatorsFile(IssueContext issue, PlanModule here) {
		XtextResource fallback = null;
		for (Resource resource : issue.resourceSet().getResources()) {
			Optional<PlanModule> module = module(resource);
			if (resource instanceof XtextResource xtext && module.isPresent()
					&& module.get().getElements().stream().anyMatch(Indicator.class::isInstance)) {
				if (module.get() == here || imports(here, module.get().getName())) {
					return xtext;
				}
				if (fallback == null) {
					fallback = xtext;
				}
			}
		}
		return fallback != null ? fallback : issue.resource();
	}

	private static boolean imports(PlanModule module, String namespace) {
		return namespace != null && module.getImports().stream()
				.anyMatch(i -> (namespace + ".*").equals(i.getImportedNamespace()));
	}

	/** Just after the last import, or after the module's name when there is none. */
	private static int endOfImports(PlanModule module) {
		if (!module.getImports().isEmpty()) {
			Import last = module.getImports().get(module.getImports().size() - 1);
			ICompositeNode node = NodeModelUtils.getNode(last);
			return node.getOffset() + node.getLength();
		}
		List<INode> name = NodeModelUtils.findNodesForFeature(module, PlanPackage.Literals.PLAN_MODULE__NAME);
		INode node = name.isEmpty() ? NodeModelUtils.getNode(module) : name.get(0);
		return node.getOffset() + node.getLength();
	}

	/** "PupilsInGoodSchools" reads as "Pupils in good schools"; runs of capitals ("NEET") stay as they are. */
	public static String title(String name) {
		String plain = name.startsWith("^") ? name.substring(1) : name;
		String[] words = plain.replace('_', ' ').split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|\\s+");
		StringBuilder title = new StringBuilder();
		for (String word : words) {
			if (word.isEmpty()) {
				continue;
			}
			boolean acronym = word.length() > 1 && word.equals(word.toUpperCase());
			String shown = title.isEmpty() || acronym ? word : word.toLowerCase();
			title.append(title.isEmpty() ? "" : " ").append(shown);
		}
		return title.isEmpty() ? plain : title.toString();
	}

	/** A name from a title: "Establish a 'right to bid' process" gives "EstablishRightToBidProcess". */
	public static String nameFrom(String title, String fallback) {
		StringBuilder name = new StringBuilder();
		int words = 0;
		for (String word : title.split("[^A-Za-z0-9]+")) {
			if (word.length() < 2 || words == 5) {
				continue;
			}
			name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			words++;
		}
		return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? fallback : name.toString();
	}
}
