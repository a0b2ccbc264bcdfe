package org.throughline.cli.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.validation.IssueSeveritiesProvider;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.dsl.versions.GitRevision;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.dsl.workspace.PlanDiagnostic.Severity;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanPackage;
import org.throughline.trace.TraceIndex;
import org.throughline.trace.diff.PlanDiff;
import org.throughline.trace.diff.ReplyClaims;

import com.google.inject.Injector;

/**
 * The findings that need the version a plan was consulted on ({@code consulted on "..."}): that version is read (a
 * folder relative to the plan folder, else a git revision of the plan folder), compared with the plan as it is,
 * and the replies are held against what changed ({@link ReplyClaims}). Each version named is read once.
 */
final class ConsultedVersion {

	private ConsultedVersion() {
	}

	static List<PlanDiagnostic> findings(Injector injector, Path folder, PlanWorkspace workspace, TraceIndex index) {
		Map<String, Plan> versions = new LinkedHashMap<>();
		for (Plan plan : index.plans()) {
			String version = plan.getConsultedOn();
			if (version != null && !version.isBlank()) {
				versions.putIfAbsent(version, plan);
			}
		}
		List<PlanDiagnostic> findings = new ArrayList<>();
		for (Map.Entry<String, Plan> entry : versions.entrySet()) {
			String version = entry.getKey();
			Plan plan = entry.getValue();
			TraceIndex earlier;
			try {
				earlier = TraceIndex.of(read(injector, folder, workspace.root(), version).modules());
			} catch (IOException e) {
				add(findings, injector, plan, PlanPackage.eINSTANCE.getPlan_ConsultedOn(),
						IssueCodes.CONSULTED_VERSION_UNREADABLE,
						"The version consulted on, " + version + ", cannot be read: " + e.getMessage());
				continue;
			}
			for (ReplyClaims.Finding finding : ReplyClaims.check(PlanDiff.between(earlier, index), version)) {
				String code = finding.kind() == ReplyClaims.Kind.CHANGED_BUT_UNCHANGED ? IssueCodes.REPLY_CHANGED_UNCHANGED
						: IssueCodes.CHANGE_WITHOUT_REPLY;
				// a reply is shown whole; a changed element at its name
				EStructuralFeature at = finding.kind() == ReplyClaims.Kind.CHANGED_BUT_UNCHANGED ? null
						: PlanPackage.eINSTANCE.getNamedElement_Name();
				add(findings, injector, finding.subject(), at, code, finding.message());
			}
		}
		return findings;
	}

	private static PlanWorkspace read(Injector injector, Path folder, Path root, String version)
			throws IOException {
		Path candidate = root.resolve(version);
		if (Files.isDirectory(candidate)) {
			return injector.getInstance(PlanWorkspace.class).load(candidate);
		}
		return injector.getInstance(PlanWorkspace.class).loadVersion(folder, GitRevision.planTexts(folder, version));
	}

	// The severity the settings of the subject's plan folder give the code, as the validator's findings get theirs;
	// empty when the settings switch it off.
	private static Optional<Severity> severity(Injector injector, EObject subject, String code) {
		return switch (injector.getInstance(IssueSeveritiesProvider.class).getIssueSeverities(subject.eResource())
				.getSeverity(code)) {
			case ERROR -> Optional.of(Severity.ERROR);
			case WARNING -> Optional.of(Severity.WARNING);
			case INFO -> Optional.of(Severity.INFO);
			default -> Optional.empty();
		};
	}

	// At the feature's text when there is one (the element's name, the version), else at the element.
	private static void add(List<PlanDiagnostic> findings, Injector injector, EObject subject,
			EStructuralFeature feature, String code, String message) {
		Optional<Severity> severity = severity(injector, subject, code);
		if (severity.isEmpty()) {
			return;
		}
		INode node = null;
		if (feature != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(subject, feature);
			node = nodes.isEmpty() ? null : nodes.get(0);
		}
		if (node == null) {
			node = NodeModelUtils.findActualNodeFor(subject);
		}
		int line = 0;
		int column = 0;
		if (node != null) {
			LineAndColumn place = NodeModelUtils.getLineAndColumn(node, node.getOffset());
			line = place.getLine();
			column = place.getColumn();
		}
		findings.add(new PlanDiagnostic(PlanWorkspace.fileOf(subject.eResource()), line, column, severity.get(), code,
				message));
	}
}
