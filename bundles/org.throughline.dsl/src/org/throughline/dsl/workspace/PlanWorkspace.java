package org.throughline.dsl.workspace;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.throughline.dsl.parsing.SyntaxDamage;
import org.throughline.dsl.references.IncomingReferences;
import org.throughline.dsl.resource.PlanResource;
import org.throughline.dsl.scoping.PlanIndex;
import org.throughline.dsl.settings.PlanFolder;
import org.throughline.dsl.sources.SourceTexts;
import org.throughline.dsl.settings.ProjectSettings;
import org.throughline.dsl.settings.ProjectSettingsStore;
import org.throughline.dsl.settings.SettingsProblem;
import org.throughline.dsl.text.TextEdit;
import org.throughline.dsl.text.Utf8;
import org.throughline.dsl.validation.IssueCodes;
import org.throughline.dsl.workspace.PlanDiagnostic.Severity;
import org.throughline.model.monitoring.AsAt;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.values.CalendarDate;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A folder of .plan files loaded together, as the command line, the site generator and the tests see it.
 * <p>
 * Every file is parsed first; then one index of all exported names is installed on the resource set, so that
 * each cross-reference is a lookup by name rather than a pass over the other files; then everything is linked.
 */
public class PlanWorkspace {

	public static final String FILE_EXTENSION = "plan";

	/** Code of the finding for a file that is not UTF-8. */
	public static final String NOT_UTF8 = "not-utf8";

	/** Code of the finding for a file that cannot be read. */
	public static final String UNREADABLE = "unreadable";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Inject
	private IResourceValidator validator;

	@Inject
	private ProjectSettingsStore settings;

	@Inject
	private SyntaxDamage syntaxDamage;

	@Inject
	private IResourceScopeCache resourceCache;

	/** Makes the files' resources: this language's own, whichever injector registered itself with EMF last. */
	@Inject
	private IResourceFactory resourceFactory;

	private Path root;
	private XtextResourceSet resourceSet;
	private final List<XtextResource> resources = new ArrayList<>();
	private final List<PlanDiagnostic> loadProblems = new ArrayList<>();
	private boolean released;
	private CalendarDate asAt;

	/**
	 * Makes {@code date} the as-at date of every plan in the folder for the loads that follow, overriding what
	 * the plans declare ({@code --as-at}); null keeps the plans' own.
	 */
	public PlanWorkspace overrideAsAt(CalendarDate date) {
		asAt = date;
		return this;
	}

	/**
	 * Loads every .plan file below {@code folder}, in name order.
	 *
	 * @throws IOException when the folder does not exist or cannot be listed; the message names it
	 */
	public PlanWorkspace load(Path folder) throws IOException {
		return load(folder, Map.of());
	}

	/**
	 * Loads every .plan file below {@code folder}, in name order, taking a file's text from {@code unsavedTexts}
	 * where it has one: an editor shows its unsaved text with the same links and findings as a saved file.
	 *
	 * @param unsavedTexts texts by absolute, normalised file path; a path below no .plan file of the folder is
	 *                     ignored
	 * @throws IOException when the folder does not exist or cannot be listed; the message names it
	 */
	public PlanWorkspace load(Path folder, Map<Path, String> unsavedTexts) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new IOException(folder + " is not a folder" + (Files.exists(folder) ? "" : ": it does not exist"));
		}
		Path absolute = folder.toAbsolutePath().normalize();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(absolute)) {
			files = walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith("." + FILE_EXTENSION))
					.sorted().toList();
		}
		return load(absolute, files, unsavedTexts);
	}

	/**
	 * Loads a version of a plan folder that is not on disk, such as the folder at a git revision: exactly the
	 * given files, with the given texts, as if they were the .plan files below {@code folder}. Findings name the
	 * files by these paths.
	 *
	 * @param texts texts by absolute, normalised file path below {@code folder}
	 */
	public PlanWorkspace loadVersion(Path folder, Map<Path, String> texts) {
		return load(folder.toAbsolutePath().normalize(), texts.keySet().stream().sorted().toList(), texts);
	}

	private PlanWorkspace load(Path folder, List<Path> files, Map<Path, String> unsavedTexts) {
		root = folder;
		resourceSet = resourceSets.get();
		PlanFolder.install(resourceSet, root);
		AsAt.override(resourceSet, asAt);
		// the source documents the files cite are read on first use, once for the whole folder
		SourceTexts.of(resourceSet);
		// Files are parsed on all cores, each into a resource set of its own (no two threads share one), and then
		// moved into the workspace's set in file-name order.
		for (Parsed parsed : inOrder(files, file -> parse(file, unsavedTexts.get(file), resourceSets.get(), resourceFactory),
				parsed -> parsed.resource() != null)) {
			XtextResource resource = parsed.resource();
			if (resource != null) {
				resource.getResourceSet().getResources().remove(resource);
				resourceSet.getResources().add(resource);
				resources.add(resource);
			} else {
				loadProblems.add(parsed.problem());
			}
		}
		indexAndLink();
		return this;
	}

	/** A file parsed into a resource, or the finding of why it could not be read. */
	private record Parsed(XtextResource resource, PlanDiagnostic problem) {
	}

	private static Parsed parse(Path file, String unsaved, XtextResourceSet into, IResourceFactory factory) {
		String text = unsaved;
		if (text == null) {
			try {
				text = Utf8.read(file);
			} catch (CharacterCodingException e) {
				return new Parsed(null, new PlanDiagnostic(file, 0, 0, Severity.ERROR, NOT_UTF8,
						"The file is not UTF-8 text; save it as UTF-8 and try again"));
			} catch (IOException e) {
				return unreadable(file, e);
			}
		}
		XtextResource resource = (XtextResource) factory.createResource(URI.createFileURI(file.toString()));
		into.getResources().add(resource);
		try {
			// the text is handed over as it is, without encoding it to bytes and decoding them again
			resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			return unreadable(file, e);
		}
		return new Parsed(resource, null);
	}

	private static Parsed unreadable(Path file, IOException e) {
		return new Parsed(null, new PlanDiagnostic(file, 0, 0, Severity.ERROR, UNREADABLE,
				"The file cannot be read: " + e.getMessage()));
	}

	/**
	 * {@code work} applied to each item, on all cores, with the results in the items' order. Items are done one at a
	 * time until one gives a result that {@code warm} accepts: Xtext's parser, linker and validators build some
	 * shared tables on first use. A failure is thrown once every item has ended, never while others still run.
	 */
	private static <T, R> List<R> inOrder(List<T> items, Function<T, R> work, Predicate<R> warm) {
		List<R> results = new ArrayList<>(items.size());
		int next = 0;
		while (next < items.size() && (results.isEmpty() || !warm.test(results.get(results.size() - 1)))) {
			results.add(work.apply(items.get(next++)));
		}
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		results.addAll(items.subList(next, items.size()).parallelStream().map(item -> {
			try {
				return failure.get() == null ? work.apply(item) : null;
			} catch (RuntimeException e) {
				failure.compareAndSet(null, e);
				return null;
			}
		}).toList());
		if (failure.get() != null) {
			throw failure.get();
		}
		return results;
	}

	private void indexAndLink() {
		PlanIndex.install(resourceSet, resources, descriptions);
		EcoreUtil.resolveAll(resourceSet);
	}

	public Path root() {
		return root;
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** The loaded modules, one per file, in file-name order. */
	public List<PlanModule> modules() {
		List<PlanModule> modules = new ArrayList<>();
		for (XtextResource resource : resources) {
			EObject content = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			if (content instanceof PlanModule module) {
				modules.add(module);
			}
		}
		return modules;
	}

	/** The loaded files, one resource each, in file-name order. */
	public List<XtextResource> resources() {
		return Collections.unmodifiableList(resources);
	}

	/** The resource loaded from {@code file}, if the file was loaded. */
	public Optional<XtextResource> resource(Path file) {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		return resources.stream().filter(r -> r.getURI().equals(uri)).findFirst();
	}

	/** The file a loaded resource was read from. */
	public static Path fileOf(Resource resource) {
		return Path.of(resource.getURI().toFileString());
	}

	/**
	 * Lets go of each file's node model, most of the memory a loaded workspace takes, and of what linking and
	 * checking cached about it, for a run that has located its findings and now only reads the elements and their
	 * links, such as publishing a site. The elements no longer know where they are written afterwards.
	 */
	public void releaseNodeModels() {
		released = true;
		for (XtextResource resource : resources) {
			if (resource instanceof PlanResource plan) {
				plan.releaseNodeModel();
			}
			resourceCache.clear(resource);
		}
	}

	/**
	 * Brings one loaded file up to {@code text} in place, as an editor does after a pause in typing, instead of
	 * loading the folder again: the parser parses again only the part of the file around the change, the file is
	 * linked again, and the index takes what the file exports now. Afterwards the workspace links and checks as
	 * loading the folder with that text would.
	 * <p>
	 * The parser leaves each element it replaced as a proxy of the element's place in the file. When the file
	 * exports the same names from the same places as before and no import changed, the other files' links reach the
	 * new elements through those proxies, and the file's own links outside the part parsed again keep their targets
	 * ({@link PlanResource#updateKeepingLinks}); a changed import links the file again whole, and changed names or
	 * places every file.
	 *
	 * @return the file's resource
	 * @throws IllegalArgumentException when the file is not one of the loaded files
	 */
	public XtextResource update(Path file, String text) {
		if (released) {
			throw new IllegalStateException("the files' node models were released: they cannot be parsed in place");
		}
		XtextResource resource = resource(file)
				.orElseThrow(() -> new IllegalArgumentException(file + " is not a loaded plan file"));
		String before = resource.getParseResult().getRootNode().getText();
		if (before.equals(text)) {
			return resource;
		}
		TextEdit change = TextEdit.difference(before, text);
		List<List<Object>> exportedBefore = exported(resource, descriptions.getResourceDescription(resource));
		if (resource instanceof PlanResource plan) {
			plan.updateKeepingLinks(change.offset(), change.length(), change.text());
		} else {
			resource.update(change.offset(), change.length(), change.text());
		}
		IResourceDescription description = descriptions.getResourceDescription(resource);
		PlanIndex.replace(resourceSet, description);
		if (!exportedBefore.equals(exported(resource, description))) {
			// a name was added, removed or moved: every link may now reach another element, or none
			resources.forEach(XtextResource::relink);
		}
		return resource;
	}

	/** Each name a file exports, with the kind and the place of the element, in the file's order. */
	private static List<List<Object>> exported(XtextResource resource, IResourceDescription description) {
		Map<EObject, Place> places = new IdentityHashMap<>();
		for (IEObjectDescription element : description.getExportedObjects()) {
			places.put(element.getEObjectOrProxy(), null);
		}
		placeExported(resource.getContents(), null, null, places);
		List<List<Object>> exported = new ArrayList<>();
		for (IEObjectDescription element : description.getExportedObjects()) {
			exported.add(Arrays.asList(element.getName(), element.getEClass(), places.get(element.getEObjectOrProxy())));
		}
		return exported;
	}

	/** Where an element is: its container's place, the containment that holds it, and its index there. */
	private record Place(Place container, EStructuralFeature containment, int index) {
	}

	/**
	 * Fills in the place of each element of {@code places} found below {@code elements}, in one pass over the tree
	 * (EMF's URI of each element would look up every container's index in its list, over and over).
	 */
	private static void placeExported(List<EObject> elements, Place container, EStructuralFeature containment,
			Map<EObject, Place> places) {
		for (int i = 0; i < elements.size(); i++) {
			EObject element = elements.get(i);
			Place place = new Place(container, containment, i);
			if (places.containsKey(element)) {
				places.put(element, place);
			}
			for (EReference feature : element.eClass().getEAllContainments()) {
				Object value = element.eGet(feature, false);
				if (feature.isMany()) {
					@SuppressWarnings("unchecked")
					List<EObject> children = (List<EObject>) value;
					placeExported(children, place, feature, places);
				} else if (value != null) {
					placeExported(List.of((EObject) value), place, feature, places);
				}
			}
		}
	}

	/** Files that could not be loaded at all (not UTF-8, unreadable), one finding each. */
	public List<PlanDiagnostic> loadProblems() {
		return Collections.unmodifiableList(loadProblems);
	}

	/**
	 * Syntax, linking and validation issues of one loaded file, with their offsets, codes and data, as an editor
	 * needs them for markers and quick fixes, without those that a syntax error may have made false.
	 *
	 * @throws org.eclipse.xtext.service.OperationCanceledError when {@code cancel} says stop
	 */
	public List<Issue> issues(XtextResource resource, CancelIndicator cancel) {
		if (released) {
			throw new IllegalStateException("the files' node models were released: findings have no places any more");
		}
		return syntaxDamage.holdBack(resource, validator.validate(resource, CheckMode.ALL, cancel));
	}

	/** What is wrong in the folder's settings file, one finding per line that cannot be understood. */
	public List<PlanDiagnostic> settingsProblems() {
		List<PlanDiagnostic> problems = new ArrayList<>();
		ProjectSettings folderSettings = settings.settingsFor(root);
		for (SettingsProblem problem : folderSettings.problems()) {
			problems.add(new PlanDiagnostic(folderSettings.file(), problem.line(), problem.column(), Severity.ERROR,
					IssueCodes.INVALID_SETTINGS, problem.message()));
		}
		return problems;
	}

	/**
	 * Syntax, linking and validation findings for every file, and what is wrong in the folder's settings file, sorted
	 * by file, line and column. Findings take the severities that the settings file gives them.
	 */
	public List<PlanDiagnostic> diagnostics() {
		List<PlanDiagnostic> all = new ArrayList<>(loadProblems);
		all.addAll(settingsProblems());
		// The incoming references are inverted once, before the files are checked on all cores.
		IncomingReferences.of(resourceSet);
		for (List<PlanDiagnostic> found : inOrder(resources, this::findings, found -> true)) {
			all.addAll(found);
		}
		Collections.sort(all);
		return all;
	}

	/** The findings of one loaded file, with the severities that the settings file gives them, in the validator's order. */
	public List<PlanDiagnostic> findings(XtextResource resource) {
		Path file = fileOf(resource);
		List<PlanDiagnostic> found = new ArrayList<>();
		for (Issue issue : issues(resource, CancelIndicator.NullImpl)) {
			found.add(new PlanDiagnostic(file, valueOrZero(issue.getLineNumber()), valueOrZero(issue.getColumn()),
					severity(issue), issue.getCode(), issue.getMessage()));
		}
		return found;
	}

	private static int valueOrZero(Integer value) {
		return value == null ? 0 : value;
	}

	private static Severity severity(Issue issue) {
		return switch (issue.getSeverity()) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			default -> Severity.INFO;
		};
	}
}
