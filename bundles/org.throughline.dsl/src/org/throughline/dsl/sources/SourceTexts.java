package org.throughline.dsl.sources;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.throughline.dsl.settings.PlanFolder;
import org.throughline.dsl.text.Utf8;
import org.throughline.model.plan.SourceDocument;

/**
 * The texts of the source documents that a loaded plan folder cites, kept on its resource set: each document's
 * {@code file} is looked for in the {@value #FOLDER} folder of the plan folder, then in the plan folder itself (so a
 * relative path such as {@code "../papers/report.txt"} names a file beside it), then beside the plan file; an absolute
 * path is taken as it is. Each file is read once per load, as UTF-8, and indexed by line.
 */
public final class SourceTexts extends AdapterImpl {

	/** The folder beside the plan files that holds their source documents. */
	public static final String FOLDER = "sources";

	private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();

	/** A document's file as found: its text, or why there is none. */
	public record Loaded(Path file, SourceText text, String problem) {

		public boolean found() {
			return text != null;
		}
	}

	/** The texts of {@code resourceSet}'s documents, installed on first use. */
	public static SourceTexts of(ResourceSet resourceSet) {
		synchronized (resourceSet) {
			SourceTexts texts = (SourceTexts) EcoreUtil.getExistingAdapter(resourceSet, SourceTexts.class);
			if (texts == null) {
				texts = new SourceTexts();
				resourceSet.eAdapters().add(texts);
			}
			return texts;
		}
	}

	/** The text of {@code document}'s file; empty when it names none, or it is not found or cannot be read. */
	public static Optional<SourceText> text(SourceDocument document) {
		Loaded loaded = load(document);
		return loaded == null || !loaded.found() ? Optional.empty() : Optional.of(loaded.text());
	}

	/** {@code document}'s file looked for and read; {@code null} when it names no file or is not in a resource set. */
	public static Loaded load(SourceDocument document) {
		Resource resource = document.eResource();
		if (document.getFile() == null || document.getFile().isBlank() || resource == null
				|| resource.getResourceSet() == null) {
			return null;
		}
		return of(resource.getResourceSet()).load(candidates(document.getFile(), resource));
	}

	/**
	 * Where {@code document}'s file is found, without reading it, for a caller that must not wait (a link in the
	 * editor); empty when it names no file or none is found.
	 */
	public static Optional<Path> locate(SourceDocument document) {
		Resource resource = document.eResource();
		if (document.getFile() == null || document.getFile().isBlank() || resource == null) {
			return Optional.empty();
		}
		return candidates(document.getFile(), resource).stream().filter(Files::isRegularFile).findFirst();
	}

	/** Where a document's file may be, in the order looked at. */
	static List<Path> candidates(String file, Resource citing) {
		Path given;
		try {
			given = Path.of(file);
		} catch (InvalidPathException e) {
			return List.of();
		}
		if (given.isAbsolute()) {
			return List.of(given.normalize());
		}
		LinkedHashSet<Path> places = new LinkedHashSet<>();
		Path root = PlanFolder.of(citing);
		URI uri = citing.getURI();
		Path planDir = uri != null && uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().getParent() : null;
		for (Path folder : new Path[] { root, planDir }) {
			if (folder != null) {
				places.add(folder.resolve(FOLDER).resolve(given).normalize());
				places.add(folder.resolve(given).normalize());
			}
		}
		return new ArrayList<>(places);
	}

	private Loaded load(List<Path> candidates) {
		if (candidates.isEmpty()) {
			return new Loaded(null, null, "is not a file name");
		}
		for (Path candidate : candidates) {
			if (Files.isRegularFile(candidate)) {
				return loaded.computeIfAbsent(candidate, SourceTexts::read);
			}
		}
		return new Loaded(candidates.get(0), null, "is not found");
	}

	/** Reads one file as a source document, as a plan's citations read it. */
	public static Loaded read(Path file) {
		try {
			String text = Utf8.read(file);
			if (text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			return new Loaded(file, new SourceText(file, text), null);
		} catch (CharacterCodingException e) {
			return new Loaded(file, null, "is not UTF-8 text");
		} catch (IOException e) {
			return new Loaded(file, null, "cannot be read (" + e.getMessage() + ")");
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == SourceTexts.class;
	}
}
