package org.throughline.dsl.ide.rename;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.throughline.dsl.ide.references.PlanReference;
import org.throughline.dsl.ide.references.PlanReferences;
import org.throughline.dsl.services.PlanGrammarAccess;
import org.throughline.dsl.text.TextEdit;
import org.throughline.model.labels.Labels;
import org.throughline.model.plan.Import;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.PlanPackage;

import com.google.inject.Inject;

/**
 * Renames an element in every file that names it: its declaration, each reference (whether written short through
 * an import or qualified, like "KCC.Enterprise"), references to the elements inside it, and imports of its
 * namespace. A module keeps its namespace and changes its last segment.
 */
public class PlanRename {

	private static final Pattern SIMPLE_NAME = Pattern.compile("\\^?[A-Za-z_][A-Za-z_0-9]*");

	@Inject
	private IQualifiedNameProvider qualifiedNames;

	@Inject
	private EObjectAtOffsetHelper elementsAtOffset;

	private final Set<String> keywords;

	@Inject
	public PlanRename(PlanGrammarAccess grammar) {
		keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
	}

	/** What a rename would change, or why it cannot be done. */
	public record Result(Map<URI, List<TextEdit>> edits, List<String> errors, List<String> warnings) {

		public boolean isPossible() {
			return errors.isEmpty();
		}

		public int editCount() {
			return edits.values().stream().mapToInt(List::size).sum();
		}
	}

	/** The element named or referred to at {@code offset}, if it is one that can be renamed. */
	public EObject renameableAt(XtextResource resource, int offset) {
		EObject element = elementsAtOffset.resolveElementAt(resource, offset);
		return element != null && !element.eIsProxy() && isRenameable(element) ? element : null;
	}

	public static boolean isRenameable(EObject element) {
		return element instanceof NamedElement named && named.getName() != null
				|| element instanceof PlanModule module && module.getName() != null;
	}

	/** The current name, as the rename dialog shows it: a module's last segment, any other element's name. */
	public static String currentName(EObject element) {
		String name = Labels.name(element);
		return element instanceof PlanModule ? name.substring(name.lastIndexOf('.') + 1) : name;
	}

	/** Why {@code newName} cannot be the name of {@code element}, or null when it can. */
	public String checkName(EObject element, String newName) {
		if (newName == null || newName.isBlank()) {
			return "Give the new name";
		}
		if (!SIMPLE_NAME.matcher(newName).matches()) {
			return "\u2018" + newName + "\u2019 is not a name: use letters, digits and _, starting with a letter";
		}
		if (keywords.contains(newName)) {
			return "\u2018" + newName + "\u2019 is a word of the plan language; write ^" + newName + " to use it as a name";
		}
		if (newName.equals(currentName(element))) {
			return "The element is already called \u2018" + newName + "\u2019";
		}
		return null;
	}

	/** The edits, by file, that rename {@code element} to {@code newName} in all of {@code resources}. */
	public Result rename(EObject element, String newName, List<? extends Resource> resources, PlanReferences references) {
		List<String> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		Map<URI, List<TextEdit>> edits = new LinkedHashMap<>();
		String problem = checkName(element, newName);
		QualifiedName oldName = qualifiedNames.getFullyQualifiedName(element);
		if (problem == null && oldName == null) {
			problem = "The element has no name that others could refer to";
		}
		if (problem != null) {
			errors.add(problem);
			return new Result(Map.of(), errors, warnings);
		}
		QualifiedName newQualified = oldName.skipLast(1).append(plain(newName));
		int segment = oldName.getSegmentCount() - 1;
		String clash = clash(resources, newQualified);
		if (clash != null) {
			errors.add("\u2018" + newQualified + "\u2019 already names " + clash);
			return new Result(Map.of(), errors, warnings);
		}

		INode declaration = declarationNode(element);
		if (declaration == null) {
			errors.add("The element's name cannot be found in its file");
			return new Result(Map.of(), errors, warnings);
		}
		List<ILeafNode> declared = segments(declaration);
		add(edits, element.eResource(), declared.get(declared.size() - 1), newName);

		for (EObject renamed : withContents(element)) {
			QualifiedName target = qualifiedNames.getFullyQualifiedName(renamed);
			if (target == null) {
				continue;
			}
			for (PlanReference reference : references.to(renamed)) {
				replaceSegment(edits, warnings, reference.source().eResource(), reference.node(), target, segment, newName);
			}
		}
		for (Resource resource : resources) {
			for (EObject content : resource.getContents()) {
				if (content instanceof PlanModule module) {
					for (Import imported : module.getImports()) {
						renameImport(edits, warnings, imported, oldName, segment, newName);
					}
				}
			}
		}
		return new Result(edits, errors, warnings);
	}

	private void renameImport(Map<URI, List<TextEdit>> edits, List<String> warnings, Import imported,
			QualifiedName oldName, int segment, String newName) {
		String namespace = imported.getImportedNamespace();
		if (namespace == null) {
			return;
		}
		QualifiedName written = QualifiedName.create(plain(namespace.replace(".*", "")).split("\\."));
		if (written.getSegmentCount() > segment && written.startsWith(oldName)) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(imported, PlanPackage.Literals.IMPORT__IMPORTED_NAMESPACE);
			if (!nodes.isEmpty()) {
				List<ILeafNode> segments = segments(nodes.get(0));
				if (segments.size() > segment) {
					add(edits, imported.eResource(), segments.get(segment), newName);
				}
			}
		}
	}

	/** Replaces, in a written reference to {@code target}, the segment that is the renamed element's name. */
	private static void replaceSegment(Map<URI, List<TextEdit>> edits, List<String> warnings, Resource resource,
			INode node, QualifiedName target, int segment, String newName) {
		List<ILeafNode> written = segments(node);
		int first = target.getSegmentCount() - written.size();
		if (first < 0) {
			warnings.add(where(resource, node) + ": \u2018" + node.getText().strip() + "\u2019 was left as it is");
			return;
		}
		for (int i = 0; i < written.size(); i++) {
			if (!plain(written.get(i).getText()).equals(target.getSegment(first + i))) {
				warnings.add(where(resource, node) + ": \u2018" + node.getText().strip() + "\u2019 was left as it is");
				return;
			}
		}
		if (segment >= first) {
			add(edits, resource, written.get(segment - first), newName);
		}
	}

	private static String where(Resource resource, INode node) {
		return resource.getURI().lastSegment() + " line " + node.getStartLine();
	}

	private static void add(Map<URI, List<TextEdit>> edits, Resource resource, ILeafNode leaf, String newName) {
		List<TextEdit> list = edits.computeIfAbsent(resource.getURI(), uri -> new ArrayList<>());
		TextEdit edit = new TextEdit(leaf.getOffset(), leaf.getLength(), newName);
		if (!list.contains(edit)) {
			list.add(edit);
		}
	}

	/** The name segments of a written name, without the dots, spaces and wildcard between them. */
	private static List<ILeafNode> segments(INode node) {
		List<ILeafNode> segments = new ArrayList<>();
		for (ILeafNode leaf : node.getLeafNodes()) {
			String text = leaf.getText();
			if (!leaf.isHidden() && !".".equals(text) && !".*".equals(text)) {
				segments.add(leaf);
			}
		}
		return segments;
	}

	private static INode declarationNode(EObject element) {
		var feature = element instanceof PlanModule ? PlanPackage.Literals.PLAN_MODULE__NAME
				: PlanPackage.Literals.NAMED_ELEMENT__NAME;
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	private static List<EObject> withContents(EObject element) {
		List<EObject> all = new ArrayList<>();
		all.add(element);
		for (TreeIterator<EObject> contents = element.eAllContents(); contents.hasNext();) {
			all.add(contents.next());
		}
		return all;
	}

	/** What already has the name {@code name}, described for a person, or null. */
	private String clash(List<? extends Resource> resources, QualifiedName name) {
		for (Resource resource : resources) {
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				EObject candidate = all.next();
				if ((candidate instanceof NamedElement || candidate instanceof PlanModule)
						&& name.equals(qualifiedNames.getFullyQualifiedName(candidate))) {
					return "the " + Labels.kind(candidate) + " in " + resource.getURI().lastSegment();
				}
			}
		}
		return null;
	}

	private static String plain(String name) {
		return name.replace("^", "");
	}
}
