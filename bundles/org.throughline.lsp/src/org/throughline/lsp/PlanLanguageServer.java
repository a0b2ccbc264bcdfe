package org.throughline.lsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.ide.PlanIdeSetup;
import org.throughline.dsl.workspace.PlanDiagnostic;
import org.throughline.lsp.requests.CodeActions;
import org.throughline.lsp.requests.Completions;
import org.throughline.lsp.requests.Diagnostics;
import org.throughline.lsp.requests.Hovers;
import org.throughline.lsp.requests.Navigation;
import org.throughline.lsp.requests.Renames;
import org.throughline.lsp.requests.Colours;
import org.throughline.lsp.requests.Structure;
import org.throughline.lsp.workspace.OpenPlanFolder;
import org.throughline.lsp.workspace.Texts;

import com.google.inject.Injector;

/**
 * The plan language server: the protocol's requests answered by the language's editor-agnostic services
 * ({@code org.throughline.dsl.ide}) over the plan folder loaded as the command line loads it.
 * <p>
 * Every request and notification runs on one thread, in the order the client sent them, so that each answer sees
 * the texts sent before it; the findings of a burst of changes are published once, after the last.
 */
public class PlanLanguageServer implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {

	private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
		Thread worker = new Thread(runnable, "throughline-lsp");
		worker.setDaemon(true);
		return worker;
	});
	private final CompletableFuture<Boolean> exited = new CompletableFuture<>();
	private final AtomicLong changes = new AtomicLong();
	/** The open documents, by file, as the client last sent them. */
	private final Map<Path, Document> documents = new HashMap<>();
	/** The files that have findings published, so that a file that has none any more is told so. */
	private final Set<String> published = new HashSet<>();

	/** The language with its editor services: one for the process, shared by the servers a test starts. */
	private static Injector shared;

	private volatile LanguageClient client;
	private Injector language;
	private Path root;
	private OpenPlanFolder folder;
	private volatile boolean shutDown;

	@Override
	public void connect(LanguageClient client) {
		this.client = client;
	}

	/** Completes when the client said exit: true when it asked to shut down first, as the protocol wants. */
	public CompletableFuture<Boolean> exited() {
		return exited;
	}

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		// answered at once, the capabilities being fixed: the language is made ready while the client goes on, and
		// every request waits for it in turn
		root = rootOf(params);
		run(() -> language = language());
		return CompletableFuture.completedFuture(new InitializeResult(capabilities(), new ServerInfo("throughline", version())));
	}

	/** Makes the language ready before a client asks, on a thread of its own: it takes most of the start-up. */
	public static void prepare() {
		Thread preparing = new Thread(PlanLanguageServer::language, "throughline-lsp-prepare");
		preparing.setDaemon(true);
		preparing.start();
	}

	private static synchronized Injector language() {
		if (shared == null) {
			shared = new PlanIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return shared;
	}

	private static Path rootOf(InitializeParams params) {
		List<WorkspaceFolder> folders = params.getWorkspaceFolders();
		if (folders != null && !folders.isEmpty()) {
			return Texts.file(folders.get(0).getUri());
		}
		@SuppressWarnings("deprecation")
		String rootUri = params.getRootUri();
		return rootUri == null ? null : Texts.file(rootUri);
	}

	private static String version() {
		String version = PlanLanguageServer.class.getPackage().getImplementationVersion();
		return version == null ? "0.1.0" : version;
	}

	private static ServerCapabilities capabilities() {
		ServerCapabilities capabilities = new ServerCapabilities();
		capabilities.setTextDocumentSync(TextDocumentSyncKind.Incremental);
		capabilities.setHoverProvider(true);
		capabilities.setCompletionProvider(new CompletionOptions(false, List.of(".")));
		capabilities.setDefinitionProvider(true);
		capabilities.setReferencesProvider(true);
		capabilities.setRenameProvider(new RenameOptions(true));
		capabilities.setDocumentFormattingProvider(true);
		capabilities.setDocumentRangeFormattingProvider(true);
		capabilities.setDocumentSymbolProvider(true);
		capabilities.setFoldingRangeProvider(true);
		SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(Colours.legend());
		tokens.setFull(true);
		capabilities.setSemanticTokensProvider(tokens);
		capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
		return capabilities;
	}

	@Override
	public void initialized(InitializedParams params) {
		if (root != null) {
			run(() -> {
				folder = new OpenPlanFolder(root, language);
				folder.reload();
				publish();
				// what the first hover or rename would otherwise wait for
				folder.references();
			});
		}
	}

	@Override
	public CompletableFuture<Object> shutdown() {
		// said at once: a client may send exit before the answer, which comes once the work queued before is done
		shutDown = true;
		return on(() -> null);
	}

	@Override
	public void exit() {
		thread.shutdown();
		exited.complete(shutDown);
	}

	/** The client closed the connection: the server ends as if it had said exit. */
	public void inputEnded() {
		thread.shutdown();
		exited.complete(shutDown);
	}

	@Override
	public TextDocumentService getTextDocumentService() {
		return this;
	}

	@Override
	public WorkspaceService getWorkspaceService() {
		return this;
	}

	// ---- the texts the client has open

	@Override
	public void didOpen(DidOpenTextDocumentParams params) {
		Path file = Texts.file(params.getTextDocument().getUri());
		Document document = new Document(params.getTextDocument().getVersion(), params.getTextDocument().getText());
		run(() -> {
			documents.put(file, document);
			if (folder == null) {
				// a client that named no folder: the file's own folder is the plan
				folder = new OpenPlanFolder(file.getParent(), language);
			}
			if (folder.holds(file)) {
				folder.edited(file, document.getContents());
				publishSoon();
			}
		});
	}

	@Override
	public void didChange(DidChangeTextDocumentParams params) {
		Path file = Texts.file(params.getTextDocument().getUri());
		run(() -> {
			Document before = documents.get(file);
			if (before == null) {
				return;
			}
			Document after = before.applyTextDocumentChanges(params.getContentChanges());
			documents.put(file, after);
			if (folder != null && folder.holds(file)) {
				folder.edited(file, after.getContents());
				publishSoon();
			}
		});
	}

	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		Path file = Texts.file(params.getTextDocument().getUri());
		run(() -> {
			documents.remove(file);
			if (folder != null && folder.holds(file)) {
				folder.closed(file);
				publishSoon();
			}
		});
	}

	@Override
	public void didSave(DidSaveTextDocumentParams params) {
		// the open text is already the one checked, unless the file is new: then the folder now has it
		Path file = Texts.file(params.getTextDocument().getUri());
		run(() -> {
			if (folder != null && folder.holds(file) && folder.resource(file).isEmpty()) {
				folder.reload();
				publishSoon();
			}
		});
	}

	@Override
	public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
		// a plan file created, deleted or changed outside the editor, or the settings file: the folder is read again
		run(() -> {
			if (folder != null) {
				folder.reload();
				publishSoon();
			}
		});
	}

	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		// the server has no settings of its own: the plan folder's throughline.settings holds them
	}

	// ---- findings

	/** Publishes the findings once the changes sent so far are applied, unless more changes follow first. */
	private void publishSoon() {
		long change = changes.incrementAndGet();
		run(() -> {
			if (changes.get() == change) {
				publish();
			}
		});
	}

	/** Every file's findings: a change to one file can add or remove findings in the others. */
	private void publish() throws IOException {
		LanguageClient to = client;
		if (to == null || folder == null) {
			return;
		}
		Map<String, List<Diagnostic>> byFile = new java.util.LinkedHashMap<>();
		for (Map.Entry<Path, List<Issue>> file : folder.issues().entrySet()) {
			Optional<XtextResource> resource = folder.resource(file.getKey());
			Document document = resource.map(Texts::document).orElse(Texts.document(""));
			byFile.put(Texts.uri(file.getKey()), Diagnostics.of(file.getValue(), document));
		}
		for (PlanDiagnostic problem : folder.problems()) {
			byFile.computeIfAbsent(Texts.uri(problem.file()), f -> new ArrayList<>()).add(Diagnostics.of(problem));
		}
		for (String gone : published) {
			byFile.putIfAbsent(gone, List.of());
		}
		published.clear();
		for (Map.Entry<String, List<Diagnostic>> file : byFile.entrySet()) {
			to.publishDiagnostics(new PublishDiagnosticsParams(file.getKey(), file.getValue()));
			if (!file.getValue().isEmpty()) {
				published.add(file.getKey());
			}
		}
	}

	// ---- requests about a place in a file

	@Override
	public CompletableFuture<Hover> hover(HoverParams params) {
		return inFile(params.getTextDocument().getUri(), (file, resource, document) -> language.getInstance(Hovers.class)
				.at(folder, resource, document, Texts.offset(document, params.getPosition())));
	}

	@Override
	public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
		return inFile(params.getTextDocument().getUri(), (file, resource, document) -> {
			long change = changes.get();
			CancelIndicator cancel = () -> changes.get() != change;
			CompletionList list = language.getInstance(Completions.class).at(resource, document,
					Texts.offset(document, params.getPosition()), cancel);
			return Either.forRight(list);
		});
	}

	@Override
	public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
			DefinitionParams params) {
		return inFile(params.getTextDocument().getUri(), (file, resource, document) -> Either.forLeft(language
				.getInstance(Navigation.class).definition(resource, Texts.offset(document, params.getPosition()))));
	}

	@Override
	public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
		return inFile(params.getTextDocument().getUri(),
				(file, resource, document) -> language.getInstance(Navigation.class).references(folder, resource,
						Texts.offset(document, params.getPosition()),
						params.getContext() != null && params.getContext().isIncludeDeclaration()));
	}

	@Override
	public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
			PrepareRenameParams params) {
		return inFile(params.getTextDocument().getUri(), (file, resource, document) -> {
			PrepareRenameResult result = language.getInstance(Renames.class).prepare(resource, document,
					Texts.offset(document, params.getPosition()));
			return result == null ? null : Either3.forSecond(result);
		});
	}

	@Override
	public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
		return inFile(params.getTextDocument().getUri(), (file, resource, document) -> language
				.getInstance(Renames.class)
				.rename(folder, resource, Texts.offset(document, params.getPosition()), params.getNewName()));
	}

	@Override
	public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
		return inFile(params.getTextDocument().getUri(), (file, resource, document) -> language
				.getInstance(CodeActions.class).fixes(folder, file, resource, params.getContext().getDiagnostics()));
	}

	@Override
	public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
			DocumentSymbolParams params) {
		return inFile(params.getTextDocument().getUri(), (file, resource, document) -> language
				.getInstance(Structure.class).symbols(resource, document, CancelIndicator.NullImpl).stream()
				.map(Either::<SymbolInformation, DocumentSymbol>forRight).toList());
	}

	@Override
	public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
		return inFile(params.getTextDocument().getUri(), (file, resource, document) -> language
				.getInstance(Structure.class).folds(resource, document, CancelIndicator.NullImpl));
	}

	@Override
	public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
		return inFile(params.getTextDocument().getUri(), (file, resource, document) -> language
				.getInstance(Structure.class).format(resource, document, null));
	}

	@Override
	public CompletableFuture<List<? extends TextEdit>> rangeFormatting(DocumentRangeFormattingParams params) {
		return inFile(params.getTextDocument().getUri(), (file, resource, document) -> {
			int start = Texts.offset(document, params.getRange().getStart());
			int end = Texts.offset(document, params.getRange().getEnd());
			return language.getInstance(Structure.class).format(resource, document, new TextRegion(start, end - start));
		});
	}

	@Override
	public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
		return inFile(params.getTextDocument().getUri(), (file, resource, document) -> new SemanticTokens(language
				.getInstance(Colours.class)
				.of(resource, document, CancelIndicator.NullImpl)));
	}

	// ---- running on the server's thread

	/** An answer about one file of the plan folder, worked out from its loaded resource and the text it was parsed from. */
	private interface FileRequest<T> {
		T answer(Path file, XtextResource resource, Document document) throws IOException;
	}

	/** Answers {@code request} about the file {@code uri}; null when the file is not a plan file of the folder. */
	private <T> CompletableFuture<T> inFile(String uri, FileRequest<T> request) {
		return on(() -> {
			Path file = Texts.file(uri);
			if (folder == null || !folder.holds(file)) {
				return null;
			}
			Optional<XtextResource> resource = folder.resource(file);
			if (resource.isEmpty() || resource.get().getParseResult() == null) {
				return null;
			}
			return request.answer(file, resource.get(), Texts.document(resource.get()));
		});
	}

	private interface Work<T> {
		T get() throws IOException;
	}

	private interface Step {
		void run() throws IOException;
	}

	private <T> CompletableFuture<T> on(Work<T> work) {
		return CompletableFuture.supplyAsync(unchecked(work), thread);
	}

	private void run(Step step) {
		CompletableFuture.runAsync(() -> {
			try {
				step.run();
			} catch (IOException | RuntimeException e) {
				// the folder cannot be listed any more, or a defect: said in the client's log, and the server goes on
				LanguageClient to = client;
				if (to != null) {
					to.logMessage(new MessageParams(MessageType.Error, "throughline: " + e));
				}
			}
		}, thread);
	}

	private static <T> Supplier<T> unchecked(Work<T> work) {
		return () -> {
			try {
				return work.get();
			} catch (IOException e) {
				throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
						"throughline: " + e.getMessage(), null));
			} catch (UncheckedIOException e) {
				throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
						"throughline: " + e.getCause().getMessage(), null));
			}
		};
	}
}
