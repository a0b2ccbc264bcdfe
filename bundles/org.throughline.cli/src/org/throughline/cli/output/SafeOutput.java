package org.throughline.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.throughline.cli.CommandFailure;

/**
 * Writes a command's output so that a failed run leaves nothing half-written: everything is written into a new
 * hidden sibling of the target ({@code .NAME.1a2b3c4d.tmp}), which replaces the target only once it is complete,
 * and is deleted if anything goes wrong. The target's parent folder must exist; nothing is created above it.
 * An existing folder is replaced only when it holds an earlier output of the same kind, so that a mistyped
 * {@code -o} cannot delete someone's files.
 */
public final class SafeOutput {

	/** Writes the content of an output file or folder. */
	@FunctionalInterface
	public interface Writer<T> {
		void write(T target) throws IOException;
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private SafeOutput() {
	}

	/**
	 * Writes one file.
	 *
	 * @throws CommandFailure when the target is a folder, its parent folder does not exist, or writing fails
	 */
	public static void writeFile(Path target, Writer<OutputStream> writer) throws CommandFailure {
		Path absolute = target.toAbsolutePath().normalize();
		if (Files.isDirectory(absolute)) {
			throw new CommandFailure(target + " is a folder; give the name of the file to write");
		}
		Path parent = parentOf(target, absolute);
		Path temporary = null;
		try {
			temporary = newSibling(parent, absolute.getFileName().toString(), false);
			try (OutputStream out = Files.newOutputStream(temporary)) {
				writer.write(out);
			}
			move(temporary, absolute);
		} catch (IOException e) {
			throw new CommandFailure("cannot write " + target + ": " + reason(e), e);
		} finally {
			deleteQuietly(temporary);
		}
	}

	/**
	 * Replaces several files as one: every new text is written whole beside its file first, then the files are
	 * moved into place; if one cannot be, those already replaced are put back as they were, so that the files end
	 * either all new or all old (an import that edits several .plan files).
	 *
	 * @throws CommandFailure when a target is a folder, its parent folder does not exist, or writing fails
	 */
	public static void writeFiles(Map<Path, byte[]> files) throws CommandFailure {
		Map<Path, Path> written = new LinkedHashMap<>();
		Map<Path, Path> kept = new LinkedHashMap<>();
		List<Path> replaced = new ArrayList<>();
		Path current = null;
		try {
			for (Map.Entry<Path, byte[]> file : files.entrySet()) {
				current = file.getKey();
				Path absolute = current.toAbsolutePath().normalize();
				if (Files.isDirectory(absolute)) {
					throw new CommandFailure(current + " is a folder; give the name of the file to write");
				}
				Path temporary = newSibling(parentOf(current, absolute), absolute.getFileName().toString(), false);
				written.put(absolute, temporary);
				Files.write(temporary, file.getValue());
			}
			for (Map.Entry<Path, Path> file : written.entrySet()) {
				current = file.getKey();
				if (Files.exists(file.getKey())) {
					Path old = newSibling(file.getKey().getParent(), file.getKey().getFileName().toString(), false);
					move(file.getKey(), old);
					kept.put(file.getKey(), old);
				}
				move(file.getValue(), file.getKey());
				replaced.add(file.getKey());
			}
		} catch (IOException e) {
			putBack(replaced, kept);
			throw new CommandFailure("cannot write " + current + ": " + reason(e), e);
		} finally {
			written.values().forEach(SafeOutput::deleteQuietly);
			kept.values().forEach(SafeOutput::deleteQuietly);
		}
	}

	// Each file replaced so far back as it was (a file that did not exist removed), then each one moved aside
	// but not yet replaced.
	private static void putBack(List<Path> replaced, Map<Path, Path> kept) {
		for (Path file : kept.keySet()) {
			try {
				move(kept.get(file), file);
			} catch (IOException e) {
				// the earlier text stays in its hidden sibling, which is then not deleted
				kept.put(file, null);
			}
		}
		for (Path file : replaced) {
			if (!kept.containsKey(file)) {
				deleteQuietly(file);
			}
		}
	}

	/**
	 * Writes a folder.
	 *
	 * @param isEarlierOutput tells whether an existing, non-empty target folder holds an earlier output that may be
	 *                        replaced
	 * @throws CommandFailure when the target is a file, a folder with other content, its parent folder does not
	 *                        exist, or writing fails
	 */
	public static void writeFolder(Path target, Predicate<Path> isEarlierOutput, String kind, Writer<Path> writer)
			throws CommandFailure {
		Path absolute = target.toAbsolutePath().normalize();
		if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
			throw new CommandFailure(target + " is a file, not a folder; give a new or empty folder for the " + kind);
		}
		boolean replacing = Files.isDirectory(absolute);
		if (replacing && !isEmpty(absolute) && !isEarlierOutput.test(absolute)) {
			throw new CommandFailure(target + " is not empty and does not hold a " + kind
					+ "; give a new or empty folder, or the folder of an earlier " + kind);
		}
		Path parent = parentOf(target, absolute);
		Path temporary = null;
		Path old = null;
		try {
			temporary = newSibling(parent, absolute.getFileName().toString(), true);
			writer.write(temporary);
			if (replacing) {
				old = newSibling(parent, absolute.getFileName().toString(), false);
				Files.delete(old);
				move(absolute, old);
				try {
					move(temporary, absolute);
				} catch (IOException e) {
					move(old, absolute);
					old = null;
					throw e;
				}
			} else {
				move(temporary, absolute);
			}
		} catch (IOException e) {
			throw new CommandFailure("cannot write " + target + ": " + reason(e), e);
		} finally {
			deleteQuietly(temporary);
			deleteQuietly(old);
		}
	}

	private static Path parentOf(Path target, Path absolute) throws CommandFailure {
		Path parent = absolute.getParent();
		if (parent == null) {
			throw new CommandFailure(target + " cannot be written: it has no parent folder");
		}
		if (!Files.isDirectory(parent)) {
			throw new CommandFailure("cannot write " + target + ": the folder " + parent + " does not exist");
		}
		return parent;
	}

	// A hidden name beside the target, created exclusively so that two runs never share one.
	private static Path newSibling(Path parent, String name, boolean folder) throws IOException {
		for (int attempt = 0;; attempt++) {
			byte[] bytes = new byte[4];
			RANDOM.nextBytes(bytes);
			Path sibling = parent.resolve("." + name + "." + HexFormat.of().formatHex(bytes) + ".tmp");
			try {
				return folder ? Files.createDirectory(sibling) : Files.createFile(sibling);
			} catch (FileAlreadyExistsException e) {
				if (attempt > 10) {
					throw e;
				}
			}
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static boolean isEmpty(Path folder) throws CommandFailure {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			return !entries.iterator().hasNext();
		} catch (IOException e) {
			throw new CommandFailure("cannot read " + folder + ": " + reason(e), e);
		}
	}

	private static void deleteQuietly(Path path) {
		if (path == null || !Files.exists(path)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(path)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			// best effort: a leftover hidden temporary is harmless and named as such
		}
	}

	/** The exception's message without a stack trace, naming the file where Java only gives a path. */
	public static String reason(IOException e) {
		if (e instanceof NoSuchFileException) {
			return "no such file or folder " + e.getMessage();
		}
		if (e instanceof java.nio.file.AccessDeniedException) {
			return "permission denied: " + e.getMessage();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
