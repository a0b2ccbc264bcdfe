package org.throughline.ui.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;
import org.throughline.dsl.drafting.PlanDraft;
import org.throughline.dsl.drafting.PlanDraft.Promise;
import org.throughline.dsl.sources.SourceTexts;

/** The pages of File > New > Plan from Document: what to draft from and where to, then what the draft found. */
public final class PlanFromDocumentPages {

	private PlanFromDocumentPages() {
	}

	/** Whether a file's name is one of a document the drafter reads: text or Markdown. */
	static boolean isDocumentName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown");
	}

	/** The document, the name the plan cites it by, and the folder and file the draft goes to. */
	public static final class Choices extends WizardPage {

		private final Path initialDocument;
		private final IContainer initialFolder;
		private Text document;
		private Text name;
		private Text folder;
		private Text fileName;
		/** Whether the person typed a name or file name, which a newly chosen document then leaves alone. */
		private boolean nameTyped;
		private boolean fileNameTyped;
		private boolean defaulting;

		Choices(Path initialDocument, IContainer initialFolder) {
			super("document");
			this.initialDocument = initialDocument;
			this.initialFolder = initialFolder;
			setTitle("Plan from Document");
			setDescription("Draft a plan from a plan written as prose: a commitment for each promise, quoting it at its lines.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(4, false));

			Label about = new Label(composite, SWT.WRAP);
			about.setText("The draft quotes each promise the document makes (\u201cWe will ...\u201d, \u201cKCC will ...\u201d, "
					+ "bullets under headings such as \u201cBold Steps for ...\u201d), cites its lines and places it under "
					+ "its heading. It invents no owner and no measure. A document from outside the workspace is copied "
					+ "into the project's " + SourceTexts.FOLDER + " folder, so that the citations find it.");
			GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
			wide.widthHint = 520;
			about.setLayoutData(wide);

			new Label(composite, SWT.NONE).setText("&Document:");
			document = new Text(composite, SWT.BORDER);
			document.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			document.setMessage("a text or Markdown file");
			Button workspace = new Button(composite, SWT.PUSH);
			workspace.setText("&Workspace...");
			workspace.addListener(SWT.Selection, e -> chooseInWorkspace());
			Button fileSystem = new Button(composite, SWT.PUSH);
			fileSystem.setText("File &System...");
			fileSystem.addListener(SWT.Selection, e -> chooseInFileSystem());

			new Label(composite, SWT.NONE).setText("Document &name:");
			name = new Text(composite, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			name.setMessage("the name the plan cites the document by, such as Agenda");

			new Label(composite, SWT.NONE).setText("&Folder:");
			folder = new Text(composite, SWT.BORDER);
			folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			folder.setMessage("a project or folder of the workspace");
			Button browse = new Button(composite, SWT.PUSH);
			browse.setText("&Browse...");
			browse.addListener(SWT.Selection, e -> chooseFolder());

			new Label(composite, SWT.NONE).setText("&Plan file:");
			fileName = new Text(composite, SWT.BORDER);
			fileName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

			if (initialFolder != null) {
				folder.setText(initialFolder.getFullPath().makeRelative().toString());
			}
			if (initialDocument != null) {
				document.setText(initialDocument.toString());
				defaults();
			}
			document.addModifyListener(e -> {
				defaults();
				validate();
			});
			name.addModifyListener(e -> {
				nameTyped |= !defaulting;
				if (!fileNameTyped) {
					setDefault(fileName, name.getText().strip().toLowerCase(Locale.ROOT) + ".plan");
				}
				validate();
			});
			folder.addModifyListener(e -> validate());
			fileName.addModifyListener(e -> {
				fileNameTyped |= !defaulting;
				validate();
			});
			setControl(composite);
			validate();
			// nothing is said to be wrong before the person has chosen anything
			setErrorMessage(null);
		}

		/** A name and file name from the document chosen, unless the person typed their own. */
		private void defaults() {
			Path chosen = path(document.getText());
			if (chosen == null || chosen.getFileName() == null) {
				return;
			}
			String derived = PlanDraft.defaultName(chosen);
			if (!nameTyped) {
				setDefault(name, derived);
			}
			if (!fileNameTyped) {
				setDefault(fileName, name.getText().strip().toLowerCase(Locale.ROOT) + ".plan");
			}
		}

		private void setDefault(Text field, String value) {
			defaulting = true;
			try {
				field.setText(value);
			} finally {
				defaulting = false;
			}
		}

		private void chooseInWorkspace() {
			FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false,
					ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
			dialog.setTitle("Document in the Workspace");
			dialog.setInitialPattern("*.txt");
			if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile file
					&& file.getLocation() != null) {
				document.setText(file.getLocation().toOSString());
				if (folder.getText().isBlank()) {
					folder.setText(file.getProject().getName());
				}
			}
		}

		private void chooseInFileSystem() {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setText("Document");
			dialog.setFilterExtensions(new String[] { "*.txt;*.md;*.markdown", "*" });
			dialog.setFilterNames(new String[] { "Text and Markdown", "All files" });
			String chosen = dialog.open();
			if (chosen != null) {
				document.setText(chosen);
			}
		}

		private void chooseFolder() {
			ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), container(), false,
					"The project or folder the draft goes in:");
			if (dialog.open() == Window.OK && dialog.getResult() != null && dialog.getResult().length > 0) {
				folder.setText(((IPath) dialog.getResult()[0]).makeRelative().toString());
			}
		}

		/** The container named in the folder field, or null when there is no such project or folder. */
		private IContainer container() {
			String text = folder.getText().strip();
			if (text.isEmpty()) {
				return null;
			}
			IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
			IResource found = root.findMember(IPath.fromPortableString(text));
			return found instanceof IContainer container && found.getType() != IResource.ROOT && found.isAccessible()
					? container : null;
		}

		private void validate() {
			String problem = problem();
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		private String problem() {
			Path chosen = path(document.getText());
			if (chosen == null) {
				return "Choose the document to draft from";
			}
			if (!Files.isRegularFile(chosen)) {
				return chosen + " is not found";
			}
			String given = name.getText().strip();
			if (!PlanDraft.isName(given)) {
				return given.isEmpty() ? "Give the name the plan cites the document by"
						: "\u2018" + given + "\u2019 is not a name: letters, digits and '_', a letter first";
			}
			IContainer container = container();
			if (container == null) {
				return folder.getText().isBlank() ? "Choose the project or folder the draft goes in"
						: folder.getText().strip() + " is not an open project or folder of the workspace";
			}
			String file = fileName.getText().strip();
			if (!file.endsWith(".plan") || file.length() == ".plan".length()) {
				return "The draft is a plan file: its name ends in .plan";
			}
			if (!ResourcesPlugin.getWorkspace().validateName(file, IResource.FILE).isOK()) {
				return "\u2018" + file + "\u2019 cannot be a file name";
			}
			if (container.getFile(IPath.fromPortableString(file)).exists()) {
				return container.getFullPath().makeRelative() + "/" + file + " already exists";
			}
			return null;
		}

		private static Path path(String text) {
			try {
				return text.isBlank() ? null : Path.of(text.strip()).toAbsolutePath().normalize();
			} catch (InvalidPathException e) {
				return null;
			}
		}

		/** Fills the page in as a person would type it (the folder as a workspace path, such as {@code project/plans}). */
		public void fill(Path document, String name, String folder, String fileName) {
			this.document.setText(document.toString());
			this.name.setText(name);
			this.folder.setText(folder);
			this.fileName.setText(fileName);
			validate();
		}

		public Path document() {
			return path(document.getText());
		}

		public String name() {
			return name.getText().strip();
		}

		public IContainer folder() {
			return container();
		}

		public String fileName() {
			return fileName.getText().strip();
		}
	}

	/** What the draft found: how many candidate commitments, and each with its lines, before it is written. */
	public static final class Preview extends WizardPage {

		private final Choices choices;
		private Label found;
		private Table candidates;
		private PlanDraft draft;

		Preview(Choices choices) {
			super("draft");
			this.choices = choices;
			setTitle("The Draft");
			setDescription("The promises found, each to become a commitment quoting the document at its lines.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(1, false));
			found = new Label(composite, SWT.WRAP);
			GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
			wide.widthHint = 520;
			found.setLayoutData(wide);
			candidates = new Table(composite, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
			candidates.setHeaderVisible(true);
			GridData fill = new GridData(SWT.FILL, SWT.FILL, true, true);
			fill.heightHint = 260;
			candidates.setLayoutData(fill);
			for (String heading : new String[] { "Commitment", "Lines", "Title", "Under" }) {
				new TableColumn(candidates, SWT.NONE).setText(heading);
			}
			setControl(composite);
		}

		@Override
		public void setVisible(boolean visible) {
			if (visible) {
				read();
			}
			super.setVisible(visible);
		}

		/** Reads the chosen document, as the command line does, and shows what the draft would hold. */
		private void read() {
			draft = null;
			candidates.removeAll();
			Path document = choices.document();
			SourceTexts.Loaded loaded = SourceTexts.read(document);
			if (!loaded.found()) {
				found.setText("");
				setErrorMessage(document.getFileName() + " " + loaded.problem());
				setPageComplete(false);
				return;
			}
			draft = PlanDraft.of(loaded.text());
			found.setText(draft.found(document.getFileName().toString()) + ". Each becomes a commitment in "
					+ choices.fileName() + "; none has an owner or a measure yet.");
			for (Promise promise : draft.promises()) {
				TableItem item = new TableItem(candidates, SWT.NONE);
				item.setText(new String[] { promise.name(), promise.lines().cited(), promise.title(),
						promise.heading() == null ? "" : promise.heading().title() });
			}
			for (TableColumn column : candidates.getColumns()) {
				column.pack();
			}
			setErrorMessage(draft.promises().isEmpty() ? "The document makes no promise the drafter recognises" : null);
			setPageComplete(!draft.promises().isEmpty());
			found.getParent().layout(true, true);
		}

		/** The draft read when the page was last shown. */
		public PlanDraft draft() {
			return draft;
		}

		/** What the page says the draft found. */
		public String foundText() {
			return found.getText();
		}

		public int candidateCount() {
			return candidates.getItemCount();
		}
	}
}
