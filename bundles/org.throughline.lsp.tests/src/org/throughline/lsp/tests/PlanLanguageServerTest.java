package org.throughline.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.cli.CommandLine;
import org.throughline.dsl.ide.PlanIdeSetup;
import org.throughline.dsl.ide.formatting.PlanTextFormatter;
import org.throughline.dsl.ide.quickfix.PlanFix;
import org.throughline.dsl.ide.quickfix.PlanQuickFixes;
import org.throughline.dsl.workspace.PlanWorkspace;
import org.throughline.examples.ExampleProject;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Injector;

/** The plan language server on the Bold Steps example, as an editor talking LSP to it sees it. */
class PlanLanguageServerTest {

	private static final Injector LANGUAGE = new PlanIdeSetup().createInjectorAndDoEMFRegistration();

	@TempDir
	Path temp;

	private Path folder;
	private Path boldSteps;
	private PlanClient client;

	@BeforeEach
	void start() throws Exception {
		folder = temp.resolve("bold-steps-for-kent");
		ExampleProject.BOLD_STEPS_FOR_KENT.copyTo(folder);
		boldSteps = folder.resolve("bold-steps.plan");
		client = new PlanClient(folder);
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
	}

	@Test
	void publishesTheFindingsOfValidateJsonWithTheSameCodesAndPlaces() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new CommandLine().run(new String[] { "validate", folder.toString(), "--format", "json" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
		JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
		List<String> expected = new ArrayList<>();
		for (JsonElement element : json.getAsJsonArray("diagnostics")) {
			JsonObject d = element.getAsJsonObject();
			expected.add(d.get("file").getAsString() + ":" + d.get("line").getAsInt() + ":" + d.get("column").getAsInt()
					+ ": " + d.get("severity").getAsString() + " " + d.get("code").getAsString() + ": "
					+ d.get("message").getAsString());
		}
		List<String> published = new ArrayList<>();
		for (Map.Entry<String, List<Diagnostic>> file : client.diagnostics.entrySet()) {
			String name = folder.relativize(Path.of(java.net.URI.create(file.getKey()))).toString();
			for (Diagnostic d : file.getValue()) {
				published.add(name + ":" + (d.getRange().getStart().getLine() + 1) + ":"
						+ (d.getRange().getStart().getCharacter() + 1) + ": " + severity(d.getSeverity()) + " "
						+ d.getCode().getLeft() + ": " + d.getMessage().getLeft());
			}
		}
		expected.sort(Comparator.naturalOrder());
		published.sort(Comparator.naturalOrder());
		assertTrue(expected.size() > 200, "the example has its gaps: " + expected.size());
		assertEquals(expected, published);

		// and each finding ends where the language's issue ends
		PlanWorkspace workspace = LANGUAGE.getInstance(PlanWorkspace.class).load(folder);
		Set<String> ends = new TreeSet<>();
		for (XtextResource resource : workspace.resources()) {
			for (Issue issue : workspace.issues(resource, () -> false)) {
				ends.add(PlanWorkspace.fileOf(resource).getFileName() + ":" + issue.getCode() + ":"
						+ issue.getLineNumberEnd() + ":" + issue.getColumnEnd());
			}
		}
		Set<String> publishedEnds = new TreeSet<>();
		client.diagnostics.forEach((uri, list) -> list.forEach(d -> publishedEnds.add(
				Path.of(java.net.URI.create(uri)).getFileName() + ":" + d.getCode().getLeft() + ":"
						+ (d.getRange().getEnd().getLine() + 1) + ":" + (d.getRange().getEnd().getCharacter() + 1))));
		assertEquals(ends, publishedEnds);
	}

	private static String severity(DiagnosticSeverity severity) {
		return switch (severity) {
			case Error -> "error";
			case Warning -> "warning";
			default -> "info";
		};
	}

	@Test
	void hoverOnS2NamesItsIndicatorAndItsMissingOwner() throws Exception {
		client.open(boldSteps);
		String text = Files.readString(boldSteps);
		Hover hover = client.server.getTextDocumentService()
				.hover(new HoverParams(PlanClient.id(boldSteps), PlanClient.positionOf(text, "commitment S2 ", 11)))
				.get();
		assertNotNull(hover);
		String shown = hover.getContents().getRight().getValue();
		assertTrue(shown.startsWith("**commitment S2 \u2013 Employ at least another 350 apprentices"), shown);
		assertTrue(shown.contains("**Measured by**\n- KccApprentices \u2013 Apprentices directly employed by KCC"), shown);
		assertTrue(shown.contains("**Owners**\n- none: no one owns this commitment"), shown);
		// the range is the name hovered
		assertEquals(PlanClient.positionOf(text, "commitment S2 ", 11), hover.getRange().getStart());
		assertEquals(PlanClient.positionOf(text, "commitment S2 ", 13), hover.getRange().getEnd());
	}

	@Test
	void completionAfterOwnerLeadListsOwnersWithTitlesTheSuggestedOneFirst() throws Exception {
		client.open(boldSteps);
		String text = Files.readString(boldSteps);
		String typed = text.replace("\t\tmeasured by KccApprentices\n", "\t\tmeasured by KccApprentices\n\t\towner lead \n");
		client.change(boldSteps, typed);
		Position caret = PlanClient.positionOf(typed, "\t\towner lead \n", "\t\towner lead ".length());
		List<CompletionItem> items = client.server.getTextDocumentService()
				.completion(new CompletionParams(PlanClient.id(boldSteps), caret)).get().getRight().getItems();
		// S2's aim Economy is delivered by Enterprise: the unit the workbench suggests first
		CompletionItem first = items.get(0);
		assertEquals("Enterprise", first.getTextEdit().getLeft().getNewText(), first.toString());
		assertEquals("Enterprise", first.getDetail());
		List<String> owners = items.stream().map(i -> i.getTextEdit().getLeft().getNewText() + " \u2013 " + i.getDetail())
				.toList();
		assertTrue(owners.contains("BSS.CorporateDirector \u2013 Corporate Director Business Strategy and Support"), owners.toString());
		assertTrue(items.size() > 50, "every unit, post, person and portfolio in reach: " + items.size());
		assertTrue(items.stream().allMatch(i -> i.getDetail() != null), "each owner has its title");
	}

	@Test
	void aCodeActionMakesTheSuggestedUnitLeadOwnerAsTheWorkbenchDoes() throws Exception {
		client.open(boldSteps);
		String uri = PlanClient.uri(boldSteps);
		Diagnostic unowned = client.diagnostics.get(uri).stream()
				.filter(d -> d.getCode().getLeft().equals("commitment-without-owner") && d.getMessage().getLeft().contains("'S2'"))
				.findFirst().orElseThrow();
		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = client.server.getTextDocumentService()
				.codeAction(new CodeActionParams(PlanClient.id(boldSteps), unowned.getRange(),
						new CodeActionContext(List.of(unowned))))
				.get();
		CodeAction lead = actions.stream().map(Either::getRight)
				.filter(a -> a.getTitle().equals("Make \u2018Enterprise\u2019 the lead owner")).findFirst().orElseThrow();
		assertEquals("quickfix", lead.getKind());
		String before = Files.readString(boldSteps);
		String after = apply(before, lead.getEdit().getChanges().get(uri));

		// the workbench: the same fix on the same finding of the folder loaded as it loads it
		PlanWorkspace workspace = LANGUAGE.getInstance(PlanWorkspace.class).load(folder);
		XtextResource resource = workspace.resource(boldSteps).orElseThrow();
		Issue issue = workspace.issues(resource, () -> false).stream()
				.filter(i -> i.getCode().equals("commitment-without-owner") && i.getMessage().equals(unowned.getMessage().getLeft()))
				.findFirst().orElseThrow();
		PlanQuickFixes fixes = LANGUAGE.getInstance(PlanQuickFixes.class);
		PlanFix fix = fixes.fixesFor(issue, resource).stream().filter(f -> f.label().equals(lead.getTitle())).findFirst()
				.orElseThrow();
		Map<URI, String> fixed = fixes.apply(fix, file -> before);
		assertEquals(fixed.get(resource.getURI()), after);
		assertTrue(after.contains("\t\tmeasured by KccApprentices\n\t\tsource Agenda lines 2593 to 2595\n\t\towner lead Enterprise\n\t}"),
				after.substring(after.indexOf("commitment S2 "), after.indexOf("commitment S3 ")));

		// with the fix typed in, the finding is gone
		client.change(boldSteps, after);
		client.settle(boldSteps);
		assertFalse(client.diagnostics.get(uri).stream().anyMatch(d -> d.getMessage().equals(unowned.getMessage())),
				client.logged.toString());
	}

	@Test
	void renameEditsEveryFileThatNamesTheElement() throws Exception {
		Path organisation = folder.resolve("organisation.plan");
		client.open(organisation);
		String text = Files.readString(organisation);
		WorkspaceEdit edit = client.server.getTextDocumentService().rename(new RenameParams(PlanClient.id(organisation),
				PlanClient.positionOf(text, "unit Enterprise ", 6), "EnterpriseDirectorate")).get();
		Map<String, List<TextEdit>> changes = edit.getChanges();
		Set<String> files = new TreeSet<>();
		changes.keySet().forEach(uri -> files.add(Path.of(java.net.URI.create(uri)).getFileName().toString()));
		assertEquals(Set.of("bold-steps.plan", "organisation.plan", "restructure.plan"), files);
		for (Map.Entry<String, List<TextEdit>> file : changes.entrySet()) {
			Path path = Path.of(java.net.URI.create(file.getKey()));
			Files.writeString(path, apply(Files.readString(path), file.getValue()));
		}
		String boldStepsAfter = Files.readString(boldSteps);
		assertTrue(boldStepsAfter.contains("\t\tdelivered by EnterpriseDirectorate\n"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new CommandLine().run(new String[] { "validate", folder.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
		String findings = out.toString(StandardCharsets.UTF_8);
		assertFalse(findings.contains("Linking"), findings);
		assertTrue(findings.contains("its aim 'Economy' is delivered by 'EnterpriseDirectorate'"),
				"the renamed unit is still the one suggested");
	}

	@Test
	void definitionReferencesOutlineColoursFoldsAndLayoutAreTheWorkbenchs() throws Exception {
		client.open(boldSteps);
		Path indicators = folder.resolve("indicators.plan");
		client.open(indicators);
		String text = Files.readString(boldSteps);
		String indicatorsText = Files.readString(indicators);
		var documents = client.server.getTextDocumentService();

		// definition and references across files
		List<? extends Location> definition = documents.definition(new DefinitionParams(PlanClient.id(boldSteps),
				PlanClient.positionOf(text, "measured by KccApprentices", 12))).get().getLeft();
		assertEquals(List.of(new Location(PlanClient.uri(indicators), new Range(
				PlanClient.positionOf(indicatorsText, "indicator KccApprentices ", 10),
				PlanClient.positionOf(indicatorsText, "indicator KccApprentices ", 24)))), definition);
		List<? extends Location> references = documents.references(new ReferenceParams(PlanClient.id(indicators),
				PlanClient.positionOf(indicatorsText, "indicator KccApprentices ", 10), new ReferenceContext(false))).get();
		assertTrue(references.contains(new Location(PlanClient.uri(boldSteps), new Range(
				PlanClient.positionOf(text, "measured by KccApprentices", 12),
				PlanClient.positionOf(text, "measured by KccApprentices", 26)))), references.toString());

		// the Outline: the plan with its commitments, each saying what it lacks
		List<DocumentSymbol> symbols = documents.documentSymbol(new DocumentSymbolParams(PlanClient.id(boldSteps))).get()
				.stream().map(Either::getRight).toList();
		DocumentSymbol s2 = find(symbols, "S2");
		assertNotNull(s2, symbols.toString());
		assertEquals("commitment \u201cEmploy at least another 350 apprentices through the Kent Success Apprenticeship scheme\u201d \u2013 no owner",
				s2.getDetail());
		assertEquals(PlanClient.positionOf(text, "commitment S2 ", 11), s2.getSelectionRange().getStart());

		// the colour categories: keywords, names being defined, references, money
		SemanticTokens tokens = documents.semanticTokensFull(new SemanticTokensParams(PlanClient.id(boldSteps))).get();
		List<String> legend = client.initialized.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
		assertEquals("keyword", typeAt(tokens, legend, PlanClient.positionOf(text, "commitment S2 ", 0)));
		assertEquals("definition", typeAt(tokens, legend, PlanClient.positionOf(text, "commitment S2 ", 11)));
		assertEquals("reference", typeAt(tokens, legend, PlanClient.positionOf(text, "measured by KccApprentices", 12)));
		assertEquals("text", typeAt(tokens, legend, PlanClient.positionOf(text, "commitment S2 ", 14)));
		assertEquals("date", typeAt(tokens, legend, PlanClient.positionOf(text, "period 2011/12", 7)));
		SemanticTokens money = documents.semanticTokensFull(new SemanticTokensParams(PlanClient.id(indicators))).get();
		assertEquals("money", typeAt(money, legend, PlanClient.positionOf(indicatorsText, "target \u00a3340m", 7)));

		// S2's block folds from its first line to its last
		int s2Line = PlanClient.positionOf(text, "commitment S2 ", 0).getLine();
		assertTrue(documents.foldingRange(new FoldingRangeRequestParams(PlanClient.id(boldSteps))).get().stream()
				.anyMatch(f -> f.getStartLine() == s2Line && f.getEndLine() == s2Line + 9));

		// formatting lays the file out as the workbench's Ctrl+Shift+F does
		String untidy = text.replace("\t\tkind deliver\n\t\taim Economy\n", "\t\tkind deliver   aim Economy\n");
		client.change(boldSteps, untidy);
		List<? extends TextEdit> layout = documents.formatting(new DocumentFormattingParams(PlanClient.id(boldSteps),
				new FormattingOptions(4, false))).get();
		assertEquals(LANGUAGE.getInstance(PlanTextFormatter.class).format(untidy, List.of()),
				apply(untidy, new ArrayList<>(layout)));
		assertTrue(apply(untidy, new ArrayList<>(layout)).contains("\t\tkind deliver\n\t\taim Economy\n"));
	}

	private static DocumentSymbol find(List<DocumentSymbol> symbols, String name) {
		for (DocumentSymbol symbol : symbols) {
			if (symbol.getName().equals(name)) {
				return symbol;
			}
			DocumentSymbol inside = symbol.getChildren() == null ? null : find(symbol.getChildren(), name);
			if (inside != null) {
				return inside;
			}
		}
		return null;
	}

	/** The type of the semantic token that covers {@code at}, decoding the protocol's relative numbers. */
	private static String typeAt(SemanticTokens tokens, List<String> legend, Position at) {
		List<Integer> data = tokens.getData();
		int line = 0;
		int character = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			if (line == at.getLine() && character <= at.getCharacter() && at.getCharacter() < character + data.get(i + 2)) {
				return legend.get(data.get(i + 3));
			}
		}
		return null;
	}

	@Test
	void aFileAddedToTheFolderIsCheckedWithTheOthers() throws Exception {
		Path added = Files.writeString(folder.resolve("dangling.plan"), """
				module kent.dangling
				plan Dangling "A plan owned by nobody that exists" {
					commitment X1 "Owned by nobody" { owner lead Nowhere }
				}
				""");
		client.open(added);
		client.settle(added);
		List<Diagnostic> found = client.diagnostics.get(PlanClient.uri(added));
		assertNotNull(found);
		assertTrue(found.stream().anyMatch(d -> d.getMessage().getLeft().equals("Couldn't resolve reference to Owner 'Nowhere'.")
				&& d.getRange().getStart().equals(new Position(2, 46))), found.toString());
	}

	@Test
	void exitsCleanlyAfterShutdown() throws Exception {
		assertEquals(0, client.shutDown());
	}

	@Test
	void aPortThatIsNotANumberIsOneLineOfUsage() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new CommandLine().run(new String[] { "lsp", "--socket", "eighty" },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(2, code);
		assertEquals("throughline lsp: --socket needs a port number from 0 to 65535, not 'eighty'\n",
				err.toString(StandardCharsets.UTF_8));
	}

	/** An editor applying a server's edits to a text: from the last to the first, so earlier places stay put. */
	static String apply(String text, List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
				.thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			int start = offset(text, edit.getRange().getStart());
			int end = offset(text, edit.getRange().getEnd());
			result.replace(start, end, edit.getNewText());
		}
		return result.toString();
	}

	private static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
