package org.throughline.cli.commands;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.throughline.cli.CommandFailure;
import org.throughline.cli.args.Arguments;
import org.throughline.cli.args.UsageException;
import org.throughline.cli.output.SafeOutput;
import org.throughline.dsl.drafting.PlanDraft;
import org.throughline.dsl.sources.SourceTexts;

/**
 * {@code draft DOCUMENT [--name NAME] -o FILE.plan}: a first draft of a plan from a plan written as prose, each
 * promise a commitment quoting the document at the lines it cites ({@link PlanDraft}).
 */
public final class DraftCommand implements Command {

	@Override
	public String name() {
		return "draft";
	}

	@Override
	public String arguments() {
		return "DOCUMENT [--name NAME] -o FILE.plan";
	}

	@Override
	public String summary() {
		return "draft a plan from a document (text or Markdown): a commitment quoting each promise, citing its lines";
	}

	@Override
	public int run(List<String> words, CommandContext context) throws UsageException, CommandFailure {
		Arguments arguments = Arguments.parse(words, Set.of("--name", "-o"), Set.of());
		String given = arguments.single("document DOCUMENT");
		String output = arguments.value("-o", null);
		if (output == null) {
			throw new UsageException("give the plan file to write with -o FILE.plan");
		}
		if (!output.endsWith(".plan")) {
			throw new UsageException("the draft is a plan file: its name ends in .plan (" + output + ")");
		}
		Path document = Path.of(given).toAbsolutePath().normalize();
		String name = arguments.value("--name", PlanDraft.defaultName(document));
		if (!PlanDraft.isName(name)) {
			throw new UsageException("the name '" + name + "' is not a plan name: letters, digits and '_', a letter first");
		}
		if (!Files.isRegularFile(document)) {
			throw new CommandFailure(given + " is not found");
		}
		SourceTexts.Loaded loaded = SourceTexts.read(document);
		if (!loaded.found()) {
			throw new CommandFailure(given + " " + loaded.problem());
		}
		PlanDraft draft = PlanDraft.of(loaded.text());
		String text = draft.writeFor(document, name, Path.of(output));
		SafeOutput.writeFile(Path.of(output), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
		context.out().println(draft.found(given) + "; the draft is " + output);
		return OK;
	}
}
