package org.throughline.cli.commands;

import java.util.List;

import org.throughline.lsp.LanguageServerMain;

/**
 * {@code throughline lsp}: the plan language server for editors other than the workbench, on standard input and
 * output (the protocol's stream; nothing else is printed there), or on a port of localhost.
 */
public final class LspCommand implements Command {

	@Override
	public String name() {
		return "lsp";
	}

	@Override
	public String arguments() {
		return LanguageServerMain.USAGE;
	}

	@Override
	public String summary() {
		return "run the plan language server for an editor, over standard input and output (or a port of localhost)";
	}

	@Override
	public int run(List<String> words, CommandContext context) {
		return LanguageServerMain.run(words, System.in, context.out(), context.err());
	}
}
