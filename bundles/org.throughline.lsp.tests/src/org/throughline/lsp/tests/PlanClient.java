package org.throughline.lsp.tests;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.throughline.lsp.LanguageServerMain;

/**
 * An editor as the server sees it: LSP4J's launcher as a client, talking to the server over piped streams in this
 * JVM, with the findings it was sent kept by file.
 */
final class PlanClient implements LanguageClient, AutoCloseable {

	final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	final List<String> logged = new CopyOnWriteArrayList<>();
	final LanguageServer server;
	final InitializeResult initialized;
	private final CompletableFuture<Integer> serverExit;
	private final Future<Void> listening;
	private int version = 1;

	/** Starts a server on {@code folder} and waits until it has published the folder's findings. */
	PlanClient(Path folder) throws Exception {
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		PipedOutputStream toServer = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream toClient = new PipedOutputStream(clientIn);
		serverExit = CompletableFuture.supplyAsync(() -> LanguageServerMain.serve(serverIn, toClient));
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, clientIn, toServer);
		listening = launcher.startListening();
		server = launcher.getRemoteProxy();
		InitializeParams params = new InitializeParams();
		params.setCapabilities(new ClientCapabilities());
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "plan")));
		initialized = server.initialize(params).get();
		server.initialized(new InitializedParams());
		settle(folder.resolve("bold-steps.plan"));
	}

	/**
	 * Waits until the server has dealt with everything sent so far and published the findings: it works in the order
	 * of what it was sent, and queues the publishing of a change's findings while it applies the change. The first
	 * answer comes once the changes are applied, and so the publishing queued; the second, after it.
	 */
	void settle(Path anyFile) throws Exception {
		for (int i = 0; i < 2; i++) {
			server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id(anyFile))).get();
		}
	}

	void open(Path file) throws IOException {
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri(file), "plan", version++, Files.readString(file, StandardCharsets.UTF_8))));
	}

	/** Replaces the whole text of an open file, as an editor that sends full texts does. */
	void change(Path file, String text) {
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri(file), version++),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	static String uri(Path file) {
		return file.toAbsolutePath().normalize().toUri().toString();
	}

	static TextDocumentIdentifier id(Path file) {
		return new TextDocumentIdentifier(uri(file));
	}

	/** The line and character of the first occurrence of {@code text} in {@code file}, plus {@code shift} characters. */
	static Position positionOf(String fileText, String text, int shift) {
		int offset = fileText.indexOf(text);
		if (offset < 0) {
			throw new AssertionError("'" + text + "' is not in the file");
		}
		offset += shift;
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (fileText.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	/** Shuts the server down as an editor does; returns its exit code. */
	int shutDown() throws Exception {
		server.shutdown().get();
		server.exit();
		return serverExit.get();
	}

	@Override
	public void close() throws Exception {
		if (!serverExit.isDone()) {
			shutDown();
		}
		listening.cancel(true);
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		diagnostics.put(params.getUri(), params.getDiagnostics());
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
		logged.add(message.getMessage());
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		logged.add(message.getMessage());
	}
}
