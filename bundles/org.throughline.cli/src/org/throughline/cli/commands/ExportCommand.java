package org.throughline.cli.commands;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.throughline.cli.CommandFailure;
import org.throughline.cli.args.Arguments;
import org.throughline.cli.args.UsageException;
import org.throughline.cli.load.LoadedPlan;
import org.throughline.cli.output.SafeOutput;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.values.PortableText;
import org.throughline.trace.matrix.MatrixCsv;
import org.throughline.trace.matrix.MatrixXlsx;
import org.throughline.trace.matrix.TraceMatrix;

/**
 * {@code export DIR --format csv|xlsx|xmi -o FILE}: the traceability matrix as CSV or as an Excel workbook, in the
 * columns the workbench exports too (and {@code import} reads back), or the whole model as one XMI file.
 */
public final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String arguments() {
		return "DIR --format csv|xlsx|xmi -o FILE [--gaps-only]";
	}

	@Override
	public String summary() {
		return "write the traceability matrix as CSV or an Excel workbook (--gaps-only: the rows with holes), or the"
				+ " model as XMI";
	}

	@Override
	public int run(List<String> words, CommandContext context) throws UsageException, CommandFailure {
		Arguments arguments = Arguments.parse(words, Set.of("--format", "-o"), Set.of("--gaps-only"));
		String folder = arguments.single("plan folder DIR");
		String format = arguments.choice("--format", null, List.of("csv", "xlsx", "xmi"));
		String output = arguments.value("-o", null);
		if (output == null) {
			throw new UsageException("-o FILE is required");
		}
		boolean gapsOnly = arguments.has("--gaps-only");
		if (gapsOnly && format.equals("xmi")) {
			throw new UsageException("--gaps-only applies to --format csv and xlsx only");
		}
		LoadedPlan plan = context.load(folder);
		context.requireReadable(plan, format.toUpperCase() + " file");
		if (format.equals("csv") || format.equals("xlsx")) {
			TraceMatrix matrix = TraceMatrix.of(plan.index());
			TraceMatrix rows = gapsOnly ? matrix.gapsOnly() : matrix;
			SafeOutput.writeFile(Path.of(output),
					out -> {
						if (format.equals("csv")) {
							writeCsv(rows, out);
						} else {
							MatrixXlsx.write(rows, out);
						}
					});
		} else {
			SafeOutput.writeFile(Path.of(output), out -> writeXmi(plan.index().modules(), out));
		}
		return context.exitCode(plan, format.toUpperCase() + " file");
	}

	private static void writeCsv(TraceMatrix matrix, OutputStream out) throws IOException {
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		MatrixCsv.write(matrix, writer);
		writer.flush();
	}

	/** Puts the replacement every output uses in place of the characters XML cannot carry, in each text of the copy. */
	private static void makePortable(EObject element) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType().getInstanceClass() != String.class || !element.eIsSet(attribute)
					|| attribute.isDerived() || !attribute.isChangeable()) {
				continue;
			}
			if (attribute.isMany()) {
				@SuppressWarnings("unchecked")
				List<String> values = (List<String>) element.eGet(attribute);
				List<String> portable = values.stream().map(PortableText::portable).toList();
				if (!portable.equals(values)) {
					// a list of unique texts drops one that became the same as another
					values.clear();
					values.addAll(portable);
				}
			} else {
				String value = (String) element.eGet(attribute);
				String portable = PortableText.portable(value);
				if (portable != value) {
					element.eSet(attribute, portable);
				}
			}
		}
	}

	/**
	 * Every module as one root of one XMI resource, so that links between files become links within the file.
	 * Links that did not resolve are left out rather than written as references into the .plan files. Texts are written
	 * as every output writes them ({@link PortableText}).
	 */
	static void writeXmi(List<PlanModule> modules, OutputStream out) throws IOException {
		EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
		List<EObject> copies = new ArrayList<>();
		for (PlanModule module : modules) {
			copies.add(copier.copy(module));
		}
		copier.copyReferences();
		for (EObject copy : copies) {
			makePortable(copy);
			copy.eAllContents().forEachRemaining(ExportCommand::makePortable);
		}
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("plan.xmi"));
		resource.getContents().addAll(copies);
		resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_DELIMITER, "\n"));
	}
}
