package org.throughline.dsl.ide.quickfix.fixes;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.throughline.dsl.ide.edits.TextEdit;
import org.throughline.dsl.ide.quickfix.IssueContext;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFix;
import org.throughline.dsl.ide.quickfix.UnresolvedLink;
import org.throughline.model.plan.Import;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.PlanPackage;

/**
 * "measured by PupilsInGoodSchools" where no such indicator exists: creates it, as a stub to fill in, in the file
 * where the plan's other indicators are kept (a module the plan imports, if it imports one), and imports that
 * module where the reference needs it.
 */
public class CreateIndicator implements PlanQuickFix {

	private static final Pattern SIMPLE_NAME = Pattern.compile("\\^?[A-Za-z_][A-Za-z_0-9]*");

	@Override
	public String issueCode() {
		return Diagnostic.LINKING_DIAGNOSTIC;
	}

	@Override
	public List<PlanFix> fixesFor(IssueContext issue) {
		UnresolvedLink link = UnresolvedLink.at(issue).orElse(null);
		if (link == null || link.reference() != PlanPackage.Literals.COMMITMENT__INDICATORS
				|| !SIMPLE_NAME.matcher(link.text()).matches()) {
			return List.of();
		}
		PlanModule here = module(issue.resource()).orElse(null);
		if (here == null) {
			return List.of();
		}
		String name = link.text();
		XtextResource target = indicatorsFile(issue, here);
		PlanModule there = module(target).orElse(here);
		String targetText = target.getParseResult().getRootNode().getText();
		String stub = (targetText.endsWith("\n") ? "\n" : "\n\n") + "indicator " + name + " \"" + title(name)
				+ "\" {\n}\n";
		PlanFix.Builder fix = PlanFix.in(target.getURI(), "Create indicator \u2018" + name + "\u2019")
				.description("in " + there.getName() + " (" + target.getURI().lastSegment() + ")")
				.edit(TextEdit.insert(targetText.length(), stub))
				.format(new TextRegion(targetText.length(), 0))
				.caretAfter("indicator " + name + " \"");
		if (there != here && !imports(here, there.getName())) {
			int at = endOfImports(here);
			fix.file(issue.file()).edit(TextEdit.insert(at, "\nimport " + there.getName() + ".*"))
					.format(new TextRegion(at, 0));
		}
		return List.of(fix.build());
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

	private static Optional<PlanModule> module(Resource resource) {
		return resource.getContents().isEmpty() ? Optional.empty()
				: Optional.of(resource.getContents().get(0)).filter(PlanModule.class::isInstance).map(PlanModule.class::cast);
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
	static String title(String name) {
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
}
