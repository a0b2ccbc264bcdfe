package org.throughline.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

import org.throughline.dsl.logging.LibraryLogging;

/**
 * {@code throughline lsp}: the plan language server over standard input and output, or with {@code --socket PORT}
 * over one connection on localhost (for debugging a client). A plain {@code main}, so that it starts on a plain class
 * path as well as inside the product's OSGi runtime.
 */
public final class LanguageServerMain {

	public static final String USAGE = "[--socket PORT]";

	private LanguageServerMain() {
	}

	public static void main(String[] args) {
		System.exit(run(Arrays.asList(args), System.in, System.out, System.err));
	}

	/**
	 * Serves one client until it says exit or closes the connection.
	 *
	 * @return 0 after a shutdown and exit, 1 when the client left without shutting down, 2 for bad usage or a port
	 *         that cannot be opened (said in one line on {@code err})
	 */
	public static int run(List<String> args, InputStream in, OutputStream out, PrintStream err) {
		Integer port = null;
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals("--socket") && i + 1 < args.size()) {
				try {
					port = Integer.valueOf(args.get(++i));
				} catch (NumberFormatException e) {
					port = -1;
				}
				if (port < 0 || port > 65535) {
					err.println("throughline lsp: --socket needs a port number from 0 to 65535, not '" + args.get(i) + "'");
					return 2;
				}
			} else {
				err.println("throughline lsp: unexpected argument '" + args.get(i) + "' (usage: throughline lsp " + USAGE + ")");
				return 2;
			}
		}
		// whatever a library prints must not reach the protocol's stream
		PrintStream stdout = System.out;
		System.setOut(System.err);
		LibraryLogging.toStandardError("throughline lsp");
		try {
			if (port == null) {
				return serve(in, out);
			}
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				err.println("throughline lsp: listening on localhost:" + socket.getLocalPort());
				try (Socket connection = socket.accept()) {
					return serve(connection.getInputStream(), connection.getOutputStream());
				}
			} catch (IOException e) {
				err.println("throughline lsp: cannot listen on localhost:" + port + ": " + e.getMessage());
				return 2;
			}
		} finally {
			System.setOut(stdout);
		}
	}

	/** Serves one client on the given streams until it says exit or the input ends. */
	public static int serve(InputStream in, OutputStream out) {
		PlanLanguageServer.prepare();
		PlanLanguageServer server = new PlanLanguageServer();
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
		server.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		Thread watcher = new Thread(() -> {
			try {
				listening.get();
			} catch (InterruptedException | ExecutionException | CancellationException e) {
				// ended either way
			}
			server.inputEnded();
		}, "throughline-lsp-input");
		watcher.setDaemon(true);
		watcher.start();
		try {
			return server.exited().get() ? 0 : 1;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 1;
		} catch (ExecutionException e) {
			return 1;
		} finally {
			listening.cancel(true);
		}
	}
}
